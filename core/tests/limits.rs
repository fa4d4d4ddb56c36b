//! A limit is written once, in the core; the words that state it to the founder agree with it.

use hireplan_core::cost::{
    HORIZON_HELP, HOURS_PER_WEEK_HELP, MAX_HORIZON_MONTHS, MAX_HOURS_PER_WEEK,
};
use hireplan_core::text::format::plain_number;

#[test]
fn the_fields_help_states_the_limits_in_force() {
    assert!(
        HOURS_PER_WEEK_HELP.contains(&format!("and {}.", plain_number(MAX_HOURS_PER_WEEK))),
        "{HOURS_PER_WEEK_HELP}"
    );
    assert!(
        HORIZON_HELP.contains(&format!("to {MAX_HORIZON_MONTHS} months")),
        "{HORIZON_HELP}"
    );
}

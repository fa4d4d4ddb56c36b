//! Properties of `cost/runway.rs`: more burn, less cash or a dearer price never lengthen the
//! runway; the closed form agrees with spending month by month; a shortfall is enough.

use super::tests::{day, dollars, inputs, point, range};
use super::*;
use proptest::prelude::*;

/// The runway month by month, the slow way: for checking `run`.
fn simulate(cash: i64, burn: i64, months: &[i64], steady: i64) -> Option<(u64, i64)> {
    let mut left = cash;
    for k in 0..2_000u64 {
        let spend = burn + months.get(k as usize).copied().unwrap_or(steady);
        if spend > 0 && spend >= left {
            return Some(if spend == left && left > 0 {
                (k + 1, 0)
            } else {
                (k, left)
            });
        }
        left -= spend;
    }
    None
}

fn months_of(r: &Runway) -> f64 {
    r.months().unwrap_or(f64::INFINITY)
}

proptest! {
    /// More burn never lengthens the runway, with the hire or without.
    #[test]
    fn more_burn_never_lengthens_the_runway(
        cash in 0i64..2_000_000, burn in 0i64..100_000, more in 0i64..100_000,
        hire in 0i64..50_000, fee in 0i64..50_000, start in 0u32..24,
    ) {
        let start = day(2026, 12, 1).checked_add_months(Months::new(start)).unwrap();
        let s = RouteSpend::steady(point(hire)).with_upfront(point(fee));
        let a = runway(&inputs(cash, burn, start), &s).unwrap();
        let b = runway(&inputs(cash, burn + more, start), &s).unwrap();
        prop_assert!(months_of(&b.without_hire) <= months_of(&a.without_hire));
        prop_assert!(months_of(&b.shortest) <= months_of(&a.shortest));
        // And more cash never shortens it.
        let c = runway(&inputs(cash + more, burn, start), &s).unwrap();
        prop_assert!(months_of(&c.shortest) >= months_of(&a.shortest));
    }

    /// The cheap end lasts at least as long as the dear end, and neither longer than no hire.
    #[test]
    fn the_cheap_end_lasts_longer(
        cash in 0i64..2_000_000, burn in 0i64..50_000,
        low in 0i64..30_000, extra in 0i64..30_000,
    ) {
        let s = RouteSpend::steady(range(low, low + extra));
        let r = runway(&inputs(cash, burn, day(2027, 3, 1)), &s).unwrap();
        prop_assert!(months_of(&r.shortest) <= months_of(&r.longest));
        prop_assert!(months_of(&r.longest) <= months_of(&r.without_hire));
    }

    /// `run`'s closed form agrees with spending the cash month by month.
    #[test]
    fn the_runway_is_what_spending_month_by_month_gives(
        cash in 0i64..500_000, burn in 0i64..20_000,
        months in proptest::collection::vec(0i64..30_000, 0..12), steady in 0i64..20_000,
    ) {
        let s = RouteSpend {
            months: months.iter().map(|&m| point(m)).collect(),
            steady: point(steady),
        };
        let r = runway(&inputs(cash, burn, day(2026, 12, 1)), &s).unwrap();
        let cents: Vec<i64> = months.iter().map(|m| m * 100).collect();
        match (simulate(cash * 100, burn * 100, &cents, steady * 100), r.shortest) {
            (None, Runway::Never) => {}
            (None, Runway::Ends(e)) => prop_assert!(e.full_months >= 2_000),
            (Some((full, left)), Runway::Ends(e)) => {
                prop_assert_eq!(e.full_months, full);
                prop_assert_eq!(e.left, Usd(left));
            }
            (Some(_), Runway::Never) => prop_assert!(false, "never, but the months run out"),
        }
    }

    /// A floor the hire misses is kept once the hire costs the shortfall less each month.
    #[test]
    fn the_shortfall_a_month_is_enough(
        cash in 100_000i64..1_000_000, burn in 0i64..20_000,
        hire in 1_000i64..40_000, keep in 1u32..36, start in 0u32..6,
    ) {
        let start = day(2026, 12, 1).checked_add_months(Months::new(start)).unwrap();
        let i = inputs(cash, burn, start);
        let s = RouteSpend::steady(point(hire));
        if let Ok(Fit::Misses(Shortfall::Months { per_month, .. })) =
            fit(&i, &s, Target::KeepMonths(keep))
        {
            let cheaper = RouteSpend::steady(UsdRange::point(Usd(
                (dollars(hire).0 - per_month.high().0).max(0),
            )));
            prop_assert_eq!(fit(&i, &cheaper, Target::KeepMonths(keep)), Ok(Fit::Fits));
        }
    }
}

//! A route's words: its name in a sentence, the navigator's line, and why a route the founder
//! chose is no longer there. The facts come from `chosen` and the plan's record of a dropped
//! choice; the sentences are written here, once, for the screen, exports and print alike.

use crate::cost::words::country_name;
use crate::market::market;
use crate::plan::{DroppedRoute, Missing, Plan, RouteKey};

/// A channel's name from its data id (a route whose channel left the data is "a channel").
fn channel(id: &str) -> &'static str {
    market().channel(id).map(|c| c.name).unwrap_or("a channel")
}

/// A route's name in a sentence, worked out from its key alone (cheap: no pricing):
/// "Toptal", "Lemon.io placement", "an employee in Germany", "your quote “Kraków agency”".
pub fn route_name(plan: &Plan, key: &RouteKey) -> String {
    match key {
        RouteKey::JobBoards => "the job boards".into(),
        RouteKey::Placement(id) => format!("{} placement", channel(id)),
        RouteKey::Channel(id) => channel(id).into(),
        RouteKey::Employee(c) => format!("an employee in {}", country_name(c)),
        RouteKey::Contractor(c) => format!("a contractor hired directly in {}", country_name(c)),
        RouteKey::Quote(id) => {
            let name = plan
                .costs
                .quotes
                .iter()
                .find(|q| q.id == *id)
                .map(|q| q.name.trim())
                .filter(|n| !n.is_empty())
                .unwrap_or("unnamed");
            format!("your quote \u{201c}{name}\u{201d}")
        }
    }
}

/// The same, at the start of a line ("The job boards").
pub fn route_title(plan: &Plan, key: &RouteKey) -> String {
    capitalised(route_name(plan, key))
}

fn capitalised(mut text: String) -> String {
    // ASCII only: every route name starts with an ASCII word, and Unicode case tables would
    // cost the first screen kilobytes (as `text::names::lower` measured).
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

/// The step navigator's words for the plan's route: "Route: Toptal", "Route: not chosen yet",
/// or that the last choice was dropped.
pub fn chosen_route_label(plan: &Plan) -> String {
    match (&plan.route.chosen, &plan.route.dropped) {
        (Some(key), _) => format!("Route: {}", route_title(plan, key)),
        (None, Some(d)) => format!("Route: {} dropped, choose again", d.name),
        (None, None) => "Route: not chosen yet".into(),
    }
}

/// Why a route is not listed for the plan, in a sentence. `name` is the route's name as it
/// reads at the start of a line.
pub fn why_missing(name: &str, key: &RouteKey, why: &Missing) -> String {
    let id = match key {
        RouteKey::Channel(id) | RouteKey::Placement(id) => id.as_str(),
        RouteKey::JobBoards
        | RouteKey::Employee(_)
        | RouteKey::Contractor(_)
        | RouteKey::Quote(_) => "",
    };
    match why {
        Missing::QuoteRemoved => format!("{name} is no longer in the plan."),
        Missing::NotInData => format!("{name} is not in the market data."),
        Missing::Closed => format!("{} is closed.", channel(id)),
        Missing::PlacementInstead => format!(
            "for an employee, {} is its placement route, listed apart.",
            channel(id)
        ),
        Missing::PlacesOnly { employees, now } => {
            let (places, not) = if *employees {
                ("employees", "contractors")
            } else {
                ("contractors", "employees")
            };
            format!(
                "{} places {places}, not {not}, and the plan is now for a {}.",
                channel(id),
                now.noun()
            )
        }
        Missing::ForEmployee { now } => format!(
            "{name} is a route for an employee, and the plan is now for a {}.",
            now.noun()
        ),
        Missing::ForContractor { now } => format!(
            "{name} is a route for a contractor, and the plan is now for a {}.",
            now.noun()
        ),
        Missing::NowHome => {
            let country = match key {
                RouteKey::Employee(c) => country_name(c),
                RouteKey::JobBoards
                | RouteKey::Placement(_)
                | RouteKey::Channel(_)
                | RouteKey::Contractor(_)
                | RouteKey::Quote(_) => String::new(),
            };
            format!("{country} is now where the hire is based: that is the job-boards route.")
        }
        Missing::NoLongerFits => format!("{name} is not a route for this plan any more."),
        Missing::Elsewhere => format!("{name} is not a route for a hire based elsewhere."),
        Missing::Recorded { words } => words.clone(),
    }
}

/// Why a route cannot be chosen for the plan, in a sentence; None when it can.
pub fn missing_sentence(plan: &Plan, key: &RouteKey) -> Option<String> {
    let why = crate::cost::decision::chosen::missing(plan, key)?;
    Some(why_missing(&route_title(plan, key), key, &why))
}

/// The notice shown where the founder will see it: what was dropped and why.
pub fn dropped_notice(d: &DroppedRoute) -> String {
    let why = match &d.route {
        Some(key) => why_missing(&capitalised(d.name.clone()), key, &d.reason),
        None => why_missing(
            &capitalised(d.name.clone()),
            &RouteKey::JobBoards,
            &d.reason,
        ),
    };
    format!(
        "Your choice of route, {}, was dropped: {why} Choose a route again on the Costs step.",
        d.name
    )
}

//! The route the plan follows: the founder's choice found among the routes the Costs step
//! prices, its name in a sentence, and whether an edit left it without a route. Nothing here
//! names a vendor: a route is a key, and its terms are its deal in the data.

use super::option::{CostOption, CostReport, RouteKind};
use super::words::country_name;
use super::{compute, Scenario};
use crate::market::{market, Serves};
use crate::plan::{DroppedRoute, Plan, RouteKey};
use crate::role::seniority;

/// The plan priced as the Costs step prices it; None while an input is invalid.
pub fn report(plan: &Plan) -> Option<CostReport> {
    Scenario::from_plan(plan, seniority::effective(plan))
        .ok()
        .map(|s| compute(&s))
}

/// A route that can be chosen: listed on the Costs step and open.
pub fn choosable(o: &CostOption) -> bool {
    o.closed.is_none()
}

/// The chosen route as the Costs step prices it now; None without a choice, or while the
/// plan cannot be priced.
pub fn chosen_option(plan: &Plan) -> Option<CostOption> {
    let key = plan.route.chosen.as_ref()?;
    report(plan)?
        .options
        .into_iter()
        .find(|o| o.key == *key && choosable(o))
}

/// A route's name in a sentence, worked out from its key alone (cheap: no pricing):
/// "Toptal", "Lemon.io placement", "an employee in Germany", "your quote “Kraków agency”".
pub fn route_name(plan: &Plan, key: &RouteKey) -> String {
    let m = market();
    let channel = |id: &str| m.channel(id).map(|c| c.name).unwrap_or("a channel");
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
    // ASCII only: every route name starts with an ASCII word, and Unicode case tables would
    // cost the first screen kilobytes (as `text::names::lower` measured).
    let mut name = route_name(plan, key);
    if let Some(first) = name.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    name
}

/// The step navigator's words for the plan's route: "Route: Toptal", "Route: not chosen", or
/// that the last choice was dropped. What `app.rs` shows beside the steps.
pub fn chosen_route_label(plan: &Plan) -> Option<String> {
    match (&plan.route.chosen, &plan.route.dropped) {
        (Some(key), _) => Some(format!("Route: {}", route_title(plan, key))),
        (None, Some(d)) => Some(format!("Route: {} dropped, choose again", d.name)),
        (None, None) => None,
    }
}

/// How the founder would hire through a route, from its key and the deal in the data (for a
/// route the report no longer lists).
fn route_kind_of(plan: &Plan, key: &RouteKey) -> Option<RouteKind> {
    report(plan)?.option(key).map(|o| o.route)
}

/// Why a route is not among the routes the Costs step lists for the plan, in a sentence; None
/// when it is. Worked out from the plan and the data alone, as the engine builds its routes
/// (`engine::report`), without pricing anything: an edit and a file read stay cheap.
pub fn missing_why(plan: &Plan, key: &RouteKey) -> Option<String> {
    let m = market();
    let name = route_title(plan, key);
    let e = &plan.engagement;
    let employee = e.kind.is_employee();
    let noun = e.kind.noun();
    let home = e.hire_country.as_deref().or(e.company_country.as_deref());
    let for_employee = |ok: bool| {
        (!employee)
            .then(|| {
                format!("{name} is a route for an employee, and the plan is now for a {noun}.")
            })
            .or_else(|| (!ok).then(|| format!("{name} is not a route for this plan any more.")))
    };
    match key {
        RouteKey::Quote(id) => (!plan.costs.quotes.iter().any(|q| q.id == *id))
            .then(|| format!("{name} is no longer in the plan.")),
        RouteKey::Channel(id) | RouteKey::Placement(id) => {
            let Some(ch) = m.channel(id) else {
                return Some(format!("{name} is not in the market data."));
            };
            let placement = matches!(key, RouteKey::Placement(_));
            if ch.closed.is_some() {
                Some(format!("{} is closed.", ch.name))
            } else if employee && !placement {
                Some(if ch.deal.serves.contains(&Serves::Employee) {
                    format!(
                        "for an employee, {} is its placement route, listed apart.",
                        ch.name
                    )
                } else {
                    format!(
                        "{} places contractors, not employees, and the plan is now for a {noun}.",
                        ch.name
                    )
                })
            } else if placement {
                for_employee(ch.deal.placement_percent.is_some() && home.is_some())
            } else {
                (!ch.deal.serves.contains(&Serves::Contractor)).then(|| {
                    format!(
                        "{} places employees, not contractors, and the plan is now for a {noun}.",
                        ch.name
                    )
                })
            }
        }
        RouteKey::JobBoards => for_employee(home.is_some()),
        RouteKey::Employee(c) if employee && home == Some(c.as_str()) => Some(format!(
            "{} is now where the hire is based: that is the job-boards route.",
            country_name(c)
        )),
        RouteKey::Employee(c) => for_employee(m.country(c).is_some()),
        RouteKey::Contractor(_) if employee => Some(format!(
            "{name} is a route for a contractor, and the plan is now for a {noun}."
        )),
        RouteKey::Contractor(c) => {
            let listed = m.country(c).is_some_and(|x| x.contractor_hourly.is_some())
                || e.hire_country.as_deref() == Some(c.as_str());
            (!listed).then(|| format!("{name} is not a route for a hire based elsewhere."))
        }
    }
}

/// After an edit: drops a chosen route (and a runner-up) that no longer exists, and records
/// why. Returns the record when the choice was dropped.
pub fn settle(plan: &mut Plan) -> Option<DroppedRoute> {
    if let Some(r) = plan.route.runner_up.clone() {
        if missing_why(plan, &r).is_some() {
            plan.route.runner_up = None;
        }
    }
    let key = plan.route.chosen.clone()?;
    let why = missing_why(plan, &key)?;
    let dropped = DroppedRoute {
        name: route_name(plan, &key),
        route: Some(key),
        why,
    };
    plan.route.chosen = None;
    plan.route.dropped = Some(dropped.clone());
    Some(dropped)
}

/// Whether a route is found through a matcher (a vetted platform, an agency or a placement),
/// who needs a brief rather than a public posting. From the route's kind, which the data's
/// channel kind decides.
pub fn is_matched(kind: RouteKind) -> bool {
    matches!(
        kind,
        RouteKind::VettedPlatform | RouteKind::Agency | RouteKind::Placement
    )
}

/// The chosen route's kind, if a route is chosen and priced.
pub fn chosen_kind(plan: &Plan) -> Option<RouteKind> {
    route_kind_of(plan, plan.route.chosen.as_ref()?)
}

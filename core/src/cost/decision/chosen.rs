//! The route the plan follows: the founder's choice found among the routes the Costs step
//! prices, and why a route is not among them (facts only: `words::route` says them, and
//! `settle` drops a choice an edit left without a route). Nothing here
//! names a vendor: a route is a key, and its terms are its deal in the data.

use crate::cost::engine::compute;
use crate::cost::engine::input::Scenario;
use crate::cost::engine::option::{CostOption, CostReport, RouteKind};
use crate::market::{market, Serves};
use crate::plan::{Missing, Plan, RouteKey};
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

/// How the founder would hire through a route, from its key and the deal in the data (for a
/// route the report no longer lists).
fn route_kind_of(plan: &Plan, key: &RouteKey) -> Option<RouteKind> {
    report(plan)?.option(key).map(|o| o.route)
}

/// Why a route is not among the routes the Costs step lists for the plan; None when it is.
/// Worked out from the plan and the data alone, as the engine builds its routes
/// (`engine::report`), without pricing anything: an edit and a file read stay cheap.
/// `route_words::why_missing` says it.
pub fn missing(plan: &Plan, key: &RouteKey) -> Option<Missing> {
    let m = market();
    let e = &plan.engagement;
    let now = e.kind;
    let employee = now.is_employee();
    let home = e.hire_country.as_deref().or(e.company_country.as_deref());
    let for_employee = |ok: bool| {
        if !employee {
            Some(Missing::ForEmployee { now })
        } else {
            (!ok).then_some(Missing::NoLongerFits)
        }
    };
    match key {
        RouteKey::Quote(id) => {
            (!plan.costs.quotes.iter().any(|q| q.id == *id)).then_some(Missing::QuoteRemoved)
        }
        RouteKey::Channel(id) | RouteKey::Placement(id) => {
            let Some(ch) = m.channel(id) else {
                return Some(Missing::NotInData);
            };
            let placement = matches!(key, RouteKey::Placement(_));
            let serves = |s: Serves| ch.deal.serves.contains(&s);
            if ch.closed.is_some() {
                Some(Missing::Closed)
            } else if employee && !placement {
                Some(if serves(Serves::Employee) {
                    Missing::PlacementInstead
                } else {
                    Missing::PlacesOnly {
                        employees: false,
                        now,
                    }
                })
            } else if placement {
                for_employee(ch.deal.placement_percent.is_some() && home.is_some())
            } else {
                (!serves(Serves::Contractor)).then_some(Missing::PlacesOnly {
                    employees: true,
                    now,
                })
            }
        }
        RouteKey::JobBoards => for_employee(home.is_some()),
        RouteKey::Employee(c) if employee && home == Some(c.as_str()) => Some(Missing::NowHome),
        RouteKey::Employee(c) => for_employee(m.country(c).is_some()),
        RouteKey::Contractor(_) if employee => Some(Missing::ForContractor { now }),
        RouteKey::Contractor(c) => {
            let listed = m.country(c).is_some_and(|x| x.contractor_hourly.is_some())
                || e.hire_country.as_deref() == Some(c.as_str());
            (!listed).then_some(Missing::Elsewhere)
        }
    }
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

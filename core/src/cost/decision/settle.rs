//! After an edit: a chosen route that no longer exists is dropped, with its name and why kept
//! in the plan. Apart from `chosen` (the facts) because the record keeps the route's name in
//! words, so this file uses both and neither uses it.

use crate::cost::decision::chosen::missing;
use crate::cost::words::route::route_name;
use crate::plan::{DroppedRoute, Plan};

/// After an edit: drops a chosen route (and a runner-up) that no longer exists, and records
/// why. Returns the record when the choice was dropped.
pub fn settle(plan: &mut Plan) -> Option<DroppedRoute> {
    if let Some(r) = plan.route.runner_up.clone() {
        if missing(plan, &r).is_some() {
            plan.route.runner_up = None;
        }
    }
    let key = plan.route.chosen.clone()?;
    let reason = missing(plan, &key)?;
    let dropped = DroppedRoute {
        name: route_name(plan, &key),
        route: Some(key),
        reason,
    };
    plan.route.chosen = None;
    plan.route.dropped = Some(dropped.clone());
    Some(dropped)
}

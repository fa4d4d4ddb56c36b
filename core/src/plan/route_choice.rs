//! The route the founder goes with: chosen on the Costs step among the priced routes, with at
//! most one runner-up kept to compare. Every later step follows it (schema 5).

use super::RouteKey;
use serde::{Deserialize, Serialize};

/// The founder's decision of how to hire, and what became of an earlier one.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RouteChoice {
    /// The route the plan follows; None until the founder chooses.
    pub chosen: Option<RouteKey>,
    /// One other route kept to compare with the choice.
    pub runner_up: Option<RouteKey>,
    /// The last choice the plan dropped because its route no longer existed, and why; cleared
    /// by the next choice.
    pub dropped: Option<DroppedRoute>,
}

/// A choice dropped by an edit that removed its route (RocketDevs for an employee), in words
/// written when it happened: the route may no longer be priced to name it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DroppedRoute {
    pub route: Option<RouteKey>,
    /// The route's name when it was dropped ("RocketDevs L2, full-time package").
    pub name: String,
    /// Why it no longer exists, in a sentence.
    pub why: String,
}

impl DroppedRoute {
    /// The notice shown where the founder will see it: what was dropped and why.
    pub fn notice(&self) -> String {
        format!(
            "Your choice of route, {}, was dropped: {} Choose a route again on the Costs step.",
            self.name, self.why
        )
    }
}

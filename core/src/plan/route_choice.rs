//! The route the founder goes with: chosen on the Costs step among the priced routes, with at
//! most one runner-up kept to compare. Every later step follows it (schema 5).

use super::{EngagementKind, RouteKey};
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

/// A choice dropped by an edit that removed its route (RocketDevs for an employee). The name is
/// kept as it read then (the route may no longer be priced to name it); the reason is a fact,
/// which `cost::route_words` puts into words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DroppedRoute {
    pub route: Option<RouteKey>,
    /// The route's name when it was dropped ("RocketDevs L2, full-time package").
    pub name: String,
    /// Why it no longer exists (schema 6; schema 5 kept a sentence, now `Missing::Recorded`).
    pub reason: Missing,
}

/// Why a route is not among the routes the Costs step lists for the plan.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Missing {
    /// The founder removed the quote.
    QuoteRemoved,
    /// The route's channel is not in the market data.
    NotInData,
    /// The channel has closed.
    Closed,
    /// For an employee, this channel's route is its placement, which is listed apart.
    PlacementInstead,
    /// The channel places only employees (or only contractors), and the plan is now for the
    /// other kind of hire.
    PlacesOnly {
        employees: bool,
        now: EngagementKind,
    },
    /// A route for an employee, and the plan is now for a contractor.
    ForEmployee { now: EngagementKind },
    /// A route for a contractor, and the plan is now for an employee.
    ForContractor { now: EngagementKind },
    /// The route's country is now where the hire is based: that is the job-boards route.
    NowHome,
    /// The route's terms need something the plan no longer gives (a country, a placement fee).
    #[default]
    NoLongerFits,
    /// A contractor hired directly in a country the data has no rates for, the hire based
    /// elsewhere.
    Elsewhere,
    /// A reason an earlier schema kept as a sentence.
    Recorded { words: String },
}

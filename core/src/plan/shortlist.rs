//! The founder's shortlist (schema 9): up to four routes of any kind, each with the engagement
//! and the place it is priced under, side by side on the Costs step. A route on it is priced on
//! its own terms without changing the plan's engagement (`ShortlistRoute::applied_to`, in the
//! plan's root, which this file does not import); choosing
//! one sets the route, its engagement and its place, and keeps what it replaced for an undo.

use super::engagement::EngagementKind;
use super::route_key::RouteKey;
use serde::{Deserialize, Serialize};

/// Routes a shortlist holds at most.
pub const MAX_SHORTLIST: usize = 4;

/// One route on the shortlist, with the engagement and the place it is priced under.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShortlistRoute {
    pub route: RouteKey,
    pub kind: EngagementKind,
    /// Where the hire is based on this route (a country id of the market data; None: anywhere).
    pub hire_country: Option<String>,
}

/// What a choice from the shortlist replaced: the engagement, the place and the route before
/// it, for its undo.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ShortlistBefore {
    pub kind: EngagementKind,
    pub hire_country: Option<String>,
    pub chosen: Option<RouteKey>,
    /// The runner-up kept to compare, which the choice may have taken or dropped.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub runner_up: Option<RouteKey>,
    /// The note of a route dropped earlier, which the choice clears.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dropped: Option<super::route_choice::DroppedRoute>,
}

/// The shortlist, and what its last choice replaced.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Shortlist {
    /// In the order the founder added them: the comparison's columns.
    pub routes: Vec<ShortlistRoute>,
    /// Set by a choice from the shortlist, cleared by its undo or by another choice of route.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<ShortlistBefore>,
}

impl Shortlist {
    pub fn is_empty(&self) -> bool {
        self.routes.is_empty()
    }

    pub fn len(&self) -> usize {
        self.routes.len()
    }

    /// Whether this route, under this engagement and place, is on the list.
    pub fn contains(&self, r: &ShortlistRoute) -> bool {
        self.routes.contains(r)
    }
}

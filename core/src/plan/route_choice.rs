//! The route the founder goes with: chosen on the Costs step among the priced routes, with at
//! most one runner-up kept to compare. Every later step follows it (schema 5).

use super::engagement::EngagementKind;
use super::route_key::RouteKey;
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
/// which `cost::words::route` puts into words.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DroppedRoute {
    pub route: Option<RouteKey>,
    /// The route's name when it was dropped ("RocketDevs L2, full-time package").
    pub name: String,
    /// Why it no longer exists (schema 6; schema 5 kept a sentence, now `Missing::Recorded`).
    pub reason: Missing,
}

/// Why a route is not among the routes the Costs step lists for the plan. Stored as one line
/// of text ("places_only:contractors:employee"): serde's code for a tagged enum cost the first
/// screen 10 KB of the module before compression (measured), and a string reads with the
/// code every plan already has.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", try_from = "String")]
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

impl From<Missing> for String {
    fn from(m: Missing) -> String {
        let kind = |k: EngagementKind| k.slug();
        match m {
            Missing::QuoteRemoved => "quote_removed".into(),
            Missing::NotInData => "not_in_data".into(),
            Missing::Closed => "closed".into(),
            Missing::PlacementInstead => "placement_instead".into(),
            Missing::PlacesOnly { employees, now } => format!(
                "places_only:{}:{}",
                if employees {
                    "employees"
                } else {
                    "contractors"
                },
                kind(now)
            ),
            Missing::ForEmployee { now } => format!("for_employee:{}", kind(now)),
            Missing::ForContractor { now } => format!("for_contractor:{}", kind(now)),
            Missing::NowHome => "now_home".into(),
            Missing::NoLongerFits => "no_longer_fits".into(),
            Missing::Elsewhere => "elsewhere".into(),
            Missing::Recorded { words } => format!("recorded:{words}"),
        }
    }
}

impl TryFrom<String> for Missing {
    type Error = String;

    fn try_from(text: String) -> Result<Missing, String> {
        let bad = || format!("not a reason a route was dropped: {text:?}");
        let kind = |s: &str| EngagementKind::from_slug(s).ok_or_else(bad);
        if let Some(words) = text.strip_prefix("recorded:") {
            return Ok(Missing::Recorded {
                words: words.into(),
            });
        }
        let mut parts = text.split(':');
        let head = parts.next().unwrap_or_default();
        let (a, b) = (parts.next(), parts.next());
        Ok(match (head, a, b) {
            ("quote_removed", None, _) => Missing::QuoteRemoved,
            ("not_in_data", None, _) => Missing::NotInData,
            ("closed", None, _) => Missing::Closed,
            ("placement_instead", None, _) => Missing::PlacementInstead,
            ("places_only", Some(who), Some(now)) if who == "employees" || who == "contractors" => {
                Missing::PlacesOnly {
                    employees: who == "employees",
                    now: kind(now)?,
                }
            }
            ("for_employee", Some(now), None) => Missing::ForEmployee { now: kind(now)? },
            ("for_contractor", Some(now), None) => Missing::ForContractor { now: kind(now)? },
            ("now_home", None, _) => Missing::NowHome,
            ("no_longer_fits", None, _) => Missing::NoLongerFits,
            ("elsewhere", None, _) => Missing::Elsewhere,
            _ => return Err(bad()),
        })
    }
}

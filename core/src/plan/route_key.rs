//! Which route an option is: the key the Costs step's picks and the timeline's route are
//! stored under (`"jobboards"`, `"channel:toptal"`, `"employee:de"`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Which route an option is: stable across recomputations, and how a founder's picks are
/// stored (`"employee:de"`). Channel and country ids are the market data's.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RouteKey {
    /// An employee found through the job boards, in the hire's country.
    #[default]
    JobBoards,
    /// An employee placed by a channel that charges a placement fee.
    Placement(String),
    /// An employee in a country.
    Employee(String),
    /// A contractor through a platform, marketplace or directory.
    Channel(String),
    /// A contractor hired directly in a country.
    Contractor(String),
    /// One of the founder's quotes.
    Quote(String),
}

impl RouteKey {
    /// Reads a stored key; None for one this build does not know.
    pub fn parse(s: &str) -> Option<RouteKey> {
        if s == "jobboards" {
            return Some(RouteKey::JobBoards);
        }
        let (kind, id) = s.split_once(':')?;
        let id = id.to_string();
        Some(match kind {
            "placement" => RouteKey::Placement(id),
            "employee" => RouteKey::Employee(id),
            "channel" => RouteKey::Channel(id),
            "contractor" => RouteKey::Contractor(id),
            "quote" => RouteKey::Quote(id),
            _ => return None,
        })
    }

    /// The market channel the route goes through, if it goes through one.
    pub fn channel(&self) -> Option<&str> {
        match self {
            RouteKey::Placement(id) | RouteKey::Channel(id) => Some(id),
            RouteKey::JobBoards
            | RouteKey::Employee(_)
            | RouteKey::Contractor(_)
            | RouteKey::Quote(_) => None,
        }
    }
}

/// Tests name routes as the page writes them.
impl PartialEq<&str> for RouteKey {
    fn eq(&self, other: &&str) -> bool {
        RouteKey::parse(other).as_ref() == Some(self)
    }
}

impl fmt::Display for RouteKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RouteKey::JobBoards => f.write_str("jobboards"),
            RouteKey::Placement(id) => write!(f, "placement:{id}"),
            RouteKey::Employee(id) => write!(f, "employee:{id}"),
            RouteKey::Channel(id) => write!(f, "channel:{id}"),
            RouteKey::Contractor(id) => write!(f, "contractor:{id}"),
            RouteKey::Quote(id) => write!(f, "quote:{id}"),
        }
    }
}

/// Stored as the page writes it.
impl Serialize for RouteKey {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RouteKey {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        RouteKey::parse(&s)
            .ok_or_else(|| serde::de::Error::custom(format!("\"{s}\" is not a route")))
    }
}

//! The plan's hiring choices: the interview loop and its limits, the
//! shortlist with its scorecards and decisions, and the offer.

use super::RateBasis;
use crate::text::keymap::KeyMap;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The founder's interview loop (None: follow the default for the plan) and questions of
/// their own. Schema 4 kept the timeline's route here; schema 5 moved it to the plan's
/// `route` choice, which every step follows (`codec` migrates it).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterviewChoices {
    pub stages: Option<Vec<Stage>>,
    pub own_questions: Vec<String>,
    /// Questions the founder moved to another stage: question text -> stage index.
    pub question_stages: KeyMap<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StageKind {
    PhoneScreen,
    TakeHome,
    LiveCoding,
    SystemDesign,
    References,
    Custom,
}

/// Most stages a loop may have, questions of one's own, and minutes a stage may last.
pub const MAX_STAGES: usize = 20;
pub const MAX_OWN_QUESTIONS: usize = 30;
pub const MIN_MINUTES: u32 = 5;
pub const MAX_MINUTES: u32 = 600;

/// One stage of the interview loop.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Stage {
    pub kind: StageKind,
    pub title: String,
    pub minutes: u32,
    pub what: String,
}

impl Stage {
    /// How a stage is named in a list of the loop: "2. Take-home exercise" for index 1.
    pub fn numbered(&self, index: usize) -> String {
        format!("{}. {}", index + 1, self.title)
    }
}

impl Default for Stage {
    fn default() -> Self {
        Stage {
            kind: StageKind::Custom,
            title: String::new(),
            minutes: 30,
            what: String::new(),
        }
    }
}

/// Most candidates a plan holds.
pub const MAX_CANDIDATES: usize = 200;
/// Most scorecards one candidate holds (a stage and interviewer each).
pub const MAX_SCORECARDS: usize = 40;
/// Longest free text in a candidate's fields.
pub const MAX_CANDIDATE_TEXT: usize = 2000;
/// Most decisions one candidate's history keeps (the oldest go first).
pub const MAX_HISTORY: usize = 50;

/// One person on the shortlist.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Candidate {
    /// Stable within the plan ("c1", "c2", ...).
    pub id: String,
    pub name: String,
    /// Where they came from: a channel id from the market data, or empty for elsewhere.
    pub source: String,
    /// Profile, portfolio or repository links, as typed.
    pub links: String,
    /// The index of the loop stage they are at.
    pub stage: usize,
    pub scorecards: Vec<Scorecard>,
    pub decision: Decision,
    /// Why: required for a decision other than undecided.
    pub reason: String,
    /// Every decision recorded, oldest first (schema 8; an older plan's one decision becomes
    /// its first entry).
    pub history: Vec<DecisionRecord>,
}

/// One decision as recorded: what was decided, at which stage, why and when.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DecisionRecord {
    /// What it did: `Advance` moved the candidate on from `stage`; at the last stage "Move to
    /// the next stage" leads to the offer and is recorded as `Offer`.
    pub decision: Decision,
    /// The stage the candidate was at when it was taken.
    pub stage: usize,
    pub reason: String,
    #[serde(deserialize_with = "crate::text::time::opt_date")]
    pub on: Option<NaiveDate>,
}

impl Candidate {
    /// The scorecard one interviewer (named as typed, spaces aside) filled at one stage.
    pub fn scorecard(&self, stage: usize, interviewer: &str) -> Option<&Scorecard> {
        self.scorecards
            .iter()
            .find(|s| s.is_for(stage, interviewer))
    }

    /// Closed: the founder decided not to continue.
    pub fn closed(&self) -> bool {
        self.decision == Decision::Reject
    }
}

/// One interviewer's ratings at one stage, against the scorecard's anchors.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scorecard {
    pub stage: usize,
    pub interviewer: String,
    /// Scorecard row (a requirement's id) -> rating 1 to 5. A row not rated is absent.
    pub ratings: KeyMap<u8>,
    pub notes: String,
}

impl Scorecard {
    pub fn is_for(&self, stage: usize, interviewer: &str) -> bool {
        self.stage == stage && self.interviewer == interviewer.trim()
    }

    /// A card with no rating and no notes counts for nothing, and is not kept.
    pub fn is_empty(&self) -> bool {
        self.ratings.is_empty() && self.notes.trim().is_empty()
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    #[default]
    Undecided,
    Advance,
    Offer,
    Reject,
}

impl Decision {
    pub const ALL: [Decision; 4] = [
        Decision::Undecided,
        Decision::Advance,
        Decision::Offer,
        Decision::Reject,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            Decision::Undecided => "undecided",
            Decision::Advance => "advance",
            Decision::Offer => "offer",
            Decision::Reject => "reject",
        }
    }

    pub fn from_slug(s: &str) -> Option<Decision> {
        Decision::ALL.into_iter().find(|d| d.slug() == s)
    }

    pub fn label(self) -> &'static str {
        match self {
            Decision::Undecided => "Not decided",
            Decision::Advance => "Move to the next stage",
            Decision::Offer => "Make an offer",
            Decision::Reject => "Do not continue",
        }
    }
}

/// The offer as drafted: numbers kept as typed, so nothing is lost while a field is invalid.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Offer {
    /// Employees: yearly base pay in US dollars. Contractors: the rate, per `basis`.
    pub pay: String,
    /// What the pay is per, as the founder set it; None follows the chosen route's basis
    /// (`kit::offer_terms`). Schema 4 always wrote one, "hourly" by default.
    pub basis: Option<RateBasis>,
    pub equity: String,
    pub benefits: String,
    #[serde(deserialize_with = "crate::text::time::opt_date")]
    pub start_date: Option<NaiveDate>,
    #[serde(deserialize_with = "crate::text::time::opt_date")]
    pub reply_by: Option<NaiveDate>,
    /// Contractors: expected hours a week, contract length in months, notice in weeks.
    pub hours_per_week: String,
    pub length_months: String,
    pub notice_weeks: String,
    pub ip_assignment: bool,
    /// The trial: the day it starts, and its length in days where the source gives none.
    #[serde(deserialize_with = "crate::text::time::opt_date")]
    pub trial_start: Option<NaiveDate>,
    pub trial_days: String,
}

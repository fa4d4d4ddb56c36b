//! The plan: everything the founder typed or chose, nothing computed.
//!
//! Costs, recommendations, job-ad drafts and charts are derived from a `Plan`, so a
//! stored or shared plan can never disagree with what the screen shows.

mod costs;
mod engagement;
mod finances;
mod hiring;
mod route_choice;
pub mod route_key;
mod shortlist;
pub mod wizard;

pub use costs::*;
pub use engagement::EngagementKind;
pub use finances::{FinanceField, Finances, MAX_FINANCE_KEYS};
pub use hiring::*;
pub use route_choice::{DroppedRoute, Missing, RouteChoice};
pub use route_key::RouteKey;
pub use shortlist::{Shortlist, ShortlistBefore, ShortlistRoute, MAX_SHORTLIST};

use crate::text::keymap::KeyMap;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The schema version this build writes. Older versions are migrated by `codec`.
pub const SCHEMA_VERSION: u32 = 9;

/// Longest plan name accepted; longer input is kept but flagged.
pub const MAX_NAME_CHARS: usize = 120;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub schema_version: u32,
    pub id: PlanId,
    pub name: String,
    #[serde(deserialize_with = "crate::text::time::utc")]
    pub created_at: DateTime<Utc>,
    #[serde(deserialize_with = "crate::text::time::utc")]
    pub updated_at: DateTime<Utc>,
    pub role: RoleBrief,
    /// Technical requirements in priority order (first = most important).
    pub requirements: Vec<Requirement>,
    /// Soft skills in priority order.
    pub soft_skills: Vec<Requirement>,
    pub seniority: SeniorityAnswers,
    pub engagement: Engagement,
    pub costs: CostChoices,
    /// The founder's edits to the drafted job description.
    pub job_ad: JobAdEdits,
    pub interviews: InterviewChoices,
    /// Steps the founder has opened: a step whose defaults were seen and kept is answered.
    pub seen_steps: Vec<String>,
    /// The shortlist. Personal data: never in a share link or an embed, and in an export only
    /// when the founder asks (`codec`).
    pub candidates: Vec<Candidate>,
    /// The trial and the offer, as the founder drafts them.
    pub offer: Offer,
    /// The route the founder goes with (schema 5): every later step follows it.
    pub route: RouteChoice,
    /// The company's cash, burn and runway floor, and the founder's currency (schema 7).
    pub finances: Finances,
    /// The founder's shortlist of routes (not of candidates): up to four routes of any kind,
    /// compared side by side on the Costs step (schema 9).
    pub shortlist: Shortlist,
}

impl Default for Plan {
    fn default() -> Self {
        let epoch = DateTime::<Utc>::UNIX_EPOCH;
        Plan {
            schema_version: SCHEMA_VERSION,
            id: PlanId::default(),
            name: String::new(),
            created_at: epoch,
            updated_at: epoch,
            role: RoleBrief::default(),
            requirements: Vec::new(),
            soft_skills: Vec::new(),
            seniority: SeniorityAnswers::default(),
            engagement: Engagement::default(),
            costs: CostChoices::default(),
            job_ad: JobAdEdits::default(),
            interviews: InterviewChoices::default(),
            seen_steps: Vec::new(),
            candidates: Vec::new(),
            offer: Offer::default(),
            route: RouteChoice::default(),
            finances: Finances::default(),
            shortlist: Shortlist::default(),
        }
    }
}

impl Plan {
    /// A fresh plan. Time and id come from the caller so this stays pure and testable.
    pub fn new(id: PlanId, now: DateTime<Utc>) -> Self {
        Plan {
            id,
            created_at: now,
            updated_at: now,
            ..Plan::default()
        }
    }

    /// The name shown in lists: the founder's, or a neutral placeholder.
    pub fn display_name(&self) -> &str {
        let trimmed = self.name.trim();
        if trimmed.is_empty() {
            "Untitled plan"
        } else {
            trimmed
        }
    }

    /// Marks the plan as edited at `now` (never moves the clock backwards).
    pub fn touch(&mut self, now: DateTime<Utc>) {
        if now > self.updated_at {
            self.updated_at = now;
        }
    }

    /// The shortlist's routes that the Costs step lists under the plan's engagement and place
    /// (a quote for another kind of hire under the one it is for): the routes whose "add to
    /// shortlist" button says they are on it.
    pub fn listed_routes(&self) -> Vec<RouteKey> {
        self.shortlist
            .routes
            .iter()
            .filter(|e| **e == ShortlistRoute::from_plan(self, e.route.clone()))
            .map(|e| e.route.clone())
            .collect()
    }
}

/// The engagement a quote's entry on the shortlist is filed under, for a quote of `route`
/// beside an engagement of `plan_kind`: an employee's quote under an employee; any other under
/// `plan_kind`, or under a full-time contractor when that is an employee's. (Here, not in
/// `shortlist.rs`, which imports neither the quotes nor the plan's root: no import circle.)
pub fn quote_kind(route: QuoteRoute, plan_kind: EngagementKind) -> EngagementKind {
    if route == QuoteRoute::Employee {
        EngagementKind::FullTimeEmployee
    } else if plan_kind.is_employee() {
        EngagementKind::FullTimeContractor
    } else {
        plan_kind
    }
}

/// A route of the shortlist and the plan: here, so that `shortlist.rs` need not import the
/// plan's root.
impl ShortlistRoute {
    /// A route the Costs step lists for the plan as it is, under the plan's engagement and
    /// place; a quote of the founder's for another kind of hire (an employee's salary while
    /// the plan is for a contractor, say) under the engagement the quote is for.
    pub fn from_plan(plan: &Plan, route: RouteKey) -> ShortlistRoute {
        let now = plan.engagement.kind;
        let kind = match &route {
            RouteKey::Quote(id) => plan
                .costs
                .quotes
                .iter()
                .find(|q| q.id == *id)
                .map_or(now, |q| quote_kind(q.route, now)),
            RouteKey::JobBoards
            | RouteKey::Placement(_)
            | RouteKey::Employee(_)
            | RouteKey::Channel(_)
            | RouteKey::Contractor(_) => now,
        };
        ShortlistRoute {
            route,
            kind,
            hire_country: plan.engagement.hire_country.clone(),
        }
    }

    /// Whether the plan follows this route now: it is the route chosen, under the engagement
    /// and the place the plan is set to.
    pub fn is_followed_by(&self, plan: &Plan) -> bool {
        plan.route.chosen.as_ref() == Some(&self.route)
            && plan.engagement.kind == self.kind
            && plan.engagement.hire_country == self.hire_country
    }

    /// The plan as it would be with this route chosen, under its engagement and place: what
    /// the route is priced and told from. Nothing else of the plan changes.
    pub fn applied_to(&self, plan: &Plan) -> Plan {
        let mut p = plan.clone();
        p.engagement.kind = self.kind;
        p.engagement.hire_country = self.hire_country.clone();
        p.route.chosen = Some(self.route.clone());
        p.route.runner_up = None;
        p.route.dropped = None;
        p
    }
}

/// A field of the plan a message can belong beside.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Requirements,
    HoursPerWeek,
    Horizon,
    Budget,
    HireCountry,
    StartDate,
}

/// A stable identifier: made once when the plan is created, kept across renames and exports.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PlanId(pub String);

impl PlanId {
    /// Builds an id from caller-supplied entropy (the UI passes time and random bits).
    pub fn from_parts(millis: u64, random: u64) -> Self {
        PlanId(format!("p{millis:x}-{random:012x}"))
    }
}

/// What the founder is building and why.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct RoleBrief {
    pub company: String,
    pub product: String,
    pub objective: String,
    pub project_kind: ProjectKind,
    pub scale: Scale,
    pub security_critical: bool,
    /// Needs from the sources' "when to hire a backend developer" list, by catalogue id.
    pub needs: Vec<String>,
    /// The founder also needs user-interface work done by the same person.
    pub needs_ui_work: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProjectKind {
    #[default]
    NewBuild,
    ExistingCodebase,
    Migration,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    #[default]
    Prototype,
    Growing,
    HighTraffic,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Priority {
    #[default]
    MustHave,
    NiceToHave,
}

/// One chosen skill or technology: from the catalogue (`id` is its key) or the founder's own.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Requirement {
    pub id: String,
    pub label: String,
    pub category: String,
    pub priority: Priority,
    pub custom: bool,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Seniority {
    Junior,
    #[default]
    Mid,
    Senior,
}

impl Seniority {
    pub const ALL: [Seniority; 3] = [Seniority::Junior, Seniority::Mid, Seniority::Senior];

    /// How it is written in the plan file and in a select's value.
    pub fn slug(self) -> &'static str {
        match self {
            Seniority::Junior => "junior",
            Seniority::Mid => "mid",
            Seniority::Senior => "senior",
        }
    }

    pub fn from_slug(s: &str) -> Option<Seniority> {
        Seniority::ALL.into_iter().find(|l| l.slug() == s)
    }

    /// The level inside a sentence: "a mid-level developer".
    pub fn word(self) -> &'static str {
        match self {
            Seniority::Junior => "junior",
            Seniority::Mid => "mid-level",
            Seniority::Senior => "senior",
        }
    }

    /// The level as a heading or a job title: "Mid-level".
    pub fn title(self) -> &'static str {
        match self {
            Seniority::Junior => "Junior",
            Seniority::Mid => "Mid-level",
            Seniority::Senior => "Senior",
        }
    }

    /// RocketDevs' tier for the level.
    pub fn rocket_tier(self) -> &'static str {
        match self {
            Seniority::Junior => "L1",
            Seniority::Mid => "L2",
            Seniority::Senior => "L3",
        }
    }

    /// How the sources describe the level (Toptal's levels, RocketDevs' tiers).
    pub fn description(self) -> &'static str {
        match self {
            Seniority::Junior => "Has built a few small projects. Needs close mentoring; experienced juniors can own a set of API endpoints but stay out of architecture and infrastructure decisions.",
            Seniority::Mid => "Knows REST APIs, SQL and NoSQL databases and a cloud platform; proposes solutions to common problems, works independently, contributes to architecture with some guidance.",
            Seniority::Senior => "Five or more years; deep knowledge of scalable systems, API design, database optimisation and cloud infrastructure. Makes critical architecture decisions and can lead a team.",
        }
    }

    /// What the RocketDevs tier is best for.
    pub fn tier_best_for(self) -> &'static str {
        match self {
            Seniority::Junior => "Clearly defined API work, support tasks, internal tools",
            Seniority::Mid => "MVP builds, growing platforms, independent feature ownership",
            Seniority::Senior => {
                "Scaling SaaS platforms, high-traffic systems, security-critical environments"
            }
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    #[default]
    Medium,
    High,
}

/// The answers the seniority recommendation is computed from, and the founder's own choice.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SeniorityAnswers {
    /// How well the existing team can mentor a newcomer.
    pub mentoring_capacity: Level,
    pub complexity: Level,
    /// The hire must lead architecture decisions on their own.
    pub leads_architecture: bool,
    /// None: follow the recommendation.
    pub chosen: Option<Seniority>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkPlace {
    #[default]
    Remote,
    Hybrid,
    OnSite,
}

impl WorkPlace {
    /// The job ad's word for it.
    pub fn title(self) -> &'static str {
        match self {
            WorkPlace::Remote => "Remote",
            WorkPlace::Hybrid => "Hybrid",
            WorkPlace::OnSite => "On-site",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Engagement {
    pub kind: EngagementKind,
    /// Kept as typed so that nothing is lost while it is invalid; parsed by `validate`.
    pub hours_per_week: String,
    pub workplace: WorkPlace,
    /// Where the hire is based: a country id from the market data, or None for anywhere
    /// (remote). Costs, the ad's pay and the time zones follow it.
    pub hire_country: Option<String>,
    /// Where the company already employs people (None: in none of the listed countries).
    /// Employing anywhere else needs an entity there or an employer of record.
    pub company_country: Option<String>,
    /// Free text from schema 2 and earlier, kept so nothing typed is lost; no longer asked.
    pub location: String,
    pub time_zones: String,
    pub horizon_months: String,
    /// Monthly budget in whole US dollars, as typed; empty means no budget given.
    pub monthly_budget_usd: String,
    #[serde(deserialize_with = "crate::text::time::opt_date")]
    pub start_date: Option<NaiveDate>,
}

impl Default for Engagement {
    fn default() -> Self {
        Engagement {
            kind: EngagementKind::default(),
            hours_per_week: "40".into(),
            workplace: WorkPlace::default(),
            hire_country: None,
            company_country: Some("us".into()),
            location: String::new(),
            time_zones: String::new(),
            horizon_months: "12".into(),
            monthly_budget_usd: String::new(),
            start_date: None,
        }
    }
}

/// Sections of the job ad the founder rewrote, by section key.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct JobAdEdits {
    pub edits: KeyMap<SectionEdit>,
}

impl JobAdEdits {
    /// The founder's new text for a section. A first edit records the draft it was written
    /// over; a later one keeps that record, so a changed draft is still noticed.
    pub fn write(&mut self, key: &str, text: String, draft: String) {
        let based_on = self
            .edits
            .get(key)
            .map(|e| e.based_on.clone())
            .unwrap_or(draft);
        self.edits
            .insert(key.to_string(), SectionEdit { text, based_on });
    }
}

/// The founder's text for a section, and the draft it was written over: when the draft changes
/// (because the plan did), the edit is kept and the change is shown, never applied silently.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct SectionEdit {
    pub text: String,
    pub based_on: String,
}

#[cfg(test)]
mod tests;

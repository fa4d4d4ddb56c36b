//! The plan: everything the founder typed or chose, nothing computed.
//!
//! Costs, recommendations, job-ad drafts and charts are derived from a `Plan`, so a
//! stored or shared plan can never disagree with what the screen shows.

pub mod route_key;
pub mod wizard;

pub use route_key::RouteKey;

use crate::text::keymap::KeyMap;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// The schema version this build writes. Older versions are migrated by `codec`.
pub const SCHEMA_VERSION: u32 = 4;

/// Longest plan name accepted; longer input is kept but flagged.
pub const MAX_NAME_CHARS: usize = 120;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Plan {
    pub schema_version: u32,
    pub id: PlanId,
    pub name: String,
    pub created_at: DateTime<Utc>,
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
pub enum EngagementKind {
    #[default]
    FullTimeEmployee,
    FullTimeContractor,
    PartTimeContractor,
    Hourly,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkPlace {
    #[default]
    Remote,
    Hybrid,
    OnSite,
}

impl EngagementKind {
    pub const ALL: [EngagementKind; 4] = [
        EngagementKind::FullTimeEmployee,
        EngagementKind::FullTimeContractor,
        EngagementKind::PartTimeContractor,
        EngagementKind::Hourly,
    ];

    /// A select's value (the embed's engagement choice).
    pub fn slug(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "employee",
            EngagementKind::FullTimeContractor => "contractor",
            EngagementKind::PartTimeContractor => "part-time",
            EngagementKind::Hourly => "hourly",
        }
    }

    pub fn from_slug(s: &str) -> Option<EngagementKind> {
        EngagementKind::ALL.into_iter().find(|k| k.slug() == s)
    }

    /// The choice as offered: "Full-time employee".
    pub fn title(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "Full-time employee",
            EngagementKind::FullTimeContractor => "Full-time contractor",
            EngagementKind::PartTimeContractor => "Part-time contractor",
            EngagementKind::Hourly => "Hourly",
        }
    }

    /// What the choice means, under its title.
    pub fn help(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "On your payroll: salary plus employer costs",
            EngagementKind::FullTimeContractor => {
                "A full-time month (the Costs step states the hours), through a platform or directly"
            }
            EngagementKind::PartTimeContractor => {
                "Half a full-time month, like RocketDevs' part-time package"
            }
            EngagementKind::Hourly => "Billed by the hour, for a number of hours a week",
        }
    }

    /// Inside a sentence: "a full-time contractor".
    pub fn noun(self) -> &'static str {
        match self {
            EngagementKind::FullTimeEmployee => "full-time employee",
            EngagementKind::FullTimeContractor => "full-time contractor",
            EngagementKind::PartTimeContractor => "part-time contractor",
            EngagementKind::Hourly => "hourly contractor",
        }
    }

    /// The job ad's word for the contract (None for an employee: a permanent job).
    pub fn contract_word(self) -> Option<&'static str> {
        match self {
            EngagementKind::FullTimeEmployee => None,
            EngagementKind::FullTimeContractor => Some("Contract"),
            EngagementKind::PartTimeContractor => Some("Part-time contract"),
            EngagementKind::Hourly => Some("Hourly contract"),
        }
    }

    pub fn is_employee(self) -> bool {
        self == EngagementKind::FullTimeEmployee
    }
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

/// Which options the founder follows over time, their overrides of market figures, and
/// quotes of their own.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostChoices {
    /// Option keys drawn over time; empty = a default set.
    pub picks: Vec<String>,
    /// Figure id -> value the founder entered instead of the source's.
    pub overrides: KeyMap<f64>,
    /// Prices the founder was quoted, priced and charted with the sources' options.
    pub quotes: Vec<Quote>,
}

/// Quotes of the founder's own a plan may hold.
pub const MAX_QUOTES: usize = 20;

impl CostChoices {
    /// Adds an empty quote with the first free id ("q1", "q2", ...) and returns the id; None
    /// when the plan already holds `MAX_QUOTES`.
    pub fn add_quote(&mut self) -> Option<String> {
        if self.quotes.len() >= MAX_QUOTES {
            return None;
        }
        let id = (1..)
            .map(|n| format!("q{n}"))
            .find(|id| !self.quotes.iter().any(|q| q.id == *id))?;
        self.quotes.push(Quote {
            id: id.clone(),
            ..Quote::default()
        });
        Some(id)
    }
}

/// How a quote of the founder's own would hire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteRoute {
    Employee,
    VettedPlatform,
    Marketplace,
    #[default]
    DirectContractor,
    Agency,
}

impl QuoteRoute {
    pub const ALL: [QuoteRoute; 5] = [
        QuoteRoute::Employee,
        QuoteRoute::VettedPlatform,
        QuoteRoute::Marketplace,
        QuoteRoute::DirectContractor,
        QuoteRoute::Agency,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QuoteRoute::Employee => "An employee (salary)",
            QuoteRoute::VettedPlatform => "A vetted platform",
            QuoteRoute::Marketplace => "A freelance marketplace",
            QuoteRoute::DirectContractor => "A contractor, hired directly",
            QuoteRoute::Agency => "An agency",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            QuoteRoute::Employee => "employee",
            QuoteRoute::VettedPlatform => "vetted_platform",
            QuoteRoute::Marketplace => "marketplace",
            QuoteRoute::DirectContractor => "direct_contractor",
            QuoteRoute::Agency => "agency",
        }
    }

    pub fn from_slug(s: &str) -> Option<QuoteRoute> {
        QuoteRoute::ALL.into_iter().find(|r| r.slug() == s)
    }
}

/// What a quoted price is per.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    #[default]
    Hourly,
    Weekly,
    Monthly,
    Yearly,
}

impl RateBasis {
    pub const ALL: [RateBasis; 4] = [
        RateBasis::Hourly,
        RateBasis::Weekly,
        RateBasis::Monthly,
        RateBasis::Yearly,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RateBasis::Hourly => "an hour",
            RateBasis::Weekly => "a week",
            RateBasis::Monthly => "a month",
            RateBasis::Yearly => "a year",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            RateBasis::Hourly => "hourly",
            RateBasis::Weekly => "weekly",
            RateBasis::Monthly => "monthly",
            RateBasis::Yearly => "yearly",
        }
    }

    pub fn from_slug(s: &str) -> Option<RateBasis> {
        RateBasis::ALL.into_iter().find(|r| r.slug() == s)
    }
}

/// A price the founder was quoted. Numbers are kept as typed, so nothing is lost while a
/// field is invalid; the cost engine parses them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quote {
    /// Stable within the plan: option keys and field ids are built from it.
    pub id: String,
    pub name: String,
    pub route: QuoteRoute,
    pub basis: RateBasis,
    pub low: String,
    /// Empty: the same as `low`.
    pub high: String,
    /// One-off fees in US dollars (empty: none).
    pub one_off: String,
    /// Days from now to the hire (empty: not known).
    pub days_to_hire: String,
}

/// A field of a quote the founder types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteField {
    Name,
    Low,
    High,
    OneOff,
    DaysToHire,
}

impl QuoteField {
    pub const ALL: [QuoteField; 5] = [
        QuoteField::Name,
        QuoteField::Low,
        QuoteField::High,
        QuoteField::OneOff,
        QuoteField::DaysToHire,
    ];

    /// Part of the field's element id: `quote-q1-one_off`.
    pub fn slug(self) -> &'static str {
        match self {
            QuoteField::Name => "name",
            QuoteField::Low => "low",
            QuoteField::High => "high",
            QuoteField::OneOff => "one_off",
            QuoteField::DaysToHire => "days_to_hire",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            QuoteField::Name => "Name",
            QuoteField::Low => "Low (US dollars)",
            QuoteField::High => "High (empty: same as low)",
            QuoteField::OneOff => "One-off fees (US dollars, optional)",
            QuoteField::DaysToHire => "Days to hire (optional)",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            QuoteField::Name => "e.g. Agency in Kraków",
            QuoteField::Low => "e.g. 40",
            QuoteField::High => "e.g. 55",
            QuoteField::OneOff => "e.g. 1000",
            QuoteField::DaysToHire => "e.g. 10",
        }
    }

    pub fn get(self, q: &Quote) -> &String {
        match self {
            QuoteField::Name => &q.name,
            QuoteField::Low => &q.low,
            QuoteField::High => &q.high,
            QuoteField::OneOff => &q.one_off,
            QuoteField::DaysToHire => &q.days_to_hire,
        }
    }

    pub fn get_mut(self, q: &mut Quote) -> &mut String {
        match self {
            QuoteField::Name => &mut q.name,
            QuoteField::Low => &mut q.low,
            QuoteField::High => &mut q.high,
            QuoteField::OneOff => &mut q.one_off,
            QuoteField::DaysToHire => &mut q.days_to_hire,
        }
    }
}

/// The founder's interview loop (None: follow the default for the plan), questions of their
/// own, and the hiring route the timeline is laid out for: the job boards, or a channel of the
/// market data (`RouteKey::Channel`), the same keys the Costs step prices (schema 4; schema 3
/// stored an enum of three routes, which `codec` migrates).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct InterviewChoices {
    pub stages: Option<Vec<Stage>>,
    pub own_questions: Vec<String>,
    pub route: RouteKey,
    /// Questions the founder moved to another stage: question text -> stage index.
    pub question_stages: KeyMap<usize>,
}

impl Default for InterviewChoices {
    fn default() -> Self {
        InterviewChoices {
            stages: None,
            own_questions: Vec::new(),
            route: RouteKey::JobBoards,
            question_stages: KeyMap::new(),
        }
    }
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
}

impl Candidate {
    /// The scorecard one interviewer (named as typed, spaces aside) filled at one stage.
    pub fn scorecard(&self, stage: usize, interviewer: &str) -> Option<&Scorecard> {
        self.scorecards
            .iter()
            .find(|s| s.is_for(stage, interviewer))
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
    pub basis: RateBasis,
    pub equity: String,
    pub benefits: String,
    pub start_date: Option<NaiveDate>,
    pub reply_by: Option<NaiveDate>,
    /// Contractors: expected hours a week, contract length in months, notice in weeks.
    pub hours_per_week: String,
    pub length_months: String,
    pub notice_weeks: String,
    pub ip_assignment: bool,
    /// The trial: the day it starts, and its length in days where the source gives none.
    pub trial_start: Option<NaiveDate>,
    pub trial_days: String,
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
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
    }

    #[test]
    fn new_plan_carries_version_id_and_time() {
        let plan = Plan::new(PlanId::from_parts(1, 2), now());
        assert_eq!(plan.schema_version, SCHEMA_VERSION);
        assert_eq!(plan.id, PlanId("p1-000000000002".into()));
        assert_eq!(plan.created_at, now());
        assert_eq!(plan.updated_at, now());
    }

    #[test]
    fn display_name_falls_back_when_blank() {
        let mut plan = Plan::default();
        assert_eq!(plan.display_name(), "Untitled plan");
        plan.name = "  Payments API hire ".into();
        assert_eq!(plan.display_name(), "Payments API hire");
    }

    #[test]
    fn touch_never_moves_backwards() {
        let mut plan = Plan::new(PlanId::from_parts(1, 2), now());
        plan.touch(now() - chrono::Duration::days(1));
        assert_eq!(plan.updated_at, now());
        plan.touch(now() + chrono::Duration::hours(1));
        assert_eq!(plan.updated_at, now() + chrono::Duration::hours(1));
    }

    #[test]
    fn quotes_take_the_first_free_id_up_to_the_limit() {
        let mut c = CostChoices::default();
        assert_eq!(c.add_quote().as_deref(), Some("q1"));
        assert_eq!(c.add_quote().as_deref(), Some("q2"));
        c.quotes.retain(|q| q.id != "q1");
        assert_eq!(c.add_quote().as_deref(), Some("q1"));
        while c.add_quote().is_some() {}
        assert_eq!(c.quotes.len(), MAX_QUOTES);
    }

    #[test]
    fn a_section_edit_keeps_the_draft_it_was_first_written_over() {
        let mut e = JobAdEdits::default();
        e.write("about", "Mine".into(), "Draft 1".into());
        e.write("about", "Mine, again".into(), "Draft 2".into());
        let edit = &e.edits["about"];
        assert_eq!(
            (edit.text.as_str(), edit.based_on.as_str()),
            ("Mine, again", "Draft 1")
        );
    }

    #[test]
    fn missing_fields_take_defaults_when_read() {
        let plan: Plan = serde_json::from_str(r#"{"schema_version":1,"name":"x"}"#).unwrap();
        assert_eq!(plan.name, "x");
        assert_eq!(plan.engagement.horizon_months, "12");
        assert_eq!(plan.engagement.company_country.as_deref(), Some("us"));
        assert_eq!(plan.engagement.hire_country, None);
    }
}

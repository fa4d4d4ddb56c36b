//! Every change a person can make to a plan, named: `PlanEdit`, applied by `Plan::apply`
//! with the limits and checks the screens promise. Components dispatch these; none writes a
//! plan field itself.

use crate::job_ad::draft::Section;
use crate::plan::wizard::Step;
use crate::plan::{
    Candidate, Decision, EngagementKind, FinanceField, Level, Offer, Priority, ProjectKind,
    QuoteField, QuoteRoute, RateBasis, RouteKey, Scale, Seniority, ShortlistRoute, WorkPlace,
    MAX_CANDIDATES, MAX_CANDIDATE_TEXT, MAX_OWN_QUESTIONS, MAX_QUOTES, MAX_SCORECARDS,
    MAX_SHORTLIST, MAX_STAGES,
};
use crate::role::requirements::ListError;
use crate::text::currency::Currency;
use chrono::NaiveDate;
use std::fmt;

/// Which of the plan's two requirement lists an edit is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReqList {
    Technical,
    Soft,
}

/// A change to one row of a requirement list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowChange {
    Up,
    Down,
    Remove,
    Priority(Priority),
}

/// A text field of a candidate.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CandidateField {
    Name,
    Links,
    Reason,
}

/// A text field of the offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferField {
    Pay,
    Equity,
    Benefits,
    HoursPerWeek,
    LengthMonths,
    NoticeWeeks,
    TrialDays,
}

impl OfferField {
    pub fn get(self, o: &Offer) -> &String {
        match self {
            OfferField::Pay => &o.pay,
            OfferField::Equity => &o.equity,
            OfferField::Benefits => &o.benefits,
            OfferField::HoursPerWeek => &o.hours_per_week,
            OfferField::LengthMonths => &o.length_months,
            OfferField::NoticeWeeks => &o.notice_weeks,
            OfferField::TrialDays => &o.trial_days,
        }
    }

    fn get_mut(self, o: &mut Offer) -> &mut String {
        match self {
            OfferField::Pay => &mut o.pay,
            OfferField::Equity => &mut o.equity,
            OfferField::Benefits => &mut o.benefits,
            OfferField::HoursPerWeek => &mut o.hours_per_week,
            OfferField::LengthMonths => &mut o.length_months,
            OfferField::NoticeWeeks => &mut o.notice_weeks,
            OfferField::TrialDays => &mut o.trial_days,
        }
    }
}

/// A date of the offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OfferDate {
    Start,
    ReplyBy,
    TrialStart,
}

/// A change to the interview loop. The first one copies the recommended loop into the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StageChange {
    Title(usize, String),
    /// Clamped to the minutes a stage may last.
    Minutes(usize, u32),
    Up(usize),
    Down(usize),
    Remove(usize),
    Add,
}

/// Everything a person can change in a plan.
#[derive(Clone, Debug, PartialEq)]
pub enum PlanEdit {
    // The role.
    Name(String),
    Company(String),
    Product(String),
    Objective(String),
    ProjectKind(ProjectKind),
    Scale(Scale),
    /// A need from the catalogue ticked or unticked.
    Need {
        id: String,
        on: bool,
    },
    SecurityCritical(bool),
    NeedsUiWork(bool),
    // The requirements.
    /// A catalogue item (or soft skill) added, or removed if it is on the list.
    Toggle {
        list: ReqList,
        id: String,
    },
    Row {
        list: ReqList,
        id: String,
        change: RowChange,
    },
    AddOwn {
        list: ReqList,
        label: String,
        category: String,
    },
    // The seniority.
    Mentoring(Level),
    Complexity(Level),
    LeadsArchitecture(bool),
    /// None follows the recommendation.
    Level(Option<Seniority>),
    // The engagement.
    Kind(EngagementKind),
    HoursPerWeek(String),
    Workplace(WorkPlace),
    HireCountry(Option<String>),
    CompanyCountry(Option<String>),
    /// The embed's one question: the company and the hire are both here.
    BothCountries(String),
    TimeZones(String),
    Horizon(String),
    Budget(String),
    StartDate(Option<NaiveDate>),
    // The costs.
    /// An option drawn over time is added or removed. Until the founder picks, the chart
    /// draws a default set (`CostReport::picked`): the toggle starts from that set, which the
    /// core works out from the plan.
    TogglePick(RouteKey),
    AddQuote,
    QuoteText {
        id: String,
        field: QuoteField,
        text: String,
    },
    QuoteRoute {
        id: String,
        route: QuoteRoute,
    },
    QuoteBasis {
        id: String,
        basis: RateBasis,
    },
    RemoveQuote(String),
    /// The route the founder goes with: one the Costs step lists and prices. Every later step
    /// follows it. Clears a record of a dropped choice; a runner-up equal to it is let go.
    ChooseRoute(RouteKey),
    /// One other route kept to compare (None lets it go).
    RunnerUp(Option<RouteKey>),
    /// No route chosen any more (and a dropped choice's notice dismissed).
    ClearRoute,
    /// A route put on the shortlist, under its own engagement and place (schema 9). Refused
    /// when the list is full, when it is already on it, or when the route does not exist under
    /// that engagement.
    AddToShortlist(ShortlistRoute),
    /// A route taken off the shortlist.
    RemoveFromShortlist(ShortlistRoute),
    /// The plan goes with a route of the shortlist: its route, its engagement and its place
    /// in one edit, and what they replace is kept for `UndoShortlistChoice`.
    ChooseFromShortlist(ShortlistRoute),
    /// Back to the engagement, place and route a choice from the shortlist replaced.
    UndoShortlistChoice,
    /// Cash, burn, runway floor, or a rate, as typed (`Finances::set`).
    Finance {
        field: FinanceField,
        text: String,
    },
    /// The currency amounts show in.
    DisplayCurrency(Currency),
    /// Whether share links and embeds carry the cash and burn.
    ShareCash(bool),
    /// Whether share links and embeds carry the plan's name and the quotes' labels.
    ShareNames(bool),
    /// A figure the founder sets, as typed; the source's own value removes the override.
    Override {
        id: String,
        text: String,
    },
    ResetOverride(String),
    ResetOverrides,
    // The job ad.
    /// The founder's text for a section, written over `draft`.
    WriteSection {
        section: Section,
        text: String,
        draft: String,
    },
    /// Back to the draft: the founder's text for the section is dropped.
    RevertSection(Section),
    /// The draft changed under the founder's text; they keep their text against `draft`.
    KeepSectionText {
        section: Section,
        draft: String,
    },
    // The interviews.
    Stage(StageChange),
    /// Back to the recommended loop.
    ResetLoop,
    /// A question of the founder's own, asked at a stage of the loop.
    AddQuestion {
        question: String,
        stage: usize,
    },
    /// The founder's own question at this index removed, with its choice of stage.
    RemoveQuestion(usize),
    /// Schema 4's timeline route (the job boards or a channel of the data): now the same as
    /// `ChooseRoute`, kept so older callers work.
    TimelineRoute(RouteKey),
    /// A question of the kit asked at another stage.
    MoveQuestion {
        question: String,
        stage: usize,
    },
    // The candidates (personal data, kept in this browser).
    AddCandidate {
        name: String,
        source: String,
    },
    CandidateText {
        id: String,
        field: CandidateField,
        text: String,
    },
    CandidateSource {
        id: String,
        source: String,
    },
    CandidateStage {
        id: String,
        stage: usize,
    },
    /// A rating from 1 to 5 on one scorecard row (None clears it), by one interviewer at one
    /// stage; the scorecard is made on its first rating.
    Rate {
        id: String,
        stage: usize,
        interviewer: String,
        row: String,
        value: Option<u8>,
    },
    ScoreNotes {
        id: String,
        stage: usize,
        interviewer: String,
        notes: String,
    },
    /// The card in progress named (or renamed) `to`: its ratings and notes go with it. With no
    /// card yet, nothing moves (the next rating makes the card under the new name). Refused
    /// when the new name already has a card at that stage, so no card is merged or lost.
    NameScorecard {
        id: String,
        stage: usize,
        from: String,
        to: String,
    },
    /// A decision with its reason, kept in the candidate's history: "Move to the next stage"
    /// moves the candidate on (from the last stage, to the offer); "Do not continue" closes it.
    Decide {
        id: String,
        decision: Decision,
        reason: String,
        on: Option<NaiveDate>,
    },
    RemoveCandidate(String),
    /// Undo of a removal: the candidate as it was.
    RestoreCandidate(Box<Candidate>),
    // The trial and the offer.
    OfferText {
        field: OfferField,
        text: String,
    },
    OfferBasis(RateBasis),
    OfferDate {
        field: OfferDate,
        date: Option<NaiveDate>,
    },
    IpAssignment(bool),
    // The wizard.
    /// A step whose defaults can stand as answers was opened.
    Seen(Step),
}

/// Why an edit was refused. Nothing in the plan changes when one is returned.
#[derive(Clone, Debug, PartialEq)]
pub enum EditError {
    List(ListError),
    UnknownCatalogItem(String),
    UnknownNeed(String),
    UnknownCountry(String),
    UnknownFigure(String),
    /// An override that is not a number from 0 up.
    Number(String),
    NoSuchQuote(String),
    TooManyQuotes,
    NoSuchStage(usize),
    TooManyStages,
    EmptyQuestion,
    TooManyQuestions,
    NoSuchCandidate(String),
    TooManyCandidates,
    TooManyScorecards,
    /// The interviewer already has a card at this stage.
    CardTaken(String),
    EmptyName,
    TooLong,
    BadRating(u8),
    NoReason,
    UnknownChannel(String),
    /// A route the Costs step does not list for this plan (or cannot price yet).
    NoSuchRoute(String),
    ShortlistFull,
    AlreadyShortlisted,
    NotShortlisted,
    /// An undo with nothing to bring back.
    NothingToUndo,
}

impl fmt::Display for EditError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EditError::List(e) => write!(f, "{e}"),
            EditError::UnknownCatalogItem(id) => write!(f, "\u{201c}{id}\u{201d} is not in the catalogue."),
            EditError::UnknownNeed(id) => write!(f, "\u{201c}{id}\u{201d} is not one of the listed needs."),
            EditError::UnknownCountry(id) => write!(f, "\u{201c}{id}\u{201d} is not a country in the market data."),
            EditError::UnknownFigure(id) => write!(f, "\u{201c}{id}\u{201d} is not a figure in the market data."),
            EditError::Number(m) => write!(f, "{m}"),
            EditError::NoSuchQuote(id) => write!(f, "There is no quote \u{201c}{id}\u{201d} in this plan."),
            EditError::TooManyQuotes => write!(f, "A plan holds at most {MAX_QUOTES} quotes: remove one to add another."),
            EditError::NoSuchStage(i) => write!(f, "The loop has no stage {}.", i + 1),
            EditError::TooManyStages => write!(f, "A loop holds at most {MAX_STAGES} stages."),
            EditError::EmptyQuestion => write!(f, "Type a question first."),
            EditError::NoSuchCandidate(id) => write!(f, "There is no candidate \u{201c}{id}\u{201d} in this plan."),
            EditError::TooManyCandidates => write!(f, "A plan holds at most {MAX_CANDIDATES} candidates: remove some to add another."),
            EditError::TooManyScorecards => write!(f, "A candidate holds at most {MAX_SCORECARDS} scorecards."),
            EditError::CardTaken(name) => write!(f, "{name} already has a card for this stage: open it from the list of cards."),
            EditError::EmptyName => write!(f, "Type the candidate's name first."),
            EditError::TooLong => write!(f, "Keep it under {MAX_CANDIDATE_TEXT} characters."),
            EditError::BadRating(v) => write!(f, "{v} is not a rating: rate from 1 to 5."),
            EditError::NoReason => write!(f, "Give the reason for the decision: it is what you will compare later."),
            EditError::UnknownChannel(id) => write!(f, "\u{201c}{id}\u{201d} is not a channel in the market data."),
            EditError::NoSuchRoute(why) => write!(f, "{why}"),
            EditError::ShortlistFull => write!(f, "A shortlist holds at most {MAX_SHORTLIST} routes: take one off to add another."),
            EditError::AlreadyShortlisted => write!(f, "This route is already on your shortlist."),
            EditError::NotShortlisted => write!(f, "This route is not on your shortlist."),
            EditError::NothingToUndo => write!(f, "There is no choice from the shortlist to undo."),
            EditError::TooManyQuestions => write!(
                f,
                "You have {MAX_OWN_QUESTIONS} questions of your own, the most a plan holds: remove one to add another."
            ),
        }
    }
}

impl std::error::Error for EditError {}

impl From<ListError> for EditError {
    fn from(e: ListError) -> Self {
        EditError::List(e)
    }
}

/// What an edit did beyond the change asked for, for the screen to say.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EditOutcome {
    /// The chosen route no longer existed after the edit (RocketDevs once the plan is for an
    /// employee), so the choice was dropped in the same edit: `notice()` says why.
    pub dropped_route: Option<crate::plan::DroppedRoute>,
}

impl EditOutcome {
    /// The notice to show, if the edit did more than asked.
    pub fn notice(&self) -> Option<String> {
        self.dropped_route.as_ref().map(crate::cost::dropped_notice)
    }
}

mod apply;

#[cfg(test)]
mod tests;

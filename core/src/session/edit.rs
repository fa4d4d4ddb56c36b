//! Every change a person can make to a plan, named: `PlanEdit`, applied by `Plan::apply`
//! with the limits and checks the screens promise. Components dispatch these; none writes a
//! plan field itself.

use crate::hiring::interview_loop;
use crate::job_ad::draft::Section;
use crate::market::{base_of, is_channel, is_country};
use crate::plan::wizard::Step;
use crate::plan::{
    Candidate, Decision, EngagementKind, Level, Offer, Plan, Priority, ProjectKind, Quote,
    QuoteField, QuoteRoute, RateBasis, RouteKey, Scale, Scorecard, Seniority, Stage, WorkPlace,
    MAX_CANDIDATES, MAX_CANDIDATE_TEXT, MAX_MINUTES, MAX_OWN_QUESTIONS, MAX_QUOTES, MAX_SCORECARDS,
    MAX_STAGES, MIN_MINUTES,
};
use crate::role::requirements::{self, ListError};
use crate::text::format::parse_override;
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
    AddQuestion(String),
    RemoveQuestion(usize),
    /// The route the timeline is laid out for: the job boards or a channel of the data
    /// (`hiring::timeline_routes`).
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
    Decide {
        id: String,
        decision: Decision,
        reason: String,
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
    EmptyName,
    TooLong,
    BadRating(u8),
    NoReason,
    UnknownChannel(String),
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
            EditError::EmptyName => write!(f, "Type the candidate's name first."),
            EditError::TooLong => write!(f, "Keep it under {MAX_CANDIDATE_TEXT} characters."),
            EditError::BadRating(v) => write!(f, "{v} is not a rating: rate from 1 to 5."),
            EditError::NoReason => write!(f, "Give the reason for the decision: it is what you will compare later."),
            EditError::UnknownChannel(id) => write!(f, "\u{201c}{id}\u{201d} is not a channel in the market data."),
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

fn check_text(text: &str) -> Result<(), EditError> {
    if text.chars().count() > MAX_CANDIDATE_TEXT {
        Err(EditError::TooLong)
    } else {
        Ok(())
    }
}

/// A channel id from the market data, or empty for "elsewhere".
fn channel(id: String) -> Result<String, EditError> {
    if id.is_empty() || is_channel(&id) {
        Ok(id)
    } else {
        Err(EditError::UnknownChannel(id))
    }
}

fn country(id: Option<String>) -> Result<Option<String>, EditError> {
    match id {
        Some(id) if !is_country(&id) => Err(EditError::UnknownCountry(id)),
        other => Ok(other),
    }
}

impl Plan {
    fn list_mut(&mut self, list: ReqList) -> &mut Vec<crate::plan::Requirement> {
        match list {
            ReqList::Technical => &mut self.requirements,
            ReqList::Soft => &mut self.soft_skills,
        }
    }

    /// The options the over-time chart draws now: the founder's picks that exist, else the
    /// default set, as the Costs step shows them. Picks alone where the plan cannot be priced.
    fn drawn_over_time(&self) -> Vec<RouteKey> {
        let level = crate::role::seniority::effective(self);
        match crate::cost::Scenario::from_plan(self, level) {
            Ok(scenario) => crate::cost::compute(&scenario)
                .picked(&self.costs.picks)
                .into_iter()
                .map(|o| o.key.clone())
                .collect(),
            Err(_) => self
                .costs
                .picks
                .iter()
                .filter_map(|k| RouteKey::parse(k))
                .collect(),
        }
    }

    fn quote_mut(&mut self, id: &str) -> Result<&mut Quote, EditError> {
        self.costs
            .quotes
            .iter_mut()
            .find(|q| q.id == id)
            .ok_or_else(|| EditError::NoSuchQuote(id.to_string()))
    }

    /// Applies one edit. On an error the plan is unchanged. The edit time is the caller's to
    /// stamp (`touch`), so this stays pure.
    pub fn apply(&mut self, edit: PlanEdit) -> Result<(), EditError> {
        use PlanEdit as E;
        match edit {
            E::Name(v) => self.name = v,
            E::Company(v) => self.role.company = v,
            E::Product(v) => self.role.product = v,
            E::Objective(v) => self.role.objective = v,
            E::ProjectKind(v) => self.role.project_kind = v,
            E::Scale(v) => self.role.scale = v,
            E::Need { id, on } => {
                if !crate::market::catalog::BACKEND_NEEDS
                    .iter()
                    .any(|n| n.id == id)
                {
                    return Err(EditError::UnknownNeed(id));
                }
                self.role.needs.retain(|n| *n != id);
                if on {
                    self.role.needs.push(id);
                }
            }
            E::SecurityCritical(v) => self.role.security_critical = v,
            E::NeedsUiWork(v) => self.role.needs_ui_work = v,
            E::Toggle { list, id } => {
                let item = match list {
                    ReqList::Technical => requirements::from_catalog(&id),
                    ReqList::Soft => requirements::soft_skill(&id),
                }
                .ok_or_else(|| EditError::UnknownCatalogItem(id.clone()))?;
                let l = self.list_mut(list);
                let on_list = l.iter().any(|r| r.id == id);
                if !on_list && l.len() >= requirements::MAX_ITEMS {
                    return Err(ListError::Full.into());
                }
                requirements::toggle(l, item);
            }
            E::Row { list, id, change } => {
                let l = self.list_mut(list);
                match change {
                    RowChange::Up => {
                        requirements::shift(l, &id, true);
                    }
                    RowChange::Down => {
                        requirements::shift(l, &id, false);
                    }
                    RowChange::Remove => l.retain(|r| r.id != id),
                    RowChange::Priority(p) => requirements::set_priority(l, &id, p),
                }
            }
            E::AddOwn {
                list,
                label,
                category,
            } => {
                let l = self.list_mut(list);
                let r = requirements::custom(l, &label, &category)?;
                l.push(r);
            }
            E::Mentoring(v) => self.seniority.mentoring_capacity = v,
            E::Complexity(v) => self.seniority.complexity = v,
            E::LeadsArchitecture(v) => self.seniority.leads_architecture = v,
            E::Level(v) => self.seniority.chosen = v,
            E::Kind(v) => self.engagement.kind = v,
            E::HoursPerWeek(v) => self.engagement.hours_per_week = v,
            E::Workplace(v) => self.engagement.workplace = v,
            E::HireCountry(v) => self.engagement.hire_country = country(v)?,
            E::CompanyCountry(v) => self.engagement.company_country = country(v)?,
            E::BothCountries(v) => {
                let v = country(Some(v))?;
                self.engagement.hire_country = v.clone();
                self.engagement.company_country = v;
            }
            E::TimeZones(v) => self.engagement.time_zones = v,
            E::Horizon(v) => self.engagement.horizon_months = v,
            E::Budget(v) => self.engagement.monthly_budget_usd = v,
            E::StartDate(v) => self.engagement.start_date = v,
            E::TogglePick(key) => {
                let mut shown = self.drawn_over_time();
                match shown.iter().position(|k| *k == key) {
                    Some(i) => {
                        shown.remove(i);
                    }
                    None => shown.push(key),
                }
                self.costs.picks = shown.iter().map(RouteKey::to_string).collect();
            }
            E::AddQuote => {
                self.costs.add_quote().ok_or(EditError::TooManyQuotes)?;
            }
            E::QuoteText { id, field, text } => *field.get_mut(self.quote_mut(&id)?) = text,
            E::QuoteRoute { id, route } => self.quote_mut(&id)?.route = route,
            E::QuoteBasis { id, basis } => self.quote_mut(&id)?.basis = basis,
            E::RemoveQuote(id) => {
                self.quote_mut(&id)?;
                self.costs.quotes.retain(|q| q.id != id);
            }
            E::Override { id, text } => {
                let Some(base) = base_of(&id) else {
                    return Err(EditError::UnknownFigure(id));
                };
                let v = parse_override(&text).map_err(EditError::Number)?;
                if base == Some(v) {
                    self.costs.overrides.remove(&id);
                } else {
                    self.costs.overrides.insert(id, v);
                }
            }
            E::ResetOverride(id) => {
                self.costs.overrides.remove(&id);
            }
            E::ResetOverrides => self.costs.overrides.clear(),
            E::WriteSection {
                section,
                text,
                draft,
            } => self.job_ad.write(section.key(), text, draft),
            E::RevertSection(section) => {
                self.job_ad.edits.remove(section.key());
            }
            E::KeepSectionText { section, draft } => {
                if let Some(e) = self.job_ad.edits.get_mut(section.key()) {
                    e.based_on = draft;
                }
            }
            E::Stage(change) => self.change_loop(change)?,
            E::ResetLoop => self.interviews.stages = None,
            E::AddQuestion(q) => {
                let q = q.trim().to_string();
                if q.is_empty() {
                    return Err(EditError::EmptyQuestion);
                }
                if self.interviews.own_questions.len() >= MAX_OWN_QUESTIONS {
                    return Err(EditError::TooManyQuestions);
                }
                self.interviews.own_questions.push(q);
            }
            E::RemoveQuestion(i) => {
                if i < self.interviews.own_questions.len() {
                    self.interviews.own_questions.remove(i);
                }
            }
            E::TimelineRoute(r) => {
                if !crate::hiring::timeline_routes().contains(&r) {
                    return Err(EditError::UnknownChannel(r.to_string()));
                }
                self.interviews.route = r;
            }
            E::MoveQuestion { question, stage } => {
                if stage >= interview_loop(self).len() {
                    return Err(EditError::NoSuchStage(stage));
                }
                self.interviews.question_stages.insert(question, stage);
            }
            E::AddCandidate { name, source } => {
                let name = name.trim().to_string();
                if name.is_empty() {
                    return Err(EditError::EmptyName);
                }
                check_text(&name)?;
                let source = channel(source)?;
                if self.candidates.len() >= MAX_CANDIDATES {
                    return Err(EditError::TooManyCandidates);
                }
                let id = (1..)
                    .map(|n| format!("c{n}"))
                    .find(|id| !self.candidates.iter().any(|c| c.id == *id))
                    .unwrap_or_default();
                self.candidates.push(Candidate {
                    id,
                    name,
                    source,
                    ..Candidate::default()
                });
            }
            E::CandidateText { id, field, text } => {
                check_text(&text)?;
                let c = self.candidate_mut(&id)?;
                match field {
                    CandidateField::Name => {
                        if text.trim().is_empty() {
                            return Err(EditError::EmptyName);
                        }
                        c.name = text;
                    }
                    CandidateField::Links => c.links = text,
                    CandidateField::Reason => c.reason = text,
                }
            }
            E::CandidateSource { id, source } => {
                let source = channel(source)?;
                self.candidate_mut(&id)?.source = source;
            }
            E::CandidateStage { id, stage } => {
                if stage >= interview_loop(self).len() {
                    return Err(EditError::NoSuchStage(stage));
                }
                self.candidate_mut(&id)?.stage = stage;
            }
            E::Rate {
                id,
                stage,
                interviewer,
                row,
                value,
            } => {
                if let Some(v) = value.filter(|v| !(1..=5).contains(v)) {
                    return Err(EditError::BadRating(v));
                }
                check_text(&interviewer)?;
                let card = self.scorecard_mut(&id, stage, interviewer)?;
                match value {
                    Some(v) => {
                        card.ratings.insert(row, v);
                    }
                    None => {
                        card.ratings.remove(&row);
                    }
                }
            }
            E::ScoreNotes {
                id,
                stage,
                interviewer,
                notes,
            } => {
                check_text(&notes)?;
                self.scorecard_mut(&id, stage, interviewer)?.notes = notes;
            }
            E::Decide {
                id,
                decision,
                reason,
            } => {
                check_text(&reason)?;
                if decision != Decision::Undecided && reason.trim().is_empty() {
                    return Err(EditError::NoReason);
                }
                let c = self.candidate_mut(&id)?;
                c.decision = decision;
                c.reason = reason;
            }
            E::RemoveCandidate(id) => {
                self.candidate_mut(&id)?;
                self.candidates.retain(|c| c.id != id);
            }
            E::RestoreCandidate(c) => {
                if self.candidates.len() >= MAX_CANDIDATES {
                    return Err(EditError::TooManyCandidates);
                }
                if !self.candidates.iter().any(|x| x.id == c.id) {
                    self.candidates.push(*c);
                }
            }
            E::OfferText { field, text } => {
                check_text(&text)?;
                *field.get_mut(&mut self.offer) = text;
            }
            E::OfferBasis(b) => self.offer.basis = b,
            E::OfferDate { field, date } => match field {
                OfferDate::Start => self.offer.start_date = date,
                OfferDate::ReplyBy => self.offer.reply_by = date,
                OfferDate::TrialStart => self.offer.trial_start = date,
            },
            E::IpAssignment(v) => self.offer.ip_assignment = v,
            E::Seen(step) => {
                crate::session::progress::mark_seen(self, step);
            }
        }
        Ok(())
    }

    fn candidate_mut(&mut self, id: &str) -> Result<&mut Candidate, EditError> {
        self.candidates
            .iter_mut()
            .find(|c| c.id == id)
            .ok_or_else(|| EditError::NoSuchCandidate(id.to_string()))
    }

    /// One interviewer's scorecard at one stage, made on first use.
    fn scorecard_mut(
        &mut self,
        id: &str,
        stage: usize,
        interviewer: String,
    ) -> Result<&mut Scorecard, EditError> {
        if stage >= interview_loop(self).len() {
            return Err(EditError::NoSuchStage(stage));
        }
        let interviewer = interviewer.trim().to_string();
        let c = self.candidate_mut(id)?;
        let at = c
            .scorecards
            .iter()
            .position(|s| s.is_for(stage, &interviewer));
        let i = match at {
            Some(i) => i,
            None => {
                if c.scorecards.len() >= MAX_SCORECARDS {
                    return Err(EditError::TooManyScorecards);
                }
                c.scorecards.push(Scorecard {
                    stage,
                    interviewer,
                    ..Scorecard::default()
                });
                c.scorecards.len() - 1
            }
        };
        Ok(&mut c.scorecards[i])
    }

    fn change_loop(&mut self, change: StageChange) -> Result<(), EditError> {
        let mut list = self
            .interviews
            .stages
            .clone()
            .unwrap_or_else(|| interview_loop(self));
        let n = list.len();
        let check = |i: usize| {
            if i < n {
                Ok(())
            } else {
                Err(EditError::NoSuchStage(i))
            }
        };
        match change {
            StageChange::Title(i, t) => {
                check(i)?;
                list[i].title = t;
            }
            StageChange::Minutes(i, m) => {
                check(i)?;
                list[i].minutes = m.clamp(MIN_MINUTES, MAX_MINUTES);
            }
            StageChange::Up(i) => {
                check(i)?;
                if i == 0 {
                    return Ok(());
                }
                list.swap(i, i - 1);
            }
            StageChange::Down(i) => {
                check(i)?;
                if i + 1 == n {
                    return Ok(());
                }
                list.swap(i, i + 1);
            }
            StageChange::Remove(i) => {
                check(i)?;
                list.remove(i);
            }
            StageChange::Add => {
                if n >= MAX_STAGES {
                    return Err(EditError::TooManyStages);
                }
                list.push(Stage {
                    title: "New stage".into(),
                    ..Stage::default()
                });
            }
        }
        self.interviews.stages = Some(list);
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::market::market;
    use crate::plan::PlanId;
    use chrono::{DateTime, Utc};

    fn plan() -> Plan {
        Plan::new(PlanId("p".into()), DateTime::<Utc>::UNIX_EPOCH)
    }

    fn refused(p: &mut Plan, e: PlanEdit) -> EditError {
        let before = p.clone();
        let err = p.apply(e).unwrap_err();
        assert_eq!(*p, before, "a refused edit changed the plan");
        assert!(!err.to_string().is_empty());
        err
    }

    #[test]
    fn role_fields_and_needs() {
        let mut p = plan();
        p.apply(PlanEdit::Name("Payments".into())).unwrap();
        p.apply(PlanEdit::Product("a payments API".into())).unwrap();
        p.apply(PlanEdit::Scale(Scale::HighTraffic)).unwrap();
        let need = crate::market::catalog::BACKEND_NEEDS[0].id.to_string();
        p.apply(PlanEdit::Need {
            id: need.clone(),
            on: true,
        })
        .unwrap();
        p.apply(PlanEdit::Need {
            id: need.clone(),
            on: true,
        })
        .unwrap();
        assert_eq!(p.role.needs, vec![need.clone()], "a need is listed once");
        p.apply(PlanEdit::Need {
            id: need,
            on: false,
        })
        .unwrap();
        assert!(p.role.needs.is_empty());
        assert_eq!(
            (p.name.as_str(), p.role.scale),
            ("Payments", Scale::HighTraffic)
        );
        let e = refused(
            &mut p,
            PlanEdit::Need {
                id: "no_such_need".into(),
                on: true,
            },
        );
        assert_eq!(e, EditError::UnknownNeed("no_such_need".into()));
    }

    #[test]
    fn requirements_toggle_reorder_and_limits() {
        let mut p = plan();
        let ids: Vec<&str> = crate::market::catalog::TECHNICAL
            .iter()
            .flat_map(|c| c.items.iter().map(|i| i.id))
            .take(3)
            .collect();
        for id in &ids {
            p.apply(PlanEdit::Toggle {
                list: ReqList::Technical,
                id: id.to_string(),
            })
            .unwrap();
        }
        assert_eq!(
            p.requirements
                .iter()
                .map(|r| r.id.as_str())
                .collect::<Vec<_>>(),
            ids
        );
        p.apply(PlanEdit::Row {
            list: ReqList::Technical,
            id: ids[2].into(),
            change: RowChange::Up,
        })
        .unwrap();
        assert_eq!(p.requirements[1].id, ids[2]);
        p.apply(PlanEdit::Row {
            list: ReqList::Technical,
            id: ids[0].into(),
            change: RowChange::Priority(Priority::NiceToHave),
        })
        .unwrap();
        assert_eq!(p.requirements[0].priority, Priority::NiceToHave);
        p.apply(PlanEdit::Toggle {
            list: ReqList::Technical,
            id: ids[0].into(),
        })
        .unwrap();
        assert_eq!(p.requirements.len(), 2, "a second toggle removes it");
        let e = refused(
            &mut p,
            PlanEdit::Toggle {
                list: ReqList::Soft,
                id: "no_such".into(),
            },
        );
        assert_eq!(e, EditError::UnknownCatalogItem("no_such".into()));
        // Own items: checked as the form promises.
        p.apply(PlanEdit::AddOwn {
            list: ReqList::Soft,
            label: " Patience ".into(),
            category: "soft".into(),
        })
        .unwrap();
        assert_eq!(p.soft_skills.last().unwrap().label, "Patience");
        let e = refused(
            &mut p,
            PlanEdit::AddOwn {
                list: ReqList::Soft,
                label: "patience".into(),
                category: "soft".into(),
            },
        );
        assert!(matches!(e, EditError::List(ListError::Duplicate(_))));
        refused(
            &mut p,
            PlanEdit::AddOwn {
                list: ReqList::Soft,
                label: "  ".into(),
                category: "soft".into(),
            },
        );
        while p.requirements.len() < requirements::MAX_ITEMS {
            let n = p.requirements.len();
            p.apply(PlanEdit::AddOwn {
                list: ReqList::Technical,
                label: format!("Tool {n}"),
                category: "other".into(),
            })
            .unwrap();
        }
        let e = refused(
            &mut p,
            PlanEdit::AddOwn {
                list: ReqList::Technical,
                label: "One more".into(),
                category: "other".into(),
            },
        );
        assert_eq!(e, EditError::List(ListError::Full));
        let unlisted = crate::market::catalog::TECHNICAL
            .iter()
            .flat_map(|c| c.items.iter())
            .find(|i| !p.requirements.iter().any(|r| r.id == i.id))
            .unwrap();
        let e = refused(
            &mut p,
            PlanEdit::Toggle {
                list: ReqList::Technical,
                id: unlisted.id.into(),
            },
        );
        assert_eq!(e, EditError::List(ListError::Full));
    }

    #[test]
    fn countries_must_be_in_the_market_data() {
        let mut p = plan();
        let id = market().countries[0].id.to_string();
        p.apply(PlanEdit::BothCountries(id.clone())).unwrap();
        assert_eq!(p.engagement.hire_country.as_deref(), Some(id.as_str()));
        assert_eq!(p.engagement.company_country.as_deref(), Some(id.as_str()));
        p.apply(PlanEdit::HireCountry(None)).unwrap();
        assert_eq!(p.engagement.hire_country, None);
        let e = refused(&mut p, PlanEdit::CompanyCountry(Some("atlantis".into())));
        assert_eq!(e, EditError::UnknownCountry("atlantis".into()));
        refused(&mut p, PlanEdit::BothCountries("atlantis".into()));
    }

    #[test]
    fn typed_fields_are_kept_as_typed() {
        // Invalid text is kept (nothing typed is lost); `progress::issues` flags it.
        let mut p = plan();
        p.apply(PlanEdit::Horizon("twelve".into())).unwrap();
        p.apply(PlanEdit::Budget("-5".into())).unwrap();
        assert_eq!(p.engagement.horizon_months, "twelve");
        assert_eq!(p.engagement.monthly_budget_usd, "-5");
    }

    #[test]
    fn quotes_add_edit_remove_and_limit() {
        let mut p = plan();
        p.apply(PlanEdit::AddQuote).unwrap();
        let id = p.costs.quotes[0].id.clone();
        p.apply(PlanEdit::QuoteText {
            id: id.clone(),
            field: QuoteField::Low,
            text: "40".into(),
        })
        .unwrap();
        p.apply(PlanEdit::QuoteBasis {
            id: id.clone(),
            basis: RateBasis::Monthly,
        })
        .unwrap();
        p.apply(PlanEdit::QuoteRoute {
            id: id.clone(),
            route: QuoteRoute::Agency,
        })
        .unwrap();
        let q = &p.costs.quotes[0];
        assert_eq!(
            (q.low.as_str(), q.basis, q.route),
            ("40", RateBasis::Monthly, QuoteRoute::Agency)
        );
        for f in QuoteField::ALL {
            p.apply(PlanEdit::QuoteText {
                id: id.clone(),
                field: f,
                text: f.slug().into(),
            })
            .unwrap();
            assert_eq!(f.get(&p.costs.quotes[0]), f.slug());
        }
        let e = refused(
            &mut p,
            PlanEdit::QuoteText {
                id: "q99".into(),
                field: QuoteField::Name,
                text: "x".into(),
            },
        );
        assert_eq!(e, EditError::NoSuchQuote("q99".into()));
        p.apply(PlanEdit::RemoveQuote(id)).unwrap();
        assert!(p.costs.quotes.is_empty());
        for _ in 0..MAX_QUOTES {
            p.apply(PlanEdit::AddQuote).unwrap();
        }
        assert_eq!(
            refused(&mut p, PlanEdit::AddQuote),
            EditError::TooManyQuotes
        );
    }

    #[test]
    fn overrides_are_parsed_checked_and_dropped_at_the_source_value() {
        let mut p = plan();
        let fig = &market().figures[0];
        let base = market().base_value(fig.id).unwrap();
        p.apply(PlanEdit::Override {
            id: fig.id.to_string(),
            text: format!("{}", base + 1.0),
        })
        .unwrap();
        assert_eq!(p.costs.overrides.get(fig.id), Some(&(base + 1.0)));
        p.apply(PlanEdit::Override {
            id: fig.id.to_string(),
            text: format!("{base}"),
        })
        .unwrap();
        assert!(
            p.costs.overrides.is_empty(),
            "the source's value is no override"
        );
        let e = refused(
            &mut p,
            PlanEdit::Override {
                id: fig.id.to_string(),
                text: "-3".into(),
            },
        );
        assert!(matches!(e, EditError::Number(_)));
        let e = refused(
            &mut p,
            PlanEdit::Override {
                id: "no.such".into(),
                text: "3".into(),
            },
        );
        assert_eq!(e, EditError::UnknownFigure("no.such".into()));
        // An assumption with no default can be set.
        let unset = market()
            .assumptions
            .iter()
            .find(|a| a.value.is_none())
            .unwrap();
        p.apply(PlanEdit::Override {
            id: unset.id.to_string(),
            text: "700".into(),
        })
        .unwrap();
        p.apply(PlanEdit::ResetOverride(unset.id.to_string()))
            .unwrap();
        assert!(p.costs.overrides.is_empty());
    }

    #[test]
    fn the_loop_is_copied_on_first_change_and_kept_in_limits() {
        let mut p = plan();
        let recommended = interview_loop(&p);
        p.apply(PlanEdit::Stage(StageChange::Minutes(0, 100_000)))
            .unwrap();
        let stages = p.interviews.stages.clone().unwrap();
        assert_eq!(stages.len(), recommended.len());
        assert_eq!(stages[0].minutes, MAX_MINUTES);
        p.apply(PlanEdit::Stage(StageChange::Minutes(0, 0)))
            .unwrap();
        assert_eq!(
            p.interviews.stages.as_ref().unwrap()[0].minutes,
            MIN_MINUTES
        );
        p.apply(PlanEdit::Stage(StageChange::Down(0))).unwrap();
        assert_eq!(
            p.interviews.stages.as_ref().unwrap()[1].title,
            recommended[0].title
        );
        let last = recommended.len() - 1;
        p.apply(PlanEdit::Stage(StageChange::Down(last))).unwrap();
        assert_eq!(
            refused(&mut p, PlanEdit::Stage(StageChange::Title(99, "x".into()))),
            EditError::NoSuchStage(99)
        );
        while p.interviews.stages.as_ref().unwrap().len() < MAX_STAGES {
            p.apply(PlanEdit::Stage(StageChange::Add)).unwrap();
        }
        assert_eq!(
            refused(&mut p, PlanEdit::Stage(StageChange::Add)),
            EditError::TooManyStages
        );
        p.apply(PlanEdit::ResetLoop).unwrap();
        assert_eq!(interview_loop(&p), recommended);
    }

    #[test]
    fn own_questions_are_trimmed_and_limited() {
        let mut p = plan();
        assert_eq!(
            refused(&mut p, PlanEdit::AddQuestion("   ".into())),
            EditError::EmptyQuestion
        );
        for n in 0..MAX_OWN_QUESTIONS {
            p.apply(PlanEdit::AddQuestion(format!(" Q{n}? "))).unwrap();
        }
        assert_eq!(p.interviews.own_questions[0], "Q0?");
        assert_eq!(
            refused(&mut p, PlanEdit::AddQuestion("more?".into())),
            EditError::TooManyQuestions
        );
        p.apply(PlanEdit::RemoveQuestion(0)).unwrap();
        p.apply(PlanEdit::RemoveQuestion(999)).unwrap();
        assert_eq!(p.interviews.own_questions.len(), MAX_OWN_QUESTIONS - 1);
    }

    #[test]
    fn section_edits_keep_the_draft_they_were_written_over() {
        let mut p = plan();
        let s = Section::Pay;
        p.apply(PlanEdit::WriteSection {
            section: s,
            text: "mine".into(),
            draft: "d1".into(),
        })
        .unwrap();
        p.apply(PlanEdit::WriteSection {
            section: s,
            text: "mine 2".into(),
            draft: "d2".into(),
        })
        .unwrap();
        assert_eq!(p.job_ad.edits[s.key()].based_on, "d1");
        assert_eq!(p.job_ad.edits[s.key()].text, "mine 2");
        p.apply(PlanEdit::KeepSectionText {
            section: s,
            draft: "d2".into(),
        })
        .unwrap();
        assert_eq!(p.job_ad.edits[s.key()].based_on, "d2");
        p.apply(PlanEdit::RevertSection(s)).unwrap();
        assert!(p.job_ad.edits.is_empty());
    }

    #[test]
    fn seen_steps_are_recorded_once() {
        let mut p = plan();
        p.apply(PlanEdit::Seen(Step::Costs)).unwrap();
        p.apply(PlanEdit::Seen(Step::Costs)).unwrap();
        assert_eq!(p.seen_steps, vec![Step::Costs.slug().to_string()]);
        p.apply(PlanEdit::Seen(Step::Role)).unwrap();
        assert_eq!(
            p.seen_steps.len(),
            1,
            "the role is answered by typing, not by opening"
        );
        p.apply(PlanEdit::Level(Some(Seniority::Senior))).unwrap();
        let toptal = RouteKey::Channel("toptal".into());
        p.apply(PlanEdit::TimelineRoute(toptal.clone())).unwrap();
        assert_eq!(
            refused(
                &mut p,
                PlanEdit::TimelineRoute(RouteKey::Channel("nowhere".into()))
            ),
            EditError::UnknownChannel("channel:nowhere".into())
        );
        assert_eq!(
            (p.seniority.chosen, &p.interviews.route),
            (Some(Seniority::Senior), &toptal)
        );
    }

    #[test]
    fn a_pick_toggles_against_what_the_chart_draws() {
        let mut p = plan();
        p.engagement.hire_country = Some("de".into());
        // Until the founder picks, the chart draws the default set; the core works it out.
        let default: Vec<String> = p.drawn_over_time().iter().map(|k| k.to_string()).collect();
        assert!(default.len() >= 2, "{default:?}");
        assert!(!default.contains(&"employee:ro".to_string()), "{default:?}");
        p.apply(PlanEdit::TogglePick(RouteKey::Employee("ro".into())))
            .unwrap();
        let mut added = default.clone();
        added.push("employee:ro".into());
        assert_eq!(p.costs.picks, added, "an option not drawn is added");
        let first = RouteKey::parse(&default[0]).unwrap();
        p.apply(PlanEdit::TogglePick(first)).unwrap();
        assert_eq!(p.costs.picks, added[1..], "a drawn option is taken away");
    }

    #[test]
    fn candidates_are_added_scored_decided_and_removed_within_limits() {
        let mut p = plan();
        assert_eq!(
            refused(
                &mut p,
                PlanEdit::AddCandidate {
                    name: " ".into(),
                    source: String::new()
                }
            ),
            EditError::EmptyName
        );
        assert_eq!(
            refused(
                &mut p,
                PlanEdit::AddCandidate {
                    name: "Ada".into(),
                    source: "nowhere".into()
                }
            ),
            EditError::UnknownChannel("nowhere".into())
        );
        p.apply(PlanEdit::AddCandidate {
            name: " Ada ".into(),
            source: "toptal".into(),
        })
        .unwrap();
        p.apply(PlanEdit::AddCandidate {
            name: "Bo".into(),
            source: String::new(),
        })
        .unwrap();
        assert_eq!(
            p.candidates
                .iter()
                .map(|c| c.id.as_str())
                .collect::<Vec<_>>(),
            ["c1", "c2"]
        );
        assert_eq!(p.candidates[0].name, "Ada");
        // Ratings: 1 to 5 only, one scorecard per stage and interviewer.
        let rate = |v| PlanEdit::Rate {
            id: "c1".into(),
            stage: 0,
            interviewer: "Sam".into(),
            row: "python".into(),
            value: v,
        };
        assert_eq!(refused(&mut p, rate(Some(6))), EditError::BadRating(6));
        assert_eq!(refused(&mut p, rate(Some(0))), EditError::BadRating(0));
        p.apply(rate(Some(4))).unwrap();
        p.apply(rate(Some(5))).unwrap();
        p.apply(PlanEdit::Rate {
            id: "c1".into(),
            stage: 0,
            interviewer: " Sam ".into(),
            row: "sql".into(),
            value: Some(3),
        })
        .unwrap();
        assert_eq!(p.candidates[0].scorecards.len(), 1);
        assert_eq!(p.candidates[0].scorecards[0].ratings["python"], 5);
        p.apply(rate(None)).unwrap();
        assert!(!p.candidates[0].scorecards[0].ratings.contains_key("python"));
        assert!(matches!(
            refused(
                &mut p,
                PlanEdit::Rate {
                    id: "c1".into(),
                    stage: 99,
                    interviewer: "Sam".into(),
                    row: "x".into(),
                    value: Some(3)
                }
            ),
            EditError::NoSuchStage(99)
        ));
        // A decision needs its reason.
        assert_eq!(
            refused(
                &mut p,
                PlanEdit::Decide {
                    id: "c2".into(),
                    decision: Decision::Reject,
                    reason: " ".into()
                }
            ),
            EditError::NoReason
        );
        p.apply(PlanEdit::Decide {
            id: "c2".into(),
            decision: Decision::Reject,
            reason: "No SQL depth".into(),
        })
        .unwrap();
        assert_eq!(p.candidates[1].decision, Decision::Reject);
        // Text limits.
        let long = "x".repeat(MAX_CANDIDATE_TEXT + 1);
        assert_eq!(
            refused(
                &mut p,
                PlanEdit::CandidateText {
                    id: "c1".into(),
                    field: CandidateField::Links,
                    text: long
                }
            ),
            EditError::TooLong
        );
        // Remove and undo.
        let ada = p.candidates[0].clone();
        p.apply(PlanEdit::RemoveCandidate("c1".into())).unwrap();
        assert_eq!(p.candidates.len(), 1);
        p.apply(PlanEdit::RestoreCandidate(Box::new(ada.clone())))
            .unwrap();
        p.apply(PlanEdit::RestoreCandidate(Box::new(ada))).unwrap();
        assert_eq!(p.candidates.len(), 2, "restored once");
        assert_eq!(
            refused(&mut p, PlanEdit::RemoveCandidate("c9".into())),
            EditError::NoSuchCandidate("c9".into())
        );
        // At most MAX_CANDIDATES.
        while p.candidates.len() < MAX_CANDIDATES {
            p.apply(PlanEdit::AddCandidate {
                name: "N".into(),
                source: String::new(),
            })
            .unwrap();
        }
        assert_eq!(
            refused(
                &mut p,
                PlanEdit::AddCandidate {
                    name: "One more".into(),
                    source: String::new()
                }
            ),
            EditError::TooManyCandidates
        );
    }

    #[test]
    fn the_offer_and_question_moves_are_edits() {
        let mut p = plan();
        p.apply(PlanEdit::OfferText {
            field: OfferField::Pay,
            text: "140000".into(),
        })
        .unwrap();
        p.apply(PlanEdit::OfferBasis(RateBasis::Yearly)).unwrap();
        let d = NaiveDate::from_ymd_opt(2027, 1, 4);
        p.apply(PlanEdit::OfferDate {
            field: OfferDate::ReplyBy,
            date: d,
        })
        .unwrap();
        p.apply(PlanEdit::IpAssignment(true)).unwrap();
        assert_eq!(
            (
                p.offer.pay.as_str(),
                p.offer.reply_by,
                p.offer.ip_assignment
            ),
            ("140000", d, true)
        );
        assert_eq!(OfferField::Pay.get(&p.offer), "140000");
        p.apply(PlanEdit::MoveQuestion {
            question: "Why?".into(),
            stage: 0,
        })
        .unwrap();
        assert_eq!(
            refused(
                &mut p,
                PlanEdit::MoveQuestion {
                    question: "Why?".into(),
                    stage: 99
                }
            ),
            EditError::NoSuchStage(99)
        );
    }
}

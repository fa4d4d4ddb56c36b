//! How each `PlanEdit` changes the plan: `Plan::apply`, with the limits and checks the screens
//! promise (a child of `edit`, which names the edits).

use super::{
    CandidateField, EditError, EditOutcome, OfferDate, PlanEdit, ReqList, RowChange, StageChange,
};
use crate::hiring::interview_loop;
use crate::market::{base_of, is_channel, is_country};
use crate::plan::{
    quote_kind, Candidate, Decision, DecisionRecord, Plan, Quote, RouteKey, Scorecard,
    ShortlistBefore, ShortlistRoute, Stage, MAX_CANDIDATES, MAX_CANDIDATE_TEXT, MAX_HISTORY,
    MAX_MINUTES, MAX_OWN_QUESTIONS, MAX_SCORECARDS, MAX_SHORTLIST, MAX_STAGES, MIN_MINUTES,
};
use crate::role::requirements::{self, ListError};
use crate::text::format::parse_override;

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
    pub(super) fn drawn_over_time(&self) -> Vec<RouteKey> {
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
    /// stamp (`touch`), so this stays pure. `apply_noting` also says what the edit did beyond
    /// the change asked for (a dropped route choice).
    pub fn apply(&mut self, edit: PlanEdit) -> Result<(), EditError> {
        self.apply_noting(edit).map(|_| ())
    }

    /// Applies one edit, and says what it did beyond the change asked for: an edit that
    /// leaves the chosen route without a route (RocketDevs once the plan is for an employee)
    /// drops the choice in the same edit, and the outcome carries the notice.
    pub fn apply_noting(&mut self, edit: PlanEdit) -> Result<EditOutcome, EditError> {
        use PlanEdit as E;
        // Only edits that change which routes exist can leave the choice without one.
        let reshapes = matches!(
            edit,
            E::Kind(_)
                | E::Level(_)
                | E::Mentoring(_)
                | E::Complexity(_)
                | E::LeadsArchitecture(_)
                | E::HoursPerWeek(_)
                | E::HireCountry(_)
                | E::CompanyCountry(_)
                | E::BothCountries(_)
                | E::RemoveQuote(_)
                | E::ChooseFromShortlist(_)
                | E::UndoShortlistChoice
        );
        self.change(edit)?;
        let mut outcome = EditOutcome::default();
        if reshapes && (self.route.chosen.is_some() || self.route.runner_up.is_some()) {
            outcome.dropped_route = crate::cost::decision::settle::settle(self);
        }
        Ok(outcome)
    }

    fn choose(&mut self, key: RouteKey) -> Result<(), EditError> {
        if let Some(why) = crate::cost::words::route::missing_sentence(self, &key) {
            return Err(EditError::NoSuchRoute(why));
        }
        if self.route.runner_up.as_ref() == Some(&key) {
            self.route.runner_up = self.route.chosen.take();
        }
        self.route.chosen = Some(key);
        self.route.dropped = None;
        Ok(())
    }

    /// Sets the engagement and the place a route of the shortlist is priced under, and returns
    /// the ones it replaced. In place rather than on a copy: a copy of the whole plan here put
    /// its cloning code on the first page (measured).
    fn engage_as(&mut self, r: &ShortlistRoute) -> ShortlistBefore {
        let kind = std::mem::replace(&mut self.engagement.kind, r.kind);
        let hire_country =
            std::mem::replace(&mut self.engagement.hire_country, r.hire_country.clone());
        ShortlistBefore {
            kind,
            hire_country,
            chosen: self.route.chosen.clone(),
            runner_up: self.route.runner_up.clone(),
            dropped: self.route.dropped.clone(),
        }
    }

    fn engage_back(&mut self, b: ShortlistBefore) {
        self.engagement.kind = b.kind;
        self.engagement.hire_country = b.hire_country;
    }

    /// Whether a shortlisted route exists under its own engagement and place; why not if not.
    fn check_shortlisted(&mut self, r: &ShortlistRoute) -> Result<(), EditError> {
        country(r.hire_country.clone())?;
        let before = self.engage_as(r);
        let why = crate::cost::words::route::missing_sentence(self, &r.route);
        self.engage_back(before);
        match why {
            Some(why) => Err(EditError::NoSuchRoute(why)),
            None => Ok(()),
        }
    }

    /// Goes with a route of the shortlist: its engagement, its place and the route, with what
    /// they replace kept for the undo.
    fn choose_shortlisted(&mut self, r: ShortlistRoute) -> Result<(), EditError> {
        if !self.shortlist.contains(&r) {
            return Err(EditError::NotShortlisted);
        }
        // The route the plan already follows: nothing to set, and the undo keeps what the
        // first choice replaced.
        if r.is_followed_by(self) {
            return Ok(());
        }
        country(r.hire_country.clone())?;
        let before = self.engage_as(&r);
        // `choose` changes nothing when it refuses.
        if let Err(e) = self.choose(r.route) {
            self.engage_back(before);
            return Err(e);
        }
        self.shortlist.before = Some(before);
        Ok(())
    }

    fn change(&mut self, edit: PlanEdit) -> Result<(), EditError> {
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
            E::Kind(v) => {
                self.engagement.kind = v;
                // The founder's own change: an undo would take it back silently.
                self.shortlist.before = None;
            }
            E::HoursPerWeek(v) => self.engagement.hours_per_week = v,
            E::Workplace(v) => self.engagement.workplace = v,
            E::HireCountry(v) => {
                self.engagement.hire_country = country(v)?;
                self.shortlist.before = None;
            }
            E::CompanyCountry(v) => self.engagement.company_country = country(v)?,
            E::BothCountries(v) => {
                let v = country(Some(v))?;
                self.engagement.hire_country = v.clone();
                self.engagement.company_country = v;
                self.shortlist.before = None;
            }
            E::TimeZones(v) => self.engagement.time_zones = v,
            E::Horizon(v) => self.engagement.horizon_months = v,
            E::Budget(v) => {
                // Typed into an empty field, the budget is in the display currency; typed over
                // an amount, it keeps that amount's.
                let was_empty = self.engagement.monthly_budget_usd.trim().is_empty();
                self.finances.budget_typed(was_empty);
                self.engagement.monthly_budget_usd = v;
            }
            E::Finance { field, text } => self.finances.set(field, text),
            E::DisplayCurrency(c) => self.finances.set_display(c),
            E::ShareCash(on) => self.finances.set_share_cash(on),
            E::ShareNames(on) => self.finances.set_share_names(on),
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
            E::QuoteText { id, field, text } => {
                let display = self.finances.display();
                let q = self.quote_mut(&id)?;
                // The quote's amounts are in the display currency of when the first was typed.
                if crate::plan::is_amount(field)
                    && [&q.low, &q.high, &q.one_off]
                        .iter()
                        .all(|t| t.trim().is_empty())
                {
                    // US dollars are the default, and defaults are not stored.
                    q.currency = if display == crate::text::currency::Currency::Usd {
                        String::new()
                    } else {
                        display.code().to_string()
                    };
                }
                *field.get_mut(q) = text;
            }
            E::QuoteRoute { id, route } => {
                self.quote_mut(&id)?.route = route;
                // On the shortlist, the quote moves to the kind of hire it now prices (by
                // `quote_kind`, as `ShortlistRoute::from_plan` files it): an employee's quote
                // under an employee, a contractor's never under one. Two entries that become one
                // are kept once.
                let key = RouteKey::Quote(id);
                let mut kept: Vec<ShortlistRoute> = Vec::new();
                for mut r in std::mem::take(&mut self.shortlist.routes) {
                    if r.route == key {
                        // An entry filed as a salary is filed again beside the plan's
                        // engagement; another keeps its own unless the quote is now a salary.
                        let beside = if r.kind.is_employee() {
                            self.engagement.kind
                        } else {
                            r.kind
                        };
                        r.kind = quote_kind(route, beside);
                    }
                    if !kept.contains(&r) {
                        kept.push(r);
                    }
                }
                self.shortlist.routes = kept;
            }
            E::QuoteBasis { id, basis } => self.quote_mut(&id)?.basis = basis,
            E::RemoveQuote(id) => {
                self.quote_mut(&id)?;
                self.costs.quotes.retain(|q| q.id != id);
                // A removed quote leaves the shortlist with it.
                self.shortlist
                    .routes
                    .retain(|r| r.route != RouteKey::Quote(id.clone()));
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
            E::AddQuestion { question, stage } => {
                let q = question.trim().to_string();
                if q.is_empty() {
                    return Err(EditError::EmptyQuestion);
                }
                if self.interviews.own_questions.len() >= MAX_OWN_QUESTIONS {
                    return Err(EditError::TooManyQuestions);
                }
                if stage >= interview_loop(self).len() {
                    return Err(EditError::NoSuchStage(stage));
                }
                // Its stage is kept as a moved question's is: by its words.
                self.interviews.question_stages.insert(q.clone(), stage);
                self.interviews.own_questions.push(q);
            }
            E::RemoveQuestion(i) => {
                if i < self.interviews.own_questions.len() {
                    let q = self.interviews.own_questions.remove(i);
                    if !self.interviews.own_questions.contains(&q) {
                        self.interviews.question_stages.remove(&q);
                    }
                }
            }
            E::TimelineRoute(r) | E::ChooseRoute(r) => {
                self.choose(r)?;
                self.shortlist.before = None;
            }
            E::AddToShortlist(r) => {
                if self.shortlist.contains(&r) {
                    return Err(EditError::AlreadyShortlisted);
                }
                if self.shortlist.len() >= MAX_SHORTLIST {
                    return Err(EditError::ShortlistFull);
                }
                self.check_shortlisted(&r)?;
                self.shortlist.routes.push(r);
            }
            E::RemoveFromShortlist(r) => {
                if !self.shortlist.contains(&r) {
                    return Err(EditError::NotShortlisted);
                }
                self.shortlist.routes.retain(|x| *x != r);
            }
            E::ChooseFromShortlist(r) => self.choose_shortlisted(r)?,
            E::UndoShortlistChoice => {
                let b = self
                    .shortlist
                    .before
                    .take()
                    .ok_or(EditError::NothingToUndo)?;
                self.engagement.kind = b.kind;
                self.engagement.hire_country = b.hire_country;
                self.route.chosen = b.chosen;
                self.route.runner_up = b.runner_up;
                self.route.dropped = b.dropped;
            }
            E::RunnerUp(r) => {
                if let Some(key) = &r {
                    if let Some(why) = crate::cost::words::route::missing_sentence(self, key) {
                        return Err(EditError::NoSuchRoute(why));
                    }
                    if self.route.chosen.as_ref() == Some(key) {
                        self.route.chosen = None;
                    }
                }
                self.route.runner_up = r;
            }
            E::ClearRoute => {
                self.route.chosen = None;
                self.route.dropped = None;
                self.shortlist.before = None;
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
                self.drop_empty_cards(&id)?;
            }
            E::ScoreNotes {
                id,
                stage,
                interviewer,
                notes,
            } => {
                check_text(&notes)?;
                self.scorecard_mut(&id, stage, interviewer)?.notes = notes;
                self.drop_empty_cards(&id)?;
            }
            E::NameScorecard {
                id,
                stage,
                from,
                to,
            } => {
                check_text(&to)?;
                let to = to.trim().to_string();
                let c = self.candidate_mut(&id)?;
                let Some(at) = c.scorecards.iter().position(|s| s.is_for(stage, &from)) else {
                    return Ok(());
                };
                if c.scorecards[at].interviewer == to {
                    return Ok(());
                }
                if c.scorecard(stage, &to).is_some() {
                    return Err(EditError::CardTaken(to));
                }
                c.scorecards[at].interviewer = to;
            }
            E::Decide {
                id,
                decision,
                reason,
                on,
            } => {
                check_text(&reason)?;
                if decision != Decision::Undecided && reason.trim().is_empty() {
                    return Err(EditError::NoReason);
                }
                let stages = interview_loop(self).len();
                let c = self.candidate_mut(&id)?;
                let at = c.stage;
                // What the decision does: the next stage, or after the last one the offer.
                let done = match decision {
                    Decision::Advance if at + 1 < stages => {
                        c.stage = at + 1;
                        Decision::Advance
                    }
                    Decision::Advance => Decision::Offer,
                    Decision::Undecided | Decision::Offer | Decision::Reject => decision,
                };
                // Moved on, the candidate waits for the next stage's decision.
                c.decision = if done == Decision::Advance {
                    Decision::Undecided
                } else {
                    done
                };
                c.reason = reason.clone();
                if decision != Decision::Undecided {
                    c.history.push(DecisionRecord {
                        decision: done,
                        stage: at,
                        reason,
                        on,
                    });
                    if c.history.len() > MAX_HISTORY {
                        c.history.remove(0);
                    }
                }
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
            E::OfferBasis(b) => self.offer.basis = Some(b),
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

    /// A card emptied of its ratings and notes counts for nothing: it goes.
    fn drop_empty_cards(&mut self, id: &str) -> Result<(), EditError> {
        self.candidate_mut(id)?.scorecards.retain(|s| !s.is_empty());
        Ok(())
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

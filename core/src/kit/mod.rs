//! The interview kit and what follows it: questions by stage, anchored scorecard rows, the
//! take-home brief, the reference call, candidates compared on evidence, the trial plan and
//! the offer, all from the plan and the sources' advice.

use crate::cost::AdPay;
use crate::hiring::{interview_loop, Origin, Question};
use crate::job_ad::checks::assesses;
use crate::market::{ids, market};
use crate::plan::{Candidate, Plan, Priority, RateBasis, Requirement, Stage, StageKind};
use crate::role::seniority;
use crate::text::format::{self as dates, DateStyle};
use chrono::{Days, NaiveDate};

pub mod questions;

pub use crate::story::terms::{offer_terms, route_trial, OfferTerms, RouteTrial};
pub use questions::{questions, runtime_gaps};

/// One stage of the kit: what it assesses and the questions asked there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StageKit {
    pub stage: Stage,
    /// The must-haves and soft skills this stage gives evidence of.
    pub assesses: Vec<Requirement>,
    pub questions: Vec<Question>,
}

/// The scorecard's rows: every must-have, then every soft skill.
pub use crate::hiring::scorecard as rows;

/// The stage a question is asked at by default: the first stage that assesses a category the
/// question is about, else the first stage that is not the reference call.
fn default_stage(q: &Question, stages: &[Stage], rows: &[Requirement]) -> usize {
    let by_topic = stages.iter().position(|s| {
        rows.iter()
            .any(|r| q.tags.contains(&r.category.as_str()) && assesses(s, r))
    });
    by_topic
        .or_else(|| stages.iter().position(|s| s.kind != StageKind::References))
        .unwrap_or(0)
}

/// The loop with what each stage assesses and the questions it asks, the founder's own among
/// them (the founder's choice of stage kept where the stage still exists).
pub fn stages(plan: &Plan) -> Vec<StageKit> {
    let loop_ = interview_loop(plan);
    let rows = rows(plan);
    let mut out: Vec<StageKit> = loop_
        .iter()
        .map(|s| StageKit {
            stage: s.clone(),
            assesses: rows.iter().filter(|r| assesses(s, r)).cloned().collect(),
            questions: Vec::new(),
        })
        .collect();
    if out.is_empty() {
        return out;
    }
    for q in questions(plan) {
        let moved = plan
            .interviews
            .question_stages
            .get(&q.question)
            .copied()
            .filter(|i| *i < out.len());
        let i = moved.unwrap_or_else(|| default_stage(&q, &loop_, &rows));
        out[i].questions.push(q);
    }
    out
}

/// Must-haves that no stage of the loop assesses.
pub fn unassessed(plan: &Plan) -> Vec<Requirement> {
    let loop_ = interview_loop(plan);
    plan.requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave)
        .filter(|r| !loop_.iter().any(|s| assesses(s, r)))
        .cloned()
        .collect()
}

/// What a 1, a 3 and a 5 mean for one scorecard row.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Anchors {
    pub one: String,
    pub three: String,
    pub five: String,
}

/// Anchors written from the requirement: its kind decides what evidence looks like.
pub fn anchors(r: &Requirement) -> Anchors {
    let name = r.label.split(" (").next().unwrap_or(&r.label).trim();
    let (one, three, five) = match r.category.as_str() {
        "language" | "framework" => (
            format!("Cannot explain code they wrote in {name}; answers stay at tutorial level."),
            format!("Has shipped working {name} code and explains its structure; needs help with the framework's limits."),
            format!("Explains {name}'s internals and trade-offs from their own projects, and would raise the team's standard."),
        ),
        "database" => (
            format!("Has used {name} only through an ORM; cannot say why a query is slow."),
            format!("Designs a sound {name} schema and uses indexes; has fixed a slow query with help."),
            format!("Has tuned {name} under real load: indexing, query plans, migrations without downtime."),
        ),
        "api" => (
            format!("Has consumed APIs but not designed one; no view on {name}."),
            format!("Designs clear endpoints with {name} and errors; knows authentication basics."),
            format!("Designs {name} with versioning, authentication and rate limiting, and explains the trade-offs."),
        ),
        "cloud" | "devops" => (
            format!("Has not deployed to {name} themselves."),
            format!("Deploys and monitors a service on {name} with a pipeline someone else set up."),
            format!("Sets up {name} deployment, monitoring and scaling, and weighs the cost."),
        ),
        "testing" => (
            format!("Writes no tests, or tests that only restate the code ({name})."),
            format!("Tests the main paths with {name}; misses edge cases."),
            format!("Tests edge cases and failures with {name}, and keeps the suite fast and trusted."),
        ),
        "security" => (
            format!("Cannot name a common vulnerability; {name} is not a habit."),
            format!("Validates input and keeps secrets out of code; knows the OWASP Top 10 by name ({name})."),
            format!("Designs with {name} from the start: threat models, least privilege, and audits of their own code."),
        ),
        "soft" => (
            format!("Little sign of {} in how they describe past work.", crate::text::names::lower(name)),
            format!("Gives one concrete example of {}.", crate::text::names::lower(name)),
            format!("Several concrete examples of {}, including when it was hard.", crate::text::names::lower(name)),
        ),
        _ => (
            format!("No real experience with {name}."),
            format!("Has used {name} on real work and explains what they did."),
            format!("Has used {name} in depth and explains its trade-offs from experience."),
        ),
    };
    Anchors { one, three, five }
}

/// The interview guide: each stage with what it assesses and its questions, then the
/// scorecard's anchors. Markdown, for the interviewers.
pub fn guide(plan: &Plan) -> String {
    let mut out = String::from("# Interview guide\n\n");
    for (i, k) in stages(plan).iter().enumerate() {
        out.push_str(&format!(
            "## {}. {} ({} minutes)\n\n{}\n\n",
            i + 1,
            k.stage.title,
            k.stage.minutes,
            k.stage.what
        ));
        if !k.assesses.is_empty() {
            let names: Vec<&str> = k.assesses.iter().map(|r| r.label.as_str()).collect();
            out.push_str(&format!("**Assesses:** {}\n\n", names.join(", ")));
        }
        for q in &k.questions {
            out.push_str(&guide_line(q));
        }
        if !k.questions.is_empty() {
            out.push('\n');
        }
    }
    let gaps = unassessed(plan);
    if !gaps.is_empty() {
        let names: Vec<&str> = gaps.iter().map(|r| r.label.as_str()).collect();
        out.push_str(&format!(
            "**Not assessed by any stage:** {}\n\n",
            names.join(", ")
        ));
    }
    out.push_str("## Scorecard anchors\n\n");
    for r in rows(plan) {
        let a = anchors(&r);
        out.push_str(&format!(
            "**{}**\n- 1: {}\n- 3: {}\n- 5: {}\n\n",
            r.label, a.one, a.three, a.five
        ));
    }
    out
}

/// One question of the guide, saying where its words come from.
fn guide_line(q: &Question) -> String {
    match &q.origin {
        Origin::Source => format!("- {} (a good answer shows: {})\n", q.question, q.good_answer),
        Origin::Adapted(_) => format!(
            "- {} (a good answer shows: {}) Adapted to your plan from a question in \u{201c}{}\u{201d}.\n",
            q.question,
            q.good_answer,
            market().source(q.source).map_or(q.source, |s| s.title)
        ),
        Origin::Own => format!("- {} (your own question)\n", q.question),
    }
}

/// The take-home brief: built from the stack and the objective, scoped to the source's two to
/// four hours, with its marking rubric and how to submit. Markdown.
pub fn take_home(plan: &Plan) -> String {
    let stack: Vec<&str> = plan
        .requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave)
        .filter(|r| matches!(r.category.as_str(), "language" | "framework" | "database"))
        .map(|r| r.label.as_str())
        .collect();
    let stack = if stack.is_empty() {
        "the language and database you know best".to_string()
    } else {
        stack.join(", ")
    };
    let product = plan.role.product.trim();
    let domain = if product.is_empty() {
        "a small product".to_string()
    } else {
        product.to_string()
    };
    let objective = plan.role.objective.trim();
    let mut out = format!(
        "# Take-home exercise\n\n\
         **Time:** 2 to 4 hours. Stop at 4 hours and write down what you would do next.\n\n\
         **Stack:** {stack}.\n\n\
         ## The task\n\n\
         Build a small API for {domain}, with a database connection, tests, and documented decisions.\n\n"
    );
    if !objective.is_empty() {
        out.push_str(&format!("The problem it relates to: {objective}\n\n"));
    }
    out.push_str(
        "- Two or three endpoints that create, read and list one kind of record.\n\
         - The records are stored in the database; include how to create its schema.\n\
         - Tests for the main paths and at least one failure.\n\
         - A short README: how to run it, and the decisions you made and why.\n\n\
         ## How it is marked\n\n\
         - **Organisation:** can someone else find their way around the code?\n\
         - **Edge cases:** what happens with bad input, a missing record, a failed connection?\n\
         - **Tests:** do they cover what matters, and do they pass?\n\
         - **Decisions:** are the trade-offs written down and reasonable?\n\
         - **The follow-up conversation:** we will talk it through with you; how you explain it counts as much as whether it runs.\n\n\
         ## How to submit\n\n\
         Send a link to a repository (or a zip file) by reply, within a week of receiving this. \
         Tell us if you need more time.\n",
    );
    out
}

/// The reference call: the source's questions, asked of a previous manager.
pub fn reference_script(plan: &Plan) -> String {
    let who = if plan.role.company.trim().is_empty() {
        "our company".to_string()
    } else {
        plan.role.company.trim().to_string()
    };
    format!(
        "# Reference call\n\n\
         Ask a previous manager, about 30 minutes. Introduce yourself: you are hiring a backend \
         developer at {who}, and the candidate named them as a referee.\n\n\
         1. How did you work together, and for how long?\n\
         2. Were deadlines met? Tell me about one that was at risk.\n\
         3. How did they handle disagreements about technical direction?\n\
         4. Did they raise problems early? Give an example.\n\
         5. What would they need from a manager to do their best work?\n\
         6. Would you hire them again, for what kind of work?\n\n\
         Note answers word for word where you can; compare them with what the candidate told you.\n"
    )
}

/// One cell of the comparison: a candidate's average rating on a row, or a gap.
pub type Cell = Option<f64>;

/// Every candidate's ratings by scorecard row. A row nobody rated is a gap (None), never 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    pub rows: Vec<Requirement>,
    pub candidates: Vec<String>,
    /// cells[row][candidate].
    pub cells: Vec<Vec<Cell>>,
}

pub fn compare(plan: &Plan) -> Comparison {
    let rows = rows(plan);
    let cells = rows
        .iter()
        .map(|r| plan.candidates.iter().map(|c| average(c, &r.id)).collect())
        .collect();
    Comparison {
        rows,
        candidates: plan.candidates.iter().map(|c| c.name.clone()).collect(),
        cells,
    }
}

/// A candidate's average rating on one row over every scorecard that rated it.
pub fn average(c: &Candidate, row: &str) -> Cell {
    let found: Vec<f64> = c
        .scorecards
        .iter()
        .filter_map(|s| s.ratings.get(row))
        .map(|v| f64::from(*v))
        .collect();
    (!found.is_empty()).then(|| found.iter().sum::<f64>() / found.len() as f64)
}

/// A dated plan for the trial a route offers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrialPlan {
    pub channel: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// Decide by the last day, before a billed trial turns into paid work.
    pub decide_by: NaiveDate,
    /// How the length was found: the source's figure, or the founder's.
    pub length_basis: String,
    pub day_one: Vec<String>,
    pub judge: Vec<String>,
    pub go_no_go: Vec<String>,
}

/// Why a trial plan cannot be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TrialGap {
    NoTrial,
    /// The source does not give the length; the founder enters it.
    LengthNotGiven(String),
    /// No route chosen, and the plan is not for an employee: choose one on Costs.
    NoRouteChosen,
    /// An employee's probation, whose length the founder has not set (an assumption).
    ProbationNotSet,
}

/// The trial for a channel (`rocketdevs`, `toptal`, `turing`), starting `start`.
pub fn trial_plan(plan: &Plan, channel: &str, start: NaiveDate) -> Result<TrialPlan, TrialGap> {
    let m = market();
    let ch = m.channel(channel).ok_or(TrialGap::NoTrial)?;
    let trial = ch.deal.trial.as_ref().ok_or(TrialGap::NoTrial)?;
    let own = crate::story::terms::own_days(plan);
    let (days, basis) = match (&trial.days, own) {
        (_, Some(d)) => (d, "your figure".to_string()),
        (Some(id), None) => match m.value(id, &plan.costs.overrides) {
            Some(u) => (
                u.value,
                format!(
                    "{} ({})",
                    m.quote(id).unwrap_or("the source"),
                    m.short_citation(id)
                ),
            ),
            None => return Err(TrialGap::LengthNotGiven(ch.name.to_string())),
        },
        (None, None) => return Err(TrialGap::LengthNotGiven(ch.name.to_string())),
    };
    Ok(dated_trial(plan, ch.name, days, basis, start))
}

/// The trial on the plan's route, on its own terms: the channel's trial from its deal, an
/// employee's probation (an assumption the founder sets), or why there is none.
pub fn route_trial_plan(plan: &Plan, start: NaiveDate) -> Result<TrialPlan, TrialGap> {
    match route_trial(plan) {
        RouteTrial::NoRouteChosen => Err(TrialGap::NoRouteChosen),
        RouteTrial::None { .. } => Err(TrialGap::NoTrial),
        RouteTrial::Probation { days: None, .. } => Err(TrialGap::ProbationNotSet),
        RouteTrial::Probation { days: Some(d), .. } => Ok(dated_trial(
            plan,
            "Probation period",
            f64::from(d),
            "your assumption (the sources give no probation length)".into(),
            start,
        )),
        RouteTrial::Platform { .. } => {
            let id = plan
                .route
                .chosen
                .as_ref()
                .and_then(|k| k.channel())
                .unwrap_or_default();
            trial_plan(plan, id, start)
        }
    }
}

/// A trial of `days` from `start`, named and with how its length was found.
fn dated_trial(plan: &Plan, name: &str, days: f64, basis: String, start: NaiveDate) -> TrialPlan {
    let days = days.round().max(1.0) as u64;
    let end = start.checked_add_days(Days::new(days - 1)).unwrap_or(start);
    let musts: Vec<&Requirement> = plan
        .requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave)
        .collect();
    let mut judge: Vec<String> = musts
        .iter()
        .map(|r| format!("{}: {}", r.label, anchors(r).three))
        .collect();
    judge.extend(
        crate::hiring::onboarding(plan).1[0]
            .1
            .iter()
            .take(3)
            .map(|g| format!("30-day goal, started: {g}")),
    );
    TrialPlan {
        channel: name.to_string(),
        start,
        end,
        decide_by: end,
        length_basis: basis,
        day_one: vec![
            "Access: repository, issue tracker, chat, and a development environment that runs.".into(),
            "One small, real task with a clear finish, chosen before the trial starts.".into(),
            "The people they can ask, and a daily time to check in.".into(),
            "How they will be judged: the list below, shared with them.".into(),
        ],
        judge,
        go_no_go: vec![
            "Go: the task is done or nearly, the code is reviewed and merged, and their questions were the right ones.".into(),
            "Go: they raised problems early and you would trust them with the next task alone.".into(),
            "No go: work stalled without a word, or a must-have was missing in practice.".into(),
        ],
    }
}

/// The offer's pay checked against the Costs step's range for the level and location.
#[derive(Clone, Debug, PartialEq)]
pub enum PayCheck {
    /// No range to check against (the sources give none for this choice).
    NoRange(String),
    NotANumber,
    Within(AdPay),
    Below(AdPay),
    Above(AdPay),
}

/// The offer's pay checked against the chosen route's range, in the route's basis (or the
/// job ad's range, named as the default, while no route is chosen).
pub fn check_pay(plan: &Plan) -> PayCheck {
    let terms = offer_terms(plan);
    let range = match terms.range {
        Ok(r) => r,
        Err(why) => return PayCheck::NoRange(why),
    };
    // The pay is typed in the founder's currency; the range is in US dollars until shown.
    let rate = crate::cost::runway::finance::display_rate(plan);
    let Some(v) = crate::text::currency::parse_money(plan.offer.pay.trim(), rate.currency())
        .ok()
        .and_then(|m| rate.to_usd(m).ok())
        .map(|usd| usd.as_f64())
    else {
        return PayCheck::NotANumber;
    };
    // Compare like with like: the offer is read per the range's basis.
    let Some(v) = convert(v, terms.basis, range.per, plan) else {
        return PayCheck::NoRange("the hours model's figures are missing from the data".into());
    };
    if v < range.range.low().as_f64() {
        PayCheck::Below(range)
    } else if v > range.range.high().as_f64() {
        PayCheck::Above(range)
    } else {
        PayCheck::Within(range)
    }
}

/// A rate from one basis to another with the one hours model in force (hours a full-time
/// month and week, from the figures the Costs step uses).
fn convert(v: f64, from: RateBasis, to: RateBasis, plan: &Plan) -> Option<f64> {
    let m = market();
    let o = &plan.costs.overrides;
    let month = m.value(ids::HOURS_PER_MONTH, o)?.value;
    let week = m.value(ids::HOURS_PER_WEEK, o)?.value.max(1.0);
    let monthly = |b: RateBasis| match b {
        RateBasis::Hourly => month,
        RateBasis::Weekly => month / week,
        RateBasis::Monthly => 1.0,
        RateBasis::Yearly => 1.0 / 12.0,
    };
    Some(v * monthly(from) / monthly(to))
}

/// The days a candidate is given to reply when the founder sets no date: an assumption in the
/// data (the source says only to move quickly), editable with the others.
pub fn reply_days(plan: &Plan) -> Option<u64> {
    market()
        .value(ids::OFFER_REPLY_DAYS, &plan.costs.overrides)
        .map(|u| u.value.round().max(0.0) as u64)
}

/// The reply-by date in force: the founder's, else the assumed days after `today`.
pub fn reply_by(plan: &Plan, today: NaiveDate) -> Option<NaiveDate> {
    plan.offer
        .reply_by
        .or_else(|| today.checked_add_days(Days::new(reply_days(plan)?)))
}

/// The one-page offer summary, in Markdown. It is not a contract, and says so.
pub fn offer_summary(plan: &Plan, today: NaiveDate) -> String {
    let o = &plan.offer;
    let or_blank = |s: &str| {
        if s.trim().is_empty() {
            "[to fill in]".to_string()
        } else {
            s.trim().to_string()
        }
    };
    let date = |d: Option<NaiveDate>| {
        d.map(|d| dates::date(d, DateStyle::Long))
            .unwrap_or_else(|| "[to fill in]".into())
    };
    let level = seniority::effective(plan);
    let story = crate::story::story(plan, today);
    let per = story.offer.basis;
    let start = story.offer_start;
    // The pay as typed, in the founder's currency: "€58", never a bare "58".
    let pay = {
        use crate::text::currency::{parse_money, Precision};
        let currency = story.money.currency();
        match parse_money(o.pay.trim(), currency) {
            Ok(m) if m.minor() % 10i64.pow(currency.minor_digits()) == 0 => {
                m.format(Precision::Whole)
            }
            Ok(m) => m.format(Precision::Minor),
            Err(_) if o.pay.trim().is_empty() => "[to fill in]".to_string(),
            Err(_) => format!("{} ({})", o.pay.trim(), currency.code()),
        }
    };
    let role = format!("{} backend developer", level.title());
    let mut out = format!("# Offer: {role}\n\n");
    if !plan.role.company.trim().is_empty() {
        out.push_str(&format!("**Company:** {}\n\n", plan.role.company.trim()));
    }
    if plan.engagement.kind.is_employee() {
        out.push_str(&format!(
            "- **Base pay:** {} {}\n- **Equity:** {}\n- **Benefits:** {}\n- **Start date:** {}\n",
            pay,
            per.label(),
            if o.equity.trim().is_empty() {
                "none".to_string()
            } else {
                o.equity.trim().to_string()
            },
            or_blank(&o.benefits),
            date(start),
        ));
    } else {
        out.push_str(&format!(
            "- **Rate:** {} {}\n- **Expected hours:** {} a week\n- **Contract length:** {} months\n- **Notice:** {} weeks\n- **Trial:** {}\n- **IP assignment:** {}\n- **Start date:** {}\n",
            pay,
            per.label(),
            or_blank(&o.hours_per_week),
            or_blank(&o.length_months),
            or_blank(&o.notice_weeks),
            if o.trial_days.trim().is_empty() { trial_line(plan) } else { format!("{} days", o.trial_days.trim()) },
            if o.ip_assignment { "the work and its intellectual property belong to the company" } else { "[to agree]" },
            date(start),
        ));
    }
    out.push_str(&format!(
        "- **Please reply by:** {}\n\n",
        date(reply_by(plan, today))
    ));
    out.push_str("This summary is not a contract. Have a lawyer check the contract before anyone signs it.\n");
    out
}

/// The offer's trial line, from the route's own terms.
fn trial_line(plan: &Plan) -> String {
    match route_trial(plan) {
        RouteTrial::Platform {
            channel,
            days,
            up_to,
            billed,
            ..
        } => format!(
            "{channel}'s terms: {}",
            crate::cost::words::trial(days, up_to, billed)
        ),
        RouteTrial::None { .. } => "none".into(),
        RouteTrial::Probation { days: Some(d), .. } => format!("probation, {d} days"),
        RouteTrial::Probation { days: None, .. } | RouteTrial::NoRouteChosen => "[to agree]".into(),
    }
}

/// A kit document as plain text: the Markdown marks taken out, the words kept.
pub fn plain_text(markdown: &str) -> String {
    markdown
        .lines()
        .map(|l| {
            let l = l.trim_start_matches('#').trim_start();
            l.replace("**", "")
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests;

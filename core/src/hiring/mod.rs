//! The hiring loop, the questions and scorecard, the timeline and the onboarding plan, all from
//! the sources' advice and fitted to the plan.

use crate::market::ids;
use crate::market::market;
use crate::plan::{
    EngagementKind, Plan, Priority, Requirement, Route, Scale, Seniority, Stage, StageKind,
};
use crate::role::seniority;
use crate::text::format::days_words;
use crate::text::format::{self as dates, DateStyle};
use chrono::{Days, NaiveDate};

fn stage(kind: StageKind, title: &str, minutes: u32, what: &str) -> Stage {
    Stage {
        kind,
        title: title.into(),
        minutes,
        what: what.into(),
    }
}

/// The loop the sources describe, fitted to level and engagement.
pub fn default_loop(plan: &Plan) -> Vec<Stage> {
    let level = seniority::effective(plan);
    let contract = plan.engagement.kind != EngagementKind::FullTimeEmployee;
    let mut stages = vec![stage(
        StageKind::PhoneScreen,
        "Technical phone screen",
        25,
        "The candidate walks through a system they built: its architecture, why those technologies, what they would do differently. Tests communication and architectural thinking at once.",
    )];
    if contract || level == Seniority::Junior {
        stages.push(stage(
            StageKind::LiveCoding,
            "Live coding session",
            60,
            "A small piece of real work together. Watch how they organise code, handle edge cases and respond to follow-up questions.",
        ));
    } else {
        stages.push(stage(
            StageKind::TakeHome,
            "Take-home exercise",
            180,
            "Build a small API with a database connection, write tests for it, and document the design decisions (2 to 4 hours). Judge organisation, edge cases and the follow-up conversation, not only whether it runs.",
        ));
    }
    if level == Seniority::Senior {
        stages.push(stage(
            StageKind::SystemDesign,
            "System design interview",
            60,
            "A real-world scenario, e.g. the backend for a messaging app with 10,000 concurrent users. Look for reasoning about scalability, storage, caching and failure modes; there is no single right answer.",
        ));
    }
    stages.push(stage(
        StageKind::References,
        "Reference checks",
        30,
        "Ask previous managers specific questions: were deadlines met, how were disagreements about technical direction handled, were problems raised early?",
    ));
    stages
}

/// Where a recommended stage's length comes from: the source's own words (with its id), or
/// that it is an assumption because no source gives one. `None` for a stage the founder added.
pub fn minutes_basis(kind: StageKind) -> Option<(&'static str, Option<&'static str>)> {
    Some(match kind {
        StageKind::PhoneScreen => ("The source: 20 to 30 minutes.", Some("fits-your-team-2026")),
        StageKind::TakeHome => (
            "The source: two to four hours.",
            Some("fits-your-team-2026"),
        ),
        StageKind::LiveCoding => ("The source: one hour.", Some("fits-your-team-2026")),
        StageKind::SystemDesign => ("Assumption: no source gives a length for this stage.", None),
        StageKind::References => (
            "Assumption: no source gives a length; about 30 minutes a referee.",
            None,
        ),
        StageKind::Custom => return None,
    })
}

/// The loop in force: the founder's edited one, else the default.
pub fn interview_loop(plan: &Plan) -> Vec<Stage> {
    plan.interviews
        .stages
        .clone()
        .unwrap_or_else(|| default_loop(plan))
}

/// A question from the sources with what a good answer shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub topic: &'static str,
    pub question: String,
    pub good_answer: String,
    /// Catalogue categories or soft-skill ids it belongs to.
    pub tags: &'static [&'static str],
    pub source: &'static str,
}

fn q(
    topic: &'static str,
    question: &str,
    good: &str,
    tags: &'static [&'static str],
    source: &'static str,
) -> Question {
    Question {
        topic,
        question: question.into(),
        good_answer: good.into(),
        tags,
        source,
    }
}

/// The question bank: the ten skills with what to ask, and Toptal's five questions.
pub fn question_bank() -> Vec<Question> {
    vec![
        q("Languages", "Walk me through a recent project in your language of choice.", "Real, hands-on proficiency: their explanation tells more than any test.", &["language", "framework"], "ten-skills"),
        q("Databases", "Tell me about a time you improved query performance or fixed a slow database.", "Optimised queries, schema design, indexing, migrations without downtime; real answers reveal real experience.", &["database", "observability"], "ten-skills"),
        q("Databases", "What role do databases play in server-side development, and how would you optimise database performance in a high-traffic application?", "Indexing, caching frequently read data, sharding across servers: an understanding of scalability under load.", &["database", "messaging"], "toptal-2026"),
        q("APIs", "How do you version, authenticate and rate-limit an API?", "API versioning, OAuth 2.0 or JWT, rate limiting: expected in professional backend work.", &["api", "security"], "ten-skills"),
        q("Cloud and DevOps", "How does your code get deployed, monitored and scaled?", "Comfort with the deployment lifecycle: containers, CI/CD, infrastructure as code, cloud services.", &["cloud", "devops"], "ten-skills"),
        q("Cloud", "What are the trade-offs between managed services (AWS Lambda, Azure Functions) and running your own infrastructure?", "Less maintenance and automatic scaling against customisation limits and cost at scale: technical and cost implications weighed.", &["cloud", "devops"], "toptal-2026"),
        q("Security", "How do you handle sensitive user data in your applications?", "Whether security is a habit: input validation, OWASP Top 10, encryption, secret management, HTTPS.", &["security"], "ten-skills"),
        q("Version control", "How do you branch, review and merge code in a team?", "Branching strategy, pull requests and code review, resolving conflicts, clear commit messages.", &["testing"], "ten-skills"),
        q("Problem solving", "A database query suddenly takes 30 seconds, or traffic spikes: what do you do?", "Clear thinking under pressure; how they reason, not just what they answer.", &["problem_solving", "analytical_thinking", "observability"], "ten-skills"),
        q("Scalability", "How have you scaled a system built for 100 users to 10,000?", "Specific examples: caching, load balancing, horizontal vs vertical scaling, queues, sharding and replication.", &["messaging", "observability", "system_thinking"], "ten-skills"),
        q("Frameworks", "Tell me about a challenge you faced with your preferred framework and how you solved it.", "Knowledge of its internals, limits and best practices, not just its API.", &["framework"], "ten-skills"),
        q("Communication", "Explain a complex technical decision you made to a non-technical stakeholder.", "Clear documentation and explanations, professional code review, clarifying questions before assuming.", &["communication", "collaboration"], "ten-skills"),
        q("Memory", "How does garbage collection work in Java or Python, and what should you consider about memory in the cloud?", "Knowing when memory is freed, and that resource use in the cloud is cost.", &["language", "cloud"], "toptal-2026"),
        q("Concurrency", "Explain the difference between synchronous and asynchronous programming on the server.", "Non-blocking handling of I/O-bound work such as database queries and API calls, for many simultaneous requests.", &["language", "messaging"], "toptal-2026"),
        q("Architecture", "Describe microservices architecture, its benefits and its challenges.", "Independent deployment and scaling, fault isolation; against service communication, data consistency and distributed complexity.", &["devops", "api", "system_thinking"], "toptal-2026"),
    ]
}

/// Questions for the plan: those touching a must-have's category or a chosen soft skill.
pub fn questions_for(plan: &Plan) -> Vec<Question> {
    let mut tags: Vec<&str> = plan
        .requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave)
        .map(|r| r.category.as_str())
        .collect();
    tags.extend(plan.soft_skills.iter().map(|s| s.id.as_str()));
    let bank = question_bank();
    if tags.is_empty() {
        return bank;
    }
    bank.into_iter()
        .filter(|q| q.tags.iter().any(|t| tags.contains(t)))
        .collect()
}

/// The scorecard's rows: every must-have, then every soft skill (`kit::anchors` says what a
/// 1, a 3 and a 5 mean for each).
pub fn scorecard(plan: &Plan) -> Vec<Requirement> {
    plan.requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave)
        .chain(plan.soft_skills.iter())
        .cloned()
        .collect()
}

pub const RECOMMENDATIONS: [&str; 4] = ["Strong yes", "Yes", "No", "Strong no"];

/// One phase of the timeline, with its dates.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phase {
    pub name: String,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub phases: Vec<Phase>,
    pub start_work: NaiveDate,
    /// Problems with the dates, each with a suggested fix.
    pub flags: Vec<String>,
}

impl Timeline {
    /// Each phase as days from the first step (start, end): the rows of the timeline chart.
    pub fn chart_rows(&self) -> Vec<(String, (u32, u32))> {
        let first = self
            .phases
            .first()
            .map(|p| p.start)
            .unwrap_or(self.start_work);
        let days = |d: NaiveDate| (d - first).num_days().max(0) as u32;
        self.phases
            .iter()
            .map(|p| (p.name.clone(), (days(p.start), days(p.end))))
            .collect()
    }
}

fn add(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_add_days(Days::new(days)).unwrap_or(d)
}

fn sub(d: NaiveDate, days: u64) -> NaiveDate {
    d.checked_sub_days(Days::new(days)).unwrap_or(d)
}

/// The time each route takes, from the figures in force, each with the id of its source
/// article: what the Interviews step says above the timeline. A line whose figure is missing
/// from the data is left out, never shown as zero.
pub fn route_times(plan: &Plan) -> Vec<(String, &'static str)> {
    let m = market();
    let o = &plan.costs.overrides;
    let val = |id: &str| m.value(id, o).map(|u| u.value);
    let n = crate::text::format::plain_number;
    let weeks = |lo: &str, hi: &str| Some((n(val(lo)?), n(val(hi)?)));
    [
        weeks(ids::JOB_BOARD_WEEKS_LOW, ids::JOB_BOARD_WEEKS_HIGH).map(|(lo, hi)| {
            (
                format!("Job boards: {lo} to {hi} weeks for a full-time hire"),
                "fits-your-team-2026",
            )
        }),
        weeks(ids::TEN_SKILLS_WEEKS_LOW, ids::TEN_SKILLS_WEEKS_HIGH).map(|(lo, hi)| {
            (
                format!("or {lo} to {hi} weeks (the timeline takes the slowest)"),
                "ten-skills",
            )
        }),
        val(ids::TOPTAL_HIRE).map(|d| {
            (
                format!("Toptal about {} to hire", days_words(d)),
                "toptal-2026",
            )
        }),
        val(ids::LEMON_MATCH).map(|d| {
            (
                format!("Lemon.io a match within {}", days_words(d)),
                "fits-your-team-2026",
            )
        }),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// How `phases_for` splits the job-board total across its steps, said where the timeline is
/// shown: the sources give the total only, so the split is an assumption (editable).
pub const JOB_BOARD_SPLIT: &str = "The sources give job boards' total only: its split across the steps below (a share to posting and sourcing, the rest evenly across the later steps) is an assumption you can change on the Costs step.";

/// Phases as (name, days, note), in order, for a route.
fn phases_for(route: Route, plan: &Plan) -> Vec<(String, u64, String)> {
    let m = market();
    let o = &plan.costs.overrides;
    let val = |id: &str| m.value(id, o).map(|u| u.value).unwrap_or(0.0).max(0.0);
    let employee = plan.engagement.kind == EngagementKind::FullTimeEmployee;
    let notice = if employee {
        (val(ids::NOTICE_WEEKS) * 7.0).round() as u64
    } else {
        0
    };
    match route {
        Route::JobBoard => {
            // The source's slowest case, 6 weeks, split across the steps of the process as
            // `JOB_BOARD_SPLIT` says.
            let total = (val(ids::JOB_BOARD_WEEKS_HIGH) * 7.0).round() as u64;
            let share = (val(ids::JOB_BOARD_SOURCING_SHARE) / 100.0).clamp(0.0, 0.9);
            let sourcing = ((total as f64 * share).round() as u64).max(1);
            let part = (total.saturating_sub(sourcing) / 4).max(1);
            let mut v = vec![
                ("Post the job and source candidates".to_string(), sourcing, "Post on the boards and search proactively (LinkedIn filters, Stack Overflow, daily.dev).".to_string()),
                ("Phone screens".into(), part, "20 to 30 minutes each.".into()),
                ("Take-home or live coding".into(), part, "Give 2 to 4 hours for a take-home.".into()),
                ("Final interviews and references".into(), part, "System design for senior roles; reference checks.".into()),
                ("Offer".into(), total.saturating_sub(sourcing + part * 3).max(1), "Move quickly: strong candidates have several offers.".into()),
            ];
            if notice > 0 {
                v.push((
                    "Notice period".into(),
                    notice,
                    "An assumption: change it under Figures and assumptions on the Costs step."
                        .into(),
                ));
            }
            v
        }
        Route::Toptal | Route::Lemon => {
            let (id, name) = if route == Route::Toptal {
                (ids::TOPTAL_HIRE, "Toptal")
            } else {
                (ids::LEMON_MATCH, "Lemon.io")
            };
            let mut v = vec![
                (
                    if route == Route::Toptal {
                        format!("{name} matches and you hire")
                    } else {
                        format!("{name} matches candidates")
                    },
                    val(id).round().max(1.0) as u64,
                    if route == Route::Toptal {
                        format!("The source: about {} to hire.", days_words(val(id)))
                    } else {
                        format!(
                            "The source: a match within {}; your interviews follow.",
                            days_words(val(id))
                        )
                    },
                ),
                (
                    "Your interviews".into(),
                    val(ids::PLATFORM_INTERVIEW_DAYS).round().max(1.0) as u64,
                    "A phone screen and a live session: the platform has vetted them (assumption)."
                        .into(),
                ),
            ];
            if notice > 0 && route == Route::Lemon {
                v.push((
                    "Notice period".into(),
                    notice,
                    "For a full-time placement (assumption).".into(),
                ));
            }
            v
        }
    }
}

/// The timeline for a route, ending at the target start date (or starting today).
pub fn timeline(plan: &Plan, route: Route, today: NaiveDate) -> Timeline {
    let parts = phases_for(route, plan);
    let total: u64 = parts.iter().map(|p| p.1).sum();
    let earliest = add(today, total);
    let mut flags = Vec::new();
    let start_work = match plan.engagement.start_date {
        Some(target) if target < today => {
            flags.push(format!(
                "The target start date, {}, is in the past. Pick a new one: {} is the earliest this route allows.",
                dates::date(target, DateStyle::Long),
                dates::date(earliest, DateStyle::Long)
            ));
            earliest
        }
        Some(target) if target < earliest => {
            flags.push(format!(
                "{} is too soon for this route: it takes about {total} days, so the earliest start is {}. Move the date, or use a vetted platform that matches in days.",
                dates::date(target, DateStyle::Long),
                dates::date(earliest, DateStyle::Long)
            ));
            earliest
        }
        Some(target) => target,
        None => earliest,
    };
    let mut cursor = sub(start_work, total);
    let mut phases = Vec::new();
    for (name, days, note) in parts {
        let end = add(cursor, days);
        phases.push(Phase {
            name,
            start: cursor,
            end,
            note,
        });
        cursor = end;
    }
    // The offer's reply-by date, once the founder sets it, sits on the same timeline; a date
    // after the offer phase ends pushes the start back, and is flagged.
    if let Some(reply) = plan.offer.reply_by {
        if let Some(offer) = phases.iter().find(|p| p.name == "Offer").cloned() {
            if reply > offer.end {
                flags.push(format!(
                    "The offer's reply-by date, {}, is after the offer phase ends ({}): the hire cannot start on {}. Ask for a reply sooner, or move the start date.",
                    dates::date(reply, DateStyle::Long),
                    dates::date(offer.end, DateStyle::Long),
                    dates::date(start_work, DateStyle::Long)
                ));
            }
        }
        phases.push(Phase {
            name: "Offer: reply by".into(),
            start: reply,
            end: reply,
            note: "Your offer's reply-by date.".into(),
        });
    }
    // The trial runs from the first day of work.
    let trial = match route {
        Route::Toptal => market().base_value(ids::TOPTAL_TRIAL),
        _ => None,
    };
    if let Some(days) = trial {
        phases.push(Phase {
            name: "No-risk trial".into(),
            start: start_work,
            end: add(start_work, days as u64),
            note: "Toptal: up to two weeks, billed only if satisfied.".into(),
        });
    }
    Timeline {
        phases,
        start_work,
        flags,
    }
}

/// The first two weeks and the 30/60/90-day goals, fitted to the role.
pub fn onboarding(plan: &Plan) -> (Vec<String>, [(u32, Vec<String>); 3]) {
    let level = seniority::effective(plan);
    let first_weeks = vec![
        "Day 1: access to the codebase, documentation and development environment".to_string(),
        "Day 1: meet the onboarding buddy who answers how things work in practice".to_string(),
        "Week 1: ship a small, well-defined first task to production".to_string(),
        "Week 2: pair on a real feature; agree the 30/60/90-day goals together".to_string(),
    ];
    let main = plan
        .requirements
        .iter()
        .find(|r| r.priority == Priority::MustHave)
        .map(|r| r.label.clone())
        .unwrap_or_else(|| "the main stack".into());
    let thirty = vec![
        format!("Complete a feature end to end in {main}"),
        "Take part in code reviews".to_string(),
    ];
    let mut sixty =
        vec!["Own one service or component, including its tests and monitoring".to_string()];
    if plan.role.scale != Scale::Prototype {
        sixty.push("Measurably improve one thing: e.g. reduce API response times".into());
    }
    let mut ninety = vec!["Do independent code reviews and plan work with the team".to_string()];
    if level == Seniority::Senior || plan.seniority.leads_architecture {
        ninety.push("Propose and lead an architecture improvement".into());
    }
    if plan.role.security_critical {
        ninety.push("Review authentication, authorization and data protection".into());
    }
    (first_weeks, [(30, thirty), (60, sixty), (90, ninety)])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::requirements::{from_catalog, soft_skill};

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn the_job_board_split_is_what_the_timeline_says() {
        let mut plan = Plan::default();
        let phases = phases_for(Route::JobBoard, &plan);
        let total: u64 = phases.iter().take(5).map(|(_, d, _)| d).sum();
        // The slowest case, 6 weeks; a third (33%) to posting and sourcing.
        assert_eq!(total, 42);
        assert_eq!(phases[0].1, 14);
        assert!(!phases[1..4].is_empty(), "nothing to check");
        assert!(phases[1..4].iter().all(|(_, d, _)| *d == 7), "{phases:?}");
        assert!(JOB_BOARD_SPLIT.contains("a share to posting and sourcing"));
        // The share is an assumption the founder can change, and the timeline follows it.
        plan.costs
            .overrides
            .insert(ids::JOB_BOARD_SOURCING_SHARE.into(), 50.0);
        let phases = phases_for(Route::JobBoard, &plan);
        assert_eq!(phases[0].1, 21);
        assert_eq!(phases.iter().take(5).map(|(_, d, _)| d).sum::<u64>(), 42);
    }

    #[test]
    fn route_times_follow_the_figures_in_force() {
        let mut plan = Plan::default();
        let text = |p: &Plan| {
            route_times(p)
                .into_iter()
                .map(|(t, _)| t)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            text(&plan),
            [
                "Job boards: 3 to 6 weeks for a full-time hire",
                "or 2 to 6 weeks (the timeline takes the slowest)",
                "Toptal about 2 days to hire",
                "Lemon.io a match within 1 day"
            ]
        );
        plan.costs
            .overrides
            .insert(ids::JOB_BOARD_WEEKS_HIGH.into(), 8.0);
        assert_eq!(
            text(&plan)[0],
            "Job boards: 3 to 8 weeks for a full-time hire"
        );
        assert!(route_times(&plan)
            .iter()
            .all(|(_, s)| market().source(s).is_some()));
    }

    #[test]
    fn the_notice_period_edited_as_an_assumption_moves_the_timeline() {
        let mut plan = Plan::default();
        let before = timeline(&plan, Route::JobBoard, d(2026, 11, 24)).start_work;
        plan.costs.overrides.insert(ids::NOTICE_WEEKS.into(), 8.0);
        let after = timeline(&plan, Route::JobBoard, d(2026, 11, 24)).start_work;
        assert_eq!((after - before).num_days(), 28);
    }

    #[test]
    fn every_recommended_length_is_sourced_or_an_assumption() {
        for level in [Seniority::Junior, Seniority::Mid, Seniority::Senior] {
            let mut plan = Plan::default();
            plan.seniority.chosen = Some(level);
            for stage in default_loop(&plan) {
                let (basis, source) = minutes_basis(stage.kind).expect("a recommended stage");
                // Either a source is named, or the text says it is an assumption.
                assert!(
                    source.is_some() != basis.starts_with("Assumption"),
                    "{basis}"
                );
            }
        }
        assert_eq!(minutes_basis(StageKind::Custom), None);
    }

    #[test]
    fn the_loop_follows_level_and_engagement() {
        let mut p = Plan::default();
        let kinds = |p: &Plan| default_loop(p).iter().map(|s| s.kind).collect::<Vec<_>>();
        assert_eq!(
            kinds(&p),
            [
                StageKind::PhoneScreen,
                StageKind::TakeHome,
                StageKind::References
            ]
        );
        p.seniority.chosen = Some(Seniority::Senior);
        assert_eq!(
            kinds(&p),
            [
                StageKind::PhoneScreen,
                StageKind::TakeHome,
                StageKind::SystemDesign,
                StageKind::References
            ]
        );
        p.engagement.kind = EngagementKind::Hourly;
        assert_eq!(kinds(&p)[1], StageKind::LiveCoding);
        assert_eq!(default_loop(&p)[0].minutes, 25);
        assert!(default_loop(&p)[2].what.contains("10,000 concurrent users"));
    }

    #[test]
    fn questions_follow_the_must_haves() {
        let mut p = Plan::default();
        assert_eq!(questions_for(&p).len(), question_bank().len());
        p.requirements = vec![from_catalog("postgresql").unwrap()];
        let qs = questions_for(&p);
        assert!(!qs.is_empty(), "nothing to check");
        assert!(qs.iter().all(|q| q.tags.contains(&"database")));
        assert!(qs.iter().any(|q| q.question.contains("slow database")));
    }

    #[test]
    fn scorecard_has_a_row_per_must_have_and_soft_skill() {
        let p = Plan {
            requirements: vec![from_catalog("go").unwrap(), from_catalog("kafka").unwrap()],
            soft_skills: vec![soft_skill("communication").unwrap()],
            ..Plan::default()
        };
        let rows = scorecard(&p);
        let skills: Vec<_> = rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(skills, ["Go", "Communication"]);
    }

    #[test]
    fn job_board_timeline_ends_on_the_start_date() {
        let mut p = Plan::default();
        p.engagement.start_date = Some(d(2027, 3, 1));
        let t = timeline(&p, Route::JobBoard, d(2026, 11, 23));
        assert_eq!(t.start_work, d(2027, 3, 1));
        assert!(t.flags.is_empty());
        // 42 days of hiring + 28 days of notice end on the start date.
        assert_eq!(t.phases.last().unwrap().end, d(2027, 3, 1));
        assert_eq!(t.phases[0].start, d(2026, 12, 21));
        for w in t.phases.windows(2) {
            assert_eq!(w[0].end, w[1].start);
        }
    }

    #[test]
    fn chart_rows_count_days_from_the_first_step() {
        let mut p = Plan::default();
        p.engagement.start_date = Some(d(2027, 3, 1));
        let rows = timeline(&p, Route::JobBoard, d(2026, 11, 23)).chart_rows();
        assert_eq!(
            rows[0],
            ("Post the job and source candidates".to_string(), (0, 14))
        );
        assert_eq!(rows.last().unwrap().1, (42, 70));
    }

    #[test]
    fn month_ends_and_leap_years() {
        let mut p = Plan::default();
        p.engagement.kind = EngagementKind::FullTimeContractor;
        // Lemon.io: 1 day to match + 5 days of interviews, no notice for a contractor.
        p.engagement.start_date = Some(d(2028, 3, 1));
        let t = timeline(&p, Route::Lemon, d(2028, 1, 31));
        assert_eq!(t.phases[0].start, d(2028, 2, 24));
        assert_eq!(t.phases[1].start, d(2028, 2, 25));
        // From today with no date: 31 January + 6 days.
        p.engagement.start_date = None;
        assert_eq!(
            timeline(&p, Route::Lemon, d(2027, 1, 31)).start_work,
            d(2027, 2, 6)
        );
        // Across 29 February.
        assert_eq!(
            timeline(&p, Route::Toptal, d(2028, 2, 26)).start_work,
            d(2028, 3, 4)
        );
        assert_eq!(
            timeline(&p, Route::Toptal, d(2027, 2, 26)).start_work,
            d(2027, 3, 5)
        );
    }

    #[test]
    fn past_and_too_soon_dates_are_flagged_with_a_fix() {
        let mut p = Plan::default();
        p.engagement.start_date = Some(d(2026, 11, 1));
        let t = timeline(&p, Route::JobBoard, d(2026, 11, 23));
        assert!(t.flags[0].contains("in the past"));
        assert_eq!(t.start_work, d(2027, 2, 1));
        p.engagement.start_date = Some(d(2026, 12, 1));
        let t = timeline(&p, Route::JobBoard, d(2026, 11, 23));
        assert!(t.flags[0].contains("too soon"), "{:?}", t.flags);
        assert!(t.flags[0].contains("vetted platform"));
        // The same date works through a platform for a contractor.
        p.engagement.kind = EngagementKind::FullTimeContractor;
        assert!(timeline(&p, Route::Toptal, d(2026, 11, 23))
            .flags
            .is_empty());
    }

    #[test]
    fn onboarding_fits_the_role() {
        let mut p = Plan {
            requirements: vec![from_catalog("go").unwrap()],
            ..Plan::default()
        };
        p.role.security_critical = true;
        p.seniority.chosen = Some(Seniority::Senior);
        let (weeks, goals) = onboarding(&p);
        assert!(weeks[0].contains("Day 1: access"));
        assert!(weeks.iter().any(|w| w.contains("buddy")));
        assert!(goals[0].1[0].contains("in Go"));
        assert!(goals[2].1.iter().any(|g| g.contains("architecture")));
        assert!(goals[2].1.iter().any(|g| g.contains("authentication")));
    }

    #[test]
    fn the_offers_reply_by_date_is_on_the_timeline_and_flagged_when_late() {
        let today = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
        let mut p = Plan::default();
        let t = timeline(&p, Route::JobBoard, today);
        assert!(!t.phases.iter().any(|x| x.name == "Offer: reply by"));
        let offer_end = t.phases.iter().find(|x| x.name == "Offer").unwrap().end;
        p.offer.reply_by = Some(offer_end);
        let t = timeline(&p, Route::JobBoard, today);
        let m = t
            .phases
            .iter()
            .find(|x| x.name == "Offer: reply by")
            .unwrap();
        assert_eq!((m.start, m.end), (offer_end, offer_end));
        assert!(t.flags.is_empty(), "{:?}", t.flags);
        p.offer.reply_by = offer_end.checked_add_days(Days::new(10));
        let t = timeline(&p, Route::JobBoard, today);
        assert!(
            t.flags.iter().any(|f| f.contains("reply-by date")),
            "{:?}",
            t.flags
        );
    }
}

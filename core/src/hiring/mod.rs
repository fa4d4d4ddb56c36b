//! The hiring loop, the questions and scorecard, the timeline and the onboarding plan, all from
//! the sources' advice and fitted to the plan.

pub mod afford;
pub mod timeline;
pub mod words;

pub use timeline::{
    plan_route, plan_timeline, route_times, timeline, timeline_routes, Phase, PhaseKind, RouteTime,
    Timeline, TimelineFlag,
};
pub use words::{route_label, route_time, JOB_BOARD_SPLIT};

use crate::plan::{
    EngagementKind, Plan, Priority, Requirement, Scale, Seniority, Stage, StageKind,
};
use crate::role::seniority;

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

/// Where a question's wording comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// The source's own words.
    Source,
    /// The source's question adapted to the plan (its language named): the source's words.
    Adapted(String),
    /// The founder's own question.
    Own,
}

/// What a question about a language's runtime asks of it (`kit::questions` names the
/// must-have language).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Runtime {
    Memory,
    Concurrency,
    Errors,
}

/// A question from the sources with what a good answer shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Question {
    pub topic: &'static str,
    pub question: String,
    pub good_answer: String,
    /// Catalogue categories or soft-skill ids it belongs to.
    pub tags: &'static [&'static str],
    /// The source's id; empty for the founder's own question.
    pub source: &'static str,
    pub origin: Origin,
    /// A question about a language's runtime, adapted to each must-have language.
    pub runtime: Option<Runtime>,
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
        origin: Origin::Source,
        runtime: None,
    }
}

/// A question about a language's runtime.
fn about(runtime: Runtime, question: Question) -> Question {
    Question {
        runtime: Some(runtime),
        ..question
    }
}

/// The question bank: the ten skills article's questions and the hiring guide's five (each
/// with its source id).
pub fn question_bank() -> Vec<Question> {
    vec![
        about(Runtime::Errors, q("Languages", "Walk me through a recent project in your language of choice.", "Real, hands-on proficiency: their explanation tells more than any test.", &["language", "framework"], "ten-skills")),
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
        about(Runtime::Memory, q("Memory", "How does garbage collection work in Java or Python, and what should you consider about memory in the cloud?", "Knowing when memory is freed, and that resource use in the cloud is cost.", &["language", "cloud"], "toptal-2026")),
        about(Runtime::Concurrency, q("Concurrency", "Explain the difference between synchronous and asynchronous programming on the server.", "Non-blocking handling of I/O-bound work such as database queries and API calls, for many simultaneous requests.", &["language", "messaging"], "toptal-2026")),
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
mod tests;

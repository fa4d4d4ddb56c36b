//! The kit's questions: the sources' bank, its runtime questions adapted to each must-have
//! language, and the founder's own questions.

use crate::hiring::{questions_for, Origin, Question, Runtime};
use crate::job_ad::findings::{wording, Runtime as LanguageRuntime};
use crate::plan::{Plan, Priority, Requirement};

/// The must-have languages, in the plan's order.
fn languages(plan: &Plan) -> Vec<&Requirement> {
    plan.requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave && r.category == "language")
        .collect()
}

/// What the data says of a language's runtime, if it knows the language.
fn runtime_of(r: &Requirement) -> Option<&'static LanguageRuntime> {
    wording().runtimes.iter().find(|l| l.id == r.id)
}

/// A runtime question of the bank, adapted to one language: the source's words kept beside it.
fn adapt(q: &Question, aspect: Runtime, l: &LanguageRuntime) -> Question {
    let name = &l.name;
    let (question, detail) = match aspect {
        Runtime::Memory => (
            format!(
                "How does {} work, and what should you consider about memory in the cloud?",
                l.memory
            ),
            &l.memory_detail,
        ),
        Runtime::Concurrency => (
            format!(
                "Explain the difference between synchronous and asynchronous programming on the server in {name}: how do {} serve many requests at once?",
                l.concurrency
            ),
            &l.concurrency_detail,
        ),
        Runtime::Errors => (
            format!(
                "Walk me through a recent project in {name}, and how its code handled errors ({}).",
                l.errors
            ),
            &l.errors_detail,
        ),
    };
    Question {
        question,
        good_answer: format!("{} In {name}: {detail}.", q.good_answer),
        origin: Origin::Adapted(q.question.clone()),
        ..q.clone()
    }
}

/// The founder's own question, as the kit lists it.
pub fn own(question: &str) -> Question {
    Question {
        topic: "Your question",
        question: question.to_string(),
        good_answer: String::new(),
        tags: &[],
        source: "",
        origin: Origin::Own,
        runtime: None,
    }
}

/// Every question of the plan's kit: the bank's questions for the must-haves, each runtime
/// question once per must-have language the data knows (never about another language), then
/// the founder's own.
pub fn questions(plan: &Plan) -> Vec<Question> {
    let langs = languages(plan);
    let mut out = Vec::new();
    for q in questions_for(plan) {
        let Some(aspect) = q.runtime else {
            out.push(q);
            continue;
        };
        let before = out.len();
        for l in langs.iter().filter_map(|r| runtime_of(r)) {
            out.push(adapt(&q, aspect, l));
        }
        // With no language to adapt it to, the source's question stands, unless it names
        // languages the plan does not use (the memory question names Java and Python).
        if out.len() == before && (langs.is_empty() || aspect != Runtime::Memory) {
            out.push(q);
        }
    }
    out.extend(plan.interviews.own_questions.iter().map(|q| own(q)));
    out
}

/// The must-have languages the bank has no runtime question for: the kit says so, rather than
/// asking about another language.
pub fn runtime_gaps(plan: &Plan) -> Vec<Requirement> {
    languages(plan)
        .into_iter()
        .filter(|r| runtime_of(r).is_none())
        .cloned()
        .collect()
}

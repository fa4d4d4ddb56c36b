//! Tests of `kit/mod.rs`.

use super::*;
use crate::plan::{EngagementKind, PlanId, Scorecard};
use crate::role::requirements::{from_catalog, soft_skill};
use chrono::{DateTime, Utc};

fn plan(ids: &[&str]) -> Plan {
    let mut p = Plan::new(PlanId("p".into()), DateTime::<Utc>::UNIX_EPOCH);
    for id in ids {
        let mut r = from_catalog(id).unwrap_or_else(|| panic!("{id} in the catalogue"));
        r.priority = Priority::MustHave;
        p.requirements.push(r);
    }
    p.soft_skills.push(soft_skill("communication").unwrap());
    p.role.product = "a payments API".into();
    p
}

fn catalog_ids(category: &str) -> Vec<&'static str> {
    crate::market::catalog::TECHNICAL
        .iter()
        .filter(|c| c.id == category)
        .flat_map(|c| c.items.iter().map(|i| i.id))
        .collect()
}

#[test]
fn stages_assess_must_haves_and_carry_questions() {
    let lang = catalog_ids("language")[0];
    let db = catalog_ids("database")[0];
    let p = plan(&[lang, db]);
    let kit = stages(&p);
    assert!(!kit.is_empty());
    let all: Vec<&str> = kit
        .iter()
        .flat_map(|k| k.assesses.iter().map(|r| r.id.as_str()))
        .collect();
    assert!(all.contains(&lang) && all.contains(&db), "{all:?}");
    let questions: usize = kit.iter().map(|k| k.questions.len()).sum();
    assert_eq!(
        questions,
        super::questions(&p).len(),
        "every question is asked once"
    );
    assert!(unassessed(&p).is_empty());
}

#[test]
fn the_guide_lists_every_stage_its_questions_and_the_anchors() {
    let p = plan(&[catalog_ids("language")[0], catalog_ids("database")[0]]);
    let g = guide(&p);
    for k in stages(&p) {
        assert!(g.contains(&k.stage.title));
        for q in &k.questions {
            assert!(g.contains(&q.question));
        }
    }
    for r in rows(&p) {
        assert!(g.contains(&anchors(&r).five));
    }
}

#[test]
fn a_moved_question_goes_where_the_founder_put_it() {
    let mut p = plan(&[catalog_ids("language")[0]]);
    let q = questions(&p)[0].question.clone();
    let last = interview_loop(&p).len() - 1;
    p.interviews.question_stages.insert(q.clone(), last);
    assert!(stages(&p)[last].questions.iter().any(|x| x.question == q));
    // A stage that no longer exists: back to the default.
    p.interviews.question_stages.insert(q.clone(), 99);
    assert_eq!(
        stages(&p)
            .iter()
            .filter(|k| k.questions.iter().any(|x| x.question == q))
            .count(),
        1
    );
}

#[test]
fn a_must_have_no_stage_assesses_is_flagged() {
    let cloud = catalog_ids("cloud")[0];
    let mut p = plan(&[cloud]);
    // Only a reference call: nothing technical is assessed.
    p.interviews.stages = Some(vec![Stage {
        kind: StageKind::References,
        title: "References".into(),
        ..Stage::default()
    }]);
    let gaps = unassessed(&p);
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].id, cloud);
}

#[test]
fn anchors_are_written_for_each_kind_of_requirement() {
    let mut kinds = Vec::new();
    for cat in crate::market::catalog::TECHNICAL {
        if let Some(item) = cat.items.first() {
            kinds.push(from_catalog(item.id).unwrap());
        }
    }
    kinds.push(soft_skill("communication").unwrap());
    kinds.push(crate::role::requirements::custom(&[], "Kafka Streams", "other").unwrap());
    assert!(kinds.len() >= 8);
    for r in &kinds {
        let a = anchors(r);
        let name = r.label.split(" (").next().unwrap().trim().to_lowercase();
        for text in [&a.one, &a.three, &a.five] {
            assert!(text.to_lowercase().contains(&name), "{text} names {name}");
        }
        assert!(a.one != a.three && a.three != a.five);
    }
}

#[test]
fn the_take_home_brief_follows_the_stack() {
    for cat_sets in [
        ["language", "database"],
        ["framework", "database"],
        ["language", "framework"],
    ] {
        let ids: Vec<&str> = cat_sets.iter().map(|c| catalog_ids(c)[0]).collect();
        let p = plan(&ids);
        let brief = take_home(&p);
        for r in &p.requirements {
            assert!(brief.contains(&r.label), "{} in the brief", r.label);
        }
        assert!(brief.contains("2 to 4 hours"));
        assert!(brief.contains("How it is marked"));
        assert!(brief.contains("How to submit"));
        assert!(brief.contains("a payments API"));
    }
    let empty = take_home(&Plan::default());
    assert!(empty.contains("the language and database you know best"));
}

#[test]
fn plain_text_drops_the_marks_and_keeps_the_words() {
    let t = plain_text("# Title\n\n**Time:** 2 to 4 hours.\n- item");
    assert_eq!(t, "Title\n\nTime: 2 to 4 hours.\n- item");
}

#[test]
fn the_reference_script_asks_the_sources_questions() {
    let s = reference_script(&plan(&[]));
    for q in [
        "deadlines",
        "disagreements about technical direction",
        "raise problems early",
    ] {
        assert!(s.contains(q), "{q}");
    }
}

#[test]
fn the_comparison_shows_gaps_not_zeros() {
    let lang = catalog_ids("language")[0];
    let mut p = plan(&[lang]);
    let mut a = Candidate {
        id: "c1".into(),
        name: "Ada".into(),
        ..Candidate::default()
    };
    a.scorecards.push(Scorecard {
        stage: 0,
        interviewer: "Me".into(),
        ratings: [(lang.to_string(), 4)].into(),
        notes: String::new(),
    });
    a.scorecards.push(Scorecard {
        stage: 1,
        interviewer: "Me".into(),
        ratings: [(lang.to_string(), 5)].into(),
        notes: String::new(),
    });
    let b = Candidate {
        id: "c2".into(),
        name: "Bo".into(),
        ..Candidate::default()
    };
    p.candidates = vec![a, b];
    let c = compare(&p);
    assert_eq!(c.candidates, ["Ada", "Bo"]);
    let row = c.rows.iter().position(|r| r.id == lang).unwrap();
    assert_eq!(c.cells[row][0], Some(4.5));
    assert_eq!(c.cells[row][1], None, "not assessed is a gap");
    let soft = c.rows.iter().position(|r| r.category == "soft").unwrap();
    assert_eq!(c.cells[soft], vec![None, None]);
}

#[test]
fn trial_plans_are_dated_for_each_route_with_a_trial() {
    let p = plan(&[catalog_ids("language")[0]]);
    let start = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    let with_trial: Vec<&str> = market()
        .channels
        .iter()
        .filter(|c| c.deal.trial.is_some())
        .map(|c| c.id)
        .collect();
    assert!(with_trial.len() >= 3, "{with_trial:?}");
    for id in &with_trial {
        match trial_plan(&p, id, start) {
            Ok(t) => {
                assert_eq!(t.start, start);
                assert!(t.end > start && t.decide_by == t.end, "{id}: {t:?}");
                assert!(!t.day_one.is_empty() && !t.go_no_go.is_empty());
                assert!(t.judge.iter().any(|j| j.contains(&p.requirements[0].label)));
            }
            Err(TrialGap::LengthNotGiven(name)) => {
                // The source gives no length: the founder's figure makes the plan.
                let mut q = p.clone();
                q.offer.trial_days = "10".into();
                let t = trial_plan(&q, id, start).unwrap();
                assert_eq!((t.end - t.start).num_days(), 9, "{name}");
                assert_eq!(t.length_basis, "your figure");
            }
            Err(e) => panic!("{id}: {e:?}"),
        }
    }
    // RocketDevs' 14 free days end on the 14th day.
    let t = trial_plan(&p, "rocketdevs", start).unwrap();
    assert_eq!(t.end, NaiveDate::from_ymd_opt(2027, 3, 14).unwrap());
    assert_eq!(trial_plan(&p, "lemon", start), Err(TrialGap::NoTrial));
}

#[test]
fn the_offer_summary_fits_the_engagement_and_is_not_a_contract() {
    let today = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let mut p = plan(&[]);
    p.offer.pay = "140000".into();
    p.offer.basis = Some(RateBasis::Yearly);
    let s = offer_summary(&p, today);
    assert!(
        s.contains("Base pay:** $140,000 a year") && s.contains("Equity:** none"),
        "{s}"
    );
    assert!(
        s.contains("reply by:** 7 January 2027"),
        "three days out by default: {s}"
    );
    assert!(s.contains("not a contract") && s.contains("lawyer"));
    // The days are an assumption in the data: an override moves the date.
    p.costs.overrides.insert(ids::OFFER_REPLY_DAYS.into(), 5.0);
    assert_eq!(reply_by(&p, today), NaiveDate::from_ymd_opt(2027, 1, 9));
    p.costs.overrides.clear();
    p.engagement.kind = EngagementKind::FullTimeContractor;
    p.offer.basis = Some(RateBasis::Hourly);
    p.offer.ip_assignment = true;
    let s = offer_summary(&p, today);
    assert!(
        s.contains("Rate:** $140,000 an hour") && s.contains("IP assignment:** the work"),
        "{s}"
    );
    assert!(!s.contains("Base pay"));
    // In the founder's currency, as typed: never a bare number.
    use crate::plan::FinanceField;
    use crate::text::currency::Currency;
    p.finances.set_display(Currency::Eur);
    p.finances
        .set(FinanceField::Rate(Currency::Eur), "0.92".into());
    p.finances
        .set(FinanceField::RateDate(Currency::Eur), "2026-12-01".into());
    p.offer.pay = "58".into();
    assert!(offer_summary(&p, today).contains("Rate:** €58 an hour"));
    p.offer.pay = "about 60".into();
    assert!(offer_summary(&p, today).contains("Rate:** about 60 (EUR) an hour"));
}

#[test]
fn offer_pay_is_checked_against_the_costs_range() {
    let mut p = plan(&[]);
    p.engagement.kind = EngagementKind::FullTimeEmployee;
    p.engagement.hire_country = Some("us".into());
    let PayCheck::NotANumber = check_pay(&p) else {
        panic!("empty pay")
    };
    p.offer.basis = Some(RateBasis::Yearly);
    p.offer.pay = "$140,000".into();
    let PayCheck::Within(range) = check_pay(&p) else {
        panic!("{:?}", check_pay(&p))
    };
    assert!(range.range.low().as_f64() <= 140_000.0);
    p.offer.pay = "40000".into();
    assert!(matches!(check_pay(&p), PayCheck::Below(_)));
    p.offer.pay = "900000".into();
    assert!(matches!(check_pay(&p), PayCheck::Above(_)));
    // An employee is offered a yearly salary: a monthly basis left from another route is not
    // the one in force.
    p.offer.basis = Some(RateBasis::Monthly);
    assert_eq!(crate::kit::offer_terms(&p).basis, RateBasis::Yearly);
    p.offer.pay = "140000".into();
    assert!(
        matches!(check_pay(&p), PayCheck::Within(_)),
        "{:?}",
        check_pay(&p)
    );
}

/// Every question of a plan's kit, as the guide lists them.
fn asked(p: &Plan) -> Vec<Question> {
    stages(p).into_iter().flat_map(|k| k.questions).collect()
}

#[test]
fn runtime_questions_name_the_must_have_language() {
    let go = asked(&plan(&["go", "postgresql"]));
    let text: Vec<&str> = go.iter().map(|q| q.question.as_str()).collect();
    assert!(
        text.iter()
            .all(|q| !q.contains("Java") && !q.contains("Python")),
        "{text:#?}"
    );
    let memory = go.iter().find(|q| q.topic == "Memory").unwrap();
    assert_eq!(
        memory.question,
        "How does Go's garbage collector work, and what should you consider about memory in the cloud?"
    );
    // The source keeps its citation, and the question says it is adapted from the source's words.
    assert_eq!(memory.source, "toptal-2026");
    assert_eq!(
        memory.origin,
        Origin::Adapted("How does garbage collection work in Java or Python, and what should you consider about memory in the cloud?".into())
    );
    let concurrency = go.iter().find(|q| q.topic == "Concurrency").unwrap();
    assert!(concurrency
        .question
        .contains("in Go: how do goroutines and channels"));
    let errors = go.iter().find(|q| q.topic == "Languages").unwrap();
    assert!(errors.question.contains("Go") && errors.good_answer.contains("errors.Is"));
    let g = guide(&plan(&["go", "postgresql"]));
    assert!(g.contains("Adapted to your plan from a question in \u{201c}"));
    assert!(!g.contains("Java or Python"));
    // Questions that are not about the runtime stay the source's own words.
    assert!(go
        .iter()
        .filter(|q| q.runtime.is_none())
        .all(|q| q.origin == Origin::Source));

    for (id, memory_words, concurrency_words) in [
        ("python", "memory management in Python", "asyncio"),
        ("java", "garbage collection in the JVM", "virtual threads"),
    ] {
        let qs = asked(&plan(&[id]));
        let m = qs.iter().find(|q| q.topic == "Memory").unwrap();
        assert!(m.question.contains(memory_words), "{}", m.question);
        let c = qs.iter().find(|q| q.topic == "Concurrency").unwrap();
        assert!(c.question.contains(concurrency_words), "{}", c.question);
        assert!(runtime_gaps(&plan(&[id])).is_empty());
    }
    // Two must-have languages: each gets its own.
    let both = asked(&plan(&["go", "python"]));
    assert_eq!(both.iter().filter(|q| q.topic == "Memory").count(), 2);
    // No language chosen: the source's question as it is written.
    let none = asked(&plan(&["postgresql", "aws"]));
    assert!(none.iter().any(|q| q
        .question
        .starts_with("How does garbage collection work in Java or Python")));
}

#[test]
fn a_language_the_bank_has_no_runtime_question_for_is_named_not_replaced() {
    let mut p = plan(&["postgresql"]);
    p.requirements.push(Requirement {
        id: "own-elixir".into(),
        label: "Elixir".into(),
        category: "language".into(),
        priority: Priority::MustHave,
        custom: true,
    });
    let gaps: Vec<String> = runtime_gaps(&p).into_iter().map(|r| r.label).collect();
    assert_eq!(gaps, ["Elixir"]);
    let qs = asked(&p);
    assert!(
        qs.iter().all(|q| q.topic != "Memory"),
        "no question about another language"
    );
    assert!(qs.iter().all(|q| !q.question.contains("Java")));
}

#[test]
fn own_questions_are_asked_at_their_stage_and_in_the_guide() {
    use crate::session::edit::PlanEdit;
    let mut p = plan(&["go", "postgresql"]);
    let last = interview_loop(&p).len() - 1;
    p.apply(PlanEdit::AddQuestion {
        question: "How would you shard our payments table?".into(),
        stage: 1,
    })
    .unwrap();
    let mine = |p: &Plan| {
        stages(p)
            .iter()
            .position(|k| {
                k.questions.iter().any(|q| {
                    q.question == "How would you shard our payments table?"
                        && q.origin == Origin::Own
                })
            })
            .unwrap()
    };
    assert_eq!(mine(&p), 1);
    let g = guide(&p);
    assert!(g.contains("- How would you shard our payments table? (your own question)"));
    // It moves like any question.
    p.apply(PlanEdit::MoveQuestion {
        question: "How would you shard our payments table?".into(),
        stage: last,
    })
    .unwrap();
    assert_eq!(mine(&p), last);
    let section = guide(&p);
    let at = section.find("How would you shard").unwrap();
    let title = &interview_loop(&p)[last].title;
    assert!(section[..at].rfind(title.as_str()) > section[..at].rfind("## 1."));
    // Removed: gone from the kit and its choice of stage with it.
    p.apply(PlanEdit::RemoveQuestion(0)).unwrap();
    assert!(asked(&p).iter().all(|q| q.origin != Origin::Own));
    assert!(p.interviews.question_stages.is_empty());
    // A stage that does not exist is refused.
    assert!(p
        .apply(PlanEdit::AddQuestion {
            question: "Why?".into(),
            stage: 99
        })
        .is_err());
}

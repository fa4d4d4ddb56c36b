//! Tests of `session/edit.rs` (about 600 lines: one case per named edit).

use super::*;
use crate::hiring::interview_loop;
use crate::market::market;
use crate::plan::PlanId;
use crate::plan::{Plan, MAX_MINUTES, MIN_MINUTES};
use crate::role::requirements;
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
        refused(
            &mut p,
            PlanEdit::AddQuestion {
                question: "   ".into(),
                stage: 0
            }
        ),
        EditError::EmptyQuestion
    );
    for n in 0..MAX_OWN_QUESTIONS {
        p.apply(PlanEdit::AddQuestion {
            question: format!(" Q{n}? "),
            stage: 0,
        })
        .unwrap();
    }
    assert_eq!(p.interviews.own_questions[0], "Q0?");
    assert_eq!(
        refused(
            &mut p,
            PlanEdit::AddQuestion {
                question: "more?".into(),
                stage: 0
            }
        ),
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
    // Every step is recorded when opened (issue 38: a step is done only once the founder has
    // been there).
    p.apply(PlanEdit::Seen(Step::Role)).unwrap();
    assert_eq!(p.seen_steps.len(), 2);
    p.apply(PlanEdit::Level(Some(Seniority::Senior))).unwrap();
    assert_eq!(p.seniority.chosen, Some(Seniority::Senior));
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
                reason: " ".into(),
                on: None,
            }
        ),
        EditError::NoReason
    );
    p.apply(PlanEdit::Decide {
        id: "c2".into(),
        decision: Decision::Reject,
        reason: "No SQL depth".into(),
        on: None,
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

//! Scorecards never lose a rating, whatever the order of typing (rate first or name first),
//! and decisions move the candidate, with their history kept.

use hireplan_core::hiring::interview_loop;
use hireplan_core::kit::{average, compare};
use hireplan_core::plan::{Decision, Plan, Priority};
use hireplan_core::role::requirements::from_catalog;
use hireplan_core::session::edit::{EditError, PlanEdit};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn plan() -> Plan {
    let mut p = Plan::default();
    for id in ["go", "postgresql"] {
        let mut r = from_catalog(id).unwrap();
        r.priority = Priority::MustHave;
        p.requirements.push(r);
    }
    p.apply(PlanEdit::AddCandidate {
        name: "Ada".into(),
        source: String::new(),
    })
    .unwrap();
    p
}

/// The card in progress as the Hire step holds it: a stage and the name typed so far.
#[derive(Clone, Debug)]
struct Form {
    stage: usize,
    name: String,
}

impl Form {
    /// A new card at the first stage, not named yet.
    fn blank() -> Form {
        Form {
            stage: 0,
            name: String::new(),
        }
    }

    fn rate(&self, p: &mut Plan, row: &str, value: Option<u8>) {
        p.apply(PlanEdit::Rate {
            id: "c1".into(),
            stage: self.stage,
            interviewer: self.name.clone(),
            row: row.into(),
            value,
        })
        .unwrap();
    }

    /// Typing in the interviewer field names the card in progress; the field keeps the new
    /// name only when the plan took it.
    fn name(&mut self, p: &mut Plan, to: &str) -> Result<(), EditError> {
        p.apply(PlanEdit::NameScorecard {
            id: "c1".into(),
            stage: self.stage,
            from: self.name.clone(),
            to: to.into(),
        })?;
        self.name = to.trim().to_string();
        Ok(())
    }
}

fn ratings(p: &Plan, f: &Form) -> BTreeMap<String, u8> {
    p.candidates[0]
        .scorecard(f.stage, &f.name)
        .map(|s| s.ratings.iter().map(|(k, v)| (k.clone(), *v)).collect())
        .unwrap_or_default()
}

#[test]
fn rate_then_name_keeps_the_ratings_on_the_named_card() {
    let mut p = plan();
    let mut f = Form::blank();
    f.rate(&mut p, "go", Some(4));
    // The founder types their name, a letter at a time.
    for typed in ["F", "Fo", "Founder"] {
        f.name(&mut p, typed).unwrap();
    }
    assert_eq!(p.candidates[0].scorecards.len(), 1, "one card, not two");
    assert_eq!(p.candidates[0].scorecards[0].interviewer, "Founder");
    assert_eq!(ratings(&p, &f)["go"], 4);
    // A later rating on the same card: the average is that card's, not 3.5 with a lost one.
    f.rate(&mut p, "go", Some(3));
    assert_eq!(average(&p.candidates[0], "go"), Some(3.0));
}

#[test]
fn name_then_rate_makes_one_named_card() {
    let mut p = plan();
    let mut f = Form::blank();
    f.name(&mut p, "Founder").unwrap();
    assert!(
        p.candidates[0].scorecards.is_empty(),
        "no empty card is kept"
    );
    f.rate(&mut p, "go", Some(5));
    assert_eq!(p.candidates[0].scorecards.len(), 1);
    assert_eq!(p.candidates[0].scorecards[0].interviewer, "Founder");
}

#[test]
fn another_interviewers_card_is_its_own_and_a_taken_name_is_refused() {
    let mut p = plan();
    let f = Form {
        stage: 0,
        name: "Founder".into(),
    };
    f.rate(&mut p, "go", Some(4));
    // "Start another interviewer's card": a blank name at the same stage.
    let mut other = Form::blank();
    other.rate(&mut p, "go", Some(2));
    assert_eq!(
        other.name(&mut p, "Founder"),
        Err(EditError::CardTaken("Founder".into()))
    );
    assert_eq!(other.name, "", "the field keeps its name when refused");
    other.name(&mut p, "Sam").unwrap();
    assert_eq!(ratings(&p, &f)["go"], 4);
    assert_eq!(ratings(&p, &other)["go"], 2);
    assert_eq!(average(&p.candidates[0], "go"), Some(3.0));
    // Clearing the only rating of a card empties it: it counts for nothing and goes.
    other.rate(&mut p, "go", None);
    assert_eq!(p.candidates[0].scorecards.len(), 1);
    assert_eq!(compare(&p).cells[0][0], Some(4.0));
}

/// One thing the founder does on the card in progress.
#[derive(Clone, Debug)]
enum Act {
    Rate(usize, Option<u8>),
    Name(usize),
    Stage(usize),
}

const ROWS: [&str; 2] = ["go", "postgresql"];
const NAMES: [&str; 4] = ["", "F", "Founder", "Sam"];

fn act() -> impl Strategy<Value = Act> {
    prop_oneof![
        (0..2usize, prop::option::of(1..=5u8)).prop_map(|(r, v)| Act::Rate(r, v)),
        (0..NAMES.len()).prop_map(Act::Name),
        (0..2usize).prop_map(Act::Stage),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Whatever the order of rating, naming and choosing the stage, every rating given stays
    /// on a card (the one it was given on, under the name that card has now) until the same
    /// card's row is rated again or cleared; no empty card is kept; the average counts only
    /// real ratings.
    #[test]
    fn no_order_of_typing_loses_a_rating(acts in prop::collection::vec(act(), 0..30)) {
        let mut p = plan();
        let mut f = Form { stage: 0, name: String::new() };
        // The model: cards by (stage, name), as the founder sees them.
        let mut model: BTreeMap<(usize, String), BTreeMap<String, u8>> = BTreeMap::new();
        for a in acts {
            match a {
                Act::Rate(r, v) => {
                    f.rate(&mut p, ROWS[r], v);
                    let card = model.entry((f.stage, f.name.clone())).or_default();
                    match v {
                        Some(v) => { card.insert(ROWS[r].to_string(), v); }
                        None => { card.remove(ROWS[r]); }
                    }
                    model.retain(|_, c| !c.is_empty());
                }
                Act::Name(n) => {
                    let from = (f.stage, f.name.clone());
                    let to = (f.stage, NAMES[n].to_string());
                    let taken = from != to && model.contains_key(&from) && model.contains_key(&to);
                    match f.name(&mut p, NAMES[n]) {
                        Ok(()) => {
                            prop_assert!(!taken);
                            if let Some(card) = model.remove(&from) {
                                model.insert(to, card);
                            }
                        }
                        Err(e) => {
                            prop_assert!(taken, "refused without cause: {e}");
                        }
                    }
                }
                Act::Stage(s) => f.stage = s,
            }
            // The plan holds exactly the model's cards, none empty.
            let held: BTreeMap<(usize, String), BTreeMap<String, u8>> = p.candidates[0]
                .scorecards
                .iter()
                .map(|s| ((s.stage, s.interviewer.clone()), s.ratings.iter().map(|(k, v)| (k.clone(), *v)).collect()))
                .collect();
            prop_assert_eq!(&held, &model);
            prop_assert_eq!(p.candidates[0].scorecards.len(), held.len(), "one card per stage and name");
            // The card in progress shows its ratings.
            prop_assert_eq!(ratings(&p, &f), model.get(&(f.stage, f.name.clone())).cloned().unwrap_or_default());
            for row in ROWS {
                let given: Vec<f64> = model.values().filter_map(|c| c.get(row)).map(|v| f64::from(*v)).collect();
                let expected = (!given.is_empty()).then(|| given.iter().sum::<f64>() / given.len() as f64);
                prop_assert_eq!(average(&p.candidates[0], row), expected);
            }
        }
    }
}

#[test]
fn moving_to_the_next_stage_moves_the_candidate_and_the_last_stage_leads_to_the_offer() {
    let mut p = plan();
    let stages = interview_loop(&p).len();
    assert!(stages >= 3);
    let decide = |p: &mut Plan, decision, reason: &str| {
        p.apply(PlanEdit::Decide {
            id: "c1".into(),
            decision,
            reason: reason.into(),
            on: chrono::NaiveDate::from_ymd_opt(2026, 12, 7),
        })
    };
    decide(
        &mut p,
        Decision::Advance,
        "Clear walk-through of a Go service",
    )
    .unwrap();
    let c = &p.candidates[0];
    assert_eq!(c.stage, 1, "moved on");
    assert_eq!(
        c.decision,
        Decision::Undecided,
        "waiting for the next stage's decision"
    );
    for i in 1..stages - 1 {
        decide(
            &mut p,
            Decision::Advance,
            &format!("Stage {} passed", i + 1),
        )
        .unwrap();
    }
    assert_eq!(p.candidates[0].stage, stages - 1);
    decide(&mut p, Decision::Advance, "References glowing").unwrap();
    let c = &p.candidates[0];
    assert_eq!(c.stage, stages - 1, "no stage after the last");
    assert_eq!(
        c.decision,
        Decision::Offer,
        "the last stage leads to the offer"
    );
    // The history: every decision, in order, with its stage, reason and date.
    assert_eq!(c.history.len(), stages);
    assert_eq!(c.history[0].decision, Decision::Advance);
    assert_eq!(c.history[0].stage, 0);
    assert_eq!(c.history[0].reason, "Clear walk-through of a Go service");
    assert_eq!(c.history.last().unwrap().decision, Decision::Offer);
    assert_eq!(
        c.history[0].on,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 7)
    );
}

#[test]
fn rejecting_closes_the_candidate_with_the_reason() {
    let mut p = plan();
    assert_eq!(
        p.apply(PlanEdit::Decide {
            id: "c1".into(),
            decision: Decision::Reject,
            reason: "  ".into(),
            on: None,
        }),
        Err(EditError::NoReason)
    );
    p.apply(PlanEdit::Decide {
        id: "c1".into(),
        decision: Decision::Reject,
        reason: "Go too thin for the API work".into(),
        on: None,
    })
    .unwrap();
    let c = &p.candidates[0];
    assert!(c.closed());
    assert_eq!(c.stage, 0, "a rejection does not move the stage");
    assert_eq!(c.reason, "Go too thin for the API work");
    assert_eq!(c.history.len(), 1);
}

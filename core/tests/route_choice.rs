//! The route the founder goes with carries through the plan (issue 28): the timeline, the
//! trial, the offer and the job description each follow it, on its own terms from the data.

use chrono::NaiveDate;
use hireplan_core::cost::{chosen_route_label, dropped_notice};
use hireplan_core::hiring::{plan_timeline, PhaseKind, TimelineFlag};
use hireplan_core::job_ad::brief::{brief, document_for, AdDocument};
use hireplan_core::kit::{offer_terms, route_trial, RouteTrial};
use hireplan_core::market::{ids, TrialBilling};
use hireplan_core::plan::QuoteField;
use hireplan_core::plan::{EngagementKind, Plan, RateBasis, RouteKey};
use hireplan_core::session::edit::{EditError, PlanEdit};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

fn contractor_choosing(key: &str) -> Plan {
    let mut p = Plan::default();
    p.apply(PlanEdit::Kind(EngagementKind::FullTimeContractor))
        .unwrap();
    p.apply(PlanEdit::ChooseRoute(RouteKey::parse(key).unwrap()))
        .unwrap();
    p
}

#[test]
fn choosing_toptal_carries_its_terms_through_every_later_step() {
    let p = contractor_choosing("channel:toptal");
    assert_eq!(chosen_route_label(&p), "Route: Toptal");
    // The timeline: Toptal's own time to hire, 2 days, from the data.
    let t = plan_timeline(&p, today());
    assert!(
        t.phases.iter().any(|ph| matches!(
            ph.kind,
            PhaseKind::Match {
                days: 2,
                hire: true,
                ..
            }
        )),
        "{:?}",
        t.phases
    );
    assert!(!t
        .phases
        .iter()
        .any(|ph| matches!(ph.kind, PhaseKind::Sourcing { .. })));
    // The trial: up to two weeks, billed only if you continue, with the source's words.
    match route_trial(&p) {
        RouteTrial::Platform {
            channel,
            days,
            up_to,
            billed,
            source,
        } => {
            assert_eq!(
                (channel.as_str(), days, up_to, billed),
                ("Toptal", Some(14), true, TrialBilling::IfYouContinue)
            );
            assert!(source.contains("up to two weeks"), "{source}");
        }
        other => panic!("{other:?}"),
    }
    // The offer: weekly or hourly, checked against $2,000 to $3,200 a week.
    let o = offer_terms(&p);
    assert_eq!(o.bases, [RateBasis::Weekly, RateBasis::Hourly]);
    assert_eq!(o.basis, RateBasis::Weekly);
    let r = o.range.unwrap();
    assert_eq!(
        (r.range.whole(), r.per),
        ("$2,000 – $3,200".to_string(), RateBasis::Weekly)
    );
    // The job description: a brief for Toptal's matcher.
    assert_eq!(
        document_for(&p),
        AdDocument::Brief {
            route: "Toptal".into()
        }
    );
    let b = brief(&p, "Toptal");
    for part in [
        "Must-haves",
        "Level:",
        "Engagement:",
        "Time zones:",
        "Start date:",
        "Budget:",
    ] {
        assert!(b.contains(part), "{part}: {b}");
    }
}

#[test]
fn the_default_employee_plan_without_a_choice_names_its_defaults() {
    let p = Plan::default();
    assert_eq!(chosen_route_label(&p), "Route: not chosen yet");
    assert_eq!(
        route_trial(&p),
        RouteTrial::Probation {
            days: None,
            route: None
        }
    );
    let o = offer_terms(&p);
    assert_eq!((o.basis, o.route), (RateBasis::Yearly, None));
    assert!(o.range.unwrap().basis.contains("default"));
    assert_eq!(document_for(&p), AdDocument::Posting { chosen: false });
    // The probation's length is the founder's assumption.
    let mut p = p;
    p.apply(PlanEdit::Override {
        id: ids::PROBATION_DAYS.into(),
        text: "90".into(),
    })
    .unwrap();
    assert!(matches!(
        route_trial(&p),
        RouteTrial::Probation { days: Some(90), .. }
    ));
}

#[test]
fn rocketdevs_and_routes_without_a_time_name_their_assumption_never_the_job_boards() {
    let p = contractor_choosing("channel:rocketdevs");
    let t = plan_timeline(&p, today());
    let flag = t
        .flags
        .iter()
        .find(|f| matches!(f, TimelineFlag::NoTimeInSources { .. }))
        .expect("a flag")
        .to_string();
    assert!(flag.contains("Days for a channel to match"), "{flag}");
    assert!(!t
        .phases
        .iter()
        .any(|ph| matches!(ph.kind, PhaseKind::Sourcing { .. })));
    // RocketDevs' trial: 14 days, free; its offer: the monthly package.
    assert!(matches!(
        route_trial(&p),
        RouteTrial::Platform {
            days: Some(14),
            billed: TrialBilling::Free,
            ..
        }
    ));
    assert_eq!(offer_terms(&p).basis, RateBasis::Monthly);
    // A contractor hired directly in India: the direct-hire assumption, then its days.
    let mut p = contractor_choosing("contractor:in");
    let t = plan_timeline(&p, today());
    assert!(t
        .flags
        .iter()
        .any(|f| matches!(f, TimelineFlag::NoTimeForRoute { .. })));
    p.apply(PlanEdit::Override {
        id: ids::DIRECT_HIRE_DAYS.into(),
        text: "30".into(),
    })
    .unwrap();
    let t = plan_timeline(&p, today());
    assert!(t
        .phases
        .iter()
        .any(|ph| matches!(ph.kind, PhaseKind::AssumedSearch { .. })));
    assert_eq!(offer_terms(&p).basis, RateBasis::Hourly);
    assert_eq!(document_for(&p), AdDocument::Posting { chosen: true });
    assert_eq!(
        route_trial(&p),
        RouteTrial::None {
            route: "A contractor hired directly in India".into()
        }
    );
}

#[test]
fn the_route_is_chosen_among_the_priced_routes_and_dropped_with_a_reason() {
    let mut p = Plan::default();
    let toptal = RouteKey::Channel("toptal".into());
    let rocket = RouteKey::Channel("rocketdevs".into());
    // For an employee, Toptal is not a route: refused, with why.
    let before = p.clone();
    let Err(EditError::NoSuchRoute(why)) = p.apply(PlanEdit::ChooseRoute(toptal.clone())) else {
        panic!("a refused route")
    };
    assert_eq!(p, before, "a refused edit changes nothing");
    assert!(why.contains("contractors, not employees"), "{why}");
    p.apply(PlanEdit::ChooseRoute(RouteKey::JobBoards)).unwrap();
    assert_eq!(p.route.chosen, Some(RouteKey::JobBoards));
    // A contractor: RocketDevs is chosen, Toptal kept as the runner-up.
    p.apply(PlanEdit::Kind(EngagementKind::FullTimeContractor))
        .unwrap();
    assert_eq!(
        p.route.chosen, None,
        "the job boards are not a contractor's route"
    );
    p.apply(PlanEdit::ChooseRoute(rocket.clone())).unwrap();
    p.apply(PlanEdit::RunnerUp(Some(toptal.clone()))).unwrap();
    assert_eq!(
        (p.route.chosen.clone(), p.route.runner_up.clone()),
        (Some(rocket.clone()), Some(toptal.clone()))
    );
    // Choosing the runner-up swaps them: one runner-up at most.
    p.apply(PlanEdit::ChooseRoute(toptal.clone())).unwrap();
    assert_eq!(
        (p.route.chosen.clone(), p.route.runner_up.clone()),
        (Some(toptal.clone()), Some(rocket.clone()))
    );
    // The old timeline edit is the same choice.
    p.apply(PlanEdit::TimelineRoute(rocket.clone())).unwrap();
    assert_eq!(p.route.chosen, Some(rocket.clone()));
    // Back to an employee: RocketDevs no longer exists; the same edit drops it and says why.
    let outcome = p
        .apply_noting(PlanEdit::Kind(EngagementKind::FullTimeEmployee))
        .unwrap();
    assert_eq!(p.engagement.kind, EngagementKind::FullTimeEmployee);
    assert_eq!(
        (p.route.chosen.clone(), p.route.runner_up.clone()),
        (None, None)
    );
    let notice = outcome.notice().expect("a notice");
    assert!(
        notice.contains("RocketDevs") && notice.contains("contractors, not employees"),
        "{notice}"
    );
    assert_eq!(p.route.dropped.as_ref().map(dropped_notice), Some(notice));
    // A new choice clears the record.
    p.apply(PlanEdit::ChooseRoute(RouteKey::JobBoards)).unwrap();
    assert_eq!(p.route.dropped, None);
    // A removed quote that was chosen is dropped too.
    p.apply(PlanEdit::AddQuote).unwrap();
    for (field, text) in [(QuoteField::Name, "Agency"), (QuoteField::Low, "5000")] {
        p.apply(PlanEdit::QuoteText {
            id: "q1".into(),
            field,
            text: text.into(),
        })
        .unwrap();
    }
    p.apply(PlanEdit::ChooseRoute(RouteKey::Quote("q1".into())))
        .unwrap();
    let outcome = p.apply_noting(PlanEdit::RemoveQuote("q1".into())).unwrap();
    assert!(outcome.dropped_route.is_some());
    assert_eq!(p.route.chosen, None);
}

#[test]
fn the_cheap_existence_check_agrees_with_the_routes_the_engine_lists() {
    use hireplan_core::cost::decision::chosen::{choosable, missing, report};
    use hireplan_core::market::market;
    let mut all = Vec::new();
    let mut plans = Vec::new();
    for kind in EngagementKind::ALL {
        for hire in [None, Some("in"), Some("de"), Some("us"), Some("br")] {
            for company in [None, Some("us"), Some("de")] {
                let mut p = Plan::default();
                p.engagement.kind = kind;
                p.engagement.hours_per_week = "20".into();
                p.engagement.hire_country = hire.map(str::to_string);
                p.engagement.company_country = company.map(str::to_string);
                let r = report(&p).expect("a valid plan");
                all.extend(r.options.iter().map(|o| o.key.clone()));
                plans.push((p, r));
            }
        }
    }
    all.extend(
        market()
            .countries
            .iter()
            .map(|c| RouteKey::Contractor(c.id.into())),
    );
    all.sort();
    all.dedup();
    for (p, r) in &plans {
        for key in &all {
            let listed = r.option(key).is_some_and(choosable);
            assert_eq!(
                missing(p, key).is_none(),
                listed,
                "{key} for {:?} in {:?} (company {:?}): {:?}",
                p.engagement.kind,
                p.engagement.hire_country,
                p.engagement.company_country,
                missing(p, key)
            );
        }
    }
}

#[test]
fn every_reason_a_route_was_dropped_reads_back_as_it_was_written() {
    use hireplan_core::plan::{EngagementKind, Missing};
    let mut all = vec![
        Missing::QuoteRemoved,
        Missing::NotInData,
        Missing::Closed,
        Missing::PlacementInstead,
        Missing::NowHome,
        Missing::NoLongerFits,
        Missing::Elsewhere,
        Missing::Recorded {
            words: "Words: with a colon.".into(),
        },
    ];
    for now in EngagementKind::ALL {
        all.push(Missing::ForEmployee { now });
        all.push(Missing::ForContractor { now });
        for employees in [true, false] {
            all.push(Missing::PlacesOnly { employees, now });
        }
    }
    for m in all {
        let text = serde_json::to_string(&m).unwrap();
        assert_eq!(serde_json::from_str::<Missing>(&text).unwrap(), m, "{text}");
    }
    for bad in [
        "\"\"",
        "\"places_only:everyone:employee\"",
        "\"for_employee:robot\"",
        "\"closed:x\"",
    ] {
        assert!(serde_json::from_str::<Missing>(bad).is_err(), "{bad}");
    }
}

//! Plans written by every schema version open in this one; share links stay short.

use hireplan_core::codec::{decode_import, decode_share, decode_stored, encode_share, Imported};
use hireplan_core::plan::{EngagementKind, Plan, Priority, SCHEMA_VERSION};
use hireplan_core::role::requirements::{custom, from_catalog, soft_skill};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

#[test]
fn a_version_1_plan_opens_with_its_choices_carried_over() {
    let plan = decode_stored(&fixture("plan-v1.json")).unwrap();
    assert_eq!(plan.schema_version, SCHEMA_VERSION);
    assert_eq!(plan.name, "Version 1 plan");
    assert_eq!(plan.engagement.kind, EngagementKind::FullTimeContractor);
    assert_eq!(plan.requirements.len(), 2);
    // Version 1's first compared country became the home country (version 2), which is now
    // where the company employs people and where the hire is based; its comparisons, picks.
    assert_eq!(plan.engagement.company_country.as_deref(), Some("de"));
    assert_eq!(plan.engagement.hire_country.as_deref(), Some("de"));
    assert_eq!(
        plan.costs.picks,
        [
            "employee:de",
            "employee:ro",
            "channel:toptal",
            "channel:rocketdevs"
        ]
    );
    assert_eq!(plan.costs.overrides.get("salary.de.median"), Some(&80000.0));
    // A version 1 plan in an export file opens too.
    let wrapped = format!(
        r#"{{"format":"hireplan-plan","version":1,"plan":{}}}"#,
        fixture("plan-v1.json")
    );
    assert!(
        matches!(decode_import(&wrapped), Ok(Imported::Plan(p)) if p.engagement.hire_country.as_deref() == Some("de"))
    );
}

#[test]
fn a_version_2_export_opens() {
    match decode_import(&fixture("plan-v2.json")).unwrap() {
        Imported::Plan(p) => {
            assert_eq!(p.name, "Version 2 plan");
            // Version 2's home country, India, is where the hire is based and the company
            // employs people.
            assert_eq!(p.engagement.hire_country.as_deref(), Some("in"));
            assert_eq!(p.engagement.company_country.as_deref(), Some("in"));
            assert_eq!(p.engagement.hours_per_week, "20");
        }
        other => panic!("{other:?}"),
    }
}

/// A plan with every step filled in, as a thorough founder would.
fn full_plan() -> Plan {
    let mut p = decode_stored(&fixture("plan-v1.json")).unwrap();
    p.name = "Senior backend engineer for the payments platform, Europe".into();
    p.role.objective = "Rebuild the settlement service so that payouts reach merchants the same day, and cut checkout latency in half before the spring sales.".into();
    for id in [
        "python",
        "mysql",
        "aws",
        "kafka",
        "redis_cache",
        "docker",
        "kubernetes",
        "github_actions",
        "terraform",
        "auth",
        "owasp",
        "unit_tests",
        "integration_tests",
        "logging_metrics",
        "query_tuning",
        "rest",
        "grpc",
    ] {
        p.requirements.push(from_catalog(id).unwrap());
    }
    let own = custom(
        &p.requirements,
        "Experience with PCI-DSS audits",
        "security",
    )
    .unwrap();
    p.requirements.push(own);
    p.requirements[3].priority = Priority::NiceToHave;
    for id in [
        "problem_solving",
        "system_thinking",
        "collaboration",
        "time_management",
    ] {
        p.soft_skills.push(soft_skill(id).unwrap());
    }
    for (k, v) in [
        ("salary.ro.median", 30000.0),
        ("assume.employer_overhead", 25.0),
    ] {
        p.costs.overrides.insert(k.into(), v);
    }
    p
}

#[test]
/// Links are pasted into chats and e-mails, where 2,000 characters is a common limit; a full
/// plan stays well under it.
fn a_full_plan_link_stays_under_1200_characters() {
    let mut plan = full_plan();
    // With the name and labels ticked to travel: the longest a link gets.
    plan.finances.set_share_names(true);
    let link = encode_share(&plan);
    println!("full plan share payload: {} characters", link.len());
    assert!(link.len() < 1200, "{} characters", link.len());
    let back = decode_share(&link).unwrap();
    assert_eq!(back.requirements, plan.requirements);
    assert_eq!(back.costs, plan.costs);
    assert_eq!(back.role, plan.role);
    assert_eq!(back.soft_skills, plan.soft_skills);
    assert_eq!(back.engagement, plan.engagement);
    assert_eq!(back.seniority, plan.seniority);
    assert_eq!(back.name, plan.name);
}

#[test]
fn a_version_3_export_opens_with_its_quotes_and_places() {
    use hireplan_core::cost::{compute, Scenario};
    use hireplan_core::plan::{QuoteRoute, RateBasis, Seniority};
    let Imported::Plan(p) = decode_import(&fixture("plan-v3.json")).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(p.engagement.hire_country.as_deref(), Some("de"));
    assert_eq!(p.engagement.company_country.as_deref(), Some("gb"));
    let q = &p.costs.quotes[0];
    assert_eq!(
        (q.route, q.basis, q.name.as_str()),
        (QuoteRoute::Agency, RateBasis::Weekly, "Berlin agency")
    );
    assert_eq!(p.seen_steps, ["engagement", "costs"]);
    // The quote survives a share link too, and is priced: $2,400 to $3,000 a week, 4 weeks a month.
    // Its label is the founder's own: the link says "Quote 1" unless they tick for it.
    let shared = decode_share(&encode_share(&p)).unwrap();
    assert_eq!(shared.costs.quotes[0].name, "Quote 1");
    let mut named = shared.costs.quotes.clone();
    named[0].name = q.name.clone();
    assert_eq!(named, p.costs.quotes);
    let r = compute(&Scenario::from_plan(&shared, Seniority::Mid).unwrap());
    assert_eq!(
        r.option(&key("quote:q1")).unwrap().monthly.unwrap().whole(),
        "$9,600 – $12,000"
    );
}

#[test]
fn too_many_quotes_are_refused_with_a_reason() {
    use hireplan_core::codec::DecodeError;
    use hireplan_core::plan::Quote;
    let mut p = Plan::default();
    p.costs.quotes = (0..21)
        .map(|i| Quote {
            id: format!("q{i}"),
            ..Quote::default()
        })
        .collect();
    let text = hireplan_core::codec::encode_stored(&p);
    assert!(matches!(
        decode_stored(&text),
        Err(DecodeError::TooMany {
            what: "quotes of your own",
            found: 21,
            limit: 20
        })
    ));
}

/// A route key as the page writes it.
fn key(s: &str) -> hireplan_core::cost::RouteKey {
    hireplan_core::cost::RouteKey::parse(s).expect("a known route key")
}

#[test]
fn a_version_3_timeline_route_becomes_the_choice_or_is_dropped_with_a_reason() {
    use hireplan_core::plan::RouteKey;
    // Version 3 named the timeline's route by an enum; version 4 by a key; version 5 keeps the
    // route the founder goes with. The job boards were the default: no choice.
    let stored = r#"{"schema_version":3,"interviews":{"route":"job_board"}}"#;
    let plan = decode_stored(stored).unwrap();
    assert_eq!(plan.route.chosen, None);
    assert_eq!(plan.route.dropped, None);
    // Toptal for a contractor becomes the choice.
    let stored = r#"{"schema_version":3,"engagement":{"kind":"full_time_contractor"},"interviews":{"route":"toptal"}}"#;
    let plan = decode_stored(stored).unwrap();
    assert_eq!(plan.route.chosen, Some(RouteKey::Channel("toptal".into())));
    // Toptal for an employee (the default plan) is not a route: dropped, and the plan says why.
    let stored = r#"{"schema_version":3,"interviews":{"route":"toptal"}}"#;
    let plan = decode_stored(stored).unwrap();
    assert_eq!(plan.route.chosen, None);
    let dropped = plan.route.dropped.expect("a dropped choice");
    let notice = hireplan_core::cost::dropped_notice(&dropped);
    assert!(notice.contains("contractors, not employees"), "{notice}");
}

#[test]
fn a_version_4_export_opens_with_its_timeline_route_as_the_choice() {
    use hireplan_core::plan::{RateBasis, RouteKey};
    let Imported::Plan(p) = decode_import(&fixture("plan-v4.json")).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(p.schema_version, SCHEMA_VERSION);
    assert_eq!(p.route.chosen, Some(RouteKey::Channel("lemon".into())));
    assert_eq!(p.costs.picks, ["channel:toptal", "contractor:in"]);
    // The route travels in a share link too.
    let shared = decode_share(&encode_share(&p)).unwrap();
    assert_eq!(shared.route, p.route);
    // A route that is not a key is refused, not read as the job boards.
    let bad = r#"{"schema_version":4,"interviews":{"route":"carrier pigeon"}}"#;
    assert!(decode_stored(bad).is_err());
    // Version 4's default "hourly" offer basis is forgotten; another basis is kept.
    let v4 = r#"{"schema_version":4,"offer":{"basis":"hourly"}}"#;
    assert_eq!(decode_stored(v4).unwrap().offer.basis, None);
    let v4 = r#"{"schema_version":4,"offer":{"basis":"weekly"}}"#;
    assert_eq!(
        decode_stored(v4).unwrap().offer.basis,
        Some(RateBasis::Weekly)
    );
}

#[test]
fn a_version_5_export_opens_with_its_choice_and_runner_up_and_they_travel() {
    use hireplan_core::codec::export_plan;
    use hireplan_core::plan::RouteKey;
    let Imported::Plan(p) = decode_import(&fixture("plan-v5.json")).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(p.route.chosen, Some(RouteKey::Channel("toptal".into())));
    assert_eq!(
        p.route.runner_up,
        Some(RouteKey::Channel("rocketdevs".into()))
    );
    let shared = decode_share(&encode_share(&p)).unwrap();
    assert_eq!(shared.route, p.route);
    let file = export_plan(&p, chrono::DateTime::<chrono::Utc>::UNIX_EPOCH, false);
    let Imported::Plan(back) = decode_import(&file).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(back.route, p.route);
    assert_eq!(back.offer, p.offer);
}

#[test]
fn a_version_5_dropped_choice_keeps_its_sentence_and_version_6_keeps_the_fact() {
    use hireplan_core::cost::dropped_notice;
    use hireplan_core::plan::{EngagementKind, Missing};
    let v5 = r#"{"schema_version":5,"route":{"dropped":{"route":"channel:rocketdevs","name":"RocketDevs","why":"RocketDevs places contractors, not employees, and the plan is now for a full-time employee."}}}"#;
    let p = decode_stored(v5).unwrap();
    let dropped = p.route.dropped.clone().expect("kept");
    assert!(matches!(dropped.reason, Missing::Recorded { .. }));
    assert_eq!(
        dropped_notice(&dropped),
        "Your choice of route, RocketDevs, was dropped: RocketDevs places contractors, not \
         employees, and the plan is now for a full-time employee. Choose a route again on the \
         Costs step."
    );
    // Version 6 writes the reason as a fact, and the same words come out of it.
    let Imported::Plan(v6) = decode_import(&fixture("plan-v6.json")).unwrap() else {
        panic!("a plan file");
    };
    let fact = v6.route.dropped.clone().expect("kept");
    assert_eq!(
        fact.reason,
        Missing::PlacesOnly {
            employees: false,
            now: EngagementKind::FullTimeEmployee
        }
    );
    assert_eq!(dropped_notice(&fact), dropped_notice(&dropped));
    let back = decode_stored(&hireplan_core::codec::encode_stored(&v6)).unwrap();
    assert_eq!(back.route, v6.route);
}

#[test]
fn a_version_7_plan_keeps_its_cash_but_a_share_link_carries_it_only_when_ticked() {
    use hireplan_core::codec::export_plan;
    use hireplan_core::plan::FinanceField;
    use hireplan_core::text::currency::Currency;
    let Imported::Plan(mut p) = decode_import(&fixture("plan-v7.json")).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(p.finances.text(FinanceField::Cash), "368,000");
    assert_eq!(p.finances.currency_of(FinanceField::Cash), Currency::Eur);
    assert_eq!(p.finances.display(), Currency::Eur);
    assert_eq!(p.finances.rate_text(Currency::Eur), ("0.92", "2026-12-01"));
    // The export keeps everything.
    let file = export_plan(&p, chrono::DateTime::<chrono::Utc>::UNIX_EPOCH, false);
    let Imported::Plan(back) = decode_import(&file).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(back.finances, p.finances);
    // A link made without the tick: no cash, date or burn, in the decoded plan or the payload.
    let link = encode_share(&p);
    let shared = decode_share(&link).unwrap();
    assert_eq!(shared.finances.text(FinanceField::Cash), "");
    assert_eq!(shared.finances.text(FinanceField::Burn), "");
    assert_eq!(shared.finances.text(FinanceField::CashDate), "");
    assert!(!link.contains("368"));
    // The rate is not private, nor the runway floor.
    assert_eq!(
        shared.finances.rate_text(Currency::Eur),
        ("0.92", "2026-12-01")
    );
    assert_eq!(shared.finances.text(FinanceField::KeepMonths), "18");
    // Ticked, they travel.
    p.apply(hireplan_core::session::edit::PlanEdit::ShareCash(true))
        .unwrap();
    let shared = decode_share(&encode_share(&p)).unwrap();
    assert_eq!(shared.finances.text(FinanceField::Cash), "368,000");
    assert_eq!(shared.finances.text(FinanceField::Burn), "23000");
    // An old plan opens with no figures at all.
    let Imported::Plan(v6) = decode_import(&fixture("plan-v6.json")).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(v6.finances, Default::default());
    let mut typed = v6;
    typed.finances.set(FinanceField::Cash, "1".into());
    assert_eq!(
        typed.finances.currency_of(FinanceField::Cash),
        Currency::Usd
    );
}

#[test]
fn a_version_7_decision_becomes_the_first_entry_of_version_8s_history() {
    use hireplan_core::plan::Decision;
    let v7 = r#"{"schema_version":7,"candidates":[
        {"id":"c1","name":"Bo","stage":1,"decision":"reject","reason":"Go too thin"},
        {"id":"c2","name":"Cy","stage":0,"decision":"undecided","reason":""}]}"#;
    let p = decode_stored(v7).unwrap();
    let bo = &p.candidates[0];
    assert_eq!(bo.history.len(), 1);
    assert_eq!(bo.history[0].decision, Decision::Reject);
    assert_eq!(
        (bo.history[0].stage, bo.history[0].reason.as_str()),
        (1, "Go too thin")
    );
    assert_eq!(bo.history[0].on, None);
    assert!(
        p.candidates[1].history.is_empty(),
        "nothing decided, nothing recorded"
    );
    // Version 8's file keeps the history, the own question's stage, and the named cards.
    let Imported::Plan(v8) = decode_import(&fixture("plan-v8.json")).unwrap() else {
        panic!("a plan file");
    };
    let ada = &v8.candidates[0];
    assert_eq!(ada.stage, 1);
    assert_eq!(ada.history[0].decision, Decision::Advance);
    assert_eq!(ada.scorecards[0].interviewer, "Founder");
    assert!(hireplan_core::kit::guide(&v8)
        .contains("How would you shard our payments table? (your own question)"));
    let back = decode_stored(&hireplan_core::codec::encode_stored(&v8)).unwrap();
    assert_eq!(back.candidates, v8.candidates);
}

/// Issue 38: the plan's name and the quotes' labels are the founder's own words; a link (and
/// so the plan embed) carries them only when "Include the plan's name and your quotes'
/// labels" is ticked.
#[test]
fn a_link_carries_the_plan_name_and_quote_labels_only_when_ticked() {
    use hireplan_core::plan::{Quote, QuoteRoute, RateBasis, RouteKey};
    use hireplan_core::session::edit::PlanEdit;
    let mut p = Plan {
        name: "Berlin backend hire (secret)".into(),
        ..Plan::default()
    };
    p.engagement.kind = EngagementKind::FullTimeContractor;
    p.costs.quotes.push(Quote {
        id: "q1".into(),
        name: "Contractor in Romania (Cluj), direct".into(),
        route: QuoteRoute::DirectContractor,
        basis: RateBasis::Monthly,
        low: "5000".into(),
        ..Default::default()
    });
    p.costs.quotes.push(Quote {
        id: "q2".into(),
        name: "Kraków agency".into(),
        route: QuoteRoute::Agency,
        basis: RateBasis::Monthly,
        low: "7000".into(),
        ..Default::default()
    });
    p.route.chosen = Some(RouteKey::Quote("q1".into()));
    let inflated = |link: &str| serde_json::to_string(&decode_share(link).unwrap()).unwrap();
    // Not ticked: neither the name nor a label is in the decoded plan.
    let link = encode_share(&p);
    let all = inflated(&link);
    for secret in ["Berlin backend hire", "Romania (Cluj)", "Kraków agency"] {
        assert!(!all.contains(secret), "{secret} is in the link: {all}");
    }
    let shared = decode_share(&link).unwrap();
    assert_eq!(shared.name, "");
    assert_eq!(shared.costs.quotes[0].name, "Quote 1");
    assert_eq!(shared.costs.quotes[1].name, "Quote 2");
    // The quotes themselves travel, and the chosen one is still chosen.
    assert_eq!(shared.costs.quotes[0].low, "5000");
    assert_eq!(shared.route.chosen, Some(RouteKey::Quote("q1".into())));
    // The plan at home keeps its names.
    assert_eq!(
        p.costs.quotes[0].name,
        "Contractor in Romania (Cluj), direct"
    );
    // Ticked: they travel.
    p.apply(PlanEdit::ShareNames(true)).unwrap();
    let shared = decode_share(&encode_share(&p)).unwrap();
    assert_eq!(shared.name, "Berlin backend hire (secret)");
    assert_eq!(
        shared.costs.quotes[0].name,
        "Contractor in Romania (Cluj), direct"
    );
    // And the tick is independent of the cash tick.
    assert!(!shared.finances.share_cash());
    p.apply(PlanEdit::ShareNames(false)).unwrap();
    assert!(!p.finances.share_names());
}

//! The founder's shortlist (issue 39): routes of any kind side by side, each priced on its own
//! terms under its own engagement and told as the plan's story would tell it once chosen.

use chrono::NaiveDate;
use hireplan_core::codec::{decode_import, decode_share, decode_stored, encode_share, Imported};
use hireplan_core::cost::decision::chosen::{choosable, report};
use hireplan_core::cost::runway::RunwayError;
use hireplan_core::hiring::afford::afford;
use hireplan_core::hiring::plan_timeline;
use hireplan_core::kit::{offer_terms, route_trial};
use hireplan_core::plan::{
    EngagementKind, FinanceField, Plan, QuoteField, QuoteRoute, RateBasis, RouteKey,
    ShortlistRoute, MAX_SHORTLIST, SCHEMA_VERSION,
};
use hireplan_core::session::edit::{EditError, PlanEdit};
use hireplan_core::story::shortlist::{column, compare, routes_for, Row};
use hireplan_core::story::shortlist_words::{chart, chart_table, describe_chart, heading, rows};
use hireplan_core::story::story;
use hireplan_core::text::currency::Currency;
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

fn with_cash(p: &mut Plan, eur: bool) {
    let mut figures = vec![
        (FinanceField::Cash, "400000"),
        (FinanceField::CashDate, "2026-12-01"),
        (FinanceField::Burn, "25000"),
        (FinanceField::KeepMonths, "6"),
    ];
    if eur {
        p.finances.set_display(Currency::Eur);
        figures.push((FinanceField::Rate(Currency::Eur), "0.92"));
        figures.push((FinanceField::RateDate(Currency::Eur), "2026-12-01"));
    }
    for (field, text) in figures {
        p.apply(PlanEdit::Finance {
            field,
            text: text.into(),
        })
        .unwrap();
    }
}

/// The issue's founder: an employee plan based in Germany, in euros, with a contractor quote.
fn berlin() -> Plan {
    let mut p = Plan::default();
    p.apply(PlanEdit::BothCountries("de".into())).unwrap();
    with_cash(&mut p, true);
    p.apply(PlanEdit::AddQuote).unwrap();
    for (field, text) in [
        (QuoteField::Name, "Contractor in Romania (Cluj), direct"),
        (QuoteField::Low, "5000"),
        (QuoteField::High, "6000"),
        (QuoteField::DaysToHire, "21"),
    ] {
        p.apply(PlanEdit::QuoteText {
            id: "q1".into(),
            field,
            text: text.into(),
        })
        .unwrap();
    }
    p.apply(PlanEdit::QuoteBasis {
        id: "q1".into(),
        basis: RateBasis::Monthly,
    })
    .unwrap();
    p
}

fn entry(route: &str, kind: EngagementKind, country: Option<&str>) -> ShortlistRoute {
    ShortlistRoute {
        route: RouteKey::parse(route).unwrap(),
        kind,
        hire_country: country.map(str::to_string),
    }
}

/// The issue's shortlist: the employee in Germany by job boards, the quote, and Toptal.
fn shortlisted() -> (Plan, [ShortlistRoute; 3]) {
    let mut p = berlin();
    let boards = ShortlistRoute::from_plan(&p, RouteKey::JobBoards);
    let quote = ShortlistRoute::from_plan(&p, RouteKey::Quote("q1".into()));
    let toptal = entry(
        "channel:toptal",
        EngagementKind::FullTimeContractor,
        Some("de"),
    );
    for r in [&boards, &quote, &toptal] {
        p.apply(PlanEdit::AddToShortlist(r.clone())).unwrap();
    }
    (p, [boards, quote, toptal])
}

/// The plan as a founder would set it up to follow one route alone: the engagement, the place
/// and the choice, each its own edit.
fn alone(plan: &Plan, r: &ShortlistRoute) -> Plan {
    let mut p = plan.clone();
    p.shortlist = Default::default();
    p.apply(PlanEdit::Kind(r.kind)).unwrap();
    p.apply(PlanEdit::HireCountry(r.hire_country.clone()))
        .unwrap();
    p.apply(PlanEdit::ChooseRoute(r.route.clone())).unwrap();
    p
}

#[test]
fn a_mixed_shortlist_prices_each_route_as_it_would_be_priced_alone() {
    let (p, routes) = shortlisted();
    assert_eq!(p.engagement.kind, EngagementKind::FullTimeEmployee);
    assert_eq!(
        routes[1].kind,
        EngagementKind::FullTimeContractor,
        "a contractor's quote is priced as a contractor's, in an employee plan"
    );
    let cmp = compare(&p, today());
    assert_eq!(cmp.columns.len(), 3);
    assert_eq!(cmp.money.currency(), Currency::Eur);
    for (c, r) in cmp.columns.iter().zip(&routes) {
        let a = alone(&p, r);
        let rep = report(&a).unwrap();
        let o = rep.option(&r.route).expect("priced alone");
        assert_eq!(c.monthly(), o.monthly_all_in(), "{}", heading(c));
        assert_eq!(c.total(), o.total, "{}", heading(c));
        assert_eq!(c.start().date(), plan_timeline(&a, today()).start());
        let runway = afford(&a, &rep, today());
        let ra = runway.route(&r.route).expect("the runway, alone");
        assert_eq!(c.afford.as_ref(), Some(ra), "{}", heading(c));
        assert_eq!(c.trial(), &route_trial(&a));
        assert!(c.monthly().is_some(), "{} is priced", heading(c));
        assert!(c.pays().is_some_and(|p| p.is_ok()), "{}", heading(c));
    }
    // The plan itself did not change engagement or route.
    assert_eq!(p.engagement.kind, EngagementKind::FullTimeEmployee);
    assert_eq!(p.route.chosen, None);
    // In words: three columns, every amount in euros, a yes/no line each.
    let words = rows(&cmp);
    assert_eq!(words.len(), Row::ALL.len());
    for r in &words {
        assert_eq!(r.cells.len(), 3);
        for cell in &r.cells {
            assert!(
                !cell.source.is_empty(),
                "{}: every value has its source",
                r.title
            );
        }
    }
    let month = &words[0];
    assert!(
        month.cells.iter().all(|c| c.value.contains('€')),
        "{month:?}"
    );
    assert!(
        !month.cells.iter().any(|c| c.value.contains('$')),
        "{month:?}"
    );
    let affords = words.iter().find(|r| r.row == Row::Affords).unwrap();
    assert!(
        affords.cells.iter().all(|c| c.value.starts_with("Yes")
            || c.value.starts_with("No")
            || c.value.starts_with("Only")),
        "{affords:?}"
    );
    // The best month is marked in words, on the cheapest month.
    let best = cmp.best(Row::Month);
    assert_eq!(best.len(), 1);
    let cheapest = cmp
        .columns
        .iter()
        .enumerate()
        .min_by_key(|(_, c)| c.monthly().unwrap().mid().0)
        .unwrap()
        .0;
    assert_eq!(best, vec![cheapest]);
    assert_eq!(month.cells[cheapest].best, "best: lowest");
    assert!(month
        .cells
        .iter()
        .enumerate()
        .all(|(i, c)| (i == cheapest) != c.best.is_empty()));
    // The headings name the engagement and the place.
    assert!(heading(&cmp.columns[0]).starts_with("Job boards"));
    assert!(heading(&cmp.columns[0]).contains("full-time employee, based in Germany"));
    assert!(heading(&cmp.columns[2]).contains("full-time contractor"));
}

#[test]
fn choosing_from_the_shortlist_sets_the_route_its_engagement_and_place_and_undoes() {
    let (mut p, routes) = shortlisted();
    let before = story(&p, today());
    p.apply(PlanEdit::ChooseFromShortlist(routes[1].clone()))
        .unwrap();
    assert_eq!(p.engagement.kind, EngagementKind::FullTimeContractor);
    assert_eq!(p.route.chosen, Some(RouteKey::Quote("q1".into())));
    // The later steps follow: the story is the column's.
    let s = story(&p, today());
    let col = column(&p, &routes[1], today());
    assert_eq!(s, col.story);
    // The comparison marks the column the plan follows, and only that one.
    let followed: Vec<bool> = compare(&p, today())
        .columns
        .iter()
        .map(|c| c.followed)
        .collect();
    assert_eq!(followed, [false, true, false]);
    assert_ne!(s.start, before.start, "the timeline moved to the quote");
    assert_eq!(plan_timeline(&p, today()).start(), s.start.date());
    assert_eq!(offer_terms(&p), s.offer);
    let said = hireplan_core::story::shortlist_words::choice_set(&p).unwrap();
    assert!(
        said.contains("full-time contractor")
            && said.contains("(it was a full-time employee, based in Germany)"),
        "{said}"
    );
    // The undo brings back the employee plan with no route chosen.
    p.apply(PlanEdit::UndoShortlistChoice).unwrap();
    assert_eq!(p.engagement.kind, EngagementKind::FullTimeEmployee);
    assert_eq!(p.engagement.hire_country.as_deref(), Some("de"));
    assert_eq!(p.route.chosen, None);
    assert_eq!(story(&p, today()), before);
    assert!(compare(&p, today()).columns.iter().all(|c| !c.followed));
    let undone = p.clone();
    assert_eq!(
        p.apply(PlanEdit::UndoShortlistChoice),
        Err(EditError::NothingToUndo)
    );
    assert_eq!(p, undone);
    // Toptal, chosen, makes the plan a contractor's, based in Germany.
    p.apply(PlanEdit::ChooseFromShortlist(routes[2].clone()))
        .unwrap();
    assert_eq!(p.engagement.kind, EngagementKind::FullTimeContractor);
    assert_eq!(p.route.chosen, Some(RouteKey::Channel("toptal".into())));
    // A route not on the list is refused, and nothing changes.
    let kept = p.clone();
    let other = entry("channel:lemon", EngagementKind::FullTimeContractor, None);
    assert_eq!(
        p.apply(PlanEdit::ChooseFromShortlist(other)),
        Err(EditError::NotShortlisted)
    );
    assert_eq!(p, kept);
}

#[test]
fn the_shortlist_refuses_what_it_cannot_hold_and_loses_nothing() {
    let (mut p, routes) = shortlisted();
    let refused = |p: &mut Plan, e: PlanEdit| {
        let kept = p.clone();
        let err = p.apply(e).unwrap_err();
        assert_eq!(*p, kept, "a refused edit changed the plan");
        assert!(!err.to_string().is_empty());
        err
    };
    assert_eq!(
        refused(&mut p, PlanEdit::AddToShortlist(routes[0].clone())),
        EditError::AlreadyShortlisted
    );
    // Toptal for an employee is not a route: refused with the reason.
    let err = refused(
        &mut p,
        PlanEdit::AddToShortlist(entry(
            "channel:toptal",
            EngagementKind::FullTimeEmployee,
            None,
        )),
    );
    assert!(matches!(err, EditError::NoSuchRoute(_)), "{err:?}");
    // An unknown country is an error.
    assert!(matches!(
        refused(
            &mut p,
            PlanEdit::AddToShortlist(entry(
                "jobboards",
                EngagementKind::FullTimeEmployee,
                Some("xx")
            ))
        ),
        EditError::UnknownCountry(_)
    ));
    p.apply(PlanEdit::AddToShortlist(entry(
        "contractor:ro",
        EngagementKind::FullTimeContractor,
        Some("ro"),
    )))
    .unwrap();
    assert_eq!(p.shortlist.len(), MAX_SHORTLIST);
    assert_eq!(
        refused(
            &mut p,
            PlanEdit::AddToShortlist(entry(
                "channel:lemon",
                EngagementKind::FullTimeContractor,
                None
            ))
        ),
        EditError::ShortlistFull
    );
    // Taking one off makes room; a removed quote leaves the list with it.
    p.apply(PlanEdit::RemoveFromShortlist(routes[0].clone()))
        .unwrap();
    assert_eq!(p.shortlist.len(), 3);
    assert_eq!(
        refused(&mut p, PlanEdit::RemoveFromShortlist(routes[0].clone())),
        EditError::NotShortlisted
    );
    p.apply(PlanEdit::RemoveQuote("q1".into())).unwrap();
    assert!(!p.shortlist.contains(&routes[1]));
    assert_eq!(p.shortlist.len(), 2);
}

#[test]
fn a_version_8_plan_with_a_runner_up_starts_its_shortlist_with_the_two() {
    let v8 = r#"{"schema_version":8,
        "engagement":{"kind":"full_time_contractor","hire_country":"ro"},
        "route":{"chosen":"channel:toptal","runner_up":"contractor:ro"}}"#;
    let p = decode_stored(v8).unwrap();
    assert_eq!(p.schema_version, SCHEMA_VERSION);
    assert_eq!(SCHEMA_VERSION, 9);
    assert_eq!(
        p.shortlist.routes,
        vec![
            entry(
                "channel:toptal",
                EngagementKind::FullTimeContractor,
                Some("ro")
            ),
            entry(
                "contractor:ro",
                EngagementKind::FullTimeContractor,
                Some("ro")
            ),
        ]
    );
    // The runner-up stays where it was.
    assert_eq!(p.route.runner_up, RouteKey::parse("contractor:ro"));
    // Without a runner-up there is nothing to compare: an empty shortlist.
    let Imported::Plan(old) = decode_import(&fixture("plan-v8.json")).unwrap() else {
        panic!("a plan file");
    };
    assert!(old.shortlist.is_empty());
    // Version 9's file keeps its shortlist and the choice's undo.
    let Imported::Plan(v9) = decode_import(&fixture("plan-v9.json")).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(v9.shortlist.len(), 3);
    assert_eq!(
        v9.shortlist.routes[0],
        entry("jobboards", EngagementKind::FullTimeEmployee, Some("de"))
    );
    assert!(v9.shortlist.before.is_some());
    assert_eq!(compare(&v9, today()).columns.len(), 3);
    let back = decode_stored(&hireplan_core::codec::encode_stored(&v9)).unwrap();
    assert_eq!(back.shortlist, v9.shortlist);
    // A hand-made file with more routes than a shortlist holds is refused.
    let five: Vec<String> = (0..5)
        .map(|_| r#"{"route":"jobboards","kind":"full_time_employee"}"#.to_string())
        .collect();
    let big = format!(
        r#"{{"schema_version":9,"shortlist":{{"routes":[{}]}}}}"#,
        five.join(",")
    );
    assert!(decode_stored(&big).is_err());
}

#[test]
fn a_version_8_quote_for_another_kind_of_hire_joins_the_shortlist_under_its_own() {
    // A salary quote beside a contractor plan, and a contractor's quote beside an employee's.
    use EngagementKind::{FullTimeContractor, FullTimeEmployee};
    for (plan_kind, kind, quote, filed) in [
        (
            "full_time_contractor",
            FullTimeContractor,
            "employee",
            FullTimeEmployee,
        ),
        (
            "full_time_employee",
            FullTimeEmployee,
            "agency",
            FullTimeContractor,
        ),
    ] {
        let v8 = format!(
            r#"{{"schema_version":8,
            "engagement":{{"kind":"{plan_kind}","hire_country":"ro"}},
            "costs":{{"quotes":[{{"id":"q1","name":"Cluj","route":"{quote}","basis":"monthly",
                "low":"5000","high":"6000"}}]}},
            "route":{{"chosen":"quote:q1","runner_up":"jobboards"}}}}"#
        );
        let p = decode_stored(&v8).unwrap();
        assert_eq!(
            p.shortlist.routes,
            vec![
                entry("quote:q1", filed, Some("ro")),
                entry("jobboards", kind, Some("ro")),
            ],
            "{plan_kind} with an {quote} quote"
        );
        // Filed as the Costs step files it, so its button says it is listed.
        assert_eq!(
            p.shortlist.routes[0],
            ShortlistRoute::from_plan(&p, RouteKey::Quote("q1".into()))
        );
        assert!(p.listed_routes().contains(&RouteKey::Quote("q1".into())));
    }
}

#[test]
fn a_shared_shortlist_leaves_out_the_quotes_labels_unless_ticked() {
    let (mut p, routes) = shortlisted();
    let link = encode_share(&p);
    let shared = decode_share(&link).unwrap();
    assert_eq!(
        shared.shortlist.routes,
        routes.to_vec(),
        "the shortlist travels"
    );
    let inflated = serde_json::to_string(&shared).unwrap();
    assert!(!inflated.contains("Cluj"), "{inflated}");
    let cmp = compare(&shared, today());
    assert!(!heading(&cmp.columns[1]).contains("Cluj"));
    assert!(
        heading(&cmp.columns[1]).contains("Quote 1"),
        "{}",
        heading(&cmp.columns[1])
    );
    // Ticked, the label travels.
    p.apply(PlanEdit::ShareNames(true)).unwrap();
    let shared = decode_share(&encode_share(&p)).unwrap();
    let cmp = compare(&shared, today());
    assert!(heading(&cmp.columns[1]).contains("Cluj"));
}

#[test]
fn a_quote_for_an_employee_joins_a_contractor_plan_as_an_employee() {
    let mut p = Plan::default();
    p.apply(PlanEdit::Kind(EngagementKind::FullTimeContractor))
        .unwrap();
    p.apply(PlanEdit::AddQuote).unwrap();
    p.apply(PlanEdit::QuoteRoute {
        id: "q1".into(),
        route: QuoteRoute::Employee,
    })
    .unwrap();
    let r = ShortlistRoute::from_plan(&p, RouteKey::Quote("q1".into()));
    assert_eq!(r.kind, EngagementKind::FullTimeEmployee);
}

#[test]
fn a_quote_on_the_shortlist_follows_a_change_of_the_hire_it_prices() {
    let mut p = Plan::default();
    p.apply(PlanEdit::Kind(EngagementKind::FullTimeContractor))
        .unwrap();
    p.apply(PlanEdit::AddQuote).unwrap();
    let q = RouteKey::Quote("q1".into());
    let jobs = ShortlistRoute::from_plan(&p, RouteKey::Channel("toptal".into()));
    p.apply(PlanEdit::AddToShortlist(ShortlistRoute::from_plan(
        &p,
        q.clone(),
    )))
    .unwrap();
    p.apply(PlanEdit::AddToShortlist(jobs.clone())).unwrap();
    let kinds = |p: &Plan| -> Vec<EngagementKind> {
        p.shortlist
            .routes
            .iter()
            .filter(|r| r.route == q)
            .map(|r| r.kind)
            .collect()
    };
    assert_eq!(kinds(&p), [EngagementKind::FullTimeContractor]);
    // The quote turns out to be a salary: it is compared as an employee, as the form would
    // file it now; the other route does not move.
    let set = |p: &mut Plan, route| {
        p.apply(PlanEdit::QuoteRoute {
            id: "q1".into(),
            route,
        })
        .unwrap()
    };
    set(&mut p, QuoteRoute::Employee);
    assert_eq!(kinds(&p), [EngagementKind::FullTimeEmployee]);
    assert_eq!(
        p.shortlist.routes[0],
        ShortlistRoute::from_plan(&p, q.clone())
    );
    assert_eq!(p.shortlist.routes[1], jobs);
    // And back to an agency: a contractor's price, never filed under an employee.
    set(&mut p, QuoteRoute::Agency);
    assert_eq!(kinds(&p), [EngagementKind::FullTimeContractor]);
    // Filed twice (added under both kinds), it is kept once once the two agree.
    set(&mut p, QuoteRoute::Employee);
    let mut as_contractor = ShortlistRoute::from_plan(&p, q.clone());
    as_contractor.kind = EngagementKind::FullTimeContractor;
    p.shortlist.routes.push(as_contractor);
    set(&mut p, QuoteRoute::Employee);
    assert_eq!(kinds(&p), [EngagementKind::FullTimeEmployee]);
    assert_eq!(p.shortlist.len(), 2);
}

#[test]
fn a_quote_back_from_a_salary_is_filed_under_an_hourly_plan_as_hourly() {
    let mut p = Plan::default();
    p.apply(PlanEdit::Kind(EngagementKind::Hourly)).unwrap();
    p.apply(PlanEdit::AddQuote).unwrap();
    let q = RouteKey::Quote("q1".into());
    p.apply(PlanEdit::AddToShortlist(ShortlistRoute::from_plan(
        &p,
        q.clone(),
    )))
    .unwrap();
    for route in [QuoteRoute::Employee, QuoteRoute::Agency] {
        p.apply(PlanEdit::QuoteRoute {
            id: "q1".into(),
            route,
        })
        .unwrap();
        // Filed as the form would file it now, so its button says it is listed.
        assert_eq!(
            p.shortlist.routes,
            [ShortlistRoute::from_plan(&p, q.clone())]
        );
    }
    assert_eq!(p.shortlist.routes[0].kind, EngagementKind::Hourly);
}

const COUNTRIES: [&str; 6] = ["us", "de", "in", "ro", "br", "gb"];
const KINDS: [EngagementKind; 3] = [
    EngagementKind::FullTimeEmployee,
    EngagementKind::FullTimeContractor,
    EngagementKind::PartTimeContractor,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    /// Each column's figures are the story's figures for that route: the plan with the route
    /// chosen under its engagement and place, as a founder would set it up.
    #[test]
    fn each_column_is_the_storys_figures_for_its_route(
        company in 0usize..COUNTRIES.len(),
        picks in prop::collection::vec((0usize..3, 0usize..COUNTRIES.len(), 0usize..40), 1..=4),
        eur in any::<bool>(),
        cash in any::<bool>(),
        target_days in prop::option::of(0u64..200),
    ) {
        let mut p = Plan::default();
        p.engagement.company_country = Some(COUNTRIES[company].into());
        p.engagement.start_date =
            target_days.and_then(|d| today().checked_add_days(chrono::Days::new(d)));
        if cash {
            with_cash(&mut p, eur);
        }
        for (kind, hire, pick) in picks {
            let mut probe = p.clone();
            probe.engagement.kind = KINDS[kind];
            probe.engagement.hire_country = Some(COUNTRIES[hire].into());
            let Some(rep) = report(&probe) else { continue };
            let options: Vec<_> = rep.options.iter().filter(|o| choosable(o)).collect();
            let Some(o) = options.get(pick % options.len().max(1)) else { continue };
            let r = ShortlistRoute::from_plan(&probe, o.key.clone());
            let _ = p.apply(PlanEdit::AddToShortlist(r));
        }
        let cmp = compare(&p, today());
        prop_assert_eq!(cmp.columns.len(), p.shortlist.len());
        for (c, r) in cmp.columns.iter().zip(&p.shortlist.routes) {
            let a = alone(&p, r);
            let s = story(&a, today());
            prop_assert_eq!(&c.story, &s);
            let rep = report(&a).unwrap();
            let o = rep.option(&r.route);
            prop_assert_eq!(c.option(), o);
            prop_assert_eq!(c.monthly(), o.and_then(|o| o.monthly_all_in()));
            prop_assert_eq!(c.total(), o.and_then(|o| o.total));
            prop_assert_eq!(c.start().date(), plan_timeline(&a, today()).start());
            let whole = afford(&a, &rep, today());
            match s.start.date() {
                Some(start) => {
                    prop_assert_eq!(c.afford.as_ref(), whole.route(&r.route));
                    if let Some(ra) = &c.afford {
                        prop_assert_eq!(ra.start, start);
                    }
                }
                // No start date, so no runway worked out from one.
                None => {
                    if let Some(ra) = &c.afford {
                        prop_assert_eq!(&ra.pays, &Err(RunwayError::MissingStartDate));
                    }
                }
            }
            prop_assert_eq!(&s.money, &cmp.money);
        }
        for row in Row::ALL {
            for i in cmp.best(row) {
                prop_assert!(i < cmp.columns.len());
            }
        }
    }
}

#[test]
fn the_form_offers_an_employee_in_germany_to_a_contractor_plan() {
    let mut p = Plan::default();
    p.apply(PlanEdit::Kind(EngagementKind::FullTimeContractor))
        .unwrap();
    p.apply(PlanEdit::HireCountry(Some("ro".into()))).unwrap();
    let offered = routes_for(&p, EngagementKind::FullTimeEmployee, Some("de".into()));
    let (boards, label, listed) = offered
        .iter()
        .find(|(r, _, _)| r.route == RouteKey::JobBoards)
        .expect("job boards for an employee in Germany");
    assert_eq!(boards.kind, EngagementKind::FullTimeEmployee);
    assert_eq!(boards.hire_country.as_deref(), Some("de"));
    assert!(!label.is_empty() && !listed);
    p.apply(PlanEdit::AddToShortlist(boards.clone())).unwrap();
    assert_eq!(
        p.engagement.kind,
        EngagementKind::FullTimeContractor,
        "the plan's engagement stays"
    );
    let offered = routes_for(&p, EngagementKind::FullTimeEmployee, Some("de".into()));
    assert!(offered.iter().any(|(r, _, listed)| r == boards && *listed));
}

#[test]
fn the_chart_draws_each_priced_route_and_the_budget() {
    let (mut p, _) = shortlisted();
    p.apply(PlanEdit::Budget("9000".into())).unwrap();
    let cmp = compare(&p, today());
    let (series, budget) = chart(&cmp);
    assert_eq!(series.len(), 3);
    let budget = budget.expect("the budget's line");
    assert_eq!(budget.points.len(), cmp.horizon as usize + 1);
    assert_eq!(budget.points[1].mid(), cmp.budget.unwrap());
    for s in &series {
        assert_eq!(s.points.len(), budget.points.len());
    }
    let t = chart_table(&cmp);
    assert_eq!(t.rows.len(), 4);
    assert!(t
        .rows
        .iter()
        .all(|r| r.cells[1..].iter().all(|c| c.text.contains('€'))));
    let svg = hireplan_core::cost::view::chart::cumulative_with_budget(
        &series,
        Some(&budget),
        360,
        &cmp.money,
    );
    assert!(svg.starts_with("<svg"));
    assert!(describe_chart(&cmp).contains("your budget"));
}

#[test]
fn the_plan_file_carries_the_shortlist() {
    let (p, routes) = shortlisted();
    let file =
        hireplan_core::codec::export_plan(&p, chrono::DateTime::<chrono::Utc>::UNIX_EPOCH, false);
    assert!(file.contains("\"shortlist\""));
    let Imported::Plan(back) = decode_import(&file).unwrap() else {
        panic!("a plan file");
    };
    assert_eq!(back.shortlist.routes, routes.to_vec());
    assert_eq!(compare(&back, today()), compare(&p, today()));
}

/// The undo brings back everything a choice replaced, the runner-up included; choosing the
/// route the plan already follows again keeps that undo; the founder's own change of the
/// engagement ends it (an undo would take that change back silently).
#[test]
fn the_undo_restores_the_runner_up_and_survives_a_second_click() {
    let (mut p, routes) = shortlisted();
    p.apply(PlanEdit::ChooseRoute(RouteKey::JobBoards)).unwrap();
    p.apply(PlanEdit::RunnerUp(Some(RouteKey::Placement(
        "lemon".into(),
    ))))
    .unwrap();
    let before = p.clone();
    p.apply(PlanEdit::ChooseFromShortlist(routes[2].clone()))
        .unwrap();
    let chosen = p.clone();
    // A second click on the route followed changes nothing, the undo included.
    p.apply(PlanEdit::ChooseFromShortlist(routes[2].clone()))
        .unwrap();
    assert_eq!(p, chosen);
    p.apply(PlanEdit::UndoShortlistChoice).unwrap();
    assert_eq!(p.engagement, before.engagement);
    assert_eq!(
        p.route, before.route,
        "the choice and the runner-up are back"
    );
    // The founder's own edit of the engagement ends the undo.
    p.apply(PlanEdit::ChooseFromShortlist(routes[2].clone()))
        .unwrap();
    p.apply(PlanEdit::HireCountry(Some("pl".into())))
        .or_else(|_| p.apply(PlanEdit::HireCountry(Some("ro".into()))))
        .unwrap();
    assert_eq!(p.shortlist.before, None);
    assert_eq!(
        p.apply(PlanEdit::UndoShortlistChoice),
        Err(EditError::NothingToUndo)
    );
}

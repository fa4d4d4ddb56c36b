//! Tests of `plan/mod.rs`.

use super::*;
use chrono::TimeZone;

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap()
}

#[test]
fn new_plan_carries_version_id_and_time() {
    let plan = Plan::new(PlanId::from_parts(1, 2), now());
    assert_eq!(plan.schema_version, SCHEMA_VERSION);
    assert_eq!(plan.id, PlanId("p1-000000000002".into()));
    assert_eq!(plan.created_at, now());
    assert_eq!(plan.updated_at, now());
}

#[test]
fn display_name_falls_back_when_blank() {
    let mut plan = Plan::default();
    assert_eq!(plan.display_name(), "Untitled plan");
    plan.name = "  Payments API hire ".into();
    assert_eq!(plan.display_name(), "Payments API hire");
}

#[test]
fn touch_never_moves_backwards() {
    let mut plan = Plan::new(PlanId::from_parts(1, 2), now());
    plan.touch(now() - chrono::Duration::days(1));
    assert_eq!(plan.updated_at, now());
    plan.touch(now() + chrono::Duration::hours(1));
    assert_eq!(plan.updated_at, now() + chrono::Duration::hours(1));
}

#[test]
fn quotes_take_the_first_free_id_up_to_the_limit() {
    let mut c = CostChoices::default();
    assert_eq!(c.add_quote().as_deref(), Some("q1"));
    assert_eq!(c.add_quote().as_deref(), Some("q2"));
    c.quotes.retain(|q| q.id != "q1");
    assert_eq!(c.add_quote().as_deref(), Some("q1"));
    while c.add_quote().is_some() {}
    assert_eq!(c.quotes.len(), MAX_QUOTES);
}

#[test]
fn a_section_edit_keeps_the_draft_it_was_first_written_over() {
    let mut e = JobAdEdits::default();
    e.write("about", "Mine".into(), "Draft 1".into());
    e.write("about", "Mine, again".into(), "Draft 2".into());
    let edit = &e.edits["about"];
    assert_eq!(
        (edit.text.as_str(), edit.based_on.as_str()),
        ("Mine, again", "Draft 1")
    );
}

#[test]
fn missing_fields_take_defaults_when_read() {
    let plan: Plan = serde_json::from_str(r#"{"schema_version":1,"name":"x"}"#).unwrap();
    assert_eq!(plan.name, "x");
    assert_eq!(plan.engagement.horizon_months, "12");
    assert_eq!(plan.engagement.company_country.as_deref(), Some("us"));
    assert_eq!(plan.engagement.hire_country, None);
}

/// A contractor plan in Romania that goes with Toptal.
fn with_toptal() -> Plan {
    let mut plan = Plan::default();
    plan.engagement.kind = EngagementKind::FullTimeContractor;
    plan.engagement.hire_country = Some("ro".into());
    plan.route.chosen = Some(RouteKey::Channel("toptal".into()));
    plan
}

#[test]
fn a_shortlisted_route_is_followed_only_under_the_plans_route_engagement_and_place() {
    let plan = with_toptal();
    let toptal = ShortlistRoute {
        route: RouteKey::Channel("toptal".into()),
        kind: EngagementKind::FullTimeContractor,
        hire_country: Some("ro".into()),
    };
    assert!(toptal.is_followed_by(&plan));
    let other_route = ShortlistRoute {
        route: RouteKey::JobBoards,
        ..toptal.clone()
    };
    let other_kind = ShortlistRoute {
        kind: EngagementKind::PartTimeContractor,
        ..toptal.clone()
    };
    let other_place = ShortlistRoute {
        hire_country: Some("de".into()),
        ..toptal.clone()
    };
    let anywhere = ShortlistRoute {
        hire_country: None,
        ..toptal.clone()
    };
    for r in [other_route, other_kind, other_place, anywhere] {
        assert!(!r.is_followed_by(&plan), "{r:?}");
    }
    // Nothing chosen: nothing followed.
    let mut unchosen = plan;
    unchosen.route.chosen = None;
    assert!(!toptal.is_followed_by(&unchosen));
}

#[test]
fn a_quote_is_filed_under_the_kind_of_hire_it_prices() {
    use EngagementKind::*;
    for (route, plan_kind, filed) in [
        (QuoteRoute::Employee, FullTimeContractor, FullTimeEmployee),
        (QuoteRoute::Employee, Hourly, FullTimeEmployee),
        (QuoteRoute::Employee, FullTimeEmployee, FullTimeEmployee),
        (QuoteRoute::Agency, FullTimeEmployee, FullTimeContractor),
        (
            QuoteRoute::DirectContractor,
            FullTimeEmployee,
            FullTimeContractor,
        ),
        (QuoteRoute::Marketplace, Hourly, Hourly),
        (
            QuoteRoute::VettedPlatform,
            PartTimeContractor,
            PartTimeContractor,
        ),
    ] {
        assert_eq!(
            quote_kind(route, plan_kind),
            filed,
            "{route:?} beside {plan_kind:?}"
        );
    }
}

#[test]
fn the_listed_routes_are_the_shortlisted_ones_under_the_plans_engagement_and_place() {
    let mut plan = with_toptal();
    let salary = plan.costs.add_quote().unwrap();
    plan.costs.quotes[0].route = QuoteRoute::Employee;
    let agency = plan.costs.add_quote().unwrap();
    plan.costs.quotes[1].route = QuoteRoute::Agency;
    let entry = |route: RouteKey, kind, place: &str| ShortlistRoute {
        route,
        kind,
        hire_country: Some(place.into()),
    };
    use EngagementKind::*;
    plan.shortlist.routes = vec![
        entry(RouteKey::Employee("ro".into()), FullTimeEmployee, "ro"),
        entry(RouteKey::Channel("toptal".into()), FullTimeContractor, "ro"),
        entry(RouteKey::JobBoards, FullTimeContractor, "de"),
        entry(RouteKey::Quote(salary.clone()), FullTimeEmployee, "ro"),
        entry(RouteKey::Quote(agency.clone()), FullTimeEmployee, "ro"),
        entry(RouteKey::Contractor("ro".into()), FullTimeContractor, "ro"),
    ];
    // Not the employee's route or the agency's quote (under an employee), nor the job boards
    // in Germany; the salary quote under the employee it prices.
    assert_eq!(
        plan.listed_routes(),
        [
            RouteKey::Channel("toptal".into()),
            RouteKey::Quote(salary.clone()),
            RouteKey::Contractor("ro".into()),
        ]
    );
    // As an employee's plan: the employee's route and the salary quote, no contractor's.
    plan.engagement.kind = FullTimeEmployee;
    assert_eq!(
        plan.listed_routes(),
        [RouteKey::Employee("ro".into()), RouteKey::Quote(salary)]
    );
    assert!(Plan::default().listed_routes().is_empty());
}

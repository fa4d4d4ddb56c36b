//! The Costs step's decision block: the shortlist, why the others are left out, and routes
//! that share their terms said once.

use hireplan_core::cost::decision::view::{decision, route_groups};
use hireplan_core::cost::decision::{bound, shortlist, LeftOut, Pick};
use hireplan_core::cost::{compute, CostReport, RouteKey, RouteKind, Scenario};
use hireplan_core::plan::{EngagementKind, Plan};
use hireplan_core::role::seniority;
use hireplan_core::text::currency::Rate;

fn report(p: &Plan) -> CostReport {
    compute(&Scenario::from_plan(p, seniority::effective(p)).unwrap())
}

/// The plan with an employer of record's fee of $500 a month: employees abroad priced in full.
fn with_eor_fee(mut p: Plan) -> Plan {
    p.costs
        .overrides
        .insert(hireplan_core::market::ids::EOR_FEE.into(), 500.0);
    p
}

fn contractor() -> Plan {
    let mut p = Plan::default();
    p.engagement.kind = EngagementKind::FullTimeContractor;
    p
}

#[test]
fn a_contractor_plan_is_offered_the_cheapest_the_fastest_and_the_least_binding_route() {
    let r = report(&contractor());
    let s = shortlist(&r, None);
    assert!(
        (2..=3).contains(&s.candidates.len()),
        "{:?}",
        s.candidates.len()
    );
    let with = |pick| {
        s.candidates
            .iter()
            .find(|c| c.picks.contains(&pick))
            .unwrap_or_else(|| panic!("no {pick:?}"))
            .option
    };
    assert!(with(Pick::Cheapest).label.starts_with("RocketDevs L2"));
    assert_eq!(with(Pick::Fastest).label, "Toptal");
    // Every contractor route priced in full binds at least as much as the least binding one.
    let least = bound(with(Pick::LeastBound));
    for o in r
        .options
        .iter()
        .filter(|o| o.comparable() && !o.route.serves_employees() && !o.eor_missing)
    {
        assert!(bound(o) >= least, "{} binds less", o.label);
    }
    // Each route is either on the shortlist or left out, once.
    assert_eq!(s.candidates.len() + s.left_out.len(), r.options.len());
    for (o, why) in &s.left_out {
        assert!(!s.candidates.iter().any(|c| c.option.key == o.key));
        if o.closed.is_some() {
            assert_eq!(*why, LeftOut::Closed, "{}", o.label);
        } else if o.total.is_none() {
            assert_eq!(*why, LeftOut::NoPrice, "{}", o.label);
        }
    }
}

#[test]
fn the_cards_and_the_lines_say_each_route_once_with_its_reason() {
    let r = report(&contractor());
    let d = decision(&r, &Rate::usd(), None);
    let first = &d.cards[0];
    assert_eq!(first.picks[0], "Cheapest, every cost known");
    assert!(first.month.ends_with("a month all-in"), "{}", first.month);
    assert_eq!(first.total.as_deref(), Some("$25,300 over 12 months"));
    let toptal = d.cards.iter().find(|c| c.label == "Toptal").unwrap();
    assert_eq!(toptal.hire, "2 days to hire");
    assert_eq!(
        toptal.catch.as_deref(),
        Some("a $500 deposit upfront, not said to come back")
    );
    let why = |key: &str| {
        d.left_out
            .iter()
            .find(|l| l.key == key)
            .unwrap_or_else(|| panic!("{key} is not left out"))
            .why
            .clone()
    };
    assert_eq!(
        why("channel:lemon"),
        "the sources give no price: add a quote of your own."
    );
    assert_eq!(why("channel:github_jobs"), "closed to new clients.");
}

#[test]
fn an_employee_abroad_without_an_eor_fee_is_left_out_for_it() {
    let mut p = Plan::default();
    p.engagement.hire_country = Some("in".into());
    let r = report(&p);
    let s = shortlist(&r, None);
    let india = s
        .left_out
        .iter()
        .find(|(o, _)| o.key == RouteKey::JobBoards)
        .expect("the job boards in India are left out");
    assert_eq!(india.1, LeftOut::EorNotSet);
    assert!(s.candidates.iter().all(|c| !c.option.eor_missing));
    // The one route left with every cost known is an employee in the United States, where the
    // company employs people; the hire is based in India, so it is no pick (issue 38), only
    // a side note that says where.
    assert!(s.candidates.is_empty());
    assert_eq!(s.elsewhere.unwrap().key.to_string(), "employee:us");
    let d = decision(&r, &Rate::usd(), None);
    let note = d.elsewhere.unwrap();
    assert!(
        note.starts_with("Elsewhere, with every cost known: Employee in United States"),
        "{note}"
    );
    assert!(
        note.ends_with("based in the United States rather than India."),
        "{note}"
    );
    // With the EOR fee set, the routes in India are priced in full, and the picks are there.
    let r = report(&with_eor_fee(p.clone()));
    let s = shortlist(&r, None);
    assert!(!s.candidates.is_empty());
    assert!(s
        .candidates
        .iter()
        .all(|c| c.option.country.as_deref() == Some("in")));
    assert!(s.candidates[0].picks.contains(&Pick::Cheapest));
}

#[test]
fn with_a_budget_under_every_price_nothing_is_offered_and_each_says_why() {
    let mut p = contractor();
    p.engagement.monthly_budget_usd = "100".into();
    let r = report(&p);
    let s = shortlist(&r, None);
    assert!(s.candidates.is_empty());
    assert!(s
        .left_out
        .iter()
        .any(|(_, why)| *why == LeftOut::OverBudget));
    let d = decision(&r, &Rate::usd(), None);
    assert!(d
        .left_out
        .iter()
        .any(|l| l.why == "over your monthly budget."));
}

#[test]
fn employees_abroad_form_one_group_that_says_the_eor_once() {
    let r = report(&Plan::default());
    let groups = route_groups(&r, &Rate::usd());
    let abroad: Vec<_> = groups
        .iter()
        .filter(|g| g.title == RouteKind::EmployeeAbroad.label())
        .collect();
    assert_eq!(abroad.len(), 1);
    let g = abroad[0];
    assert!(g.members.len() >= 5, "{}", g.members.len());
    assert!(g
        .shared_catches
        .iter()
        .any(|c| c.starts_with("Needs your own entity in its country")));
    for m in &g.members {
        assert!(m.own.iter().all(|o| !o.contains("Needs your own entity")));
        assert!(m.month.contains('$'), "{}", m.month);
    }
    // Every route is in exactly one group.
    let keys: Vec<&str> = groups
        .iter()
        .flat_map(|g| g.members.iter().map(|m| m.key.as_str()))
        .collect();
    assert_eq!(keys.len(), r.options.len());
    for o in &r.options {
        let key = o.key.to_string();
        assert_eq!(keys.iter().filter(|k| **k == key).count(), 1);
    }
}

/// Issue 38: a Berlin start-up hiring a senior backend developer based in Germany, with a
/// budget under some routes' price, that chose a route.
fn berlin() -> Plan {
    let mut p = Plan::default();
    p.engagement.company_country = Some("de".into());
    p.engagement.hire_country = Some("de".into());
    p.engagement.monthly_budget_usd = "9000".into();
    p
}

#[test]
fn the_chosen_route_is_never_under_why_not() {
    let p = berlin();
    let r = report(&p);
    // Choose a route that would otherwise be left out (over the budget, or beaten).
    let (left, _) = shortlist(&r, None)
        .left_out
        .into_iter()
        .find(|(o, why)| o.closed.is_none() && *why != LeftOut::OtherEngagement)
        .map(|(o, why)| (o.key.clone(), why))
        .expect("a route left out");
    let s = shortlist(&r, Some(&left));
    assert!(s.left_out.iter().all(|(o, _)| o.key != left));
    let d = decision(&r, &Rate::usd(), Some(&left));
    assert!(d.left_out.iter().all(|l| l.key != left.to_string()));
    // Every other route is still accounted for: the shortlist, the chosen one, the rest.
    let on_list = s.candidates.iter().any(|c| c.option.key == left);
    assert_eq!(
        s.candidates.len() + s.left_out.len() + usize::from(!on_list),
        r.options.len()
    );
}

#[test]
fn the_headline_picks_are_where_the_hire_is_based_and_a_cheaper_country_is_a_side_note() {
    let mut p = berlin();
    p.engagement.monthly_budget_usd = String::new();
    // With an EOR fee set, employees in cheaper countries are priced in full.
    let r = report(&with_eor_fee(p));
    let s = shortlist(&r, None);
    assert!(!s.candidates.is_empty());
    for c in &s.candidates {
        assert!(
            c.option.country.as_deref().is_none_or(|c| c == "de"),
            "{} is not in Germany",
            c.option.label
        );
    }
    let d = decision(&r, &Rate::usd(), None);
    assert!(d.cards.iter().all(|c| c.label != "Employee in India"));
    let note = d.elsewhere.expect("a cheaper country is named");
    assert!(
        note.starts_with("Cheaper elsewhere: Employee in "),
        "{note}"
    );
    assert!(note.ends_with("rather than Germany."), "{note}");
    let india = d
        .left_out
        .iter()
        .find(|l| l.key == "employee:in")
        .expect("India is left out");
    assert_eq!(india.why, "hires in India; your hire is based in Germany.");
    // "In short" compares like with like too: the cheapest it names is in Germany.
    assert!(
        !r.summary(&Rate::usd()).contains("India"),
        "{}",
        r.summary(&Rate::usd())
    );
}

#[test]
fn the_plan_embed_names_the_chosen_route_with_its_price_and_time_to_hire() {
    use hireplan_core::cost::decision::view::embed_route_lines;
    let mut p = contractor();
    let r = report(&p);
    let none = embed_route_lines(&p, &r, &Rate::usd());
    assert!(none[0].starts_with("No route chosen yet. The cheapest route that fits: RocketDevs"));
    p.route.chosen = Some(RouteKey::Channel("toptal".into()));
    let lines = embed_route_lines(&p, &r, &Rate::usd());
    assert!(
        lines[0].starts_with("Route chosen: Toptal. $"),
        "{}",
        lines[0]
    );
    assert!(lines[0].ends_with("2 days to hire."), "{}", lines[0]);
    // Readers have no controls: nothing asks them to add or change anything.
    for l in &lines {
        assert!(!l.contains("below"), "{l}");
    }
}

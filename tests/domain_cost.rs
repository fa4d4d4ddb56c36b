//! The cost engine against the articles' own numbers, worked out by hand, and its properties.

use hireplan::domain::cost::{
    compute, crossover, parse_budget, parse_horizon, parse_hours_per_week, BudgetFit, InputError,
    Scenario,
};
use hireplan::domain::market::market;
use hireplan::domain::money::Usd;
use hireplan::domain::plan::{EngagementKind, Plan, Seniority};
use proptest::prelude::*;
use std::collections::BTreeMap;

fn scenario(seniority: Seniority, kind: EngagementKind, horizon: u32) -> Scenario {
    Scenario {
        seniority,
        kind,
        hours_per_week: 40.0,
        horizon_months: horizon,
        budget_monthly: None,
        countries: vec![],
        channels: vec![],
        home_country: "us".into(),
        overrides: BTreeMap::new(),
    }
}

fn dollars(d: i64) -> Usd {
    Usd::dollars(d)
}

#[test]
fn rocketdevs_l2_full_time_for_three_months() {
    let mut s = scenario(Seniority::Mid, EngagementKind::FullTimeContractor, 3);
    s.channels = vec!["rocketdevs".into()];
    let r = compute(&s);
    let o = r.option("channel:rocketdevs").unwrap();
    assert_eq!(o.label, "RocketDevs L2");
    assert_eq!(o.monthly.unwrap().whole(), "$2,200");
    // 3 months x $2,200 (RocketDevs guide), no fees.
    assert_eq!(o.total.unwrap().low(), dollars(6600));
    assert!(o.total.unwrap().is_point());
    assert_eq!(o.trial_days, Some(14));
    assert_eq!(o.commitment_months, Some(3));
    assert!(
        o.overhead_monthly.is_none(),
        "platforms carry no employer overhead"
    );
}

#[test]
fn rocketdevs_levels_and_part_time_prices() {
    for (sen, ft, pt) in [
        (Seniority::Junior, 1300, 800),
        (Seniority::Mid, 2200, 1300),
        (Seniority::Senior, 3600, 2000),
    ] {
        let mut s = scenario(sen, EngagementKind::FullTimeContractor, 1);
        s.channels = vec!["rocketdevs".into()];
        assert_eq!(compute(&s).options[0].monthly.unwrap().low(), dollars(ft));
        s.kind = EngagementKind::PartTimeContractor;
        assert_eq!(compute(&s).options[0].monthly.unwrap().low(), dollars(pt));
    }
}

#[test]
fn toptal_full_time_for_twelve_weeks_with_its_deposit() {
    // Twelve weeks = 3 months of 4 weeks: $2,000-$3,200 a week x 12 + $500 deposit.
    let mut s = scenario(Seniority::Senior, EngagementKind::FullTimeContractor, 3);
    s.channels = vec!["toptal".into()];
    s.overrides.insert("assume.weeks_per_month".into(), 4.0);
    let r = compute(&s);
    let o = r.option("channel:toptal").unwrap();
    assert_eq!(o.total.unwrap().low(), dollars(24_000 + 500));
    assert_eq!(o.total.unwrap().high(), dollars(38_400 + 500));
    assert_eq!(o.one_offs.len(), 1);
    assert_eq!(o.one_offs[0].month, 0);
    assert_eq!(o.time_to_hire_days, Some((2, 2)));
    assert!(r
        .overrides_used()
        .iter()
        .any(|u| u.id == "assume.weeks_per_month"));
}

#[test]
fn toptal_monthly_uses_weeks_per_month() {
    let mut s = scenario(Seniority::Senior, EngagementKind::FullTimeContractor, 3);
    s.channels = vec!["toptal".into()];
    let o = &compute(&s).options[0];
    // 4.345 weeks a month: $8,690 - $13,904 a month.
    assert_eq!(o.monthly.unwrap().low(), dollars(8690));
    assert_eq!(o.monthly.unwrap().high(), dollars(13904));
}

#[test]
fn lemon_full_time_placement_on_a_given_salary() {
    // An employee on $100,000 a year: 15% placement fee = $15,000 once, then $8,333.33 a month
    // plus 20% employer overhead (an assumption).
    let mut s = scenario(Seniority::Mid, EngagementKind::FullTimeEmployee, 12);
    s.channels = vec!["lemon".into()];
    s.countries = vec!["us".into()];
    s.overrides.insert("salary.us.median".into(), 100_000.0);
    let r = compute(&s);
    let o = r.option("channel:lemon").unwrap();
    assert_eq!(o.one_offs[0].amount.low(), dollars(15_000));
    assert_eq!(o.monthly.unwrap().low(), Usd(833_333));
    assert_eq!(o.overhead_monthly.unwrap().low(), Usd(166_667));
    // 12 x (8,333.33 + 1,666.67) + 15,000
    assert_eq!(o.total.unwrap().low(), dollars(135_000));
    assert_eq!(o.time_to_hire_days, Some((1, 1)));
}

#[test]
fn lemon_without_a_full_time_hire_has_no_price() {
    let mut s = scenario(Seniority::Mid, EngagementKind::Hourly, 6);
    s.channels = vec!["lemon".into()];
    let o = &compute(&s).options[0];
    assert_eq!(o.monthly, None);
    assert_eq!(o.total, None);
    assert!(o.notes.iter().any(|n| n.contains("hourly rates")));
}

#[test]
fn us_median_against_india() {
    let mut s = scenario(Seniority::Mid, EngagementKind::FullTimeEmployee, 12);
    s.countries = vec!["us".into(), "in".into()];
    s.overrides.insert("assume.employer_overhead".into(), 0.0);
    let r = compute(&s);
    // Monthly amounts are kept to the cent, so a year reads as the annual median in dollars.
    let us = r.option("country:us").unwrap().total.unwrap();
    let india = r.option("country:in").unwrap().total.unwrap();
    assert_eq!(us.whole(), "$115,000");
    assert_eq!(india.whole(), "$10,000");
    assert_eq!(r.cheapest()[0].key, "country:in");
}

#[test]
fn india_hourly_range_for_freelance_work() {
    let mut s = scenario(Seniority::Mid, EngagementKind::Hourly, 1);
    s.hours_per_week = 10.0;
    s.countries = vec!["in".into()];
    let r = compute(&s);
    let o = r.option("country-hourly:in").unwrap();
    // 10 h/week x 4.345 weeks = 43.45 h at $15-$50.
    assert_eq!(o.monthly.unwrap().low(), Usd(65_175));
    assert_eq!(o.monthly.unwrap().high(), Usd(217_250));
    // Employees are not priced from hourly rates.
    s.kind = EngagementKind::FullTimeEmployee;
    assert!(compute(&s).option("country-hourly:in").is_none());
}

#[test]
fn employer_overhead_is_kept_apart_for_employees_only() {
    let mut s = scenario(Seniority::Mid, EngagementKind::FullTimeEmployee, 1);
    s.countries = vec!["de".into()];
    let o = compute(&s).options[0].clone();
    assert_eq!(o.label, "Employee in Germany");
    assert_eq!(o.monthly.unwrap().low(), Usd(608_333));
    assert_eq!(o.overhead_monthly.unwrap().low(), Usd(121_667));
    s.kind = EngagementKind::FullTimeContractor;
    let o = compute(&s).options[0].clone();
    assert_eq!(o.overhead_monthly, None);
    assert_eq!(o.label, "Contractor in Germany");
}

#[test]
fn senior_and_junior_factors_come_from_rocketdevs_ratios() {
    let mut s = scenario(Seniority::Senior, EngagementKind::FullTimeEmployee, 12);
    s.countries = vec!["us".into()];
    s.overrides.insert("assume.employer_overhead".into(), 0.0);
    // $115,000 x 1.64 and x 0.59.
    assert_eq!(compute(&s).options[0].total.unwrap().whole(), "$188,600");
    s.seniority = Seniority::Junior;
    assert_eq!(compute(&s).options[0].total.unwrap().whole(), "$67,850");
}

#[test]
fn we_work_remotely_adds_its_posting_fee_once() {
    let mut s = scenario(Seniority::Mid, EngagementKind::FullTimeEmployee, 6);
    s.channels = vec!["wwr".into()];
    s.home_country = "ro".into();
    s.overrides.insert("assume.employer_overhead".into(), 0.0);
    let o = compute(&s).option("channel:wwr").unwrap().clone();
    assert_eq!(o.label, "We Work Remotely hire (Romania)");
    // Romania $24,000 a year: 6 months = $12,000, plus $300 posting.
    assert_eq!(o.total.unwrap().low(), dollars(12_300));
    assert_eq!(o.time_to_hire_days, Some((21, 42)));
}

#[test]
fn channels_without_prices_say_so() {
    let mut s = scenario(Seniority::Mid, EngagementKind::FullTimeContractor, 6);
    s.channels = vec![
        "upwork".into(),
        "turing".into(),
        "fiverr".into(),
        "clutch".into(),
    ];
    for o in compute(&s).options {
        assert_eq!(o.total, None, "{}", o.key);
        assert!(o.notes.iter().any(|n| n.contains("no price")), "{}", o.key);
    }
}

#[test]
fn budget_fit_reads_the_range() {
    let mut s = scenario(Seniority::Senior, EngagementKind::FullTimeContractor, 3);
    s.channels = vec!["toptal".into(), "rocketdevs".into()];
    s.budget_monthly = Some(dollars(10_000));
    let r = compute(&s);
    assert_eq!(
        r.option("channel:toptal").unwrap().budget,
        BudgetFit::Partly
    );
    assert_eq!(
        r.option("channel:rocketdevs").unwrap().budget,
        BudgetFit::Fits
    );
    s.budget_monthly = Some(dollars(3000));
    let r = compute(&s);
    assert_eq!(r.option("channel:toptal").unwrap().budget, BudgetFit::Over);
    assert_eq!(
        r.option("channel:rocketdevs").unwrap().budget,
        BudgetFit::Over
    );
}

#[test]
fn rankings_cheapest_and_fastest() {
    let mut s = scenario(Seniority::Senior, EngagementKind::FullTimeEmployee, 12);
    s.countries = vec!["us".into()];
    s.channels = vec![
        "toptal".into(),
        "rocketdevs".into(),
        "lemon".into(),
        "linkedin".into(),
    ];
    let r = compute(&s);
    assert_eq!(r.cheapest()[0].key, "channel:rocketdevs");
    let fastest: Vec<_> = r.fastest().iter().map(|o| o.key.as_str()).collect();
    assert_eq!(fastest[0], "channel:lemon");
    assert_eq!(fastest[1], "channel:toptal");
}

#[test]
fn a_placement_fee_option_overtakes_a_platform_later() {
    // Lemon.io placement of a US employee costs a big fee up front; RocketDevs L3 costs
    // $3,600 a month. RocketDevs is cheaper from the start and never crosses back.
    let mut s = scenario(Seniority::Senior, EngagementKind::FullTimeEmployee, 24);
    s.countries = vec!["in".into()];
    s.home_country = "in".into();
    s.channels = vec!["rocketdevs".into(), "toptal".into()];
    let r = compute(&s);
    let india = r.option("country:in").unwrap();
    let rocket = r.option("channel:rocketdevs").unwrap();
    let toptal = r.option("channel:toptal").unwrap();
    assert_eq!(crossover(rocket, toptal, 24), None);
    // India: $16,400 a year x 1.2 = $1,640/month, none up front; RocketDevs L3 $3,600/month.
    assert_eq!(crossover(india, rocket, 24), None);

    // An option with a fee but a lower monthly cost overtakes: WWR hire in India vs RocketDevs.
    let mut s2 = s.clone();
    s2.channels = vec!["wwr".into(), "rocketdevs".into()];
    s2.overrides.insert("wwr.posting".into(), 20_000.0);
    let r2 = compute(&s2);
    let wwr = r2.option("channel:wwr").unwrap();
    let rocket = r2.option("channel:rocketdevs").unwrap();
    // Month m: WWR = 20,000 + 1,640m (India senior, +20%); RocketDevs L3 = 3,600m.
    // 1,960m > 20,000 first at m = 11.
    let x = crossover(wwr, rocket, 24).unwrap();
    assert_eq!(x.month, 11);
    assert_eq!(x.cheaper_before, "channel:rocketdevs");
    assert_eq!(x.cheaper_after, "channel:wwr");
}

#[test]
fn cumulative_series_starts_with_one_offs() {
    let mut s = scenario(Seniority::Senior, EngagementKind::FullTimeContractor, 2);
    s.channels = vec!["toptal".into()];
    let o = compute(&s).options[0].clone();
    let c = o.cumulative(2).unwrap();
    assert_eq!(c.len(), 3);
    assert_eq!(c[0].low(), dollars(500));
    assert_eq!(c[2], o.total.unwrap());
}

#[test]
fn parsing_gives_typed_errors_for_bad_input() {
    assert!(matches!(
        parse_hours_per_week("-5"),
        Err(InputError::HoursPerWeek(_))
    ));
    assert!(matches!(
        parse_hours_per_week("0"),
        Err(InputError::HoursPerWeek(_))
    ));
    assert!(matches!(
        parse_hours_per_week("200"),
        Err(InputError::HoursPerWeek(_))
    ));
    assert!(matches!(
        parse_hours_per_week("lots"),
        Err(InputError::HoursPerWeek(_))
    ));
    assert_eq!(parse_hours_per_week(" 20 "), Ok(20.0));
    assert!(matches!(parse_horizon("0"), Err(InputError::Horizon(_))));
    assert!(matches!(parse_horizon("2.5"), Err(InputError::Horizon(_))));
    assert!(matches!(parse_horizon("1e9"), Err(InputError::Horizon(_))));
    assert_eq!(parse_horizon("18"), Ok(18));
    assert_eq!(parse_budget(""), Ok(None));
    assert_eq!(parse_budget("$6,000"), Ok(Some(dollars(6000))));
    assert!(matches!(parse_budget("-1"), Err(InputError::Budget(_))));
    assert!(matches!(parse_budget("NaN"), Err(InputError::Budget(_))));
    assert!(matches!(parse_budget("inf"), Err(InputError::Budget(_))));
}

#[test]
fn scenario_from_plan_collects_every_error() {
    let mut plan = Plan::default();
    plan.engagement.kind = EngagementKind::Hourly;
    plan.engagement.hours_per_week = "-3".into();
    plan.engagement.horizon_months = "0".into();
    plan.engagement.monthly_budget_usd = "abc".into();
    let errs = Scenario::from_plan(&plan, Seniority::Mid).unwrap_err();
    let fields: Vec<_> = errs.iter().map(|e| e.field()).collect();
    assert_eq!(
        fields,
        ["hours_per_week", "horizon_months", "monthly_budget_usd"]
    );
    // Hours only matter for hourly work.
    plan.engagement.kind = EngagementKind::FullTimeEmployee;
    plan.engagement.horizon_months = "6".into();
    plan.engagement.monthly_budget_usd = String::new();
    assert!(Scenario::from_plan(&plan, Seniority::Mid).is_ok());
}

fn all_kinds() -> impl Strategy<Value = EngagementKind> {
    prop_oneof![
        Just(EngagementKind::FullTimeEmployee),
        Just(EngagementKind::FullTimeContractor),
        Just(EngagementKind::PartTimeContractor),
        Just(EngagementKind::Hourly),
    ]
}

fn all_seniorities() -> impl Strategy<Value = Seniority> {
    prop_oneof![
        Just(Seniority::Junior),
        Just(Seniority::Mid),
        Just(Seniority::Senior)
    ]
}

fn everything(seniority: Seniority, kind: EngagementKind, hours: f64, horizon: u32) -> Scenario {
    let m = market();
    Scenario {
        seniority,
        kind,
        hours_per_week: hours,
        horizon_months: horizon,
        budget_monthly: Some(dollars(5000)),
        countries: m.countries.iter().map(|c| c.id.clone()).collect(),
        channels: m.channels.iter().map(|c| c.id.clone()).collect(),
        home_country: "us".into(),
        overrides: BTreeMap::new(),
    }
}

proptest! {
    #[test]
    fn totals_are_never_negative_and_ranges_are_ordered(
        sen in all_seniorities(), kind in all_kinds(), hours in 1.0f64..80.0, horizon in 1u32..120,
    ) {
        let r = compute(&everything(sen, kind, hours, horizon));
        for o in &r.options {
            if let Some(t) = o.total {
                prop_assert!(t.low() >= Usd::ZERO);
                prop_assert!(t.low() <= t.high());
            }
            if let Some(m) = o.monthly {
                prop_assert!(m.low() >= Usd::ZERO && m.low() <= m.high());
            }
        }
    }

    #[test]
    fn totals_grow_with_the_horizon(
        sen in all_seniorities(), kind in all_kinds(), hours in 1.0f64..80.0, horizon in 1u32..119,
    ) {
        let a = compute(&everything(sen, kind, hours, horizon));
        let b = compute(&everything(sen, kind, hours, horizon + 1));
        for (x, y) in a.options.iter().zip(&b.options) {
            if let (Some(tx), Some(ty)) = (x.total, y.total) {
                prop_assert!(tx.low() <= ty.low() && tx.high() <= ty.high(), "{}", x.key);
            }
        }
    }

    #[test]
    fn hourly_totals_grow_with_hours(sen in all_seniorities(), hours in 1.0f64..79.0, horizon in 1u32..60) {
        let a = compute(&everything(sen, EngagementKind::Hourly, hours, horizon));
        let b = compute(&everything(sen, EngagementKind::Hourly, hours + 1.0, horizon));
        for (x, y) in a.options.iter().zip(&b.options) {
            if let (Some(tx), Some(ty)) = (x.total, y.total) {
                prop_assert!(tx.low() <= ty.low(), "{}", x.key);
            }
        }
    }

    #[test]
    fn overrides_take_effect(value in 1.0f64..1_000_000.0) {
        let mut s = everything(Seniority::Mid, EngagementKind::FullTimeEmployee, 40.0, 12);
        s.countries = vec!["gb".into()];
        s.channels.clear();
        s.overrides.insert("salary.gb.median".into(), value);
        s.overrides.insert("assume.employer_overhead".into(), 0.0);
        let r = compute(&s);
        let total = r.options[0].total.unwrap().low();
        prop_assert!((total.as_f64() - value).abs() <= 0.06 * 12.0, "{} vs {}", total.as_f64(), value);
        prop_assert!(r.options[0].overridden() == (value != 69000.0));
    }

    #[test]
    fn typed_input_never_panics(h in "\\PC{0,12}", z in "\\PC{0,12}", b in "\\PC{0,12}") {
        let mut plan = Plan::default();
        plan.engagement.kind = EngagementKind::Hourly;
        plan.engagement.hours_per_week = h;
        plan.engagement.horizon_months = z;
        plan.engagement.monthly_budget_usd = b;
        if let Ok(s) = Scenario::from_plan(&plan, Seniority::Mid) {
            let _ = compute(&s);
        }
    }
}

#[test]
fn the_plan_prices_every_country_and_channel_with_its_home_country() {
    let mut plan = Plan::default();
    plan.costs.home_country = "de".into();
    let s = Scenario::from_plan(&plan, Seniority::Mid).unwrap();
    assert_eq!(s.countries.len(), 11);
    assert_eq!(s.channels.len(), 14);
    let r = compute(&s);
    assert_eq!(
        r.option("channel:linkedin").unwrap().label,
        "LinkedIn hire (Germany)"
    );
    // An unknown home country falls back to the United States rather than failing.
    plan.costs.home_country = "<script>".into();
    assert_eq!(
        Scenario::from_plan(&plan, Seniority::Mid)
            .unwrap()
            .home_country,
        "us"
    );
}

#[test]
fn default_picks_and_summary_sentence() {
    let mut plan = Plan::default();
    plan.engagement.kind = EngagementKind::FullTimeContractor;
    plan.engagement.horizon_months = "6".into();
    plan.engagement.monthly_budget_usd = "3000".into();
    let r = compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap());
    let keys: Vec<_> = r.picked(&[]).iter().map(|o| o.key.as_str()).collect();
    assert_eq!(keys, ["country:us", "channel:rocketdevs", "channel:toptal"]);
    let picked: Vec<_> = r
        .picked(&["channel:toptal".into(), "nope".into()])
        .iter()
        .map(|o| o.key.clone())
        .collect();
    assert_eq!(picked, ["channel:toptal"]);
    let s = r.summary();
    // India's median ($10,000/yr = $833/mo) is the cheapest within $3,000 a month.
    assert!(s.starts_with("The cheapest option within your budget is Contractor in India at $833 a month ($5,000 over 6 months)"), "{s}");
    assert!(
        s.contains("The fastest within your budget is RocketDevs L2")
            || s.contains("The fastest within your budget is"),
        "{s}"
    );
}

#[test]
fn summary_when_nothing_fits() {
    let mut plan = Plan::default();
    plan.engagement.monthly_budget_usd = "10".into();
    let r = compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap());
    assert!(
        r.summary()
            .starts_with("No priced option fits a budget of $10 a month; the cheapest is"),
        "{}",
        r.summary()
    );
}

#[test]
fn days_read_naturally() {
    use hireplan::domain::cost::days_range;
    assert_eq!(days_range(1, 1), "1 day");
    assert_eq!(days_range(2, 2), "2 days");
    assert_eq!(days_range(21, 42), "21–42 days");
    let mut plan = Plan::default();
    plan.engagement.kind = EngagementKind::FullTimeEmployee;
    let r = compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap());
    assert!(
        r.summary().ends_with(
            "The fastest is Lemon.io placement (United States): about 1 day to hire or match."
        ),
        "{}",
        r.summary()
    );
}

#[test]
fn the_scenario_describes_itself() {
    let mut s = scenario(Seniority::Senior, EngagementKind::Hourly, 1);
    s.hours_per_week = 12.5;
    assert_eq!(
        s.describe(),
        "Priced for a senior hourly contractor, 12.5 hours a week, over 1 month."
    );
    let s = scenario(Seniority::Mid, EngagementKind::FullTimeEmployee, 12);
    assert_eq!(
        s.describe(),
        "Priced for a mid full-time employee, over 12 months."
    );
}

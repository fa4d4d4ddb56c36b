//! The cost engine worked through by hand, one source's terms at a time.

use hireplan_core::cost::{
    ad_pay, compute, crossover, parse_budget, parse_horizon, parse_hours_per_week, CostReport,
    RouteKind, Scenario,
};
use hireplan_core::market::{ids, market, Pricing, TrialBilling};
use hireplan_core::plan::{
    EngagementKind, Field, Plan, Quote, QuoteField, QuoteRoute, RateBasis, Seniority,
};
use hireplan_core::text::currency::Rate as Money;
use hireplan_core::text::money::{Usd, UsdRange};
use proptest::prelude::*;

fn plan(kind: EngagementKind, horizon: u32) -> Plan {
    let mut p = Plan::default();
    p.engagement.kind = kind;
    p.engagement.horizon_months = horizon.to_string();
    p
}

fn report(p: &Plan, level: Seniority) -> CostReport {
    compute(&Scenario::from_plan(p, level).unwrap())
}

fn usd(d: i64) -> Usd {
    Usd::dollars(d)
}

fn range(lo: i64, hi: i64) -> UsdRange {
    UsdRange::new(usd(lo), usd(hi))
}

#[test]
fn every_id_the_code_names_is_in_the_data() {
    for id in ids::ALL {
        assert!(market().knows(id), "{id}");
    }
}

#[test]
fn rocketdevs_l2_on_a_one_month_horizon_bills_the_recommended_commitment() {
    let r = report(&plan(EngagementKind::FullTimeContractor, 1), Seniority::Mid);
    let o = r.option(&key("channel:rocketdevs")).unwrap();
    assert_eq!(o.label, "RocketDevs L2, full-time package");
    assert_eq!(o.monthly, Some(UsdRange::point(usd(2200))));
    // 2 free weeks, then the recommended 3 months: 3 x $2,200, whatever the 1-month horizon.
    assert_eq!(o.total, Some(UsdRange::point(usd(6600))));
    assert_eq!(o.free_months, 0.5);
    let trial = o.trial.as_ref().unwrap();
    assert_eq!((trial.days, trial.billed), (Some(14), TrialBilling::Free));
    assert!(o
        .catches
        .iter()
        .any(|c| c.words(&Money::usd()).contains("3-month")
            && c.words(&Money::usd()).contains("$6,600")));
    // Over 12 months: the free half month is not billed: 11.5 x $2,200.
    let r = report(
        &plan(EngagementKind::FullTimeContractor, 12),
        Seniority::Mid,
    );
    assert_eq!(
        r.option(&key("channel:rocketdevs")).unwrap().total,
        Some(UsdRange::point(usd(25_300)))
    );
}

#[test]
fn rocketdevs_part_time_and_ten_hours_a_week_buy_the_80_hour_package() {
    let r = report(
        &plan(EngagementKind::PartTimeContractor, 12),
        Seniority::Mid,
    );
    let o = r.option(&key("channel:rocketdevs")).unwrap();
    assert_eq!(o.monthly, Some(UsdRange::point(usd(1300))));
    assert_eq!(o.total, Some(UsdRange::point(usd(14_950)))); // 11.5 x $1,300
    assert!(!o.catches.is_empty(), "nothing to check");
    assert!(o
        .catches
        .iter()
        .all(|c| !c.words(&Money::usd()).contains("you buy the")));

    let mut p = plan(EngagementKind::Hourly, 12);
    p.engagement.hours_per_week = "10".into();
    let r = report(&p, Seniority::Junior);
    let o = r.option(&key("channel:rocketdevs")).unwrap();
    // 10 h a week is 40 h a month: the smallest package that covers it is 80 h, $800 for L1.
    assert_eq!(o.monthly, Some(UsdRange::point(usd(800))));
    assert!(o.catches.iter().any(|c| c
        .words(&Money::usd())
        .contains("part-time package of 80 hours for the 40")));

    // 45 h a week (180 h a month) is more than the largest package.
    p.engagement.hours_per_week = "45".into();
    let r = report(&p, Seniority::Mid);
    let o = r.option(&key("channel:rocketdevs")).unwrap();
    assert_eq!(o.monthly, None);
    assert!(o.catches.iter().any(|c| c
        .words(&Money::usd())
        .contains("largest package is 160 hours")));
}

#[test]
fn a_full_time_contractor_in_india_costs_2400_to_8000_a_month() {
    let r = report(
        &plan(EngagementKind::FullTimeContractor, 12),
        Seniority::Mid,
    );
    let o = r.option(&key("contractor:in")).unwrap();
    assert_eq!(o.route, RouteKind::DirectContractor);
    assert_eq!(o.monthly, Some(range(2400, 8000)));
    assert_eq!(o.total, Some(range(28_800, 96_000)));
    // No employee salary stands in for a contractor's rate anywhere.
    assert!(r
        .options
        .iter()
        .all(|o| o.key != "employee:in" && !o.key.to_string().starts_with("country")));
    assert!(!o.used.is_empty(), "nothing to check");
    assert!(o.used.iter().all(|u| !u.id.starts_with("salary.")));
}

#[test]
fn elsewhere_a_direct_contractor_is_not_priced_and_invites_a_quote() {
    let mut p = plan(EngagementKind::FullTimeContractor, 12);
    p.engagement.hire_country = Some("de".into());
    let r = report(&p, Seniority::Mid);
    let o = r.option(&key("contractor:de")).unwrap();
    assert_eq!(o.total, None);
    assert!(o.catches[0]
        .words(&Money::usd())
        .contains("no contractor rate for Germany"));
    assert!(o.catches[0].words(&Money::usd()).contains("Add a quote"));
}

#[test]
fn toptal_for_twelve_weeks_with_its_deposit_and_trial() {
    // 3 months is 12 billed weeks in the hours model (160 h a month, 40 h a week).
    let r = report(
        &plan(EngagementKind::FullTimeContractor, 3),
        Seniority::Senior,
    );
    let o = r.option(&key("channel:toptal")).unwrap();
    assert_eq!(o.monthly, Some(range(8000, 12_800)));
    // 12 x $2,000..$3,200 + the $500 deposit, counted as paid (the source does not say).
    assert_eq!(o.total, Some(range(24_500, 38_900)));
    assert_eq!(o.one_offs[0].amount, UsdRange::point(usd(500)));
    let t = o.trial.as_ref().unwrap();
    // "up to two weeks", billed if you go on: it changes no number, and says so.
    assert_eq!(
        (t.days, t.up_to, t.billed),
        (Some(14), true, TrialBilling::IfYouContinue)
    );
    assert_eq!(t.describe(), "up to 14 days, billed only if you continue");
    assert_eq!(o.free_months, 0.0);
    // A match in under 24 hours is not a hire; the hire takes about 48 hours.
    assert_eq!(o.match_days, Some((0, 1)));
    assert_eq!(o.hire_days, Some((2, 2)));
    assert!(!o.hire_days_estimated);
}

#[test]
fn a_us_employee_through_job_boards_uses_the_indeed_range_and_senior_figure() {
    let mut p = plan(EngagementKind::FullTimeEmployee, 12);
    p.engagement.hire_country = Some("us".into());
    let mid = report(&p, Seniority::Mid);
    let o = mid.option(&key("jobboards")).unwrap();
    assert_eq!(o.route, RouteKind::EmployeeAtHome);
    // Glassdoor's median $115,000 to Indeed's average $160,000 a year.
    let pay = ad_pay(&mid.scenario).unwrap();
    assert_eq!(pay.range, range(115_000, 160_000));
    assert_eq!(o.monthly, Some(range(115_000, 160_000).scale(1.0 / 12.0)));
    // Employer costs are kept apart: 20% on top.
    assert_eq!(o.overhead_monthly, Some(o.monthly.unwrap().scale(0.2)));
    // 2 to 6 weeks (ten-skills) and 3 to 6 weeks (fits-your-team): 14 to 42 days.
    assert_eq!(o.hire_days, Some((14, 42)));
    assert!(o
        .extras
        .iter()
        .any(|e| e.label == "We Work Remotely" && e.text(&Money::usd()) == "posting from $300"));
    assert!(o.eor_monthly.is_none() && !o.eor_missing);
    // A senior: Indeed's senior average, $149,000, ±10% (not $115,000 x 1.64 = $188,600).
    let senior = report(&p, Seniority::Senior);
    assert_eq!(
        ad_pay(&senior.scenario).unwrap().range,
        range(134_100, 163_900)
    );
    // A junior: never below Indeed's lower end, $98,000.
    let junior = report(&p, Seniority::Junior);
    let lo = ad_pay(&junior.scenario).unwrap().range.low();
    assert_eq!(lo, usd(98_000));
}

#[test]
fn an_employee_abroad_needs_an_entity_or_eor() {
    let p = plan(EngagementKind::FullTimeEmployee, 12);
    let r = report(&p, Seniority::Mid);
    let o = r.option(&key("employee:in")).unwrap();
    assert_eq!(o.route, RouteKind::EmployeeAbroad);
    assert!(o.eor_missing);
    assert!(o.catches[0]
        .words(&Money::usd())
        .contains("employer of record"));
    // $10,000 ±10% a year is $750 to $917 a month, + 20% overhead, no EOR fee counted.
    assert_eq!(o.monthly_all_in(), Some(range(900, 1100)));
    // The summary never names it cheapest without the caveat.
    let s = r.summary(&Money::usd());
    assert!(
        s.starts_with("Cheapest full-time employee route with every cost known: Job boards"),
        "{s}"
    );
    assert!(s.contains("Employee in India looks cheaper, $10,800 – $13,200 over 12 months, but that leaves out the EOR fee"), "{s}");
    assert!(s.contains("EOR fee, which you have not set"), "{s}");

    // With an EOR fee set, it is counted, and India is named plainly.
    let mut p = p;
    p.costs.overrides.insert(ids::EOR_FEE.into(), 600.0);
    let r = report(&p, Seniority::Mid);
    let o = r.option(&key("employee:in")).unwrap();
    assert!(!o.eor_missing);
    assert_eq!(o.eor_monthly, Some(UsdRange::point(usd(600))));
    assert_eq!(o.monthly_all_in(), Some(range(1500, 1700)));
    assert!(r
        .summary(&Money::usd())
        .contains("Cheapest full-time employee route with every cost known: Employee in India"));
    assert!(!r.summary(&Money::usd()).contains("not set"));
}

#[test]
fn the_company_country_needs_no_eor() {
    let mut p = plan(EngagementKind::FullTimeEmployee, 12);
    p.engagement.company_country = Some("de".into());
    p.engagement.hire_country = Some("de".into());
    let r = report(&p, Seniority::Mid);
    let jb = r.option(&key("jobboards")).unwrap();
    assert_eq!(jb.country.as_deref(), Some("de"));
    assert!(!jb.eor_missing);
    assert!(r.option(&key("employee:de")).is_none());
    assert!(r.option(&key("employee:us")).unwrap().eor_missing);
}

#[test]
fn a_quote_of_the_founders_own_is_priced_with_the_same_hours() {
    let mut p = plan(EngagementKind::FullTimeContractor, 6);
    p.costs.quotes.push(Quote {
        id: "q1".into(),
        name: "Agency in Kraków".into(),
        route: QuoteRoute::Agency,
        basis: RateBasis::Hourly,
        low: "40".into(),
        high: "55".into(),
        one_off: "1,000".into(),
        days_to_hire: "10".into(),
        ..Quote::default()
    });
    p.costs.quotes.push(Quote {
        id: "q2".into(),
        name: "Bad".into(),
        low: "lots".into(),
        ..Quote::default()
    });
    let r = report(&p, Seniority::Mid);
    let o = r.option(&key("quote:q1")).unwrap();
    assert!(o.your_quote);
    // 160 hours a month, the same as every other option.
    assert_eq!(o.monthly, Some(range(6400, 8800)));
    assert_eq!(o.total, Some(range(39_400, 53_800)));
    assert_eq!(o.hire_days, Some((10, 10)));
    assert!(r.cheapest().iter().any(|x| x.key == "quote:q1"));
    // The bad one is reported by field, not priced as zero.
    assert!(r.option(&key("quote:q2")).is_none());
    assert_eq!(r.quote_errors[0].field, QuoteField::Low);
    // A weekly quote is 4 billed weeks a month.
    p.costs.quotes[0].basis = RateBasis::Weekly;
    p.costs.quotes[0].low = "2000".into();
    p.costs.quotes[0].high = "".into();
    let r = report(&p, Seniority::Mid);
    assert_eq!(
        r.option(&key("quote:q1")).unwrap().monthly,
        Some(UsdRange::point(usd(8000)))
    );
}

#[test]
fn one_hours_model_prices_40_hours_a_week_as_full_time() {
    let full = report(
        &plan(EngagementKind::FullTimeContractor, 12),
        Seniority::Mid,
    );
    let mut p = plan(EngagementKind::Hourly, 12);
    p.engagement.hours_per_week = "40".into();
    let hourly = report(&p, Seniority::Mid);
    for key in ["contractor:in", "channel:toptal"] {
        assert_eq!(
            full.option(&self::key(key)).unwrap().monthly,
            hourly.option(&self::key(key)).unwrap().monthly,
            "{key}"
        );
    }
}

#[test]
fn closed_channels_are_listed_and_never_priced() {
    for kind in [
        EngagementKind::FullTimeEmployee,
        EngagementKind::FullTimeContractor,
    ] {
        let r = report(&plan(kind, 12), Seniority::Mid);
        let gh = r.option(&key("channel:github_jobs")).unwrap();
        assert!(gh.closed.as_deref().unwrap().contains("2021"));
        assert_eq!((gh.monthly, gh.total), (None, None));
        assert!(!r.cheapest().is_empty(), "nothing to check");
        assert!(r.cheapest().iter().all(|o| o.closed.is_none()));
    }
}

#[test]
fn lemon_match_is_kept_apart_from_the_hire() {
    let r = report(&plan(EngagementKind::FullTimeEmployee, 12), Seniority::Mid);
    let o = r.option(&key("placement:lemon")).unwrap();
    assert_eq!(o.match_days, Some((0, 1)));
    assert!(o.hire_days_estimated);
    // Placement fee: 15% of the annual salary range.
    assert_eq!(o.one_offs[0].amount, range(17_250, 24_000));
}

#[test]
fn summaries_compare_like_with_like() {
    let r = report(
        &plan(EngagementKind::FullTimeContractor, 12),
        Seniority::Mid,
    );
    let s = r.summary(&Money::usd());
    assert!(
        s.starts_with("Cheapest full-time contractor route with every cost known: RocketDevs L2"),
        "{s}"
    );
    assert!(s.contains("3-month initial commitment"), "{s}");
    assert!(s.contains("Fastest: Toptal, about 2 days to hire."), "{s}");
    // An employee plan names no contractor route.
    let s =
        report(&plan(EngagementKind::FullTimeEmployee, 12), Seniority::Mid).summary(&Money::usd());
    assert!(!s.contains("RocketDevs") && !s.contains("Toptal"), "{s}");
}

#[test]
fn a_break_even_only_where_the_ranges_really_cross() {
    let mut p = plan(EngagementKind::FullTimeContractor, 24);
    p.costs.quotes.push(Quote {
        id: "cheap".into(),
        name: "Cheap, big fee".into(),
        basis: RateBasis::Monthly,
        low: "1000".into(),
        one_off: "20000".into(),
        ..Quote::default()
    });
    let r = report(&p, Seniority::Mid);
    let rd = r.option(&key("channel:rocketdevs")).unwrap();
    let q = r.option(&key("quote:cheap")).unwrap();
    // RocketDevs $2,200 a month after a free half month vs $1,000 a month + $20,000 upfront.
    let x = crossover(rd, q, 24).unwrap();
    assert_eq!(x.cheaper_before, "channel:rocketdevs");
    // 2,200 (m - 0.5) = 20,000 + 1,000 m at m = 17.6: RocketDevs costs more from month 18.
    assert_eq!(x.month, 18);
    // Toptal's range and India's overlap all along: no break-even is claimed.
    let t = r.option(&key("channel:toptal")).unwrap();
    let india = r.option(&key("contractor:in")).unwrap();
    assert_eq!(crossover(t, india, 24), None);
}

#[test]
fn input_parsing_reports_each_field() {
    assert_eq!(parse_hours_per_week(" 20 "), Ok(20.0));
    assert!(parse_hours_per_week("0").is_err());
    assert!(parse_hours_per_week("200").is_err());
    assert_eq!(parse_horizon("12"), Ok(12));
    assert!(parse_horizon("1.5").is_err());
    assert_eq!(parse_budget(""), Ok(None));
    assert_eq!(parse_budget("$6,000"), Ok(Some(usd(6000))));
    let mut p = Plan::default();
    p.engagement.horizon_months = "x".into();
    p.engagement.hire_country = Some("atlantis".into());
    let errors = Scenario::from_plan(&p, Seniority::Mid).unwrap_err();
    let fields: Vec<_> = errors.iter().map(|e| e.field()).collect();
    assert_eq!(fields, [Field::Horizon, Field::HireCountry]);
}

/// The lowest a source lets each option be priced, a month, for the scenario's hours.
fn floor_of(r: &CostReport, key: &str) -> Option<Usd> {
    let m = market();
    let s = &r.scenario;
    let full = m.value(ids::HOURS_PER_MONTH, &s.overrides).unwrap().value;
    let week = m.value(ids::HOURS_PER_WEEK, &s.overrides).unwrap().value;
    let hours = match s.kind {
        EngagementKind::FullTimeEmployee | EngagementKind::FullTimeContractor => full,
        EngagementKind::PartTimeContractor => full / 2.0,
        EngagementKind::Hourly => s.hours_per_week * full / week,
    };
    let fig = |id: &str| m.base_value(id).unwrap();
    Some(Usd::from_f64(match key {
        "contractor:in" => fig("rate.in.hourly_low") * hours,
        "channel:toptal" => fig("toptal.weekly_low") * hours / 40.0,
        "channel:rocketdevs" => {
            let Pricing::Package { packages, .. } = &m.channel("rocketdevs").unwrap().deal.rate
            else {
                return None;
            };
            packages
                .iter()
                .map(|p| fig(p.price.get(s.seniority).unwrap()))
                .fold(f64::MAX, f64::min)
        }
        "jobboards" | "placement:lemon" | "employee:us"
            if s.employee_country() == Some("us") || key == "employee:us" =>
        {
            fig("salary.us.indeed_low") / 12.0
        }
        _ => return None,
    }))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    /// No option is ever priced below the floor its source gives (overrides left alone).
    #[test]
    fn no_option_is_priced_below_its_sources_floor(
        kind in prop_oneof![
            Just(EngagementKind::FullTimeEmployee),
            Just(EngagementKind::FullTimeContractor),
            Just(EngagementKind::PartTimeContractor),
            Just(EngagementKind::Hourly),
        ],
        level in prop_oneof![Just(Seniority::Junior), Just(Seniority::Mid), Just(Seniority::Senior)],
        hours in 1u32..=40,
        horizon in 1u32..=36,
        hire in prop::option::of(prop::sample::select(vec!["us", "in", "de", "br", "au"])),
        spread in 0u32..=50,
    ) {
        let mut p = plan(kind, horizon);
        p.engagement.hours_per_week = hours.to_string();
        p.engagement.hire_country = hire.map(String::from);
        p.costs.overrides.insert(ids::PAY_SPREAD.into(), spread as f64);
        let r = report(&p, level);
        for o in &r.options {
            if let (Some(monthly), Some(floor)) = (o.monthly, floor_of(&r, &o.key.to_string())) {
                // A cent of rounding either way.
                prop_assert!(monthly.low().0 + 1 >= floor.0, "{} {:?} below {:?}", o.key, monthly, floor);
            }
            if let Some(total) = o.total {
                prop_assert!(total.low().0 >= 0);
            }
        }
    }
}

#[test]
fn the_us_routes_show_indeed_and_glassdoor_figures_beside_the_price() {
    let r = report(&plan(EngagementKind::FullTimeEmployee, 12), Seniority::Mid);
    let o = r.option(&key("jobboards")).unwrap();
    let context = o
        .notes
        .iter()
        .map(|n| n.words(&Money::usd()))
        .find(|n| n.starts_with("For context"))
        .unwrap();
    assert!(
        context.contains("over $259,000 (Indeed, early 2026)"),
        "{context}"
    );
    assert!(
        context.contains("$110,000 (Glassdoor, October 2024)"),
        "{context}"
    );
    for id in [
        "salary.us.median",
        "salary.us.indeed_average",
        "salary.us.indeed_high",
    ] {
        assert!(
            r.used.iter().any(|u| u.id == id),
            "{id} listed with its sentence"
        );
    }
}

/// A route key as the page writes it.
fn key(s: &str) -> hireplan_core::cost::RouteKey {
    hireplan_core::cost::RouteKey::parse(s).expect("a known route key")
}

#[test]
fn route_keys_read_back_what_they_write() {
    use hireplan_core::cost::RouteKey;
    for k in [
        RouteKey::JobBoards,
        RouteKey::Placement("lemon".into()),
        RouteKey::Employee("de".into()),
        RouteKey::Channel("toptal".into()),
        RouteKey::Contractor("in".into()),
        RouteKey::Quote("q1".into()),
    ] {
        assert_eq!(RouteKey::parse(&k.to_string()), Some(k));
    }
    assert_eq!(
        RouteKey::parse("country:us"),
        None,
        "an old key is migrated, not read"
    );
    assert_eq!(RouteKey::parse("nonsense"), None);
}

/// Every amount the founder types is in the currency they chose, and keeps it: a budget and a
/// quote typed while euros are shown are euros, read at the founder's rate, even once the
/// display goes back to dollars; without a rate, they say what is missing.
#[test]
fn a_budget_and_a_quote_typed_in_euros_stay_euros() {
    use hireplan_core::cost::{budget, parse_quote, InputError};
    use hireplan_core::plan::{FinanceField, QuoteField};
    use hireplan_core::session::edit::PlanEdit;
    use hireplan_core::text::currency::Currency;
    let mut p = plan(EngagementKind::FullTimeContractor, 12);
    p.apply(PlanEdit::DisplayCurrency(Currency::Eur)).unwrap();
    p.apply(PlanEdit::Budget("9200".into())).unwrap();
    p.apply(PlanEdit::AddQuote).unwrap();
    let q = |field, text: &str| PlanEdit::QuoteText {
        id: "q1".into(),
        field,
        text: text.into(),
    };
    p.apply(q(QuoteField::Name, "Agency in Cluj")).unwrap();
    p.apply(q(QuoteField::Low, "46")).unwrap();
    // No euro rate yet: nothing is read as dollars; each says what it needs.
    assert!(matches!(budget(&p), Err(InputError::Budget(m)) if m.contains("EUR")));
    let errors = parse_quote(&p.costs.quotes[0], &p.finances).unwrap_err();
    assert!(errors[0].message.contains("EUR"), "{errors:?}");
    // With the founder's rate of 0.92 euros to the dollar: 9,200 € = $10,000; 46 € = $50.
    p.finances
        .set(FinanceField::Rate(Currency::Eur), "0.92".into());
    p.finances
        .set(FinanceField::RateDate(Currency::Eur), "2026-12-01".into());
    assert_eq!(budget(&p).unwrap(), Some(Usd::from_f64(10_000.0)));
    let low = parse_quote(&p.costs.quotes[0], &p.finances).unwrap().low;
    assert!((low - 50.0).abs() < 1e-9, "{low}");
    // Shown in dollars again, they are still the euros typed.
    p.apply(PlanEdit::DisplayCurrency(Currency::Usd)).unwrap();
    p.apply(PlanEdit::Budget("9300".into())).unwrap();
    assert_eq!(p.finances.budget_currency("9300"), Currency::Eur);
    assert_eq!(p.costs.quotes[0].currency, "EUR");
    let r = report(&p, Seniority::Mid);
    assert_eq!(
        r.scenario.budget_monthly,
        Some(Usd::from_f64(9300.0 / 0.92))
    );
    // A budget typed afresh in dollars is dollars.
    p.apply(PlanEdit::Budget(String::new())).unwrap();
    p.apply(PlanEdit::Budget("7000".into())).unwrap();
    assert_eq!(budget(&p).unwrap(), Some(Usd::from_f64(7000.0)));
}

/// A quote typed in euros comes back as the euros typed, times the hours: it is not rounded to
/// the cent in dollars before the engine multiplies it (€7,000 an hour at 0.92 was once shown
/// as €1,120,001 for 160 hours).
#[test]
fn a_quote_in_euros_comes_back_as_typed_times_the_hours() {
    use hireplan_core::plan::{FinanceField, QuoteField};
    use hireplan_core::session::edit::PlanEdit;
    use hireplan_core::text::currency::Currency;
    for (typed, rate) in [
        ("7000", "0.92"),
        ("46", "0.92"),
        ("55.5", "0.8613"),
        ("61", "1.07"),
    ] {
        let mut p = plan(EngagementKind::FullTimeContractor, 12);
        p.apply(PlanEdit::DisplayCurrency(Currency::Eur)).unwrap();
        p.finances
            .set(FinanceField::Rate(Currency::Eur), rate.into());
        p.finances
            .set(FinanceField::RateDate(Currency::Eur), "2026-12-01".into());
        p.apply(PlanEdit::AddQuote).unwrap();
        for (field, text) in [
            (QuoteField::Name, "Agency in Cluj"),
            (QuoteField::Low, typed),
        ] {
            p.apply(PlanEdit::QuoteText {
                id: "q1".into(),
                field,
                text: text.into(),
            })
            .unwrap();
        }
        let r = report(&p, Seniority::Mid);
        let o = r
            .option(&hireplan_core::plan::RouteKey::parse("quote:q1").unwrap())
            .unwrap();
        let money = hireplan_core::cost::runway::finance::display_rate(&p);
        let month: f64 = typed.parse::<f64>().unwrap() * 160.0;
        let want = hireplan_core::text::currency::Money::from_units(Currency::Eur, month);
        assert_eq!(
            money.range(o.monthly.unwrap()),
            want.format(hireplan_core::text::currency::Precision::Whole),
            "{typed} at {rate}"
        );
    }
}

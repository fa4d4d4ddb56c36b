//! Can we afford it, worked by hand: the example of $400,000 in the bank on
//! 1 December 2026 and $25,000 a month of other burn, with a contractor hired directly in
//! India from 1 January 2027 ($15–50 an hour × 160 hours = $2,400–8,000 a month, no fees).

use chrono::NaiveDate;
use hireplan_core::cost::runway::{Fit, Runway, Shortfall};
use hireplan_core::cost::{compute, RouteKey, Scenario};
use hireplan_core::hiring::afford::{afford, afford_table, cash_series, WITHOUT_HIRE};
use hireplan_core::plan::{EngagementKind, FinanceField, Plan};
use hireplan_core::role::seniority;
use hireplan_core::text::currency::{Currency, Rate};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn plan() -> Plan {
    let mut p = Plan::default();
    p.engagement.kind = EngagementKind::FullTimeContractor;
    p.engagement.hire_country = Some("in".into());
    p.engagement.company_country = Some("us".into());
    p.engagement.start_date = Some(day(2027, 1, 1));
    p.costs
        .overrides
        .insert("assume.direct_hire_days".into(), 20.0);
    let f = &mut p.finances;
    f.set(FinanceField::Cash, "400,000".into());
    f.set(FinanceField::CashDate, "2026-12-01".into());
    f.set(FinanceField::Burn, "25000".into());
    p
}

fn months(r: &Runway) -> f64 {
    r.months().expect("runs out")
}

#[test]
fn each_route_has_a_runway_from_its_own_start_and_a_cash_out_month() {
    let p = plan();
    let today = day(2026, 12, 1);
    let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
    let a = afford(&p, &report, today);
    assert!(a.finance.problems.is_empty(), "{:?}", a.finance.problems);
    // Without the hire: 400,000 / 25,000 = 16 months, the last one March 2028.
    let Ok(Runway::Ends(without)) = a.without else {
        panic!("{:?}", a.without)
    };
    assert_eq!(without.months(), 16.0);
    assert_eq!(without.cash_out, Some(day(2028, 3, 1)));
    let r = a
        .route(&RouteKey::Contractor("in".into()))
        .expect("the direct route");
    assert_eq!(r.start, day(2027, 1, 1));
    let run = r.runway.as_ref().unwrap();
    // December: 25,000 → 375,000 left. Then 33,000 a month at the high price: 11 whole months
    // (363,000) and 12,000 / 33,000 of the next: 1 + 11.36 = 12.36 months, out in Dec 2027.
    assert!((months(&run.shortest) - (12.0 + 12.0 / 33.0)).abs() < 1e-9);
    let Runway::Ends(short) = run.shortest else {
        unreachable!()
    };
    assert_eq!(short.cash_out, Some(day(2027, 12, 1)));
    // At the low price, 27,400 a month: 13 whole months (356,200), 18,800 / 27,400 of the
    // next: 14.69 months, out in February 2028.
    assert!((months(&run.longest) - (14.0 + 18_800.0 / 27_400.0)).abs() < 1e-9);
    let Runway::Ends(long) = run.longest else {
        unreachable!()
    };
    assert_eq!(long.cash_out, Some(day(2028, 2, 1)));
    let row = afford_table(&a, &Rate::usd())
        .rows
        .into_iter()
        .find(|r| r.key == "contractor:in")
        .unwrap();
    assert_eq!(row.cells[2].text, "12.4–14.7 months");
    assert_eq!(row.cells[3].text, "December 2027 – February 2028");
}

#[test]
fn a_runway_floor_puts_the_routes_that_fit_first_and_says_by_how_much_the_others_miss() {
    let mut p = plan();
    p.finances.set(FinanceField::KeepMonths, "14".into());
    let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
    let a = afford(&p, &report, day(2026, 12, 1));
    let ranks: Vec<u8> = a
        .routes
        .iter()
        .map(|r| match &r.fit {
            Some(Ok(Fit::Fits)) => 0,
            Some(Ok(Fit::Partly(_))) => 1,
            Some(Ok(Fit::Misses(_))) => 2,
            _ => 3,
        })
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    // The direct route keeps 14 months at the low price only: at the high price it is
    // 14 - 12.36 = 1.6 months short.
    let r = a.route(&RouteKey::Contractor("in".into())).unwrap();
    let Some(Ok(Fit::Partly(Shortfall::Months { most, .. }))) = r.fit else {
        panic!("{:?}", r.fit)
    };
    assert!((most - (14.0 - 12.0 - 12.0 / 33.0)).abs() < 1e-9);
}

#[test]
fn missing_or_bad_inputs_show_nothing_invented() {
    let mut p = plan();
    p.finances.set(FinanceField::Burn, String::new());
    let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
    let a = afford(&p, &report, day(2026, 12, 1));
    assert!(a.without.is_err());
    assert!(a.routes.is_empty());
    assert!(cash_series(&p, &report, &a).is_empty());
    // A negative cash figure is refused at its field; a future date too.
    p.finances.set(FinanceField::Burn, "25000".into());
    p.finances.set(FinanceField::Cash, "-5".into());
    p.finances.set(FinanceField::CashDate, "2027-06-01".into());
    let a = afford(&p, &report, day(2026, 12, 1));
    let fields: Vec<_> = a.finance.problems.iter().map(|(f, _)| *f).collect();
    assert_eq!(fields, [FinanceField::Cash, FinanceField::CashDate]);
    assert!(a.routes.is_empty());
}

#[test]
fn cash_typed_in_euros_stays_in_euros_and_amounts_show_at_the_rate() {
    let mut p = plan();
    p.finances = Default::default();
    p.finances.set_display(Currency::Eur);
    // A figure typed before the rate: its field says the rate is needed.
    p.finances.set(FinanceField::Cash, "368000".into());
    let today = day(2026, 12, 2);
    let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
    let a = afford(&p, &report, today);
    assert_eq!(a.finance.display, Rate::usd());
    assert!(a
        .finance
        .problems
        .iter()
        .any(|(f, _)| *f == FinanceField::Cash));
    p.finances
        .set(FinanceField::Rate(Currency::Eur), "0.92".into());
    p.finances
        .set(FinanceField::RateDate(Currency::Eur), "2026-12-01".into());
    let a = afford(&p, &report, today);
    assert_eq!(a.finance.display.currency(), Currency::Eur);
    // €368,000 at 0.92 is $400,000.
    assert_eq!(
        a.finance.inputs.cash,
        Some(hireplan_core::text::money::Usd::dollars(400_000))
    );
    // Switching the display back to dollars keeps the cash in euros.
    p.finances.set_display(Currency::Usd);
    assert_eq!(p.finances.currency_of(FinanceField::Cash), Currency::Eur);
    let a = afford(&p, &report, today);
    assert_eq!(
        a.finance.inputs.cash,
        Some(hireplan_core::text::money::Usd::dollars(400_000))
    );
}

#[test]
fn the_cash_chart_follows_the_chosen_route_and_the_line_without_the_hire() {
    let mut p = plan();
    p.route.chosen = Some(RouteKey::Contractor("in".into()));
    let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
    let a = afford(&p, &report, day(2026, 12, 1));
    let s = cash_series(&p, &report, &a);
    assert_eq!(s[0].label, WITHOUT_HIRE);
    assert_eq!(
        s[1].label,
        report
            .option(&RouteKey::Contractor("in".into()))
            .unwrap()
            .label
    );
    // Long enough to show the last cash-out month (the line without the hire, month 16).
    assert!(
        s.iter().all(|x| x.points.len() == 18),
        "{}",
        s[0].points.len()
    );
}

/// Issue 38: "Can we afford it" answers in one line a route, the chosen route first. The
/// direct route by hand, over the plan's 12 months from January 2027, its last month December
/// 2027: December's burn leaves 375,000; 12 months at 27,400–33,000 leave 46,200 at the low
/// price and are 21,000 short at the high. Keeping 3 months of runway, 3 more such months:
/// 375,000 − 15 × 27,400 = −36,000 and 375,000 − 15 × 33,000 = −120,000.
#[test]
fn one_line_a_route_answers_whether_the_cash_pays_the_plan_and_keeps_the_floor() {
    use hireplan_core::hiring::afford::afford_lines;
    let mut p = plan();
    p.route.chosen = Some(RouteKey::Channel("toptal".into()));
    let today = day(2026, 12, 1);
    let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
    let usd = Rate::usd();
    let lines = afford_lines(&p, &afford(&p, &report, today), &usd);
    assert_eq!(
        lines[0].0,
        RouteKey::Channel("toptal".into()),
        "the chosen route first"
    );
    let direct = |lines: &[(RouteKey, String, String)]| {
        lines
            .iter()
            .find(|l| l.0 == RouteKey::Contractor("in".into()))
            .unwrap()
            .2
            .clone()
    };
    assert_eq!(
        direct(&lines),
        "Pays this hire for the 12 months planned: only at the low price, with $46,200 to \
         spare; at the high price short by $21,000 in December 2027."
    );
    p.finances.set(FinanceField::KeepMonths, "3".into());
    let lines = afford_lines(&p, &afford(&p, &report, today), &usd);
    assert_eq!(lines[0].0, RouteKey::Channel("toptal".into()));
    assert_eq!(
        direct(&lines),
        "Pays this hire for the 12 months planned and keeps 3 months of runway: no: short by \
         $36,000 – $120,000 in December 2027."
    );
    // Every open route is named once; those not known for one reason share a line.
    let a = afford(&p, &report, today);
    for r in &a.routes {
        let named = lines
            .iter()
            .filter(|l| l.1.split("; ").any(|n| n == r.label));
        assert_eq!(named.count(), 1, "{} is named once", r.label);
    }
    let unknown: Vec<_> = lines
        .iter()
        .filter(|l| l.2.starts_with("not known"))
        .collect();
    let reasons: std::collections::BTreeSet<_> = unknown.iter().map(|l| &l.2).collect();
    assert_eq!(
        unknown.len(),
        reasons.len(),
        "one line a reason: {unknown:?}"
    );
}

/// A route nothing times (a quote without its days to hire) has no start date and no runway,
/// as the story says, even with a target start date: its "Hire starts" cell says it is not
/// known, a note under the table says what to set, and no cash line is drawn for it. A timed
/// route keeps its date.
#[test]
fn a_route_nothing_times_has_no_start_and_no_runway() {
    use hireplan_core::cost::runway::RunwayError;
    use hireplan_core::hiring::afford::{table_notes, NOT_TIMED, NOT_TIMED_NOTE};
    use hireplan_core::plan::QuoteField;
    use hireplan_core::session::edit::PlanEdit;
    use hireplan_core::story::{start_on, Start};
    let mut p = plan();
    p.engagement.start_date = None;
    p.costs.overrides.remove("assume.direct_hire_days");
    p.apply(PlanEdit::AddQuote).unwrap();
    for (field, text) in [
        (QuoteField::Name, "Agency in Cluj"),
        (QuoteField::Low, "40"),
    ] {
        p.apply(PlanEdit::QuoteText {
            id: "q1".into(),
            field,
            text: text.into(),
        })
        .unwrap();
    }
    let today = day(2026, 12, 7);
    let quote = RouteKey::parse("quote:q1").unwrap();
    let toptal = RouteKey::Channel("toptal".into());
    for target in [None, Some(day(2027, 2, 1))] {
        p.engagement.start_date = target;
        let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
        let a = afford(&p, &report, today);
        let r = a.route(&quote).expect("the quote is priced");
        assert!(!r.start_known);
        assert_eq!(r.runway, Err(RunwayError::MissingStartDate));
        assert!(
            matches!(start_on(&p, &quote, today), Start::Unknown { .. }),
            "the story agrees"
        );
        let timed = a.route(&toptal).unwrap();
        assert!(
            timed.start_known && timed.start > today,
            "{:?}",
            timed.start
        );
        assert_eq!(
            start_on(&p, &toptal, today).date(),
            Some(timed.start),
            "one start date"
        );
        let t = afford_table(&a, &Rate::usd());
        let cell = |key: &RouteKey| {
            t.rows
                .iter()
                .find(|row| row.key == key.to_string())
                .unwrap()
                .cells[1]
                .text
                .clone()
        };
        assert_eq!(cell(&quote), NOT_TIMED);
        assert_ne!(cell(&toptal), NOT_TIMED);
        assert!(table_notes(&a).contains(&NOT_TIMED_NOTE));
        p.route.chosen = Some(quote.clone());
        let series = cash_series(&p, &report, &a);
        assert!(
            series.iter().all(|s| s.label != "Agency in Cluj"),
            "no cash line"
        );
        p.route.chosen = None;
    }
    // With its days to hire, it has a date and a runway.
    p.engagement.start_date = None;
    p.apply(PlanEdit::QuoteText {
        id: "q1".into(),
        field: QuoteField::DaysToHire,
        text: "10".into(),
    })
    .unwrap();
    let report = compute(&Scenario::from_plan(&p, seniority::effective(&p)).unwrap());
    let a = afford(&p, &report, today);
    let r = a.route(&quote).unwrap();
    assert!(r.start_known && r.runway.is_ok());
    assert_eq!(start_on(&p, &quote, today).date(), Some(r.start));
    // The note stays only while some route is untimed.
    assert_eq!(
        table_notes(&a).contains(&NOT_TIMED_NOTE),
        a.routes.iter().any(|r| !r.start_known)
    );
}

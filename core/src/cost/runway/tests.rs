//! Tests of `cost/runway.rs`, each worked by hand in its comment. (Over 600 lines: the
//! hand-worked arithmetic is the point, and splitting it would scatter one engine's cases.)

use super::*;
use crate::cost::{compute, Scenario, TrialTerms};
use crate::market::TrialBilling;
use crate::plan::{EngagementKind, Plan, Seniority};
use crate::text::currency::{parse_rate, Currency, Precision};

pub(super) fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub(super) fn dollars(d: i64) -> Usd {
    Usd::dollars(d)
}

pub(super) fn point(d: i64) -> UsdRange {
    UsdRange::point(dollars(d))
}

pub(super) fn range(lo: i64, hi: i64) -> UsdRange {
    UsdRange::new(dollars(lo), dollars(hi))
}

/// Cash on 1 December 2026, the other burn, and the hire's start.
pub(super) fn inputs(cash: i64, burn: i64, start: NaiveDate) -> RunwayInputs {
    RunwayInputs {
        cash: Some(dollars(cash)),
        cash_date: Some(day(2026, 12, 1)),
        other_burn: Some(dollars(burn)),
        start: Some(start),
    }
}

/// Runs out after `full` whole months with `left` of the `needed` of the next, in the month
/// starting `out`.
fn ends(full: u64, left: i64, needed: i64, out: NaiveDate) -> Runway {
    Runway::Ends(RunwayEnd {
        full_months: full,
        left: dollars(left),
        needed: dollars(needed),
        cash_out: Some(out),
    })
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

/// A route of the engine's own report, its price and terms then set by the test (so the test
/// does not depend on the data's figures).
fn option(monthly: UsdRange) -> CostOption {
    let mut o = report(EngagementKind::FullTimeContractor)
        .options
        .into_iter()
        .find(|o| o.monthly.is_some())
        .unwrap();
    o.monthly = Some(monthly);
    o.overhead_monthly = None;
    o.eor_monthly = None;
    o.eor_missing = false;
    o.one_offs = Vec::new();
    o.catches = Vec::new();
    o.free_months = 0.0;
    o.committed_months = 0.0;
    o.commitment = None;
    o.trial = None;
    o.closed = None;
    o
}

fn report(kind: EngagementKind) -> CostReport {
    let mut plan = Plan::default();
    plan.engagement.kind = kind;
    compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap())
}

fn deposit(amount: i64, refund: Refund) -> (crate::cost::engine::option::OneOff, Catch) {
    (
        crate::cost::engine::option::OneOff {
            kind: OneOffKind::Deposit,
            amount: point(amount),
            month: 0,
            figure: "deposit".into(),
        },
        Catch::Deposit {
            amount: dollars(amount),
            refund,
        },
    )
}

/// The example. $400,000 in the bank on 1 Dec 2026; $25,000 a month of other burn;
/// a hire at $10,000 a month from 1 Jan 2027.
///
/// Without the hire: 400,000 / 25,000 = 16 months exactly, December 2026 to March 2028; the
/// cash reaches zero at the end of March 2028.
///
/// With it: December spends 25,000 (375,000 left). From January, 35,000 a month: 10 months
/// (January to October 2027) spend 350,000, leaving 25,000 of the 35,000 November needs.
/// 1 + 10 + 25/35 = 11 5/7 = 11.71 months; the cash runs out in November 2027.
#[test]
fn the_worked_example() {
    let i = inputs(400_000, 25_000, day(2027, 1, 1));
    let r = runway(&i, &RouteSpend::steady(point(10_000))).unwrap();
    assert_eq!(r.without_hire, ends(16, 0, 25_000, day(2028, 3, 1)));
    assert_eq!(r.without_hire.months(), Some(16.0));
    assert_eq!(r.longest, ends(11, 25_000, 35_000, day(2027, 11, 1)));
    assert_eq!(r.shortest, r.longest);
    assert!(close(r.longest.months().unwrap(), 11.0 + 5.0 / 7.0));
    assert_eq!(runway_without(&i), Ok(r.without_hire));
    assert_eq!(
        words::route(&r),
        "With this hire, 11.7 months: the cash runs out in November 2027. Without it, 16 \
         months: the cash runs out in March 2028."
    );
}

/// A salaried employee with no deposit: $8,000 pay and $2,000 employer costs, so the engine's
/// running totals rise by $10,000 a month and the worked example's numbers come back.
#[test]
fn a_salaried_employee_with_no_deposit() {
    let mut o = option(point(8_000));
    o.overhead_monthly = Some(point(2_000));
    let s = RouteSpend::from_option(&o, 12).unwrap();
    assert_eq!(s.months, vec![point(10_000); 12]);
    assert_eq!(s.steady, point(10_000));
    let r = runway(&inputs(400_000, 25_000, day(2027, 1, 1)), &s).unwrap();
    assert_eq!(r.longest, ends(11, 25_000, 35_000, day(2027, 11, 1)));
}

/// A package at $6,000 a month with a free 2-week trial (half a month at 4 weeks a month) and
/// a 3-month commitment. $60,000 on 1 Dec 2026, $20,000 burn, start 1 Jan 2027.
///
/// Required, as the engine counts it: the least billed once you go on is 3 × 6,000 = 18,000,
/// in the first month; billing (from half a month in) passes it in the fourth month:
/// 18,000, 0, 0, 3,000, then 6,000. December 20,000 (40,000 left); January 38,000 (2,000
/// left); February needs 20,000: 2 + 2/20 = 2.1 months, out in February 2027.
///
/// Recommended, so not owed: 3,000 (half a month), then 6,000. December 20,000 (40,000);
/// January 23,000 (17,000); February needs 26,000: 2 + 17/26 = 2.65 months.
///
/// With $200,000 both reach the same month: the commitment moves when money goes out, not
/// how much. Required: 180, 142, 122, 102, 79, 53, 27, 1 (thousands) after each month to
/// July; August needs 26,000: 8 + 1/26. Recommended: 180, 157, then 26,000 a month to 1.
#[test]
fn a_package_with_a_free_trial_and_a_commitment() {
    let mut o = option(point(6_000));
    o.free_months = 0.5;
    o.committed_months = 3.0;
    o.commitment = Some((3, CommitmentKind::Required));
    o.trial = Some(TrialTerms {
        days: Some(14),
        up_to: false,
        billed: TrialBilling::Free,
    });
    let required = RouteSpend::from_option(&o, 12).unwrap();
    assert_eq!(
        required.months[..5],
        [
            point(18_000),
            point(0),
            point(0),
            point(3_000),
            point(6_000)
        ]
    );
    o.commitment = Some((3, CommitmentKind::Recommended));
    let recommended = RouteSpend::from_option(&o, 12).unwrap();
    assert_eq!(
        recommended.months[..3],
        [point(3_000), point(6_000), point(6_000)]
    );

    let small = inputs(60_000, 20_000, day(2027, 1, 1));
    let r = runway(&small, &required).unwrap();
    assert_eq!(r.shortest, ends(2, 2_000, 20_000, day(2027, 2, 1)));
    assert!(close(r.shortest.months().unwrap(), 2.1));
    let r = runway(&small, &recommended).unwrap();
    assert_eq!(r.shortest, ends(2, 17_000, 26_000, day(2027, 2, 1)));

    let large = inputs(200_000, 20_000, day(2027, 1, 1));
    for s in [&required, &recommended] {
        let r = runway(&large, s).unwrap();
        assert_eq!(r.longest, ends(8, 1_000, 26_000, day(2027, 8, 1)));
    }
}

/// A contractor at $2,000 – $3,200 a week, 4 weeks a month: $8,000 – $12,800 a month. The
/// trial is billed if you go on, and the plan goes on, so it is billed. $150,000 on 1 Dec
/// 2026, $10,000 burn, start 1 Jan 2027: a range of prices gives a range of months.
///
/// Low: December 10,000 (140,000 left); then 18,000 a month: 7 months (126,000) leave 14,000
/// of 18,000: 1 + 7 + 14/18 = 8.78 months, out in August 2027.
/// High: 140,000 at 22,800 a month: 6 months (136,800) leave 3,200 of 22,800: 7.14 months,
/// out in July 2027. Without the hire: 15 months exactly, out in February 2028.
#[test]
fn a_weekly_contractor_whose_trial_is_billed_if_you_go_on() {
    let mut o = option(range(8_000, 12_800));
    o.trial = Some(TrialTerms {
        days: Some(14),
        up_to: true,
        billed: TrialBilling::IfYouContinue,
    });
    let s = RouteSpend::from_option(&o, 12).unwrap();
    assert_eq!(s.months[0], range(8_000, 12_800));
    let r = runway(&inputs(150_000, 10_000, day(2027, 1, 1)), &s).unwrap();
    assert_eq!(r.longest, ends(8, 14_000, 18_000, day(2027, 8, 1)));
    assert_eq!(r.shortest, ends(7, 3_200, 22_800, day(2027, 7, 1)));
    assert_eq!(r.without_hire, ends(15, 0, 10_000, day(2028, 2, 1)));
    assert!(r.longest.months() > r.shortest.months());
    // Ends a few dollars apart print as one figure.
    let near = RouteSpend::steady(UsdRange::new(dollars(8_000), dollars(8_001)));
    let n = runway(&inputs(150_000, 10_000, day(2027, 1, 1)), &near).unwrap();
    assert_ne!(n.longest, n.shortest);
    assert!(words::route(&n).starts_with(
        "With this hire, 8.8 months: the cash runs out in \
         August 2027."
    ));
    assert_eq!(
        words::route(&r),
        "With this hire, 7.1–8.8 months: the cash runs out between July 2027 and August \
         2027. Without it, 15 months: the cash runs out in February 2028."
    );
}

/// $8,000 a month and a $500 deposit paid up front. $50,000 on 1 Dec 2026, no other burn,
/// start 1 Dec 2026.
///
/// The source does not say the deposit is refunded: 8,500 in December (41,500 left), then
/// 8,000 a month: 5 months leave 1,500 of 8,000: 6 + 1.5/8 = 6.19 months, out in June 2027.
/// A refund with no date is not counted either. Credited against invoices: January pays
/// 7,500 (34,000 left), then 4 months leave 2,000: 6.25 months, also out in June 2027.
/// Without the hire nothing is spent: the cash never runs out.
#[test]
fn a_deposit_not_stated_as_refunded_stays_paid() {
    let i = inputs(50_000, 0, day(2026, 12, 1));
    for refund in [Refund::NotSaid, Refund::Refunded] {
        let mut o = option(point(8_000));
        let (fee, catch) = deposit(500, refund);
        o.one_offs.push(fee);
        o.catches.push(catch);
        let s = RouteSpend::from_option(&o, 12).unwrap();
        assert_eq!(s.months[..2], [point(8_500), point(8_000)]);
        let r = runway(&i, &s).unwrap();
        assert_eq!(r.longest, ends(6, 1_500, 8_000, day(2027, 6, 1)));
        assert_eq!(r.without_hire, Runway::Never);
    }
    let mut o = option(point(8_000));
    let (fee, catch) = deposit(500, Refund::Credited);
    o.one_offs.push(fee);
    o.catches.push(catch);
    let s = RouteSpend::from_option(&o, 12).unwrap();
    assert_eq!(s.months[..3], [point(8_500), point(7_500), point(8_000)]);
    let r = runway(&i, &s).unwrap();
    assert_eq!(r.longest, ends(6, 2_000, 8_000, day(2027, 6, 1)));
    assert!(close(r.longest.months().unwrap(), 6.25));
    assert_eq!(
        words::runway(&r.without_hire),
        "The cash does not run out: no more goes out than comes in."
    );
}

/// A placement: $6,000 pay and $1,500 employer costs a month, and a fee of 20% of the $72,000
/// salary (14,400) when the hire starts on 1 Feb 2027. $100,000 on 1 Dec 2026, $5,000 burn.
/// December and January 5,000 each (90,000 left); February 5,000 + 7,500 + 14,400 = 26,900
/// (63,100); then 12,500 a month: 5 months leave 600 of 12,500: 3 + 5 + 0.6/12.5 = 8.05
/// months, out in August 2027.
#[test]
fn a_placement_fee_falls_in_the_start_month() {
    let mut o = option(point(6_000));
    o.overhead_monthly = Some(point(1_500));
    o.one_offs.push(crate::cost::engine::option::OneOff {
        kind: OneOffKind::PlacementFee { percent: 20.0 },
        amount: point(14_400),
        month: 0,
        figure: "fee".into(),
    });
    let s = RouteSpend::from_option(&o, 12).unwrap();
    assert_eq!(s.months[..2], [point(21_900), point(7_500)]);
    let r = runway(&inputs(100_000, 5_000, day(2027, 2, 1)), &s).unwrap();
    assert_eq!(r.longest, ends(8, 600, 12_500, day(2027, 8, 1)));
}

/// The worked example with a $400 posting fee paid up front: January spends 35,400 (339,600
/// left); then 9 months of 35,000 leave 24,600 of 35,000: 11.70 months, still November 2027.
#[test]
fn a_job_board_posting_fee_paid_up_front() {
    let mut o = option(point(8_000));
    o.overhead_monthly = Some(point(2_000));
    let s = RouteSpend::from_option(&o, 12)
        .unwrap()
        .with_upfront(point(400));
    assert_eq!(s.months[..2], [point(10_400), point(10_000)]);
    let r = runway(&inputs(400_000, 25_000, day(2027, 1, 1)), &s).unwrap();
    assert_eq!(r.longest, ends(11, 24_600, 35_000, day(2027, 11, 1)));
    assert_eq!(
        RouteSpend::steady(point(1)).with_upfront(point(2)).months,
        vec![point(3)]
    );
}

/// Past the horizon the route costs its steady monthly price. A 3-month horizon; $5,000 a
/// month from 1 Dec 2026, $5,000 other burn, $300,000: 30 months exactly, so the cash is
/// spent at the end of May 2029 (December 2026 + 29 months).
#[test]
fn the_cash_out_month_is_found_past_the_horizon() {
    let s = RouteSpend::from_option(&option(point(5_000)), 3).unwrap();
    assert_eq!(s.months.len(), 3);
    let r = runway(&inputs(300_000, 5_000, day(2026, 12, 1)), &s).unwrap();
    assert_eq!(r.longest, ends(30, 0, 10_000, day(2029, 5, 1)));
}

/// A hire that started before the balance's date is already in the balance: its first months
/// (here the two before December, the first with a $1,000 fee) are not spent again.
#[test]
fn months_before_the_cash_date_are_in_the_balance() {
    assert_eq!(month_of(day(2026, 12, 1), day(2026, 10, 1)), -2);
    assert_eq!(month_of(day(2026, 12, 15), day(2027, 1, 14)), 0);
    assert_eq!(month_of(day(2026, 12, 15), day(2027, 1, 15)), 1);
    assert_eq!(month_of(day(2027, 1, 31), day(2027, 2, 28)), 1);
    let s = RouteSpend {
        months: vec![point(11_000), point(10_000)],
        steady: point(10_000),
    };
    // 35,000 a month from December: 11 months leave 15,000 of 35,000.
    let r = runway(&inputs(400_000, 25_000, day(2026, 10, 1)), &s).unwrap();
    assert_eq!(r.longest, ends(11, 15_000, 35_000, day(2027, 11, 1)));
}

/// Months that run from the 15th are named by their first day.
#[test]
fn a_balance_dated_mid_month_names_the_month_by_its_first_day() {
    let mut i = inputs(400_000, 25_000, day(2027, 1, 1));
    i.cash_date = Some(day(2026, 12, 15));
    let r = runway(&i, &RouteSpend::steady(point(10_000))).unwrap();
    let Runway::Ends(e) = r.longest else {
        panic!("runs out")
    };
    assert_eq!(e.cash_out, Some(day(2027, 11, 15)));
    assert_eq!(
        words::month(day(2027, 11, 15)),
        "the month 15 Nov 2027 – 14 Dec 2027"
    );
    // A table's cell names the days; months from the 1st keep their names.
    assert_eq!(words::span(&r).1, "15 Nov 2027 – 14 Dec 2027");
    assert_eq!(words::month(day(2027, 11, 1)), "November 2027");
}

#[test]
fn a_missing_input_is_named_and_nothing_is_made_up() {
    let full = inputs(400_000, 25_000, day(2027, 1, 1));
    let s = RouteSpend::steady(point(10_000));
    type Clear = fn(&mut RunwayInputs);
    let cases: [(Clear, RunwayError); 4] = [
        (|i| i.cash = None, RunwayError::MissingCash),
        (|i| i.cash_date = None, RunwayError::MissingCashDate),
        (|i| i.other_burn = None, RunwayError::MissingBurn),
        (|i| i.start = None, RunwayError::MissingStartDate),
    ];
    for (clear, e) in cases {
        let mut i = full.clone();
        clear(&mut i);
        assert_eq!(runway(&i, &s), Err(e));
        assert_eq!(i.missing(), vec![e]);
        assert!(!words::error(e).is_empty());
    }
    // The runway without the hire needs no start date.
    let mut i = full.clone();
    i.start = None;
    assert!(runway_without(&i).is_ok());
    assert_eq!(
        RunwayInputs::default().missing(),
        [
            RunwayError::MissingCash,
            RunwayError::MissingCashDate,
            RunwayError::MissingBurn,
            RunwayError::MissingStartDate
        ]
    );
    let mut o = option(point(1));
    o.monthly = None;
    assert_eq!(RouteSpend::from_option(&o, 12), Err(RunwayError::NotPriced));
    let mut o = option(point(1));
    o.closed = Some("closed".into());
    assert_eq!(RouteSpend::from_option(&o, 12), Err(RunwayError::NotPriced));
    let mut o = option(point(1));
    o.eor_missing = true;
    assert_eq!(
        RouteSpend::from_option(&o, 12),
        Err(RunwayError::EorFeeMissing)
    );
}

#[test]
fn typed_figures_that_cannot_be_right_are_refused() {
    let usd = Rate::usd();
    let today = day(2026, 12, 1);
    assert_eq!(parse_cash("", &usd), Ok(None));
    assert_eq!(parse_cash("$400,000", &usd), Ok(Some(dollars(400_000))));
    assert_eq!(
        parse_cash("-5", &usd),
        Err(RunwayInputError::Cash(AmountError::Negative))
    );
    assert_eq!(
        parse_cash("plenty", &usd),
        Err(RunwayInputError::Cash(AmountError::NotANumber))
    );
    assert_eq!(
        parse_cash("20,000,000,000", &usd),
        Err(RunwayInputError::Cash(AmountError::TooLarge {
            max: MAX_CASH
        }))
    );
    assert_eq!(parse_burn("0", &usd), Ok(Some(Usd::ZERO)));
    assert_eq!(
        parse_burn("-1", &usd),
        Err(RunwayInputError::Burn(AmountError::Negative))
    );
    assert_eq!(
        parse_burn("200,000,000", &usd),
        Err(RunwayInputError::Burn(AmountError::TooLarge {
            max: MAX_BURN
        }))
    );
    assert_eq!(parse_cash_date("", today), Ok(None));
    assert_eq!(parse_cash_date("2026-12-01", today), Ok(Some(today)));
    assert_eq!(
        parse_cash_date("2026-12-02", today),
        Err(RunwayInputError::CashDate(DateError::InFuture { today }))
    );
    assert_eq!(
        parse_cash_date("2026-13-01", today),
        Err(RunwayInputError::CashDate(DateError::NotADate))
    );
    assert_eq!(parse_keep_months("18"), Ok(Some(18)));
    assert_eq!(parse_keep_months(""), Ok(None));
    for (text, e) in [
        ("18.5", KeepMonthsError::NotWholeMonths),
        ("-3", KeepMonthsError::NotWholeMonths),
        ("soon", KeepMonthsError::NotWholeMonths),
        ("0", KeepMonthsError::Zero),
        ("121", KeepMonthsError::TooMany),
    ] {
        assert_eq!(
            parse_keep_months(text),
            Err(RunwayInputError::KeepMonths(e))
        );
    }
    // Typed in euros at 0.92 to the dollar: €92,000 is $100,000.
    let eur = parse_rate(Currency::Eur, "0.92", "2026-11-30", today).unwrap();
    assert_eq!(parse_cash("€92,000", &eur), Ok(Some(dollars(100_000))));
    assert_eq!(
        words::input_error(
            RunwayInputError::Cash(AmountError::TooLarge { max: MAX_CASH }),
            eur.currency()
        ),
        "Cash in the bank: That is more than $10,000,000,000 (in US dollars); check the \
         number of digits."
    );
    assert_eq!(
        words::input_error(
            RunwayInputError::CashDate(DateError::InFuture { today }),
            eur.currency()
        ),
        "The cash figure's date: That date is after today (1 Dec 2026); enter the date the \
         figure was true."
    );
}

/// $8,000 – $12,800 a month against budgets of $15,000 (fits), $10,000 (the low end fits;
/// the high end is 2,800 over) and $6,000 (2,000 – 6,800 over).
#[test]
fn a_monthly_budget_says_which_routes_fit_and_by_how_much_the_others_miss() {
    let s = RouteSpend::steady(range(8_000, 12_800));
    let none = RunwayInputs::default();
    let budget = |b| fit(&none, &s, Target::MonthlyBudget(dollars(b))).unwrap();
    assert_eq!(budget(15_000), Fit::Fits);
    assert_eq!(
        budget(10_000),
        Fit::Partly(Shortfall::PerMonth(range(0, 2_800)))
    );
    assert_eq!(
        budget(6_000),
        Fit::Misses(Shortfall::PerMonth(range(2_000, 6_800)))
    );
    let eur = parse_rate(Currency::Eur, "0.5", "2026-11-30", day(2026, 12, 1)).unwrap();
    assert_eq!(
        words::fit(
            &budget(10_000),
            Target::MonthlyBudget(dollars(10_000)),
            &eur
        ),
        "Keeps within the budget of €5,000 a month at the low price only; at the high price \
         over by €1,400 a month."
    );
    assert_eq!(
        words::fit(&budget(6_000), Target::MonthlyBudget(dollars(6_000)), &eur),
        "Misses the budget of €3,000 a month: over by €1,000 – €3,400 a month."
    );
}

/// Keeping months of runway, on the worked example (16 months without the hire, 11 5/7 with).
/// 18 months: even without the hire the cash lasts 16, so no route keeps it. 11: fits.
/// 12: 2/7 of a month short. Over 12 months it spends 12 × 25,000 + 11 × 10,000 = 410,000,
/// 10,000 more than the cash, over the 11 months the hire is paid: $909.10 a month less
/// (rounded up to the cent) keeps 12 months.
///
/// The contractor at $8,000 – $12,800 (runway 7.14 – 8.78): 8 months fit at the low price;
/// at the high price 10,000 + 7 × 22,800 = 169,600 is 19,600 over 150,000, $2,800 a month
/// over 7 months (at $10,000 a month exactly 8 months: 10,000 + 7 × 20,000 = 150,000).
#[test]
fn a_runway_floor_says_which_routes_keep_it_and_by_how_many_months_the_others_miss() {
    let i = inputs(400_000, 25_000, day(2027, 1, 1));
    let s = RouteSpend::steady(point(10_000));
    assert_eq!(
        fit(&i, &s, Target::KeepMonths(18)),
        Ok(Fit::Misses(Shortfall::WithoutHire { months: 16.0 }))
    );
    assert_eq!(fit(&i, &s, Target::KeepMonths(11)), Ok(Fit::Fits));
    let Ok(Fit::Misses(Shortfall::Months {
        fewest,
        most,
        per_month,
    })) = fit(&i, &s, Target::KeepMonths(12))
    else {
        panic!("misses by months")
    };
    assert!(close(fewest, 2.0 / 7.0) && close(most, 2.0 / 7.0));
    assert_eq!(per_month, UsdRange::point(Usd(90_910)));
    let cheaper = RouteSpend::steady(UsdRange::point(Usd(1_000_000 - 90_910)));
    assert_eq!(fit(&i, &cheaper, Target::KeepMonths(12)), Ok(Fit::Fits));

    let i = inputs(150_000, 10_000, day(2027, 1, 1));
    let s = RouteSpend::steady(range(8_000, 12_800));
    let Ok(Fit::Partly(Shortfall::Months {
        fewest,
        most,
        per_month,
    })) = fit(&i, &s, Target::KeepMonths(8))
    else {
        panic!("fits at the low price only")
    };
    assert_eq!(fewest, 0.0);
    assert!(close(most, 8.0 - (7.0 + 3.2 / 22.8)));
    assert_eq!(per_month, range(0, 2_800));
    let usd = Rate::usd();
    assert_eq!(
        words::fit(
            &fit(&i, &s, Target::KeepMonths(8)).unwrap(),
            Target::KeepMonths(8),
            &usd
        ),
        "Keeps within 8 months of runway at the low price only; at the high price 0.9 months \
         short; it would have to cost $2,800 a month less."
    );
    assert_eq!(
        words::fit(
            &Fit::Misses(Shortfall::WithoutHire { months: 16.0 }),
            Target::KeepMonths(18),
            &usd
        ),
        "Misses 18 months of runway: even without this hire the cash lasts 16 months, so no \
         route keeps it."
    );
}

/// Every open route of the engine's reports gets a runway or a reason, and a priced one lasts
/// no longer with the hire than without, nor longer at the high price than at the low.
#[test]
fn every_route_of_a_report_gets_a_runway_or_a_reason() {
    let i = inputs(400_000, 25_000, day(2027, 1, 1));
    for kind in [
        EngagementKind::FullTimeEmployee,
        EngagementKind::FullTimeContractor,
        EngagementKind::PartTimeContractor,
        EngagementKind::Hourly,
    ] {
        let rep = report(kind);
        let all = runways(&i, &rep);
        let open = rep.options.iter().filter(|o| o.closed.is_none()).count();
        assert_eq!(all.len(), open);
        let mut priced = 0;
        for (key, r) in &all {
            let o = rep.option(key).unwrap();
            match r {
                Ok(r) => {
                    priced += 1;
                    let m = |x: &Runway| x.months().unwrap_or(f64::INFINITY);
                    assert!(m(&r.shortest) <= m(&r.longest), "{key}");
                    assert!(m(&r.longest) <= m(&r.without_hire), "{key}");
                }
                Err(e) => assert!(
                    o.monthly.is_none() && *e == RunwayError::NotPriced
                        || o.eor_missing && *e == RunwayError::EorFeeMissing,
                    "{key}: {e:?}"
                ),
            }
        }
        assert!(priced > 0, "{kind:?}");
        let f = fits(&i, &rep, Target::KeepMonths(12));
        assert_eq!(f.len(), open);
    }
    assert_eq!(
        Rate::usd().format(dollars(1), Precision::Whole),
        dollars(1).whole()
    );
}

#[test]
fn the_cash_curve_starts_at_the_balance_and_falls_by_the_month() {
    // $400,000 on 1 Dec 2026, $25,000 other burn; a $10,000 hire from 1 Jan 2027.
    let inputs = RunwayInputs {
        cash: Some(Usd::dollars(400_000)),
        cash_date: NaiveDate::from_ymd_opt(2026, 12, 1),
        other_burn: Some(Usd::dollars(25_000)),
        start: NaiveDate::from_ymd_opt(2027, 1, 1),
    };
    let spend = RouteSpend::steady(UsdRange::new(Usd::dollars(8_000), Usd::dollars(10_000)));
    let c = cash_curve(&inputs, Some(&spend), 13).unwrap();
    assert_eq!(c.len(), 14);
    assert_eq!(c[0], UsdRange::point(Usd::dollars(400_000)));
    // December: other burn only.
    assert_eq!(c[1], UsdRange::point(Usd::dollars(375_000)));
    // January: 375,000 - 25,000 - 10,000 (high) or - 8,000 (low).
    assert_eq!(
        c[2],
        UsdRange::new(Usd::dollars(340_000), Usd::dollars(342_000))
    );
    // Month 13 at the high price: 375,000 - 12 × 35,000 = -45,000: below zero, as drawn.
    assert_eq!(c[13].low(), Usd::dollars(-45_000));
    let without = cash_curve(&inputs, None, 16).unwrap();
    assert_eq!(without[16], UsdRange::point(Usd::ZERO));
    // Without the cash, no curve: nothing invented.
    let none = RunwayInputs {
        cash: None,
        ..inputs
    };
    assert_eq!(cash_curve(&none, None, 3), Err(RunwayError::MissingCash));
}

/// Issue 38: "Can we afford it" in one line a route. $400,000 on 1 Dec 2026, $20,000 a month
/// of other burn, a hire at $8,000 a month from 1 Jan 2027, for 12 months, keeping 3 months of
/// runway: December alone costs $20,000, then 15 months of $28,000 = $420,000, so $440,000 goes
/// out by the end of March 2028 and $40,000 is missing. The hire's last planned month is
/// December 2027 (January 2027 + 11 months).
#[test]
fn pays_for_the_planned_months_and_the_floor_worked_by_hand() {
    let at = inputs(400_000, 20_000, day(2027, 1, 1));
    let spend = RouteSpend::steady(point(8_000));
    let p = pays_for(&at, &spend, 12, 3).unwrap();
    assert_eq!(p.left, point(-40_000));
    assert_eq!(p.last, Some(day(2027, 12, 1)));
    let rate = Rate::usd();
    assert_eq!(
        words::pays_for(&p, &rate),
        "Pays this hire for the 12 months planned and keeps 3 months of runway: no: short by \
         $40,000 in December 2027."
    );
    // Without a floor: 1 + 12 months = $20,000 + 12 × $28,000 = $356,000; $44,000 to spare.
    let p = pays_for(&at, &spend, 12, 0).unwrap();
    assert_eq!(p.left, point(44_000));
    assert_eq!(
        words::pays_for(&p, &rate),
        "Pays this hire for the 12 months planned: yes, with $44,000 to spare."
    );
    // In euros at 0.92 to the dollar: €40,480 to spare.
    let eur = parse_rate(Currency::Eur, "0.92", "2026-12-01", day(2026, 12, 7)).unwrap();
    assert_eq!(
        words::pays_for(&p, &eur),
        "Pays this hire for the 12 months planned: yes, with €40,480 to spare."
    );
    // A price range of $6,000–$10,000: at the low end 15 × $26,000 + $20,000 = $410,000
    // ($10,000 short), at the high 15 × $30,000 + $20,000 = $470,000 ($70,000 short).
    let spend = RouteSpend::steady(range(6_000, 10_000));
    let p = pays_for(&at, &spend, 12, 3).unwrap();
    assert_eq!(p.left, range(-70_000, -10_000));
    assert_eq!(
        words::pays_for(&p, &rate),
        "Pays this hire for the 12 months planned and keeps 3 months of runway: no: short by \
         $10,000 – $70,000 in December 2027."
    );
    // $460,000 in the bank: the low price leaves $50,000, the high is $10,000 short.
    let rich = inputs(460_000, 20_000, day(2027, 1, 1));
    let p = pays_for(&rich, &spend, 12, 3).unwrap();
    assert_eq!(
        words::pays_for(&p, &rate),
        "Pays this hire for the 12 months planned and keeps 3 months of runway: only at the low \
         price, with $50,000 to spare; at the high price short by $10,000 in December 2027."
    );
    // Without the start date there is no answer.
    let mut no_start = at.clone();
    no_start.start = None;
    assert_eq!(
        pays_for(&no_start, &spend, 12, 3),
        Err(RunwayError::MissingStartDate)
    );
}

/// A plan opened weeks after its rate was entered says which rate and date its converted
/// amounts use; a recent rate, or dollars, say nothing more.
#[test]
fn an_old_rate_is_named_with_its_date() {
    let rate = parse_rate(Currency::Eur, "0.92", "2026-10-01", day(2026, 12, 7)).unwrap();
    let said = words::rate_age(&rate, day(2026, 12, 7)).expect("67 days is old");
    assert!(said.contains("from 1 Oct 2026, 67 days ago"), "{said}");
    assert!(said.contains("uses 0.92 EUR to the US dollar"), "{said}");
    assert_eq!(words::rate_age(&rate, day(2026, 10, 31)), None);
    assert_eq!(words::rate_age(&Rate::usd(), day(2027, 12, 7)), None);
}

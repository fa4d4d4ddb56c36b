//! Can we afford it: how long the cash lasts with each route's hire and without it, the month
//! it runs out, and which routes fit a monthly budget or a runway floor. Facts only:
//! `runway::words` says them, in the founder's currency.
//!
//! The model, stated once. Money is whole US cents. Months run from the cash figure's date (a
//! balance dated 1 December counts December as month 0; dated the 15th, each month runs from
//! the 15th). The other burn is spent in every month from month 0; the hire's costs start in
//! the month that holds the planned start date (a hire's months before the balance's date are
//! already in the balance). Within a month money goes out evenly, so a month the cash cannot
//! cover counts as the part it can. A route's costs are plain data (`RouteSpend`: each month
//! from the start month, then a steady monthly cost for as long as the hire goes on), so the
//! cash-out month is found past any horizon; `RouteSpend::from_option` builds it from the cost
//! engine's running totals.

pub mod finance;
pub mod words;

use crate::cost::engine::input::MAX_HORIZON_MONTHS;
use crate::cost::engine::option::{Catch, CostOption, CostReport, OneOffKind};
use crate::market::{CommitmentKind, Refund};
use crate::plan::RouteKey;
use crate::text::currency::{parse_money, parse_past_date, AmountError, DateError, Rate};
use crate::text::format::parse_number;
use crate::text::money::{Usd, UsdRange};
use chrono::{Datelike, Months, NaiveDate};

/// More cash than this is taken for a typo: $10 billion.
pub const MAX_CASH: Usd = Usd(1_000_000_000_000);
/// More monthly burn than this is taken for a typo: $100 million a month.
pub const MAX_BURN: Usd = Usd(10_000_000_000);
/// The longest runway floor the founder may ask to keep, in months.
pub const MAX_KEEP_MONTHS: u32 = MAX_HORIZON_MONTHS;

/// What a route's hire costs, month by month from the month of the planned start date.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteSpend {
    /// Paid in the hire's first month, second, and so on; a fee or a deposit falls in the month
    /// it is paid.
    pub months: Vec<UsdRange>,
    /// Paid each month after those, for as long as the hire goes on.
    pub steady: UsdRange,
}

/// The founder's figures the runway rests on, read and checked (`parse_*`); None: not given.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RunwayInputs {
    /// Cash in the bank, on `cash_date`.
    pub cash: Option<Usd>,
    pub cash_date: Option<NaiveDate>,
    /// Net burn a month without this hire (other hires included).
    pub other_burn: Option<Usd>,
    /// The hire's planned start date.
    pub start: Option<NaiveDate>,
}

/// What the runway cannot be worked out without.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunwayError {
    MissingCash,
    MissingCashDate,
    MissingBurn,
    MissingStartDate,
    /// The sources give the route no price (or it is closed).
    NotPriced,
    /// An employee abroad whose employer-of-record fee the founder has not set.
    EorFeeMissing,
}

/// How long the cash lasts.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Runway {
    /// Nothing more goes out than comes in, from some month on, before the cash is spent.
    Never,
    Ends(RunwayEnd),
}

/// The cash runs out: after `full_months` whole months, `left` is what remains of the
/// `needed` the next month spends.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RunwayEnd {
    pub full_months: u64,
    pub left: Usd,
    pub needed: Usd,
    /// The first day of the month in which the cash reaches zero (None past the calendar).
    pub cash_out: Option<NaiveDate>,
}

impl RunwayEnd {
    /// Months of runway, the last one in part: 11 + 25,000 / 35,000 = 11.71.
    pub fn months(&self) -> f64 {
        let part = if self.needed.0 > 0 {
            self.left.0 as f64 / self.needed.0 as f64
        } else {
            0.0
        };
        self.full_months as f64 + part
    }
}

impl Runway {
    /// None: the cash never runs out.
    pub fn months(&self) -> Option<f64> {
        match self {
            Runway::Never => None,
            Runway::Ends(e) => Some(e.months()),
        }
    }

    /// Lasts at least `months` whole months.
    pub fn keeps(&self, months: u32) -> bool {
        match self {
            Runway::Never => true,
            Runway::Ends(e) => e.full_months >= u64::from(months),
        }
    }
}

/// A route's runway: without the hire, and with it at the low and the high price.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct RouteRunway {
    pub without_hire: Runway,
    /// At the low end of the price: the longest it lasts.
    pub longest: Runway,
    /// At the high end: the shortest.
    pub shortest: Runway,
}

/// What the founder starts from: a monthly budget for the hire, or months of runway to keep.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    MonthlyBudget(Usd),
    KeepMonths(u32),
}

/// Whether a route fits the target.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Fit {
    Fits,
    /// At the low price it fits, at the high price it misses.
    Partly(Shortfall),
    Misses(Shortfall),
}

/// By how much a route misses.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Shortfall {
    /// Over the monthly budget by this much a month, at the low and the high price (0 at the
    /// low end where it fits). The steady monthly cost is compared: fees are one-off.
    PerMonth(UsdRange),
    /// Short of the floor by `fewest` to `most` months; to keep it the hire would have to cost
    /// `per_month` less each month it is paid for within the floor.
    Months {
        fewest: f64,
        most: f64,
        per_month: UsdRange,
    },
    /// Even without the hire the cash lasts only `months`: no route can keep the floor.
    WithoutHire { months: f64 },
}

/// Why a runway figure the founder typed cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RunwayInputError {
    Cash(AmountError),
    CashDate(DateError),
    Burn(AmountError),
    KeepMonths(KeepMonthsError),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeepMonthsError {
    NotWholeMonths,
    Zero,
    TooMany,
}

fn amount(text: &str, rate: &Rate, max: Usd) -> Result<Option<Usd>, AmountError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let money = parse_money(text, rate.currency())?;
    // The currency is the rate's own, so the conversion cannot fail.
    let usd = rate.to_usd(money).unwrap_or(Usd::ZERO);
    if usd > max {
        return Err(AmountError::TooLarge { max });
    }
    Ok(Some(usd))
}

/// Cash in the bank, typed in the rate's currency; empty: not given.
pub fn parse_cash(text: &str, rate: &Rate) -> Result<Option<Usd>, RunwayInputError> {
    amount(text, rate, MAX_CASH).map_err(RunwayInputError::Cash)
}

/// Net burn a month without this hire, typed in the rate's currency; empty: not given.
pub fn parse_burn(text: &str, rate: &Rate) -> Result<Option<Usd>, RunwayInputError> {
    amount(text, rate, MAX_BURN).map_err(RunwayInputError::Burn)
}

/// The date of the cash figure: today or earlier; empty: not given.
pub fn parse_cash_date(
    text: &str,
    today: NaiveDate,
) -> Result<Option<NaiveDate>, RunwayInputError> {
    match parse_past_date(text, today) {
        Ok(d) => Ok(Some(d)),
        Err(DateError::Empty) => Ok(None),
        Err(e) => Err(RunwayInputError::CashDate(e)),
    }
}

/// Months of runway to keep ("18"); empty: no floor.
pub fn parse_keep_months(text: &str) -> Result<Option<u32>, RunwayInputError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let err = |e| Err(RunwayInputError::KeepMonths(e));
    match parse_number(text) {
        Some(v) if v.fract() != 0.0 || v < 0.0 => err(KeepMonthsError::NotWholeMonths),
        Some(v) if v < 1.0 => err(KeepMonthsError::Zero),
        Some(v) if v > MAX_KEEP_MONTHS as f64 => err(KeepMonthsError::TooMany),
        Some(v) => Ok(Some(v as u32)),
        None => err(KeepMonthsError::NotWholeMonths),
    }
}

impl RunwayInputs {
    /// Every input the runway with a hire still needs, in the order the form asks for them.
    pub fn missing(&self) -> Vec<RunwayError> {
        let mut out = Vec::new();
        if self.cash.is_none() {
            out.push(RunwayError::MissingCash);
        }
        if self.cash_date.is_none() {
            out.push(RunwayError::MissingCashDate);
        }
        if self.other_burn.is_none() {
            out.push(RunwayError::MissingBurn);
        }
        if self.start.is_none() {
            out.push(RunwayError::MissingStartDate);
        }
        out
    }

    fn base(&self) -> Result<(i128, NaiveDate, i128), RunwayError> {
        let cash = self.cash.ok_or(RunwayError::MissingCash)?;
        let date = self.cash_date.ok_or(RunwayError::MissingCashDate)?;
        let burn = self.other_burn.ok_or(RunwayError::MissingBurn)?;
        Ok((cash.0 as i128, date, burn.0 as i128))
    }
}

/// Months from `from` to `to`, whole: the month (counted from `from`) that holds `to`;
/// negative when `to` is earlier.
fn month_of(from: NaiveDate, to: NaiveDate) -> i64 {
    let shift = |k: i64| -> Option<NaiveDate> {
        let m = Months::new(u32::try_from(k.unsigned_abs()).ok()?);
        if k >= 0 {
            from.checked_add_months(m)
        } else {
            from.checked_sub_months(m)
        }
    };
    let mut k =
        i64::from(to.year() - from.year()) * 12 + i64::from(to.month()) - i64::from(from.month());
    while shift(k).is_some_and(|d| d > to) {
        k -= 1;
    }
    while shift(k + 1).is_some_and(|d| d <= to) {
        k += 1;
    }
    k
}

/// Runs of months with the same spending: (how many, None for ever; cents a month).
type Segments = Vec<(Option<u64>, i128)>;

/// The months of one end of a route's price (`low` or high), with the burn, from month 0.
fn segments(burn: i128, first: i64, spend: &RouteSpend, low: bool) -> Segments {
    let end = |r: UsdRange| i128::from(if low { r.low().0 } else { r.high().0 });
    let mut out = Vec::with_capacity(spend.months.len() + 2);
    if first > 0 {
        out.push((Some(first as u64), burn));
    }
    let skip = usize::try_from(first.min(0).unsigned_abs()).unwrap_or(usize::MAX);
    for m in spend.months.iter().skip(skip) {
        out.push((Some(1), burn + end(*m)));
    }
    out.push((None, burn + end(spend.steady)));
    out
}

fn usd(v: i128) -> Usd {
    Usd(v.clamp(i64::MIN as i128, i64::MAX as i128) as i64)
}

/// When `cash` runs out, spending `segments` from the month of `as_of`.
fn run(cash: i128, as_of: NaiveDate, segments: &[(Option<u64>, i128)]) -> Runway {
    let (mut left, mut k) = (cash, 0u64);
    for &(count, spend) in segments {
        let lasts = match count {
            None => spend <= 0,
            Some(c) => spend.saturating_mul(c as i128) < left || spend <= 0,
        };
        if lasts {
            match count {
                None => return Runway::Never,
                Some(c) => {
                    left -= spend * c as i128;
                    k += c;
                    continue;
                }
            }
        }
        // It runs out in this run: n whole months, then `rem` of the next.
        let (n, rem) = (left / spend, left % spend);
        let n = u64::try_from(n).unwrap_or(u64::MAX);
        let (full, month, left, needed) = if rem == 0 && n > 0 {
            // Exactly spent at the end of a month: that month is the last.
            (k + n, k + n - 1, 0, spend)
        } else {
            (k + n, k + n, rem, spend)
        };
        let cash_out = u32::try_from(month)
            .ok()
            .and_then(|m| as_of.checked_add_months(Months::new(m)));
        return Runway::Ends(RunwayEnd {
            full_months: full,
            left: usd(left),
            needed: usd(needed),
            cash_out,
        });
    }
    Runway::Never
}

/// The runway without any hire.
pub fn runway_without(inputs: &RunwayInputs) -> Result<Runway, RunwayError> {
    let (cash, as_of, burn) = inputs.base()?;
    Ok(run(cash, as_of, &[(None, burn)]))
}

/// A route's runway, without the hire and with it at each end of its price.
pub fn runway(inputs: &RunwayInputs, spend: &RouteSpend) -> Result<RouteRunway, RunwayError> {
    let (cash, as_of, burn) = inputs.base()?;
    let start = inputs.start.ok_or(RunwayError::MissingStartDate)?;
    let first = month_of(as_of, start);
    Ok(RouteRunway {
        without_hire: run(cash, as_of, &[(None, burn)]),
        longest: run(cash, as_of, &segments(burn, first, spend, true)),
        shortest: run(cash, as_of, &segments(burn, first, spend, false)),
    })
}

/// The cash at the start of each month from the balance's month (`months` + 1 points: the
/// balance, then after each month), with the hire at the low and the high price, or without a
/// hire (`spend` None). For the chart of cash over time; it goes below zero.
pub fn cash_curve(
    inputs: &RunwayInputs,
    spend: Option<&RouteSpend>,
    months: u32,
) -> Result<Vec<UsdRange>, RunwayError> {
    let (cash, as_of, burn) = inputs.base()?;
    let runs = |low: bool| -> Result<Segments, RunwayError> {
        match spend {
            Some(s) => {
                let start = inputs.start.ok_or(RunwayError::MissingStartDate)?;
                Ok(segments(burn, month_of(as_of, start), s, low))
            }
            None => Ok(vec![(None, burn)]),
        }
    };
    let walk = |runs: Segments| {
        let mut out = Vec::with_capacity(months as usize + 1);
        let mut left = cash;
        out.push(left);
        'all: for (count, spend) in runs {
            for _ in 0..count.unwrap_or(u64::MAX) {
                if out.len() > months as usize {
                    break 'all;
                }
                left -= spend;
                out.push(left);
            }
        }
        out
    };
    let (high_cash, low_cash) = (walk(runs(true)?), walk(runs(false)?));
    Ok(high_cash
        .iter()
        .zip(&low_cash)
        .map(|(a, b)| UsdRange::new(usd(*a), usd(*b)))
        .collect())
}

/// Whether the cash pays a route's hire for its planned months and keeps a floor of runway
/// after them: the cash left once the hire has been paid for `months` months from its start
/// month and `keep` more months have gone by with it (the burn and the hire's cost each
/// month), at the high price (`left.low()`) and the low price (`left.high()`); below zero, it
/// is short by that much. `last` is the first day of the hire's last planned month.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PaysFor {
    pub months: u32,
    pub keep: u32,
    pub left: UsdRange,
    pub last: Option<NaiveDate>,
}

pub fn pays_for(
    inputs: &RunwayInputs,
    spend: &RouteSpend,
    months: u32,
    keep: u32,
) -> Result<PaysFor, RunwayError> {
    let (_, as_of, _) = inputs.base()?;
    let start = inputs.start.ok_or(RunwayError::MissingStartDate)?;
    let first = u32::try_from(month_of(as_of, start).max(0)).unwrap_or(u32::MAX);
    let end = first.saturating_add(months).saturating_add(keep);
    let curve = cash_curve(inputs, Some(spend), end)?;
    let left = curve.last().copied().unwrap_or_default();
    let last = as_of.checked_add_months(Months::new(first + months.max(1) - 1));
    Ok(PaysFor {
        months,
        keep,
        left,
        last,
    })
}

/// Spent in the first `months` months, less the cash: above zero, the floor is missed by that.
fn over(cash: i128, segments: &[(Option<u64>, i128)], months: u64) -> i128 {
    let (mut spent, mut left) = (0i128, months);
    for &(count, spend) in segments {
        let n = count.map_or(left, |c| c.min(left));
        spent += spend * n as i128;
        left -= n;
    }
    spent - cash
}

/// Whether a route fits the target, and by how much it misses where it does not. A monthly
/// budget needs no other input.
pub fn fit(inputs: &RunwayInputs, spend: &RouteSpend, target: Target) -> Result<Fit, RunwayError> {
    let keep = match target {
        Target::MonthlyBudget(b) => return Ok(fit_budget(spend, b)),
        Target::KeepMonths(m) => m,
    };
    let r = runway(inputs, spend)?;
    if !r.without_hire.keeps(keep) {
        let months = r.without_hire.months().unwrap_or_default();
        return Ok(Fit::Misses(Shortfall::WithoutHire { months }));
    }
    let (fits_low, fits_high) = (r.longest.keeps(keep), r.shortest.keeps(keep));
    if fits_high {
        return Ok(Fit::Fits);
    }
    let (cash, as_of, burn) = inputs.base()?;
    let first = month_of(as_of, inputs.start.ok_or(RunwayError::MissingStartDate)?);
    // The months within the floor that the hire is paid for.
    let paid = u64::from(keep).saturating_sub(first.max(0) as u64).max(1) as i128;
    let less = |low: bool| {
        let over = over(cash, &segments(burn, first, spend, low), u64::from(keep));
        usd((over.max(0) + paid - 1) / paid)
    };
    let short = |r: &Runway| f64::from(keep) - r.months().unwrap_or(f64::from(keep));
    if fits_low {
        Ok(Fit::Partly(Shortfall::Months {
            fewest: 0.0,
            most: short(&r.shortest),
            per_month: UsdRange::new(Usd::ZERO, less(false)),
        }))
    } else {
        Ok(Fit::Misses(Shortfall::Months {
            fewest: short(&r.longest),
            most: short(&r.shortest),
            per_month: UsdRange::new(less(true), less(false)),
        }))
    }
}

/// A route's steady monthly cost against a monthly budget.
pub fn fit_budget(spend: &RouteSpend, budget: Usd) -> Fit {
    let (low, high) = (spend.steady.low(), spend.steady.high());
    let by = |v: Usd| Usd((v.0 - budget.0).max(0));
    if high <= budget {
        Fit::Fits
    } else if low <= budget {
        Fit::Partly(Shortfall::PerMonth(UsdRange::new(Usd::ZERO, by(high))))
    } else {
        Fit::Misses(Shortfall::PerMonth(UsdRange::new(by(low), by(high))))
    }
}

impl RouteSpend {
    /// A route that costs the same every month from its start.
    pub fn steady(monthly: UsdRange) -> RouteSpend {
        RouteSpend {
            months: Vec::new(),
            steady: monthly,
        }
    }

    /// With a fee paid up front (a job board's posting fee): counted in the start month.
    pub fn with_upfront(mut self, fee: UsdRange) -> RouteSpend {
        match self.months.first_mut() {
            Some(m) => *m = *m + fee,
            None => self.months.push(self.steady + fee),
        }
        self
    }

    /// What a route of the cost engine pays each month, from its running totals (the data of
    /// the "cost over time" chart): fees and deposits in their month, a free trial not billed,
    /// a trial billed if you go on billed. A required commitment is counted as the engine
    /// counts it (the least billed once you go on, from the first month); a recommended one is
    /// not owed, so the months are billed as they come. A deposit is never counted back unless
    /// the source says it is credited against invoices; a refund whose date no source gives
    /// is not counted within the runway. Posting fees are not in the engine's total: add the
    /// founder's with `with_upfront`.
    pub fn from_option(o: &CostOption, horizon: u32) -> Result<RouteSpend, RunwayError> {
        if o.closed.is_some() {
            return Err(RunwayError::NotPriced);
        }
        if o.eor_missing {
            return Err(RunwayError::EorFeeMissing);
        }
        let steady = o.monthly_all_in().ok_or(RunwayError::NotPriced)?;
        let mut billed = o.clone();
        if matches!(o.commitment, Some((_, CommitmentKind::Recommended))) {
            billed.committed_months = 0.0;
        }
        // Long enough that every fee, trial and commitment is behind it.
        let last_fee = o.one_offs.iter().map(|f| f.month).max().unwrap_or(0);
        let lead = billed.free_months.max(0.0).ceil() + billed.committed_months.max(0.0).ceil();
        let n = horizon.max(last_fee + lead.min(1200.0) as u32 + 2);
        let totals = billed.cumulative(n).ok_or(RunwayError::NotPriced)?;
        let mut low = Vec::with_capacity(n as usize);
        let mut high = Vec::with_capacity(n as usize);
        for i in 0..n as usize {
            let before = if i == 0 {
                UsdRange::default()
            } else {
                totals[i]
            };
            low.push(totals[i + 1].low().0 - before.low().0);
            high.push(totals[i + 1].high().0 - before.high().0);
        }
        for c in &o.catches {
            let Catch::Deposit {
                amount,
                refund: Refund::Credited,
            } = c
            else {
                continue;
            };
            let paid = o
                .one_offs
                .iter()
                .find(|f| f.kind == OneOffKind::Deposit)
                .map_or(0, |f| f.month.saturating_sub(1) as usize);
            for (months, each) in [(&mut low, steady.low().0), (&mut high, steady.high().0)] {
                let mut credit = amount.0;
                let mut i = paid + 1;
                while credit > 0 && (i < months.len() || each > 0) {
                    if i == months.len() {
                        months.push(each);
                    }
                    let used = credit.min(months[i].max(0));
                    months[i] -= used;
                    credit -= used;
                    i += 1;
                }
            }
        }
        let len = low.len().max(high.len());
        let at = |v: &[i64], i: usize, each: Usd| v.get(i).copied().map_or(each, Usd);
        let months = (0..len)
            .map(|i| UsdRange::new(at(&low, i, steady.low()), at(&high, i, steady.high())))
            .collect();
        Ok(RouteSpend { months, steady })
    }
}

/// The runway of every open route of a report (an unpriced one says why it has none).
pub fn runways(
    inputs: &RunwayInputs,
    report: &CostReport,
) -> Vec<(RouteKey, Result<RouteRunway, RunwayError>)> {
    each_open_route(report, |s| runway(inputs, s))
}

/// Which open routes of a report fit the target, and by how much the others miss.
pub fn fits(
    inputs: &RunwayInputs,
    report: &CostReport,
    target: Target,
) -> Vec<(RouteKey, Result<Fit, RunwayError>)> {
    each_open_route(report, |s| fit(inputs, s, target))
}

/// `work` over the spending of each route the founder can choose, in the report's order.
fn each_open_route<T>(
    report: &CostReport,
    work: impl Fn(&RouteSpend) -> Result<T, RunwayError>,
) -> Vec<(RouteKey, Result<T, RunwayError>)> {
    let horizon = report.scenario.horizon_months;
    report
        .options
        .iter()
        .filter(|o| crate::cost::decision::chosen::choosable(o))
        .map(|o| {
            let r = RouteSpend::from_option(o, horizon).and_then(|s| work(&s));
            (o.key.clone(), r)
        })
        .collect()
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod prop_tests;

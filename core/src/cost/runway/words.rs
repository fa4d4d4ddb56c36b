//! The runway's facts in words, with money in the founder's currency (converted at display).

use super::{
    Fit, KeepMonthsError, PaysFor, RouteRunway, Runway, RunwayError, RunwayInputError, Shortfall,
    Target, MAX_KEEP_MONTHS,
};
use crate::text::currency::{Currency, Precision, Rate};
use crate::text::format::{date, fixed, DateStyle};
use crate::text::money::UsdRange;
use chrono::{Datelike, NaiveDate};

/// What is missing, as the form's field asks for it.
pub fn error(e: RunwayError) -> &'static str {
    match e {
        RunwayError::MissingCash => "Enter the cash in the bank to see the runway.",
        RunwayError::MissingCashDate => "Enter the date of the cash figure to see the runway.",
        RunwayError::MissingBurn => {
            "Enter the monthly net burn without this hire (0 if none) to see the runway."
        }
        RunwayError::MissingStartDate => {
            "Enter the hire's planned start date to see the runway with the hire."
        }
        RunwayError::NotPriced => "The sources give this route no price, so no runway.",
        RunwayError::EorFeeMissing => {
            "Set the employer-of-record fee to see this route's runway; without it the cost is \
             not known."
        }
    }
}

/// In a table cell, where the reason is said once beside the table: "EOR fee not set".
pub fn error_short(e: RunwayError) -> &'static str {
    match e {
        RunwayError::MissingCash
        | RunwayError::MissingCashDate
        | RunwayError::MissingBurn
        | RunwayError::MissingStartDate => "needs your figures",
        RunwayError::NotPriced => "no price",
        RunwayError::EorFeeMissing => "EOR fee not set",
    }
}

/// Beside the field the founder typed.
pub fn input_error(e: RunwayInputError, currency: Currency) -> String {
    match e {
        RunwayInputError::Cash(a) => format!("Cash in the bank: {}", a.words(currency)),
        RunwayInputError::Burn(a) => format!("Monthly net burn: {}", a.words(currency)),
        RunwayInputError::CashDate(d) => format!("The cash figure's date: {}", d.words()),
        RunwayInputError::KeepMonths(k) => match k {
            KeepMonthsError::NotWholeMonths => {
                "Enter the months of runway to keep as a whole number, e.g. 18.".into()
            }
            KeepMonthsError::Zero => "Keep at least 1 month of runway, or leave it empty.".into(),
            KeepMonthsError::TooMany => {
                format!("Keep at most {MAX_KEEP_MONTHS} months (10 years) of runway.")
            }
        },
    }
}

/// "16 months", "11.7 months", "1 month".
pub fn months(m: f64) -> String {
    let s = fixed(m, 1);
    let s = s.strip_suffix(".0").unwrap_or(&s);
    if s == "1" {
        "1 month".into()
    } else {
        format!("{s} months")
    }
}

/// The last day of the month that starts on `d` (months run from the cash figure's day).
fn month_end(d: NaiveDate) -> NaiveDate {
    d.checked_add_months(chrono::Months::new(1))
        .and_then(|e| e.pred_opt())
        .unwrap_or(d)
}

/// "November 2027", or "the month 15 Nov 2027 – 14 Dec 2027" where months run from another
/// day (the day of the cash figure).
pub fn month(d: NaiveDate) -> String {
    if d.day() == 1 {
        let long = date(d, DateStyle::Long);
        long.split_once(' ')
            .map_or(long.clone(), |(_, rest)| rest.into())
    } else {
        format!("the month {}", month_cell(d, d))
    }
}

/// A table's cell for the months from the one starting `from` to the one starting `to`:
/// "November 2027", "November 2027 – January 2028", or by their days where months run from
/// another day: "15 Nov 2027 – 14 Jan 2028".
fn month_cell(from: NaiveDate, to: NaiveDate) -> String {
    if from.day() == 1 {
        let (a, b) = (month(from), month(to));
        if a == b {
            a
        } else {
            format!("{a} – {b}")
        }
    } else {
        format!(
            "{} – {}",
            date(from, DateStyle::Short),
            date(month_end(to), DateStyle::Short)
        )
    }
}

fn cash_out(r: &Runway) -> Option<String> {
    match r {
        Runway::Ends(e) => Some(
            e.cash_out
                .map_or("a month too far ahead to name".into(), month),
        ),
        Runway::Never => None,
    }
}

/// "16 months: the cash runs out in March 2028." or that it does not run out.
pub fn runway(r: &Runway) -> String {
    match r {
        Runway::Never => "The cash does not run out: no more goes out than comes in.".into(),
        Runway::Ends(e) => format!(
            "{}: the cash runs out in {}.",
            months(e.months()),
            cash_out(r).unwrap_or_default()
        ),
    }
}

/// With the hire (a range where the price is one), then without it.
pub fn route(r: &RouteRunway) -> String {
    let with = match (r.shortest, r.longest) {
        (a, b) if a == b => runway(&a),
        (Runway::Ends(short), Runway::Never) => format!(
            "at the high price {}: the cash runs out in {}; at the low price it does not run \
             out.",
            months(short.months()),
            cash_out(&r.shortest).unwrap_or_default()
        ),
        (short, long) => {
            let (a, b) = (cash_out(&short), cash_out(&long));
            let when = if a == b {
                format!("in {}", a.unwrap_or_default())
            } else {
                format!(
                    "between {} and {}",
                    a.unwrap_or_default(),
                    b.unwrap_or_default()
                )
            };
            let (lo, hi) = (
                short.months().unwrap_or_default(),
                long.months().unwrap_or_default(),
            );
            let span = months(hi);
            let first = fixed(lo, 1);
            let first = first.strip_suffix(".0").unwrap_or(&first);
            if span.starts_with(&format!("{first} ")) {
                // The two ends print alike at one decimal.
                format!("{span}: the cash runs out {when}.")
            } else {
                format!("{first}–{span}: the cash runs out {when}.")
            }
        }
    };
    let without = runway(&r.without_hire);
    let without = without.strip_suffix('.').unwrap_or(&without);
    format!("With this hire, {with} Without it, {without}.")
}

/// Whether a route fits the target, with the shortfall in the founder's currency.
pub fn fit(f: &Fit, target: Target, rate: &Rate) -> String {
    // Where the low price fits, only the high price's shortfall is said.
    let partly = matches!(f, Fit::Partly(_));
    let money = |r: UsdRange| {
        if partly {
            rate.format(r.high(), Precision::Whole)
        } else {
            rate.format_range(r, Precision::Whole)
        }
    };
    let what = match target {
        Target::MonthlyBudget(b) => {
            format!("the budget of {} a month", rate.format(b, Precision::Whole))
        }
        Target::KeepMonths(k) => format!("{} of runway", months(f64::from(k))),
    };
    let miss = |s: &Shortfall| match s {
        Shortfall::PerMonth(by) => format!("over by {} a month", money(*by)),
        Shortfall::Months {
            fewest,
            most,
            per_month,
        } => {
            let short = if fewest == most || *fewest == 0.0 {
                months(*most)
            } else {
                format!("{}–{}", fixed(*fewest, 1), months(*most))
            };
            format!(
                "{short} short; it would have to cost {} a month less",
                money(*per_month)
            )
        }
        Shortfall::WithoutHire { months: m } => format!(
            "even without this hire the cash lasts {}, so no route keeps it",
            months(*m)
        ),
    };
    match f {
        Fit::Fits => format!("Keeps within {what}."),
        Fit::Partly(s) => format!(
            "Keeps within {what} at the low price only; at the high price {}.",
            miss(s)
        ),
        Fit::Misses(s) => format!("Misses {what}: {}.", miss(s)),
    }
}

/// "until November 2027 (11.7 months)", or that it does not run out.
fn until(r: &Runway) -> String {
    match r {
        Runway::Never => "beyond any horizon: no more goes out than comes in".into(),
        Runway::Ends(e) => format!(
            "until {} ({})",
            cash_out(r).unwrap_or_default(),
            months(e.months())
        ),
    }
}

/// The summary's line for the chosen route: "With Toptal, the cash lasts until November 2027
/// (11.7 months); without this hire, until March 2028 (16 months)." A range where the price
/// is one.
pub fn lasts(name: &str, r: &RouteRunway) -> String {
    let with = if r.shortest == r.longest {
        until(&r.shortest)
    } else {
        format!(
            "{} at the high price, {} at the low",
            until(&r.shortest),
            until(&r.longest)
        )
    };
    format!(
        "With {name}, the cash lasts {with}; without this hire, {}.",
        until(&r.without_hire)
    )
}

/// Why a money field cannot be used, beside it; `currency` is the amount's own.
pub fn problem(p: crate::cost::runway::finance::FinanceProblem, currency: Currency) -> String {
    use crate::cost::runway::finance::FinanceProblem as P;
    match p {
        P::Input(e) => input_error(e, currency),
        P::Rate(c, e) => e.words(c),
        P::NeedsRate(c) => format!(
            "This amount is in {}: enter the {} rate below to use it, or clear the field and \
             type it again in the currency shown.",
            c.code(),
            c.code()
        ),
    }
}

/// The rate amounts show at, said once on each page that converts: "Amounts shown in EUR
/// (Euro), at 0.92 EUR to the US dollar: your rate of 1 Dec 2026. The sources give US
/// dollars." None for US dollars.
pub fn rate_line(rate: &Rate) -> Option<String> {
    let c = rate.currency();
    let as_of = rate.as_of()?;
    Some(format!(
        "Amounts shown in {} ({}), at {} {} to the US dollar: your rate of {}. The sources \
         give US dollars.",
        c.code(),
        c.name(),
        crate::text::format::plain_number(rate.per_dollar()),
        c.code(),
        date(as_of, DateStyle::Short)
    ))
}

/// Days after which the founder's rate is called old.
pub const RATE_OLD_DAYS: i64 = 30;

/// Where the founder's rate is more than `RATE_OLD_DAYS` old on `today` (a plan opened again
/// weeks later): which rate and date every converted amount uses, and what to do. None for
/// US dollars or a recent rate.
pub fn rate_age(rate: &Rate, today: NaiveDate) -> Option<String> {
    let as_of = rate.as_of()?;
    let days = (today - as_of).num_days();
    (days > RATE_OLD_DAYS).then(|| {
        format!(
            "Your {} rate is from {}, {days} days ago: every converted amount here uses {} {} \
             to the US dollar. Amounts you typed in {} stay as typed. Check the rate before you \
             decide.",
            rate.currency().code(),
            date(as_of, DateStyle::Short),
            crate::text::format::plain_number(rate.per_dollar()),
            rate.currency().code(),
            rate.currency().code(),
        )
    })
}

/// A route's runway with the hire as a table shows it: months ("12.4–14.7 months") and the
/// month the cash runs out ("December 2027 – February 2028"), shortest first.
pub fn span(r: &RouteRunway) -> (String, String) {
    let day = |x: &Runway| match x {
        Runway::Ends(e) => e.cash_out,
        Runway::Never => None,
    };
    let out = |x: &Runway| match (x, day(x)) {
        (Runway::Never, _) => "does not run out".to_string(),
        (Runway::Ends(_), Some(d)) => month_cell(d, d),
        (Runway::Ends(_), None) => "a month too far ahead to name".into(),
    };
    let length = |x: &Runway| x.months().map_or("no end".into(), months);
    if r.shortest == r.longest
        || out(&r.shortest) == out(&r.longest) && length(&r.shortest) == length(&r.longest)
    {
        return (length(&r.shortest), out(&r.shortest));
    }
    let lo = match r.shortest.months() {
        Some(m) => {
            let s = fixed(m, 1);
            s.strip_suffix(".0").unwrap_or(&s).to_string()
        }
        None => "no end".into(),
    };
    let when = match (day(&r.shortest), day(&r.longest)) {
        (Some(a), Some(b)) => month_cell(a, b),
        _ => {
            let (a, b) = (out(&r.shortest), out(&r.longest));
            if a == b {
                a
            } else {
                format!("{a} – {b}")
            }
        }
    };
    (format!("{lo}–{}", length(&r.longest)), when)
}

/// A table's word for a fit: "Fits", "At the low price", or how much it misses.
pub fn fit_cell(f: &Fit, rate: &Rate) -> String {
    let money = |r: UsdRange| rate.range(r);
    let miss = |s: &Shortfall| match s {
        Shortfall::PerMonth(by) => format!("over by {} a month", money(*by)),
        Shortfall::Months { fewest, most, .. } if fewest == most || *fewest == 0.0 => {
            format!("{} short", months(*most))
        }
        Shortfall::Months { fewest, most, .. } => {
            format!("{}–{} short", fixed(*fewest, 1), months(*most))
        }
        Shortfall::WithoutHire { .. } => "not even without the hire".into(),
    };
    match f {
        Fit::Fits => "Fits".into(),
        Fit::Partly(s) => format!("At the low price; at the high, {}", miss(s)),
        Fit::Misses(s) => format!("Misses: {}", miss(s)),
    }
}

/// "Pays this hire for the 12 months planned and keeps 3 months of runway: yes, with €41,000
/// to spare", or "no: short by €18,000 in October 2027": one line a route, in the founder's
/// currency.
pub fn pays_for(p: &PaysFor, rate: &Rate) -> String {
    let question = if p.keep == 0 {
        format!(
            "Pays this hire for the {} planned",
            months(f64::from(p.months))
        )
    } else {
        format!(
            "Pays this hire for the {} planned and keeps {} of runway",
            months(f64::from(p.months)),
            months(f64::from(p.keep))
        )
    };
    let (at_high, at_low) = (p.left.low(), p.left.high());
    let whole = |u: crate::text::money::Usd| rate.format(u, Precision::Whole);
    let spare = |lo: crate::text::money::Usd, hi: crate::text::money::Usd| {
        if lo == hi {
            whole(lo)
        } else {
            rate.format_range(UsdRange::new(lo, hi), Precision::Whole)
        }
    };
    let neg = |u: crate::text::money::Usd| crate::text::money::Usd(-u.0);
    let when = p
        .last
        .map(|d| format!(" in {}", month(d)))
        .unwrap_or_default();
    if at_high.0 >= 0 {
        format!("{question}: yes, with {} to spare.", spare(at_high, at_low))
    } else if at_low.0 < 0 {
        format!(
            "{question}: no: short by {}{when}.",
            spare(neg(at_low), neg(at_high))
        )
    } else {
        format!(
            "{question}: only at the low price, with {} to spare; at the high price short by {}{when}.",
            whole(at_low),
            whole(neg(at_high))
        )
    }
}

//! The runway's facts in words, with money in the founder's currency (converted at display).

use super::{
    Fit, KeepMonthsError, RouteRunway, Runway, RunwayError, RunwayInputError, Shortfall, Target,
    MAX_KEEP_MONTHS,
};
use crate::text::currency::{Precision, Rate};
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

/// Beside the field the founder typed.
pub fn input_error(e: RunwayInputError, rate: &Rate) -> String {
    match e {
        RunwayInputError::Cash(a) => format!("Cash in the bank: {}", a.words(rate.currency())),
        RunwayInputError::Burn(a) => format!("Monthly net burn: {}", a.words(rate.currency())),
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

/// "November 2027", or "the month from 15 Nov 2027" where months run from another day.
pub fn month(d: NaiveDate) -> String {
    if d.day() == 1 {
        let long = date(d, DateStyle::Long);
        long.split_once(' ')
            .map_or(long.clone(), |(_, rest)| rest.into())
    } else {
        format!("the month from {}", date(d, DateStyle::Short))
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

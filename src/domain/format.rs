//! Formatting and reading numbers as people write them: one parser, one way to print. Dates are
//! printed here too, in English, without chrono's strftime (its format parser would ship in the
//! first screen's module).

use chrono::{Datelike, NaiveDate};

/// How a date is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateStyle {
    /// "5 Nov 2026"
    Short,
    /// "5 November 2026"
    Long,
    /// "Thu 5 Nov 2026"
    ShortWithDay,
    /// "Thursday 5 November 2026"
    LongWithDay,
    /// "2026-11-05", as a date input and a file name want it.
    Iso,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A date as the planner prints it.
pub fn date(d: NaiveDate, style: DateStyle) -> String {
    let month = MONTHS[d.month0() as usize];
    let day = DAYS[d.weekday().num_days_from_monday() as usize];
    let (y, dd) = (d.year(), d.day());
    match style {
        DateStyle::Short => format!("{dd} {} {y}", &month[..3]),
        DateStyle::Long => format!("{dd} {month} {y}"),
        DateStyle::ShortWithDay => format!("{} {dd} {} {y}", &day[..3], &month[..3]),
        DateStyle::LongWithDay => format!("{day} {dd} {month} {y}"),
        DateStyle::Iso => format!("{y:04}-{:02}-{dd:02}", d.month()),
    }
}

/// A number as a person types it: commas, `$`, `_`, `%` and spaces are ignored. None when it
/// is not a finite number.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '$' | '_' | ' ' | '%'))
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Reads an override as typed: a finite number from 0 up (commas and $ allowed).
pub fn parse_override(text: &str) -> Result<f64, String> {
    match parse_number(text) {
        Some(v) if (0.0..1e12).contains(&v) => Ok(v),
        Some(_) => Err("Enter a number from 0 up.".into()),
        None => Err("Enter a number, e.g. 95000.".into()),
    }
}

/// A number without trailing zeros: 160, 4.345, 0.1.
pub fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// "1 day", "5 days", "2–6 days".
pub fn days_range(lo: u32, hi: u32) -> String {
    match (lo, hi) {
        (1, 1) => "1 day".to_string(),
        (lo, hi) if lo == hi => format!("{lo} days"),
        (lo, hi) => format!("{lo}–{hi} days"),
    }
}

/// "1 day", "2 days": a figure in days, rounded, as a sentence says it.
pub fn days_words(days: f64) -> String {
    let d = days.round().max(0.0) as u64;
    if d == 1 {
        "1 day".into()
    } else {
        format!("{d} days")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_print_as_strftime_would() {
        // Each style against chrono's own strftime, over two years of days.
        let mut d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
        let styles = [
            (DateStyle::Short, "%-d %b %Y"),
            (DateStyle::Long, "%-d %B %Y"),
            (DateStyle::ShortWithDay, "%a %-d %b %Y"),
            (DateStyle::LongWithDay, "%A %-d %B %Y"),
            (DateStyle::Iso, "%Y-%m-%d"),
        ];
        for _ in 0..731 {
            for (style, pattern) in styles {
                assert_eq!(date(d, style), d.format(pattern).to_string(), "{style:?}");
            }
            d = d.succ_opt().unwrap();
        }
        assert_eq!(
            date(
                NaiveDate::from_ymd_opt(2026, 11, 5).unwrap(),
                DateStyle::LongWithDay
            ),
            "Thursday 5 November 2026"
        );
    }

    #[test]
    fn numbers_are_read_as_people_type_them() {
        assert_eq!(parse_number(" $95,000 "), Some(95000.0));
        assert_eq!(parse_number("1_000"), Some(1000.0));
        assert_eq!(parse_number("25%"), Some(25.0));
        assert_eq!(parse_number("12.5"), Some(12.5));
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number("ten"), None);
        assert_eq!(parse_number(""), None);
    }

    #[test]
    fn overrides_are_finite_and_not_negative() {
        assert_eq!(parse_override("95,000"), Ok(95000.0));
        assert_eq!(parse_override("0"), Ok(0.0));
        assert_eq!(parse_override("$4.5"), Ok(4.5));
        assert_eq!(parse_override("25%"), Ok(25.0));
        assert!(parse_override("inf").is_err());
        assert!(parse_override("-1").unwrap_err().contains("from 0 up"));
        assert!(parse_override("1e13").unwrap_err().contains("from 0 up"));
        assert!(parse_override("abc").unwrap_err().contains("e.g."));
    }

    #[test]
    fn numbers_print_without_trailing_zeros() {
        assert_eq!(plain_number(160.0), "160");
        assert_eq!(plain_number(4.345), "4.345");
        assert_eq!(plain_number(0.10), "0.1");
        assert_eq!(days_range(1, 1), "1 day");
        assert_eq!(days_range(3, 3), "3 days");
        assert_eq!(days_range(2, 6), "2–6 days");
        assert_eq!(days_words(0.6), "1 day");
        assert_eq!(days_words(14.2), "14 days");
    }
}

//! Tests of `text/format.rs`.

use super::*;
use proptest::prelude::*;

/// The figure pills (ui::steps::FigureValue) show a figure that is not money with
/// `plain_number`: for every figure and assumption in the data, that is what `{}` writes.
#[test]
fn plain_number_writes_each_figure_of_the_data_as_display_does() {
    let m = crate::market::market();
    let values = m.figures.iter().map(|f| (f.id, f.value));
    let values = values.chain(m.assumptions.iter().filter_map(|a| Some((a.id, a.value?))));
    let mut seen = 0;
    for (id, v) in values {
        assert_eq!(plain_number(v), format!("{v}"), "{id}");
        seen += 1;
    }
    assert!(seen > 50, "{seen} values");
}

#[test]
fn iso_dates_read_as_chrono_reads_them() {
    for text in [
        "2026-11-24",
        "2026-02-29",
        "2028-02-29",
        "0001-01-01",
        "9999-12-31",
        "10000-01-01",
        "275760-09-13",
        "2026-1-5",
        "",
        "2026-13-01",
        "2026-11",
        "2026-11-24-1",
        "x",
        "2026-11-2a",
    ] {
        let chrono = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok();
        assert_eq!(parse_iso_date(text), chrono, "{text:?}");
    }
}

#[test]
fn fixed_rounds_ties_to_even_and_keeps_the_sign_of_zero() {
    for (v, d) in [
        (0.5, 0),
        (1.5, 0),
        (2.5, 0),
        (-2.5, 0),
        (0.125, 2),
        (0.375, 2),
        (2.675, 2),
        (-0.0, 1),
        (-0.04, 1),
        (0.0, 0),
        (9.995, 2),
        (9.9999, 3),
        (0.05, 1),
        (1e21, 2),
        (f64::MAX, 0),
        (f64::MIN_POSITIVE, 17),
        (5e-324, 17),
        (123456.789, 1),
        (4.5e15, 1),
        (9007199254740993.0, 0),
        (f64::NAN, 2),
        (f64::INFINITY, 1),
        (f64::NEG_INFINITY, 0),
    ] {
        assert_eq!(
            fixed(v, d),
            format!("{v:.*}", d as usize),
            "{v} to {d} places"
        );
    }
}

proptest! {
    /// Every date a date input can hold reads as chrono reads it, and anything else that
    /// reads as a date reads as the same date in chrono.
    #[test]
    fn iso_dates_agree_with_chrono(days in 0u64..100_000_000, text in "[0-9 +-]{0,12}") {
        if let Some(d) = NaiveDate::from_ymd_opt(1, 1, 1).unwrap().checked_add_days(chrono::Days::new(days)) {
            let iso = format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day());
            prop_assert_eq!(parse_iso_date(&iso), NaiveDate::parse_from_str(&iso, "%Y-%m-%d").ok());
            if d.year() <= 9999 {
                prop_assert_eq!(parse_iso_date(&iso), Some(d));
            }
        }
        if let Some(d) = parse_iso_date(&text) {
            prop_assert_eq!(NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok(), Some(d));
        }
    }

    /// Any double, with any number of decimals up to 17, is written as `format!` writes it.
    #[test]
    fn fixed_writes_what_format_writes(bits in any::<u64>(), decimals in 0u32..=17) {
        let v = f64::from_bits(bits);
        prop_assert_eq!(fixed(v, decimals), format!("{v:.*}", decimals as usize));
    }

    /// Money and counts: values a plan holds, in the range where ties are common.
    #[test]
    fn fixed_writes_amounts_as_format_does(cents in -10_000_000_000i64..10_000_000_000, div in 0u32..4, decimals in 0u32..=4) {
        let v = cents as f64 / 10f64.powi(div as i32);
        prop_assert_eq!(fixed(v, decimals), format!("{v:.*}", decimals as usize));
    }

    /// Any number as a person types it (up to 15 significant digits) reads as the same
    /// double as `str::parse` gives.
    #[test]
    fn decimals_read_as_str_parse_reads_them(
        whole in 0u64..10_000_000,
        fraction in proptest::option::of((0u32..4, 0u64..100_000)),
        exponent in proptest::option::of(-13i32..30),
        sign in proptest::sample::select(vec!["", "-", "+"]),
    ) {
        let mut text = format!("{sign}{whole}");
        if let Some((zeros, digits)) = fraction {
            text += &format!(".{}{digits}", "0".repeat(zeros as usize));
        }
        if let Some(e) = exponent {
            text += &format!("e{e}");
        }
        let ours = parse_decimal(&text);
        let std = text.parse::<f64>().ok();
        prop_assert_eq!(ours.map(f64::to_bits), std.map(f64::to_bits), "{}", text);
    }

    /// Long numbers are close, and nothing that is not a number reads as one.
    #[test]
    fn long_or_odd_text_reads_close_or_not_at_all(text in "[-+]?[0-9.]{0,30}([eE][-+]?[0-9]{0,3})?") {
        match (parse_decimal(&text), text.parse::<f64>().ok()) {
            (Some(a), Some(b)) => prop_assert!(a == b || (a - b).abs() <= b.abs() * 1e-14, "{} {} {}", text, a, b),
            (a, b) => prop_assert_eq!(a, b, "{}", text),
        }
    }
}

#[test]
fn decimal_edge_cases() {
    for (text, want) in [
        ("0", Some(0.0)),
        ("-0", Some(-0.0)),
        (".5", Some(0.5)),
        ("5.", Some(5.0)),
        ("0.1", Some(0.1)),
        ("1e5", Some(1e5)),
        ("2.5E-3", Some(2.5e-3)),
        ("+7", Some(7.0)),
        ("1e400", Some(f64::INFINITY)),
        ("1e-400", Some(0.0)),
        ("", None),
        (".", None),
        ("-", None),
        ("1e", None),
        ("1e+", None),
        ("1.2.3", None),
        ("inf", None),
        ("NaN", None),
        (" 1", None),
        ("1 ", None),
        ("0x10", None),
        ("1,5", None),
    ] {
        assert_eq!(
            parse_decimal(text).map(f64::to_bits),
            want.map(f64::to_bits),
            "{text}"
        );
    }
    assert_eq!(parse_number("$95,000"), Some(95000.0));
    assert_eq!(parse_number("1e400"), None);
}

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

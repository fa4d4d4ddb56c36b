//! Tests of `job_ad/lint.rs`.

use super::{apply_replacement, is_pay_range, money_amounts};

#[test]
fn a_word_swap_keeps_the_case_and_a_deletion_the_spacing() {
    assert_eq!(
        apply_replacement("Hey guys, hi", (4, 8), "everyone").unwrap(),
        "Hey everyone, hi"
    );
    assert_eq!(
        apply_replacement("Guys, hi", (0, 4), "everyone").unwrap(),
        "Everyone, hi"
    );
    assert_eq!(
        apply_replacement("Use Javascript.", (4, 14), "JavaScript").unwrap(),
        "Use JavaScript."
    );
    assert_eq!(
        apply_replacement("It is just fast.", (6, 10), "").unwrap(),
        "It is fast."
    );
    assert_eq!(
        apply_replacement("Simply deploy it.", (0, 6), "").unwrap(),
        "Deploy it."
    );
    assert_eq!(
        apply_replacement("fast, simply", (6, 12), "").unwrap(),
        "fast,"
    );
    assert!(apply_replacement("short", (3, 9), "x").is_none());
}

#[test]
fn only_a_low_high_range_counts_as_pay() {
    assert!(is_pay_range("$115,000 – $160,000 a year, from the median."));
    assert!(is_pay_range("$15.00 – $50 an hour"));
    assert!(!is_pay_range("$188,600 a year ($15,717 a month)"));
    assert!(!is_pay_range("$120,000 a year"));
    assert!(!is_pay_range("Competitive"));
    assert!(!is_pay_range("[Add the pay range.]"));
    assert!(!is_pay_range("$160,000 – $115,000"));
}

#[test]
fn amounts_are_read_in_every_currency_the_founder_can_show_in_order() {
    assert_eq!(
        money_amounts("$115,000 – $160,000 a year"),
        [115_000.0, 160_000.0]
    );
    assert_eq!(
        money_amounts("€60,444 – €73,876 a year"),
        [60_444.0, 73_876.0]
    );
    assert_eq!(
        money_amounts("CA$90,000 – CA$120,000"),
        [90_000.0, 120_000.0]
    );
    assert_eq!(
        money_amounts("302,000 lei – 369,000 lei"),
        [302_000.0, 369_000.0]
    );
    assert_eq!(money_amounts("₹14.26 – ₹46 an hour"), [14.26, 46.0]);
    assert!(is_pay_range("£40,000 – £52,000 a year"));
    assert!(!is_pay_range("[Add the pay range]"));
}

//! Tests of `job_ad/lint.rs`.

use super::{apply_replacement, is_pay_range};

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

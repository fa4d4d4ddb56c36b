//! Tests of `text/currency.rs`.

use super::*;
use proptest::prelude::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

const TODAY: (i32, u32, u32) = (2026, 12, 1);

fn today() -> NaiveDate {
    day(TODAY.0, TODAY.1, TODAY.2)
}

fn eur(rate: &str) -> Rate {
    parse_rate(Currency::Eur, rate, "2026-11-30", today()).unwrap()
}

#[test]
fn every_currency_has_its_iso_code_a_symbol_and_two_minor_digits() {
    let codes: Vec<&str> = Currency::ALL.iter().map(|c| c.code()).collect();
    assert_eq!(
        codes,
        ["USD", "EUR", "GBP", "CAD", "AUD", "INR", "MXN", "BRL", "RON", "UAH", "CNY"]
    );
    for c in Currency::ALL {
        assert_eq!(c.minor_digits(), 2, "{}", c.code());
        assert!(!c.symbol().is_empty() && !c.name().is_empty());
        assert_eq!(Currency::from_code(&c.code().to_lowercase()), Some(c));
        // The plan will save the code itself.
        assert_eq!(
            serde_json::to_string(&c).unwrap(),
            format!("\"{}\"", c.code())
        );
    }
    assert_eq!(Currency::from_code("JPY"), None);
    // Only the US dollar is plain "$".
    let dollars = Currency::ALL.iter().filter(|c| c.symbol() == "$").count();
    assert_eq!(dollars, 1);
}

#[test]
fn amounts_in_two_currencies_do_not_add() {
    let a = Money::new(Currency::Eur, 100);
    let b = Money::new(Currency::Gbp, 100);
    assert_eq!(
        a.checked_add(b),
        Err(CurrencyMismatch {
            left: Currency::Eur,
            right: Currency::Gbp
        })
    );
    assert!(a.checked_sub(b).is_err());
    assert_eq!(a.checked_add(a), Ok(Money::new(Currency::Eur, 200)));
    assert_eq!(a.checked_sub(a).map(Money::minor), Ok(0));
    // A rate for one currency does not read an amount in another.
    assert!(eur("0.92").to_usd(b).is_err());
}

#[test]
fn a_range_prints_in_the_founders_currency() {
    // 0.5 euro to the dollar: $122,000 is €61,000 and $149,000 is €74,500.
    let r = eur("0.5");
    let range = UsdRange::new(Usd::dollars(122_000), Usd::dollars(149_000));
    assert_eq!(r.format_range(range, Precision::Whole), "€61,000 – €74,500");
    assert_eq!(
        r.format_range(UsdRange::point(Usd::dollars(10)), Precision::Whole),
        "€5"
    );
    assert_eq!(r.format(Usd(-240_000), Precision::Whole), "-€1,200");
    assert_eq!(r.format(Usd(12_345), Precision::Minor), "€61.73");
    let ron = parse_rate(Currency::Ron, "4.97", "2026-11-30", today()).unwrap();
    // $10,000 × 4.97 = 49,700 lei.
    assert_eq!(
        ron.format(Usd::dollars(10_000), Precision::Whole),
        "49,700 lei"
    );
    let inr = parse_rate(Currency::Inr, "83.25", "2026-11-30", today()).unwrap();
    // $1,234.56 × 83.25 = ₹102,777.12 exactly.
    assert_eq!(inr.format(Usd(123_456), Precision::Minor), "₹102,777.12");
    assert_eq!(
        inr.convert(Usd(123_456)),
        Money::new(Currency::Inr, 10_277_712)
    );
    assert_eq!(
        Rate::usd().format(Usd::dollars(1_234_567), Precision::Whole),
        "$1,234,567"
    );
}

#[test]
fn display_rounds_once_from_cents_to_the_unit_shown() {
    // $122,000.99 at 0.5 is €61,000.495 exactly: shown whole, €61,000. Converting to cents
    // first (€61,000.50, half away from zero) and then to euros would print €61,001.
    let r = eur("0.5");
    let usd = Usd(12_200_099);
    assert_eq!(r.format(usd, Precision::Whole), "€61,000");
    let twice = r.convert(usd);
    assert_eq!(twice.minor(), 6_100_050);
    assert_eq!(twice.format(Precision::Whole), "€61,001");
    // Half a unit rounds away from zero, as `Usd::whole` does.
    assert_eq!(r.format(Usd(100), Precision::Whole), "€1");
    assert_eq!(r.format(Usd(-100), Precision::Whole), "-€1");
}

#[test]
fn amounts_typed_in_a_currency_come_back_in_us_cents() {
    let r = eur("0.92");
    let typed = parse_money("€920", Currency::Eur).unwrap();
    assert_eq!(typed, Money::new(Currency::Eur, 92_000));
    assert_eq!(r.to_usd(typed), Ok(Usd::dollars(1000)));
    assert_eq!(
        parse_money(" 250,000.505 ", Currency::Gbp),
        Ok(Money::new(Currency::Gbp, 25_000_051))
    );
    assert_eq!(
        parse_money("61,000 lei", Currency::Ron),
        Ok(Money::new(Currency::Ron, 6_100_000))
    );
    assert_eq!(
        parse_money("CA$5", Currency::Cad),
        Ok(Money::new(Currency::Cad, 500))
    );
    assert_eq!(
        parse_money("-€5", Currency::Eur),
        Err(AmountError::Negative)
    );
    assert_eq!(parse_money("-5", Currency::Eur), Err(AmountError::Negative));
    assert_eq!(
        parse_money("lots", Currency::Eur),
        Err(AmountError::NotANumber)
    );
    assert_eq!(parse_money("", Currency::Eur), Err(AmountError::NotANumber));
    assert!(matches!(
        parse_money("1e16", Currency::Eur),
        Err(AmountError::TooLarge { .. })
    ));
    assert_eq!(
        parse_money("0", Currency::Eur),
        Ok(Money::new(Currency::Eur, 0))
    );
}

#[test]
fn exchange_rates_that_cannot_be_right_are_refused_with_a_reason() {
    let t = today();
    let bad = |rate: &str, date: &str| parse_rate(Currency::Eur, rate, date, t).unwrap_err();
    assert_eq!(bad("", "2026-11-30"), RateError::Empty);
    assert_eq!(bad("about one", "2026-11-30"), RateError::NotANumber);
    assert_eq!(bad("-0.92", "2026-11-30"), RateError::Negative);
    assert_eq!(bad("0", "2026-11-30"), RateError::Zero);
    assert_eq!(bad("1,000,001", "2026-11-30"), RateError::TooLarge);
    assert_eq!(bad("0.0000001", "2026-11-30"), RateError::TooSmall);
    assert_eq!(bad("0.92", ""), RateError::Date(DateError::Empty));
    assert_eq!(
        bad("0.92", "30/11/2026"),
        RateError::Date(DateError::NotADate)
    );
    assert_eq!(
        bad("0.92", "2026-12-02"),
        RateError::Date(DateError::InFuture { today: t })
    );
    // Today and a million to the dollar are both allowed.
    let r = parse_rate(Currency::Uah, "1000000", "2026-12-01", t).unwrap();
    assert_eq!(r.as_of(), Some(t));
    assert_eq!(r.per_dollar(), 1_000_000.0);
    // US dollars need no rate: the fields are not read.
    assert_eq!(parse_rate(Currency::Usd, "", "", t), Ok(Rate::usd()));
    for e in [
        RateError::Empty,
        RateError::NotANumber,
        RateError::Negative,
        RateError::Zero,
        RateError::TooLarge,
        RateError::TooSmall,
        RateError::Date(DateError::InFuture { today: t }),
    ] {
        assert!(!e.words(Currency::Eur).is_empty());
    }
    assert_eq!(
        RateError::Date(DateError::InFuture { today: t }).words(Currency::Eur),
        "The rate's date: That date is after today (1 Dec 2026); enter the date the figure \
         was true."
    );
    assert_eq!(
        RateError::TooLarge.words(Currency::Inr),
        "More than 1000000 INR to the dollar looks like a typo; check the digits."
    );
}

/// The whole units printed for `cents` at a rate of `nanos` billionths.
fn shown_whole(nanos: u64, cents: i64) -> i128 {
    let r = Rate {
        currency: Currency::Eur,
        nanos,
        as_of: None,
    };
    let s = r.format(Usd(cents), Precision::Whole);
    let digits: String = s
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '-')
        .collect();
    digits.parse().unwrap()
}

proptest! {
    /// One rounding: the printed whole amount is within half a unit of the exact product,
    /// exactly (a second rounding through cents can be off by up to 0.505 of a unit).
    #[test]
    fn conversion_then_display_rounds_once(
        cents in -1_000_000_000_000i64..1_000_000_000_000,
        nanos in 1_000u64..1_000_000_000_000_000,
    ) {
        let w = shown_whole(nanos, cents);
        let exact = cents as i128 * nanos as i128;
        let err = (w * 100 * RATE_SCALE - exact).abs();
        prop_assert!(2 * err <= 100 * RATE_SCALE, "{cents} at {nanos}: {w}");
    }

    /// Shown in US dollars, a figure prints as `Usd::whole` prints it.
    #[test]
    fn us_dollars_print_as_usd_whole(cents in -1_000_000_000_000i64..1_000_000_000_000) {
        prop_assert_eq!(Rate::usd().format(Usd(cents), Precision::Whole), Usd(cents).whole());
    }

    /// Where a unit is worth at most a dollar, the founder's typed amount survives the trip.
    #[test]
    fn at_one_or_more_units_a_dollar_cents_come_back(
        cents in -1_000_000_000_000i64..1_000_000_000_000,
        nanos in 1_000_000_000u64..1_000_000_000_000_000,
    ) {
        let r = Rate { currency: Currency::Eur, nanos, as_of: None };
        prop_assert_eq!(r.to_usd(r.convert(Usd(cents))), Ok(Usd(cents)));
    }

    /// A money amount typed with a symbol and grouping reads as the same number without.
    #[test]
    fn typed_amounts_read_with_or_without_symbol(whole in 0u64..1_000_000_000, cents in 0u64..100) {
        let plain = format!("{whole}.{cents:02}");
        for c in Currency::ALL {
            let with = Money::new(c, (whole * 100 + cents) as i64).format(Precision::Minor);
            prop_assert_eq!(parse_money(&with, c), parse_money(&plain, c));
            prop_assert_eq!(parse_money(&with, c).map(Money::minor), Ok((whole * 100 + cents) as i64));
        }
    }
}

#[test]
fn dollars_print_as_the_usd_printers_print_them() {
    let usd = Rate::usd();
    for cents in [
        0,
        1,
        49,
        50,
        99,
        1_550,
        9_999,
        10_000,
        12_345_678,
        -25_000_000,
        123_456_789,
    ] {
        let u = Usd(cents);
        assert_eq!(usd.whole(u), u.whole(), "{cents}");
        assert_eq!(usd.compact(u), u.compact(), "{cents}");
        let r = UsdRange::new(u, Usd(cents.abs() * 3 + 100_007));
        assert_eq!(usd.range(r), r.whole(), "{cents}");
        assert_eq!(usd.range_or_cents(r), r.whole_or_cents(), "{cents}");
    }
}

#[test]
fn a_rate_prints_whole_ranges_cents_and_axes_in_its_currency() {
    let d = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let eur = parse_rate(Currency::Eur, "0.92", "2026-12-01", d).unwrap();
    // $65,700 at 0.92 = €60,444.
    assert_eq!(eur.whole(Usd::dollars(65_700)), "€60,444");
    assert_eq!(
        eur.range(UsdRange::new(Usd::dollars(65_700), Usd::dollars(80_300))),
        "€60,444 – €73,876"
    );
    // $15.50 an hour = €14.26; $50 = €46.
    assert_eq!(
        eur.range_or_cents(UsdRange::new(Usd(1_550), Usd(5_000))),
        "€14.26 – €46"
    );
    assert_eq!(eur.compact(Usd::dollars(400_000)), "€368k");
    let ron = parse_rate(Currency::Ron, "4.6", "2026-12-01", d).unwrap();
    assert_eq!(ron.compact(Usd::dollars(-10_000)), "-46k lei");
}

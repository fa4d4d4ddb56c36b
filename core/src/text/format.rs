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

/// A date input's value, `YYYY-MM-DD`: None when empty or not a date. It reads what
/// `NaiveDate::parse_from_str(text, "%Y-%m-%d")` reads from a date input, without chrono's
/// format-string parser (a test compares the two).
pub fn parse_iso_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let digits = |s: &str, max: usize| -> Option<u32> {
        if s.is_empty() || s.len() > max || !s.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        s.parse().ok()
    };
    // Four digits, as chrono's %Y reads a year without a sign.
    if y.len() != 4 {
        return None;
    }
    let year = i32::try_from(digits(y, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, digits(m, 2)?, digits(d, 2)?)
}

/// A number as a person types it: commas, `$`, `_`, `%` and spaces are ignored. None when it
/// is not a finite number.
pub fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '$' | '_' | ' ' | '%'))
        .collect();
    parse_decimal(&cleaned).filter(|v| v.is_finite())
}

/// Powers of ten that a double holds exactly.
const EXACT_POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

/// Reads a decimal number: an optional sign, digits with at most one point (`12`, `12.5`, `.5`,
/// `5.`), and an optional exponent (`1e5`, `2.5E-3`). Nothing else, not even spaces.
///
/// It stands in for `str::parse::<f64>`, whose exact algorithm ships a 10 KB table of powers of
/// five in the first screen's module. Up to 15 significant digits and 22 decimals, which is
/// every amount, rate or count a person types, the result is the same double (the digits and
/// the power of ten are both exact, and one multiplication or division rounds once, correctly;
/// a test compares it with `str::parse`). Past that it is within a few units in the last place.
/// Measured (28d6f12): the main module went from 109.4 to 98.4 KB brotli with it.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let bytes = text.as_bytes();
    let (negative, mut i) = match bytes.first() {
        Some(b'-') => (true, 1),
        Some(b'+') => (false, 1),
        _ => (false, 0),
    };
    let (mut mantissa, mut exponent, mut digits) = (0u64, 0i64, false);
    let mut point = false;
    while let Some(&c) = bytes.get(i) {
        match c {
            b'0'..=b'9' => {
                digits = true;
                if mantissa < 100_000_000_000_000_000 {
                    mantissa = mantissa * 10 + u64::from(c - b'0');
                    exponent -= i64::from(point);
                } else {
                    // Digits past the 18th only scale the number.
                    exponent += i64::from(!point);
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if !digits {
        return None;
    }
    if let Some(b'e' | b'E') = bytes.get(i) {
        i += 1;
        let negative_exponent = match bytes.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        let start = i;
        let mut e = 0i64;
        while let Some(&c @ b'0'..=b'9') = bytes.get(i) {
            e = (e * 10 + i64::from(c - b'0')).min(100_000);
            i += 1;
        }
        if i == start {
            return None;
        }
        exponent += if negative_exponent { -e } else { e };
    }
    if i != bytes.len() {
        return None;
    }
    // Powers of ten past 22 go into the digits while they stay exact (under 2^53).
    while exponent > 22 && mantissa != 0 && mantissa < (1 << 53) / 10 {
        mantissa *= 10;
        exponent -= 1;
    }
    let mut value = mantissa as f64;
    if value != 0.0 {
        let mut left = exponent;
        while left > 22 {
            value *= 1e22;
            left -= 22;
        }
        while left < -22 {
            value /= 1e22;
            left += 22;
        }
        let scale = EXACT_POW10[left.unsigned_abs() as usize];
        value = if left < 0 {
            value / scale
        } else {
            value * scale
        };
    }
    Some(if negative { -value } else { value })
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
        let s = fixed(v, 4);
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// `v` with `decimals` digits after the point (at most 17), the same text as
/// `format!("{v:.decimals$}")`: the double's exact value, rounded half to even. It is written
/// out here with integer arithmetic so that the first page does not download core's float
/// formatting (about 12 KB of code and tables); a test compares it with `format!`.
/// Measured (287a6ec): the main module went from 90.3 to 84.6 KB brotli with it.
pub fn fixed(v: f64, decimals: u32) -> String {
    let bits = v.to_bits();
    let negative = bits >> 63 == 1;
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if biased == 0x7ff {
        return match (fraction != 0, negative) {
            (true, _) => "NaN".into(),
            (false, true) => "-inf".into(),
            (false, false) => "inf".into(),
        };
    }
    // v = ±m × 2^e.
    let (m, e) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    let decimals = decimals.min(17);
    let scale = 10u128.pow(decimals);
    let (whole, part) = if e >= 0 {
        (big_whole(m, e as u32), 0)
    } else {
        let k = e.unsigned_abs();
        let (whole, rest) = if k >= 64 {
            (0, m as u128)
        } else {
            (m >> k, (m & ((1 << k) - 1)) as u128)
        };
        // rest / 2^k is the part after the point; n < 2^53 × 10^17 < 2^110.
        let n = rest * scale;
        let (mut q, up) = if k >= 111 {
            // n < 2^110 ≤ half of 2^k: rounds down to 0.
            (0, false)
        } else {
            let q = n >> k;
            let r = n & ((1u128 << k) - 1);
            let half = 1u128 << (k - 1);
            // A tie goes to the even last digit: the whole part's when there are no decimals.
            let last = if decimals == 0 { whole as u128 } else { q };
            (q, r > half || (r == half && last % 2 == 1))
        };
        let mut whole = whole;
        if up {
            q += 1;
            if q == scale {
                q = 0;
                whole += 1;
            }
        }
        (whole.to_string(), q)
    };
    let mut out = String::with_capacity(whole.len() + decimals as usize + 2);
    if negative {
        out.push('-');
    }
    out.push_str(&whole);
    if decimals > 0 {
        out.push('.');
        // part < 10^17: u64 digits (u128's would bring 128-bit division).
        let digits = (part as u64).to_string();
        for _ in digits.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

/// The digits of m × 2^e, which can be as long as 309 digits.
fn big_whole(m: u64, e: u32) -> String {
    if e <= 10 {
        return (m << e).to_string();
    }
    // Little-endian base-2^32 digits of m × 2^e, then base 10^9 by repeated division.
    let mut limbs = vec![0u32; (e as usize + 64) / 32 + 1];
    let (word, bit) = ((e / 32) as usize, e % 32);
    let wide = (m as u128) << bit;
    for i in 0..3 {
        limbs[word + i] = (wide >> (32 * i)) as u32;
    }
    let mut groups = Vec::new();
    while limbs.iter().any(|&l| l != 0) {
        let mut rem = 0u64;
        for l in limbs.iter_mut().rev() {
            let cur = (rem << 32) | *l as u64;
            *l = (cur / 1_000_000_000) as u32;
            rem = cur % 1_000_000_000;
        }
        groups.push(rem as u32);
    }
    let mut out = groups.pop().unwrap_or(0).to_string();
    for g in groups.iter().rev() {
        let digits = g.to_string();
        for _ in digits.len()..9 {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
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
mod tests;

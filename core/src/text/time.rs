//! Reading the plan's dates and times without chrono's format parser: chrono's `Deserialize`
//! impls go through it, about 12 KB of code the app otherwise never needs. Writing stays
//! chrono's (`2026-12-03T10:28:26.123Z`, `2026-12-03`); a native test reads back what it writes
//! and compares the two readers.

use crate::text::format::parse_iso_date;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use serde::de::Error;
use serde::{Deserialize, Deserializer};

/// RFC 3339 as chrono writes and reads it: `YYYY-MM-DD`, `T` (or `t` or a space),
/// `HH:MM:SS`, an optional fraction, then `Z` or an offset `±HH:MM`. None for anything else.
pub fn parse_utc(text: &str) -> Option<DateTime<Utc>> {
    let b = text.as_bytes();
    if b.len() < 20 || !matches!(b[10], b'T' | b't' | b' ') {
        return None;
    }
    let date = parse_iso_date(text.get(..10)?)?;
    let two = |i: usize| -> Option<u32> {
        let (h, l) = (*b.get(i)?, *b.get(i + 1)?);
        (h.is_ascii_digit() && l.is_ascii_digit())
            .then(|| u32::from(h - b'0') * 10 + u32::from(l - b'0'))
    };
    if b[13] != b':' || b[16] != b':' {
        return None;
    }
    let (h, m, s) = (two(11)?, two(14)?, two(17)?);
    if s > 60 {
        return None;
    }
    let mut i = 19;
    let mut nanos = 0u32;
    if b.get(i) == Some(&b'.') {
        i += 1;
        let start = i;
        let mut scale = 100_000_000;
        while let Some(d) = b.get(i).filter(|d| d.is_ascii_digit()) {
            nanos += u32::from(d - b'0') * scale;
            scale /= 10;
            i += 1;
        }
        if i == start {
            return None;
        }
    }
    let offset = match *b.get(i)? {
        b'Z' | b'z' if i + 1 == b.len() => 0,
        sign @ (b'+' | b'-') if i + 6 == b.len() && b[i + 3] == b':' => {
            let (oh, om) = (two(i + 1)?, two(i + 4)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let secs = (oh * 3600 + om * 60) as i32;
            if sign == b'-' {
                -secs
            } else {
                secs
            }
        }
        _ => return None,
    };
    // A leap second (60) is read as chrono reads it: the last second of the minute, held.
    let naive = date.and_hms_nano_opt(
        h,
        m,
        s.min(59),
        nanos + if s == 60 { 1_000_000_000 } else { 0 },
    )?;
    // As chrono applies an offset: a leap second stays one.
    let utc = naive.checked_sub_offset(chrono::FixedOffset::east_opt(offset)?)?;
    Some(Utc.from_utc_datetime(&utc))
}

/// `#[serde(deserialize_with)]` for a `DateTime<Utc>`.
pub fn utc<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    let text = String::deserialize(d)?;
    parse_utc(&text).ok_or_else(|| D::Error::custom(format!("not a date and time: {text:?}")))
}

/// `#[serde(deserialize_with)]` for an `Option<NaiveDate>` (with `#[serde(default)]`).
pub fn opt_date<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    match Option::<String>::deserialize(d)? {
        None => Ok(None),
        Some(text) => parse_iso_date(&text)
            .map(Some)
            .ok_or_else(|| D::Error::custom(format!("not a date: {text:?}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use std::str::FromStr;

    /// What chrono's own `Deserialize` reads.
    fn chrono_utc(text: &str) -> Option<DateTime<Utc>> {
        DateTime::<Utc>::from_str(text).ok()
    }

    #[test]
    fn reads_what_chrono_writes_and_reads() {
        for text in [
            "2026-12-03T10:28:26Z",
            "2026-12-03T10:28:26.123Z",
            "2026-12-03T10:28:26.123456789Z",
            "2026-12-03t10:28:26z",
            "2026-12-03 10:28:26+05:30",
            "2026-12-03T00:10:00-02:00",
            "1970-01-01T00:00:00Z",
            "2016-12-31T23:59:60Z",
        ] {
            assert_eq!(parse_utc(text), chrono_utc(text), "{text}");
            assert!(parse_utc(text).is_some(), "{text}");
        }
    }

    #[test]
    fn refuses_what_is_not_a_date_and_time() {
        for text in [
            "",
            "2026-12-03",
            "2026-12-03T10:28Z",
            "2026-13-03T10:28:26Z",
            "2026-12-03T24:00:00Z",
            "2026-12-03T10:61:00Z",
            "2026-12-03T10:28:61Z",
            "2026-12-03T10:28:26",
            "2026-12-03T10:28:26.Z",
            "2026-12-03T10:28:26+0530",
            "2026-12-03T10:28:26Zjunk",
            "２026-12-03T10:28:26Z",
        ] {
            assert_eq!(parse_utc(text), None, "{text}");
        }
    }

    #[test]
    fn serde_fields_read_dates_and_report_bad_ones() {
        #[derive(serde::Deserialize, Debug)]
        struct T {
            #[serde(deserialize_with = "utc")]
            at: DateTime<Utc>,
            #[serde(default, deserialize_with = "opt_date")]
            day: Option<NaiveDate>,
        }
        let t: T =
            serde_json::from_str(r#"{"at":"2026-12-03T10:28:26Z","day":"2026-12-24"}"#).unwrap();
        assert_eq!(t.day, NaiveDate::from_ymd_opt(2026, 12, 24));
        assert_eq!(t.at.to_rfc3339(), "2026-12-03T10:28:26+00:00");
        let t: T = serde_json::from_str(r#"{"at":"2026-12-03T10:28:26Z","day":null}"#).unwrap();
        assert_eq!(t.day, None);
        let t: T = serde_json::from_str(r#"{"at":"2026-12-03T10:28:26Z"}"#).unwrap();
        assert_eq!(t.day, None);
        let e = serde_json::from_str::<T>(r#"{"at":"yesterday"}"#).unwrap_err();
        assert!(e.to_string().contains("not a date and time"), "{e}");
        let e = serde_json::from_str::<T>(r#"{"at":"2026-12-03T10:28:26Z","day":"2026-02-30"}"#)
            .unwrap_err();
        assert!(e.to_string().contains("not a date"), "{e}");
    }

    proptest! {
        #[test]
        fn agrees_with_chrono(secs in -62_000_000_000i64..250_000_000_000, nanos in 0u32..1_000_000_000, off in -1439i32..1440) {
            let t = DateTime::<Utc>::from_timestamp(secs, nanos).unwrap();
            let written = serde_json::to_value(t).unwrap();
            let written = written.as_str().unwrap();
            prop_assert_eq!(parse_utc(written), Some(t));
            let offset = chrono::FixedOffset::east_opt(off * 60).unwrap();
            let text = t.with_timezone(&offset).to_rfc3339();
            prop_assert_eq!(parse_utc(&text), chrono_utc(&text));
        }

        /// Near-valid text (any digits in each place, each separator chrono allows or not):
        /// ours reads exactly what chrono reads, and refuses exactly what it refuses.
        #[test]
        fn reads_exactly_what_chrono_reads(text in "20[0-9]{2}-[01][0-9]-[0-3][0-9][Tt ][0-2][0-9]:[0-6][0-9]:[0-6][0-9](\\.[0-9]{0,10})?([Zz]|[+-][0-2][0-9]:[0-6][0-9])") {
            prop_assert_eq!(parse_utc(&text), chrono_utc(&text), "{}", text);
        }

        #[test]
        fn never_panics_and_agrees_on_any_text(text in "[0-9T:+.Z -]{0,32}") {
            let ours = parse_utc(&text);
            if ours.is_some() {
                prop_assert_eq!(ours, chrono_utc(&text));
            }
        }
    }
}

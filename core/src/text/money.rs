//! Money as whole cents of US dollars, and ranges whose low end never exceeds the high end.

use crate::text::format::fixed;
use std::fmt;
use std::ops::{Add, Mul};

/// US dollars, counted in cents.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Usd(pub i64);

impl Usd {
    pub const ZERO: Usd = Usd(0);

    pub fn dollars(d: i64) -> Usd {
        Usd(d.saturating_mul(100))
    }

    /// From a dollar amount computed in floating point, rounded to the cent; NaN becomes zero
    /// and values are clamped to a range no plan can reach, so arithmetic never overflows.
    pub fn from_f64(dollars: f64) -> Usd {
        if !dollars.is_finite() {
            return Usd::ZERO;
        }
        let cents = (dollars * 100.0).round().clamp(-1e15, 1e15);
        Usd(cents as i64)
    }

    pub fn as_f64(self) -> f64 {
        self.0 as f64 / 100.0
    }

    /// "$12,345" (rounded to the dollar); negative amounts get a minus sign.
    pub fn whole(self) -> String {
        let dollars = (self.0 as f64 / 100.0).round() as i64;
        let digits = dollars.unsigned_abs().to_string();
        let mut grouped = String::new();
        for (i, ch) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i).is_multiple_of(3) {
                grouped.push(',');
            }
            grouped.push(ch);
        }
        if dollars < 0 {
            format!("-${grouped}")
        } else {
            format!("${grouped}")
        }
    }

    /// "$12k", "$1.2M", "-$40k": for chart axes.
    pub fn compact(self) -> String {
        let a = self.as_f64().abs();
        let sign = if self.0 < 0 { "-" } else { "" };
        if a >= 1_000_000.0 {
            format!("{sign}${}M", fixed(a / 1_000_000.0, 1))
        } else if a >= 10_000.0 {
            format!("{sign}${}k", fixed(a / 1000.0, 0))
        } else if a >= 1000.0 {
            format!("{sign}${}k", fixed(a / 1000.0, 1))
        } else {
            format!("{sign}${}", fixed(a, 0))
        }
    }
}

impl Add for Usd {
    type Output = Usd;
    fn add(self, rhs: Usd) -> Usd {
        Usd(self.0.saturating_add(rhs.0))
    }
}

impl Mul<i64> for Usd {
    type Output = Usd;
    fn mul(self, rhs: i64) -> Usd {
        Usd(self.0.saturating_mul(rhs))
    }
}

impl fmt::Display for Usd {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.whole())
    }
}

/// A low-high range of money; construction enforces low <= high.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct UsdRange {
    low: Usd,
    high: Usd,
}

impl UsdRange {
    /// Orders the two ends, so a range is always well formed.
    pub fn new(a: Usd, b: Usd) -> UsdRange {
        UsdRange {
            low: a.min(b),
            high: a.max(b),
        }
    }

    pub fn point(v: Usd) -> UsdRange {
        UsdRange { low: v, high: v }
    }

    pub fn low(self) -> Usd {
        self.low
    }

    pub fn high(self) -> Usd {
        self.high
    }

    pub fn mid(self) -> Usd {
        Usd((self.low.0 + self.high.0) / 2)
    }

    pub fn is_point(self) -> bool {
        self.low == self.high
    }

    pub fn scale(self, factor: f64) -> UsdRange {
        UsdRange::new(
            Usd::from_f64(self.low.as_f64() * factor),
            Usd::from_f64(self.high.as_f64() * factor),
        )
    }

    /// Each end the larger of the two ranges' ends.
    pub fn max(self, other: UsdRange) -> UsdRange {
        UsdRange::new(self.low.max(other.low), self.high.max(other.high))
    }

    /// Like `whole`, but with cents below $100 ("$15.50 – $50"), for hourly rates.
    pub fn whole_or_cents(self) -> String {
        let one = |u: Usd| {
            if u.0 < 100 * 100 && u.0 % 100 != 0 {
                format!("${}", fixed(u.as_f64(), 2))
            } else {
                u.whole()
            }
        };
        if self.is_point() {
            one(self.low)
        } else {
            format!("{} – {}", one(self.low), one(self.high))
        }
    }

    /// "$2,200" or "$8,690 – $13,904".
    pub fn whole(self) -> String {
        if self.is_point() {
            self.low.whole()
        } else {
            format!("{} – {}", self.low.whole(), self.high.whole())
        }
    }
}

impl Add for UsdRange {
    type Output = UsdRange;
    fn add(self, rhs: UsdRange) -> UsdRange {
        UsdRange::new(self.low + rhs.low, self.high + rhs.high)
    }
}

impl Mul<i64> for UsdRange {
    type Output = UsdRange;
    fn mul(self, rhs: i64) -> UsdRange {
        UsdRange::new(self.low * rhs, self.high * rhs)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_whole_dollars_with_grouping() {
        assert_eq!(Usd::dollars(0).whole(), "$0");
        assert_eq!(Usd::dollars(999).whole(), "$999");
        assert_eq!(Usd::dollars(1000).whole(), "$1,000");
        assert_eq!(Usd::dollars(1234567).whole(), "$1,234,567");
        assert_eq!(Usd::dollars(-2500).whole(), "-$2,500");
        assert_eq!(Usd(12345).whole(), "$123");
    }

    #[test]
    fn compact_labels() {
        assert_eq!(Usd::dollars(950).compact(), "$950");
        assert_eq!(Usd::dollars(2200).compact(), "$2.2k");
        assert_eq!(Usd::dollars(115000).compact(), "$115k");
        assert_eq!(Usd::dollars(1_380_000).compact(), "$1.4M");
    }

    #[test]
    fn ranges_are_ordered() {
        let r = UsdRange::new(Usd::dollars(5), Usd::dollars(2));
        assert_eq!((r.low(), r.high()), (Usd::dollars(2), Usd::dollars(5)));
        assert_eq!(r.whole(), "$2 – $5");
        assert_eq!(UsdRange::point(Usd::dollars(7)).whole(), "$7");
    }

    #[test]
    fn non_finite_input_is_zero() {
        assert_eq!(Usd::from_f64(f64::NAN), Usd::ZERO);
        assert_eq!(Usd::from_f64(f64::INFINITY), Usd::ZERO);
    }
}

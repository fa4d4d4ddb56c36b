//! The founder's display currency: its code, symbol and minor units, an amount in it
//! (`Money`), the exchange rate the founder typed (`Rate`), and printing US-dollar figures in
//! that currency, rounded once.
//!
//! Why amounts carry their currency as a value checked at run time, not as a type parameter:
//! the currency is the founder's pick, read from the plan at run time, so a `Money<C>` with
//! marker types would make the UI dispatch that pick into one monomorphised copy of every
//! formatter and sentence per currency (more code in the module the browser downloads) and
//! would still need a runtime enum to save in the plan. So `Money` has no `Add` or `Sub`: the
//! only sums are `checked_add` and `checked_sub`, which return `Err(CurrencyMismatch)` for two
//! currencies. The compile-time wall stands where amounts really come from two places: the
//! sources' figures are `money::Usd`, a different type, and the only way from one to the other
//! is a `Rate`.
//!
//! Rounding: the engines work in whole US cents; a figure is converted at display, straight
//! from cents to the unit shown (`Rate::format`), with one rounding, half away from zero.
//! Converting to minor units and then to whole units would round twice.
//!
//! Codes and minor-unit digits are ISO 4217 (general knowledge: every currency listed here has
//! 2); symbols are the ones English text commonly uses (Unicode CLDR's English names, with
//! "lei" for the leu as Romanians write it).

use crate::text::format::{date, fixed, parse_iso_date, parse_number, plain_number, DateStyle};
use crate::text::money::{Usd, UsdRange};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A currency the founder can show amounts in.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "UPPERCASE")]
pub enum Currency {
    #[default]
    Usd,
    Eur,
    Gbp,
    Cad,
    Aud,
    Inr,
    Mxn,
    Brl,
    Ron,
    Uah,
    Cny,
}

impl Currency {
    pub const ALL: [Currency; 11] = [
        Currency::Usd,
        Currency::Eur,
        Currency::Gbp,
        Currency::Cad,
        Currency::Aud,
        Currency::Inr,
        Currency::Mxn,
        Currency::Brl,
        Currency::Ron,
        Currency::Uah,
        Currency::Cny,
    ];

    /// The ISO 4217 code.
    pub fn code(self) -> &'static str {
        match self {
            Currency::Usd => "USD",
            Currency::Eur => "EUR",
            Currency::Gbp => "GBP",
            Currency::Cad => "CAD",
            Currency::Aud => "AUD",
            Currency::Inr => "INR",
            Currency::Mxn => "MXN",
            Currency::Brl => "BRL",
            Currency::Ron => "RON",
            Currency::Uah => "UAH",
            Currency::Cny => "CNY",
        }
    }

    /// The symbol printed with an amount; the dollars other than the US dollar carry their
    /// country, so "$" is never ambiguous.
    pub fn symbol(self) -> &'static str {
        match self {
            Currency::Usd => "$",
            Currency::Eur => "€",
            Currency::Gbp => "£",
            Currency::Cad => "CA$",
            Currency::Aud => "A$",
            Currency::Inr => "₹",
            Currency::Mxn => "MX$",
            Currency::Brl => "R$",
            Currency::Ron => "lei",
            Currency::Uah => "₴",
            Currency::Cny => "CN¥",
        }
    }

    /// The symbol follows the number ("61,000 lei") rather than leading it ("€61,000").
    pub fn symbol_after(self) -> bool {
        self == Currency::Ron
    }

    /// Digits after the point in the minor unit (ISO 4217).
    pub fn minor_digits(self) -> u32 {
        match self {
            Currency::Usd
            | Currency::Eur
            | Currency::Gbp
            | Currency::Cad
            | Currency::Aud
            | Currency::Inr
            | Currency::Mxn
            | Currency::Brl
            | Currency::Ron
            | Currency::Uah
            | Currency::Cny => 2,
        }
    }

    /// The name, for a list to choose from.
    pub fn name(self) -> &'static str {
        match self {
            Currency::Usd => "US dollar",
            Currency::Eur => "Euro",
            Currency::Gbp => "Pound sterling",
            Currency::Cad => "Canadian dollar",
            Currency::Aud => "Australian dollar",
            Currency::Inr => "Indian rupee",
            Currency::Mxn => "Mexican peso",
            Currency::Brl => "Brazilian real",
            Currency::Ron => "Romanian leu",
            Currency::Uah => "Ukrainian hryvnia",
            Currency::Cny => "Chinese yuan",
        }
    }

    /// From an ISO code, in any case.
    pub fn from_code(code: &str) -> Option<Currency> {
        let code = code.trim();
        Currency::ALL
            .into_iter()
            .find(|c| c.code().eq_ignore_ascii_case(code))
    }

    fn minor_per_major(self) -> i128 {
        10i128.pow(self.minor_digits())
    }
}

/// Two amounts in different currencies were added or compared.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CurrencyMismatch {
    pub left: Currency,
    pub right: Currency,
}

/// An amount in a currency, in its minor units (cents, paise, fen...).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Money {
    currency: Currency,
    minor: i64,
}

impl Money {
    pub fn new(currency: Currency, minor: i64) -> Money {
        Money { currency, minor }
    }

    /// An amount as a person typed it ("9200.5" euros), rounded once to the minor unit.
    pub fn from_units(currency: Currency, units: f64) -> Money {
        let minor = (units * 10f64.powi(currency.minor_digits() as i32)).round() as i64;
        Money::new(currency, minor)
    }

    pub fn currency(self) -> Currency {
        self.currency
    }

    pub fn minor(self) -> i64 {
        self.minor
    }

    /// The sum, or an error when the currencies differ (there is deliberately no `+`).
    pub fn checked_add(self, other: Money) -> Result<Money, CurrencyMismatch> {
        self.same(other)?;
        Ok(Money::new(
            self.currency,
            self.minor.saturating_add(other.minor),
        ))
    }

    pub fn checked_sub(self, other: Money) -> Result<Money, CurrencyMismatch> {
        self.same(other)?;
        Ok(Money::new(
            self.currency,
            self.minor.saturating_sub(other.minor),
        ))
    }

    fn same(self, other: Money) -> Result<(), CurrencyMismatch> {
        if self.currency == other.currency {
            Ok(())
        } else {
            Err(CurrencyMismatch {
                left: self.currency,
                right: other.currency,
            })
        }
    }

    /// "€1,234.56" (every minor digit) or "€1,235" (rounded once to whole units).
    pub fn format(self, precision: Precision) -> String {
        let c = self.currency;
        match precision {
            Precision::Minor => print(c, self.minor as i128, c.minor_digits()),
            Precision::Whole => print(c, div_round(self.minor as i128, c.minor_per_major()), 0),
        }
    }
}

/// How much of an amount is printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    /// Whole units: "€61,000".
    Whole,
    /// Every minor digit: "€61,000.50".
    Minor,
}

/// Most units of a currency a US dollar may be worth before the rate is taken for a typo.
pub const MAX_RATE: f64 = 1_000_000.0;
/// Fewest: a rate must be at least a millionth of a unit per dollar.
pub const MIN_RATE: f64 = 0.000_001;
/// The rate is kept in billionths of a unit per dollar, so conversion is integer arithmetic.
const RATE_SCALE: i128 = 1_000_000_000;

/// The founder's exchange rate: units of `currency` per US dollar, as of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rate {
    currency: Currency,
    /// Billionths of a unit per dollar (a rate typed with up to 9 decimals is exact).
    nanos: u64,
    /// The date of the rate; None for US dollars, which need no rate.
    as_of: Option<NaiveDate>,
}

impl Rate {
    /// US dollars shown as US dollars.
    pub fn usd() -> Rate {
        Rate {
            currency: Currency::Usd,
            nanos: RATE_SCALE as u64,
            as_of: None,
        }
    }

    pub fn currency(&self) -> Currency {
        self.currency
    }

    pub fn as_of(&self) -> Option<NaiveDate> {
        self.as_of
    }

    /// Units of the currency per dollar.
    pub fn per_dollar(&self) -> f64 {
        self.nanos as f64 / RATE_SCALE as f64
    }

    /// Exactly `cents` US cents in `unit`ths of the currency's major unit, times `RATE_SCALE`
    /// and 100: the numerator of every conversion, so each rounds once.
    fn scaled(&self, usd: Usd, unit: i128) -> i128 {
        usd.0 as i128 * self.nanos as i128 * unit
    }

    /// A US amount in the currency's minor units, rounded once (half away from zero).
    pub fn convert(&self, usd: Usd) -> Money {
        let n = self.scaled(usd, self.currency.minor_per_major());
        Money::new(self.currency, clamp(div_round(n, 100 * RATE_SCALE)))
    }

    /// An amount in the currency back in US cents, rounded once; for what the founder types.
    pub fn to_usd(&self, money: Money) -> Result<Usd, CurrencyMismatch> {
        if money.currency != self.currency {
            return Err(CurrencyMismatch {
                left: money.currency,
                right: self.currency,
            });
        }
        let n = money.minor as i128 * 100 * RATE_SCALE;
        let d = self.nanos.max(1) as i128 * self.currency.minor_per_major();
        Ok(Usd(clamp(div_round(n, d))))
    }

    /// A US amount printed in the currency, converted and rounded once: "€61,000".
    pub fn format(&self, usd: Usd, precision: Precision) -> String {
        let c = self.currency;
        let (unit, digits) = match precision {
            Precision::Whole => (1, 0),
            Precision::Minor => (c.minor_per_major(), c.minor_digits()),
        };
        let n = div_round(self.scaled(usd, unit), 100 * RATE_SCALE);
        print(c, n, digits)
    }

    /// Whole units: "€61,000" (what `Usd::whole` prints for dollars).
    pub fn whole(&self, usd: Usd) -> String {
        self.format(usd, Precision::Whole)
    }

    /// A range in whole units: "€61,000 – €74,500".
    pub fn range(&self, range: UsdRange) -> String {
        self.format_range(range, Precision::Whole)
    }

    /// Like `range`, with the minor unit below 100 units ("€14.26 – €46"), for hourly rates.
    pub fn range_or_cents(&self, range: UsdRange) -> String {
        let one = |u: Usd| {
            let whole = self.whole(u);
            let minor = self.format(u, Precision::Minor);
            let small =
                self.convert(u).minor().abs() < 100 * self.currency.minor_per_major() as i64;
            if small && !minor.contains(".00") {
                minor
            } else {
                whole
            }
        };
        let (low, high) = (one(range.low()), one(range.high()));
        if low == high {
            low
        } else {
            format!("{low} – {high}")
        }
    }

    /// "€12k", "€1.2M": for chart axes.
    pub fn compact(&self, usd: Usd) -> String {
        let v = self.convert(usd).minor() as f64 / self.currency.minor_per_major() as f64;
        self.compact_units(v)
    }

    /// An amount already in the currency's major units, as `compact` prints it.
    pub fn compact_units(&self, v: f64) -> String {
        let c = self.currency;
        let a = v.abs();
        let n = if a >= 1_000_000.0 {
            format!("{}M", fixed(v / 1_000_000.0, 1))
        } else if a >= 10_000.0 {
            format!("{}k", fixed(v / 1000.0, 0))
        } else if a >= 1000.0 {
            format!("{}k", fixed(v / 1000.0, 1))
        } else {
            fixed(v, 0)
        };
        let (sign, n) = match n.strip_prefix('-') {
            Some(rest) => ("-", rest.to_string()),
            None => ("", n),
        };
        if c.symbol_after() {
            format!("{sign}{n} {}", c.symbol())
        } else {
            format!("{sign}{}{n}", c.symbol())
        }
    }

    /// A range in the currency: "€61,000 – €74,500", or one amount when both ends print alike.
    pub fn format_range(&self, range: UsdRange, precision: Precision) -> String {
        let (low, high) = (
            self.format(range.low(), precision),
            self.format(range.high(), precision),
        );
        if low == high {
            low
        } else {
            format!("{low} – {high}")
        }
    }
}

/// n / d rounded half away from zero (d > 0).
fn div_round(n: i128, d: i128) -> i128 {
    let (q, r) = (n / d, n % d);
    if 2 * r.abs() >= d {
        q + n.signum()
    } else {
        q
    }
}

fn clamp(v: i128) -> i64 {
    v.clamp(i64::MIN as i128, i64::MAX as i128) as i64
}

/// `n` in units of 10^-digits of the currency, with grouping and the symbol.
fn print(c: Currency, n: i128, digits: u32) -> String {
    let abs = n.unsigned_abs();
    let scale = 10u128.pow(digits);
    let whole = (abs / scale).to_string();
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    if !c.symbol_after() {
        out.push_str(c.symbol());
    }
    for (i, ch) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    if digits > 0 {
        let part = (abs % scale).to_string();
        out.push('.');
        for _ in part.len()..digits as usize {
            out.push('0');
        }
        out.push_str(&part);
    }
    if c.symbol_after() {
        out.push(' ');
        out.push_str(c.symbol());
    }
    out
}

/// Why an amount the founder typed cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AmountError {
    NotANumber,
    Negative,
    /// More than any plan needs (the limit in US dollars, as the field sets it).
    TooLarge {
        max: Usd,
    },
}

impl AmountError {
    /// What to tell the founder, beside the field.
    pub fn words(&self, currency: Currency) -> String {
        match self {
            AmountError::NotANumber => format!(
                "Enter the amount in {} as a number, e.g. 250000.",
                currency.code()
            ),
            AmountError::Negative => "Enter an amount from 0 up.".into(),
            AmountError::TooLarge { max } => format!(
                "That is more than {} (in US dollars); check the number of digits.",
                max.whole()
            ),
        }
    }
}

/// An amount as the founder types it in a currency ("€250,000", "250000.50", "-€5"),
/// rounded to the minor unit. Commas, spaces and the currency's symbol are ignored.
pub fn parse_money(text: &str, currency: Currency) -> Result<Money, AmountError> {
    let t = text.trim();
    let (minus, t) = match t.strip_prefix('-') {
        Some(rest) => (true, rest.trim_start()),
        None => (false, t),
    };
    let t = t.strip_prefix(currency.symbol()).unwrap_or(t);
    let t = t.strip_suffix(currency.symbol()).unwrap_or(t);
    let v = parse_number(t).ok_or(AmountError::NotANumber)?;
    if v < 0.0 || (minus && v > 0.0) {
        return Err(AmountError::Negative);
    }
    // No plan's amount comes near this; it keeps the minor units far from i64's limit.
    if v >= 1e15 {
        return Err(AmountError::TooLarge {
            max: Usd::dollars(1_000_000_000_000_000),
        });
    }
    let minor = (v * currency.minor_per_major() as f64).round();
    Ok(Money::new(currency, minor as i64))
}

/// Why a date the founder typed for a figure cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Empty,
    NotADate,
    /// A figure's date cannot be later than today.
    InFuture {
        today: NaiveDate,
    },
}

impl DateError {
    pub fn words(&self) -> String {
        match self {
            DateError::Empty => "Enter the date of this figure.".into(),
            DateError::NotADate => "Enter a date as YYYY-MM-DD, e.g. 2026-11-30.".into(),
            DateError::InFuture { today } => format!(
                "That date is after today ({}); enter the date the figure was true.",
                date(*today, DateStyle::Short)
            ),
        }
    }
}

/// A date a figure was true on (a balance, a rate): today or earlier.
pub fn parse_past_date(text: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let t = text.trim();
    if t.is_empty() {
        return Err(DateError::Empty);
    }
    let d = parse_iso_date(t).ok_or(DateError::NotADate)?;
    if d > today {
        return Err(DateError::InFuture { today });
    }
    Ok(d)
}

/// Why an exchange rate the founder typed cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RateError {
    Empty,
    NotANumber,
    Negative,
    Zero,
    /// More than `MAX_RATE` units per dollar.
    TooLarge,
    /// Less than `MIN_RATE` units per dollar.
    TooSmall,
    Date(DateError),
}

impl RateError {
    pub fn words(&self, currency: Currency) -> String {
        let code = currency.code();
        match self {
            RateError::Empty => format!("Enter how many {code} one US dollar buys, e.g. 0.92."),
            RateError::NotANumber => {
                format!("Enter the rate as a number: how many {code} one US dollar buys.")
            }
            RateError::Negative => "A rate cannot be negative.".into(),
            RateError::Zero => "A rate of zero would make every amount zero.".into(),
            RateError::TooLarge => format!(
                "More than {} {code} to the dollar looks like a typo; check the digits.",
                plain_number(MAX_RATE)
            ),
            RateError::TooSmall => format!(
                "Less than {} {code} to the dollar looks like a typo; enter {code} per dollar, \
                 not dollars per {code}.",
                plain_number(MIN_RATE)
            ),
            RateError::Date(d) => format!("The rate's date: {}", d.words()),
        }
    }
}

/// The founder's rate for a currency: `rate` units per US dollar, true on `date` (not after
/// `today`). US dollars need no rate: the identity is returned and the fields are not read.
pub fn parse_rate(
    currency: Currency,
    rate: &str,
    date: &str,
    today: NaiveDate,
) -> Result<Rate, RateError> {
    if currency == Currency::Usd {
        return Ok(Rate::usd());
    }
    if rate.trim().is_empty() {
        return Err(RateError::Empty);
    }
    let v = parse_number(rate).ok_or(RateError::NotANumber)?;
    if v < 0.0 {
        return Err(RateError::Negative);
    }
    if v == 0.0 {
        return Err(RateError::Zero);
    }
    if v > MAX_RATE {
        return Err(RateError::TooLarge);
    }
    if v < MIN_RATE {
        return Err(RateError::TooSmall);
    }
    let as_of = parse_past_date(date, today).map_err(RateError::Date)?;
    Ok(Rate {
        currency,
        // v ≤ 10^6, so v × 10^9 < 2^53: exact for a rate typed with up to 9 decimals.
        nanos: (v * RATE_SCALE as f64).round() as u64,
        as_of: Some(as_of),
    })
}

#[cfg(test)]
mod tests;

//! The company's money as the founder gives it (schema 7): cash in the bank and its date, the
//! monthly burn without this hire, the runway to keep, and the currency amounts show in, with
//! the founder's own exchange rates. Kept as typed, so a bad value loses nothing;
//! `cost::runway::finance` reads and checks it.
//!
//! Stored as one map of text (`{"cash": "400000", "cash_currency": "EUR", "rate.EUR":
//! "0.92", ...}`) rather than a struct of fields: the plan's other maps already bring the code
//! that reads a map of text, and a struct of its own cost the first screen 6 KB of
//! deserialising code (measured on the release module). Unknown keys are ignored.
//!
//! Cash and burn are the company's figures: a share link or an embed carries them only when
//! `share_cash` is ticked (`codec::encode_share`). Rates are not private. The plan's name and
//! its quotes' labels are the founder's own words: they travel only when `share_names` is
//! ticked (kept in this map beside the cash tick, so the tick needs no schema bump).

use crate::text::currency::{parse_rate, Currency, Money, Rate, RateError};
use crate::text::keymap::KeyMap;
use crate::text::money::Usd;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Finances(KeyMap<String>);

/// A field of `Finances` the founder types in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinanceField {
    /// Cash in the bank, in its own currency (`currency_of`).
    Cash,
    /// The day the cash figure was true (YYYY-MM-DD).
    CashDate,
    /// Net burn a month without this hire (other hires included), in its own currency.
    Burn,
    /// Months of runway to keep; empty: no floor.
    KeepMonths,
    /// The rate of a currency, units per US dollar.
    Rate(Currency),
    /// The date of that rate.
    RateDate(Currency),
}

const CASH_CURRENCY: &str = "cash_currency";
const BURN_CURRENCY: &str = "burn_currency";
const DISPLAY: &str = "display";
const SHARE_CASH: &str = "share_cash";
/// The currency the monthly budget (the Engagement step's) was typed in.
const BUDGET_CURRENCY: &str = "budget_currency";
const SHARE_NAMES: &str = "share_names";
/// Keys the company's figures are kept under: what a share link leaves out.
const PRIVATE: [&str; 5] = ["cash", CASH_CURRENCY, "cash_date", "burn", BURN_CURRENCY];

/// Most keys a plan's finances hold: the fields, and a rate and its date per currency.
pub const MAX_FINANCE_KEYS: usize = 10 + 2 * Currency::ALL.len();

fn key(field: FinanceField) -> String {
    match field {
        FinanceField::Cash => "cash".into(),
        FinanceField::CashDate => "cash_date".into(),
        FinanceField::Burn => "burn".into(),
        FinanceField::KeepMonths => "keep_months".into(),
        FinanceField::Rate(c) => format!("rate.{}", c.code()),
        FinanceField::RateDate(c) => format!("rate_date.{}", c.code()),
    }
}

impl Finances {
    /// A field as typed ("" where none).
    pub fn text(&self, field: FinanceField) -> &str {
        self.0.get(&key(field)).map_or("", String::as_str)
    }

    fn currency(&self, key: &str) -> Currency {
        self.0
            .get(key)
            .and_then(|c| Currency::from_code(c))
            .unwrap_or_default()
    }

    /// The currency amounts show in (US dollars until the founder picks another).
    pub fn display(&self) -> Currency {
        self.currency(DISPLAY)
    }

    /// The currency an amount was typed in: the display currency when its field was empty.
    pub fn currency_of(&self, field: FinanceField) -> Currency {
        match field {
            FinanceField::Cash if !self.text(field).trim().is_empty() => {
                self.currency(CASH_CURRENCY)
            }
            FinanceField::Burn if !self.text(field).trim().is_empty() => {
                self.currency(BURN_CURRENCY)
            }
            FinanceField::Cash
            | FinanceField::Burn
            | FinanceField::CashDate
            | FinanceField::KeepMonths
            | FinanceField::Rate(_)
            | FinanceField::RateDate(_) => self.display(),
        }
    }

    /// The founder's rate for a currency (US dollars need none), checked against `today`.
    pub fn rate(&self, currency: Currency, today: NaiveDate) -> Result<Rate, RateError> {
        let (rate, date) = self.rate_text(currency);
        parse_rate(currency, rate, date, today)
    }

    /// An amount typed in `currency`, in US dollars at the founder's rate for it (its date not
    /// held against today: the Costs step flags a wrong one); the currency back where there is
    /// no valid rate for it.
    pub fn to_usd(&self, amount: f64, currency: Currency) -> Result<Usd, Currency> {
        if currency == Currency::Usd {
            return Ok(Usd::from_f64(amount));
        }
        let rate = self.rate(currency, NaiveDate::MAX).map_err(|_| currency)?;
        rate.to_usd(Money::from_units(currency, amount))
            .map_err(|_| currency)
    }

    /// A price typed in `currency` (a rate that the engine multiplies into months), in US
    /// dollars at the founder's rate, unrounded: rounded to the cent first, €7,000 an hour at
    /// 0.92 would come back as €1,120,001 for 160 hours.
    pub fn rate_to_usd(&self, amount: f64, currency: Currency) -> Result<f64, Currency> {
        if currency == Currency::Usd {
            return Ok(amount);
        }
        let rate = self.rate(currency, NaiveDate::MAX).map_err(|_| currency)?;
        Ok(amount / rate.per_dollar())
    }

    /// The currency the monthly budget is in: the one it was typed in, or the display
    /// currency while it is empty.
    pub fn budget_currency(&self, budget: &str) -> Currency {
        match budget.trim().is_empty() {
            true => self.display(),
            false => self.currency(BUDGET_CURRENCY),
        }
    }

    /// A budget is being typed: into an empty field, it is in the display currency.
    pub fn budget_typed(&mut self, was_empty: bool) {
        if was_empty {
            let display = self.display();
            self.put(BUDGET_CURRENCY, display.code(), display != Currency::Usd);
        }
    }

    /// Whether share links and embeds carry the cash, its date and the burn.
    pub fn share_cash(&self) -> bool {
        self.0.contains_key(SHARE_CASH)
    }

    /// Whether share links and embeds carry the plan's name and the quotes' labels.
    pub fn share_names(&self) -> bool {
        self.0.contains_key(SHARE_NAMES)
    }

    /// Sets a field as typed. An amount typed into an empty field is in the display currency;
    /// one typed over an amount keeps that amount's currency.
    pub fn set(&mut self, field: FinanceField, text: String) {
        let own = match field {
            FinanceField::Cash => Some(CASH_CURRENCY),
            FinanceField::Burn => Some(BURN_CURRENCY),
            FinanceField::CashDate
            | FinanceField::KeepMonths
            | FinanceField::Rate(_)
            | FinanceField::RateDate(_) => None,
        };
        if let Some(own) = own {
            if self.text(field).trim().is_empty() {
                let display = self.display();
                self.put(own, display.code(), display != Currency::Usd);
            }
        }
        let k = key(field);
        if text.is_empty() {
            self.0.remove(&k);
        } else {
            self.0.insert(k, text);
        }
    }

    pub fn set_display(&mut self, c: Currency) {
        self.put(DISPLAY, c.code(), c != Currency::Usd);
    }

    pub fn set_share_cash(&mut self, on: bool) {
        self.put(SHARE_CASH, "yes", on);
    }

    pub fn set_share_names(&mut self, on: bool) {
        self.put(SHARE_NAMES, "yes", on);
    }

    /// Keeps `key` as `value` where `on`, else removes it (defaults are not stored).
    fn put(&mut self, key: &str, value: &str, on: bool) {
        if on {
            self.0.insert(key.into(), value.into());
        } else {
            self.0.remove(key);
        }
    }

    /// The rate and its date as typed for a currency ("" where none).
    pub fn rate_text(&self, c: Currency) -> (&str, &str) {
        (
            self.text(FinanceField::Rate(c)),
            self.text(FinanceField::RateDate(c)),
        )
    }

    /// Without the company's figures: what a share link carries unless `share_cash`.
    pub fn without_cash(&self) -> Finances {
        let mut out = self.clone();
        for k in PRIVATE {
            out.0.remove(k);
        }
        out
    }

    /// How many keys are kept (for the codec's limits).
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

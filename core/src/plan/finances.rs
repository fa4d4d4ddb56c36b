//! The company's money as the founder gives it (schema 7): cash in the bank and its date, the
//! monthly burn without this hire, the runway to keep, and the currency amounts show in, with
//! the founder's own exchange rates. Kept as typed, so a bad value loses nothing;
//! `cost::afford` reads and checks it.
//!
//! Cash and burn are the company's figures: a share link or an embed carries them only when
//! `share_cash` is ticked (`codec::encode_share`). Rates are not private.

use crate::text::currency::Currency;
use crate::text::keymap::KeyMap;
use serde::{Deserialize, Serialize};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Finances {
    /// Cash in the bank, as typed, in `cash_currency`.
    pub cash: String,
    /// The currency the cash was typed in: the display currency when the field was empty.
    pub cash_currency: Currency,
    /// The day the cash figure was true (YYYY-MM-DD).
    pub cash_date: String,
    /// Net burn a month without this hire (other hires included), as typed, in `burn_currency`.
    pub burn: String,
    pub burn_currency: Currency,
    /// Months of runway to keep, as typed; empty: no floor.
    pub keep_months: String,
    /// The currency amounts show in (US dollars until the founder picks another).
    pub display: Currency,
    /// Units of a currency per US dollar, as typed, by ISO code ("EUR": "0.92").
    pub rates: KeyMap<String>,
    /// The day each rate was true, by ISO code.
    pub rate_dates: KeyMap<String>,
    /// Whether share links and embeds carry the cash, its date and the burn.
    pub share_cash: bool,
}

/// A field of `Finances` the founder types in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinanceField {
    Cash,
    CashDate,
    Burn,
    KeepMonths,
    /// The rate of a currency, units per US dollar.
    Rate(Currency),
    /// The date of that rate.
    RateDate(Currency),
}

impl Finances {
    /// Sets a field as typed. An amount typed into an empty field is in the display currency;
    /// one typed over an amount keeps that amount's currency.
    pub fn set(&mut self, field: FinanceField, text: String) {
        let display = self.display;
        let amount = |value: &mut String, currency: &mut Currency, text: String| {
            if value.trim().is_empty() {
                *currency = display;
            }
            *value = text;
        };
        match field {
            FinanceField::Cash => amount(&mut self.cash, &mut self.cash_currency, text),
            FinanceField::Burn => amount(&mut self.burn, &mut self.burn_currency, text),
            FinanceField::CashDate => self.cash_date = text,
            FinanceField::KeepMonths => self.keep_months = text,
            FinanceField::Rate(c) => set_or_remove(&mut self.rates, c, text),
            FinanceField::RateDate(c) => set_or_remove(&mut self.rate_dates, c, text),
        }
    }

    /// The rate and its date as typed for a currency ("" where none).
    pub fn rate_text(&self, c: Currency) -> (&str, &str) {
        (text_of(&self.rates, c), text_of(&self.rate_dates, c))
    }

    /// Without the company's figures: what a share link carries unless `share_cash`.
    pub fn without_cash(&self) -> Finances {
        Finances {
            cash: String::new(),
            cash_currency: Currency::default(),
            cash_date: String::new(),
            burn: String::new(),
            burn_currency: Currency::default(),
            ..self.clone()
        }
    }
}

fn text_of(map: &KeyMap<String>, c: Currency) -> &str {
    map.get(c.code()).map_or("", String::as_str)
}

fn set_or_remove(map: &mut KeyMap<String>, c: Currency, text: String) {
    if text.is_empty() {
        map.remove(c.code());
    } else {
        map.insert(c.code().to_string(), text);
    }
}

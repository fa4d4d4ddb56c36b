//! The plan's cost choices: the options followed over time, overrides of market figures, and
//! the founder's own quotes.

use crate::text::keymap::KeyMap;
use serde::{Deserialize, Serialize};

/// Which options the founder follows over time, their overrides of market figures, and
/// quotes of their own.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct CostChoices {
    /// Option keys drawn over time; empty = a default set.
    pub picks: Vec<String>,
    /// Figure id -> value the founder entered instead of the source's.
    pub overrides: KeyMap<f64>,
    /// Prices the founder was quoted, priced and charted with the sources' options.
    pub quotes: Vec<Quote>,
}

/// Quotes of the founder's own a plan may hold.
pub const MAX_QUOTES: usize = 20;

impl CostChoices {
    /// Adds an empty quote with the first free id ("q1", "q2", ...) and returns the id; None
    /// when the plan already holds `MAX_QUOTES`.
    pub fn add_quote(&mut self) -> Option<String> {
        if self.quotes.len() >= MAX_QUOTES {
            return None;
        }
        let id = (1..)
            .map(|n| format!("q{n}"))
            .find(|id| !self.quotes.iter().any(|q| q.id == *id))?;
        self.quotes.push(Quote {
            id: id.clone(),
            ..Quote::default()
        });
        Some(id)
    }
}

/// How a quote of the founder's own would hire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum QuoteRoute {
    Employee,
    VettedPlatform,
    Marketplace,
    #[default]
    DirectContractor,
    Agency,
}

impl QuoteRoute {
    pub const ALL: [QuoteRoute; 5] = [
        QuoteRoute::Employee,
        QuoteRoute::VettedPlatform,
        QuoteRoute::Marketplace,
        QuoteRoute::DirectContractor,
        QuoteRoute::Agency,
    ];

    pub fn label(self) -> &'static str {
        match self {
            QuoteRoute::Employee => "An employee (salary)",
            QuoteRoute::VettedPlatform => "A vetted platform",
            QuoteRoute::Marketplace => "A freelance marketplace",
            QuoteRoute::DirectContractor => "A contractor, hired directly",
            QuoteRoute::Agency => "An agency",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            QuoteRoute::Employee => "employee",
            QuoteRoute::VettedPlatform => "vetted_platform",
            QuoteRoute::Marketplace => "marketplace",
            QuoteRoute::DirectContractor => "direct_contractor",
            QuoteRoute::Agency => "agency",
        }
    }

    pub fn from_slug(s: &str) -> Option<QuoteRoute> {
        QuoteRoute::ALL.into_iter().find(|r| r.slug() == s)
    }
}

/// What a quoted price is per.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RateBasis {
    #[default]
    Hourly,
    Weekly,
    Monthly,
    Yearly,
}

impl RateBasis {
    pub const ALL: [RateBasis; 4] = [
        RateBasis::Hourly,
        RateBasis::Weekly,
        RateBasis::Monthly,
        RateBasis::Yearly,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RateBasis::Hourly => "an hour",
            RateBasis::Weekly => "a week",
            RateBasis::Monthly => "a month",
            RateBasis::Yearly => "a year",
        }
    }

    pub fn slug(self) -> &'static str {
        match self {
            RateBasis::Hourly => "hourly",
            RateBasis::Weekly => "weekly",
            RateBasis::Monthly => "monthly",
            RateBasis::Yearly => "yearly",
        }
    }

    pub fn from_slug(s: &str) -> Option<RateBasis> {
        RateBasis::ALL.into_iter().find(|r| r.slug() == s)
    }
}

/// A price the founder was quoted. Numbers are kept as typed, so nothing is lost while a
/// field is invalid; the cost engine parses them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Quote {
    /// Stable within the plan: option keys and field ids are built from it.
    pub id: String,
    pub name: String,
    pub route: QuoteRoute,
    pub basis: RateBasis,
    pub low: String,
    /// Empty: the same as `low`.
    pub high: String,
    /// One-off fees, in the quote's currency (empty: none).
    pub one_off: String,
    /// Days from now to the hire (empty: not known).
    pub days_to_hire: String,
    /// The currency its amounts were typed in (ISO code; empty: US dollars): the display
    /// currency when the first amount was typed.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub currency: String,
}

impl Quote {
    /// The currency the quote's amounts are in: the one they were typed in, or the display
    /// currency while none is typed.
    pub fn currency_in(&self, f: &super::Finances) -> crate::text::currency::Currency {
        let typed = [&self.low, &self.high, &self.one_off]
            .iter()
            .any(|t| !t.trim().is_empty());
        match typed {
            true => crate::text::currency::Currency::from_code(&self.currency).unwrap_or_default(),
            false => f.display(),
        }
    }
}

/// Whether a field of a quote is an amount of money (in the quote's currency).
pub fn is_amount(field: QuoteField) -> bool {
    match field {
        QuoteField::Low | QuoteField::High | QuoteField::OneOff => true,
        QuoteField::Name | QuoteField::DaysToHire => false,
    }
}

/// A field of a quote the founder types.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteField {
    Name,
    Low,
    High,
    OneOff,
    DaysToHire,
}

impl QuoteField {
    pub const ALL: [QuoteField; 5] = [
        QuoteField::Name,
        QuoteField::Low,
        QuoteField::High,
        QuoteField::OneOff,
        QuoteField::DaysToHire,
    ];

    /// Part of the field's element id: `quote-q1-one_off`.
    pub fn slug(self) -> &'static str {
        match self {
            QuoteField::Name => "name",
            QuoteField::Low => "low",
            QuoteField::High => "high",
            QuoteField::OneOff => "one_off",
            QuoteField::DaysToHire => "days_to_hire",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            QuoteField::Name => "Name",
            QuoteField::Low => "Low",
            QuoteField::High => "High (empty: same as low)",
            QuoteField::OneOff => "One-off fees (optional)",
            QuoteField::DaysToHire => "Days to hire (optional)",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            QuoteField::Name => "e.g. Agency in Kraków",
            QuoteField::Low => "e.g. 40",
            QuoteField::High => "e.g. 55",
            QuoteField::OneOff => "e.g. 1000",
            QuoteField::DaysToHire => "e.g. 10",
        }
    }

    pub fn get(self, q: &Quote) -> &String {
        match self {
            QuoteField::Name => &q.name,
            QuoteField::Low => &q.low,
            QuoteField::High => &q.high,
            QuoteField::OneOff => &q.one_off,
            QuoteField::DaysToHire => &q.days_to_hire,
        }
    }

    pub fn get_mut(self, q: &mut Quote) -> &mut String {
        match self {
            QuoteField::Name => &mut q.name,
            QuoteField::Low => &mut q.low,
            QuoteField::High => &mut q.high,
            QuoteField::OneOff => &mut q.one_off,
            QuoteField::DaysToHire => &mut q.days_to_hire,
        }
    }
}

//! What the founder typed for the cost engine, read and checked: hours, horizon, budget,
//! countries and quotes, into a `Scenario`; every problem comes back with its field.

use crate::market::market;
use crate::plan::{EngagementKind, Field, Finances, Plan, Quote, QuoteField, Seniority};
use crate::text::currency::Currency;
use crate::text::format::{parse_number, plain_number};
use crate::text::keymap::KeyMap;
use crate::text::money::Usd;
use std::fmt;

pub const MAX_HOURS_PER_WEEK: f64 = 80.0;
pub const MAX_HORIZON_MONTHS: u32 = 120;
/// The hours field's help, beside its limit (tests/limits.rs checks they agree).
pub const HOURS_PER_WEEK_HELP: &str = "Between 1 and 80.";
/// The horizon field's help, beside its limit.
pub const HORIZON_HELP: &str = "How far ahead to total the costs: 1 to 120 months.";
pub const MAX_MONTHLY_BUDGET: f64 = 10_000_000.0;
const MAX_QUOTE_USD: f64 = 100_000_000.0;
/// Most days to hire a quote may give (ten years).
pub const MAX_QUOTE_DAYS: u32 = 3650;

/// An input a person typed that the engine cannot use, with the field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    HoursPerWeek(String),
    Horizon(String),
    Budget(String),
    Country(String),
}

impl InputError {
    /// The plan field the message belongs beside.
    pub fn field(&self) -> Field {
        match self {
            InputError::HoursPerWeek(_) => Field::HoursPerWeek,
            InputError::Horizon(_) => Field::Horizon,
            InputError::Budget(_) => Field::Budget,
            InputError::Country(_) => Field::HireCountry,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            InputError::HoursPerWeek(m)
            | InputError::Horizon(m)
            | InputError::Budget(m)
            | InputError::Country(m) => m,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for InputError {}

pub fn parse_hours_per_week(text: &str) -> Result<f64, InputError> {
    let v = parse_number(text).ok_or_else(|| {
        InputError::HoursPerWeek("Enter the hours a week as a number, e.g. 20.".into())
    })?;
    if v <= 0.0 {
        return Err(InputError::HoursPerWeek(
            "Hours a week must be more than zero.".into(),
        ));
    }
    if v > MAX_HOURS_PER_WEEK {
        return Err(InputError::HoursPerWeek(format!(
            "{} hours a week is more than one person can work; enter at most {}.",
            plain_number(v),
            plain_number(MAX_HOURS_PER_WEEK)
        )));
    }
    Ok(v)
}

pub fn parse_horizon(text: &str) -> Result<u32, InputError> {
    let v = parse_number(text)
        .ok_or_else(|| InputError::Horizon("Enter the horizon in whole months, e.g. 12.".into()))?;
    if v.fract() != 0.0 {
        return Err(InputError::Horizon(
            "Enter the horizon in whole months, e.g. 12.".into(),
        ));
    }
    if v < 1.0 {
        return Err(InputError::Horizon(
            "The horizon is at least 1 month.".into(),
        ));
    }
    if v > MAX_HORIZON_MONTHS as f64 {
        return Err(InputError::Horizon(format!(
            "Plan at most {MAX_HORIZON_MONTHS} months (10 years) ahead."
        )));
    }
    Ok(v as u32)
}

/// An empty field means no budget.
pub fn parse_budget(text: &str) -> Result<Option<Usd>, InputError> {
    if text.trim().is_empty() {
        return Ok(None);
    }
    let v = parse_number(text).ok_or_else(|| {
        InputError::Budget("Enter a monthly budget, e.g. 6000, or leave it empty.".into())
    })?;
    if v <= 0.0 {
        return Err(InputError::Budget(
            "A budget must be more than zero, or leave it empty.".into(),
        ));
    }
    if v > MAX_MONTHLY_BUDGET {
        return Err(InputError::Budget(
            "That budget is beyond any single hire; check the number of digits.".into(),
        ));
    }
    Ok(Some(Usd::from_f64(v)))
}

/// A field of a quote the founder typed that cannot be used, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteError {
    pub quote: String,
    pub field: QuoteField,
    pub message: String,
}

/// A quote, read: money per its basis, fees and days.
#[derive(Clone, Debug, PartialEq)]
pub struct ParsedQuote {
    pub low: f64,
    pub high: f64,
    pub one_off: f64,
    pub days_to_hire: Option<u32>,
}

/// Reads a quote as typed, its amounts in US dollars at the founder's rate for the currency
/// they were typed in; every problem is returned.
pub fn parse_quote(q: &Quote, f: &Finances) -> Result<ParsedQuote, Vec<QuoteError>> {
    let currency = Currency::from_code(&q.currency).unwrap_or_default();
    let mut errors = Vec::new();
    let err = |field: QuoteField, message: &str| QuoteError {
        quote: q.id.clone(),
        field,
        message: message.to_string(),
    };
    let money = |text: &str,
                 field: QuoteField,
                 required: bool|
     -> Result<Option<f64>, QuoteError> {
        if text.trim().is_empty() {
            return if required {
                Err(err(field, "Enter the price you were quoted, e.g. 45."))
            } else {
                Ok(None)
            };
        }
        let typed = match parse_number(text) {
            Some(v) if v < 0.0 => return Err(err(field, "A price cannot be negative.")),
            Some(v) => v,
            None => return Err(err(field, "Enter a number, e.g. 4500.")),
        };
        match f.rate_to_usd(typed, currency) {
                Ok(v) if v > MAX_QUOTE_USD => Err(err(
                    field,
                    "That is beyond any single hire; check the number of digits.",
                )),
                Ok(v) => Ok(Some(v)),
                Err(c) => Err(err(
                    field,
                    &format!(
                        "This quote is in {}: enter your rate for {} under \u{201c}Can we afford it?\u{201d} on Costs to price it.",
                        c.code(),
                        c.code()
                    ),
                )),
            }
    };
    let low = money(&q.low, QuoteField::Low, true)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let high = money(&q.high, QuoteField::High, false)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let one_off = money(&q.one_off, QuoteField::OneOff, false)
        .map_err(|e| errors.push(e))
        .ok()
        .flatten();
    let days = if q.days_to_hire.trim().is_empty() {
        None
    } else {
        match parse_number(&q.days_to_hire) {
            Some(v) if v >= 0.0 && v.fract() == 0.0 && v <= MAX_QUOTE_DAYS as f64 => Some(v as u32),
            _ => {
                errors.push(err(
                    QuoteField::DaysToHire,
                    &format!("Enter whole days from 0 to {MAX_QUOTE_DAYS}, or leave it empty."),
                ));
                None
            }
        }
    };
    if let (Some(l), Some(h)) = (low, high) {
        if h < l {
            errors.push(err(QuoteField::High, "The high end is below the low end."));
        }
    }
    if q.name.trim().is_empty() {
        errors.push(err(
            QuoteField::Name,
            "Name the quote, e.g. \"Agency in Kraków\".",
        ));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let low = low.unwrap_or_default();
    Ok(ParsedQuote {
        low,
        high: high.unwrap_or(low),
        one_off: one_off.unwrap_or_default(),
        days_to_hire: days,
    })
}

/// The plan's monthly budget in US dollars, read in the currency it was typed in at the
/// founder's rate for it; None where there is none.
pub fn budget(plan: &Plan) -> Result<Option<Usd>, InputError> {
    let text = &plan.engagement.monthly_budget_usd;
    let Some(typed) = parse_budget(text)? else {
        return Ok(None);
    };
    let f = &plan.finances;
    let currency = f.budget_currency(text);
    f.to_usd(typed.as_f64(), currency).map(Some).map_err(|c| {
        InputError::Budget(format!(
            "Your budget is in {}: enter your rate for {} under \u{201c}Can we afford it?\u{201d} on Costs, or clear the budget and type it again.",
            c.code(),
            c.code()
        ))
    })
}

/// The engine's validated input.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub seniority: Seniority,
    pub kind: EngagementKind,
    /// Used for hourly engagements only; full- and part-time follow the hours model.
    pub hours_per_week: f64,
    pub horizon_months: u32,
    pub budget_monthly: Option<Usd>,
    /// Where the hire is based; None: anywhere (remote).
    pub hire_country: Option<String>,
    /// Where the company already employs people.
    pub company_country: Option<String>,
    pub quotes: Vec<Quote>,
    /// The founder's rates, for the quotes typed in another currency.
    pub finances: Finances,
    pub overrides: KeyMap<f64>,
}

impl Scenario {
    /// Reads the plan's engagement fields; every problem is returned, not just the first.
    pub fn from_plan(plan: &Plan, seniority: Seniority) -> Result<Scenario, Vec<InputError>> {
        let e = &plan.engagement;
        let hours = if e.kind == EngagementKind::Hourly {
            parse_hours_per_week(&e.hours_per_week)
        } else {
            Ok(parse_hours_per_week(&e.hours_per_week).unwrap_or(40.0))
        };
        let horizon = parse_horizon(&e.horizon_months);
        let budget = budget(plan);
        let country = |c: &Option<String>| match c {
            Some(id) if !crate::market::is_country(id) => Err(InputError::Country(format!(
                "\"{id}\" is not a country the planner knows; choose one from the list."
            ))),
            other => Ok(other.clone()),
        };
        let hire = country(&e.hire_country);
        let company = country(&e.company_country);
        match (hours, horizon, budget, hire, company) {
            (
                Ok(hours_per_week),
                Ok(horizon_months),
                Ok(budget_monthly),
                Ok(hire_country),
                Ok(company_country),
            ) => Ok(Scenario {
                seniority,
                kind: e.kind,
                hours_per_week,
                horizon_months,
                budget_monthly,
                hire_country,
                company_country,
                quotes: plan.costs.quotes.clone(),
                finances: plan.finances.clone(),
                overrides: plan.costs.overrides.clone(),
            }),
            (h, z, b, c, d) => Err([h.err(), z.err(), b.err(), c.err(), d.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }

    /// The country whose pay an employee found on job boards is priced at.
    pub fn employee_country(&self) -> Option<&str> {
        self.hire_country
            .as_deref()
            .or(self.company_country.as_deref())
    }

    pub(crate) fn employee(&self) -> bool {
        self.kind == EngagementKind::FullTimeEmployee
    }
}

/// The country the hire is based in and its time zones ("India: UTC+5:30"), if one is chosen.
pub fn hire_time_zones(plan: &Plan) -> Option<(String, String)> {
    let c = market().country(plan.engagement.hire_country.as_deref()?)?;
    Some((c.name.to_string(), c.time_zones.to_string()))
}

//! The founder's money figures read from the plan and checked: the rate amounts show at, the
//! hire's currency for the job ad, and the runway's inputs, each problem with its field. Facts
//! only: `runway::words` and `text::currency` say them.

use crate::cost::runway::{
    parse_burn, parse_cash, parse_cash_date, parse_keep_months, RunwayInputError, RunwayInputs,
};
use crate::market::market;
use crate::plan::{FinanceField, Plan};
use crate::text::currency::{Currency, Rate, RateError};
use chrono::NaiveDate;

/// Why a money field cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FinanceProblem {
    Input(RunwayInputError),
    /// The rate (or its date) of a currency.
    Rate(Currency, RateError),
    /// An amount typed in a currency whose rate is not given or not valid.
    NeedsRate(Currency),
}

/// The plan's money figures, checked.
#[derive(Clone, Debug, PartialEq)]
pub struct Finance {
    /// Amounts show at this rate: the display currency's, or US dollars while its rate is not
    /// valid (the rate field then says why).
    pub display: Rate,
    /// The runway's inputs (no start date: each route has its own).
    pub inputs: RunwayInputs,
    /// Months of runway to keep, if the founder set a floor.
    pub keep: Option<u32>,
    /// Each problem, with the field it belongs beside.
    pub problems: Vec<(FinanceField, FinanceProblem)>,
}

impl Finance {
    /// The problems of one field.
    pub fn problems_of(&self, field: FinanceField) -> impl Iterator<Item = FinanceProblem> + '_ {
        self.problems
            .iter()
            .filter(move |(f, _)| *f == field)
            .map(|(_, p)| *p)
    }
}

/// Reads and checks the plan's money figures.
pub fn finance(plan: &Plan, today: NaiveDate) -> Finance {
    let f = &plan.finances;
    let mut problems = Vec::new();
    let rate_of = |currency: Currency, problems: &mut Vec<_>| match f.rate(currency, today) {
        Ok(r) => Some(r),
        Err(e) => {
            let field = match e {
                RateError::Date(_) => FinanceField::RateDate(currency),
                RateError::Empty
                | RateError::NotANumber
                | RateError::Negative
                | RateError::Zero
                | RateError::TooLarge
                | RateError::TooSmall => FinanceField::Rate(currency),
            };
            if !problems.contains(&(field, FinanceProblem::Rate(currency, e))) {
                problems.push((field, FinanceProblem::Rate(currency, e)));
            }
            None
        }
    };
    let display = rate_of(f.display(), &mut problems).unwrap_or_else(Rate::usd);
    let amount = |text: &str,
                  currency: Currency,
                  field: FinanceField,
                  parse: fn(&str, &Rate) -> Result<_, RunwayInputError>,
                  problems: &mut Vec<_>| {
        if text.trim().is_empty() {
            return None;
        }
        let Some(rate) = rate_of(currency, &mut Vec::new()) else {
            problems.push((field, FinanceProblem::NeedsRate(currency)));
            return None;
        };
        match parse(text, &rate) {
            Ok(v) => v,
            Err(e) => {
                problems.push((field, FinanceProblem::Input(e)));
                None
            }
        }
    };
    let cash = amount(
        f.text(FinanceField::Cash),
        f.currency_of(FinanceField::Cash),
        FinanceField::Cash,
        parse_cash,
        &mut problems,
    );
    let other_burn = amount(
        f.text(FinanceField::Burn),
        f.currency_of(FinanceField::Burn),
        FinanceField::Burn,
        parse_burn,
        &mut problems,
    );
    let cash_date = parse_cash_date(f.text(FinanceField::CashDate), today).unwrap_or_else(|e| {
        problems.push((FinanceField::CashDate, FinanceProblem::Input(e)));
        None
    });
    let keep = parse_keep_months(f.text(FinanceField::KeepMonths)).unwrap_or_else(|e| {
        problems.push((FinanceField::KeepMonths, FinanceProblem::Input(e)));
        None
    });
    Finance {
        display,
        inputs: RunwayInputs {
            cash,
            cash_date,
            other_burn,
            start: None,
        },
        keep,
        problems,
    }
}

/// The currency the job ad's pay is in: the hire's country's where the founder gave its rate,
/// else the founder's own currency, so that it never contradicts what the founder wrote.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum AdCurrency {
    /// US dollars are the hire's currency (or no country is known): as the sources give it.
    Dollars,
    /// The hire's currency (or, without its rate, the founder's own), at the founder's rate.
    Converted(Rate),
    /// The founder has given no valid rate for the hire's currency and shows amounts in US
    /// dollars: US dollars, said so.
    NoRate(Currency),
}

/// The job ad's currency. The rate's date is not held against today here: the ad uses the
/// rate the founder typed, and the Costs step flags a date that is wrong.
pub fn ad_currency(plan: &Plan) -> AdCurrency {
    let currency = hire_currency(plan);
    if currency == Currency::Usd {
        return AdCurrency::Dollars;
    }
    let own = plan.finances.display();
    match plan.finances.rate(currency, NaiveDate::MAX) {
        Ok(r) => AdCurrency::Converted(r),
        Err(_) if own == Currency::Usd => AdCurrency::NoRate(currency),
        Err(_) => match plan.finances.rate(own, NaiveDate::MAX) {
            Ok(r) => AdCurrency::Converted(r),
            Err(_) => AdCurrency::NoRate(currency),
        },
    }
}

/// The rate the founder's amounts are typed and shown in (its date not held against today:
/// the Costs step flags a date that is wrong); US dollars without a valid one.
pub fn display_rate(plan: &Plan) -> Rate {
    plan.finances
        .rate(plan.finances.display(), NaiveDate::MAX)
        .unwrap_or_else(|_| Rate::usd())
}

/// The currency of the country the hire is based in (else where the company employs people);
/// US dollars where neither is known.
pub fn hire_currency(plan: &Plan) -> Currency {
    let e = &plan.engagement;
    e.hire_country
        .as_deref()
        .or(e.company_country.as_deref())
        .and_then(|id| market().country(id))
        .and_then(|c| c.currency())
        .unwrap_or_default()
}

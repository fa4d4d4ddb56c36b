//! The cost engine: prices every route the founder can take to fill the role, each on its own
//! source's terms (packages, commitments, trials, deposits, fees, "from" and "up to"), over the
//! founder's horizon, with one hours model for all. Every value it uses is reported by id.

pub mod chart;
pub mod view;

use crate::market::{
    ids, market, CommitmentKind, Deal, Market, Rate, Refund, Serves, TrialBilling, Used,
};
use crate::plan::{
    EngagementKind, Field, Plan, Quote, QuoteField, QuoteRoute, RateBasis, Seniority,
};
use crate::text::format::{days_range, parse_number, plain_number};
use crate::text::keymap::KeyMap;
use crate::text::money::{Usd, UsdRange};
use std::fmt;

pub const MAX_HOURS_PER_WEEK: f64 = 80.0;
pub const MAX_HORIZON_MONTHS: u32 = 120;
pub const MAX_MONTHLY_BUDGET: f64 = 10_000_000.0;
pub use crate::plan::MAX_QUOTES;
const MAX_QUOTE_USD: f64 = 100_000_000.0;

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
        InputError::Budget(
            "Enter a monthly budget in US dollars, e.g. 6000, or leave it empty.".into(),
        )
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

/// Reads a quote as typed; every problem is returned.
pub fn parse_quote(q: &Quote) -> Result<ParsedQuote, Vec<QuoteError>> {
    let mut errors = Vec::new();
    let err = |field: QuoteField, message: &str| QuoteError {
        quote: q.id.clone(),
        field,
        message: message.to_string(),
    };
    let money =
        |text: &str, field: QuoteField, required: bool| -> Result<Option<f64>, QuoteError> {
            if text.trim().is_empty() {
                return if required {
                    Err(err(field, "Enter the price you were quoted, e.g. 45."))
                } else {
                    Ok(None)
                };
            }
            match parse_number(text) {
                Some(v) if v < 0.0 => Err(err(field, "A price cannot be negative.")),
                Some(v) if v > MAX_QUOTE_USD => Err(err(
                    field,
                    "That is beyond any single hire; check the number of digits.",
                )),
                Some(v) => Ok(Some(v)),
                None => Err(err(field, "Enter a number in US dollars, e.g. 4500.")),
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
            Some(v) if v >= 0.0 && v.fract() == 0.0 && v <= 3650.0 => Some(v as u32),
            _ => {
                errors.push(err(
                    QuoteField::DaysToHire,
                    "Enter whole days from 0 to 3650, or leave it empty.",
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
        let budget = parse_budget(&e.monthly_budget_usd);
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
                overrides: plan.costs.overrides.clone(),
            }),
            (h, z, b, c, d) => Err([h.err(), z.err(), b.err(), c.err(), d.err()]
                .into_iter()
                .flatten()
                .collect()),
        }
    }

    /// "Priced for a mid-level full-time employee based anywhere, over 12 months."
    pub fn describe(&self) -> String {
        let kind = self.kind.noun();
        let hours = if self.kind == EngagementKind::Hourly {
            format!(" at {} hours a week", plain_number(self.hours_per_week))
        } else {
            String::new()
        };
        let place = match &self.hire_country {
            Some(c) => format!("based in {}", country_name(c)),
            None => "based anywhere (remote)".into(),
        };
        format!(
            "Priced for a {} {kind}{hours}, {place}, over {}.",
            Seniority::word(self.seniority),
            months(self.horizon_months)
        )
    }

    /// The country whose pay an employee found on job boards is priced at.
    pub fn employee_country(&self) -> Option<&str> {
        self.hire_country
            .as_deref()
            .or(self.company_country.as_deref())
    }

    fn employee(&self) -> bool {
        self.kind == EngagementKind::FullTimeEmployee
    }
}

fn months(n: u32) -> String {
    if n == 1 {
        "1 month".to_string()
    } else {
        format!("{n} months")
    }
}

/// "the United States", "India": a country's name as it reads inside a sentence.
pub fn country_in_sentence(id: &str) -> String {
    let name = country_name(id);
    match name.as_str() {
        "United States" | "United Kingdom" => format!("the {name}"),
        _ => name,
    }
}

pub fn country_name(id: &str) -> String {
    market()
        .country(id)
        .map(|c| c.name.to_string())
        .unwrap_or_else(|| id.to_string())
}

/// "Hire based anywhere (remote); your company employs people in the United States."
pub fn where_line(plan: &Plan) -> String {
    let e = &plan.engagement;
    let hire = match &e.hire_country {
        Some(id) => format!("Hire based in {}", country_in_sentence(id)),
        None => "Hire based anywhere (remote)".into(),
    };
    let company = match &e.company_country {
        Some(id) => format!("your company employs people in {}", country_in_sentence(id)),
        None => "your company employs people in none of the listed countries".into(),
    };
    format!("{hire}; {company}.")
}

/// The hours model every option is priced with, in one sentence, from the values in force.
pub fn hours_model(overrides: &KeyMap<f64>) -> String {
    let m = market();
    let v = |id: &str| m.value(id, overrides).map(|u| u.value).unwrap_or_default();
    let (month, week) = (v(ids::HOURS_PER_MONTH), v(ids::HOURS_PER_WEEK));
    let n = plain_number;
    format!(
        "One hours model for every option: a full-time month is {} hours, which is {} weeks of {} hours; part-time is half. Hourly and weekly rates are turned into months with it. Both figures are assumptions you can change below.",
        n(month),
        n(month / week.max(1.0)),
        n(week)
    )
}

/// The country the hire is based in and its time zones ("India: UTC+5:30"), if one is chosen.
pub fn hire_time_zones(plan: &Plan) -> Option<(String, String)> {
    let c = market().country(plan.engagement.hire_country.as_deref()?)?;
    Some((c.name.to_string(), c.time_zones.to_string()))
}

/// A payment made once, at the start of a given month (0 = before the first month).
#[derive(Clone, Debug, PartialEq)]
pub struct OneOff {
    pub label: String,
    pub amount: UsdRange,
    pub month: u32,
    /// Figure id, or "quote" for the founder's own.
    pub figure: String,
}

/// A cost the route may add that is not in its total (a job board's posting fee).
#[derive(Clone, Debug, PartialEq)]
pub struct Extra {
    pub label: String,
    /// "from about $300", "not given in the sources".
    pub text: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetFit {
    NoBudget,
    Fits,
    /// The low end fits, the high end does not.
    Partly,
    Over,
}

/// How the founder would hire through an option: its group on the Costs step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RouteKind {
    /// An employee where the company already employs people, found on job boards.
    EmployeeAtHome,
    /// An employee placed by a platform (Lemon.io).
    Placement,
    /// An employee in a country where the company has no entity: entity or EOR needed.
    EmployeeAbroad,
    VettedPlatform,
    Marketplace,
    DirectContractor,
    Agency,
}

impl RouteKind {
    pub const ALL: [RouteKind; 7] = [
        RouteKind::EmployeeAtHome,
        RouteKind::Placement,
        RouteKind::EmployeeAbroad,
        RouteKind::VettedPlatform,
        RouteKind::Marketplace,
        RouteKind::DirectContractor,
        RouteKind::Agency,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RouteKind::EmployeeAtHome => "Employee, found on job boards",
            RouteKind::Placement => "Employee, placed by a platform",
            RouteKind::EmployeeAbroad => "Employee in another country (entity or EOR needed)",
            RouteKind::VettedPlatform => "Contractor through a vetted platform",
            RouteKind::Marketplace => "Freelancer through a marketplace",
            RouteKind::DirectContractor => "Contractor hired directly",
            RouteKind::Agency => "Agency",
        }
    }

    pub fn serves_employees(self) -> bool {
        matches!(
            self,
            RouteKind::EmployeeAtHome | RouteKind::Placement | RouteKind::EmployeeAbroad
        )
    }

    fn from_quote(r: QuoteRoute) -> RouteKind {
        match r {
            QuoteRoute::Employee => RouteKind::EmployeeAtHome,
            QuoteRoute::VettedPlatform => RouteKind::VettedPlatform,
            QuoteRoute::Marketplace => RouteKind::Marketplace,
            QuoteRoute::DirectContractor => RouteKind::DirectContractor,
            QuoteRoute::Agency => RouteKind::Agency,
        }
    }
}

/// What a trial costs, as its source words it.
#[derive(Clone, Debug, PartialEq)]
pub struct TrialTerms {
    pub days: Option<u32>,
    pub up_to: bool,
    pub billed: TrialBilling,
}

impl TrialTerms {
    /// "14 days, free", "up to 14 days, billed only if you continue".
    pub fn describe(&self) -> String {
        let length = match self.days {
            Some(d) if self.up_to => format!("up to {d} days"),
            Some(d) => format!("{d} days"),
            None => "length not given".into(),
        };
        let billing = match self.billed {
            TrialBilling::Free => "free",
            TrialBilling::IfYouContinue => "billed only if you continue",
            TrialBilling::NotSaid => "terms not given",
        };
        format!("{length}, {billing}")
    }
}

/// Which route an option is: stable across recomputations, and how a founder's picks are
/// stored (`"employee:de"`).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RouteKey {
    /// An employee found through the job boards, in the hire's country.
    JobBoards,
    /// An employee placed by a channel that charges a placement fee.
    Placement(String),
    /// An employee in a country.
    Employee(String),
    /// A contractor through a platform, marketplace or directory.
    Channel(String),
    /// A contractor hired directly in a country.
    Contractor(String),
    /// One of the founder's quotes.
    Quote(String),
}

impl RouteKey {
    /// Reads a stored key; None for one this build does not know.
    pub fn parse(s: &str) -> Option<RouteKey> {
        if s == "jobboards" {
            return Some(RouteKey::JobBoards);
        }
        let (kind, id) = s.split_once(':')?;
        let id = id.to_string();
        Some(match kind {
            "placement" => RouteKey::Placement(id),
            "employee" => RouteKey::Employee(id),
            "channel" => RouteKey::Channel(id),
            "contractor" => RouteKey::Contractor(id),
            "quote" => RouteKey::Quote(id),
            _ => return None,
        })
    }
}

/// Tests name routes as the page writes them.
impl PartialEq<&str> for RouteKey {
    fn eq(&self, other: &&str) -> bool {
        RouteKey::parse(other).as_ref() == Some(self)
    }
}

impl fmt::Display for RouteKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RouteKey::JobBoards => f.write_str("jobboards"),
            RouteKey::Placement(id) => write!(f, "placement:{id}"),
            RouteKey::Employee(id) => write!(f, "employee:{id}"),
            RouteKey::Channel(id) => write!(f, "channel:{id}"),
            RouteKey::Contractor(id) => write!(f, "contractor:{id}"),
            RouteKey::Quote(id) => write!(f, "quote:{id}"),
        }
    }
}

/// One way of filling the role, priced on its source's terms.
#[derive(Clone, Debug, PartialEq)]
pub struct CostOption {
    pub key: RouteKey,
    pub label: String,
    /// The label without the country, for chart rows.
    pub short_label: String,
    pub route: RouteKind,
    pub channel: Option<String>,
    pub country: Option<String>,
    /// The founder's own quote.
    pub your_quote: bool,
    /// The work itself, a month. None when the sources give no price.
    pub monthly: Option<UsdRange>,
    /// Employer costs on top of an employee's salary, kept apart.
    pub overhead_monthly: Option<UsdRange>,
    /// The EOR fee a month, once the founder has set it.
    pub eor_monthly: Option<UsdRange>,
    /// An employee abroad whose EOR fee is not set: the total leaves it out.
    pub eor_missing: bool,
    pub one_offs: Vec<OneOff>,
    pub extras: Vec<Extra>,
    /// Months at the start that are not billed (a free trial).
    pub free_months: f64,
    /// The least that is billed once you go on (a commitment), in months of the monthly price.
    pub committed_months: f64,
    pub total: Option<UsdRange>,
    /// Days until you are introduced to a candidate.
    pub match_days: Option<(u32, u32)>,
    /// Days until the hire.
    pub hire_days: Option<(u32, u32)>,
    /// The hire days are the match plus an assumption, not a source's figure.
    pub hire_days_estimated: bool,
    pub trial: Option<TrialTerms>,
    pub commitment: Option<(u32, CommitmentKind)>,
    /// What a founder must know before choosing it: EOR needed, commitment, no price.
    pub catches: Vec<String>,
    /// Closed channels are listed, never priced.
    pub closed: Option<String>,
    pub budget: BudgetFit,
    pub used: Vec<Used>,
    pub notes: Vec<String>,
}

impl CostOption {
    /// Monthly cost including overhead and any EOR fee set.
    pub fn monthly_all_in(&self) -> Option<UsdRange> {
        let mut m = self.monthly?;
        for extra in [self.overhead_monthly, self.eor_monthly]
            .into_iter()
            .flatten()
        {
            m = m + extra;
        }
        Some(m)
    }

    /// Cumulative cost at the end of months 0..=horizon (0: one-offs due at the start).
    /// A free trial is not billed; a commitment sets the least you pay once you go on.
    pub fn cumulative(&self, horizon: u32) -> Option<Vec<UsdRange>> {
        let monthly = self.monthly_all_in()?;
        let committed = monthly.scale(self.committed_months);
        let mut out = Vec::with_capacity(horizon as usize + 1);
        for month in 0..=horizon {
            let billed = (month as f64 - self.free_months).max(0.0);
            let mut acc = monthly.scale(billed);
            if month > 0 && self.committed_months > 0.0 {
                acc = acc.max(committed);
            }
            for fee in self.one_offs.iter().filter(|f| f.month <= month) {
                acc = acc + fee.amount;
            }
            out.push(acc);
        }
        Some(out)
    }

    pub fn overridden(&self) -> bool {
        self.used.iter().any(|u| u.overridden)
    }

    /// Priced and open: it can be ranked by cost.
    pub fn comparable(&self) -> bool {
        self.total.is_some() && self.closed.is_none()
    }
}

/// The engine's whole answer for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct CostReport {
    pub scenario: Scenario,
    pub options: Vec<CostOption>,
    /// Every figure id used anywhere, with the value used.
    pub used: Vec<Used>,
    /// Problems with the founder's quotes, by quote and field.
    pub quote_errors: Vec<QuoteError>,
}

impl CostReport {
    pub fn option(&self, key: &RouteKey) -> Option<&CostOption> {
        self.options.iter().find(|o| o.key == *key)
    }

    pub fn overrides_used(&self) -> Vec<&Used> {
        self.used.iter().filter(|u| u.overridden).collect()
    }

    /// Priced options, cheapest total first (by the middle of the range).
    pub fn cheapest(&self) -> Vec<&CostOption> {
        let mut v: Vec<_> = self.options.iter().filter(|o| o.comparable()).collect();
        v.sort_by_key(|o| (o.total.map(|t| t.mid()), o.key.clone()));
        v
    }

    /// Options with a time to hire, fastest first (by the low end, then the high end).
    pub fn fastest(&self) -> Vec<&CostOption> {
        let mut v: Vec<_> = self
            .options
            .iter()
            .filter(|o| o.hire_days.is_some() && o.closed.is_none())
            .collect();
        v.sort_by_key(|o| (o.hire_days, o.hire_days_estimated, o.key.clone()));
        v
    }
}

/// Where two options' cumulative costs cross.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crossover {
    /// The first month at whose end the cheaper-so-far option becomes the dearer one.
    pub month: u32,
    pub cheaper_before: RouteKey,
    pub cheaper_after: RouteKey,
}

/// The month from which one option costs less in total than the other, only where the two
/// ranges really cross: one is wholly cheaper at some month and wholly dearer at a later one.
/// Overlapping ranges have no break-even to speak of.
pub fn crossover(a: &CostOption, b: &CostOption, horizon: u32) -> Option<Crossover> {
    let ca = a.cumulative(horizon)?;
    let cb = b.cumulative(horizon)?;
    // -1: a wholly cheaper, 1: a wholly dearer, 0: the ranges overlap.
    let side = |m: usize| {
        if ca[m].high() < cb[m].low() {
            -1
        } else if ca[m].low() > cb[m].high() {
            1
        } else {
            0
        }
    };
    let mut previous = 0;
    let mut last_change = 0usize;
    for m in 0..=horizon as usize {
        let now = side(m);
        if now == 0 {
            continue;
        }
        if previous != 0 && now != previous {
            // The month the middles cross, between the last clear order and this one.
            let mid = |m: usize| (ca[m].mid().0 - cb[m].mid().0).signum();
            let month = (last_change..=m).find(|&k| mid(k) == now).unwrap_or(m);
            let (before, after) = if previous < 0 { (a, b) } else { (b, a) };
            return Some(Crossover {
                month: month as u32,
                cheaper_before: before.key.clone(),
                cheaper_after: after.key.clone(),
            });
        }
        previous = now;
        last_change = m;
    }
    None
}

/// Work out one scenario.
pub fn compute(scenario: &Scenario) -> CostReport {
    Engine {
        m: market(),
        s: scenario,
    }
    .report()
}

struct Engine<'a> {
    m: &'a Market,
    s: &'a Scenario,
}

/// Collects the values an option uses.
struct Uses<'a> {
    m: &'a Market,
    overrides: &'a KeyMap<f64>,
    used: Vec<Used>,
}

impl Uses<'_> {
    /// The value of a figure or assumption. An unknown id is a defect in the data file or the
    /// code: `Market::problems` (run by a test) and the `ids` test rule both out, so it is never read as 0.
    fn get(&mut self, id: &str) -> f64 {
        assert!(self.m.knows(id), "unknown figure id {id}");
        self.try_get(id).unwrap_or_default()
    }

    /// The value, or None for an assumption with no default that the founder has not set.
    fn try_get(&mut self, id: &str) -> Option<f64> {
        let u = self.m.value(id, self.overrides)?;
        let v = u.value;
        if !self.used.iter().any(|x| x.id == u.id) {
            self.used.push(u);
        }
        Some(v)
    }
}

/// One option under construction: `finish` turns it into a `CostOption`.
struct Draft {
    key: RouteKey,
    label: String,
    short_label: String,
    route: RouteKind,
    channel: Option<String>,
    country: Option<String>,
    your_quote: bool,
    monthly: Option<UsdRange>,
    overhead: Option<UsdRange>,
    eor: Option<UsdRange>,
    eor_missing: bool,
    one_offs: Vec<OneOff>,
    extras: Vec<Extra>,
    free_months: f64,
    committed_months: f64,
    match_days: Option<(u32, u32)>,
    hire_days: Option<(u32, u32)>,
    hire_days_estimated: bool,
    trial: Option<TrialTerms>,
    commitment: Option<(u32, CommitmentKind)>,
    catches: Vec<String>,
    closed: Option<String>,
    notes: Vec<String>,
}

impl Draft {
    fn new(key: RouteKey, label: String, route: RouteKind) -> Draft {
        Draft {
            short_label: label.clone(),
            key,
            label,
            route,
            channel: None,
            country: None,
            your_quote: false,
            monthly: None,
            overhead: None,
            eor: None,
            eor_missing: false,
            one_offs: Vec::new(),
            extras: Vec::new(),
            free_months: 0.0,
            committed_months: 0.0,
            match_days: None,
            hire_days: None,
            hire_days_estimated: false,
            trial: None,
            commitment: None,
            catches: Vec::new(),
            closed: None,
            notes: Vec::new(),
        }
    }
}

fn days(lo: f64, hi: f64) -> (u32, u32) {
    let (a, b) = (lo.round().max(0.0) as u32, hi.round().max(0.0) as u32);
    (a.min(b), a.max(b))
}

impl Engine<'_> {
    fn uses(&self) -> Uses<'_> {
        Uses {
            m: self.m,
            overrides: &self.s.overrides,
            used: Vec::new(),
        }
    }

    fn report(&self) -> CostReport {
        let mut options = Vec::new();
        if self.s.employee() {
            options.extend(self.job_boards());
            options.extend(self.placement());
            options.extend(self.employees_abroad());
        } else {
            options.extend(self.platforms());
            options.extend(self.direct_contractors());
        }
        options.extend(self.closed_channels());
        let mut quote_errors = Vec::new();
        for q in self.s.quotes.iter().take(MAX_QUOTES) {
            match self.quote(q) {
                Ok(o) => options.push(o),
                Err(e) => quote_errors.extend(e),
            }
        }
        let mut used: Vec<Used> = Vec::new();
        for o in &options {
            for u in &o.used {
                if !used.iter().any(|x| x.id == u.id) {
                    used.push(u.clone());
                }
            }
        }
        used.sort_by(|a, b| a.id.cmp(&b.id));
        CostReport {
            scenario: self.s.clone(),
            options,
            used,
            quote_errors,
        }
    }

    /// The hours model, stated once: a full-time month is `HOURS_PER_MONTH` hours, which is
    /// that many / `HOURS_PER_WEEK` billed weeks; part-time is half; hourly is the hours a
    /// week times those weeks.
    fn hours_per_month(&self, u: &mut Uses) -> f64 {
        let full = u.get(ids::HOURS_PER_MONTH);
        match self.s.kind {
            EngagementKind::FullTimeEmployee | EngagementKind::FullTimeContractor => full,
            EngagementKind::PartTimeContractor => full / 2.0,
            EngagementKind::Hourly => self.s.hours_per_week * self.weeks_per_month(u),
        }
    }

    fn weeks_per_month(&self, u: &mut Uses) -> f64 {
        u.get(ids::HOURS_PER_MONTH) / u.get(ids::HOURS_PER_WEEK).max(1.0)
    }

    fn factor_id(&self) -> &'static str {
        match self.s.seniority {
            Seniority::Junior => ids::FACTOR_JUNIOR,
            Seniority::Mid => ids::FACTOR_MID,
            Seniority::Senior => ids::FACTOR_SENIOR,
        }
    }

    /// Yearly employee pay in a country for the level: the sources' figure for the level where
    /// there is one, else the all-levels figures times the level factor (an assumption). A
    /// single figure becomes a range by the pay-spread assumption. Never below the floor a
    /// source gives there.
    fn annual_pay(&self, country_id: &str, u: &mut Uses) -> Option<UsdRange> {
        let c = self.m.country(country_id)?;
        let spread = u.get(ids::PAY_SPREAD) / 100.0;
        let widen = |v: f64| (v * (1.0 - spread), v * (1.0 + spread));
        let (mut lo, mut hi) = match c.pay_by_level.get(self.s.seniority) {
            Some(id) => widen(u.get(id)),
            None => {
                let factor = u.get(self.factor_id());
                let median = u.get(c.salary) * factor;
                match &c.pay_second_opinion {
                    Some(id) => {
                        let other = u.get(id) * factor;
                        (median.min(other), median.max(other))
                    }
                    None => widen(median),
                }
            }
        };
        if let Some(floor_id) = &c.pay_floor {
            let floor = u.get(floor_id);
            lo = lo.max(floor);
            hi = hi.max(lo);
        }
        Some(UsdRange::new(Usd::from_f64(lo), Usd::from_f64(hi)))
    }

    /// An employee's monthly pay and employer costs in a country.
    fn employee_costs(&self, country_id: &str, d: &mut Draft, u: &mut Uses) -> Option<UsdRange> {
        let annual = self.annual_pay(country_id, u)?;
        let monthly = annual.scale(1.0 / 12.0);
        if let Some(c) = self.m.country(country_id) {
            let context: Vec<String> = c
                .pay_context
                .iter()
                .filter_map(|id| {
                    let v = u.get(id);
                    let f = self.m.figure(id)?;
                    let bound = f
                        .bound
                        .map(|b| format!("{} ", b.word()))
                        .unwrap_or_default();
                    Some(format!(
                        "{}: {bound}{} ({})",
                        f.label,
                        Usd::from_f64(v).whole(),
                        self.m.short_citation(id)
                    ))
                })
                .collect();
            if !context.is_empty() {
                d.notes
                    .push(format!("For context: {}.", context.join("; ")));
            }
        }
        d.monthly = Some(monthly);
        d.overhead = Some(monthly.scale(u.get(ids::OVERHEAD) / 100.0));
        d.country = Some(country_id.to_string());
        Some(annual)
    }

    /// Whether employing in a country needs an entity or an EOR, and its fee if set.
    fn needs_eor(&self, country_id: &str, d: &mut Draft, u: &mut Uses) {
        if self.s.company_country.as_deref() == Some(country_id) {
            return;
        }
        let name = country_in_sentence(country_id);
        match u.try_get(ids::EOR_FEE) {
            Some(fee) => {
                d.eor = Some(UsdRange::point(Usd::from_f64(fee)));
                d.catches.push(format!(
                    "Needs your own entity in {name} or an employer of record (EOR): your EOR fee is counted."
                ));
            }
            None => {
                d.eor_missing = true;
                d.catches.push(format!(
                    "Needs your own entity in {name} or an employer of record (EOR). The sources give no EOR price and you have not set one, so the total leaves it out."
                ));
            }
        }
    }

    fn job_board_days(&self, u: &mut Uses) -> Option<(u32, u32)> {
        let boards: Vec<_> = self
            .m
            .channels
            .iter()
            .filter(|c| c.closed.is_none() && !c.deal.hire_weeks.is_empty())
            .collect();
        let pairs = boards.first()?.deal.hire_weeks;
        let (mut lo, mut hi) = (f64::MAX, 0.0f64);
        for [a, b] in pairs {
            lo = lo.min(u.get(a));
            hi = hi.max(u.get(b));
        }
        Some(days(lo * 7.0, hi * 7.0))
    }

    /// One route: an employee found on job boards, with each board's posting fee as an extra.
    fn job_boards(&self) -> Option<CostOption> {
        let country = self.s.employee_country()?.to_string();
        let mut u = self.uses();
        let mut d = Draft::new(
            RouteKey::JobBoards,
            format!("Job boards: employee in {}", country_in_sentence(&country)),
            RouteKind::EmployeeAtHome,
        );
        d.short_label = "Job boards".into();
        self.employee_costs(&country, &mut d, &mut u)?;
        if self.s.company_country.as_deref() != Some(country.as_str()) {
            d.route = RouteKind::EmployeeAbroad;
            self.needs_eor(&country, &mut d, &mut u);
        }
        d.hire_days = self.job_board_days(&mut u);
        let mut without_price = Vec::new();
        for ch in self
            .m
            .channels
            .iter()
            .filter(|c| c.closed.is_none() && matches!(c.deal.rate, Rate::Salary))
        {
            match &ch.deal.posting_fee {
                Some(fee) => {
                    let v = u.get(fee);
                    let bound = self
                        .m
                        .figure(fee)
                        .and_then(|f| f.bound)
                        .map(|b| format!("{} ", b.word()))
                        .unwrap_or_default();
                    d.extras.push(Extra {
                        label: ch.name.to_string(),
                        text: format!("posting {bound}{}", Usd::from_f64(v).whole()),
                    });
                }
                None => without_price.push(ch.name),
            }
        }
        if !without_price.is_empty() {
            d.extras.push(Extra {
                label: without_price.join(", "),
                text: "posting price not given in the sources".into(),
            });
        }
        d.notes.push(self.pay_basis_note(&country));
        // The extras above, in one sentence: what each board's posting costs, where given.
        let fees: Vec<String> = d
            .extras
            .iter()
            .map(|e| format!("{}: {}", e.label, e.text))
            .collect();
        if !fees.is_empty() {
            d.catches.push(format!(
                "Posting fees are extra and not in the total ({}).",
                fees.join("; ")
            ));
        }
        Some(self.finish(d, u))
    }

    /// How an employee's pay was worked out, in one sentence.
    fn pay_basis_note(&self, country_id: &str) -> String {
        let Some(c) = self.m.country(country_id) else {
            return String::new();
        };
        let level = Seniority::word(self.s.seniority);
        let mut s = match c.pay_by_level.get(self.s.seniority) {
            Some(id) => format!(
                "Pay: {} for a {level} developer, widened into a range by the pay-spread assumption.",
                self.m.figure(id).map(|f| f.label).unwrap_or_default()
            ),
            None if c.pay_second_opinion.is_some() => format!(
                "Pay: from Glassdoor's median to Indeed's average, times the {level} level factor (an assumption)."
            ),
            None => format!(
                "Pay: the Glassdoor median in {}, times the {level} level factor, widened by the pay-spread assumption (both assumptions).",
                c.name
            ),
        };
        if c.pay_floor.is_some() {
            s.push_str(" Never below the lower end the source gives.");
        }
        s
    }

    fn placement(&self) -> Vec<CostOption> {
        let Some(country) = self.s.employee_country().map(str::to_string) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for ch in self.m.channels.iter().filter(|c| c.closed.is_none()) {
            let Some(pct_id) = &ch.deal.placement_percent else {
                continue;
            };
            let mut u = self.uses();
            let mut d = Draft::new(
                RouteKey::Placement(ch.id.to_string()),
                format!(
                    "{} placement: employee in {}",
                    ch.name,
                    country_in_sentence(&country)
                ),
                RouteKind::Placement,
            );
            d.short_label = format!("{} placement", ch.name);
            d.channel = Some(ch.id.to_string());
            let Some(annual) = self.employee_costs(&country, &mut d, &mut u) else {
                continue;
            };
            if self.s.company_country.as_deref() != Some(country.as_str()) {
                self.needs_eor(&country, &mut d, &mut u);
            }
            let pct = u.get(pct_id);
            d.one_offs.push(OneOff {
                label: format!("Placement fee ({pct}% of annual salary)"),
                amount: annual.scale(pct / 100.0),
                month: 0,
                figure: pct_id.to_string(),
            });
            if let Some(fee) = &ch.deal.upfront_fee {
                if u.get(fee) == 0.0 {
                    d.notes.push("No upfront fee.".into());
                }
            }
            self.match_then_interviews(&ch.deal, &mut d, &mut u);
            d.notes.push(self.pay_basis_note(&country));
            out.push(self.finish(d, u));
        }
        out
    }

    /// Days to match from the source, then the founder's own interviews (an assumption) as the
    /// estimated time to hire, unless the source gives the hire itself.
    fn match_then_interviews(&self, deal: &Deal, d: &mut Draft, u: &mut Uses) {
        if let Some(id) = &deal.match_days {
            let v = u.get(id);
            let up_to = self
                .m
                .figure(id)
                .and_then(|f| f.bound)
                .is_some_and(|b| b == crate::market::Bound::UpTo);
            d.match_days = Some(if up_to { days(0.0, v) } else { days(v, v) });
        }
        match &deal.hire_days {
            Some(id) => {
                let v = u.get(id);
                d.hire_days = Some(days(v, v));
            }
            None => {
                if let Some((lo, hi)) = d.match_days {
                    let interviews = u.get(ids::PLATFORM_INTERVIEW_DAYS).round() as u32;
                    d.hire_days = Some((lo.max(1) + interviews, hi.max(1) + interviews));
                    d.hire_days_estimated = true;
                }
            }
        }
    }

    /// An employee in every other country of the data: an entity or an EOR is needed.
    fn employees_abroad(&self) -> Vec<CostOption> {
        let home = self.s.employee_country();
        self.m
            .countries
            .iter()
            .filter(|c| Some(c.id) != home)
            .filter_map(|c| {
                let mut u = self.uses();
                let route = if self.s.company_country.as_deref() == Some(c.id) {
                    RouteKind::EmployeeAtHome
                } else {
                    RouteKind::EmployeeAbroad
                };
                let mut d = Draft::new(
                    RouteKey::Employee(c.id.to_string()),
                    format!("Employee in {}", c.name),
                    route,
                );
                d.short_label = c.name.to_string();
                self.employee_costs(c.id, &mut d, &mut u)?;
                self.needs_eor(c.id, &mut d, &mut u);
                d.hire_days = self.job_board_days(&mut u);
                d.notes.push(self.pay_basis_note(c.id));
                Some(self.finish(d, u))
            })
            .collect()
    }

    /// Vetted platforms and marketplaces, each on its deal's terms.
    fn platforms(&self) -> Vec<CostOption> {
        self.m
            .channels
            .iter()
            .filter(|c| c.closed.is_none() && c.deal.serves.contains(&Serves::Contractor))
            .map(|ch| {
                let mut u = self.uses();
                let route = match ch.kind {
                    crate::market::ChannelKind::Marketplace => RouteKind::Marketplace,
                    crate::market::ChannelKind::AgencyDirectory => RouteKind::Agency,
                    _ => RouteKind::VettedPlatform,
                };
                let mut d = Draft::new(RouteKey::Channel(ch.id.to_string()), ch.name.to_string(), route);
                d.channel = Some(ch.id.to_string());
                let deal = &ch.deal;
                match &deal.rate {
                    Rate::Package { packages } => self.package(ch.name, packages, &mut d, &mut u),
                    Rate::Weekly { low, high } => {
                        let (lo, hi) = (u.get(low), u.get(high));
                        let full_week = u.get(ids::HOURS_PER_WEEK).max(1.0);
                        let weeks_of_work = self.hours_per_month(&mut u) / full_week;
                        if self.s.kind != EngagementKind::FullTimeContractor {
                            d.notes.push(format!(
                                "The source prices full-time only; this is pro rata to a {}-hour week (an assumption).",
                                plain_number(full_week)
                            ));
                        }
                        d.monthly = Some(UsdRange::new(
                            Usd::from_f64(lo * weeks_of_work),
                            Usd::from_f64(hi * weeks_of_work),
                        ));
                    }
                    Rate::Salary => {}
                    Rate::NotGiven { what } => {
                        d.catches.push(format!(
                            "No price in the sources ({what}). Ask for a quote and add it below as your own."
                        ));
                    }
                }
                if let Some(dep) = &deal.deposit {
                    let v = u.get(dep.amount);
                    let refund = match dep.refund {
                        Refund::Refunded => "refunded later",
                        Refund::Credited => "credited against invoices",
                        Refund::NotSaid => "the source does not say whether it comes back, so it is counted as paid",
                    };
                    d.one_offs.push(OneOff {
                        label: "Deposit, upfront".into(),
                        amount: UsdRange::point(Usd::from_f64(v)),
                        month: 0,
                        figure: dep.amount.to_string(),
                    });
                    d.catches.push(format!("A {} deposit upfront; {refund}.", Usd::from_f64(v).whole()));
                }
                if let Some(t) = &deal.trial {
                    let length = t.days.as_ref().map(|id| u.get(id).round() as u32);
                    let up_to = t
                        .days
                        .as_ref()
                        .and_then(|id| self.m.figure(id))
                        .and_then(|f| f.bound)
                        .is_some_and(|b| b == crate::market::Bound::UpTo);
                    if t.billed == TrialBilling::Free {
                        if let Some(days) = length {
                            let weeks = self.weeks_per_month(&mut u).max(1.0);
                            d.free_months = days as f64 / 7.0 / weeks;
                        }
                    }
                    d.trial = Some(TrialTerms {
                        days: length,
                        up_to,
                        billed: t.billed,
                    });
                }
                if let Some(c) = &deal.commitment {
                    let months = u.get(c.months).round() as u32;
                    d.commitment = Some((months, c.kind));
                    d.committed_months = months as f64;
                    let kind = match c.kind {
                        CommitmentKind::Required => "required",
                        CommitmentKind::Recommended => "recommended",
                    };
                    if let Some(m) = d.monthly {
                        d.catches.push(format!(
                            "A {months}-month initial commitment is {kind}: {} once you go on after the trial, whatever your horizon.",
                            m.scale(months as f64).whole()
                        ));
                    }
                }
                if let Some(id) = &deal.suggested_months {
                    let m = u.get(id).round() as u32;
                    d.notes.push(format!("The source suggests it for a focused {m}-month sprint."));
                }
                self.match_then_interviews(deal, &mut d, &mut u);
                if d.hire_days.is_none() {
                    if let Some(note) = &ch.time_note {
                        d.notes.push(format!("Time to hire: {note}."));
                    }
                }
                self.finish(d, u)
            })
            .collect()
    }

    /// The smallest package that covers the hours; the price for the level.
    fn package(
        &self,
        name: &str,
        packages: &[crate::market::Package],
        d: &mut Draft,
        u: &mut Uses,
    ) {
        let need = self.hours_per_month(u);
        let mut offers: Vec<(f64, &crate::market::Package)> =
            packages.iter().map(|p| (u.get(p.hours), p)).collect();
        offers.sort_by(|a, b| a.0.total_cmp(&b.0));
        let level = self.s.seniority.rocket_tier();
        d.label = format!("{name} {level}");
        d.short_label = d.label.clone();
        match offers.iter().find(|(h, _)| *h + 1e-9 >= need) {
            Some((hours, p)) => {
                let price_id = p.price.get(self.s.seniority).unwrap_or_default();
                let price = u.get(price_id);
                d.monthly = Some(UsdRange::point(Usd::from_f64(price)));
                d.label = format!("{name} {level}, {} package", p.name);
                if *hours > need + 1e-9 {
                    d.catches.push(format!(
                        "Sold in monthly packages: you buy the {} package of {} hours for the {} you need.",
                        p.name,
                        plain_number(*hours),
                        plain_number((need * 10.0).round() / 10.0)
                    ));
                }
            }
            None => {
                let most = offers.last().map(|(h, _)| *h).unwrap_or_default();
                d.catches.push(format!(
                    "{name}'s largest package is {} hours a month; it sells no more than that to one developer.",
                    plain_number(most)
                ));
            }
        }
    }

    /// A contractor hired directly, priced only where a source gives a rate there.
    fn direct_contractors(&self) -> Vec<CostOption> {
        let mut out = Vec::new();
        for c in self.m.countries {
            let Some([lo_id, hi_id]) = &c.contractor_hourly else {
                continue;
            };
            let mut u = self.uses();
            let mut d = Draft::new(
                RouteKey::Contractor(c.id.to_string()),
                format!("Contractor hired directly in {}", c.name),
                RouteKind::DirectContractor,
            );
            d.short_label = format!("Direct, {}", c.name);
            d.country = Some(c.id.to_string());
            let hours = self.hours_per_month(&mut u);
            let (lo, hi) = (u.get(lo_id), u.get(hi_id));
            d.monthly = Some(UsdRange::new(
                Usd::from_f64(lo * hours),
                Usd::from_f64(hi * hours),
            ));
            d.notes.push(format!(
                "${} to ${} an hour × {} hours a month. The range spans experience and city; the source gives no split by level.",
                plain_number(lo),
                plain_number(hi),
                plain_number(hours)
            ));
            d.catches.push(
                "You find, vet and contract them yourself: no platform screening or trial.".into(),
            );
            out.push(self.finish(d, u));
        }
        if let Some(id) = &self.s.hire_country {
            if !out
                .iter()
                .any(|o| o.country.as_deref() == Some(id.as_str()))
            {
                let mut d = Draft::new(
                    RouteKey::Contractor(id.to_string()),
                    format!("Contractor hired directly in {}", country_name(id)),
                    RouteKind::DirectContractor,
                );
                d.short_label = format!("Direct, {}", country_name(id));
                d.country = Some(id.clone());
                d.catches.push(format!(
                    "The sources give no contractor rate for {}: an employee's salary is not a contractor's rate. Add a quote you have.",
                    country_in_sentence(id)
                ));
                out.push(self.finish(d, self.uses()));
            }
        }
        out
    }

    /// Channels the sources list that are no longer open: shown, never priced.
    fn closed_channels(&self) -> Vec<CostOption> {
        self.m
            .channels
            .iter()
            .filter_map(|ch| {
                let why = ch.closed?;
                // A closed job board is still a job board, whatever the engagement.
                let route = match ch.kind {
                    crate::market::ChannelKind::JobBoard => RouteKind::EmployeeAtHome,
                    crate::market::ChannelKind::Marketplace => RouteKind::Marketplace,
                    crate::market::ChannelKind::AgencyDirectory => RouteKind::Agency,
                    crate::market::ChannelKind::VettedFreelance => RouteKind::VettedPlatform,
                };
                let mut d = Draft::new(
                    RouteKey::Channel(ch.id.to_string()),
                    ch.name.to_string(),
                    route,
                );
                d.channel = Some(ch.id.to_string());
                d.closed = Some(why.to_string());
                Some(self.finish(d, self.uses()))
            })
            .collect()
    }

    /// A quote of the founder's own, priced with the same hours model.
    fn quote(&self, q: &Quote) -> Result<CostOption, Vec<QuoteError>> {
        let p = parse_quote(q)?;
        let mut u = self.uses();
        let route = RouteKind::from_quote(q.route);
        let mut d = Draft::new(
            RouteKey::Quote(q.id.clone()),
            q.name.trim().to_string(),
            route,
        );
        d.your_quote = true;
        let per_month = match q.basis {
            RateBasis::Hourly => self.hours_per_month(&mut u),
            RateBasis::Weekly => self.hours_per_month(&mut u) / u.get(ids::HOURS_PER_WEEK).max(1.0),
            RateBasis::Monthly => 1.0,
            RateBasis::Yearly => 1.0 / 12.0,
        };
        let monthly = UsdRange::new(
            Usd::from_f64(p.low * per_month),
            Usd::from_f64(p.high * per_month),
        );
        d.monthly = Some(monthly);
        if q.route == QuoteRoute::Employee {
            d.overhead = Some(monthly.scale(u.get(ids::OVERHEAD) / 100.0));
        }
        if p.one_off > 0.0 {
            d.one_offs.push(OneOff {
                label: "One-off fees (your quote)".into(),
                amount: UsdRange::point(Usd::from_f64(p.one_off)),
                month: 0,
                figure: "quote".into(),
            });
        }
        d.hire_days = p.days_to_hire.map(|x| (x, x));
        if route.serves_employees() != self.s.employee() {
            d.catches.push(format!(
                "A different engagement from yours ({}): not compared in the summary.",
                self.s.kind.noun()
            ));
        }
        Ok(self.finish(d, u))
    }

    fn finish(&self, d: Draft, uses: Uses) -> CostOption {
        let horizon = self.s.horizon_months;
        let mut o = CostOption {
            key: d.key,
            label: d.label,
            short_label: d.short_label,
            route: d.route,
            channel: d.channel,
            country: d.country,
            your_quote: d.your_quote,
            monthly: d.monthly,
            overhead_monthly: d.overhead,
            eor_monthly: d.eor,
            eor_missing: d.eor_missing,
            one_offs: d.one_offs,
            extras: d.extras,
            free_months: d.free_months,
            committed_months: d.committed_months,
            total: None,
            match_days: d.match_days,
            hire_days: d.hire_days,
            hire_days_estimated: d.hire_days_estimated,
            trial: d.trial,
            commitment: d.commitment,
            catches: d.catches,
            closed: d.closed,
            budget: BudgetFit::NoBudget,
            used: uses.used,
            notes: d.notes,
        };
        o.total = o
            .cumulative(horizon)
            .and_then(|c| c.get(horizon as usize).copied());
        o.budget = match (self.s.budget_monthly, o.monthly_all_in()) {
            (None, _) | (_, None) => BudgetFit::NoBudget,
            (Some(b), Some(m)) if m.high() <= b => BudgetFit::Fits,
            (Some(b), Some(m)) if m.low() <= b => BudgetFit::Partly,
            _ => BudgetFit::Over,
        };
        o
    }
}

impl CostReport {
    /// The options to draw over time: the founder's picks that exist, else a default set (the
    /// cheapest and the fastest comparable options, and the founder's quotes).
    pub fn picked(&self, picks: &[String]) -> Vec<&CostOption> {
        let chosen: Vec<_> = picks
            .iter()
            .filter_map(|k| RouteKey::parse(k))
            .filter_map(|k| self.option(&k))
            .filter(|o| o.comparable())
            .collect();
        if !chosen.is_empty() {
            return chosen;
        }
        let mut v: Vec<&CostOption> = Vec::new();
        let fits_kind = |o: &&CostOption| o.route.serves_employees() == self.scenario.employee();
        for o in self
            .cheapest()
            .into_iter()
            .filter(fits_kind)
            .filter(|o| !o.eor_missing)
            .take(2)
            .chain(
                self.fastest()
                    .into_iter()
                    .filter(|o| o.comparable())
                    .filter(fits_kind)
                    .take(1),
            )
            .chain(
                self.options
                    .iter()
                    .filter(|o| o.your_quote && o.comparable()),
            )
        {
            if !v.iter().any(|x| x.key == o.key) {
                v.push(o);
            }
        }
        v
    }

    /// "In short": the cheapest and the fastest routes that fit the engagement (and budget),
    /// each with its catch. Like is compared with like.
    pub fn summary(&self) -> String {
        let employee = self.scenario.employee();
        let same_kind = |o: &&CostOption| o.route.serves_employees() == employee;
        let fits = |o: &&CostOption| matches!(o.budget, BudgetFit::Fits | BudgetFit::NoBudget);
        let over = months(self.scenario.horizon_months);
        let budget = self.scenario.budget_monthly;
        let within = if budget.is_some() {
            " within your budget"
        } else {
            ""
        };
        let kind = self.scenario.kind.noun();
        let priced: Vec<_> = self.cheapest().into_iter().filter(same_kind).collect();
        let known: Vec<_> = priced
            .iter()
            .copied()
            .filter(|o| !o.eor_missing)
            .filter(fits)
            .collect();
        let mut out = match known.first() {
            Some(first) => format!(
                "Cheapest {kind} route{within} with every cost known: {}. {}",
                describe_total(first, &over),
                catch_sentence(first)
            ),
            None => match (budget, priced.first()) {
                (Some(b), Some(o)) => format!(
                    "No {kind} route with every cost known fits a budget of {} a month; the cheapest is {}.",
                    b.whole(),
                    describe_total(o, &over)
                ),
                _ => format!("No {kind} route has a price in the sources for this plan. Add a quote of your own below."),
            },
        };
        // An employee abroad can look cheapest only because its EOR fee is not set.
        if let Some(cheaper) = priced.iter().copied().filter(fits).find(|o| {
            o.eor_missing
                && known
                    .first()
                    .is_none_or(|k| o.total.map(|t| t.mid()) < k.total.map(|t| t.mid()))
        }) {
            out.push_str(&format!(
                " {} looks cheaper, {} over {over}, but that leaves out the EOR fee, which you have not set: it needs an entity or an employer of record there.",
                cheaper.label,
                cheaper.total.map(|t| t.whole()).unwrap_or_default()
            ));
        }
        let fast: Vec<_> = self
            .fastest()
            .into_iter()
            .filter(same_kind)
            .filter(|o| o.monthly.is_none() || fits(o))
            .collect();
        if let Some(f) = fast.first() {
            let (lo, hi) = f.hire_days.unwrap_or_default();
            let how = if f.hire_days_estimated {
                format!(
                    "about {} to hire (a match in {}, then your interviews: an assumption)",
                    days_range(lo, hi),
                    f.match_days
                        .map(|(a, b)| match_words(a, b))
                        .unwrap_or_default()
                )
            } else {
                format!("about {} to hire", days_range(lo, hi))
            };
            out.push_str(&format!(" Fastest: {}, {how}.", f.label));
            if let Some(c) = f.catches.first() {
                out.push_str(&format!(" Catch: {}", c));
            }
        }
        out
    }
}

fn match_words(lo: u32, hi: u32) -> String {
    if lo == 0 {
        format!("under {}", days_range(hi, hi))
    } else {
        days_range(lo, hi)
    }
}

fn catch_sentence(o: &CostOption) -> String {
    match o.catches.first() {
        Some(c) => format!("Catch: {c}"),
        None => String::new(),
    }
}

fn describe_total(o: &CostOption, over: &str) -> String {
    format!(
        "{}, {} a month ({} over {over})",
        o.label,
        o.monthly_all_in().map(|m| m.whole()).unwrap_or_default(),
        o.total.map(|t| t.whole()).unwrap_or_default()
    )
}

/// The pay line of the job ad: a range from the cost model for the level, engagement and
/// location, per year for employees and per hour or month for contractors.
#[derive(Clone, Debug, PartialEq)]
pub struct AdPay {
    pub range: UsdRange,
    pub per: RateBasis,
    /// Where the range comes from, in words ("from Glassdoor's median ... to Indeed's average").
    pub basis: String,
    pub overridden: bool,
}

/// Why the ad has no pay range yet, in words the ad can show in brackets.
pub fn ad_pay(scenario: &Scenario) -> Result<AdPay, String> {
    let engine = Engine {
        m: market(),
        s: scenario,
    };
    let mut u = engine.uses();
    let level = Seniority::word(scenario.seniority);
    if scenario.employee() {
        let Some(country) = scenario.employee_country() else {
            return Err("Choose where the hire is based, or where your company employs people, on the Engagement step".into());
        };
        let range = engine
            .annual_pay(country, &mut u)
            .ok_or_else(|| format!("No pay figure for {}", country_name(country)))?;
        let c = market().country(country);
        let source = match c {
            Some(c) if c.pay_by_level.get(scenario.seniority).is_some() => format!(
                "around {} ({}) for a {level} backend developer in {}",
                market()
                    .figure(c.pay_by_level.get(scenario.seniority).unwrap_or_default())
                    .map(|f| Usd::from_f64(f.value).whole())
                    .unwrap_or_default(),
                market().short_citation(c.pay_by_level.get(scenario.seniority).unwrap_or_default()),
                country_in_sentence(country)
            ),
            Some(c) if c.pay_second_opinion.is_some() => format!(
                "from the median ({}) to the average ({}) for backend developers in {}, for a {level} role",
                market().short_citation(c.salary),
                market().short_citation(c.pay_second_opinion.unwrap_or_default()),
                country_in_sentence(country)
            ),
            Some(c) => format!(
                "around the median for backend developers in {} ({}), for a {level} role",
                country_in_sentence(country),
                market().short_citation(c.salary)
            ),
            None => String::new(),
        };
        return Ok(AdPay {
            range,
            per: RateBasis::Yearly,
            basis: source,
            overridden: u.used.iter().any(|x| x.overridden),
        });
    }
    let per = if scenario.kind == EngagementKind::Hourly {
        RateBasis::Hourly
    } else {
        RateBasis::Monthly
    };
    let hours = engine.hours_per_month(&mut u);
    let scale = if per == RateBasis::Hourly { 1.0 } else { hours };
    // A quote of the founder's own for a contractor hired directly comes first.
    if let Some((q, p)) = scenario
        .quotes
        .iter()
        .filter(|q| q.route == QuoteRoute::DirectContractor)
        .find_map(|q| parse_quote(q).ok().map(|p| (q, p)))
    {
        let hourly = match q.basis {
            RateBasis::Hourly => 1.0,
            RateBasis::Weekly => 1.0 / u.get(ids::HOURS_PER_WEEK).max(1.0),
            RateBasis::Monthly => 1.0 / hours.max(1.0),
            RateBasis::Yearly => 1.0 / (hours.max(1.0) * 12.0),
        };
        return Ok(AdPay {
            range: UsdRange::new(
                Usd::from_f64(p.low * hourly * scale),
                Usd::from_f64(p.high * hourly * scale),
            ),
            per,
            basis: format!("from our quote \"{}\"", q.name.trim()),
            overridden: true,
        });
    }
    let country = scenario.hire_country.as_deref();
    let rated = country
        .and_then(|id| market().country(id))
        .and_then(|c| Some((c, c.contractor_hourly.as_ref()?)));
    match rated {
        Some((c, [lo, hi])) => {
            let (l, h) = (u.get(lo), u.get(hi));
            Ok(AdPay {
                range: UsdRange::new(Usd::from_f64(l * scale), Usd::from_f64(h * scale)),
                per,
                basis: format!(
                    "in line with contractor rates for backend developers in {} ({})",
                    country_in_sentence(c.id),
                    market().short_citation(lo)
                ),
                overridden: u.used.iter().any(|x| x.overridden),
            })
        }
        None => Err(match country {
            Some(id) => format!(
                "Add the rate range: the sources give no contractor rate for {}. Add a quote for a contractor hired directly on the Costs step",
                country_in_sentence(id)
            ),
            None => "Add the rate range: the sources give contractor rates for India only. Choose where the hire is based, or add a quote on the Costs step".into(),
        }),
    }
}

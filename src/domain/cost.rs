//! The cost engine: prices the same role across countries and hiring channels over the
//! founder's horizon, with ranges, one-off fees, employer overhead, budget fit, rankings and
//! break-even months. Every value it uses is reported with its figure id.

use super::market::{market, Market, Pricing, Used};
use super::money::{Usd, UsdRange};
use super::plan::{EngagementKind, Plan, Seniority};
use std::collections::BTreeMap;
use std::fmt;

pub const MAX_HOURS_PER_WEEK: f64 = 80.0;
pub const MAX_HORIZON_MONTHS: u32 = 120;
pub const MAX_MONTHLY_BUDGET: f64 = 10_000_000.0;
/// Where employees are priced when the founder has chosen no country.
pub const DEFAULT_HOME_COUNTRY: &str = "us";

/// An input a person typed that the engine cannot use, with the field it belongs to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputError {
    HoursPerWeek(String),
    Horizon(String),
    Budget(String),
}

impl InputError {
    /// The plan field the message belongs beside.
    pub fn field(&self) -> &'static str {
        match self {
            InputError::HoursPerWeek(_) => "hours_per_week",
            InputError::Horizon(_) => "horizon_months",
            InputError::Budget(_) => "monthly_budget_usd",
        }
    }

    pub fn message(&self) -> &str {
        match self {
            InputError::HoursPerWeek(m) | InputError::Horizon(m) | InputError::Budget(m) => m,
        }
    }
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message())
    }
}

impl std::error::Error for InputError {}

fn parse_number(text: &str) -> Option<f64> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '$' | '_' | ' '))
        .collect();
    cleaned.parse::<f64>().ok().filter(|v| v.is_finite())
}

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
            "{v} hours a week is more than one person can work; enter at most {MAX_HOURS_PER_WEEK}."
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

/// The engine's validated input.
#[derive(Clone, Debug, PartialEq)]
pub struct Scenario {
    pub seniority: Seniority,
    pub kind: EngagementKind,
    /// Used for hourly engagements only; full- and part-time use the sources' monthly hours.
    pub hours_per_week: f64,
    pub horizon_months: u32,
    pub budget_monthly: Option<Usd>,
    pub countries: Vec<String>,
    pub channels: Vec<String>,
    /// Where job-board and placement hires are employed.
    pub home_country: String,
    pub overrides: BTreeMap<String, f64>,
}

impl Scenario {
    /// Reads the plan's engagement fields and prices every country and channel in the market
    /// data; every problem is returned, not just the first.
    pub fn from_plan(plan: &Plan, seniority: Seniority) -> Result<Scenario, Vec<InputError>> {
        let e = &plan.engagement;
        let hours = if e.kind == EngagementKind::Hourly {
            parse_hours_per_week(&e.hours_per_week)
        } else {
            Ok(parse_hours_per_week(&e.hours_per_week).unwrap_or(40.0))
        };
        let horizon = parse_horizon(&e.horizon_months);
        let budget = parse_budget(&e.monthly_budget_usd);
        match (hours, horizon, budget) {
            (Ok(hours_per_week), Ok(horizon_months), Ok(budget_monthly)) => Ok(Scenario {
                seniority,
                kind: e.kind,
                hours_per_week,
                horizon_months,
                budget_monthly,
                countries: market().countries.iter().map(|c| c.id.clone()).collect(),
                channels: market().channels.iter().map(|c| c.id.clone()).collect(),
                home_country: if market().country(&plan.costs.home_country).is_some() {
                    plan.costs.home_country.clone()
                } else {
                    DEFAULT_HOME_COUNTRY.to_string()
                },
                overrides: plan.costs.overrides.clone(),
            }),
            (h, z, b) => Err([h.err(), z.err(), b.err()].into_iter().flatten().collect()),
        }
    }

    /// "Priced for a mid full-time employee, over 12 months."
    pub fn describe(&self) -> String {
        let kind = match self.kind {
            EngagementKind::FullTimeEmployee => "full-time employee",
            EngagementKind::FullTimeContractor => "full-time contractor",
            EngagementKind::PartTimeContractor => "part-time contractor",
            EngagementKind::Hourly => "hourly contractor",
        };
        let hours = if self.kind == EngagementKind::Hourly {
            format!(
                ", {} hours a week",
                super::cost_view::plain_number(self.hours_per_week)
            )
        } else {
            String::new()
        };
        let months = if self.horizon_months == 1 {
            "1 month".to_string()
        } else {
            format!("{} months", self.horizon_months)
        };
        format!(
            "Priced for a {} {kind}{hours}, over {months}.",
            seniority_word(self.seniority)
        )
    }

    pub fn home_country(&self) -> &str {
        &self.home_country
    }
}

/// A payment made once, at the start of a given month (0 = before the first month).
#[derive(Clone, Debug, PartialEq)]
pub struct OneOff {
    pub label: String,
    pub amount: UsdRange,
    pub month: u32,
    pub figure: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BudgetFit {
    NoBudget,
    Fits,
    /// The low end fits, the high end does not.
    Partly,
    Over,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OptionSource {
    Country(String),
    Channel(String),
}

/// One way of filling the role, priced.
#[derive(Clone, Debug, PartialEq)]
pub struct CostOption {
    /// "country:us", "channel:toptal": stable across recomputations.
    pub key: String,
    pub label: String,
    /// The label without the home country, for chart rows ("LinkedIn hire").
    pub short_label: String,
    pub source: OptionSource,
    /// None when the sources give no price for this option.
    pub monthly: Option<UsdRange>,
    /// Employer costs on top of an employee's salary, kept apart.
    pub overhead_monthly: Option<UsdRange>,
    pub one_offs: Vec<OneOff>,
    pub total: Option<UsdRange>,
    pub time_to_hire_days: Option<(u32, u32)>,
    pub trial_days: Option<u32>,
    pub commitment_months: Option<u32>,
    pub budget: BudgetFit,
    pub used: Vec<Used>,
    pub notes: Vec<String>,
}

impl CostOption {
    /// Monthly cost including overhead.
    pub fn monthly_all_in(&self) -> Option<UsdRange> {
        let m = self.monthly?;
        Some(match self.overhead_monthly {
            Some(o) => m + o,
            None => m,
        })
    }

    /// Cumulative cost at the end of months 0..=horizon (0: one-offs due at the start).
    pub fn cumulative(&self, horizon: u32) -> Option<Vec<UsdRange>> {
        let monthly = self.monthly_all_in()?;
        let mut out = Vec::with_capacity(horizon as usize + 1);
        let mut acc = UsdRange::default();
        for month in 0..=horizon {
            if month > 0 {
                acc = acc + monthly;
            }
            for fee in self.one_offs.iter().filter(|f| f.month == month) {
                acc = acc + fee.amount;
            }
            out.push(acc);
        }
        Some(out)
    }

    pub fn overridden(&self) -> bool {
        self.used.iter().any(|u| u.overridden)
    }
}

/// The engine's whole answer for one scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct CostReport {
    pub scenario: Scenario,
    pub options: Vec<CostOption>,
    /// Every figure id used anywhere, with the value used.
    pub used: Vec<Used>,
}

impl CostReport {
    pub fn option(&self, key: &str) -> Option<&CostOption> {
        self.options.iter().find(|o| o.key == key)
    }

    pub fn overrides_used(&self) -> Vec<&Used> {
        self.used.iter().filter(|u| u.overridden).collect()
    }

    /// Priced options, cheapest total first (by the middle of the range).
    pub fn cheapest(&self) -> Vec<&CostOption> {
        let mut v: Vec<_> = self.options.iter().filter(|o| o.total.is_some()).collect();
        v.sort_by_key(|o| (o.total.map(|t| t.mid()), o.key.clone()));
        v
    }

    /// Options with a time to hire, fastest first (by the low end, then the high end).
    pub fn fastest(&self) -> Vec<&CostOption> {
        let mut v: Vec<_> = self
            .options
            .iter()
            .filter(|o| o.time_to_hire_days.is_some())
            .collect();
        v.sort_by_key(|o| (o.time_to_hire_days, o.key.clone()));
        v
    }
}

/// Where two options' cumulative costs cross.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Crossover {
    /// The first month at whose end the cheaper-so-far option becomes the dearer one.
    pub month: u32,
    pub cheaper_before: String,
    pub cheaper_after: String,
}

/// The first month where one option's cumulative cost overtakes the other's (by range
/// midpoints), or None if the order never changes within the horizon.
pub fn crossover(a: &CostOption, b: &CostOption, horizon: u32) -> Option<Crossover> {
    let ca = a.cumulative(horizon)?;
    let cb = b.cumulative(horizon)?;
    let sign = |m: usize| (ca[m].mid().0 - cb[m].mid().0).signum();
    let mut previous = sign(0);
    for m in 1..=horizon as usize {
        let now = sign(m);
        if now != 0 && previous != 0 && now != previous {
            let (before, after) = if previous < 0 { (a, b) } else { (b, a) };
            return Some(Crossover {
                month: m as u32,
                cheaper_before: before.key.clone(),
                cheaper_after: after.key.clone(),
            });
        }
        if now != 0 {
            previous = now;
        }
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
    overrides: &'a BTreeMap<String, f64>,
    used: Vec<Used>,
}

impl Uses<'_> {
    /// The value of a figure or assumption (0 if the data file lacks it: tests forbid that).
    fn get(&mut self, id: &str) -> f64 {
        match self.m.value(id, self.overrides) {
            Some(u) => {
                let v = u.value;
                if !self.used.iter().any(|x| x.id == u.id) {
                    self.used.push(u);
                }
                v
            }
            None => 0.0,
        }
    }
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
        for id in &self.s.countries {
            if let Some(o) = self.country_employee(id) {
                options.push(o);
            }
            if let Some(o) = self.country_hourly(id) {
                options.push(o);
            }
        }
        for id in &self.s.channels {
            if let Some(o) = self.channel(id) {
                options.push(o);
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
        }
    }

    /// Hours a month the engagement buys.
    fn hours_per_month(&self, u: &mut Uses) -> f64 {
        let full = u.get("assume.hours_per_month_full_time");
        match self.s.kind {
            EngagementKind::FullTimeEmployee | EngagementKind::FullTimeContractor => full,
            EngagementKind::PartTimeContractor => full / 2.0,
            EngagementKind::Hourly => self.s.hours_per_week * u.get("assume.weeks_per_month"),
        }
    }

    fn seniority_factor(&self, u: &mut Uses) -> f64 {
        u.get(match self.s.seniority {
            Seniority::Junior => "assume.factor.junior",
            Seniority::Mid => "assume.factor.mid",
            Seniority::Senior => "assume.factor.senior",
        })
    }

    fn job_board_days(&self, u: &mut Uses) -> (u32, u32) {
        let lo = u.get("job_board.weeks_low") * 7.0;
        let hi = u.get("job_board.weeks_high") * 7.0;
        (lo.round() as u32, hi.round() as u32)
    }

    /// Monthly pay and overhead of someone paid a country's salary for this engagement.
    fn salaried(
        &self,
        country_id: &str,
        u: &mut Uses,
    ) -> Option<(UsdRange, Option<UsdRange>, f64)> {
        let country = self.m.country(country_id)?;
        let annual = u.get(&country.salary) * self.seniority_factor(u);
        let share = self.hours_per_month(u) / u.get("assume.hours_per_month_full_time").max(1.0);
        let monthly = UsdRange::point(Usd::from_f64(annual / 12.0 * share));
        let overhead = (self.s.kind == EngagementKind::FullTimeEmployee)
            .then(|| monthly.scale(u.get("assume.employer_overhead") / 100.0));
        Some((monthly, overhead, annual))
    }

    fn country_employee(&self, id: &str) -> Option<CostOption> {
        let country = self.m.country(id)?;
        let mut u = self.uses();
        let (monthly, overhead, _) = self.salaried(id, &mut u)?;
        let employee = self.s.kind == EngagementKind::FullTimeEmployee;
        let mut notes = vec![format!(
            "Median salary in {} adjusted for {} level (an assumption you can edit).",
            country.name,
            seniority_word(self.s.seniority)
        )];
        if !employee {
            notes.push(
                "A contractor priced at the salary-equivalent rate for these hours, without employer costs."
                    .into(),
            );
        }
        let days = self.job_board_days(&mut u);
        Some(self.finish(
            format!("country:{id}"),
            if employee {
                format!("Employee in {}", country.name)
            } else {
                format!("Contractor in {}", country.name)
            },
            OptionSource::Country(id.to_string()),
            Some(monthly),
            overhead,
            Vec::new(),
            Some(days),
            None,
            None,
            u,
            notes,
        ))
    }

    /// The hourly range the sources give for a country (India), for non-employee work.
    fn country_hourly(&self, id: &str) -> Option<CostOption> {
        let country = self.m.country(id)?;
        let (lo_id, hi_id) = (country.hourly_low.as_ref()?, country.hourly_high.as_ref()?);
        if self.s.kind == EngagementKind::FullTimeEmployee {
            return None;
        }
        let mut u = self.uses();
        let hours = self.hours_per_month(&mut u);
        let monthly = UsdRange::new(
            Usd::from_f64(u.get(lo_id) * hours),
            Usd::from_f64(u.get(hi_id) * hours),
        );
        Some(self.finish(
            format!("country-hourly:{id}"),
            format!("Freelancer in {} (hourly rates)", country.name),
            OptionSource::Country(id.to_string()),
            Some(monthly),
            None,
            Vec::new(),
            None,
            None,
            None,
            u,
            vec!["The range spans experience and city; the source gives no split by level.".into()],
        ))
    }

    fn channel(&self, id: &str) -> Option<CostOption> {
        let ch = self.m.channel(id)?;
        let mut u = self.uses();
        let mut notes = Vec::new();
        let mut one_offs = Vec::new();
        let mut overhead = None;
        let key = format!("channel:{id}");
        let trial = ch.trial.as_ref().map(|t| u.get(t).round() as u32);
        let commitment = ch.commitment.as_ref().map(|c| u.get(c).round() as u32);
        let days = match (&ch.time_to_hire_days, &ch.time_to_hire_weeks) {
            (Some([lo, hi]), _) => Some((u.get(lo).round() as u32, u.get(hi).round() as u32)),
            (None, Some([lo, hi])) => Some((
                (u.get(lo) * 7.0).round() as u32,
                (u.get(hi) * 7.0).round() as u32,
            )),
            _ => None,
        };
        let mut label = ch.name.clone();
        let monthly = match ch.pricing {
            Pricing::RocketdevsLevels => {
                let level = match self.s.seniority {
                    Seniority::Junior => "l1",
                    Seniority::Mid => "l2",
                    Seniority::Senior => "l3",
                };
                label = format!("{} {}", ch.name, level.to_uppercase());
                let price = match self.s.kind {
                    EngagementKind::PartTimeContractor => {
                        u.get(&format!("rocketdevs.{level}.part_time"))
                    }
                    EngagementKind::Hourly => {
                        let full = u.get(&format!("rocketdevs.{level}.full_time"));
                        let per_hour = full / u.get("rocketdevs.hours.full_time").max(1.0);
                        notes.push(format!(
                            "Hourly work priced pro rata from the full-time price (${per_hour:.2} an hour)."
                        ));
                        per_hour * self.hours_per_month(&mut u)
                    }
                    _ => u.get(&format!("rocketdevs.{level}.full_time")),
                };
                if self.s.kind == EngagementKind::FullTimeEmployee {
                    notes.push(
                        "A dedicated developer through the platform, not your employee.".into(),
                    );
                }
                Some(UsdRange::point(Usd::from_f64(price)))
            }
            Pricing::ToptalWeekly => {
                let (lo, hi) = (u.get("toptal.weekly_low"), u.get("toptal.weekly_high"));
                let weeks = u.get("assume.weeks_per_month");
                let share = match self.s.kind {
                    EngagementKind::FullTimeEmployee | EngagementKind::FullTimeContractor => 1.0,
                    _ => {
                        notes.push(
                            "The source prices full-time only; part-time and hourly work are pro rata to a 40-hour week (an assumption)."
                                .into(),
                        );
                        self.hours_per_month(&mut u)
                            / (u.get("assume.hours_per_week_full_time").max(1.0) * weeks)
                    }
                };
                one_offs.push(OneOff {
                    label: "Deposit".into(),
                    amount: UsdRange::point(Usd::from_f64(u.get("toptal.deposit"))),
                    month: 0,
                    figure: "toptal.deposit".into(),
                });
                Some(UsdRange::new(
                    Usd::from_f64(lo * weeks * share),
                    Usd::from_f64(hi * weeks * share),
                ))
            }
            Pricing::PlacementFee => {
                if self.s.kind == EngagementKind::FullTimeEmployee {
                    let home = self.s.home_country().to_string();
                    let (monthly, oh, annual) = self.salaried(&home, &mut u)?;
                    overhead = oh;
                    let pct = u.get("lemon.placement_fee");
                    one_offs.push(OneOff {
                        label: format!("Placement fee ({pct}% of annual salary)"),
                        amount: UsdRange::point(Usd::from_f64(annual * pct / 100.0)),
                        month: 0,
                        figure: "lemon.placement_fee".into(),
                    });
                    label = format!("{} placement ({})", ch.name, self.country_name(&home));
                    Some(monthly)
                } else {
                    notes.push("The sources do not give Lemon.io's hourly rates.".into());
                    None
                }
            }
            Pricing::PostingFee | Pricing::NotGiven
                if ch.kind == super::market::ChannelKind::JobBoard =>
            {
                let home = self.s.home_country().to_string();
                let (monthly, oh, _) = self.salaried(&home, &mut u)?;
                overhead = oh;
                label = format!("{} hire ({})", ch.name, self.country_name(&home));
                match &ch.posting_fee {
                    Some(fee) => one_offs.push(OneOff {
                        label: "Job posting".into(),
                        amount: UsdRange::point(Usd::from_f64(u.get(fee))),
                        month: 0,
                        figure: fee.clone(),
                    }),
                    None => notes.push(
                        "The sources give no posting price; only the hire's pay is counted.".into(),
                    ),
                }
                Some(monthly)
            }
            _ => {
                notes.push("The sources give no price for this channel.".into());
                None
            }
        };
        Some(self.finish(
            key,
            label,
            OptionSource::Channel(id.to_string()),
            monthly,
            overhead,
            one_offs,
            days,
            trial,
            commitment,
            u,
            notes,
        ))
    }

    fn country_name(&self, id: &str) -> String {
        self.m
            .country(id)
            .map(|c| c.name.clone())
            .unwrap_or_else(|| id.to_string())
    }

    #[allow(clippy::too_many_arguments)]
    fn finish(
        &self,
        key: String,
        label: String,
        source: OptionSource,
        monthly: Option<UsdRange>,
        overhead_monthly: Option<UsdRange>,
        one_offs: Vec<OneOff>,
        time_to_hire_days: Option<(u32, u32)>,
        trial_days: Option<u32>,
        commitment_months: Option<u32>,
        uses: Uses,
        notes: Vec<String>,
    ) -> CostOption {
        let horizon = self.s.horizon_months as i64;
        let all_in = monthly.map(|m| match overhead_monthly {
            Some(o) => m + o,
            None => m,
        });
        let total = all_in.map(|m| {
            one_offs
                .iter()
                .filter(|f| f.month as i64 <= horizon)
                .fold(m * horizon, |acc, f| acc + f.amount)
        });
        let budget = match (self.s.budget_monthly, all_in) {
            (None, _) | (_, None) => BudgetFit::NoBudget,
            (Some(b), Some(m)) if m.high() <= b => BudgetFit::Fits,
            (Some(b), Some(m)) if m.low() <= b => BudgetFit::Partly,
            _ => BudgetFit::Over,
        };
        let short_label = match label.find(" (") {
            Some(i) if matches!(source, OptionSource::Channel(_)) => label[..i].to_string(),
            _ => label.clone(),
        };
        CostOption {
            key,
            label,
            short_label,
            source,
            monthly,
            overhead_monthly,
            one_offs,
            total,
            time_to_hire_days,
            trial_days,
            commitment_months,
            budget,
            used: uses.used,
            notes,
        }
    }
}

impl CostReport {
    /// The options to draw over time: the founder's picks that exist, else a default set
    /// (an employee at home and the priced vetted platforms).
    pub fn picked(&self, picks: &[String]) -> Vec<&CostOption> {
        let chosen: Vec<_> = picks
            .iter()
            .filter_map(|k| self.option(k))
            .filter(|o| o.total.is_some())
            .collect();
        if !chosen.is_empty() {
            return chosen;
        }
        let home = format!("country:{}", self.scenario.home_country);
        [
            home.as_str(),
            "channel:rocketdevs",
            "channel:toptal",
            "channel:lemon",
        ]
        .iter()
        .filter_map(|k| self.option(k))
        .filter(|o| o.total.is_some())
        .collect()
    }

    /// One or two sentences: the cheapest and the fastest options that fit the budget.
    pub fn summary(&self) -> String {
        let fits = |o: &&CostOption| matches!(o.budget, BudgetFit::Fits | BudgetFit::NoBudget);
        let horizon = self.scenario.horizon_months;
        let months = if horizon == 1 {
            "1 month".to_string()
        } else {
            format!("{horizon} months")
        };
        let budget = self.scenario.budget_monthly;
        let within = if budget.is_some() {
            " within your budget"
        } else {
            ""
        };
        let cheap: Vec<_> = self.cheapest().into_iter().filter(fits).collect();
        let mut out = match cheap.as_slice() {
            [] => match budget {
                Some(b) => format!(
                    "No priced option fits a budget of {} a month; the cheapest is {}.",
                    b.whole(),
                    self.cheapest()
                        .first()
                        .map(|o| describe_total(o, &months))
                        .unwrap_or_else(|| "not known".into())
                ),
                None => "No option has a price in the sources for this engagement.".into(),
            },
            [only] => format!(
                "The cheapest option{within} is {}.",
                describe_total(only, &months)
            ),
            [first, second, ..] => {
                let (a, b) = (
                    first.total.unwrap_or_default().mid(),
                    second.total.unwrap_or_default().mid(),
                );
                format!(
                    "The cheapest option{within} is {}, about {} less than {}.",
                    describe_total(first, &months),
                    Usd(b.0 - a.0).whole(),
                    second.label
                )
            }
        };
        let fast: Vec<_> = self.fastest().into_iter().filter(fits).collect();
        if let Some(f) = fast.first() {
            let (lo, hi) = f.time_to_hire_days.unwrap_or_default();
            let days = days_range(lo, hi);
            out.push_str(&format!(
                " The fastest{within} is {}: about {days} to hire or match.",
                f.label
            ));
        }
        out
    }
}

fn describe_total(o: &CostOption, months: &str) -> String {
    format!(
        "{} at {} a month ({} over {months})",
        o.label,
        o.monthly_all_in().map(|m| m.whole()).unwrap_or_default(),
        o.total.map(|t| t.whole()).unwrap_or_default()
    )
}

/// "1 day", "2 days", "21–42 days".
pub fn days_range(lo: u32, hi: u32) -> String {
    match (lo, hi) {
        (1, 1) => "1 day".to_string(),
        (lo, hi) if lo == hi => format!("{lo} days"),
        (lo, hi) => format!("{lo}–{hi} days"),
    }
}

pub fn seniority_word(s: Seniority) -> &'static str {
    match s {
        Seniority::Junior => "junior",
        Seniority::Mid => "mid",
        Seniority::Senior => "senior",
    }
}

//! Market data: every figure from the source articles, compiled in from `data/market.json`,
//! each with its unit, source and date; and the assumptions the engine needs, labelled as such.
//! (Just over 600 lines: the data's types and their lookups belong together; `catalog.rs` and
//! `ids.rs` hold the rest.)

pub mod catalog;

use crate::plan::Seniority;
use crate::text::keymap::KeyMap;

/// Text in the data file, compiled in.
pub type Str = &'static str;
/// A list in the data file, compiled in.
pub type List<T> = &'static [T];

#[derive(Clone, Debug)]
pub struct Market {
    pub format: Str,
    pub version: u32,
    pub compiled: Str,
    pub sources: List<Source>,
    pub figures: List<Figure>,
    pub assumptions: List<Assumption>,
    pub countries: List<Country>,
    pub regions_without_figures: List<RegionNote>,
    pub channels: List<Channel>,
}

#[derive(Clone, Debug)]
pub struct Source {
    pub id: Str,
    pub file: Str,
    pub title: Str,
    pub publisher: Str,
    pub date: Str,
    pub url: Option<Str>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    UsdPerYear,
    UsdPerMonth,
    UsdPerWeek,
    UsdPerHour,
    UsdOnce,
    HoursPerMonth,
    HoursPerWeek,
    WeeksPerMonth,
    Days,
    Weeks,
    Months,
    Percent,
    PercentOfAnnualSalary,
    Developers,
    Ratio,
    Count,
    Words,
}

impl Unit {
    /// How the unit reads after a value ("$/year", "days").
    pub fn suffix(self) -> &'static str {
        match self {
            Unit::UsdPerYear => "per year",
            Unit::UsdPerMonth => "per month",
            Unit::UsdPerWeek => "per week",
            Unit::UsdPerHour => "per hour",
            Unit::UsdOnce => "once",
            Unit::HoursPerMonth => "hours a month",
            Unit::HoursPerWeek => "hours a week",
            Unit::WeeksPerMonth => "weeks a month",
            Unit::Days => "days",
            Unit::Weeks => "weeks",
            Unit::Months => "months",
            Unit::Percent => "%",
            Unit::PercentOfAnnualSalary => "% of annual salary",
            Unit::Developers => "developers",
            Unit::Ratio => "× median",
            Unit::Count => "at most",
            Unit::Words => "words",
        }
    }

    pub fn is_money(self) -> bool {
        self.money_per().is_some()
    }

    /// For an amount of money, what it is per, as a short suffix ("/mo"; "" for a one-off);
    /// None for a unit that is not money.
    pub fn money_per(self) -> Option<&'static str> {
        match self {
            Unit::UsdPerYear => Some("/yr"),
            Unit::UsdPerMonth => Some("/mo"),
            Unit::UsdPerWeek => Some("/wk"),
            Unit::UsdPerHour => Some("/h"),
            Unit::UsdOnce => Some(""),
            Unit::HoursPerMonth
            | Unit::HoursPerWeek
            | Unit::WeeksPerMonth
            | Unit::Days
            | Unit::Weeks
            | Unit::Months
            | Unit::Percent
            | Unit::PercentOfAnnualSalary
            | Unit::Developers
            | Unit::Ratio
            | Unit::Count
            | Unit::Words => None,
        }
    }
}

/// How a source words a figure: "from" or "over" (a floor), "up to" (a ceiling) or "about".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Bound {
    From,
    Over,
    UpTo,
    About,
}

impl Bound {
    pub fn word(self) -> &'static str {
        match self {
            Bound::From => "from",
            Bound::Over => "over",
            Bound::UpTo => "up to",
            Bound::About => "about",
        }
    }
}

/// A figure printed in one of the source articles.
#[derive(Clone, Debug)]
pub struct Figure {
    pub id: Str,
    pub label: Str,
    pub value: f64,
    pub unit: Unit,
    /// Id of the article it is printed in.
    pub source: Str,
    /// The data provider the article cites (Glassdoor, Indeed), if any.
    pub cites: Option<Str>,
    pub as_of: Str,
    /// The sentence the figure is printed in, verbatim (a native test checks it).
    pub quote: Str,
    pub bound: Option<Bound>,
    pub note: Option<Str>,
}

/// Which part of the planner an assumption feeds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Area {
    Cost,
    Timeline,
    JobAd,
}

impl Area {
    pub fn label(self) -> &'static str {
        match self {
            Area::Cost => "Costs",
            Area::Timeline => "Timeline",
            Area::JobAd => "Job-ad checks",
        }
    }
}

/// A figure the engine needs that no source gives: labelled, reasoned, editable. `None` is an
/// assumption with no default: nothing is counted until the founder sets it.
#[derive(Clone, Debug)]
pub struct Assumption {
    pub id: Str,
    pub label: Str,
    pub value: Option<f64>,
    pub unit: Unit,
    pub area: Area,
    pub reasoning: Str,
}

/// A figure id for each level, where the sources give one.
#[derive(Clone, Debug, Default)]
pub struct ByLevel {
    pub junior: Option<Str>,
    pub mid: Option<Str>,
    pub senior: Option<Str>,
}

impl ByLevel {
    /// No figure for any level (a country whose sources give none).
    pub const EMPTY: ByLevel = ByLevel {
        junior: None,
        mid: None,
        senior: None,
    };

    pub fn get(&self, level: Seniority) -> Option<&str> {
        match level {
            Seniority::Junior => self.junior,
            Seniority::Mid => self.mid,
            Seniority::Senior => self.senior,
        }
        .filter(|s| !s.is_empty())
    }

    fn ids(&self) -> impl Iterator<Item = &Str> + '_ {
        self.junior.iter().chain(&self.mid).chain(&self.senior)
    }
}

#[derive(Clone, Debug)]
pub struct Country {
    pub id: Str,
    pub name: Str,
    /// The ISO 4217 code of the country's currency (general knowledge, not from a source):
    /// the job ad's pay is shown in it where the founder gives a rate.
    pub currency: Str,
    /// Figure id of the median annual salary (all levels).
    pub salary: Str,
    /// A second all-levels figure from another source: employee pay spans the two.
    pub pay_second_opinion: Option<Str>,
    /// Employee pay figures the sources give for a level.
    pub pay_by_level: ByLevel,
    /// The lowest pay the sources give there: no employee is priced below it.
    pub pay_floor: Option<Str>,
    /// Other pay figures for the country, shown beside its employee routes for context.
    pub pay_context: List<Str>,
    /// Low and high hourly rate of a contractor hired directly there, where a source gives one.
    pub contractor_hourly: Option<[Str; 2]>,
    pub region: Str,
    pub time_zones: Str,
}

#[derive(Clone, Debug)]
pub struct RegionNote {
    pub name: Str,
    pub note: Str,
    pub source: Str,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ChannelKind {
    JobBoard,
    VettedFreelance,
    Marketplace,
    AgencyDirectory,
}

impl ChannelKind {
    pub fn label(self) -> &'static str {
        match self {
            ChannelKind::JobBoard => "Job board",
            ChannelKind::VettedFreelance => "Vetted platform",
            ChannelKind::Marketplace => "Freelance marketplace",
            ChannelKind::AgencyDirectory => "Agency directory",
        }
    }
}

/// Whom a channel finds: employees for your payroll, or contractors.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Serves {
    Employee,
    Contractor,
}

/// One package a platform sells: hours a month, at a price per level.
#[derive(Clone, Debug)]
pub struct Package {
    pub name: Str,
    pub hours: Str,
    pub price: ByLevel,
}

/// How a channel charges for the work itself.
#[derive(Clone, Debug)]
pub enum Pricing {
    /// Monthly packages of fixed hours; you buy the smallest that covers your hours.
    Package {
        packages: List<Package>,
        /// What the channel calls its tier for each level ("L2"), where it names them.
        tiers: ByLevel,
    },
    /// A weekly range for a full-time freelancer.
    Weekly { low: Str, high: Str },
    /// The hire is your employee, paid a salary where they are based.
    Salary,
    /// The sources give no price: `what` says which.
    NotGiven { what: Str },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TrialBilling {
    /// Not billed at all.
    Free,
    /// Billed if you go on with the developer, not billed if you stop.
    IfYouContinue,
    /// The source names a trial but not its terms.
    NotSaid,
}

#[derive(Clone, Debug)]
pub struct Trial {
    pub days: Option<Str>,
    pub billed: TrialBilling,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CommitmentKind {
    Required,
    Recommended,
}

#[derive(Clone, Debug)]
pub struct Commitment {
    pub months: Str,
    pub kind: CommitmentKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refund {
    Refunded,
    Credited,
    NotSaid,
}

#[derive(Clone, Debug)]
pub struct Deposit {
    pub amount: Str,
    pub refund: Refund,
}

/// A channel's terms, as its source states them.
#[derive(Clone, Debug)]
pub struct Deal {
    pub serves: List<Serves>,
    pub rate: Pricing,
    pub trial: Option<Trial>,
    pub commitment: Option<Commitment>,
    pub deposit: Option<Deposit>,
    pub posting_fee: Option<Str>,
    pub posting_fee_note: Option<Str>,
    /// Placement fee, as a percentage of the employee's annual salary.
    pub placement_percent: Option<Str>,
    pub upfront_fee: Option<Str>,
    pub suggested_months: Option<Str>,
    /// Days until you are introduced to a candidate (not yet hired).
    pub match_days: Option<Str>,
    /// Days until the hire, where the source gives it.
    pub hire_days: Option<Str>,
    /// Low and high weeks to hire, one pair per source.
    pub hire_weeks: List<[Str; 2]>,
}

impl Deal {
    fn ids(&self) -> Vec<&Str> {
        let mut v: Vec<&Str> = Vec::new();
        match &self.rate {
            Pricing::Package { packages, .. } => {
                for p in packages.iter() {
                    v.push(&p.hours);
                    v.extend(p.price.ids());
                }
            }
            Pricing::Weekly { low, high } => v.extend([low, high]),
            Pricing::Salary | Pricing::NotGiven { .. } => {}
        }
        v.extend(self.trial.iter().filter_map(|t| t.days.as_ref()));
        v.extend(self.commitment.iter().map(|c| &c.months));
        v.extend(self.deposit.iter().map(|d| &d.amount));
        v.extend(
            self.posting_fee
                .iter()
                .chain(&self.placement_percent)
                .chain(&self.upfront_fee)
                .chain(&self.suggested_months)
                .chain(&self.match_days)
                .chain(&self.hire_days),
        );
        v.extend(self.hire_weeks.iter().flatten());
        v
    }
}

#[derive(Clone, Debug)]
pub struct Channel {
    pub id: Str,
    pub name: Str,
    pub kind: ChannelKind,
    /// Why the channel is no longer open, if it is not.
    pub closed: Option<Str>,
    pub deal: Deal,
    pub time_note: Option<Str>,
    pub good_for: List<Str>,
    pub bad_for: List<Str>,
    pub sources: List<Str>,
}

/// One value the engine used, where it came from, and whether the founder replaced it.
#[derive(Clone, Debug, PartialEq)]
pub struct Used {
    pub id: String,
    pub value: f64,
    pub overridden: bool,
}

include!(concat!(env!("OUT_DIR"), "/market_data.rs"));

/// The market data (`data/market.json`, made into statics by `build.rs`). Its ids are checked by
/// `Market::problems`, which a native test runs: an unknown id never reaches a user.
pub fn market() -> &'static Market {
    &MARKET
}

/// Whether the data has this country. Reads the id list only (`COUNTRY_IDS`), not `MARKET`:
/// the plan's edits and checks run in the first screen's module, which then carries no texts.
pub fn is_country(id: &str) -> bool {
    COUNTRY_IDS.contains(&id)
}

/// Whether the data has this channel (the id list only, as `is_country`).
pub fn is_channel(id: &str) -> bool {
    CHANNEL_IDS.contains(&id)
}

/// A figure's or assumption's base value: None for an unknown id, `Some(None)` for an
/// assumption with no default (the id list only, as `is_country`).
pub fn base_of(id: &str) -> Option<Option<f64>> {
    BASE_VALUES.iter().find(|(i, _)| *i == id).map(|(_, v)| *v)
}

impl Market {
    pub fn figure(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }

    pub fn assumption(&self, id: &str) -> Option<&Assumption> {
        self.assumptions.iter().find(|a| a.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id == id)
    }

    pub fn country(&self, id: &str) -> Option<&Country> {
        self.countries.iter().find(|c| c.id == id)
    }

    pub fn channel(&self, id: &str) -> Option<&Channel> {
        self.channels.iter().find(|c| c.id == id)
    }

    /// Whether the id names a figure or an assumption in the data file.
    pub fn knows(&self, id: &str) -> bool {
        self.figure(id).is_some() || self.assumption(id).is_some()
    }

    /// The base value of a figure or assumption, before overrides (None: unknown, or an
    /// assumption with no default).
    pub fn base_value(&self, id: &str) -> Option<f64> {
        self.figure(id)
            .map(|f| f.value)
            .or_else(|| self.assumption(id).and_then(|a| a.value))
    }

    pub fn unit(&self, id: &str) -> Option<Unit> {
        self.figure(id)
            .map(|f| f.unit)
            .or_else(|| self.assumption(id).map(|a| a.unit))
    }

    /// A value with the founder's override applied (finite, non-negative overrides only).
    /// None for an unknown id, or an assumption with no default that the founder has not set.
    pub fn value(&self, id: &str, overrides: &KeyMap<f64>) -> Option<Used> {
        if !self.knows(id) {
            return None;
        }
        let base = self.base_value(id);
        match overrides.get(id) {
            Some(&v) if v.is_finite() && v >= 0.0 => Some(Used {
                id: id.to_string(),
                value: v,
                overridden: Some(v) != base,
            }),
            _ => base.map(|value| Used {
                id: id.to_string(),
                value,
                overridden: false,
            }),
        }
    }

    /// The sentence a figure is printed in; None for assumptions.
    pub fn quote(&self, id: &str) -> Option<&str> {
        self.figure(id).map(|f| f.quote)
    }

    /// "Toptal, Hire Back-end Developers (June 2026), citing Glassdoor, July 2025".
    pub fn citation(&self, id: &str) -> String {
        if let Some(f) = self.figure(id) {
            let src = self.source(f.source);
            let article = src
                .map(|s| format!("{} ({}, {})", s.title, s.publisher, s.date))
                .unwrap_or_else(|| f.source.to_string());
            match &f.cites {
                Some(c) => format!("{c}, {}, via \"{article}\"", f.as_of),
                None => format!("\"{article}\""),
            }
        } else if self.assumption(id).is_some() {
            "Assumption (not in the sources): edit it to match your case".to_string()
        } else {
            "unknown figure".to_string()
        }
    }

    /// "Glassdoor, July 2025" or "RocketDevs, undated": for narrow table cells.
    pub fn short_citation(&self, id: &str) -> String {
        match self.figure(id) {
            Some(f) => match &f.cites {
                Some(c) => format!("{c}, {}", f.as_of),
                None => match self.source(f.source) {
                    Some(s) if !s.publisher.starts_with("not named") => {
                        format!("{}, {}", s.publisher, s.date)
                    }
                    Some(s) => format!("\u{201c}{}\u{201d}, {}", s.title, s.date),
                    None => f.source.to_string(),
                },
            },
            None if self.assumption(id).is_some() => "Assumption".into(),
            None => "unknown".into(),
        }
    }

    /// Everything wrong with the data file; empty when it is sound.
    pub fn problems(&self) -> Vec<String> {
        let mut out = Vec::new();
        let mut seen = std::collections::BTreeSet::new();
        for f in self.figures {
            if !seen.insert(f.id) {
                out.push(format!("duplicate id {}", f.id));
            }
            if self.source(f.source).is_none() {
                out.push(format!("{}: unknown source {}", f.id, f.source));
            }
            if f.as_of.trim().is_empty() {
                out.push(format!("{}: no date", f.id));
            }
            if !f.value.is_finite() || f.value < 0.0 {
                out.push(format!("{}: bad value", f.id));
            }
        }
        for a in self.assumptions {
            if !seen.insert(a.id) {
                out.push(format!("duplicate id {}", a.id));
            }
            if a.reasoning.trim().len() < 20 {
                out.push(format!("{}: assumption without reasoning", a.id));
            }
            if !a.id.starts_with("assume.") {
                out.push(format!("{}: assumption ids start with assume.", a.id));
            }
        }
        for f in self.figures {
            if f.quote.trim().is_empty() {
                out.push(format!("{}: no quote", f.id));
            }
        }
        let mut refs: Vec<(String, &str)> = Vec::new();
        for c in self.countries {
            refs.push((c.id.to_string(), c.salary));
            for r in c
                .pay_second_opinion
                .iter()
                .chain(&c.pay_floor)
                .chain(c.pay_by_level.ids())
                .chain(c.pay_context.iter())
                .chain(c.contractor_hourly.iter().flatten())
            {
                refs.push((c.id.to_string(), r));
            }
        }
        for ch in self.channels {
            for r in ch.deal.ids() {
                refs.push((ch.id.to_string(), r));
            }
            for s in ch.sources {
                if self.source(s).is_none() {
                    out.push(format!("{}: unknown source {s}", ch.id));
                }
            }
            if ch.deal.serves.is_empty() {
                out.push(format!("{}: serves no engagement", ch.id));
            }
            if let Pricing::Package { packages, .. } = &ch.deal.rate {
                for p in packages.iter() {
                    for level in [Seniority::Junior, Seniority::Mid, Seniority::Senior] {
                        if p.price.get(level).is_none() {
                            out.push(format!(
                                "{}: package {} has no {level:?} price",
                                ch.id, p.name
                            ));
                        }
                    }
                }
            }
        }
        for (owner, r) in refs {
            if !self.knows(r) {
                out.push(format!("{owner}: refers to unknown figure {r}"));
            }
        }
        for r in self.regions_without_figures {
            if self.source(r.source).is_none() {
                out.push(format!("region {}: unknown source", r.name));
            }
        }
        out
    }
}

/// The ids of the assumptions and figures the engine reads by name (tests resolve each).
pub mod ids;

#[cfg(test)]
mod tests;

impl Country {
    /// The country's currency; None would be a data error, which a test rules out.
    pub fn currency(&self) -> Option<crate::text::currency::Currency> {
        crate::text::currency::Currency::from_code(self.currency)
    }
}

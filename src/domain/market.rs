//! Market data: every figure from the source articles, compiled in from `data/market.json`,
//! each with its unit, source and date; and the assumptions the engine needs, labelled as such.

use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

/// The data file, compiled into the binary.
pub const MARKET_JSON: &str = include_str!("../../data/market.json");

#[derive(Clone, Debug, Deserialize)]
pub struct Market {
    pub format: String,
    pub version: u32,
    pub compiled: String,
    pub sources: Vec<Source>,
    pub figures: Vec<Figure>,
    pub assumptions: Vec<Assumption>,
    pub countries: Vec<Country>,
    pub regions_without_figures: Vec<RegionNote>,
    pub channels: Vec<Channel>,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Source {
    pub id: String,
    pub file: String,
    pub title: String,
    pub publisher: String,
    pub date: String,
    #[serde(default)]
    pub url: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
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
        }
    }

    pub fn is_money(self) -> bool {
        matches!(
            self,
            Unit::UsdPerYear
                | Unit::UsdPerMonth
                | Unit::UsdPerWeek
                | Unit::UsdPerHour
                | Unit::UsdOnce
        )
    }
}

/// A figure printed in one of the source articles.
#[derive(Clone, Debug, Deserialize)]
pub struct Figure {
    pub id: String,
    pub label: String,
    pub value: f64,
    pub unit: Unit,
    /// Id of the article it is printed in.
    pub source: String,
    /// The data provider the article cites (Glassdoor, Indeed), if any.
    #[serde(default)]
    pub cites: Option<String>,
    pub as_of: String,
    #[serde(default)]
    pub note: Option<String>,
}

/// A figure the engine needs that no source gives: labelled, reasoned, editable.
#[derive(Clone, Debug, Deserialize)]
pub struct Assumption {
    pub id: String,
    pub label: String,
    pub value: f64,
    pub unit: Unit,
    pub reasoning: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Country {
    pub id: String,
    pub name: String,
    /// Figure id of the median annual salary.
    pub salary: String,
    #[serde(default)]
    pub hourly_low: Option<String>,
    #[serde(default)]
    pub hourly_high: Option<String>,
    pub region: String,
}

#[derive(Clone, Debug, Deserialize)]
pub struct RegionNote {
    pub name: String,
    pub note: String,
    pub source: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
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
            ChannelKind::VettedFreelance => "Vetted freelance platform",
            ChannelKind::Marketplace => "Freelance marketplace",
            ChannelKind::AgencyDirectory => "Agency directory",
        }
    }
}

/// How a channel's price is worked out.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pricing {
    /// Monthly price per RocketDevs level (L1/L2/L3), full- or part-time.
    RocketdevsLevels,
    /// A weekly range for a full-time freelancer plus a deposit.
    ToptalWeekly,
    /// An employee's salary plus a placement fee as a share of annual salary.
    PlacementFee,
    /// An employee's salary plus a one-off posting fee.
    PostingFee,
    /// The sources give no price.
    NotGiven,
}

#[derive(Clone, Debug, Deserialize)]
pub struct Channel {
    pub id: String,
    pub name: String,
    pub kind: ChannelKind,
    pub pricing: Pricing,
    #[serde(default)]
    pub posting_fee: Option<String>,
    #[serde(default)]
    pub trial: Option<String>,
    #[serde(default)]
    pub commitment: Option<String>,
    /// Figure ids of the low and high time to hire, in days.
    #[serde(default)]
    pub time_to_hire_days: Option<[String; 2]>,
    /// Figure ids of the low and high time to hire, in weeks.
    #[serde(default)]
    pub time_to_hire_weeks: Option<[String; 2]>,
    #[serde(default)]
    pub time_note: Option<String>,
    pub good_for: Vec<String>,
    pub bad_for: Vec<String>,
    pub sources: Vec<String>,
}

/// One value the engine used, where it came from, and whether the founder replaced it.
#[derive(Clone, Debug, PartialEq)]
pub struct Used {
    pub id: String,
    pub value: f64,
    pub overridden: bool,
}

/// The market data, parsed once.
pub fn market() -> &'static Market {
    static MARKET: OnceLock<Market> = OnceLock::new();
    // The file is compiled in and checked by tests, so a parse failure is a build defect.
    MARKET.get_or_init(|| serde_json::from_str(MARKET_JSON).expect("data/market.json is valid"))
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

    /// The base value of a figure or assumption, before overrides.
    pub fn base_value(&self, id: &str) -> Option<f64> {
        self.figure(id)
            .map(|f| f.value)
            .or_else(|| self.assumption(id).map(|a| a.value))
    }

    pub fn unit(&self, id: &str) -> Option<Unit> {
        self.figure(id)
            .map(|f| f.unit)
            .or_else(|| self.assumption(id).map(|a| a.unit))
    }

    /// A value with the founder's override applied (finite, non-negative overrides only).
    pub fn value(&self, id: &str, overrides: &BTreeMap<String, f64>) -> Option<Used> {
        let base = self.base_value(id)?;
        Some(match overrides.get(id) {
            Some(&v) if v.is_finite() && v >= 0.0 => Used {
                id: id.to_string(),
                value: v,
                overridden: v != base,
            },
            _ => Used {
                id: id.to_string(),
                value: base,
                overridden: false,
            },
        })
    }

    /// "Toptal, Hire Back-end Developers (June 2026), citing Glassdoor, July 2025".
    pub fn citation(&self, id: &str) -> String {
        if let Some(f) = self.figure(id) {
            let src = self.source(&f.source);
            let article = src
                .map(|s| format!("{} ({}, {})", s.title, s.publisher, s.date))
                .unwrap_or_else(|| f.source.clone());
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
                None => match self.source(&f.source) {
                    Some(s) if !s.publisher.starts_with("not named") => {
                        format!("{}, {}", s.publisher, s.date)
                    }
                    Some(s) => format!("\u{201c}{}\u{201d}, {}", s.title, s.date),
                    None => f.source.clone(),
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
        for f in &self.figures {
            if !seen.insert(f.id.as_str()) {
                out.push(format!("duplicate id {}", f.id));
            }
            if self.source(&f.source).is_none() {
                out.push(format!("{}: unknown source {}", f.id, f.source));
            }
            if f.as_of.trim().is_empty() {
                out.push(format!("{}: no date", f.id));
            }
            if !f.value.is_finite() || f.value < 0.0 {
                out.push(format!("{}: bad value", f.id));
            }
        }
        for a in &self.assumptions {
            if !seen.insert(a.id.as_str()) {
                out.push(format!("duplicate id {}", a.id));
            }
            if a.reasoning.trim().len() < 20 {
                out.push(format!("{}: assumption without reasoning", a.id));
            }
            if !a.id.starts_with("assume.") {
                out.push(format!("{}: assumption ids start with assume.", a.id));
            }
        }
        let mut refs: Vec<(String, &str)> = Vec::new();
        for c in &self.countries {
            refs.push((c.id.clone(), &c.salary));
            refs.extend(c.hourly_low.iter().map(|r| (c.id.clone(), r.as_str())));
            refs.extend(c.hourly_high.iter().map(|r| (c.id.clone(), r.as_str())));
        }
        for ch in &self.channels {
            for r in ch.posting_fee.iter().chain(&ch.trial).chain(&ch.commitment) {
                refs.push((ch.id.clone(), r));
            }
            for pair in ch.time_to_hire_days.iter().chain(&ch.time_to_hire_weeks) {
                refs.extend(pair.iter().map(|r| (ch.id.clone(), r.as_str())));
            }
            for s in &ch.sources {
                if self.source(s).is_none() {
                    out.push(format!("{}: unknown source {s}", ch.id));
                }
            }
            if ch.pricing == Pricing::PostingFee && ch.posting_fee.is_none() {
                out.push(format!("{}: posting-fee pricing without a fee", ch.id));
            }
        }
        for (owner, r) in refs {
            if self.base_value(r).is_none() {
                out.push(format!("{owner}: refers to missing figure {r}"));
            }
        }
        for r in &self.regions_without_figures {
            if self.source(&r.source).is_none() {
                out.push(format!("region {}: unknown source", r.name));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_data_file_parses_and_is_sound() {
        let m = market();
        assert_eq!(m.format, "hireplan-market");
        assert_eq!(m.problems(), Vec::<String>::new());
    }

    #[test]
    fn every_figure_has_a_source_with_publisher_and_date() {
        let m = market();
        for f in &m.figures {
            let s = m.source(&f.source).unwrap();
            assert!(!s.publisher.is_empty() && !s.date.is_empty(), "{}", f.id);
            assert!(!f.as_of.is_empty(), "{}", f.id);
        }
    }

    #[test]
    fn overrides_apply_and_are_reported() {
        let m = market();
        let mut o = BTreeMap::new();
        assert_eq!(m.value("salary.us.median", &o).unwrap().value, 115000.0);
        o.insert("salary.us.median".to_string(), 120000.0);
        let used = m.value("salary.us.median", &o).unwrap();
        assert_eq!(used.value, 120000.0);
        assert!(used.overridden);
        // Nonsense overrides are ignored rather than poisoning every total.
        o.insert("salary.us.median".to_string(), f64::NAN);
        assert!(!m.value("salary.us.median", &o).unwrap().overridden);
        o.insert("salary.us.median".to_string(), -5.0);
        assert_eq!(m.value("salary.us.median", &o).unwrap().value, 115000.0);
    }

    #[test]
    fn citations_name_article_publisher_and_date() {
        let m = market();
        let c = m.citation("salary.de.median");
        assert!(
            c.contains("Glassdoor") && c.contains("July 2025") && c.contains("Toptal"),
            "{c}"
        );
        assert!(m
            .citation("assume.employer_overhead")
            .starts_with("Assumption"));
    }
}

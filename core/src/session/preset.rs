//! An embed's presets: short query parameters in its address that set where it starts, how it
//! looks and what it shows. The Share step's builder writes them; the embed (and the planner,
//! opened from an embed's "Open in Hireplan") reads them.
//!
//! | parameter | values | default |
//! |---|---|---|
//! | `embed` | `costs`, `plan`, `chart` | (the planner) |
//! | `chart` | `month` (monthly cost by route), `time` (cost over time) | `month` |
//! | `level` | `junior`, `mid`, `senior` | the plan's recommendation |
//! | `eng` | `employee`, `contractor`, `part-time`, `hourly` | `employee` |
//! | `hire`, `co` | a country id: where the hire and the company are | `us` |
//! | `horizon` | months to total the costs over, 1 to 120 | 12 |
//! | `hours` | hours a week, 1 to 80 (hourly work) | 40 |
//! | `theme` | `light`, `dark`, `auto` (the reader's system) | `auto` |
//! | `cur`, `rate`, `rated` | a currency code, units per US dollar, the rate's date | US dollars |
//! | `cash`, `burn`, `cashd` | the company's cash, its monthly burn (whole units of `cur`), and the cash figure's date | none: no runway |
//! | `view` | `compact`, `full` | `full` |
//! | `lock` | `1`: readers cannot change the starting values | off |
//!
//! Reading never fails: an unknown parameter is ignored, and a value that is unknown, out of
//! range or malformed leaves that setting at its default. Values are matched against fixed
//! lists or read as numbers and dates, so nothing from the address reaches the page as text.

use crate::codec::EmbedKind;
pub use crate::cost::view::chart::ChartKind;
use crate::cost::{parse_horizon, parse_hours_per_week};
use crate::market::market;
use crate::plan::{EngagementKind, FinanceField, Plan, Seniority};
use crate::session::edit::PlanEdit;
use crate::text::currency::{parse_rate, Currency};
use crate::text::format::{parse_iso_date, DateStyle};
use chrono::NaiveDate;

/// The embed's colours.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// The reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub fn slug(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The company's cash figures an embed shows a runway from: whole units of the display
/// currency, and the day the cash figure was true.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CashFigures {
    pub cash: u64,
    pub burn: u64,
    pub date: NaiveDate,
}

/// Every preset. `Default` is an embed of the cost calculator with nothing set.
#[derive(Clone, Debug, PartialEq)]
pub struct Presets {
    pub kind: EmbedKind,
    pub chart: ChartKind,
    pub level: Option<Seniority>,
    pub engagement: Option<EngagementKind>,
    pub hire: Option<&'static str>,
    pub company: Option<&'static str>,
    pub months: Option<u32>,
    pub hours: Option<u32>,
    pub theme: Theme,
    /// The display currency, with its rate (units per dollar, as written) and the rate's date.
    pub currency: Option<(Currency, String, NaiveDate)>,
    pub cash: Option<CashFigures>,
    pub compact: bool,
    pub lock: bool,
}

impl Default for Presets {
    fn default() -> Presets {
        Presets {
            kind: EmbedKind::Costs,
            chart: ChartKind::Month,
            level: None,
            engagement: None,
            hire: None,
            company: None,
            months: None,
            hours: None,
            theme: Theme::Auto,
            currency: None,
            cash: None,
            compact: false,
            lock: false,
        }
    }
}

/// Most digits a cash or burn figure may have (under a trillion).
const MAX_AMOUNT_DIGITS: usize = 12;

fn amount(text: &str) -> Option<u64> {
    (!text.is_empty()
        && text.len() <= MAX_AMOUNT_DIGITS
        && text.bytes().all(|b| b.is_ascii_digit()))
    .then(|| text.parse().ok())
    .flatten()
}

fn country(id: &str) -> Option<&'static str> {
    market().country(id).map(|c| c.id)
}

impl Presets {
    /// Reads `location.search` (with or without its `?`). `today` bounds the dates: a rate or
    /// cash figure cannot be dated in the future.
    pub fn parse(search: &str, today: NaiveDate) -> Presets {
        let pairs: Vec<(&str, &str)> = search
            .trim_start_matches('?')
            .split('&')
            .filter_map(|p| p.split_once('='))
            .collect();
        // The first of a repeated parameter counts.
        let get = |key: &str| pairs.iter().find(|(k, _)| *k == key).map(|(_, v)| *v);
        let past_date = |key: &str| {
            get(key)
                .and_then(parse_iso_date)
                .filter(|d| *d <= today)
                .unwrap_or(today)
        };
        let mut p = Presets {
            kind: match get("embed") {
                Some("plan") => EmbedKind::Plan,
                Some("chart") => EmbedKind::Chart,
                _ => EmbedKind::Costs,
            },
            chart: ChartKind::ALL
                .into_iter()
                .find(|c| get("chart") == Some(c.slug()))
                .unwrap_or_default(),
            level: get("level").and_then(Seniority::from_slug),
            engagement: get("eng").and_then(EngagementKind::from_slug),
            hire: get("hire").and_then(country),
            company: get("co").and_then(country),
            months: get("horizon").and_then(|t| parse_horizon(t).ok()),
            hours: get("hours")
                .and_then(|t| parse_hours_per_week(t).ok())
                .filter(|h| h.fract() == 0.0)
                .map(|h| h as u32),
            theme: Theme::ALL
                .into_iter()
                .find(|t| get("theme") == Some(t.slug()))
                .unwrap_or_default(),
            compact: get("view") == Some("compact"),
            lock: get("lock") == Some("1"),
            ..Presets::default()
        };
        if let (Some(c), Some(rate)) = (get("cur").and_then(Currency::from_code), get("rate")) {
            let date = past_date("rated");
            let iso = crate::text::format::date(date, DateStyle::Iso);
            let plain = rate.bytes().all(|b| b.is_ascii_digit() || b == b'.');
            if c != Currency::Usd && plain && parse_rate(c, rate, &iso, today).is_ok() {
                p.currency = Some((c, rate.to_string(), date));
            }
        }
        if let (Some(cash), Some(burn)) =
            (get("cash").and_then(amount), get("burn").and_then(amount))
        {
            p.cash = Some(CashFigures {
                cash,
                burn,
                date: past_date("cashd"),
            });
        }
        p
    }

    /// The query string (no `?`) that reads back as these presets: defaults left out.
    /// `embed`: whether it names the embed and its look (an embed's address) or only the
    /// starting values (the planner's, for "Open in Hireplan"; the company's cash never goes
    /// there).
    pub fn query(&self, embed: bool) -> String {
        let mut out: Vec<(&str, String)> = Vec::new();
        if embed {
            out.push(("embed", self.kind.slug().into()));
            if self.kind == EmbedKind::Chart && self.chart != ChartKind::Month {
                out.push(("chart", self.chart.slug().into()));
            }
        }
        let plan_values = !embed || self.kind != EmbedKind::Plan;
        if plan_values {
            let mut put = |k, v: Option<String>| {
                if let Some(v) = v {
                    out.push((k, v));
                }
            };
            put("level", self.level.map(|l| l.slug().into()));
            put("eng", self.engagement.map(|e| e.slug().into()));
            put("hire", self.hire.map(Into::into));
            put("co", self.company.map(Into::into));
            put("horizon", self.months.map(|m| m.to_string()));
            put("hours", self.hours.map(|h| h.to_string()));
            if let Some((c, rate, date)) = &self.currency {
                out.push(("cur", c.code().into()));
                out.push(("rate", rate.clone()));
                out.push(("rated", crate::text::format::date(*date, DateStyle::Iso)));
            }
        }
        if embed {
            if self.theme != Theme::Auto {
                out.push(("theme", self.theme.slug().into()));
            }
            if let (Some(c), true) = (self.cash, plan_values) {
                out.push(("cash", c.cash.to_string()));
                out.push(("burn", c.burn.to_string()));
                out.push(("cashd", crate::text::format::date(c.date, DateStyle::Iso)));
            }
            if self.compact {
                out.push(("view", "compact".into()));
            }
            if self.lock {
                out.push(("lock", "1".into()));
            }
        }
        out.iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("&")
    }

    /// Whether any starting value is set (the planner opens a new plan from them).
    pub fn sets_plan(&self) -> bool {
        self.level.is_some()
            || self.engagement.is_some()
            || self.hire.is_some()
            || self.company.is_some()
            || self.months.is_some()
            || self.hours.is_some()
            || self.currency.is_some()
            || self.cash.is_some()
    }

    /// The named edits that put these starting values into a new plan.
    pub fn edits(&self) -> Vec<PlanEdit> {
        let mut out = Vec::new();
        if let Some(l) = self.level {
            out.push(PlanEdit::Level(Some(l)));
        }
        if let Some(k) = self.engagement {
            out.push(PlanEdit::Kind(k));
        }
        if let Some(h) = self.hire {
            out.push(PlanEdit::HireCountry(Some(h.into())));
        }
        if let Some(c) = self.company {
            out.push(PlanEdit::CompanyCountry(Some(c.into())));
        }
        if let Some(m) = self.months {
            out.push(PlanEdit::Horizon(m.to_string()));
        }
        if let Some(h) = self.hours {
            out.push(PlanEdit::HoursPerWeek(h.to_string()));
        }
        let finance = |field, text: String| PlanEdit::Finance { field, text };
        let iso = |d| crate::text::format::date(d, DateStyle::Iso);
        if let Some((c, rate, date)) = &self.currency {
            out.push(finance(FinanceField::Rate(*c), rate.clone()));
            out.push(finance(FinanceField::RateDate(*c), iso(*date)));
            out.push(PlanEdit::DisplayCurrency(*c));
        }
        if let Some(c) = self.cash {
            out.push(finance(FinanceField::Cash, c.cash.to_string()));
            out.push(finance(FinanceField::Burn, c.burn.to_string()));
            out.push(finance(FinanceField::CashDate, iso(c.date)));
        }
        out
    }

    /// Puts these starting values into `plan` (a new one: an embed's, or the planner's when
    /// it is opened from an embed). An edit a plan refuses leaves its value as it was.
    pub fn apply_to(&self, plan: &mut Plan) {
        for e in self.edits() {
            let _ = plan.apply(e);
        }
    }

    /// A plan's own starting values ("Use this plan's values"), with its currency and rate
    /// where the plan shows another currency, and its cash figures where it has them and they
    /// are in that currency. The look (`kind`, `theme`, ...) stays as it was.
    pub fn with_plan(&self, plan: &Plan, today: NaiveDate) -> Presets {
        let e = &plan.engagement;
        let whole = |t: &str| {
            crate::text::format::parse_number(t)
                .filter(|v| v.fract() == 0.0)
                .map(|v| v as u32)
        };
        let mut from = String::new();
        let mut add = |k: &str, v: &str| {
            if !v.is_empty() {
                from.push_str(&format!("{k}={v}&"));
            }
        };
        let f = &plan.finances;
        let c = f.display();
        add("level", crate::role::seniority::effective(plan).slug());
        add("eng", e.kind.slug());
        add("hire", e.hire_country.as_deref().unwrap_or_default());
        add("co", e.company_country.as_deref().unwrap_or_default());
        add(
            "horizon",
            &whole(&e.horizon_months)
                .map(|m| m.to_string())
                .unwrap_or_default(),
        );
        add(
            "hours",
            &whole(&e.hours_per_week)
                .map(|m| m.to_string())
                .unwrap_or_default(),
        );
        add("cur", c.code());
        let rate = crate::text::format::parse_number(f.text(FinanceField::Rate(c)));
        add(
            "rate",
            &rate
                .map(crate::text::format::plain_number)
                .unwrap_or_default(),
        );
        add("rated", f.text(FinanceField::RateDate(c)));
        let units = |field| {
            crate::text::format::parse_number(f.text(field))
                .filter(|v| *v >= 0.0 && v.fract() == 0.0 && f.currency_of(field) == c)
                .map(|v| (v as u64).to_string())
                .unwrap_or_default()
        };
        add("cash", &units(FinanceField::Cash));
        add("burn", &units(FinanceField::Burn));
        add("cashd", f.text(FinanceField::CashDate));
        let read = Presets::parse(&from, today);
        Presets {
            level: read.level,
            engagement: read.engagement,
            hire: read.hire,
            company: read.company,
            months: read.months,
            hours: read.hours,
            currency: read.currency,
            cash: read.cash,
            ..self.clone()
        }
    }
}

#[cfg(test)]
mod tests;

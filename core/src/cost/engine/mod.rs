//! The cost engine: prices every route the founder can take to fill the role, each on its own
//! source's terms (packages, commitments, trials, deposits, fees, "from" and "up to"), over the
//! founder's horizon, with one hours model for all. Every value it uses is reported by id. The
//! routes themselves are built in `routes`; this file holds what they share.

pub mod input;
pub mod option;
pub mod pay;
mod routes;

use crate::cost::engine::input::{parse_quote, QuoteError, Scenario};
use crate::cost::engine::option::{
    BudgetFit, Catch, CostOption, CostReport, Extra, Note, OneOff, OneOffKind, PayBasis, RouteKind,
    TrialTerms,
};
use crate::market::{ids, market, CommitmentKind, Deal, Market, Used};
use crate::plan::{EngagementKind, Quote, QuoteRoute, RateBasis, RouteKey, Seniority, MAX_QUOTES};
use crate::text::keymap::KeyMap;
use crate::text::money::{Usd, UsdRange};

/// Work out one scenario.
pub fn compute(scenario: &Scenario) -> CostReport {
    Engine {
        m: market(),
        s: scenario,
    }
    .report()
}

pub(super) struct Engine<'a> {
    pub(super) m: &'static Market,
    pub(super) s: &'a Scenario,
}

/// Collects the values an option uses.
pub(super) struct Uses<'a> {
    m: &'a Market,
    overrides: &'a KeyMap<f64>,
    pub(super) used: Vec<Used>,
}

impl Uses<'_> {
    /// The value of a figure or assumption. An unknown id is a defect in the data file or the
    /// code: `Market::problems` (run by a test) and the `ids` test rule both out, so it is never read as 0.
    pub(super) fn get(&mut self, id: &str) -> f64 {
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
    catches: Vec<Catch>,
    closed: Option<String>,
    notes: Vec<Note>,
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
    pub(super) fn uses(&self) -> Uses<'_> {
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
        crate::text::order::sort_by(&mut used, |a, b| a.id.cmp(&b.id));
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
    pub(super) fn hours_per_month(&self, u: &mut Uses) -> f64 {
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
    pub(super) fn annual_pay(&self, country_id: &str, u: &mut Uses) -> Option<UsdRange> {
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
            let context: Vec<(&'static str, f64)> = c
                .pay_context
                .iter()
                .filter(|id| self.m.figure(id).is_some())
                .map(|id| (*id, u.get(id)))
                .collect();
            if !context.is_empty() {
                d.notes.push(Note::PayContext(context));
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
        let fee = u.try_get(ids::EOR_FEE);
        match fee {
            Some(fee) => d.eor = Some(UsdRange::point(Usd::from_f64(fee))),
            None => d.eor_missing = true,
        }
        d.catches.push(Catch::Eor {
            country: country_id.to_string(),
            fee_set: fee.is_some(),
        });
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

    /// How an employee's pay was worked out.
    fn pay_basis_note(&self, country_id: &str) -> Option<Note> {
        let c = self.m.country(country_id)?;
        let basis = match (c.pay_by_level.get(self.s.seniority), c.pay_second_opinion) {
            (Some(figure), _) => PayBasis::ForTheLevel { figure },
            (None, Some(average)) => PayBasis::MedianToAverage {
                median: c.salary,
                average,
            },
            (None, None) => PayBasis::Median { median: c.salary },
        };
        Some(Note::Pay {
            country: c.id,
            level: self.s.seniority,
            basis,
            floor: c.pay_floor.is_some(),
        })
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

    /// A quote of the founder's own, priced with the same hours model.
    fn quote(&self, q: &Quote) -> Result<CostOption, Vec<QuoteError>> {
        let p = parse_quote(q, &self.s.finances)?;
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
                kind: OneOffKind::YourQuote,
                amount: UsdRange::point(Usd::from_f64(p.one_off)),
                month: 0,
                figure: "quote".into(),
            });
        }
        d.hire_days = p.days_to_hire.map(|x| (x, x));
        if route.serves_employees() != self.s.employee() {
            d.catches.push(Catch::OtherEngagement { kind: self.s.kind });
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

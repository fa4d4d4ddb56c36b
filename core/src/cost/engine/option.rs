//! What the cost engine answers: each route priced on its terms (`CostOption`), the report
//! over all of them, and where two routes' running totals cross. Facts only: `words` and
//! `view` say them.

use crate::market::{Bound, CommitmentKind, Refund, TrialBilling, Used};
use crate::plan::{EngagementKind, QuoteRoute, RouteKey, Seniority};
use crate::text::money::{Usd, UsdRange};

use crate::cost::engine::input::{QuoteError, Scenario};

/// What a one-off payment is for.
#[derive(Clone, Debug, PartialEq)]
pub enum OneOffKind {
    /// A placement fee, as a percentage of the annual salary.
    PlacementFee { percent: f64 },
    /// A deposit paid upfront.
    Deposit,
    /// The one-off fees of a quote of the founder's own.
    YourQuote,
}

/// A payment made once, at the start of a given month (0 = before the first month).
#[derive(Clone, Debug, PartialEq)]
pub struct OneOff {
    pub kind: OneOffKind,
    pub amount: UsdRange,
    pub month: u32,
    /// Figure id, or "quote" for the founder's own.
    pub figure: String,
}

/// A cost the route may add that is not in its total: job boards' posting fees.
#[derive(Clone, Debug, PartialEq)]
pub struct Extra {
    /// The boards it is for, by name (several where none gives a price).
    pub label: String,
    /// The posting fee as its source bounds it ("from"), or None where the sources give none.
    pub posting: Option<(Option<Bound>, Usd)>,
}

/// What a founder must know before choosing a route: facts, worded by `words`.
#[derive(Clone, Debug, PartialEq)]
pub enum Catch {
    /// Each board's posting fee (or that none is given): extra, not in the total.
    PostingFees(Vec<Extra>),
    /// An employee in a country where the company has no entity; `fee_set`: the founder's EOR
    /// fee is counted, else the total leaves it out.
    Eor { country: String, fee_set: bool },
    /// A deposit upfront, and what becomes of it.
    Deposit { amount: Usd, refund: Refund },
    /// The least billed once you go on after the trial, whatever the horizon.
    Commitment {
        months: u32,
        kind: CommitmentKind,
        amount: UsdRange,
    },
    /// The sources give no price; what is missing, as the data says it.
    NoPrice { what: &'static str },
    /// Sold in monthly packages: the one bought has more hours than needed.
    LargerPackage {
        package: &'static str,
        hours: f64,
        need: f64,
    },
    /// The largest package has fewer hours than needed.
    PackageTooSmall { channel: &'static str, most: f64 },
    /// A contractor hired directly: no platform screens them or offers a trial.
    FindThemYourself,
    /// The sources give no contractor rate for the country.
    NoContractorRate { country: String },
    /// A quote of the founder's for another engagement than the plan's.
    OtherEngagement { kind: EngagementKind },
}

/// How an employee's pay was worked out.
#[derive(Clone, Debug, PartialEq)]
pub enum PayBasis {
    /// A source's figure for the level, widened by the pay-spread assumption.
    ForTheLevel { figure: &'static str },
    /// From one source's median to another's average, times the level factor.
    MedianToAverage {
        median: &'static str,
        average: &'static str,
    },
    /// One source's median, times the level factor, widened by the pay-spread assumption.
    Median { median: &'static str },
}

/// What a founder may want to know about a route, beside its price: facts, worded by `words`.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// Other pay figures for the country: (figure id, value in force).
    PayContext(Vec<(&'static str, f64)>),
    /// How the pay was worked out; `floor`: never below a source's lower end.
    Pay {
        country: &'static str,
        level: Seniority,
        basis: PayBasis,
        floor: bool,
    },
    NoUpfrontFee,
    /// A source that prices full-time only, pro rata to a full week of this many hours.
    ProRata {
        full_week: f64,
    },
    /// The source suggests a focused sprint of this many months.
    Sprint {
        months: u32,
    },
    /// The source's words on time to hire, where it gives no figure.
    TimeNote(&'static str),
    /// A contractor's hourly range times the hours a month.
    HourlyRate {
        low: f64,
        high: f64,
        hours: f64,
    },
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
    /// An employee placed by a channel that charges a placement fee.
    Placement,
    /// An employee in a country where the company has no entity: entity or EOR needed.
    EmployeeAbroad,
    VettedPlatform,
    Marketplace,
    DirectContractor,
    Agency,
}

impl RouteKind {
    /// How a channel of the data is hired through: each kind of channel mapped once, here.
    pub fn of_channel(kind: crate::market::ChannelKind) -> RouteKind {
        use crate::market::ChannelKind;
        match kind {
            ChannelKind::JobBoard => RouteKind::EmployeeAtHome,
            ChannelKind::Marketplace => RouteKind::Marketplace,
            ChannelKind::AgencyDirectory => RouteKind::Agency,
            ChannelKind::VettedFreelance => RouteKind::VettedPlatform,
        }
    }

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

    pub(crate) fn from_quote(r: QuoteRoute) -> RouteKind {
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
    pub catches: Vec<Catch>,
    /// Closed channels are listed, never priced.
    pub closed: Option<String>,
    pub budget: BudgetFit,
    pub used: Vec<Used>,
    pub notes: Vec<Note>,
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
    /// Whether a route hires where the plan's hire is based: anywhere when no country is
    /// chosen, and a route tied to no country (a platform, a quote) hires anywhere.
    pub fn based_there(&self, o: &CostOption) -> bool {
        match (&self.scenario.hire_country, &o.country) {
            (Some(hire), Some(at)) => hire == at,
            (None, _) | (_, None) => true,
        }
    }

    pub fn option(&self, key: &RouteKey) -> Option<&CostOption> {
        self.options.iter().find(|o| o.key == *key)
    }

    pub fn overrides_used(&self) -> Vec<&Used> {
        self.used.iter().filter(|u| u.overridden).collect()
    }

    /// Priced options, cheapest total first (by the middle of the range).
    pub fn cheapest(&self) -> Vec<&CostOption> {
        let mut v: Vec<_> = self.options.iter().filter(|o| o.comparable()).collect();
        crate::text::order::sort_by_key(&mut v, |o| (o.total.map(|t| t.mid()), o.key.clone()));
        v
    }

    /// Options with a time to hire, fastest first (by the low end, then the high end).
    pub fn fastest(&self) -> Vec<&CostOption> {
        let mut v: Vec<_> = self
            .options
            .iter()
            .filter(|o| o.hire_days.is_some() && o.closed.is_none())
            .collect();
        crate::text::order::sort_by_key(&mut v, |o| {
            (o.hire_days, o.hire_days_estimated, o.key.clone())
        });
        v
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
}

/// What the cheapest route for the plan is, if any is known.
#[derive(Clone, Debug, PartialEq)]
pub enum Cheapest<'a> {
    /// The cheapest route of the plan's engagement with every cost known (within the budget).
    Known(&'a CostOption),
    /// None with every cost known fits the budget; the cheapest priced one.
    OverBudget {
        budget: Usd,
        cheapest: &'a CostOption,
    },
    /// No route of the plan's engagement has a price.
    NonePriced,
}

/// "In short", as facts: the cheapest and the fastest routes that fit the engagement (and the
/// budget). Like is compared with like. `words` says it.
#[derive(Clone, Debug, PartialEq)]
pub struct InShort<'a> {
    pub kind: EngagementKind,
    pub horizon_months: u32,
    pub budget: Option<Usd>,
    pub cheapest: Cheapest<'a>,
    /// An employee abroad that looks cheaper only because its EOR fee is not set.
    pub before_eor: Option<&'a CostOption>,
    pub fastest: Option<&'a CostOption>,
}

impl CostReport {
    pub fn in_short(&self) -> InShort<'_> {
        let employee = self.scenario.employee();
        // Like with like: the plan's engagement, where the hire is based.
        let same_kind =
            |o: &&CostOption| o.route.serves_employees() == employee && self.based_there(o);
        let fits = |o: &&CostOption| matches!(o.budget, BudgetFit::Fits | BudgetFit::NoBudget);
        let budget = self.scenario.budget_monthly;
        let priced: Vec<_> = self.cheapest().into_iter().filter(same_kind).collect();
        let known = priced.iter().copied().filter(|o| !o.eor_missing).find(fits);
        let cheapest = match (known, budget, priced.first()) {
            (Some(o), _, _) => Cheapest::Known(o),
            (None, Some(budget), Some(o)) => Cheapest::OverBudget {
                budget,
                cheapest: o,
            },
            _ => Cheapest::NonePriced,
        };
        let before_eor = priced.iter().copied().filter(fits).find(|o| {
            o.eor_missing
                && known.is_none_or(|k| o.total.map(|t| t.mid()) < k.total.map(|t| t.mid()))
        });
        let fastest = self
            .fastest()
            .into_iter()
            .filter(same_kind)
            .find(|o| o.monthly.is_none() || fits(o));
        InShort {
            kind: self.scenario.kind,
            horizon_months: self.scenario.horizon_months,
            budget,
            cheapest,
            before_eor,
            fastest,
        }
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

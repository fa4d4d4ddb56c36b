//! The founder's shortlist compared: one column per route, each the story of the plan as it
//! would be with that route chosen under its own engagement and place (`ShortlistRoute::
//! applied_to`). No figure here is worked out apart from the story, the Costs step's pricing
//! and the runway: a column is what the later steps would show after choosing it. Facts only:
//! `shortlist_words` says them.

use super::{story_priced, RouteTrial, Start, Story};
use crate::cost::decision::chosen::report;
use crate::cost::runway::finance::finance;
use crate::cost::runway::{PaysFor, RouteRunway, Runway, RunwayError};
use crate::cost::{Catch, CostOption};
use crate::hiring::afford::{afford_one, RouteAfford};
use crate::market::CommitmentKind;
use crate::plan::{EngagementKind, Plan, ShortlistRoute};
use crate::text::currency::Rate;
use crate::text::money::{Usd, UsdRange};
use chrono::{Datelike, NaiveDate};

/// One route of the shortlist, told as the plan's story would tell it once chosen.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub route: ShortlistRoute,
    /// The story of the plan with this route chosen under its engagement and place.
    pub story: Story,
    /// The route against the company's cash; None until the cash, its date and the burn are
    /// given (or while the route cannot be priced).
    pub afford: Option<RouteAfford>,
    /// Whether the route exists under its engagement now (a closed channel, a quote whose
    /// figures are not valid yet: the column says so and prices nothing).
    pub priced: bool,
    /// Whether the plan follows this route now: it is the route chosen, under the
    /// engagement and the place the plan is set to.
    pub followed: bool,
}

impl Column {
    /// The route as the Costs step prices it under its engagement.
    pub fn option(&self) -> Option<&CostOption> {
        self.story.option.as_ref()
    }

    /// A month, all in: the work, employer costs and an EOR fee set.
    pub fn monthly(&self) -> Option<UsdRange> {
        self.option()?.monthly_all_in()
    }

    /// Everything paid once (fees, deposits), whatever the month it falls in; zero for none.
    pub fn one_off(&self) -> Option<UsdRange> {
        let o = self.option()?;
        Some(
            o.one_offs
                .iter()
                .fold(UsdRange::default(), |acc, f| acc + f.amount),
        )
    }

    /// The total over the plan's horizon, as the Costs step totals it.
    pub fn total(&self) -> Option<UsdRange> {
        self.option()?.total
    }

    /// When the hire starts, and what makes the date.
    pub fn start(&self) -> &Start {
        &self.story.start
    }

    /// The least billed once you go on, where the route's deal has one.
    pub fn commitment(&self) -> Option<(u32, CommitmentKind)> {
        self.option()?.commitment
    }

    /// The days of an employee's notice before the start (None for a route with none).
    pub fn notice_days(&self) -> Option<u64> {
        match self.story.start {
            Start::On { notice_days, .. } if notice_days > 0 => Some(notice_days),
            Start::On { .. } | Start::Unknown { .. } => None,
        }
    }

    /// The trial or probation on the route's terms.
    pub fn trial(&self) -> &RouteTrial {
        &self.story.trial.terms
    }

    /// The trial's days, where its terms give them.
    pub fn trial_days(&self) -> Option<u32> {
        match self.trial() {
            RouteTrial::Probation { days, .. } | RouteTrial::Platform { days, .. } => *days,
            RouteTrial::NoRouteChosen | RouteTrial::None { .. } => None,
        }
    }

    /// How long the cash lasts with this hire; None until the cash figures are given.
    pub fn runway(&self) -> Option<&Result<RouteRunway, RunwayError>> {
        self.afford.as_ref().map(|a| &a.runway)
    }

    /// Whether the cash pays the hire for the planned months and keeps the runway floor after
    /// them, and what is left (or short) at the high and the low price.
    pub fn pays(&self) -> Option<&Result<PaysFor, RunwayError>> {
        self.afford.as_ref().map(|a| &a.pays)
    }

    /// What a founder must know before choosing it.
    pub fn catches(&self) -> &[Catch] {
        self.option().map_or(&[], |o| o.catches.as_slice())
    }

    /// The cumulative cost at the end of months 0..=horizon.
    pub fn cumulative(&self, horizon: u32) -> Option<Vec<UsdRange>> {
        self.option()?.cumulative(horizon)
    }
}

/// A row of the comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Month,
    OneOff,
    Total,
    Start,
    Commitment,
    Trial,
    CashOut,
    Affords,
    Catch,
}

impl Row {
    pub const ALL: [Row; 9] = [
        Row::Month,
        Row::OneOff,
        Row::Total,
        Row::Start,
        Row::Commitment,
        Row::Trial,
        Row::CashOut,
        Row::Affords,
        Row::Catch,
    ];
}

/// The shortlist side by side.
#[derive(Clone, Debug, PartialEq)]
pub struct Comparison {
    /// One a route, in the shortlist's order.
    pub columns: Vec<Column>,
    /// The currency and rate every amount shows in.
    pub money: Rate,
    /// The months the totals and the affordability cover.
    pub horizon: u32,
    /// The founder's monthly budget (in US dollars, as the engine read it).
    pub budget: Option<Usd>,
}

impl Comparison {
    /// The columns with the best value of a row: the lowest cost, the earliest start, the least
    /// commitment, the longest trial, the latest cash-out, the most cash left. Empty where
    /// fewer than two columns have a value, where they are all equal, or for the catch (which
    /// is no one number).
    pub fn best(&self, row: Row) -> Vec<usize> {
        let scores: Vec<Option<i64>> = self.columns.iter().map(|c| score(c, row)).collect();
        let known: Vec<i64> = scores.iter().flatten().copied().collect();
        let Some(min) = known.iter().copied().min() else {
            return Vec::new();
        };
        if known.len() < 2 || known.iter().all(|s| *s == min) {
            return Vec::new();
        }
        scores
            .iter()
            .enumerate()
            .filter(|(_, s)| **s == Some(min))
            .map(|(i, _)| i)
            .collect()
    }

    /// The cumulative cost of each priced route over the horizon, in the shortlist's order:
    /// (column, points).
    pub fn cumulative(&self) -> Vec<(usize, Vec<UsdRange>)> {
        self.columns
            .iter()
            .enumerate()
            .filter_map(|(i, c)| Some((i, c.cumulative(self.horizon)?)))
            .collect()
    }

    /// The budget over the horizon, month by month from 0 (None without a budget).
    pub fn budget_line(&self) -> Option<Vec<UsdRange>> {
        let b = self.budget?;
        Some(
            (0..=self.horizon)
                .map(|m| UsdRange::point(b * i64::from(m)))
                .collect(),
        )
    }
}

/// Lower is better; None where the column has no value for the row.
fn score(c: &Column, row: Row) -> Option<i64> {
    match row {
        Row::Month => c.monthly().map(|m| m.mid().0),
        Row::OneOff => c.one_off().map(|m| m.mid().0),
        Row::Total => c.total().map(|m| m.mid().0),
        Row::Start => c.start().date().map(|d| i64::from(d.num_days_from_ce())),
        Row::Commitment => c
            .priced
            .then(|| c.commitment().map_or(0, |(m, _)| i64::from(m))),
        Row::Trial => c.priced.then(|| -i64::from(c.trial_days().unwrap_or(0))),
        Row::CashOut => match c.runway()? {
            Ok(r) => Some(match r.shortest {
                Runway::Never => i64::MIN,
                Runway::Ends(e) => -((e.months() * 100.0) as i64),
            }),
            Err(_) => None,
        },
        Row::Affords => match c.pays()? {
            Ok(p) => Some(-p.left.low().0),
            Err(_) => None,
        },
        Row::Catch => None,
    }
}

/// One column: the plan with the route chosen under its engagement and place, told.
pub fn column(plan: &Plan, route: &ShortlistRoute, today: NaiveDate) -> Column {
    let p = route.applied_to(plan);
    // Priced once, for the story and the runway.
    let r = report(&p);
    let s = story_priced(&p, r.as_ref(), today);
    let priced = s.option.is_some();
    let mut afford = r.and_then(|r| afford_one(&p, &r, &route.route, today));
    // The runway runs from the story's start: with no start date (a step of the route has no
    // time in the sources and the founder set none), it is not worked out from another one.
    if let (Some(a), None) = (&mut afford, s.start.date()) {
        a.runway = Err(RunwayError::MissingStartDate);
        a.pays = Err(RunwayError::MissingStartDate);
        a.fit = a.fit.as_ref().map(|_| Err(RunwayError::MissingStartDate));
    }
    Column {
        route: route.clone(),
        story: s,
        afford,
        priced,
        followed: route.is_followed_by(plan),
    }
}

/// The plan's shortlist compared as of `today`.
pub fn compare(plan: &Plan, today: NaiveDate) -> Comparison {
    let r = report(plan);
    Comparison {
        columns: plan
            .shortlist
            .routes
            .iter()
            .map(|route| column(plan, route, today))
            .collect(),
        money: finance(plan, today).display,
        horizon: r.as_ref().map_or(0, |r| r.scenario.horizon_months),
        budget: r.and_then(|r| r.scenario.budget_monthly),
    }
}

/// The routes the form can add under an engagement and a place the plan may not be set to
/// ("an employee in Germany" while the plan is for a contractor): each open, priced route the
/// Costs step would list for it, with its label, and whether it is on the shortlist already.
pub fn routes_for(
    plan: &Plan,
    kind: EngagementKind,
    hire_country: Option<String>,
) -> Vec<(ShortlistRoute, String, bool)> {
    let mut p = plan.clone();
    p.engagement.kind = kind;
    p.engagement.hire_country = hire_country;
    let Some(r) = report(&p) else {
        return Vec::new();
    };
    r.options
        .iter()
        .filter(|o| crate::cost::decision::chosen::choosable(o) && o.total.is_some())
        .map(|o| {
            let route = ShortlistRoute::from_plan(&p, o.key.clone());
            let listed = plan.shortlist.contains(&route);
            (route, o.label.clone(), listed)
        })
        .collect()
}

//! What the founder came to the Costs step to decide, as facts: the two or three routes that
//! fit the plan (the cheapest with every cost known, the fastest, the one that binds least),
//! and why each other route is left out. `view::decision` words it.

pub mod chosen;
pub mod settle;
pub mod view;

use crate::cost::engine::option::{BudgetFit, CostOption, CostReport};
use crate::plan::RouteKey;
use crate::text::money::Usd;

/// Why a route is on the shortlist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// The cheapest of the plan's engagement with every cost known (within the budget).
    Cheapest,
    /// The fastest to hire of those.
    Fastest,
    /// The least paid before you can walk away: one-off fees and any commitment.
    LeastBound,
    /// The next cheapest, where the others are one route.
    NextCheapest,
}

/// Why a route is not on the shortlist, in order of precedence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeftOut {
    /// Closed to new clients.
    Closed,
    /// It hires an employee and the plan a contractor, or the other way round.
    OtherEngagement,
    /// The sources give no price.
    NoPrice,
    /// An employee abroad whose EOR fee the founder has not priced.
    EorNotSet,
    /// Its price is over the founder's monthly budget.
    OverBudget,
    /// Dearer than the cheapest, no faster than the fastest, and binds more than the least.
    Beaten,
    /// In another country than the one the hire is based in.
    Elsewhere,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Candidate<'a> {
    pub option: &'a CostOption,
    pub picks: Vec<Pick>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Shortlist<'a> {
    /// At most three, cheapest pick first.
    pub candidates: Vec<Candidate<'a>>,
    /// Every other route but the chosen one, in the report's order, with its reason.
    pub left_out: Vec<(&'a CostOption, LeftOut)>,
    /// The cheapest route with every cost known in another country than the hire's, where it
    /// is cheaper than the cheapest pick: a side note, never a pick.
    pub elsewhere: Option<&'a CostOption>,
}

/// What one route binds the founder to before they can walk away: its one-off fees and the
/// least billed under a commitment (the high ends, as the sources bound them).
pub fn bound(o: &CostOption) -> Usd {
    let fees = o.one_offs.iter().map(|f| f.amount.high().0).sum::<i64>();
    let committed = o
        .monthly_all_in()
        .map(|m| m.scale(o.committed_months).high().0)
        .unwrap_or(0);
    Usd(fees + committed)
}

/// The routes that fit the plan and why the others do not; the chosen route (`chosen`) is
/// shown on its own, so it is never among the routes left out.
pub fn shortlist<'a>(report: &'a CostReport, chosen: Option<&RouteKey>) -> Shortlist<'a> {
    let employee = report.scenario.employee();
    let budgeted = report.scenario.budget_monthly.is_some();
    let fitting: Vec<&CostOption> = report
        .cheapest()
        .into_iter()
        .filter(|o| o.route.serves_employees() == employee && !o.eor_missing)
        .filter(|o| matches!(o.budget, BudgetFit::Fits | BudgetFit::NoBudget))
        .collect();
    let eligible: Vec<&CostOption> = fitting
        .iter()
        .copied()
        .filter(|o| report.based_there(o))
        .collect();
    let elsewhere = fitting.iter().copied().find(|o| {
        !report.based_there(o)
            && eligible
                .first()
                .is_none_or(|c| o.total.map(|t| t.mid()) < c.total.map(|t| t.mid()))
    });
    let mut candidates: Vec<Candidate> = Vec::new();
    if let Some(o) = eligible.first() {
        add(&mut candidates, o, Pick::Cheapest);
    }
    let fastest = eligible
        .iter()
        .filter(|o| o.hire_days.is_some())
        .min_by_key(|o| (o.hire_days, o.hire_days_estimated));
    if let Some(o) = fastest {
        add(&mut candidates, o, Pick::Fastest);
    }
    // Cheapest first among equals: `eligible` is in that order and min_by_key keeps the first.
    if let Some(o) = eligible.iter().min_by_key(|o| bound(o)) {
        add(&mut candidates, o, Pick::LeastBound);
    }
    if candidates.len() == 1 {
        if let Some(o) = eligible.get(1) {
            add(&mut candidates, o, Pick::NextCheapest);
        }
    }
    let left_out = report
        .options
        .iter()
        .filter(|o| !candidates.iter().any(|c| c.option.key == o.key))
        .filter(|o| Some(&o.key) != chosen)
        .map(|o| {
            let why = if o.closed.is_some() {
                LeftOut::Closed
            } else if o.route.serves_employees() != employee {
                LeftOut::OtherEngagement
            } else if o.total.is_none() {
                LeftOut::NoPrice
            } else if o.eor_missing {
                LeftOut::EorNotSet
            } else if budgeted && !matches!(o.budget, BudgetFit::Fits) {
                LeftOut::OverBudget
            } else if !report.based_there(o) {
                LeftOut::Elsewhere
            } else {
                LeftOut::Beaten
            };
            (o, why)
        })
        .collect();
    Shortlist {
        candidates,
        left_out,
        elsewhere,
    }
}

fn add<'a>(list: &mut Vec<Candidate<'a>>, o: &'a CostOption, pick: Pick) {
    match list.iter_mut().find(|c| c.option.key == o.key) {
        Some(c) => c.picks.push(pick),
        None => list.push(Candidate {
            option: o,
            picks: vec![pick],
        }),
    }
}

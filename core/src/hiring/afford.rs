//! Can we afford it, for the plan: each open route's runway from its own planned start (the
//! timeline's start for that route, which the target start date sets where it can), the routes
//! that fit the founder's target first, and the cash over time of the routes followed. Facts
//! only: `cost::runway::words` says them.

use super::timeline::timeline;
use crate::cost::runway::finance::{finance, Finance};
use crate::cost::runway::words;
use crate::cost::runway::{
    cash_curve, fit, pays_for, runway, runway_without, Fit, PaysFor, RouteRunway, RouteSpend,
    Runway, RunwayError, Target,
};
use crate::cost::view::chart::Series;
use crate::cost::view::{money, text, Cell, Row, SortKey, Table};
use crate::cost::{CostOption, CostReport, RouteKey};
use crate::plan::Plan;
use crate::text::currency::Rate;
use crate::text::format::{date, DateStyle};
use chrono::{Datelike, NaiveDate};

/// One open route against the company's cash.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteAfford {
    pub key: RouteKey,
    pub label: String,
    /// The day the hire starts on this route: the hire's costs run from its month.
    pub start: NaiveDate,
    /// False where a step of the route has no time in the sources or the founder's figures
    /// and the founder set no target start date: its costs are then counted from today, the earliest it could start (an assumption the
    /// table says beside the route).
    pub start_known: bool,
    pub runway: Result<RouteRunway, RunwayError>,
    /// Against the target, where there is one.
    pub fit: Option<Result<Fit, RunwayError>>,
    /// Whether the cash pays it for the plan's horizon and keeps the runway floor after it.
    pub pays: Result<PaysFor, RunwayError>,
}

/// The plan's runway, route by route.
#[derive(Clone, Debug, PartialEq)]
pub struct Afford {
    pub finance: Finance,
    /// Without any hire.
    pub without: Result<Runway, RunwayError>,
    /// Keep months of runway if the founder set a floor, else the monthly budget if set.
    pub target: Option<Target>,
    /// Open routes in the report's order; with a target, those that fit first. Empty until the
    /// cash, its date and the burn are given.
    pub routes: Vec<RouteAfford>,
}

impl Afford {
    pub fn route(&self, key: &RouteKey) -> Option<&RouteAfford> {
        self.routes.iter().find(|r| r.key == *key)
    }
}

fn rank(f: &Option<Result<Fit, RunwayError>>) -> u8 {
    match f {
        Some(Ok(Fit::Fits)) => 0,
        Some(Ok(Fit::Partly(_))) => 1,
        Some(Ok(Fit::Misses(_))) => 2,
        None => 3,
        Some(Err(_)) => 4,
    }
}

/// The target a route is held to: months of runway to keep if the founder set a floor, else
/// the monthly budget, as the engine read it (in US dollars).
pub fn target(finance: &Finance, report: &CostReport) -> Option<Target> {
    match finance.keep {
        Some(k) => Some(Target::KeepMonths(k)),
        None => report.scenario.budget_monthly.map(Target::MonthlyBudget),
    }
}

/// One route against the company's cash, from its own planned start.
fn route_afford(
    plan: &Plan,
    o: &CostOption,
    finance: &Finance,
    target: Option<Target>,
    horizon: u32,
    today: NaiveDate,
) -> RouteAfford {
    let t = timeline(plan, &o.key, today);
    // A route the sources and the founder's figures do not time has no start date (the
    // story's rule, `story::start_on`), even with a target start date: nobody knows whether
    // its search fits before it.
    let start_known = t.start().is_some();
    let start = t.start_work;
    let mut inputs = finance.inputs.clone();
    // A route nothing dates has no runway: nothing is counted from a day nobody gave.
    inputs.start = start_known.then_some(start);
    let spend = RouteSpend::from_option(o, horizon);
    RouteAfford {
        key: o.key.clone(),
        label: o.label.clone(),
        start,
        start_known,
        runway: spend.clone().and_then(|s| runway(&inputs, &s)),
        fit: target.map(|t| spend.clone().and_then(|s| fit(&inputs, &s, t))),
        pays: spend.and_then(|s| pays_for(&inputs, &s, horizon, finance.keep.unwrap_or(0))),
    }
}

/// One open route of `report` against the company's cash, as `afford` works it out for every
/// route; None while the cash, its date or the burn is missing, or the route is not open.
pub fn afford_one(
    plan: &Plan,
    report: &CostReport,
    key: &RouteKey,
    today: NaiveDate,
) -> Option<RouteAfford> {
    let finance = finance(plan, today);
    let given = finance.inputs.cash.is_some()
        && finance.inputs.cash_date.is_some()
        && finance.inputs.other_burn.is_some();
    let o = report
        .option(key)
        .filter(|o| given && crate::cost::decision::chosen::choosable(o))?;
    let t = target(&finance, report);
    Some(route_afford(
        plan,
        o,
        &finance,
        t,
        report.scenario.horizon_months,
        today,
    ))
}

/// Works out the runway of every open route of `report` for the plan.
pub fn afford(plan: &Plan, report: &CostReport, today: NaiveDate) -> Afford {
    let finance = finance(plan, today);
    // The budget as the engine read it: in US dollars, from the currency it was typed in.
    let target = target(&finance, report);
    let horizon = report.scenario.horizon_months;
    // Without the founder's cash, its date and the burn there is nothing to work out per route
    // (and nothing is invented): the list stays empty, and the form says what is missing.
    let given = finance.inputs.cash.is_some()
        && finance.inputs.cash_date.is_some()
        && finance.inputs.other_burn.is_some();
    let mut routes: Vec<RouteAfford> = report
        .options
        .iter()
        .filter(|o| given && crate::cost::decision::chosen::choosable(o))
        .map(|o| route_afford(plan, o, &finance, target, horizon, today))
        .collect();
    if target.is_some() {
        // Those that fit first, in the report's order within each rank: a pass per rank
        // rather than a sort, which would cost the page kilobytes of sorting code.
        let all = std::mem::take(&mut routes);
        for k in 0..=4 {
            routes.extend(all.iter().filter(|r| rank(&r.fit) == k).cloned());
        }
    }
    Afford {
        without: runway_without(&finance.inputs),
        finance,
        target,
        routes,
    }
}

/// The cash over time of the routes the founder follows (the chosen route first, then the
/// over-time chart's picks), and without the hire: one line each, long enough to show the
/// latest cash-out month of them (at least the horizon, at most ten years). Empty while an
/// input is missing.
pub fn cash_series(plan: &Plan, report: &CostReport, afford: &Afford) -> Vec<Series> {
    let horizon = report.scenario.horizon_months;
    let mut keys: Vec<RouteKey> = plan.route.chosen.iter().cloned().collect();
    for o in report.picked(&plan.costs.picks) {
        if !keys.contains(&o.key) {
            keys.push(o.key.clone());
        }
    }
    let shown: Vec<&RouteAfford> = keys.iter().filter_map(|k| afford.route(k)).collect();
    let out_month = |r: &Runway| match r {
        Runway::Ends(e) => Some(e.full_months.min(120) as u32 + 1),
        Runway::Never => None,
    };
    let months = shown
        .iter()
        .filter_map(|r| r.runway.as_ref().ok())
        .flat_map(|r| [out_month(&r.shortest), out_month(&r.longest)])
        .chain([afford.without.as_ref().ok().and_then(out_month)])
        .flatten()
        .max()
        .unwrap_or(0)
        .clamp(horizon.min(120), 120);
    let mut series = Vec::new();
    if let Ok(points) = cash_curve(&afford.finance.inputs, None, months) {
        series.push(Series {
            label: WITHOUT_HIRE.into(),
            points,
        });
    }
    for r in shown.into_iter().filter(|r| r.start_known) {
        let Some(o) = report.option(&r.key) else {
            continue;
        };
        let Ok(spend) = RouteSpend::from_option(o, horizon) else {
            continue;
        };
        let mut inputs = afford.finance.inputs.clone();
        inputs.start = Some(r.start);
        if let Ok(points) = cash_curve(&inputs, Some(&spend), months) {
            series.push(Series {
                label: r.label.clone(),
                points,
            });
        }
    }
    series
}

/// "Can we afford it", one line a route: the chosen route first, then the others in the
/// afford list's order; each (key, name, line). Routes that cannot be answered for the same
/// reason share one line, named together ("Employee in Canada; Employee in Mexico: not known:
/// EOR fee not set."), keyed by the first of them.
pub fn afford_lines(plan: &Plan, a: &Afford, rate: &Rate) -> Vec<(RouteKey, String, String)> {
    let chosen = plan.route.chosen.as_ref();
    let mut out: Vec<(RouteKey, String, String)> = Vec::new();
    let mut grouped: Vec<(RunwayError, usize)> = Vec::new();
    let ordered = a
        .routes
        .iter()
        .filter(|r| Some(&r.key) == chosen)
        .chain(a.routes.iter().filter(|r| Some(&r.key) != chosen));
    for r in ordered {
        match &r.pays {
            Ok(p) => out.push((r.key.clone(), r.label.clone(), words::pays_for(p, rate))),
            Err(e) if Some(&r.key) != chosen => match grouped.iter().find(|(g, _)| g == e) {
                Some((_, at)) => {
                    let name = &mut out[*at].1;
                    name.push_str("; ");
                    name.push_str(&r.label);
                }
                None => {
                    grouped.push((*e, out.len()));
                    out.push((r.key.clone(), r.label.clone(), not_known(*e)));
                }
            },
            Err(e) => out.push((r.key.clone(), r.label.clone(), not_known(*e))),
        }
    }
    out
}

fn not_known(e: RunwayError) -> String {
    format!("not known: {}.", words::error_short(e))
}

/// The "Hire starts" cell of a route no source or figure of the founder's times.
pub const NOT_TIMED: &str = "Not known";

/// Why a route's costs run from today: said once under the table.
pub const NOT_TIMED_NOTE: &str = "\"Not known\": neither the sources nor your figures say \
     how long that route takes to hire, so it has no start date and no runway. Give its days to \
     hire (your quote's field, or the assumptions under Figures and assumptions) to see them.";

/// The cash chart's line without a hire.
pub const WITHOUT_HIRE: &str = "Without this hire";

/// Every open route against the cash: when its hire starts, how long the cash lasts with it,
/// the month it runs out, and whether it fits the target.
pub fn afford_table(a: &Afford, rate: &Rate) -> Table {
    let mut headers: Vec<String> = [
        "Route",
        "Hire starts",
        "Runway with the hire",
        "Cash runs out",
    ]
    .map(String::from)
    .to_vec();
    if let Some(t) = a.target {
        headers.push(match t {
            Target::KeepMonths(k) => format!("Keeps {}", words::months(f64::from(k))),
            Target::MonthlyBudget(b) => format!("Within {} a month", rate.whole(b)),
        });
    }
    let rows = a
        .routes
        .iter()
        .map(|r| {
            let mut cells = vec![
                text(r.label.clone()),
                Cell {
                    text: if r.start_known {
                        date(r.start, DateStyle::Short)
                    } else {
                        NOT_TIMED.into()
                    },
                    sort: SortKey::Num(r.start.num_days_from_ce().into()),
                    overridden: false,
                },
            ];
            match &r.runway {
                Ok(run) => {
                    let (length, out) = words::span(run);
                    let months = run.shortest.months().unwrap_or(f64::MAX);
                    cells.push(Cell {
                        text: length,
                        sort: SortKey::Num((months * 100.0).min(1e15) as i64),
                        overridden: false,
                    });
                    let out_day = match run.shortest {
                        Runway::Ends(e) => {
                            e.cash_out.map_or(i64::MAX, |d| d.num_days_from_ce().into())
                        }
                        Runway::Never => i64::MAX,
                    };
                    cells.push(Cell {
                        text: out,
                        sort: SortKey::Num(out_day),
                        overridden: false,
                    });
                }
                Err(e) => {
                    let mut c = text(words::error_short(*e));
                    c.sort = SortKey::Missing;
                    cells.push(c);
                    cells.push(Cell {
                        text: "not known".into(),
                        sort: SortKey::Missing,
                        overridden: false,
                    });
                }
            }
            if let Some(fit) = &r.fit {
                cells.push(match fit {
                    Ok(f) => Cell {
                        text: words::fit_cell(f, rate),
                        sort: SortKey::Num(i64::from(rank(&r.fit))),
                        overridden: false,
                    },
                    Err(e) => Cell {
                        text: words::error_short(*e).into(),
                        sort: SortKey::Missing,
                        overridden: false,
                    },
                });
            }
            Row {
                key: r.key.to_string(),
                cells,
            }
        })
        .collect();
    Table { headers, rows }
}

/// The cash chart's numbers, for the table beside it: each line's cash at a few months.
pub fn cash_table(series: &[Series], rate: &Rate) -> Table {
    let last = series.iter().map(|s| s.points.len()).max().unwrap_or(1) as u32 - 1;
    let months = crate::cost::view::months_shown(&[0, 3, 6, 12, 18, 24, 36, 60, 120], last);
    let headers = std::iter::once("Cash".to_string())
        .chain(months.iter().map(|m| match m {
            0 => "Now".to_string(),
            m => format!("Month {m}"),
        }))
        .collect();
    let rows = series
        .iter()
        .map(|s| Row {
            key: s.label.clone(),
            cells: std::iter::once(text(s.label.clone()))
                .chain(
                    months
                        .iter()
                        .map(|m| money(s.points.get(*m as usize).copied(), false, rate)),
                )
                .collect(),
        })
        .collect();
    Table { headers, rows }
}

/// Why some routes have no runway, said once beside the table (each distinct reason).
pub fn table_notes(a: &Afford) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    if a.routes.iter().any(|r| !r.start_known) {
        out.push(NOT_TIMED_NOTE);
    }
    for r in &a.routes {
        if let Err(e) = r.runway {
            let said = words::error(e);
            if !out.contains(&said)
                && !matches!(
                    e,
                    RunwayError::MissingCash
                        | RunwayError::MissingCashDate
                        | RunwayError::MissingBurn
                        | RunwayError::MissingStartDate
                )
            {
                out.push(said);
            }
        }
    }
    out
}

/// The summary's runway line: the chosen route's, else the cheapest route's with every cost
/// known. None until the cash, its date and the burn are given. (The Costs step's summary and
/// an embed with cash figures.)
pub fn runway_line(p: &Plan, r: &CostReport, day: NaiveDate) -> Option<String> {
    let a = afford(p, r, day);
    let key = p
        .route
        .chosen
        .clone()
        .or_else(|| match r.in_short().cheapest {
            crate::cost::Cheapest::Known(o) => Some(o.key.clone()),
            crate::cost::Cheapest::OverBudget { .. } | crate::cost::Cheapest::NonePriced => None,
        })?;
    let route = a.route(&key)?;
    let run = route.runway.as_ref().ok()?;
    let name = crate::cost::route_name(p, &key);
    Some(words::lasts(&name, run))
}

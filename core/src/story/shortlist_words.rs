//! The shortlist's comparison in words: each row's title, each column's value and where it
//! comes from, and which value is best, said in words as well as shown. Money in the founder's
//! currency at their rate (the comparison's `money`).

use super::shortlist::{Column, Comparison, Row};
use super::words::start_sentence;
use super::{RouteTrial, Start};
use crate::cost::runway::words::{error as runway_error, error_short};
use crate::cost::runway::words::{month, months, pays_for};
use crate::cost::runway::Runway;
use crate::cost::view::chart::Series;
use crate::cost::view::{month_header, months_shown, Cell, Row as TableRow, SortKey, Table};
use crate::cost::words::{commitment_word, country_name, trial};
use crate::market::{ids, market};
use crate::plan::RouteKey;
use crate::text::currency::{Precision, Rate};
use crate::text::format::{date, days_words, DateStyle};
use crate::text::money::UsdRange;

/// The column's name: the route as the Costs step labels it ("Job boards: employee in
/// Germany"), or its name where it cannot be priced now.
pub fn name(c: &Column) -> String {
    c.option()
        .map(|o| o.label.clone())
        .unwrap_or_else(|| capital(&c.story.name))
}

/// The engagement and place the route is priced under: "full-time employee, based in Germany".
pub fn terms(c: &Column) -> String {
    let place = match &c.route.hire_country {
        Some(id) => format!("based in {}", country_name(id)),
        None => "based anywhere".into(),
    };
    format!("{}, {place}", c.route.kind.noun())
}

/// The column's heading in one line, for the chart and its table: its name, then its terms.
pub fn heading(c: &Column) -> String {
    format!("{} ({})", name(c), terms(c))
}

fn capital(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(f) => f.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The row's title.
pub fn title(row: Row, cmp: &Comparison) -> String {
    match row {
        Row::Month => "A month, all in".into(),
        Row::OneOff => "One-off costs".into(),
        Row::Total => format!("Total over {}", months(f64::from(cmp.horizon))),
        Row::Start => "Start date".into(),
        Row::Commitment => "Commitment and notice".into(),
        Row::Trial => "Trial".into(),
        Row::CashOut => "Cash runs out".into(),
        Row::Affords => "Affords the planned months with the runway floor".into(),
        Row::Catch => "The catch".into(),
    }
}

/// What "best" means on a row, said beside the marked value: "best: lowest".
pub fn best_words(row: Row) -> &'static str {
    match row {
        Row::Month | Row::OneOff | Row::Total => "best: lowest",
        Row::Start => "best: earliest",
        Row::Commitment => "best: least commitment",
        Row::Trial => "best: longest trial",
        Row::CashOut => "best: latest",
        Row::Affords => "best: most left",
        Row::Catch => "",
    }
}

fn money_range(r: UsdRange, rate: &Rate) -> String {
    rate.format_range(r, Precision::Whole)
}

fn not_priced(c: &Column) -> String {
    match c.story.option.is_none() {
        true => "not priced: the sources (or your quote) give no valid price yet".into(),
        false => "not known".into(),
    }
}

/// A column's value on a row, in words.
pub fn value(c: &Column, row: Row, money: &Rate) -> String {
    match row {
        Row::Month => c
            .monthly()
            .map_or_else(|| not_priced(c), |m| money_range(m, money)),
        Row::OneOff => match c.one_off() {
            Some(r) if r.high().0 == 0 => "none".into(),
            Some(r) => money_range(r, money),
            None => not_priced(c),
        },
        Row::Total => c
            .total()
            .map_or_else(|| not_priced(c), |m| money_range(m, money)),
        Row::Start => match c.start() {
            Start::On { date: d, .. } => date(*d, DateStyle::Long),
            Start::Unknown { .. } => "no start date yet".into(),
        },
        Row::Commitment => {
            let commitment = match c.commitment() {
                Some((m, kind)) => format!("{} ({})", months(f64::from(m)), commitment_word(kind)),
                None if c.priced => "none".into(),
                None => "not known".into(),
            };
            match c.notice_days() {
                Some(d) => format!("{commitment}; the hire's notice: {}", days_words(d as f64)),
                None => commitment,
            }
        }
        Row::Trial => match c.trial() {
            RouteTrial::Probation { days: Some(d), .. } => format!("probation, {d} days"),
            RouteTrial::Probation { days: None, .. } => "probation, length not set".into(),
            RouteTrial::Platform {
                days,
                up_to,
                billed,
                ..
            } => trial(*days, *up_to, *billed),
            RouteTrial::None { .. } | RouteTrial::NoRouteChosen => "none".into(),
        },
        Row::CashOut => match c.runway() {
            None => "needs your cash, its date and the burn (Money step)".into(),
            Some(Err(e)) => error_short(*e).into(),
            Some(Ok(r)) => match r.shortest {
                Runway::Never => "never: no more goes out than comes in".into(),
                Runway::Ends(e) => {
                    let when = e
                        .cash_out
                        .map_or("a month too far ahead to name".into(), month);
                    format!("{when} (after {})", months(e.months()))
                }
            },
        },
        Row::Affords => match c.pays() {
            None => "needs your cash, its date and the burn (Money step)".into(),
            Some(Err(e)) => error_short(*e).into(),
            Some(Ok(p)) => {
                let said = pays_for(p, money);
                // "Pays this hire for …: yes, with €… to spare." → "yes, with €… to spare."
                said.split_once(": ")
                    .map_or(said.clone(), |(_, rest)| capital(rest))
            }
        },
        Row::Catch => {
            let catches: Vec<String> = c.catches().iter().map(|x| x.words(money)).collect();
            match (catches.is_empty(), c.priced) {
                (true, true) => "none known".into(),
                (true, false) => not_priced(c),
                (false, _) => catches.join(" "),
            }
        }
    }
}

/// Where a column's value on a row comes from.
pub fn source(c: &Column, row: Row) -> String {
    let m = market();
    let figures = || {
        let mut cites: Vec<String> = Vec::new();
        for u in c.option().map(|o| o.used.as_slice()).unwrap_or_default() {
            if m.figure(&u.id).is_none() {
                continue;
            }
            let cite = if u.overridden {
                format!("{} (your figure)", m.short_citation(&u.id))
            } else {
                m.short_citation(&u.id)
            };
            if !cites.contains(&cite) {
                cites.push(cite);
            }
        }
        cites
    };
    let priced_from = || match (&c.route.route, figures()) {
        (RouteKey::Quote(_), _) => "Your quote, on the Costs step.".to_string(),
        (_, f) if f.is_empty() => "The Costs step's pricing of the route.".to_string(),
        (_, f) => format!("The Costs step's pricing: {}.", f.join("; ")),
    };
    let cash = "Your cash, its date, the monthly burn and the runway floor (Money step), from the route's start date.";
    match row {
        Row::Month | Row::OneOff | Row::Total | Row::Catch => priced_from(),
        Row::Start => start_sentence(c.start()),
        Row::Commitment => {
            let mut out = match c.commitment() {
                Some(_) => priced_from(),
                None => "No commitment in the route's terms.".into(),
            };
            if c.notice_days().is_some() {
                let label = m
                    .assumption(ids::NOTICE_WEEKS)
                    .map(|a| a.label)
                    .unwrap_or_default();
                out.push_str(&format!(
                    " The notice is your assumption, \u{201c}{label}\u{201d}."
                ));
            }
            out
        }
        Row::Trial => match c.trial() {
            RouteTrial::Platform { source, .. } => source.clone(),
            RouteTrial::Probation { .. } => {
                let label = m
                    .assumption(ids::PROBATION_DAYS)
                    .map(|a| a.label)
                    .unwrap_or_default();
                format!("Your assumption, \u{201c}{label}\u{201d}.")
            }
            RouteTrial::None { .. } | RouteTrial::NoRouteChosen => {
                "No trial in the route's terms.".into()
            }
        },
        Row::CashOut | Row::Affords => match c.pays() {
            Some(Err(e)) => runway_error(*e).into(),
            Some(Ok(_)) | None => cash.into(),
        },
    }
}

/// One row of the comparison in words: its title, and each column's value, source and
/// whether it is the best (with the words that say so).
#[derive(Clone, Debug, PartialEq)]
pub struct RowWords {
    pub row: Row,
    pub title: String,
    pub cells: Vec<CellWords>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CellWords {
    pub value: String,
    pub source: String,
    /// "best: lowest" where the value is the row's best, else empty.
    pub best: &'static str,
}

/// The whole comparison in words, row by row.
pub fn rows(cmp: &Comparison) -> Vec<RowWords> {
    Row::ALL
        .into_iter()
        .map(|row| {
            let best = cmp.best(row);
            RowWords {
                row,
                title: title(row, cmp),
                cells: cmp
                    .columns
                    .iter()
                    .enumerate()
                    .map(|(i, c)| CellWords {
                        value: value(c, row, &cmp.money),
                        source: source(c, row),
                        best: if best.contains(&i) {
                            best_words(row)
                        } else {
                            ""
                        },
                    })
                    .collect(),
            }
        })
        .collect()
}

/// The cumulative chart in words, for its description: each route's total at the horizon and
/// the budget's.
pub fn describe_chart(cmp: &Comparison) -> String {
    let mut parts: Vec<String> = cmp
        .cumulative()
        .iter()
        .map(|(i, points)| {
            let last = points.last().copied().unwrap_or_default();
            format!(
                "{}: {} after {}",
                heading(&cmp.columns[*i]),
                money_range(last, &cmp.money),
                months(f64::from(cmp.horizon))
            )
        })
        .collect();
    if let Some(b) = cmp.budget_line().and_then(|l| l.last().copied()) {
        parts.push(format!(
            "your budget: {} over the same months",
            money_range(b, &cmp.money)
        ));
    }
    format!(
        "Line chart of the shortlist's cumulative cost. {}.",
        parts.join("; ")
    )
}

/// The chart's lines: each priced route's cumulative cost (labelled with its heading), and the
/// budget over the same months where there is one.
pub fn chart(cmp: &Comparison) -> (Vec<Series>, Option<Series>) {
    let series = cmp
        .cumulative()
        .into_iter()
        .map(|(i, points)| Series {
            label: heading(&cmp.columns[i]),
            points,
        })
        .collect();
    let budget = cmp.budget_line().map(|points| Series {
        label: BUDGET_LINE.into(),
        points,
    });
    (series, budget)
}

/// The budget's line on the chart, in its legend.
pub const BUDGET_LINE: &str = "Your budget, month after month (dashed)";

/// The chart's numbers, for the table beside it: each route's (and the budget's) cumulative
/// cost at a few months.
pub fn chart_table(cmp: &Comparison) -> Table {
    let h = cmp.horizon;
    let months = months_shown(&[0, 1, 3, 6, 12, 24, 36, 60], h);
    let (series, budget) = chart(cmp);
    let headers = std::iter::once("Route".to_string())
        .chain(months.iter().map(|m| month_header(*m)))
        .collect();
    let rows = series
        .iter()
        .chain(budget.as_ref())
        .map(|s| TableRow {
            key: s.label.clone(),
            cells: std::iter::once(Cell {
                text: s.label.clone(),
                sort: SortKey::Missing,
                overridden: false,
            })
            .chain(months.iter().map(|m| {
                let r = s.points.get(*m as usize).copied();
                Cell {
                    text: r.map_or("not given".into(), |r| money_range(r, &cmp.money)),
                    sort: r.map_or(SortKey::Missing, |r| SortKey::Num(r.mid().0)),
                    overridden: false,
                }
            }))
            .collect(),
        })
        .collect();
    Table { headers, rows }
}

/// What the last choice from the shortlist set, said on the Engagement step beside its undo:
/// "Your choice from the shortlist set this plan to a full-time contractor, based in Romania,
/// through Toptal (it was a full-time employee, based in Germany)." None without one.
pub fn choice_set(plan: &crate::plan::Plan) -> Option<String> {
    let before = plan.shortlist.before.as_ref()?;
    let place = |c: &Option<String>| match c {
        Some(id) => format!("based in {}", country_name(id)),
        None => "based anywhere".into(),
    };
    let e = &plan.engagement;
    let route = plan
        .route
        .chosen
        .as_ref()
        .map(|k| format!(", through {}", crate::cost::route_name(plan, k)))
        .unwrap_or_default();
    Some(format!(
        "Your choice from the shortlist set this plan to a {}, {}{route} (it was a {}, {}).",
        e.kind.noun(),
        place(&e.hire_country),
        before.kind.noun(),
        place(&before.hire_country)
    ))
}

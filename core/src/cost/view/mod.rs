//! What the Costs step shows, built from a `CostReport`: chart inputs and the tables beside
//! the charts (same numbers), plus the assumptions panel. Pure, so it is tested natively.

pub mod chart;

use crate::cost::view::chart::{Bar, Mark, Marker, Series};
use crate::cost::{crossover, BudgetFit, CostOption, CostReport, RouteKey};
use crate::market::{market, Area, Unit};
use crate::text::currency::Rate;
use crate::text::format::days_range;
use crate::text::keymap::KeyMap;
use crate::text::money::{Usd, UsdRange};
use std::cmp::Ordering;

#[derive(Clone, Debug, PartialEq)]
pub enum SortKey {
    Num(i64),
    Text(String),
    /// Sorts last whichever the direction.
    Missing,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub text: String,
    pub sort: SortKey,
    /// Rests on a figure the founder overrode.
    pub overridden: bool,
}

pub(crate) fn text(t: impl Into<String>) -> Cell {
    let t = t.into();
    Cell {
        sort: SortKey::Text(crate::text::names::lower(&t)),
        text: t,
        overridden: false,
    }
}

pub(crate) fn money(r: Option<UsdRange>, overridden: bool, rate: &Rate) -> Cell {
    match r {
        Some(r) => Cell {
            text: rate.range(r),
            sort: SortKey::Num(r.mid().0),
            overridden,
        },
        None => Cell {
            text: "not given".into(),
            sort: SortKey::Missing,
            overridden: false,
        },
    }
}

fn days(d: Option<(u32, u32)>) -> Cell {
    match d {
        Some((lo, hi)) => Cell {
            text: days_range(lo, hi),
            sort: SortKey::Num(lo as i64 * 1000 + hi as i64),
            overridden: false,
        },
        None => Cell {
            text: "not given".into(),
            sort: SortKey::Missing,
            overridden: false,
        },
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub key: String,
    pub cells: Vec<Cell>,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Row>,
}

impl Table {
    /// Rows ordered by one column; missing values always last.
    pub fn sorted(&self, column: usize, ascending: bool) -> Vec<Row> {
        let mut rows = self.rows.clone();
        crate::text::order::sort_by(&mut rows, |a, b| {
            let (x, y) = (&a.cells[column].sort, &b.cells[column].sort);
            let ord = match (x, y) {
                (SortKey::Missing, SortKey::Missing) => Ordering::Equal,
                (SortKey::Missing, _) => return Ordering::Greater,
                (_, SortKey::Missing) => return Ordering::Less,
                (SortKey::Num(p), SortKey::Num(q)) => p.cmp(q),
                (SortKey::Text(p), SortKey::Text(q)) => p.cmp(q),
                (SortKey::Num(_), SortKey::Text(_)) => Ordering::Less,
                (SortKey::Text(_), SortKey::Num(_)) => Ordering::Greater,
            };
            if ascending {
                ord
            } else {
                ord.reverse()
            }
        });
        rows
    }
}

fn budget_word(b: BudgetFit) -> &'static str {
    match b {
        BudgetFit::NoBudget => "no budget set",
        BudgetFit::Fits => "fits",
        BudgetFit::Partly => "low end fits",
        BudgetFit::Over => "over budget",
    }
}

/// Options of the founder's kind of engagement (and the founder's own quotes), open ones only.
fn this_engagement(report: &CostReport) -> Vec<&CostOption> {
    let employee = report.scenario.kind == crate::plan::EngagementKind::FullTimeEmployee;
    report
        .options
        .iter()
        .filter(|o| o.closed.is_none())
        .filter(|o| o.route.serves_employees() == employee || o.your_quote)
        .collect()
}

fn sorted_by_cost(mut v: Vec<&CostOption>) -> Vec<&CostOption> {
    crate::text::order::sort_by_key(&mut v, |o| {
        (
            o.total.map(|m| m.mid()).unwrap_or(Usd(i64::MAX)),
            o.key.clone(),
        )
    });
    v
}

/// A chart label: short, with "(before EOR)" where the EOR fee is left out, and "(your
/// quote)" on the founder's own.
fn bar_label(o: &CostOption) -> String {
    let mut l = o.short_label.clone();
    if o.eor_missing {
        l.push_str(" (before EOR)");
    }
    if o.your_quote {
        l.push_str(" (your quote)");
    }
    l
}

/// Every priced route for this engagement: monthly all-in ranges, cheapest first, and the
/// route where the hire is based as the reference line.
pub fn route_bars(report: &CostReport) -> (Vec<Bar>, Vec<Marker>) {
    let bars = sorted_by_cost(this_engagement(report))
        .into_iter()
        .filter_map(|o| {
            Some(Bar {
                label: bar_label(o),
                range: o.monthly_all_in()?,
                overridden: o.overridden(),
            })
        })
        .collect();
    // The founder's budget, then an employee found on job boards to compare with (the middle
    // of its range): each a labelled line with its legend entry.
    let budget = report.scenario.budget_monthly.map(|b| Marker {
        label: "Your budget".into(),
        value: b,
        budget: true,
    });
    let compare = report.option(&RouteKey::JobBoards).and_then(|o| {
        Some(Marker {
            label: format!("{}, to compare (the middle of its range)", o.label),
            value: o.monthly_all_in()?.mid(),
            budget: false,
        })
    });
    (bars, budget.into_iter().chain(compare).collect())
}

/// Routes with a time to hire, fastest first.
pub fn time_rows(report: &CostReport) -> Vec<(String, (u32, u32))> {
    let mut v: Vec<_> = this_engagement(report)
        .into_iter()
        .filter(|o| {
            !matches!(o.route, crate::cost::RouteKind::EmployeeAbroad)
                || o.key == RouteKey::JobBoards
        })
        .filter_map(|o| {
            let label = if o.hire_days_estimated {
                format!("{} (estimate)", bar_label(o))
            } else {
                bar_label(o)
            };
            Some((label, o.hire_days?))
        })
        .collect();
    crate::text::order::sort_by_key(&mut v, |(l, d)| (*d, l.clone()));
    v
}

fn fees_cell(o: &CostOption, rate: &Rate) -> Cell {
    let total = o
        .one_offs
        .iter()
        .fold(UsdRange::default(), |a, f| a + f.amount);
    Cell {
        text: if o.one_offs.is_empty() {
            "none".into()
        } else {
            o.one_offs
                .iter()
                .map(|f| format!("{}: {}", f.label(), rate.range(f.amount)))
                .collect::<Vec<_>>()
                .join("; ")
        },
        sort: SortKey::Num(total.mid().0),
        overridden: o.overridden() && !o.one_offs.is_empty(),
    }
}

fn match_cell(o: &CostOption) -> Cell {
    match o.match_days {
        Some((0, hi)) => Cell {
            text: format!("under {}", days_range(hi, hi)),
            sort: SortKey::Num(hi as i64),
            overridden: false,
        },
        other => days(other),
    }
}

fn hire_cell(o: &CostOption) -> Cell {
    let mut c = days(o.hire_days);
    if o.hire_days_estimated {
        c.text.push_str(" (estimate)");
    }
    c
}

/// The figure a route's price rests on, for its source line.
fn price_source(o: &CostOption) -> String {
    let m = market();
    if o.your_quote {
        return "Your quote".into();
    }
    let priced = o
        .used
        .iter()
        .find(|u| m.figure(&u.id).is_some_and(|f| f.unit.is_money()));
    match priced {
        Some(u) => m.short_citation(&u.id),
        None => "No price in the sources".into(),
    }
}

fn label_of(o: &CostOption) -> String {
    let mut label = o.label.clone();
    if o.your_quote {
        label.push_str(" (your quote)");
    }
    if o.closed.is_some() {
        label.push_str(" (closed)");
    }
    label
}

/// Options in page order: open before closed, by route, cheapest first within a route.
pub(super) fn in_page_order(report: &CostReport) -> Vec<&CostOption> {
    let mut options: Vec<&CostOption> = report.options.iter().collect();
    crate::text::order::sort_by_key(&mut options, |o| {
        (
            o.closed.is_some(),
            o.route,
            o.total.map(|t| t.mid()).unwrap_or(Usd(i64::MAX)),
            o.key.clone(),
        )
    });
    options
}

/// Every route the sources name for this engagement, and the founder's quotes: the numbers,
/// one row each. What each route involves is in `decision_view::route_groups`.
pub fn route_table(report: &CostReport, rate: &Rate) -> Table {
    Table {
        headers: [
            "Route",
            "Pay a month",
            "All-in a month",
            "One-off fees",
            "Total over the horizon",
            "Time to match",
            "Time to hire",
            "Budget",
        ]
        .map(String::from)
        .to_vec(),
        rows: in_page_order(report)
            .into_iter()
            .map(|o| {
                let ov = o.overridden();
                Row {
                    key: o.key.to_string(),
                    cells: vec![
                        text(label_of(o)),
                        money(o.monthly, ov, rate),
                        money(o.monthly_all_in(), ov, rate),
                        fees_cell(o, rate),
                        match o.total {
                            Some(t) if o.eor_missing => Cell {
                                text: format!("{} + EOR fee not set", rate.range(t)),
                                sort: SortKey::Num(t.mid().0),
                                overridden: ov,
                            },
                            t => money(t, ov, rate),
                        },
                        match_cell(o),
                        hire_cell(o),
                        text(if o.total.is_some() {
                            budget_word(o.budget)
                        } else if o.closed.is_some() {
                            "closed"
                        } else {
                            "no price"
                        }),
                    ],
                }
            })
            .collect(),
    }
}

/// What a route involves, in words: how you hire, its terms, its catch, and its source.
#[derive(Clone, Debug, PartialEq)]
pub struct RouteNote {
    pub key: String,
    pub label: String,
    pub how: &'static str,
    /// Trial, commitment, deposit and extras, one line each.
    pub terms: Vec<String>,
    pub catches: Vec<String>,
    pub source: String,
    /// It can be chosen as the route to go with (open).
    pub choosable: bool,
}

/// What one route involves, in words.
pub(super) fn route_note(o: &CostOption, rate: &Rate) -> RouteNote {
    {
        let mut terms = Vec::new();
        if let Some(t) = &o.trial {
            terms.push(format!("Trial: {}.", t.describe()));
        }
        if let Some((months, kind)) = o.commitment {
            let kind = crate::cost::words::commitment_word(kind);
            terms.push(format!("Commitment: {months} months, {kind}."));
        }
        for e in &o.extras {
            terms.push(format!(
                "{}: {} (extra, not in the total).",
                e.label,
                e.text(rate)
            ));
        }
        terms.extend(o.notes.iter().map(|n| n.words(rate)));
        let channel = o.channel.as_deref().and_then(|id| market().channel(id));
        if let Some(ch) = channel {
            terms.push(format!("Good for: {}.", ch.good_for.join("; ")));
            terms.push(format!("Watch out: {}.", ch.bad_for.join("; ")));
        }
        let mut catches: Vec<String> = o.catches.iter().map(|c| c.words(rate)).collect();
        if let Some(why) = &o.closed {
            catches.insert(0, format!("Closed: {why}"));
        }
        RouteNote {
            key: o.key.to_string(),
            label: label_of(o),
            how: o.route.label(),
            terms,
            catches,
            source: price_source(o),
            choosable: crate::cost::decision::chosen::choosable(o),
        }
    }
}

/// What a bar chart of money shows, in words, for screen readers: `intro`, then each bar.
pub fn describe_bars(intro: &str, bars: &[Bar], rate: &Rate) -> String {
    let items: Vec<String> = bars
        .iter()
        .map(|b| format!("{} {}", b.label, rate.range(b.range)))
        .collect();
    format!("{intro}: {}.", items.join(", "))
}

/// The time-to-hire chart in words.
pub fn describe_days(rows: &[(String, (u32, u32))]) -> String {
    let items: Vec<String> = rows
        .iter()
        .map(|(l, (a, b))| format!("{l} {a} to {b} days"))
        .collect();
    format!("Bar chart of days to hire: {}.", items.join(", "))
}

/// The over-time chart in words: the options drawn, then each break-even.
pub fn describe_over_time(series: &[Series], evens: &[BreakEven]) -> String {
    let labels: Vec<&str> = series.iter().map(|x| x.label.as_str()).collect();
    let sentences: Vec<&str> = evens.iter().map(|x| x.sentence.as_str()).collect();
    format!(
        "Line chart of cumulative cost for {}. {}",
        labels.join(", "),
        sentences.join(" ")
    )
}

/// A break-even between two picked options, in words and as a chart mark.
#[derive(Clone, Debug, PartialEq)]
pub struct BreakEven {
    pub sentence: String,
    pub mark: Mark,
}

pub fn over_time(report: &CostReport, picks: &[String]) -> (Vec<Series>, Vec<BreakEven>) {
    let horizon = report.scenario.horizon_months;
    let chosen = report.picked(picks);
    let series = chosen
        .iter()
        .filter_map(|o| {
            Some(Series {
                label: o.label.clone(),
                points: o.cumulative(horizon)?,
            })
        })
        .collect();
    let mut evens = Vec::new();
    for (i, a) in chosen.iter().enumerate() {
        for b in chosen.iter().skip(i + 1) {
            if let Some(x) = crossover(a, b, horizon) {
                let (before, after) = if x.cheaper_before == a.key {
                    (a, b)
                } else {
                    (b, a)
                };
                let value = before
                    .cumulative(horizon)
                    .and_then(|c| c.get(x.month as usize).copied())
                    .map(|r| r.mid())
                    .unwrap_or_default();
                evens.push(BreakEven {
                    sentence: format!(
                        "{} is cheaper at first; from about month {} on, {} costs less in total, even at the ends of both ranges.",
                        before.label, x.month, after.label
                    ),
                    mark: Mark {
                        month: x.month,
                        value,
                    },
                });
            }
        }
    }
    (series, evens)
}

/// The cumulative totals at a few months, for the table beside the chart.
pub fn over_time_table(report: &CostReport, picks: &[String], rate: &Rate) -> Table {
    let horizon = report.scenario.horizon_months;
    let months = months_shown(&[0, 1, 3, 6, 12, 24, 36, 60, 120], horizon);
    let headers: Vec<String> = std::iter::once("Option".to_string())
        .chain(months.iter().map(|m| month_header(*m)))
        .collect();
    Table {
        headers,
        rows: report
            .picked(picks)
            .into_iter()
            .filter_map(|o| {
                let c = o.cumulative(horizon)?;
                let ov = o.overridden();
                Some(Row {
                    key: o.key.to_string(),
                    cells: std::iter::once(text(o.label.clone()))
                        .chain(
                            months
                                .iter()
                                .map(|m| money(c.get(*m as usize).copied(), ov, rate)),
                        )
                        .collect(),
                })
            })
            .collect(),
    }
}

/// The months a table over time shows: those of `marks` before `last`, then `last`.
pub fn months_shown(marks: &[u32], last: u32) -> Vec<u32> {
    let mut months: Vec<u32> = marks.iter().copied().filter(|m| *m < last).collect();
    months.push(last);
    months
}

/// A month's column heading in a table over time: "Start", then "Month 3".
pub fn month_header(m: u32) -> String {
    if m == 0 {
        "Start".into()
    } else {
        format!("Month {m}")
    }
}

/// One row of the assumptions panel.
#[derive(Clone, Debug, PartialEq)]
pub struct FigureRow {
    pub id: String,
    pub label: String,
    /// None: an assumption with no default that the founder has not set.
    pub value: Option<f64>,
    pub base: Option<f64>,
    pub unit: Unit,
    pub citation: String,
    /// The sentence the figure is printed in (figures only).
    pub quote: Option<String>,
    pub overridden: bool,
    pub area: Option<Area>,
    pub reasoning: Option<String>,
}

impl FigureRow {
    pub fn assumption(&self) -> bool {
        self.area.is_some()
    }
}

/// Every assumption the planner uses (costs, timeline, job-ad checks), then every source figure
/// the report used, each with the value in force.
pub fn figure_rows(report: &CostReport, overrides: &KeyMap<f64>) -> Vec<FigureRow> {
    let m = market();
    let mut rows: Vec<FigureRow> = m
        .assumptions
        .iter()
        .map(|a| FigureRow {
            id: a.id.to_string(),
            label: a.label.to_string(),
            value: m.value(a.id, overrides).map(|v| v.value),
            base: a.value,
            unit: a.unit,
            citation: m.citation(a.id),
            quote: None,
            overridden: m.value(a.id, overrides).is_some_and(|v| v.overridden),
            area: Some(a.area),
            reasoning: Some(a.reasoning.to_string()),
        })
        .collect();
    crate::text::order::sort_by(&mut rows, |a, b| a.area.cmp(&b.area).then(a.id.cmp(&b.id)));
    let mut figures: Vec<FigureRow> = report
        .used
        .iter()
        .filter_map(|u| {
            let f = m.figure(&u.id)?;
            Some(FigureRow {
                id: f.id.to_string(),
                label: f.label.to_string(),
                value: m.value(f.id, overrides).map(|v| v.value),
                base: Some(f.value),
                unit: f.unit,
                citation: m.citation(f.id),
                quote: Some(f.quote.to_string()),
                overridden: u.overridden,
                area: None,
                reasoning: f.note.map(str::to_string),
            })
        })
        .collect();
    crate::text::order::sort_by(&mut figures, |a, b| a.id.cmp(&b.id));
    rows.extend(figures);
    rows
}

/// What a report's figures rest on, each citation once (`Market::short_citation`), the
/// assumptions left out: the caption of a chart taken out of the planner.
pub fn citations(report: &CostReport) -> Vec<String> {
    let m = market();
    let mut out: Vec<String> = Vec::new();
    for u in report.used.iter().filter(|u| m.figure(&u.id).is_some()) {
        let c = m.short_citation(&u.id);
        if !out.contains(&c) {
            out.push(c);
        }
    }
    out
}

/// Text ending with one full stop.
fn sentence(text: String) -> String {
    if text.ends_with('.') {
        text
    } else {
        format!("{text}.")
    }
}

/// One chart on its own, with what stands beside it: the chart embed and the snapshot.
#[derive(Clone, Debug, PartialEq)]
pub struct ChartPanel {
    pub title: &'static str,
    pub svg: String,
    /// What the chart shows, for screen readers.
    pub description: String,
    /// The chart's numbers.
    pub table: Table,
    /// The lines' names, in the chart's colours (`chart::palette_hex` of each index); empty
    /// for the bars, which are labelled where they are drawn.
    pub legend: Vec<String>,
    /// The scenario and the sources with their dates, each a sentence.
    pub caption: Vec<String>,
}

/// The chart `kind` for a report, `width` px wide: monthly cost by route, or the cumulative
/// cost of the routes the planner draws by default (`picks` empty) over the horizon.
pub fn chart_panel(
    report: &CostReport,
    kind: crate::cost::view::chart::ChartKind,
    picks: &[String],
    width: u32,
    rate: &Rate,
) -> ChartPanel {
    use crate::cost::view::chart::{self, ChartKind};
    let (svg, description, table, legend) = match kind {
        ChartKind::Month => {
            let (bars, markers) = route_bars(report);
            let table = Table {
                headers: vec!["Route".into(), "A month".into()],
                rows: bars
                    .iter()
                    .map(|b| Row {
                        key: b.label.clone(),
                        cells: vec![
                            text(b.label.clone()),
                            money(Some(b.range), b.overridden, rate),
                        ],
                    })
                    .collect(),
            };
            (
                chart::money_bars(&bars, &markers, width, rate),
                describe_bars(
                    "Bar chart of monthly cost by route, cheapest first",
                    &bars,
                    rate,
                ),
                table,
                Vec::new(),
            )
        }
        ChartKind::Time => {
            let (series, evens) = over_time(report, picks);
            let marks: Vec<_> = evens.iter().map(|e| e.mark.clone()).collect();
            (
                chart::cumulative(&series, &marks, width, rate),
                describe_over_time(&series, &evens),
                over_time_table(report, picks, rate),
                series.iter().map(|s| s.label.clone()).collect(),
            )
        }
    };
    ChartPanel {
        title: kind.title(),
        svg,
        description,
        table,
        legend,
        caption: vec![
            sentence(report.scenario.describe()),
            format!(
                "Sources: {}{}. Made with Hireplan.",
                citations(report).join("; "),
                if report.used.iter().any(|u| market().figure(&u.id).is_none()) {
                    ", and assumptions labelled in Hireplan"
                } else {
                    ""
                }
            ),
        ],
    }
}

#[cfg(test)]
mod tests;

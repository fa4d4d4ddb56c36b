//! What the Costs step shows, built from a `CostReport`: chart inputs and the tables beside
//! the charts (same numbers), plus the assumptions panel. Pure, so it is tested natively.

use super::chart::{Bar, Mark, Series};
use super::cost::{crossover, days_range, BudgetFit, CostOption, CostReport, OptionSource};
use super::market::{market, Unit};
use super::money::{Usd, UsdRange};
use std::cmp::Ordering;
use std::collections::BTreeMap;

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

fn text(t: impl Into<String>) -> Cell {
    let t = t.into();
    Cell {
        sort: SortKey::Text(t.to_lowercase()),
        text: t,
        overridden: false,
    }
}

fn money(r: Option<UsdRange>, overridden: bool) -> Cell {
    match r {
        Some(r) => Cell {
            text: r.whole(),
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
        rows.sort_by(|a, b| {
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

fn countries(report: &CostReport) -> Vec<&CostOption> {
    report
        .options
        .iter()
        .filter(|o| matches!(o.source, OptionSource::Country(_)))
        .collect()
}

fn channels(report: &CostReport) -> Vec<&CostOption> {
    report
        .options
        .iter()
        .filter(|o| matches!(o.source, OptionSource::Channel(_)))
        .collect()
}

fn sorted_by_cost(mut v: Vec<&CostOption>) -> Vec<&CostOption> {
    v.sort_by_key(|o| {
        (
            o.monthly_all_in().map(|m| m.mid()).unwrap_or(Usd(i64::MAX)),
            o.key.clone(),
        )
    });
    v
}

/// The option's place without "Employee in": the chart's title already says what is priced.
fn place(o: &CostOption) -> String {
    match &o.source {
        OptionSource::Country(id) => {
            let name = market()
                .country(id)
                .map(|c| c.name.clone())
                .unwrap_or_default();
            if o.key.starts_with("country-hourly") {
                format!("{name} (hourly rates)")
            } else {
                name
            }
        }
        OptionSource::Channel(_) => o.short_label.clone(),
    }
}

/// Country bars (monthly, all-in), cheapest first, and the US as the reference line.
pub fn country_bars(report: &CostReport) -> (Vec<Bar>, Option<Usd>) {
    let bars = sorted_by_cost(countries(report))
        .into_iter()
        .filter_map(|o| {
            Some(Bar {
                label: place(o),
                range: o.monthly_all_in()?,
                overridden: o.overridden(),
            })
        })
        .collect();
    let us = report
        .option("country:us")
        .and_then(|o| o.monthly_all_in())
        .map(|m| m.mid());
    (bars, us)
}

pub fn country_table(report: &CostReport) -> Table {
    let m = market();
    Table {
        headers: [
            "Option",
            "Pay a month",
            "Employer costs a month",
            "All-in a month",
            "Total over the horizon",
            "Source",
        ]
        .map(String::from)
        .to_vec(),
        rows: sorted_by_cost(countries(report))
            .into_iter()
            .map(|o| {
                let source = match &o.source {
                    OptionSource::Country(id) => m
                        .country(id)
                        .map(|c| {
                            let fig = if o.key.starts_with("country-hourly") {
                                c.hourly_low.clone().unwrap_or_default()
                            } else {
                                c.salary.clone()
                            };
                            m.short_citation(&fig)
                        })
                        .unwrap_or_default(),
                    OptionSource::Channel(_) => String::new(),
                };
                let ov = o.overridden();
                Row {
                    key: o.key.clone(),
                    cells: vec![
                        text(o.label.clone()),
                        money(o.monthly, ov),
                        match o.overhead_monthly {
                            Some(r) => money(Some(r), ov),
                            None => Cell {
                                text: "none".into(),
                                sort: SortKey::Num(0),
                                overridden: false,
                            },
                        },
                        money(o.monthly_all_in(), ov),
                        money(o.total, ov),
                        text(source),
                    ],
                }
            })
            .collect(),
    }
}

/// Channels with a price: monthly all-in ranges, cheapest first.
pub fn channel_bars(report: &CostReport) -> Vec<Bar> {
    sorted_by_cost(channels(report))
        .into_iter()
        .filter_map(|o| {
            Some(Bar {
                label: o.short_label.clone(),
                range: o.monthly_all_in()?,
                overridden: o.overridden(),
            })
        })
        .collect()
}

/// Channels with a time to hire, fastest first.
pub fn time_rows(report: &CostReport) -> Vec<(String, (u32, u32))> {
    let mut v: Vec<_> = channels(report)
        .into_iter()
        .filter_map(|o| Some((o.short_label.clone(), o.time_to_hire_days?)))
        .collect();
    v.sort_by_key(|(l, d)| (*d, l.clone()));
    v
}

pub fn channel_table(report: &CostReport) -> Table {
    let m = market();
    Table {
        headers: [
            "Channel",
            "Kind",
            "All-in a month",
            "One-off fees",
            "Total over the horizon",
            "Time to hire",
            "Trial",
            "Budget",
            "Good for",
            "Watch out",
        ]
        .map(String::from)
        .to_vec(),
        rows: sorted_by_cost(channels(report))
            .into_iter()
            .map(|o| {
                let ch = match &o.source {
                    OptionSource::Channel(id) => m.channel(id),
                    _ => None,
                };
                let ov = o.overridden();
                let fees = if o.one_offs.is_empty() {
                    Cell {
                        text: "none given".into(),
                        sort: SortKey::Num(0),
                        overridden: false,
                    }
                } else {
                    let total = o
                        .one_offs
                        .iter()
                        .fold(UsdRange::default(), |a, f| a + f.amount);
                    Cell {
                        text: o
                            .one_offs
                            .iter()
                            .map(|f| format!("{}: {}", f.label, f.amount.whole()))
                            .collect::<Vec<_>>()
                            .join("; "),
                        sort: SortKey::Num(total.mid().0),
                        overridden: ov,
                    }
                };
                let mut watch: Vec<String> = ch.map(|c| c.bad_for.clone()).unwrap_or_default();
                watch.extend(o.notes.iter().cloned());
                if let Some(note) = ch.and_then(|c| c.time_note.clone()) {
                    watch.push(format!("Time to hire: {note}"));
                }
                Row {
                    key: o.key.clone(),
                    cells: vec![
                        text(o.label.clone()),
                        text(ch.map(|c| c.kind.label()).unwrap_or_default()),
                        money(o.monthly_all_in(), ov),
                        fees,
                        money(o.total, ov),
                        days(o.time_to_hire_days),
                        match o.trial_days {
                            Some(d) => Cell {
                                text: format!("{d} days"),
                                sort: SortKey::Num(d as i64),
                                overridden: false,
                            },
                            None => Cell {
                                text: "not given".into(),
                                sort: SortKey::Missing,
                                overridden: false,
                            },
                        },
                        text(if o.total.is_some() {
                            budget_word(o.budget)
                        } else {
                            "no price"
                        }),
                        text(ch.map(|c| c.good_for.join("; ")).unwrap_or_default()),
                        text(watch.join("; ")),
                    ],
                }
            })
            .collect(),
    }
}

/// What a bar chart of money shows, in words, for screen readers: `intro`, then each bar.
pub fn describe_bars(intro: &str, bars: &[Bar]) -> String {
    let items: Vec<String> = bars
        .iter()
        .map(|b| format!("{} {}", b.label, b.range.whole()))
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
                        "{} is cheaper at first; from month {} on, {} costs less in total.",
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
pub fn over_time_table(report: &CostReport, picks: &[String]) -> Table {
    let horizon = report.scenario.horizon_months;
    let mut months: Vec<u32> = [0, 1, 3, 6, 12, 24, 36, 60, 120]
        .into_iter()
        .filter(|m| *m < horizon)
        .collect();
    months.push(horizon);
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
                    key: o.key.clone(),
                    cells: std::iter::once(text(o.label.clone()))
                        .chain(
                            months
                                .iter()
                                .map(|m| money(c.get(*m as usize).copied(), ov)),
                        )
                        .collect(),
                })
            })
            .collect(),
    }
}

fn month_header(m: u32) -> String {
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
    pub value: f64,
    pub base: f64,
    pub unit: Unit,
    pub citation: String,
    pub overridden: bool,
    pub assumption: bool,
    pub reasoning: Option<String>,
}

/// Every figure the report used, assumptions first, with the value in force.
pub fn figure_rows(report: &CostReport, overrides: &BTreeMap<String, f64>) -> Vec<FigureRow> {
    let m = market();
    let mut rows: Vec<FigureRow> = report
        .used
        .iter()
        .filter_map(|u| {
            let base = m.base_value(&u.id)?;
            let (label, assumption, reasoning) = match (m.figure(&u.id), m.assumption(&u.id)) {
                (Some(f), _) => (f.label.clone(), false, f.note.clone()),
                (None, Some(a)) => (a.label.clone(), true, Some(a.reasoning.clone())),
                _ => return None,
            };
            Some(FigureRow {
                id: u.id.clone(),
                label,
                value: m.value(&u.id, overrides).map(|v| v.value).unwrap_or(base),
                base,
                unit: m.unit(&u.id)?,
                citation: m.citation(&u.id),
                overridden: u.overridden,
                assumption,
                reasoning,
            })
        })
        .collect();
    rows.sort_by(|a, b| b.assumption.cmp(&a.assumption).then(a.id.cmp(&b.id)));
    rows
}

/// How a figure value reads in the panel and in inputs ("115000", "4.345").
pub fn plain_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        let s = format!("{v:.4}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Reads an override as typed: a finite, non-negative number (commas and $ allowed).
pub fn parse_override(text: &str) -> Result<f64, String> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '$' | '_' | ' ' | '%'))
        .collect();
    match cleaned.parse::<f64>() {
        Ok(v) if (0.0..1e12).contains(&v) => Ok(v),
        Ok(_) => Err("Enter a number from 0 up.".into()),
        Err(_) => Err("Enter a number, e.g. 95000.".into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::cost::{compute, Scenario};
    use crate::domain::plan::{EngagementKind, Plan, Seniority};

    fn report(kind: EngagementKind) -> CostReport {
        let mut plan = Plan::default();
        plan.engagement.kind = kind;
        compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap())
    }

    #[test]
    fn chart_descriptions_name_every_bar_and_break_even() {
        let r = report(EngagementKind::FullTimeEmployee);
        let bars = channel_bars(&r);
        let text = describe_bars("Bar chart of monthly cost ranges by channel", &bars);
        assert!(text.starts_with("Bar chart of monthly cost ranges by channel: "));
        assert!(text.ends_with('.'));
        for b in &bars {
            assert!(
                text.contains(&format!("{} {}", b.label, b.range.whole())),
                "{text}"
            );
        }
        let rows = time_rows(&r);
        let days = describe_days(&rows);
        for (l, (a, b)) in &rows {
            assert!(days.contains(&format!("{l} {a} to {b} days")), "{days}");
        }
        let picks: Vec<String> = r.options.iter().map(|o| o.key.clone()).collect();
        let (series, evens) = over_time(&r, &picks);
        let line = describe_over_time(&series, &evens);
        assert!(series.iter().all(|x| line.contains(&x.label)));
        assert!(evens.iter().all(|x| line.contains(&x.sentence)));
    }

    #[test]
    fn row_keys_are_unique_and_rows_have_every_column() {
        // The UI keys table rows by `key`: a repeated key would show one row twice.
        for kind in [
            EngagementKind::FullTimeEmployee,
            EngagementKind::FullTimeContractor,
            EngagementKind::PartTimeContractor,
            EngagementKind::Hourly,
        ] {
            let r = report(kind);
            let picks: Vec<String> = r.options.iter().map(|o| o.key.clone()).collect();
            for table in [
                country_table(&r),
                channel_table(&r),
                over_time_table(&r, &picks),
            ] {
                let mut keys: Vec<&str> = table.rows.iter().map(|x| x.key.as_str()).collect();
                let n = keys.len();
                assert!(n > 0);
                keys.sort();
                keys.dedup();
                assert_eq!(keys.len(), n, "repeated row key in {:?}", table.headers);
                assert!(table
                    .rows
                    .iter()
                    .all(|x| x.cells.len() == table.headers.len()));
            }
        }
    }

    #[test]
    fn country_bars_are_sorted_with_the_us_reference() {
        let (bars, us) = country_bars(&report(EngagementKind::FullTimeEmployee));
        assert_eq!(bars.len(), 11);
        assert_eq!(bars[0].label, "India");
        assert_eq!(bars[10].label, "United States");
        // $115,000 / 12 x 1.2 overhead
        assert_eq!(us.unwrap().whole(), "$11,500");
    }

    #[test]
    fn hourly_work_adds_the_india_rate_range() {
        let (bars, _) = country_bars(&report(EngagementKind::Hourly));
        assert_eq!(bars.len(), 12);
        assert!(bars.iter().any(|b| !b.range.is_point()));
    }

    #[test]
    fn tables_hold_the_same_numbers_as_the_charts() {
        let r = report(EngagementKind::FullTimeContractor);
        let bars = channel_bars(&r);
        let table = channel_table(&r);
        for bar in &bars {
            let row = table
                .rows
                .iter()
                .find(|row| row.cells[0].text.starts_with(&bar.label))
                .unwrap();
            assert_eq!(row.cells[2].text, bar.range.whole(), "{}", bar.label);
        }
        // Every channel is in the table, priced or not.
        assert_eq!(table.rows.len(), 14);
        let upwork = table
            .rows
            .iter()
            .find(|r| r.key == "channel:upwork")
            .unwrap();
        assert_eq!(upwork.cells[2].text, "not given");
    }

    #[test]
    fn sorting_puts_missing_values_last_both_ways() {
        let t = channel_table(&report(EngagementKind::FullTimeContractor));
        let asc = t.sorted(2, true);
        let desc = t.sorted(2, false);
        assert_eq!(asc.last().unwrap().cells[2].text, "not given");
        assert_eq!(desc.last().unwrap().cells[2].text, "not given");
        assert_eq!(asc[0].key, "channel:rocketdevs");
        assert_eq!(desc[0].key, "channel:toptal");
    }

    #[test]
    fn time_rows_fastest_first() {
        let rows = time_rows(&report(EngagementKind::FullTimeEmployee));
        assert_eq!(rows[0].0, "Lemon.io placement");
        assert_eq!(rows[0].1, (1, 1));
        assert_eq!(rows[1].1, (2, 2));
    }

    #[test]
    fn over_time_has_a_series_per_pick_and_break_evens() {
        let mut plan = Plan::default();
        plan.engagement.horizon_months = "24".into();
        plan.costs.home_country = "in".into();
        plan.costs.overrides.insert("wwr.posting".into(), 20_000.0);
        let r = compute(&Scenario::from_plan(&plan, Seniority::Senior).unwrap());
        let picks = vec!["channel:wwr".to_string(), "channel:rocketdevs".to_string()];
        let (series, evens) = over_time(&r, &picks);
        assert_eq!(series.len(), 2);
        assert_eq!(series[0].points.len(), 25);
        assert_eq!(evens.len(), 1);
        assert_eq!(evens[0].mark.month, 11);
        assert!(evens[0]
            .sentence
            .contains("from month 11 on, We Work Remotely hire (India) costs less"));
        let t = over_time_table(&r, &picks);
        assert_eq!(t.headers.first().map(String::as_str), Some("Option"));
        assert_eq!(t.headers.last().map(String::as_str), Some("Month 24"));
        assert_eq!(t.rows[0].cells[1].text, "$20,000");
    }

    #[test]
    fn figure_rows_list_assumptions_first_and_mark_overrides() {
        let mut plan = Plan::default();
        plan.costs
            .overrides
            .insert("salary.de.median".into(), 80_000.0);
        let r = compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap());
        let rows = figure_rows(&r, &plan.costs.overrides);
        assert!(rows[0].assumption);
        let de = rows.iter().find(|r| r.id == "salary.de.median").unwrap();
        assert!(de.overridden);
        assert_eq!((de.value, de.base), (80_000.0, 73_000.0));
        assert!(de.citation.contains("Glassdoor"));
        assert!(rows.iter().all(|r| !r.citation.is_empty()));
    }

    #[test]
    fn override_parsing() {
        assert_eq!(parse_override("95,000"), Ok(95000.0));
        assert_eq!(parse_override("$4.5"), Ok(4.5));
        assert_eq!(parse_override("25%"), Ok(25.0));
        assert!(parse_override("-1").is_err());
        assert!(parse_override("abc").is_err());
        assert!(parse_override("inf").is_err());
        assert_eq!(plain_number(4.345), "4.345");
        assert_eq!(plain_number(115000.0), "115000");
    }
}

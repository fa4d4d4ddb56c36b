//! Tests of `cost/view.rs`.

use super::*;
use crate::cost::{compute, Scenario};
use crate::plan::{EngagementKind, Plan, Seniority};
use crate::text::currency::Rate;

const KINDS: [EngagementKind; 4] = [
    EngagementKind::FullTimeEmployee,
    EngagementKind::FullTimeContractor,
    EngagementKind::PartTimeContractor,
    EngagementKind::Hourly,
];

fn report(kind: EngagementKind) -> CostReport {
    let mut plan = Plan::default();
    plan.engagement.kind = kind;
    compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap())
}

#[test]
fn row_keys_are_unique_and_rows_have_every_column() {
    // The UI keys table rows by `key`: a repeated key would show one row twice.
    for kind in KINDS {
        let r = report(kind);
        let picks: Vec<String> = r.options.iter().map(|o| o.key.to_string()).collect();
        for table in [
            route_table(&r, &Rate::usd()),
            over_time_table(&r, &picks, &Rate::usd()),
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
fn the_table_holds_the_same_numbers_as_the_chart_and_every_route() {
    for kind in KINDS {
        let r = report(kind);
        let (bars, _) = route_bars(&r);
        assert!(!bars.is_empty());
        let table = route_table(&r, &Rate::usd());
        // Every option of the report is a row, priced or not, closed or open, and has a
        // note saying what it involves.
        assert_eq!(table.rows.len(), r.options.len());
        let noted: usize = crate::cost::decision::view::route_groups(&r, &Rate::usd())
            .iter()
            .map(|g| g.members.len())
            .sum();
        assert_eq!(noted, r.options.len());
        for o in r.options.iter().filter(|o| o.monthly.is_some()) {
            let row = table
                .rows
                .iter()
                .find(|x| x.key == o.key.to_string())
                .unwrap();
            assert_eq!(
                row.cells[2].text,
                o.monthly_all_in().unwrap().whole(),
                "{}",
                o.key
            );
        }
        // The chart's bars are the priced routes of this engagement, nothing closed.
        assert!(!bars.is_empty(), "nothing to check");
        assert!(bars.iter().all(|b| !b.label.contains("GitHub")));
    }
}

#[test]
fn chart_descriptions_name_every_bar_and_break_even() {
    let r = report(EngagementKind::FullTimeContractor);
    let (bars, _) = route_bars(&r);
    let text = describe_bars("Bar chart of monthly cost by route", &bars, &Rate::usd());
    assert!(!bars.is_empty());
    for b in &bars {
        assert!(
            text.contains(&format!("{} {}", b.label, b.range.whole())),
            "{text}"
        );
    }
    let rows = time_rows(&r);
    assert!(!rows.is_empty());
    let days = describe_days(&rows);
    for (l, (a, b)) in &rows {
        assert!(days.contains(&format!("{l} {a} to {b} days")), "{days}");
    }
}

#[test]
fn figure_rows_list_every_assumption_with_its_area_and_figures_with_their_sentence() {
    let mut plan = Plan::default();
    plan.costs
        .overrides
        .insert("salary.de.median".into(), 80_000.0);
    let r = compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap());
    let rows = figure_rows(&r, &plan.costs.overrides);
    let assumptions = rows.iter().filter(|x| x.assumption()).count();
    assert_eq!(assumptions, market().assumptions.len());
    for id in [
        "assume.notice_period_weeks",
        "assume.platform_interview_days",
        "assume.job_board_sourcing_share",
        "assume.ad.max_words",
        "assume.eor_fee_monthly",
    ] {
        assert!(rows.iter().any(|x| x.id == id), "{id}");
    }
    let eor = rows
        .iter()
        .find(|x| x.id == "assume.eor_fee_monthly")
        .unwrap();
    assert_eq!(eor.value, None);
    let de = rows.iter().find(|x| x.id == "salary.de.median").unwrap();
    assert!(de.overridden);
    assert_eq!((de.value, de.base), (Some(80_000.0), Some(73_000.0)));
    assert_eq!(de.quote.as_deref(), Some("Germany $73,000"));
    assert!(rows
        .iter()
        .filter(|x| !x.assumption())
        .all(|x| x.quote.is_some()));
}

#[test]
fn a_chart_on_its_own_has_its_numbers_scenario_and_dated_sources() {
    use crate::cost::view::chart::{captioned, svg_size, ChartKind};
    let r = report(EngagementKind::FullTimeContractor);
    let usd = Rate::usd();
    let month = chart_panel(&r, ChartKind::Month, &[], 600, &usd);
    let (bars, _) = route_bars(&r);
    assert_eq!(month.table.rows.len(), bars.len());
    assert!(month.svg.starts_with("<svg"));
    let scenario = r.scenario.describe();
    assert!(month.caption[0].starts_with(scenario.trim_end_matches('.')));
    // One full stop, whether or not the scenario's words end with one.
    assert!(month.caption[0].ends_with('.') && !month.caption[0].ends_with(".."));
    let sources = &month.caption[1];
    assert!(sources.starts_with("Sources: ") && sources.ends_with("Made with Hireplan."));
    // Every citation carries its date (a year), or says the source has none.
    for c in citations(&r) {
        assert!(c.contains(" 20") || c.ends_with(", undated"), "{c}");
        assert!(sources.contains(&c));
    }
    let time = chart_panel(&r, ChartKind::Time, &[], 600, &usd);
    assert_eq!(time.table, over_time_table(&r, &[], &usd));
    assert!(month.legend.is_empty());
    assert_eq!(
        time.legend,
        over_time(&r, &[])
            .0
            .iter()
            .map(|s| s.label.clone())
            .collect::<Vec<_>>()
    );
    assert!(!time.legend.is_empty());
    assert_ne!(time.svg, month.svg);

    let file = captioned(&month.svg, month.title, &month.caption).unwrap();
    let (w, h) = svg_size(&month.svg).unwrap();
    let (fw, fh) = svg_size(&file).unwrap();
    assert_eq!(fw, w);
    assert!(fh > h + 40, "{fh} {h}");
    assert!(file.contains("Made with Hireplan."));
    assert!(file.contains(">Monthly cost of a backend developer, by route</text>"));
    // Text is escaped, and a string that is not a chart drawn here is refused.
    let odd = captioned(&month.svg, "A & B <c>", &[]).unwrap();
    assert!(odd.contains("A &amp; B &lt;c&gt;"));
    assert_eq!(captioned("<p>no</p>", "t", &[]), None);
}

//! Tests of `cost/chart.rs`.

use super::*;
use crate::text::currency::Rate;

fn bar(label: &str, lo: i64, hi: i64) -> Bar {
    Bar {
        label: label.into(),
        range: UsdRange::new(Usd::dollars(lo), Usd::dollars(hi)),
        overridden: false,
    }
}

#[test]
fn charts_fit_the_viewport_within_bounds() {
    assert_eq!(fit_width(360.0, 64.0), 296);
    assert_eq!(fit_width(320.0, 64.0), MIN_WIDTH);
    assert_eq!(fit_width(1280.0, 64.0), MAX_WIDTH);
    assert_eq!(fit_width(360.0, 24.0), 336);
    assert_eq!(fit_width(f64::NAN, 24.0), MAX_WIDTH);
}

#[test]
fn one_row_per_bar_with_labels_and_values() {
    let svg = money_bars(
        &[bar("Germany", 73000, 73000), bar("Toptal", 8690, 13904)],
        &[Marker {
            label: "United States".into(),
            value: Usd::dollars(115000),
            budget: false,
        }],
        720,
        &Rate::usd(),
    );
    assert!(svg.starts_with("<svg"));
    assert!(
        svg.contains(">\nGermany\n<") || svg.contains(">Germany<"),
        "{svg}"
    );
    assert!(svg.contains("$8,690 – $13,904"));
    assert!(svg.contains("United States: $115,000 a month"));
    // A point bar is one rectangle; a range bar adds a light and an outlined one.
    assert_eq!(svg.matches("<rect").count(), 1 + 1 + 3);
}

#[test]
fn user_text_is_escaped() {
    let svg = money_bars(
        &[bar("<script>alert(1)</script> & \"x\"", 1, 2)],
        &[],
        720,
        &Rate::usd(),
    );
    assert!(!svg.contains("<script>"));
    assert!(svg.contains("&lt;script&gt;"));
}

#[test]
fn overridden_bars_are_marked() {
    let mut b = bar("India", 10000, 10000);
    b.overridden = true;
    let svg = money_bars(&[b], &[], 720, &Rate::usd());
    assert!(svg.contains("India *"));
    assert!(
        svg.contains("#B06000") || svg.contains("#b06000"),
        "override colour"
    );
}

#[test]
fn phone_width_drops_value_labels_and_keeps_names() {
    let svg = money_bars(&[bar("Canada", 60000, 60000)], &[], 340, &Rate::usd());
    assert!(svg.contains("Canada"));
    assert!(!svg.contains("$60,000"));
    assert!(svg.contains("width=\"340\""));
}

#[test]
fn long_names_wrap_and_are_never_cut_at_any_width() {
    let long = "Lemon.io placement: employee in the United Kingdom (estimate)";
    for width in [280, 340, 720] {
        let svg = money_bars(&[bar(long, 60000, 90000)], &[], width, &Rate::usd());
        assert!(!svg.contains('…'), "cut at {width}");
        // Every word is drawn, in lines that fit the chart.
        let texts: Vec<&str> = svg
            .split("<text")
            .skip(1)
            .filter_map(|t| Some(&t[t.find('>')? + 1..t.find("</text>")?]))
            .collect();
        for word in long.split(' ') {
            assert!(texts.iter().any(|t| t.contains(word)), "{word} at {width}");
        }
        let longest = texts.iter().map(|t| t.chars().count()).max().unwrap();
        assert!(longest * 7 <= width as usize, "{longest} chars at {width}");
        // A row grows to hold its lines: the chart is taller than one line's row.
        let (_, h) = svg_size(&svg).unwrap();
        assert!(h > 12 + 30 + 26, "{h} at {width}");
    }
}

#[test]
fn nice_axis_rounds_up() {
    assert_eq!(nice_axis(115000.0, 5), (125000.0, 25000.0));
    assert_eq!(nice_axis(42.0, 5), (50.0, 10.0));
    assert_eq!(nice_axis(0.0, 5).0, 1.0);
    assert_eq!(nice_axis(f64::NAN, 5).0, 1.0);
}

#[test]
fn svg_size_reads_the_declared_box() {
    let svg = money_bars(&[], &[], 640, &Rate::usd());
    let (w, h) = svg_size(&svg).expect("a size");
    assert_eq!(w, 640);
    assert!(h > 0);
    assert_eq!(
        svg_size(r#"<svg viewBox="0 0 1 1" width="720" height="308">"#),
        Some((720, 308))
    );
    assert_eq!(svg_size(""), None);
    assert_eq!(svg_size(r#"<svg width="0" height="10">"#), None);
    assert_eq!(svg_size(r#"<svg width="x" height="10">"#), None);
}

#[test]
fn day_bars_show_days_not_dollars() {
    let svg = day_bars(
        &[("Toptal".into(), (2, 2)), ("LinkedIn".into(), (21, 42))],
        720,
    );
    assert!(svg.contains("21–42 days"), "{svg}");
    assert!(svg.contains("2 days"));
    assert!(!svg.contains('$'));
}

#[test]
fn cumulative_draws_a_line_per_series_and_marks() {
    let s = |label: &str, step: i64| Series {
        label: label.into(),
        points: (0..=12)
            .map(|m| UsdRange::point(Usd::dollars(m * step)))
            .collect(),
    };
    let svg = cumulative(
        &[s("A", 1000), s("B", 2000)],
        &[Mark {
            month: 6,
            value: Usd::dollars(6000),
        }],
        720,
        &Rate::usd(),
    );
    // One line in each series' colour: grid lines and axes do not count.
    let lines_in = |svg: &str, i: usize| {
        let colour = palette_hex(i).to_uppercase();
        svg.split('<')
            .filter(|el| el.starts_with("polyline") || el.starts_with("path"))
            .filter(|el| el.to_uppercase().contains(&colour))
            .count()
    };
    assert_eq!(lines_in(&svg, 0), 1, "{svg}");
    assert_eq!(lines_in(&svg, 1), 1, "{svg}");
    assert_eq!(svg.matches("<circle").count(), 1);
    assert!(svg.contains("months from the start"));
    // With no series, nothing is drawn in a series colour.
    let empty = cumulative(&[], &[], 720, &Rate::usd());
    assert_eq!(lines_in(&empty, 0), 0);
    assert_eq!(empty.matches("<circle").count(), 0);
}

#[test]
fn the_cash_chart_goes_below_zero_with_a_dark_zero_line_and_labels_in_the_currency() {
    let falling = Series {
        label: "Toptal".into(),
        points: (0..=12)
            .map(|m| UsdRange::point(Usd::dollars(100_000 - m * 12_000)))
            .collect(),
    };
    let svg = cash(std::slice::from_ref(&falling), 720, &Rate::usd());
    // $100k down to -$44k: the axis runs from -$50k, and zero is a dark line.
    assert!(svg.contains("\n-$50k\n"), "{svg}");
    assert!(svg.contains("\n$0\n"), "{svg}");
    assert!(svg.contains("stroke-width=\"2\""), "{svg}");
    assert!(svg.contains("months from the cash figure"));
    let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
    let eur = crate::text::currency::parse_rate(
        crate::text::currency::Currency::Eur,
        "0.9",
        "2026-12-01",
        d,
    )
    .unwrap();
    let svg = cash(&[falling], 720, &eur);
    assert!(svg.contains("€") && !svg.contains("$"), "{svg}");
    // The cumulative chart keeps its axis from zero: no dark line.
    let up = Series {
        label: "x".into(),
        points: vec![
            UsdRange::point(Usd::ZERO),
            UsdRange::point(Usd::dollars(9_000)),
        ],
    };
    assert!(!cumulative(&[up], &[], 720, &Rate::usd()).contains("stroke-width=\"2\""));
}

/// Issue 38: the budget is a labelled line, every line has its legend entry, and nothing is
/// cut at 360 px (the first axis label starts at its line, 4 px from the edge).
#[test]
fn every_line_has_a_legend_entry_and_the_axis_fits_a_phone() {
    let markers = [
        Marker {
            label: "Your budget".into(),
            value: Usd::dollars(9000),
            budget: true,
        },
        Marker {
            label: "Job boards: employee in Germany, to compare (the middle of its range)".into(),
            value: Usd::dollars(10296),
            budget: false,
        },
    ];
    for width in [296, 336, 720] {
        let svg = money_bars(
            &[bar("Toptal", 8690, 13904), bar("RocketDevs", 2200, 2400)],
            &markers,
            width,
            &Rate::usd(),
        );
        assert!(svg.contains("Your budget: $9,000 a month"), "{svg}");
        assert!(svg.contains("compare"), "{svg}");
        // The line that was unexplained is now said, with its amount, in the legend.
        assert!(svg.contains("$10,296"), "{svg}");
        // "$0" starts at the plot's left edge, anchored at its start, never centred across it.
        let zero = svg
            .find(">$0<")
            .or_else(|| svg.find(">\n$0\n<"))
            .expect("$0");
        let tag = &svg[svg[..zero].rfind("<text").unwrap()..zero];
        assert!(!tag.contains("text-anchor=\"middle\""), "{tag}");
        // Every text's x is within the chart.
        for part in svg.split("<text").skip(1) {
            let x: i32 = part
                .split("x=\"")
                .nth(1)
                .and_then(|r| r.split('"').next())
                .and_then(|v| v.parse().ok())
                .unwrap();
            assert!((0..=width as i32).contains(&x), "{x} outside {width}");
        }
    }
}

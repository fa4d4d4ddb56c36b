//! Charts drawn with plotters into SVG strings. Pure: the UI only puts the string in the page.
//!
//! Layout is done here with plotters' primitives (few text labels, because in the browser
//! plotters measures text through the DOM), so charts stay legible at phone width.

use crate::text::currency::Rate;
use crate::text::money::{Usd, UsdRange};
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// plotters draws fonts at 1/1.24 of the size asked; these are the sizes we want on screen.
const FONT_SCALE: f64 = 1.24;
const INK: RGBColor = RGBColor(27, 34, 51);
const MUTED: RGBColor = RGBColor(79, 90, 115);
const GRID: RGBColor = RGBColor(220, 224, 234);
const ACCENT: RGBColor = RGBColor(42, 91, 215);
const OVERRIDE: RGBColor = RGBColor(176, 96, 0);
const REFERENCE: RGBColor = RGBColor(179, 38, 30);
/// Series colours, distinguishable for the common colour-vision deficiencies (Okabe-Ito).
pub const PALETTE: [RGBColor; 7] = [
    RGBColor(0, 114, 178),
    RGBColor(213, 94, 0),
    RGBColor(0, 158, 115),
    RGBColor(204, 121, 167),
    RGBColor(86, 180, 233),
    RGBColor(230, 159, 0),
    RGBColor(0, 0, 0),
];

pub fn palette_hex(i: usize) -> String {
    let c = PALETTE[i % PALETTE.len()];
    format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2)
}

fn font(px: f64, color: &RGBColor) -> TextStyle<'static> {
    ("sans-serif", px * FONT_SCALE).into_font().color(color)
}

fn anchored(style: TextStyle<'static>, h: HPos, v: VPos) -> TextStyle<'static> {
    style.pos(Pos::new(h, v))
}

/// One bar: a label and a money range (a point when low == high).
#[derive(Clone, Debug, PartialEq)]
pub struct Bar {
    pub label: String,
    pub range: UsdRange,
    /// Drawn in the override colour with a marker, so overridden figures stand out.
    pub overridden: bool,
}

/// A labelled line across the bars, with its own entry in the legend under the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Marker {
    /// What the line is, in the legend ("Your budget", "Job boards, for comparison").
    pub label: String,
    pub value: Usd,
    /// The founder's monthly budget: drawn dashed in ink, the others solid in red.
    pub budget: bool,
}

/// A "nice" axis maximum and tick step above `max`.
fn nice_axis(max: f64, ticks: usize) -> (f64, f64) {
    if max.is_nan() || max <= 0.0 {
        return (1.0, 1.0 / ticks as f64);
    }
    let rough = max / ticks as f64;
    let mag = 10f64.powf(rough.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= rough)
        .unwrap_or(10.0 * mag);
    ((max / step).ceil() * step, step)
}

/// A label in lines of at most `max` characters, broken at spaces: a chart's names are never
/// cut (a word longer than a line keeps its line to itself).
fn wrap(label: &str, max: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in label.split(' ') {
        match lines.last_mut() {
            Some(l) if l.chars().count() + 1 + word.chars().count() <= max => {
                l.push(' ');
                l.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// About 7 px a character at 13 px: how many fit in `px`.
fn chars_in(px: u32) -> usize {
    (px / 7).max(8) as usize
}

/// Narrowest and widest a chart is drawn, in CSS pixels.
pub const MIN_WIDTH: u32 = 280;
pub const MAX_WIDTH: u32 = 720;

/// The width a chart is drawn at for a viewport `viewport` px wide, less `padding` px of the
/// page around it: the whole width on a phone, `MAX_WIDTH` on a larger screen.
pub fn fit_width(viewport: f64, padding: f64) -> u32 {
    if !viewport.is_finite() {
        return MAX_WIDTH;
    }
    (viewport - padding).clamp(MIN_WIDTH as f64, MAX_WIDTH as f64) as u32
}

/// The width and height an SVG drawn here declares, read from its opening tag. The page gives
/// the chart's box that aspect ratio, so a redrawn chart never moves the page around it.
pub fn svg_size(svg: &str) -> Option<(u32, u32)> {
    let tag = &svg[svg.find("<svg")?..];
    let tag = &tag[..tag.find('>')?];
    let attr = |name: &str| -> Option<u32> {
        let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        let len = tag[start..].find('"')?;
        tag[start..start + len].parse().ok().filter(|v| *v > 0)
    };
    Some((attr("width")?, attr("height")?))
}

/// Horizontal bars of money, one row each, with labelled lines (the budget, a route to compare
/// with), each with its legend entry. Amounts print in the founder's currency, on an axis of
/// round numbers in it.
pub fn money_bars(bars: &[Bar], markers: &[Marker], width: u32, rate: &Rate) -> String {
    draw_bars(
        bars,
        markers,
        width,
        rate.per_dollar(),
        &|v| rate.compact_units(v),
        &|b: &Bar| rate.range(b.range),
        &|u: Usd| rate.whole(u),
    )
}

/// Horizontal bars of days (low-high), e.g. time to hire.
pub fn day_bars(rows: &[(String, (u32, u32))], width: u32) -> String {
    let bars: Vec<Bar> = rows
        .iter()
        .map(|(label, (lo, hi))| Bar {
            label: label.clone(),
            range: UsdRange::new(Usd(*lo as i64), Usd(*hi as i64)),
            overridden: false,
        })
        .collect();
    let days =
        |b: &Bar| crate::text::format::days_range(b.range.low().0 as u32, b.range.high().0 as u32);
    // Days are held as "cents": 100 to the axis unit.
    draw_bars(
        &bars,
        &[],
        width,
        100.0,
        &|v| crate::text::format::fixed(v, 0),
        &days,
        &|_| String::new(),
    )
}

fn draw_bars(
    bars: &[Bar],
    markers: &[Marker],
    width: u32,
    per: f64,
    tick: &dyn Fn(f64) -> String,
    value: &dyn Fn(&Bar) -> String,
    amount: &dyn Fn(Usd) -> String,
) -> String {
    let top = 12u32;
    let axis = 26u32;
    let narrow = width < 480;
    // On a phone each name takes the whole width above its bar; on a larger screen it has a
    // column of its own. Either way a long name wraps, and its row grows to hold it.
    let label_w = if narrow { width - 8 } else { width * 30 / 100 };
    let value_w = if narrow { 0 } else { 120 };
    let plot_x0 = if narrow { 4 } else { label_w + 8 };
    // On a phone the last axis label is centred on the right edge: leave it room.
    let plot_x1 = width
        .saturating_sub(value_w + if narrow { 22 } else { 12 })
        .max(plot_x0 + 10);
    let rows: Vec<(Vec<String>, u32)> = bars
        .iter()
        .map(|bar| {
            let label = if bar.overridden {
                format!("{} *", bar.label)
            } else {
                bar.label.clone()
            };
            let lines = wrap(&label, chars_in(label_w));
            let n = lines.len() as u32;
            let h = if narrow {
                16 * n + 24
            } else {
                (16 * n + 12).max(30)
            };
            (lines, h)
        })
        .collect();
    let rows_h: u32 = rows.iter().map(|r| r.1).sum::<u32>().max(30);
    // The legend: one entry a marker, a sample of its line then its words, wrapped.
    let legend: Vec<Vec<String>> = markers
        .iter()
        .map(|m| {
            wrap(
                &format!("{}: {} a month", m.label, amount(m.value)),
                chars_in(width.saturating_sub(40)),
            )
        })
        .collect();
    let legend_h: u32 = legend.iter().map(|l| 16 * l.len() as u32 + 4).sum::<u32>()
        + if legend.is_empty() { 0 } else { 6 };
    let height = top + rows_h + axis + legend_h;
    let max = bars
        .iter()
        .map(|b| b.range.high().as_f64())
        .chain(markers.iter().map(|m| m.value.as_f64()))
        .fold(0.0, f64::max);
    // Round numbers in the unit shown (`per` of them to a dollar), placed on the dollar axis.
    let (axis_max, step) = nice_axis(max * per, if narrow { 3 } else { 5 });
    let (axis_max, step) = (axis_max / per, step / per);
    let x = |v: f64| plot_x0 as i32 + ((v / axis_max) * (plot_x1 - plot_x0) as f64).round() as i32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let base = (top + rows_h) as i32;
        let mut t = 0.0;
        while t <= axis_max + step / 2.0 {
            let gx = x(t);
            let _ = root.draw(&PathElement::new(
                vec![(gx, top as i32), (gx, base)],
                GRID.stroke_width(1),
            ));
            // The first label starts at its line and the last ends at it, so neither is cut
            // at the chart's edges (at 360 px the first sits 4 px from the edge).
            let h = if t == 0.0 {
                HPos::Left
            } else if t + step > axis_max + step / 2.0 && narrow {
                HPos::Right
            } else {
                HPos::Center
            };
            let _ = root.draw(&Text::new(
                tick(t * per),
                (gx, base + 6),
                anchored(font(12.0, &MUTED), h, VPos::Top),
            ));
            t += step;
        }
        let mut y = top as i32;
        for (bar, (lines, h)) in bars.iter().zip(&rows) {
            let n = lines.len() as i32;
            let (y0, y1) = if narrow {
                (y + 16 * n + 4, y + *h as i32 - 4)
            } else {
                (y + *h as i32 / 2 - 10, y + *h as i32 / 2 + 10)
            };
            let color = if bar.overridden { OVERRIDE } else { ACCENT };
            for (k, line) in lines.iter().enumerate() {
                let (pos, at) = if narrow {
                    (
                        (plot_x0 as i32, y + 2 + 16 * k as i32),
                        (HPos::Left, VPos::Top),
                    )
                } else {
                    let first = (y0 + y1) / 2 - 8 * (n - 1);
                    (
                        (label_w as i32, first + 16 * k as i32),
                        (HPos::Right, VPos::Center),
                    )
                };
                let _ = root.draw(&Text::new(
                    line.clone(),
                    pos,
                    anchored(font(13.0, &INK), at.0, at.1),
                ));
            }
            y += *h as i32;
            let (lo, hi) = (bar.range.low().as_f64(), bar.range.high().as_f64());
            if bar.range.is_point() {
                let _ = root.draw(&Rectangle::new(
                    [(x(0.0), y0), (x(hi).max(x(0.0) + 1), y1)],
                    color.filled(),
                ));
            } else {
                // Solid up to the low end, lighter from low to high: the range the source gives.
                let _ = root.draw(&Rectangle::new(
                    [(x(0.0), y0), (x(lo).max(x(0.0) + 1), y1)],
                    color.filled(),
                ));
                let _ = root.draw(&Rectangle::new(
                    [(x(lo), y0), (x(hi), y1)],
                    color.mix(0.35).filled(),
                ));
                let _ = root.draw(&Rectangle::new(
                    [(x(lo), y0), (x(hi), y1)],
                    color.stroke_width(1),
                ));
            }
            if !narrow {
                let _ = root.draw(&Text::new(
                    value(bar),
                    (plot_x1 as i32 + 8, (y0 + y1) / 2),
                    anchored(font(12.0, &INK), HPos::Left, VPos::Center),
                ));
            }
        }
        let mut ly = base + axis as i32 + 6;
        for (m, lines) in markers.iter().zip(&legend) {
            let rx = x(m.value.as_f64());
            let color = if m.budget { INK } else { REFERENCE };
            // The budget dashed, the others solid: told apart without colour too.
            let dash = if m.budget { 6 } else { base - top as i32 + 4 };
            let mut y = top as i32 - 4;
            while y < base {
                let _ = root.draw(&PathElement::new(
                    vec![(rx, y), (rx, (y + dash).min(base))],
                    color.stroke_width(2),
                ));
                y += dash + 4;
            }
            // The legend's sample of the line, then its words.
            let mut sx = 4;
            while sx < 28 {
                let _ = root.draw(&PathElement::new(
                    vec![(sx, ly + 8), ((sx + dash).min(28), ly + 8)],
                    color.stroke_width(2),
                ));
                sx += dash + 4;
            }
            for (k, line) in lines.iter().enumerate() {
                let _ = root.draw(&Text::new(
                    line.clone(),
                    (34, ly + 16 * k as i32),
                    anchored(font(12.0, &INK), HPos::Left, VPos::Top),
                ));
            }
            ly += 16 * lines.len() as i32 + 4;
        }
        let _ = root.present();
    }
    svg
}

/// One line of the cumulative chart: cost at the end of months 0..=horizon.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub label: String,
    pub points: Vec<UsdRange>,
}

/// A marked point where one line overtakes another.
#[derive(Clone, Debug, PartialEq)]
pub struct Mark {
    pub month: u32,
    pub value: Usd,
}

/// Cumulative cost over the horizon: one line per option (middle of the range) with the range
/// shaded, one-off fees as steps at month 0, break-even points circled.
pub fn cumulative(series: &[Series], marks: &[Mark], width: u32, rate: &Rate) -> String {
    lines(series, marks, None, width, rate, "months from the start")
}

/// The shortlist's cumulative cost, with the founder's budget over the same months drawn
/// dashed in ink (told apart from the routes without colour).
pub fn cumulative_with_budget(
    series: &[Series],
    budget: Option<&Series>,
    width: u32,
    rate: &Rate,
) -> String {
    lines(series, &[], budget, width, rate, "months from the start")
}

/// The company's cash over time: one line per route (and one without the hire), the range
/// shaded, and the zero line drawn dark: where a line crosses it, the cash has run out.
pub fn cash(series: &[Series], width: u32, rate: &Rate) -> String {
    lines(
        series,
        &[],
        None,
        width,
        rate,
        "months from the cash figure's date",
    )
}

fn lines(
    series: &[Series],
    marks: &[Mark],
    budget: Option<&Series>,
    width: u32,
    rate: &Rate,
    x_label: &str,
) -> String {
    let height = if width < 480 { 260 } else { 320 };
    let (left, right, top, bottom) = (58i32, 16i32, 12i32, 40i32);
    let horizon = series
        .iter()
        .map(|s| s.points.len())
        .max()
        .unwrap_or(1)
        .saturating_sub(1)
        .max(1);
    let max = series
        .iter()
        .chain(budget)
        .flat_map(|s| s.points.iter().map(|p| p.high().as_f64()))
        .fold(0.0, f64::max);
    let min = series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.low().as_f64()))
        .fold(0.0, f64::min);
    // Round steps in the unit shown, from a multiple of the step at or below zero.
    let per = rate.per_dollar();
    let (_, step) = nice_axis((max - min) * per, 4);
    let step = step / per;
    let axis_min = (min / step).floor() * step;
    let axis_max = ((max / step).ceil() * step).max(axis_min + step);
    let pw = width as i32 - left - right;
    let ph = height as i32 - top - bottom;
    let x = |m: f64| left + (m / horizon as f64 * pw as f64).round() as i32;
    let y = |v: f64| top + ph - ((v - axis_min) / (axis_max - axis_min) * ph as f64).round() as i32;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (width, height)).into_drawing_area();
        let _ = root.fill(&WHITE);
        let mut t = axis_min;
        while t <= axis_max + step / 2.0 {
            let gy = y(t);
            let zero = t.abs() < step / 2.0 && axis_min < 0.0;
            let _ = root.draw(&PathElement::new(
                vec![(left, gy), (left + pw, gy)],
                if zero {
                    INK.stroke_width(2)
                } else {
                    GRID.stroke_width(1)
                },
            ));
            let _ = root.draw(&Text::new(
                rate.compact_units((t * per * 1e6).round() / 1e6),
                (left - 6, gy),
                anchored(font(12.0, &MUTED), HPos::Right, VPos::Center),
            ));
            t += step;
        }
        let month_step = [1usize, 2, 3, 6, 12, 24]
            .into_iter()
            .find(|s| horizon / s <= if width < 480 { 4 } else { 8 })
            .unwrap_or(24);
        let mut m = 0;
        while m <= horizon {
            let _ = root.draw(&Text::new(
                m.to_string(),
                (x(m as f64), top + ph + 6),
                anchored(font(12.0, &MUTED), HPos::Center, VPos::Top),
            ));
            m += month_step;
        }
        let _ = root.draw(&Text::new(
            x_label,
            (left + pw / 2, top + ph + 22),
            anchored(font(12.0, &MUTED), HPos::Center, VPos::Top),
        ));
        for (i, s) in series.iter().enumerate() {
            let c = PALETTE[i % PALETTE.len()];
            if s.points.iter().any(|p| !p.is_point()) {
                let mut band: Vec<(i32, i32)> = s
                    .points
                    .iter()
                    .enumerate()
                    .map(|(m, p)| (x(m as f64), y(p.high().as_f64())))
                    .collect();
                band.extend(
                    s.points
                        .iter()
                        .enumerate()
                        .rev()
                        .map(|(m, p)| (x(m as f64), y(p.low().as_f64()))),
                );
                let _ = root.draw(&Polygon::new(band, c.mix(0.15).filled()));
            }
            let line: Vec<(i32, i32)> = s
                .points
                .iter()
                .enumerate()
                .map(|(m, p)| (x(m as f64), y(p.mid().as_f64())))
                .collect();
            let _ = root.draw(&PathElement::new(line, c.stroke_width(3)));
        }
        if let Some(b) = budget {
            // Dashed: a short stroke from each month's point towards the next.
            for (m, pair) in b.points.windows(2).enumerate() {
                let (x0, y0) = (x(m as f64), y(pair[0].mid().as_f64()));
                let (x1, y1) = (x(m as f64 + 1.0), y(pair[1].mid().as_f64()));
                let _ = root.draw(&PathElement::new(
                    vec![(x0, y0), ((x0 + x1) / 2, (y0 + y1) / 2)],
                    INK.stroke_width(2),
                ));
            }
        }
        for mark in marks {
            let (mx, my) = (x(mark.month as f64), y(mark.value.as_f64()));
            let _ = root.draw(&Circle::new((mx, my), 7, REFERENCE.stroke_width(2)));
        }
        let _ = root.present();
    }
    svg
}

/// A chart taken out of the planner on its own (the chart embed, the snapshot).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ChartKind {
    /// Monthly cost by route.
    #[default]
    Month,
    /// Cost over time, over the horizon.
    Time,
}

impl ChartKind {
    pub const ALL: [ChartKind; 2] = [ChartKind::Month, ChartKind::Time];

    pub fn slug(self) -> &'static str {
        match self {
            ChartKind::Month => "month",
            ChartKind::Time => "time",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            ChartKind::Month => "Monthly cost of a backend developer, by route",
            ChartKind::Time => "Cost of a backend developer over time, by route",
        }
    }
}

fn xml_text(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// A chart drawn here as a file that stands alone (a snapshot for a post that cannot hold a
/// frame): a title above it and a caption below, both wrapped to its width, on white. None
/// when `svg` is not a chart drawn here.
pub fn captioned(svg: &str, title: &str, caption: &[String]) -> Option<String> {
    let (w, h) = svg_size(svg)?;
    let start = svg.find("<svg")?;
    // About 6.5 px a character at 12 px, 8 px at 15 px bold.
    let heads = wrap(title, (w.saturating_sub(16) / 8).max(8) as usize);
    let notes: Vec<String> = caption
        .iter()
        .flat_map(|c| wrap(c, chars_in(w.saturating_sub(16)) + 2))
        .collect();
    let top = 12 + 20 * heads.len() as u32;
    let total = top + h + 8 + 16 * notes.len() as u32;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{total}\" viewBox=\"0 0 {w} {total}\" font-family=\"sans-serif\"><rect width=\"{w}\" height=\"{total}\" fill=\"#fff\"/>"
    );
    for (i, l) in heads.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"8\" y=\"{}\" font-size=\"15\" font-weight=\"bold\" fill=\"#1b2233\">{}</text>",
            24 + 20 * i as u32,
            xml_text(l)
        ));
    }
    out.push_str(&format!("<svg y=\"{top}\"{}", &svg[start + 4..]));
    for (i, l) in notes.iter().enumerate() {
        out.push_str(&format!(
            "<text x=\"8\" y=\"{}\" font-size=\"12\" fill=\"#4f5a73\">{}</text>",
            top + h + 18 + 16 * i as u32,
            xml_text(l)
        ));
    }
    out.push_str("</svg>");
    Some(out)
}

#[cfg(test)]
mod tests;

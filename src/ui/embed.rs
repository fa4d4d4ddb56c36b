//! The embed views for blog posts: `?embed=costs` (a compact cost calculator),
//! `?embed=plan#share=…` (a shared plan, read-only) and `?embed=chart` (one chart with its
//! table and caption). No navigation chrome, no storage: the plan lives in memory, so the main
//! app's plans are never read or written. The page tells its host its height with postMessage
//! so the iframe can size itself. Each embed reads its presets (`session::preset`) in its own
//! chunk; the theme was set before the first paint by the page's head script.

use hireplan_core::cost::runway::finance::finance;
use hireplan_core::cost::runway::words as runway_words;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::parts::Embeds;
use crate::ui::state::PlanStore;
use hireplan_core::codec::{decode_share, EmbedKind};
use hireplan_core::cost::decision::view::embed_route_lines;
use hireplan_core::cost::view as cost_view;
use hireplan_core::cost::view::chart::{self, ChartKind};
use hireplan_core::cost::{compute, Scenario};
use hireplan_core::hiring::plan_route;
use hireplan_core::market::market;
use hireplan_core::plan::{EngagementKind, Seniority};
use hireplan_core::role::requirements::{must_haves, nice_to_haves};
use hireplan_core::role::seniority;
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::session::preset::Presets;
use hireplan_core::story::shortlist::{compare, Row};
use hireplan_core::story::shortlist_words;
use hireplan_core::story::{start_on, words::start_sentence};

/// The embed's presets, read from its address. Called in an embed's own chunk.
fn presets() -> Presets {
    let search = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default();
    Presets::parse(&search, crate::ui::state::today())
}

/// Reads the presets and puts their starting values into the embed's plan (in memory).
fn start(store: PlanStore) -> Presets {
    let p = presets();
    for e in p.edits() {
        store.set(e);
    }
    p
}

/// The company's runway before the hire, where the embed carries its cash figures (a preset,
/// or a link the founder ticked for it); None otherwise.
fn runway_line(plan: &hireplan_core::plan::Plan, day: chrono::NaiveDate) -> Option<String> {
    let r = hireplan_core::cost::runway::runway_without(&finance(plan, day).inputs).ok()?;
    Some(format!(
        "The company's cash, before this hire: {}",
        runway_words::runway(&r)
    ))
}

/// "Open in Hireplan": the planner in a new tab, from the reader's current values (never the
/// company's cash). The sandbox lets it escape.
#[component]
fn OpenInHireplan() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let href = move || {
        let q = store.plan.with(|p| {
            Presets::default()
                .with_plan(p, crate::ui::state::today())
                .query(false)
        });
        format!("./?{q}#/costs")
    };
    view! {
        <p class="embed-open"><a href=href target="_blank" rel="noopener" data-testid="open-in-hireplan">"Open in Hireplan"</a></p>
    }
}

/// An embed's table of a chart's numbers: shown, or behind "The numbers" when compact.
fn numbers(compact: bool, caption: &'static str, table: &cost_view::Table) -> AnyView {
    let table = plain_table(caption, table);
    if compact {
        view! { <details class="embed-numbers"><summary>"The numbers"</summary>{table}</details> }
            .into_any()
    } else {
        table.into_any()
    }
}

/// A table of the core's cells, for an embed (no sorting: the planner's tables sort).
fn plain_table(caption: &'static str, table: &cost_view::Table) -> impl IntoView {
    view! {
        <table class="data" data-testid="embed-table">
            <caption>{caption}</caption>
            <thead><tr>{table.headers.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view()}</tr></thead>
            <tbody>{table.rows.iter().map(|r| view! {
                <tr>{r.cells.iter().enumerate().map(|(i, c)| if i == 0 {
                    view! { <th scope="row">{c.text.clone()}</th> }.into_any()
                } else {
                    view! { <td>{c.text.clone()}</td> }.into_any()
                }).collect_view()}</tr>
            }).collect_view()}</tbody>
        </table>
    }
}

/// Posts `{type: "hireplan:height", height}` to the host page whenever the body resizes.
fn report_height() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(body) = window.document().and_then(|d| d.body()) else {
        return;
    };
    let post = move || {
        let Some(w) = web_sys::window() else { return };
        let Some(doc) = w.document() else { return };
        // The body's own height (its margin is 0): the document's scroll height is never less
        // than the frame, so an embed shorter than the pasted height would never shrink.
        let height = doc.body().map(|b| b.offset_height()).unwrap_or(0);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &"hireplan:height".into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        if let Ok(Some(parent)) = w.parent() {
            let _ = parent.post_message(&message, "*");
        }
    };
    post();
    // One observer for the page: later calls (the embed's content, arriving with its chunk)
    // only post the height again.
    thread_local!(static OBSERVING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if OBSERVING.with(|o| o.replace(true)) {
        return;
    }
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| post());
    if let Ok(observer) = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()) {
        observer.observe(&body);
        // The observer lives as long as the page.
        std::mem::forget(observer);
    }
    callback.forget();
}

/// Reports the height once what is being built is in the page. A timer, not an animation frame
/// or a resize callback: browsers pause those in off-screen cross-origin frames, and an embed
/// below the fold must still size itself. Called by the embed and again by its content, which
/// in a split build arrives later, with its chunk.
fn report_height_when_drawn() {
    set_timeout(report_height, std::time::Duration::ZERO);
}

#[component]
pub fn Embed(kind: EmbedKind) -> impl IntoView {
    report_height_when_drawn();
    let has_share = crate::ui::state::address().1.is_some();
    let embeds = expect_context::<Embeds>();
    let body = match kind {
        EmbedKind::Plan if has_share => embeds.draw(kind),
        EmbedKind::Plan => view! {
            <p class="notice error">"This embed shows a shared plan, but its address carries none. Copy the embed code again from Hireplan's Share step."</p>
        }
        .into_any(),
        EmbedKind::Costs | EmbedKind::Chart => embeds.draw(kind),
    };
    view! {
        <div class="embed" data-testid="embed">
            // The embed's own content is the frame's main landmark.
            <main>{body}</main>
            <p class="embed-footer">
                "Figures from public hiring guides, with sources. Made with Hireplan; nothing you enter leaves this page."
            </p>
        </div>
    }
}

/// The cost calculator: its own chunk in a split build (`ui::registry`).
#[component]
pub(crate) fn EmbedCosts() -> impl IntoView {
    report_height_when_drawn();
    let store = expect_context::<PlanStore>();
    let p = start(store);
    let (lock, compact, cash) = (p.lock, p.compact, p.cash.is_some());
    let day = crate::ui::state::today();
    let report = Memo::new(move |_| {
        store.plan.with(|p| {
            Scenario::from_plan(p, seniority::effective(p))
                .ok()
                .map(|s| compute(&s))
        })
    });
    // The starting values, as the controls first show them.
    let (level, kind, country) = store.plan.with_untracked(|p| {
        (
            seniority::effective(p),
            p.engagement.kind,
            p.engagement
                .hire_country
                .clone()
                .unwrap_or_else(|| "us".into()),
        )
    });
    // The embed has less page around its chart than the planner.
    let width = || crate::ui::widgets::viewport_chart_width(24.0);
    view! {
        <h1 class="embed-title">"What does a backend developer cost?"</h1>
        <div class="embed-controls">
            <div class="field">
                <label for="embed-level">"Level"</label>
                <select id="embed-level" disabled=lock on:change=move |ev| {
                    store.set(PlanEdit::Level(Seniority::from_slug(&event_target_value(&ev))));
                }>
                    {Seniority::ALL.map(|l| view! {
                        <option value=l.slug() selected=l == level>{format!("{} ({})", l.title(), l.rocket_tier())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="embed-kind">"Engagement"</label>
                <select id="embed-kind" disabled=lock on:change=move |ev| {
                    if let Some(kind) = EngagementKind::from_slug(&event_target_value(&ev)) {
                        store.set(PlanEdit::Kind(kind));
                    }
                }>
                    // Hourly needs the hours a week, which the embed does not ask (a preset
                    // may set them).
                    {EngagementKind::ALL.into_iter().filter(|k| *k != EngagementKind::Hourly || *k == kind).map(|k| view! {
                        <option value=k.slug() selected=k == kind>{k.title()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="embed-country">"Your company and the hire are in"</label>
                <select id="embed-country" disabled=lock on:change=move |ev| {
                    store.set(PlanEdit::BothCountries(event_target_value(&ev)));
                }>
                    {market().countries.iter().map(|c| view! { <option value=c.id selected=c.id == country>{c.name}</option> }).collect_view()}
                </select>
            </div>
        </div>
        {move || report.get().map(|r| {
            // Amounts in US dollars, as the sources, unless a preset names a currency.
            let rate = store.plan.with(|p| finance(p, day).display);
            let c = cost_view::chart_panel(&r, ChartKind::Month, &[], width(), &rate);
            let runway = cash.then(|| store.plan.with(|p| runway_line(p, day))).flatten();
            view! {
                <p class="embed-summary" data-testid="embed-summary">{r.summary(&rate)}</p>
                {runway_words::rate_line(&rate).map(|n| view! { <p class="help" data-testid="rate-note">{n}</p> })}
                {runway.map(|l| view! { <p data-testid="embed-runway">{l}</p> })}
                <h2>"Every route, a month"</h2>
                <div class="chart" role="img" aria-label=c.description inner_html=c.svg></div>
                {numbers(compact, "Monthly cost by route", &c.table)}
            }
        })}
        <OpenInHireplan/>
    }
}

/// One chart, with its table, legend and a caption naming the scenario and the dated sources:
/// its own chunk in a split build (`ui::registry`).
#[component]
pub(crate) fn EmbedChart() -> impl IntoView {
    report_height_when_drawn();
    let store = expect_context::<PlanStore>();
    let p = start(store);
    let (kind, compact) = (p.chart, p.compact);
    let day = crate::ui::state::today();
    let panel = Memo::new(move |_| {
        store.plan.with(|p| {
            let rate = finance(p, day).display;
            let width = crate::ui::widgets::viewport_chart_width(24.0);
            Scenario::from_plan(p, seniority::effective(p))
                .ok()
                .map(|s| cost_view::chart_panel(&compute(&s), kind, &[], width, &rate))
        })
    });
    view! {
        {move || panel.get().map(|c| {
            view! {
                <figure class="embed-chart" data-testid="embed-chart">
                    <h1 class="embed-title">{c.title}</h1>
                    <div class="chart" role="img" aria-label=c.description.clone() inner_html=c.svg.clone()></div>
                    {(!c.legend.is_empty()).then(|| view! {
                        // Styled here: the legend's sheet is the later steps', not the embed's.
                        <ul class="legend" aria-hidden="true" style="list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem 1rem;font-size:.875rem">
                            {c.legend.iter().enumerate().map(|(i, l)| view! {
                                <li><span style=format!("display:inline-block;width:1.5rem;height:.3rem;margin-right:.5rem;vertical-align:middle;background:{}", chart::palette_hex(i))></span>{l.clone()}</li>
                            }).collect_view()}
                        </ul>
                    })}
                    <figcaption data-testid="embed-summary">{c.caption.iter().map(|l| view! { <p class="help">{l.clone()}</p> }).collect_view()}</figcaption>
                </figure>
                {numbers(compact, "The chart's numbers", &c.table)}
            }
        })}
        <OpenInHireplan/>
    }
}

/// A shared plan, read-only: its own chunk in a split build (`ui::registry`).
#[component]
pub(crate) fn EmbedPlan() -> impl IntoView {
    report_height_when_drawn();
    // The link is read here, in this embed's own chunk: the main module carries no decoder.
    let share = crate::ui::state::address().1.unwrap_or_default();
    let plan = match decode_share(&share) {
        Ok(plan) => plan,
        Err(e) => {
            return view! { <p class="notice error" role="alert" data-testid="embed-error">{e.to_string()}</p> }
                .into_any()
        }
    };
    let level = seniority::effective(&plan);
    let report = Scenario::from_plan(&plan, level).ok().map(|s| compute(&s));
    // The plan's own currency and rate travel in the link (rates are not private).
    let day = crate::ui::state::today();
    let rate = finance(&plan, day).display;
    // A list, or that there is none (no heading over nothing).
    let list = |items: Vec<String>| {
        let none = items.is_empty().then(|| "None listed.".to_string());
        items
            .into_iter()
            .chain(none)
            .map(|l| view! { <li>{l}</li> })
            .collect_view()
    };
    view! {
        // The plan's name only where the founder ticked for it (the link then carries it).
        <h1 class="embed-title">{if plan.name.trim().is_empty() { "A hiring plan".to_string() } else { plan.display_name().to_string() }}</h1>
        <p>{format!("A {} backend developer", level.word())} {(!plan.role.product.is_empty()).then(|| format!(" for {}", plan.role.product))}"."</p>
        <h2>"Must-have"</h2>
        <ul>{list(must_haves(&plan.requirements).map(|r| r.label.clone()).collect())}</ul>
        <h2>"Nice to have"</h2>
        <ul>{list(nice_to_haves(&plan.requirements).map(|r| r.label.clone()).collect())}</ul>
        {report.map(|r| view! {
            <h2>"Costs"</h2>
            {runway_words::rate_line(&rate).map(|n| view! { <p class="help" data-testid="rate-note">{n}</p> })}
            <ul data-testid="embed-summary">{list(embed_route_lines(&plan, &r, &rate))}</ul>
            // The cash travels in the link only when the founder ticked for it.
            {runway_line(&plan, day).map(|l| view! { <p data-testid="embed-runway">{l}</p> })}
        })}
        <p data-testid="embed-start">{start_sentence(&start_on(&plan, &plan_route(&plan).0, day))}</p>
        // The founder's shortlist: each route priced under its own engagement, a month all-in.
        {(!plan.shortlist.is_empty()).then(|| {
            let cmp = compare(&plan, day);
            view! {
                <h2>"Shortlist"</h2>
                <ul data-testid="embed-shortlist">
                    {cmp.columns.iter().map(|c| view! {
                        <li>{shortlist_words::heading(c)} ". " {shortlist_words::title(Row::Month, &cmp)} ": " {shortlist_words::value(c, Row::Month, &cmp.money)}</li>
                    }).collect_view()}
                </ul>
            }
        })}
        <p class="embed-open"><a href=format!("./#share={share}") target="_blank" rel="noopener" data-testid="open-in-hireplan">"Open in Hireplan"</a></p>
    }
    .into_any()
}

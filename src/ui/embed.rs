//! The embed views for blog posts: `?embed=costs` (a compact cost calculator) and
//! `?embed=plan#share=…` (a shared plan, read-only). No navigation chrome, no storage: the
//! plan lives in memory, so the main app's plans are never read or written. The page tells
//! its host its height with postMessage so the iframe can size itself.

use hireplan_core::cost::runway::finance::finance;
use hireplan_core::cost::runway::words as runway_words;
use hireplan_core::text::currency::Rate;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::parts::Embeds;
use crate::ui::state::PlanStore;
use hireplan_core::codec::{decode_share, EmbedKind};
use hireplan_core::cost::decision::view::embed_route_lines;
use hireplan_core::cost::view as cost_view;
use hireplan_core::cost::view::chart;
use hireplan_core::cost::{compute, Scenario};
use hireplan_core::market::market;
use hireplan_core::plan::{EngagementKind, Seniority};
use hireplan_core::role::requirements::{must_haves, nice_to_haves};
use hireplan_core::role::seniority;
use hireplan_core::session::edit::PlanEdit;

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
        EmbedKind::Costs => embeds.draw(kind),
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
    let report = Memo::new(move |_| {
        store.plan.with(|p| {
            Scenario::from_plan(p, seniority::effective(p))
                .ok()
                .map(|s| compute(&s))
        })
    });
    // The embed has less page around its chart than the planner.
    let width = || crate::ui::widgets::viewport_chart_width(24.0);
    view! {
        <h1 class="embed-title">"What does a backend developer cost?"</h1>
        <div class="embed-controls">
            <div class="field">
                <label for="embed-level">"Level"</label>
                <select id="embed-level" on:change=move |ev| {
                    store.set(PlanEdit::Level(Seniority::from_slug(&event_target_value(&ev))));
                }>
                    {Seniority::ALL.map(|l| view! {
                        <option value=l.slug() selected=l == Seniority::default()>{format!("{} ({})", l.title(), l.rocket_tier())}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="embed-kind">"Engagement"</label>
                <select id="embed-kind" on:change=move |ev| {
                    if let Some(kind) = EngagementKind::from_slug(&event_target_value(&ev)) {
                        store.set(PlanEdit::Kind(kind));
                    }
                }>
                    // Hourly needs the hours a week, which the embed does not ask.
                    {EngagementKind::ALL.into_iter().filter(|k| *k != EngagementKind::Hourly).map(|k| view! {
                        <option value=k.slug()>{k.title()}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="embed-country">"Your company and the hire are in"</label>
                <select id="embed-country" on:change=move |ev| {
                    store.set(PlanEdit::BothCountries(event_target_value(&ev)));
                }>
                    {market().countries.iter().map(|c| view! { <option value=c.id>{c.name}</option> }).collect_view()}
                </select>
            </div>
        </div>
        {move || report.get().map(|r| {
            let (bars, markers) = cost_view::route_bars(&r);
            let w = width();
            // The calculator starts from the defaults: amounts in US dollars, as the sources.
            let usd = Rate::usd();
            view! {
                <p class="embed-summary" data-testid="embed-summary">{r.summary(&usd)}</p>
                <h2>"Every route, a month"</h2>
                <div class="chart" role="img" aria-label=cost_view::describe_bars("Bar chart of monthly cost by route, cheapest first", &bars, &usd) inner_html=chart::money_bars(&bars, &markers, w, &usd)></div>
                <table class="data">
                    <caption class="visually-hidden">"Monthly cost by route"</caption>
                    <thead><tr><th scope="col">"Route"</th><th scope="col">"A month"</th></tr></thead>
                    <tbody>{bars.iter().map(|b| view! { <tr><th scope="row">{b.label.clone()}</th><td>{usd.range(b.range)}</td></tr> }).collect_view()}</tbody>
                </table>
            }
        })}
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
    let rate = finance(&plan, crate::ui::state::today()).display;
    let list = |items: Vec<String>| {
        items
            .into_iter()
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
        })}
    }
    .into_any()
}

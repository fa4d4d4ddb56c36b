//! The route the founder goes with: chosen with one control under each route, shown in the
//! summary with at most one runner-up. Every later step follows it.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use hireplan_core::cost::{dropped_notice, route_title, CostReport, InputError, RouteKey};
use hireplan_core::session::edit::PlanEdit;

/// The choice as the summary shows it, with the runner-up and a dropped choice's reason.
#[component]
pub fn ChosenRoute(
    report: Memo<Result<CostReport, Vec<InputError>>>,
    rate: Memo<hireplan_core::text::currency::Rate>,
) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    // (label, monthly all-in) of a route, as priced now.
    let priced = move |key: &RouteKey| {
        report.with(|r| {
            r.as_ref().ok().and_then(|r| r.option(key)).map(|o| {
                let month = o
                    .monthly_all_in()
                    .map(|m| format!("{} a month all-in", rate.with(|x| x.range(m))))
                    .unwrap_or_else(|| "no price in the sources".into());
                (o.label.clone(), month)
            })
        })
    };
    let line = move |key: Option<RouteKey>| {
        key.map(|k| {
            let (label, month) = priced(&k)
                .unwrap_or_else(|| (store.plan.with(|p| route_title(p, &k)), String::new()));
            if month.is_empty() {
                label
            } else {
                format!("{label} ({month})")
            }
        })
    };
    let chosen = Memo::new(move |_| line(store.plan.with(|p| p.route.chosen.clone())));
    let runner_up = Memo::new(move |_| line(store.plan.with(|p| p.route.runner_up.clone())));
    let dropped = Memo::new(move |_| {
        store
            .plan
            .with(|p| p.route.dropped.as_ref().map(dropped_notice))
    });
    let read_only = store.read_only();
    view! {
        <section class="route-choice" aria-labelledby="choice-heading" data-testid="costs-choice">
            <h2 id="choice-heading">"Your route"</h2>
            {move || dropped.get().map(|n| view! { <p class="notice warn" role="status" data-testid="costs-route-dropped">{n}</p> })}
            {move || match chosen.get() {
                Some(c) => view! {
                    <p data-testid="costs-chosen"><strong>"You are going with " {c} "."</strong>
                        " The timeline, the trial, the offer and the job description follow it."</p>
                }.into_any(),
                None => view! {
                    <p data-testid="costs-chosen">"No route chosen yet. Press \u{201c}Go with this route\u{201d} under a route below: "
                        "the timeline, the trial, the offer and the job description then follow it."</p>
                }.into_any(),
            }}
            {move || runner_up.get().map(|r| view! {
                <p data-testid="costs-runner-up">"Runner-up, kept to compare: " {r} ". "
                    <button type="button" class="link" disabled=move || read_only.get() on:click=move |_| store.set(PlanEdit::RunnerUp(None))>"Let it go"</button></p>
            })}
            {move || chosen.with(Option::is_some).then(|| view! {
                <button type="button" class="link" data-testid="clear-route" disabled=move || read_only.get() on:click=move |_| store.set(PlanEdit::ClearRoute)>"Clear the choice"</button>
            })}
        </section>
    }
}

/// Under one route: go with it, or keep it as the runner-up.
#[component]
pub fn ChooseButtons(key: String) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let Some(route) = RouteKey::parse(&key) else {
        return ().into_any();
    };
    let error = RwSignal::new(None::<String>);
    let (r1, r2, r3, r4) = (route.clone(), route.clone(), route.clone(), route);
    let chosen = Memo::new(move |_| store.plan.with(|p| p.route.chosen.as_ref() == Some(&r1)));
    let runner = Memo::new(move |_| store.plan.with(|p| p.route.runner_up.as_ref() == Some(&r2)));
    let is_chosen = move || chosen.get();
    let is_runner = move || runner.get();
    let run = move |e: PlanEdit| match store.edit(e) {
        Ok(()) => error.set(None),
        Err(e) => error.set(Some(e.to_string())),
    };
    let read_only = store.read_only();
    view! {
        <div class="choose-row button-row">
            <button type="button" class="choose" data-choose=key.clone()
                aria-pressed=move || if is_chosen() { "true" } else { "false" }
                disabled=move || read_only.get()
                on:click=move |_| run(PlanEdit::ChooseRoute(r3.clone()))>
                {move || if is_chosen() { "Your route \u{2713}" } else { "Go with this route" }}
            </button>
            {move || (!is_chosen()).then(|| {
                let r = r4.clone();
                view! {
                    <button type="button" class="secondary small" data-runner-up=key.clone()
                        aria-pressed=move || if is_runner() { "true" } else { "false" }
                        disabled=move || read_only.get()
                        on:click=move |_| run(PlanEdit::RunnerUp(if is_runner() { None } else { Some(r.clone()) }))>
                        {move || if is_runner() { "Runner-up \u{2713}" } else { "Keep as runner-up" }}
                    </button>
                }
            })}
            <span class="field-error" role="alert">{move || error.get()}</span>
        </div>
    }
    .into_any()
}

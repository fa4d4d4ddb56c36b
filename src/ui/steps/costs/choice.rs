//! The control under each route: go with it, or keep it as the runner-up. The decision block
//! (`decide`) shows the choice; every later step follows it.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use hireplan_core::cost::RouteKey;
use hireplan_core::plan::ShortlistRoute;
use hireplan_core::session::edit::PlanEdit;

/// What the buttons under the routes show, worked out once an edit for all of them: the route
/// chosen, the runner-up, and the routes on the shortlist under the plan's engagement and
/// place (a quote for another kind of hire under the one it is for). Each button follows this,
/// not every edit of the plan.
#[derive(Clone, Copy)]
pub struct Marks(Memo<(Option<RouteKey>, Option<RouteKey>, Vec<RouteKey>)>);

impl Marks {
    pub fn new(store: PlanStore) -> Self {
        Marks(Memo::new(move |_| {
            store.plan.with(|p| {
                let listed = p.listed_routes();
                (p.route.chosen.clone(), p.route.runner_up.clone(), listed)
            })
        }))
    }
}

/// Under one route: go with it, or keep it as the runner-up.
#[component]
pub fn ChooseButtons(key: String) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let Marks(marks) = use_context::<Marks>().unwrap_or_else(|| Marks::new(store));
    let Some(route) = RouteKey::parse(&key) else {
        return ().into_any();
    };
    let error = RwSignal::new(None::<String>);
    let (r1, r2, r3, r4, r5) = (
        route.clone(),
        route.clone(),
        route.clone(),
        route.clone(),
        route.clone(),
    );
    // On the shortlist under the plan's engagement and place (a quote for another kind of hire
    // under the one it is for).
    let listed = Memo::new(move |_| marks.with(|m| m.2.contains(&route)));
    let chosen = Memo::new(move |_| marks.with(|m| m.0.as_ref() == Some(&r1)));
    let runner = Memo::new(move |_| marks.with(|m| m.1.as_ref() == Some(&r2)));
    let is_chosen = move || chosen.get();
    let is_runner = move || runner.get();
    let run = move |e: PlanEdit| match store.edit(e) {
        Ok(()) => error.set(None),
        Err(e) => error.set(Some(e.to_string())),
    };
    let read_only = store.read_only();
    let add_key = key.clone();
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
            <button type="button" class="secondary small" data-add-shortlist=add_key
                aria-pressed=move || if listed.get() { "true" } else { "false" }
                disabled=move || read_only.get()
                on:click=move |_| {
                    let r = store.plan.with_untracked(|p| ShortlistRoute::from_plan(p, r5.clone()));
                    run(if listed.get_untracked() { PlanEdit::RemoveFromShortlist(r) } else { PlanEdit::AddToShortlist(r) })
                }>
                {move || if listed.get() { "On your shortlist \u{2713}" } else { "Add to shortlist" }}
            </button>
            <span class="field-error" role="alert">{move || error.get()}</span>
        </div>
    }
    .into_any()
}

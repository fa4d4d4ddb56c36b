//! One line at the top of each later step: the route the plan follows, or that none is chosen
//! (with the default the step uses, named as one), and a dropped choice's reason.

use hireplan_core::cost::{dropped_notice, route_title};
use leptos::prelude::*;

use crate::ui::state::PlanStore;

/// `default` says what the step uses while no route is chosen ("the timeline is laid out for
/// the job boards").
#[component]
pub fn RouteLine(step: &'static str, default: &'static str) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    // Plain closures, not memos: each is read once, and a memo is code of its own.
    let chosen = move || {
        store
            .plan
            .with(|p| p.route.chosen.as_ref().map(|k| route_title(p, k)))
    };
    let dropped = move || {
        store
            .plan
            .with(|p| p.route.dropped.as_ref().map(dropped_notice))
    };
    view! {
        {move || dropped().map(|n| view! {
            <p class="notice warn route-dropped" role="status" data-testid=format!("{step}-route-dropped")>{n}</p>
        })}
        <p class="route-line" data-testid=format!("{step}-route")>
            {move || match chosen() {
                Some(name) => view! {
                    <strong>"Your route: " {name} "."</strong>
                    " This step follows it. " <a href="#/costs">"Change it on Costs"</a>
                }.into_any(),
                None => view! {
                    <strong>"No route chosen yet."</strong>
                    " " {default} " " <a href="#/costs">"Choose a route on Costs"</a>
                }.into_any(),
            }}
        </p>
    }
}

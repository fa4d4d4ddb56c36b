//! One component per planner step.

mod role;

use crate::domain::wizard::Step;
use leptos::prelude::*;

#[component]
pub fn StepView(step: Step) -> impl IntoView {
    let body = match step {
        Step::Role => role::RoleStep().into_any(),
        other => view! {
            <p class="hint">"This step is not built yet: " {other.title()} "."</p>
        }
        .into_any(),
    };
    view! {
        <section class="step-body" aria-labelledby="step-heading">
            <h1 id="step-heading">{step.title()}</h1>
            {body}
        </section>
    }
}

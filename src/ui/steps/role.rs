//! Step 1: the role. What the founder is building and why.

use leptos::prelude::*;

use crate::domain::plan::MAX_NAME_CHARS;
use crate::ui::state::Store;

#[component]
pub fn RoleStep() -> impl IntoView {
    let store = expect_context::<Store>();
    let name = move || store.plan.with(|p| p.name.clone());
    let too_long = move || store.plan.with(|p| p.name.chars().count() > MAX_NAME_CHARS);
    view! {
        <div class="field">
            <label for="plan-name">"Plan name"</label>
            <input
                id="plan-name"
                type="text"
                autocomplete="off"
                placeholder="e.g. First backend hire for the payments API"
                prop:value=name
                aria-describedby="plan-name-help"
                on:input=move |ev| {
                    let value = event_target_value(&ev);
                    store.update(|p| p.name = value);
                }
            />
            <p id="plan-name-help" class="help">
                "Only you see this name; it labels the plan in this browser and in exports."
            </p>
            {move || too_long().then(|| view! {
                <p class="field-error" role="alert">
                    {format!("Keep the name under {MAX_NAME_CHARS} characters so it fits in lists and file names.")}
                </p>
            })}
        </div>
    }
}

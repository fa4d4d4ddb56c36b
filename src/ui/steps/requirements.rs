//! Step 2: technical requirements and soft skills, each must-have or nice-to-have, in order.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use crate::ui::widgets::{Checkbox, FieldMessages, PriorityList};
use hireplan_core::market::catalog::{Category, SOFT_SKILLS, TECHNICAL};
use hireplan_core::plan::Field;
use hireplan_core::session::edit::{PlanEdit, ReqList as Which, RowChange};

/// After a move, keyboard focus returns to the moved row's button.
fn refocus(list: &'static str, id: String, up: bool) {
    request_animation_frame(move || {
        let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
            return;
        };
        let row = format!(
            "[data-testid='{list}-list'] li[data-id='{}']",
            id.replace('\'', "\\'")
        );
        let first = if up {
            "button:nth-child(1)"
        } else {
            "button:nth-child(2)"
        };
        let other = if up {
            "button:nth-child(2)"
        } else {
            "button:nth-child(1)"
        };
        for sel in [first, other] {
            if let Ok(Some(el)) =
                doc.query_selector(&format!("{row} .row-buttons {sel}:not([disabled])"))
            {
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                    return;
                }
            }
        }
    });
}

fn on_list_action(
    store: PlanStore,
    which: Which,
    name: &'static str,
) -> Callback<(String, RowChange)> {
    Callback::new(move |(id, change): (String, RowChange)| {
        let moved = matches!(change, RowChange::Up | RowChange::Down);
        let up = change == RowChange::Up;
        store.set(PlanEdit::Row {
            list: which,
            id: id.clone(),
            change,
        });
        if moved {
            refocus(name, id, up);
        }
    })
}

#[component]
pub fn RequirementsStep() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let technical = Signal::derive(move || store.plan.with(|p| p.requirements.clone()));
    let soft = Signal::derive(move || store.plan.with(|p| p.soft_skills.clone()));
    view! {
        <p class="lead">
            "Start with three decisions: language, database and cloud. Then tick what else the work needs. "
            "Everything you choose lands in the list below, where you mark must-haves and put it in priority order: "
            "it becomes the backbone of the job description and the interview scorecard."
        </p>
        {TECHNICAL.iter().map(|c| view! { <CategoryPicker category=c/> }).collect_view()}
        <AddOwn which=Which::Technical/>
        <PriorityList
            name="technical"
            caption="Your technical requirements, most important first"
            items=technical
            on_action=on_list_action(store, Which::Technical, "technical")
        />
        <FieldMessages id="requirements-messages".to_string() messages=store.issues.field(Field::Requirements)/>

        <h2>"Soft skills"</h2>
        <p class="help">"Communication and problem solving come first in the sources: backend work means explaining trade-offs to non-technical teammates."</p>
        <div class="check-grid">
            {SOFT_SKILLS.iter().map(|item| {
                let id = item.id;
                view! {
                    <Checkbox
                        id=format!("soft-{id}")
                        label=item.label.to_string()
                        help=item.note.to_string()
                        checked=Signal::derive(move || store.plan.with(|p| p.soft_skills.iter().any(|r| r.id == id)))
                        on_change=Callback::new(move |_| store.set(PlanEdit::Toggle { list: Which::Soft, id: id.to_string() }))
                    />
                }
            }).collect_view()}
        </div>
        <AddOwn which=Which::Soft/>
        <PriorityList
            name="soft"
            caption="Your soft skills, most important first"
            items=soft
            on_action=on_list_action(store, Which::Soft, "soft")
        />
    }
}

/// One category's checkboxes. The first decisions (language, database, cloud) are open; the
/// others open on demand, each saying how many of its items are chosen, and open by
/// themselves when one is.
#[component]
fn CategoryPicker(category: &'static Category) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let chosen = move || {
        store.plan.with(|p| {
            category
                .items
                .iter()
                .filter(|i| p.requirements.iter().any(|r| r.id == i.id))
                .count()
        })
    };
    let open = category.first_decision || untrack(chosen) != 0;
    let grid = view! {
        <p class="help">{category.guidance}</p>
        <div class="check-grid">
            {category.items.iter().map(|item| {
                let id = item.id;
                view! {
                    <Checkbox
                        id=format!("req-{id}")
                        label=item.label.to_string()
                        help=item.note.to_string()
                        checked=Signal::derive(move || store.plan.with(|p| p.requirements.iter().any(|r| r.id == id)))
                        on_change=Callback::new(move |_| store.set(PlanEdit::Toggle { list: Which::Technical, id: id.to_string() }))
                    />
                }
            }).collect_view()}
        </div>
    };
    view! {
        <fieldset class="field category" class:first-decision=category.first_decision>
            <legend>
                {category.title}
                {category.first_decision.then(|| view! { <span class="badge">"First decision"</span> })}
            </legend>
            <details class="category-more" open=open>
                <summary>{move || match chosen() { 0 => "Choose".to_string(), n => format!("{n} chosen") }}</summary>
                {grid}
            </details>
        </fieldset>
    }
}

/// "Add your own": a free entry, checked before it joins the list; the text stays on error.
#[component]
fn AddOwn(which: Which) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let draft = RwSignal::new(String::new());
    let category = RwSignal::new(String::from(if which == Which::Soft {
        "soft"
    } else {
        "other"
    }));
    let error = RwSignal::new(Vec::<String>::new());
    let prefix = if which == Which::Soft { "soft" } else { "tech" };
    let input_id = format!("{prefix}-own");
    let select_id = format!("{prefix}-own-category");
    let add = move || {
        let label = draft.get_untracked();
        let cat = category.get_untracked();
        match store.edit(PlanEdit::AddOwn {
            list: which,
            label,
            category: cat,
        }) {
            Ok(()) => {
                draft.set(String::new());
                error.set(Vec::new());
            }
            Err(e) => error.set(vec![e.to_string()]),
        }
    };
    view! {
        <form class="add-own" on:submit=move |ev| { ev.prevent_default(); add(); }>
            <div class="field grow">
                <label for=input_id.clone()>
                    {if which == Which::Soft { "Add a soft skill of your own" } else { "Add a skill or technology of your own" }}
                </label>
                <input
                    id=input_id.clone()
                    type="text"
                    autocomplete="off"
                    aria-describedby=format!("{input_id}-messages")
                    prop:value=move || draft.get()
                    on:input=move |ev| draft.set(event_target_value(&ev))
                />
                <FieldMessages id=format!("{input_id}-messages") messages=Signal::derive(move || error.get())/>
            </div>
            {(which == Which::Technical).then(|| view! {
                <div class="field">
                    <label for=select_id.clone()>"Kind"</label>
                    <select id=select_id.clone() on:change=move |ev| category.set(event_target_value(&ev))>
                        <option value="other">"Other"</option>
                        {TECHNICAL.iter().map(|c| view! { <option value=c.id>{c.title}</option> }).collect_view()}
                    </select>
                </div>
            })}
            <button type="submit" class="secondary">"Add"</button>
        </form>
    }
}

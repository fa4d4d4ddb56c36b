//! The Costs step's figures and assumptions: every value used, with its source, each one the
//! founder can override and reset.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use hireplan_core::cost::view::{self as cost_view, FigureRow};
use hireplan_core::cost::{CostReport, InputError};
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::text::format::plain_number;

/// Every figure used, with its source; each can be overridden and reset.
#[component]
pub fn Assumptions(
    report: Signal<Result<CostReport, Vec<InputError>>>,
    busy: Signal<bool>,
) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    // Figures and overrides from one report, so a row never mixes two states. A committed
    // value stays as typed until its row catches up; nothing flashes back.
    let rows = Memo::new(move |_| {
        report.with(|x| {
            x.as_ref()
                .map(|r| cost_view::figure_rows(r, &r.scenario.overrides))
                .unwrap_or_default()
        })
    });
    let any_override = move || store.plan.with(|p| !p.costs.overrides.is_empty());
    view! {
        <section class="assumptions" data-testid="assumptions" aria-busy=move || busy.get().then_some("true")>
            <p class="help">
                "Every number above comes from these. Figures are from the source articles, with their date; "
                "assumptions are not in the sources and are yours to set. Change any value to override it everywhere."
            </p>
            {move || any_override().then(|| view! {
                <button type="button" class="secondary" on:click=move |_| store.set(PlanEdit::ResetOverrides)>
                    "Reset all overrides"
                </button>
            })}
            <div class="table-wrap">
                <table class="data figures">
                    <caption class="visually-hidden">"Figures and assumptions used"</caption>
                    <thead><tr>
                        <th scope="col">"Figure"</th><th scope="col">"Value"</th><th scope="col">"Unit"</th><th scope="col">"Source"</th>
                    </tr></thead>
                    <tbody>
                        // Keyed by figure: a committed value updates its row in place, so the
                        // field keeps the keyboard focus.
                        <For each=move || rows.with(|r| r.iter().map(|x| x.id.clone()).collect::<Vec<_>>()) key=|id| id.clone() let:id>
                            <FigureEditor row=Memo::new(move |_| rows.with(|r| r.iter().find(|x| x.id == id).cloned()))/>
                        </For>
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn FigureEditor(row: Memo<Option<FigureRow>>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let error = RwSignal::new(None::<String>);
    // What does not change while the row exists: its figure, label, unit, source and base value.
    let Some(first) = row.get_untracked() else {
        return ().into_any();
    };
    let input_id = format!("figure-{}", first.id.replace('.', "-"));
    let id = first.id.clone();
    let id_reset = first.id.clone();
    let base = first.base;
    let overridden = move || row.with(|r| r.as_ref().is_some_and(|r| r.overridden));
    let value = move || {
        row.with(|r| {
            r.as_ref()
                .and_then(|r| r.value.map(plain_number))
                .unwrap_or_default()
        })
    };
    view! {
        <tr class:overridden=overridden class:assumption=first.assumption() data-figure=first.id.clone()>
            <th scope="row">
                <label for=input_id.clone()>{first.label.clone()}</label>
                {first.area.map(|a| view! { <span class="badge">"Assumption · " {a.label()}</span> })}
                {move || overridden().then(|| view! { <span class="badge override">"Your figure *"</span> })}
                {first.reasoning.clone().map(|r| view! { <p class="help">{r}</p> })}
            </th>
            <td>
                <input
                    id=input_id.clone()
                    type="text"
                    inputmode="decimal"
                    class="figure-input"
                    placeholder=if base.is_none() { "not set" } else { "" }
                    prop:value=value
                    aria-describedby=format!("{input_id}-error")
                    aria-invalid=move || error.get().is_some().then_some("true")
                    on:change=move |ev| {
                        match store.edit(PlanEdit::Override { id: id.clone(), text: event_target_value(&ev) }) {
                            Ok(()) => error.set(None),
                            Err(e) => error.set(Some(e.to_string())),
                        }
                    }
                />
                <p id=format!("{input_id}-error") class="field-error" aria-live="polite">{move || error.get()}</p>
                {move || overridden().then(|| {
                    let id = id_reset.clone();
                    view! {
                        <button type="button" class="link" on:click=move |_| {
                            let id = id.clone();
                            store.set(PlanEdit::ResetOverride(id));
                        }>{match base { Some(b) => format!("Reset to {}", plain_number(b)), None => "Clear (not set)".to_string() }}</button>
                    }
                })}
            </td>
            <td>{first.unit.suffix()}</td>
            <td class="citation">
                {first.citation.clone()}
                {first.quote.clone().map(|q| view! {
                    <details class="quote-sentence" data-testid=format!("sentence-{}", first.id)>
                        <summary>"Read the sentence"</summary>
                        <blockquote>{q}</blockquote>
                    </details>
                })}
            </td>
        </tr>
    }
    .into_any()
}

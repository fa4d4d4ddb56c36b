//! The Costs step's quotes of the founder's own: added, edited and removed, priced with the
//! others.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use hireplan_core::cost::{CostReport, InputError, QuoteError, MAX_QUOTES};
use hireplan_core::plan::{is_amount, QuoteField};
use hireplan_core::session::edit::PlanEdit;

/// The founder's own quotes: added, edited and removed here, priced with the others.
#[component]
pub fn Quotes(report: Memo<Result<CostReport, Vec<InputError>>>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let ids = Memo::new(move |_| {
        store.plan.with(|p| {
            p.costs
                .quotes
                .iter()
                .map(|q| q.id.clone())
                .collect::<Vec<_>>()
        })
    });
    let errors = Memo::new(move |_| {
        report.with(|r| {
            r.as_ref()
                .map(|r| r.quote_errors.clone())
                .unwrap_or_default()
        })
    });
    let full = move || ids.with(|v| v.len() >= MAX_QUOTES);
    let add = move |_| store.set(PlanEdit::AddQuote);
    view! {
        <section class="quotes" data-testid="quotes">
            <p class="help">
                "Where the sources give no price (Upwork, Lemon.io's freelancers, a contractor outside India, an agency), "
                "add the quote you were given. It is priced with the same hours, ranked and charted with the others, "
                "marked \"your quote\", and kept in the plan, its exports and its share link (its name there only if you tick for it on the Share step)."
            </p>
            <For each=move || ids.get() key=|id| id.clone() let:id>
                <QuoteEditor id=id errors=errors/>
            </For>
            <button type="button" class="secondary" data-testid="add-quote" disabled=full on:click=add>"Add a quote"</button>
            {move || full().then(|| view! { <p class="help">{format!("A plan holds at most {MAX_QUOTES} quotes.")}</p> })}
        </section>
    }
}

#[component]
fn QuoteEditor(id: String, errors: Memo<Vec<QuoteError>>) -> impl IntoView {
    use hireplan_core::plan::{QuoteRoute, RateBasis};
    let store = expect_context::<PlanStore>();
    let quote = {
        let id = id.clone();
        Memo::new(move |_| {
            store.plan.with(|p| {
                p.costs
                    .quotes
                    .iter()
                    .find(|q| q.id == id)
                    .cloned()
                    .unwrap_or_default()
            })
        })
    };
    let field_error = {
        let id = id.clone();
        move |field: QuoteField| {
            let id = id.clone();
            move || {
                errors.with(|e| {
                    e.iter()
                        .find(|x| x.quote == id && x.field == field)
                        .map(|x| x.message.clone())
                })
            }
        }
    };
    let text = {
        let id = id.clone();
        move |field: QuoteField| {
            let input_id = format!("quote-{}-{}", id, field.slug());
            let id = id.clone();
            let error = field_error(field);
            let error2 = field_error(field);
            view! {
                <div class="field">
                    <label for=input_id.clone()>{field.label()}
                        // An amount says its currency: the one it was typed in.
                        {move || is_amount(field).then(|| store.plan.with(|p| quote.with(|q| format!(" ({})", q.currency_in(&p.finances).code()))))}
                    </label>
                    <input id=input_id.clone() type="text" autocomplete="off" placeholder=field.hint()
                        aria-describedby=format!("{input_id}-error")
                        aria-invalid=move || error2().is_some().then_some("true")
                        prop:value=move || quote.with(|q| field.get(q).clone())
                        on:input=move |ev| store.set(PlanEdit::QuoteText { id: id.clone(), field, text: event_target_value(&ev) })/>
                    <p id=format!("{input_id}-error") class="field-error" aria-live="polite">{error}</p>
                </div>
            }
        }
    };
    let remove = {
        let id = id.clone();
        move |_| {
            let id = id.clone();
            store.set(PlanEdit::RemoveQuote(id))
        }
    };
    let route_id = format!("quote-{id}-route");
    let basis_id = format!("quote-{id}-basis");
    let (id_route, id_basis) = (id.clone(), id.clone());
    view! {
        <fieldset class="quote" data-quote=id.clone()>
            <legend>{move || { let n = quote.with(|q| q.name.trim().to_string()); if n.is_empty() { "New quote".to_string() } else { format!("{n} (your quote)") } }}</legend>
            <div class="two-col">
                {text(QuoteField::Name)}
                <div class="field">
                    <label for=route_id.clone()>"How you would hire"</label>
                    <select id=route_id prop:value=move || quote.with(|q| q.route.slug().to_string())
                        on:change=move |ev| { let v = event_target_value(&ev); if let Some(route) = QuoteRoute::from_slug(&v) { store.set(PlanEdit::QuoteRoute { id: id_route.clone(), route }); } }>
                        {QuoteRoute::ALL.into_iter().map(|r| view! { <option value=r.slug()>{r.label()}</option> }).collect_view()}
                    </select>
                </div>
            </div>
            <div class="two-col">
                <div class="field">
                    <label for=basis_id.clone()>"Rate per"</label>
                    <select id=basis_id prop:value=move || quote.with(|q| q.basis.slug().to_string())
                        on:change=move |ev| { let v = event_target_value(&ev); if let Some(basis) = RateBasis::from_slug(&v) { store.set(PlanEdit::QuoteBasis { id: id_basis.clone(), basis }); } }>
                        {RateBasis::ALL.into_iter().map(|b| view! { <option value=b.slug()>{b.label()}</option> }).collect_view()}
                    </select>
                </div>
                {text(QuoteField::Low)}
                {text(QuoteField::High)}
            </div>
            <div class="two-col">
                {text(QuoteField::OneOff)}
                {text(QuoteField::DaysToHire)}
            </div>
            <button type="button" class="link" on:click=remove>"Remove this quote"</button>
        </fieldset>
    }
}

//! The founder's shortlist (issue 39): with two routes or more, Costs opens with them side by
//! side (a table, or one card a route on a phone), the best value of each row marked in words,
//! then a chart of their cumulative cost with the budget and its table; and a small form that
//! adds a route the plan's engagement does not show. The core works it all out
//! (`story::shortlist`) and words it (`story::shortlist_words`); this reads memos and
//! dispatches named edits.

use leptos::prelude::*;

use crate::ui::state::{today, PlanStore};
use crate::ui::widgets::{later, legend_item, ChartFigure, SortableTable};
use hireplan_core::cost::view::chart;
use hireplan_core::market::market;
use hireplan_core::plan::{EngagementKind, ShortlistRoute};
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::story::shortlist::{compare, routes_for};
use hireplan_core::story::shortlist_words::{self as words, RowWords};

/// What the comparison shows, in words: each column's heading and route, whether the plan
/// follows it, and the rows.
#[derive(Clone, Default, PartialEq)]
struct Shown {
    /// (name, terms, route, followed)
    columns: Vec<(String, String, ShortlistRoute, bool)>,
    rows: Vec<RowWords>,
}

/// Under a route of the shortlist: go with it (route, engagement and place), or take it off.
fn column_buttons(store: PlanStore, r: ShortlistRoute, chosen: bool) -> impl IntoView {
    let read_only = store.read_only();
    let off = r.clone();
    // A refused edit says why beside the buttons, never only in the console.
    let error = RwSignal::new(None::<String>);
    let said = move |result: Result<(), _>| {
        error.set(
            result
                .err()
                .map(|e: hireplan_core::session::edit::EditError| e.to_string()),
        )
    };
    view! {
        <div class="button-row">
            <button type="button" class="choose" data-shortlist-choose="" aria-pressed=if chosen { "true" } else { "false" }
                disabled=move || read_only.get()
                on:click=move |_| said(store.edit(PlanEdit::ChooseFromShortlist(r.clone())))>
                {if chosen { "Your route \u{2713}" } else { "Go with this route" }}
            </button>
            <button type="button" class="link" data-shortlist-remove="" disabled=move || read_only.get()
                on:click=move |_| said(store.edit(PlanEdit::RemoveFromShortlist(off.clone())))>"Take off the shortlist"</button>
            <span class="field-error" role="alert">{move || error.get()}</span>
        </div>
    }
}

/// One value of the comparison: the value, the best mark in words, and the source.
fn value_view(c: &words::CellWords) -> impl IntoView {
    view! {
        <span class="value">{c.value.clone()}</span>
        {(!c.best.is_empty()).then(|| view! { " " <strong class="best-mark">{format!("({})", c.best)}</strong> })}
        <small class="source">{c.source.clone()}</small>
    }
}

#[component]
pub fn Compare(width: RwSignal<u32>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let day = today();
    let count = Memo::new(move |_| store.plan.with(|p| p.shortlist.len()));
    // The comparison prices every route on the shortlist (a cost report each): it follows the
    // plan one task behind, after the frame that paints the chart a change moves.
    let (behind, _) = later(store.plan);
    let cmp = Memo::new(move |_| {
        behind.with(|p| {
            // One route is named ("On your shortlist: …"); two or more are compared.
            (!p.shortlist.is_empty()).then(|| compare(p, day))
        })
    });
    let shown = Memo::new(move |_| {
        cmp.with(|c| {
            let Some(c) = c else {
                return Shown::default();
            };
            Shown {
                columns: c
                    .columns
                    .iter()
                    .map(|col| {
                        (
                            words::name(col),
                            words::terms(col),
                            col.route.clone(),
                            col.followed,
                        )
                    })
                    .collect(),
                rows: words::rows(c),
            }
        })
    });
    let chart_data = Memo::new(move |_| cmp.with(|c| c.as_ref().map(words::chart)));
    let svg = Memo::new(move |_| {
        let w = width.get();
        cmp.with(|c| {
            let Some(c) = c else {
                return String::new();
            };
            chart_data.with(|d| {
                d.as_ref()
                    .map(|(s, b)| chart::cumulative_with_budget(s, b.as_ref(), w, &c.money))
                    .unwrap_or_default()
            })
        })
    });
    let table =
        Memo::new(move |_| cmp.with(|c| c.as_ref().map(words::chart_table).unwrap_or_default()));
    let description = Signal::derive(move || {
        cmp.with(|c| c.as_ref().map(words::describe_chart).unwrap_or_default())
    });
    let listed_names = move || {
        cmp.with(|c| {
            c.iter()
                .flat_map(|c| c.columns.iter().map(words::heading))
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    view! {
        <section class="compare" data-testid="founder-shortlist" aria-labelledby="compare-heading"
            hidden=move || count.get() == 0>
            <h2 id="compare-heading">"Your shortlist, side by side"</h2>
            <p class="help" hidden=move || count.get() != 1 data-testid="shortlist-one">
                "On your shortlist: " {move || (count.get() == 1).then(listed_names)}
                ". Add another route to compare them side by side."
            </p>
            <div hidden=move || count.get() < 2>
                <p class="help">"Each column is what the later steps would show with that route chosen: priced on its own terms, under its own engagement and place. The best value of each row is marked \u{201c}best\u{201d}."</p>
                {move || shown.with(|s| {
                    let head = s.columns.iter().enumerate().map(|(i, (h, t, r, chosen))| view! {
                        <th scope="col" data-col=i class:chosen=*chosen>
                            <span class="col-name">{h.clone()}</span>
                            <span class="col-terms">{t.clone()}</span>
                            {column_buttons(store, r.clone(), *chosen)}
                        </th>
                    }).collect_view();
                    let body = s.rows.iter().map(|row| view! {
                        <tr>
                            <th scope="row">{row.title.clone()}</th>
                            {row.cells.iter().map(|c| view! {
                                <td class:best=!c.best.is_empty()>{value_view(c)}</td>
                            }).collect_view()}
                        </tr>
                    }).collect_view();
                    let cards = s.columns.iter().enumerate().map(|(i, (h, t, r, chosen))| view! {
                        <li class="compare-card" class:chosen=*chosen data-col=i>
                            <h3>{h.clone()}</h3>
                            <p class="col-terms">{t.clone()}</p>
                            <dl>
                                {s.rows.iter().map(|row| {
                                    let c = &row.cells[i];
                                    view! {
                                        <dt>{row.title.clone()}</dt>
                                        <dd class:best=!c.best.is_empty()>{value_view(c)}</dd>
                                    }
                                }).collect_view()}
                            </dl>
                            {column_buttons(store, r.clone(), *chosen)}
                        </li>
                    }).collect_view();
                    view! {
                        <div class="table-wrap compare-table" data-testid="shortlist-table">
                            <table class="data">
                                <caption>"Your shortlist, one column a route"</caption>
                                <thead><tr><td></td>{head}</tr></thead>
                                <tbody>{body}</tbody>
                            </table>
                        </div>
                        <ul class="compare-cards" data-testid="shortlist-cards">{cards}</ul>
                    }
                })}
                <ChartFigure
                    id="chart-shortlist"
                    title="Your shortlist's cumulative cost, with your budget".to_string()
                    description=description
                    svg=svg
                    filename="hireplan-shortlist.svg"
                />
                <ul class="legend" aria-hidden="true">
                    {move || chart_data.with(|d| d.as_ref().map(|(s, b)| {
                        let lines = s.iter().enumerate().map(|(i, x)| legend_item(i, x.label.clone())).collect_view();
                        let budget = b.as_ref().map(|b| view! { <li><span class="swatch dashed"></span>{b.label.clone()}</li> });
                        view! { {lines} {budget} }
                    }))}
                </ul>
                <SortableTable caption="Cumulative cost of each route on your shortlist".to_string() table=table testid="table-shortlist"/>
            </div>
        </section>
    }
}

/// The select value that stands for no country.
const ANYWHERE: &str = "anywhere";

/// A small form that adds a route under any engagement and place, "an employee in Germany"
/// while the plan is for a contractor.
#[component]
pub fn AddRoute() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let kind = RwSignal::new(store.plan.with_untracked(|p| p.engagement.kind));
    let country = RwSignal::new(
        store
            .plan
            .with_untracked(|p| p.engagement.hire_country.clone()),
    );
    let picked = RwSignal::new(0usize);
    let error = RwSignal::new(None::<String>);
    // The routes are priced only while the form is open: pricing them is a whole cost report,
    // and every edit of the plan would work it out again in the frame that paints the change.
    let open = RwSignal::new(false);
    let offered = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let (k, c) = (kind.get(), country.get());
        store.plan.with(|p| routes_for(p, k, c))
    });
    let read_only = store.read_only();
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some((r, _, _)) = offered.with_untracked(|o| o.get(picked.get_untracked()).cloned())
        else {
            error.set(Some(
                "No route to add for this engagement and place.".into(),
            ));
            return;
        };
        match store.edit(PlanEdit::AddToShortlist(r)) {
            Ok(()) => error.set(None),
            Err(e) => error.set(Some(e.to_string())),
        }
    };
    view! {
        <details class="add-route" data-testid="shortlist-add"
            on:toggle=move |ev| {
                // Closed, its options go; opened again, the list starts at its first route.
                picked.set(0);
                open.set(event_target::<web_sys::HtmlDetailsElement>(&ev).open());
            }>
            <summary>"Add a route to your shortlist: any engagement, any country"</summary>
            <form on:submit=add>
                <div class="field-row">
                    <div class="field">
                        <label for="add-kind">"Engaged as"</label>
                        <select id="add-kind" prop:value=move || kind.get().slug()
                            on:change=move |ev| {
                                if let Some(k) = EngagementKind::from_slug(&event_target_value(&ev)) {
                                    kind.set(k);
                                    picked.set(0);
                                }
                            }>
                            {EngagementKind::ALL.into_iter().map(|k| view! { <option value=k.slug()>{k.title()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="add-country">"Based in"</label>
                        <select id="add-country" prop:value=move || country.get().unwrap_or_else(|| ANYWHERE.into())
                            on:change=move |ev| {
                                let v = event_target_value(&ev);
                                country.set((v != ANYWHERE).then_some(v));
                                picked.set(0);
                            }>
                            <option value=ANYWHERE>"Anywhere (remote)"</option>
                            {market().countries.iter().map(|c| view! { <option value=c.id>{c.name}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="add-route">"Route"</label>
                        <select id="add-route" prop:value=move || picked.get().to_string()
                            on:change=move |ev| picked.set(event_target_value(&ev).parse().unwrap_or(0))>
                            {move || offered.with(|o| o.iter().enumerate().map(|(i, (_, label, listed))| view! {
                                <option value=i.to_string()>{label.clone()}{listed.then_some(" (on your shortlist)")}</option>
                            }).collect_view())}
                        </select>
                    </div>
                </div>
                <div class="button-row">
                    <button type="submit" data-testid="shortlist-add-button" disabled=move || read_only.get()>"Add to shortlist"</button>
                    <span class="field-error" role="alert">{move || error.get()}</span>
                </div>
            </form>
        </details>
    }
}

/// Under the Costs step's heading after a choice from the shortlist, and on the Engagement
/// step: what the choice set, with its undo.
#[component]
pub fn ChoiceSet() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let said = Memo::new(move |_| store.plan.with(words::choice_set));
    let read_only = store.read_only();
    view! {
        {move || said.get().map(|s| view! {
            <p class="notice" role="status" data-testid="shortlist-choice-set">{s} " "
                <button type="button" class="link" data-testid="shortlist-undo" disabled=move || read_only.get()
                    on:click=move |_| store.set(PlanEdit::UndoShortlistChoice)>"Undo"</button>
            </p>
        })}
    }
}

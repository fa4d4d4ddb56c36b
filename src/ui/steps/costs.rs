//! Step 5: costs. The role priced across countries and hiring channels, over time, with every
//! figure's source and the founder's overrides.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use crate::ui::widgets::{later, ChartFigure, SortableTable};
use hireplan_core::cost::chart;
use hireplan_core::cost::view::{self as cost_view, FigureRow};
use hireplan_core::cost::{
    compute, hours_model, where_line, CostReport, InputError, QuoteError, Scenario, MAX_QUOTES,
};
use hireplan_core::market::market;
use hireplan_core::plan::QuoteField;
use hireplan_core::role::seniority;
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::text::format::plain_number;

use super::SourceTag;

use crate::ui::widgets::chart_width;

#[component]
pub fn CostsStep() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let report: Memo<Result<CostReport, Vec<InputError>>> = Memo::new(move |_| {
        store
            .plan
            .with(|p| Scenario::from_plan(p, seniority::effective(p)).map(|s| compute(&s)))
    });
    // Only a switch between "blocked" and "priced" rebuilds the page: a new figure must update
    // the charts and tables in place, not rebuild them (and lose the focus of the control used).
    let blocked = Memo::new(move |_| report.with(|r| r.as_ref().err().cloned()));
    view! {
        {move || match blocked.get() {
            Some(errors) => view! {
                <div class="notice error" role="alert" data-testid="costs-blocked">
                    <p>"The costs need a valid engagement first:"</p>
                    <ul>{errors.into_iter().map(|e| view! { <li>{e.to_string()}</li> }).collect_view()}</ul>
                    <p><a href="#/engagement">"Go to Engagement & budget"</a></p>
                </div>
            }.into_any(),
            None => view! { <CostsBody report=report/> }.into_any(),
        }}
    }
}

/// A memo of one view of the report (empty while the costs are blocked).
fn from_report<T>(
    report: Memo<Result<CostReport, Vec<InputError>>>,
    f: fn(&CostReport) -> T,
) -> Memo<T>
where
    T: Default + PartialEq + Send + Sync + 'static,
{
    Memo::new(move |_| report.with(|x| x.as_ref().map(f).unwrap_or_default()))
}

#[component]
fn CostsBody(report: Memo<Result<CostReport, Vec<InputError>>>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let width = RwSignal::new(chart_width());
    let handle = window_event_listener(leptos::ev::resize, move |_| {
        let w = chart_width();
        if w != width.get_untracked() {
            width.set(w);
        }
    });
    on_cleanup(move || handle.remove());

    // The summary and the charts at the top follow a change in the frame that paints it. The
    // rest follows in tasks of its own, in page order: the over-time chart with its options,
    // then each table, then the figures panel. One change is several short tasks, not one long
    // one, and the page answers input in between.
    let (below, below_busy) = later(report);
    let (routes_behind, routes_busy) = later(report);
    let (over_time_behind, over_time_busy) = later(report);
    let (figures_behind, figures_busy) = later(report);
    let picks = Signal::derive(move || store.plan.with(|p| p.costs.picks.clone()));

    // Each chart's data is a memo of its own, and the chart is drawn again only when its data
    // changed: a new home country redraws the charts it moves, not all four.
    let route_bars = from_report(report, cost_view::route_bars);
    let time_rows = from_report(report, cost_view::time_rows);
    let routes_svg = Memo::new(move |_| {
        let w = width.get();
        route_bars.with(|(bars, reference)| {
            chart::money_bars(bars, reference.as_ref().map(|(l, u)| (l.as_str(), *u)), w)
        })
    });
    let routes_table = Memo::new(move |_| {
        routes_behind.with(|x| x.as_ref().map(cost_view::route_table).unwrap_or_default())
    });
    let time_svg = Memo::new(move |_| {
        let w = width.get();
        time_rows.with(|rows| chart::day_bars(rows, w))
    });
    let over_time = Memo::new(move |_| {
        let p = picks.get();
        below.with(|x| {
            x.as_ref()
                .map(|r| cost_view::over_time(r, &p))
                .unwrap_or_default()
        })
    });
    let over_time_svg = Memo::new(move |_| {
        let w = width.get();
        over_time.with(|(series, evens)| {
            let marks: Vec<_> = evens.iter().map(|e| e.mark.clone()).collect();
            chart::cumulative(series, &marks, w)
        })
    });
    let over_time_table = Memo::new(move |_| {
        let p = picks.get();
        over_time_behind.with(|x| {
            x.as_ref()
                .map(|r| cost_view::over_time_table(r, &p))
                .unwrap_or_default()
        })
    });

    let heading = move || report.with(|x| x.as_ref().ok().map(|r| r.scenario.describe()));

    view! {
        <p class="lead" data-testid="costs-scenario">
            {heading} " "
            <a href="#/seniority">"Change the level"</a> " · " <a href="#/engagement">"change the engagement"</a>
        </p>
        <p class="help" data-testid="costs-where">
            {move || store.plan.with(where_line)} " "
            <a href="#/engagement">"Change where"</a>
        </p>
        <p class="help" data-testid="hours-model">{move || store.plan.with(|p| hours_model(&p.costs.overrides))}</p>
        <section class="callout" aria-live="polite">
            <h2>"In short"</h2>
            <p data-testid="costs-summary">{from_report(report, |r| r.summary())}</p>
            <p class="help">"* marks a figure you changed in the assumptions below. Every number has its source there: open it to read the sentence it comes from."</p>
        </section>

        <h2>"Every route, a month"</h2>
        <ChartFigure
            id="chart-routes"
            title="Monthly cost of each route, all-in (the range its source gives)".to_string()
            description=Signal::derive(move || route_bars.with(|(bars, _)| cost_view::describe_bars("Bar chart of monthly cost by route, cheapest first", bars)))
            svg=routes_svg
            filename="hireplan-routes.svg"
        />
        <ChartFigure
            id="chart-time"
            title="Time to hire".to_string()
            description=Signal::derive(move || time_rows.with(|rows| cost_view::describe_days(rows)))
            svg=time_svg
            filename="hireplan-time-to-hire.svg"
        />
        <SortableTable caption="Every route the sources name, priced on its own terms".to_string() table=routes_table testid="table-routes" busy=routes_busy/>
        <h2>"What each route involves"</h2>
        <ul class="route-notes" data-testid="route-notes" aria-busy=move || routes_busy.get().then_some("true")>
            <For each=move || routes_behind.with(|x| x.as_ref().map(cost_view::route_notes).unwrap_or_default()) key=|n| format!("{:?}", n) let:n>
                <li data-route=n.key.clone()>
                    <h3>{n.label.clone()}</h3>
                    <p class="help">{n.how} " · Price: " {n.source.clone()}</p>
                    {(!n.catches.is_empty()).then(|| view! {
                        <ul class="catches">{n.catches.iter().map(|c| view! { <li><strong>"Catch: "</strong>{c.clone()}</li> }).collect_view()}</ul>
                    })}
                    {(!n.terms.is_empty()).then(|| view! {
                        <ul class="terms">{n.terms.iter().map(|c| view! { <li>{c.clone()}</li> }).collect_view()}</ul>
                    })}
                </li>
            </For>
        </ul>
        <ul class="region-notes">
            {market().regions_without_figures.iter().map(|n| view! {
                <li><strong>{n.name}": "</strong>{n.note} " " <SourceTag id=n.source/></li>
            }).collect_view()}
        </ul>

        <Quotes report=report/>

        <h2>"Over time"</h2>
        <PickList report=below/>
        <ChartFigure
            id="chart-over-time"
            title="Cumulative cost, one-off fees at the start".to_string()
            description=Signal::derive(move || over_time.with(|(s, e)| cost_view::describe_over_time(s, e)))
            svg=over_time_svg
            filename="hireplan-over-time.svg"
            busy=below_busy
        />
        <ul class="legend" aria-hidden="true">
            {move || over_time.with(|(s, _)| s.iter().enumerate().map(|(i, x)| view! {
                <li><span class="swatch" style=format!("background:{}", chart::palette_hex(i))></span>{x.label.clone()}</li>
            }).collect_view())}
        </ul>
        <ul class="break-evens" data-testid="break-evens">
            {move || over_time.with(|(_, e)| {
                if e.is_empty() {
                    view! { <li>"No break-even within the horizon: the order of these options does not change."</li> }.into_any()
                } else {
                    e.iter().map(|x| view! { <li>"◯ " {x.sentence.clone()}</li> }).collect_view().into_any()
                }
            })}
        </ul>
        <SortableTable caption="Cumulative cost at the end of each month shown".to_string() table=over_time_table testid="table-over-time" busy=over_time_busy/>

        <Assumptions report=figures_behind busy=figures_busy/>
    }
}

/// The options drawn over time: checkboxes over every priced option, keyed so that a toggled
/// box keeps its focus.
#[component]
fn PickList(report: Signal<Result<CostReport, Vec<InputError>>>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let options = Memo::new(move |_| {
        report.with(|x| {
            x.as_ref()
                .map(|r| {
                    r.options
                        .iter()
                        .filter(|o| o.total.is_some())
                        .map(|o| (o.key.clone(), o.label.clone()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    });
    let shown = Memo::new(move |_| {
        report.with(|x| {
            x.as_ref()
                .map(|r| {
                    store.plan.with(|p| {
                        r.picked(&p.costs.picks)
                            .iter()
                            .map(|o| o.key.clone())
                            .collect::<Vec<_>>()
                    })
                })
                .unwrap_or_default()
        })
    });
    view! {
        <fieldset class="field">
            <legend>"Options to follow over time"</legend>
            <div class="check-grid compact">
                // Keyed by the option alone: a label that changes (a new home country) is
                // rewritten in place, and the box keeps its focus.
                <For each=move || options.get() key=|o| o.0.clone() let:((key, _label))>
                    {
                        let id = format!("pick-{}", key.to_string().replace(':', "-"));
                        let k = key.clone();
                        let kl = key.clone();
                        let label = move || options.with(|o| o.iter().find(|(x, _)| *x == kl).map(|(_, l)| l.clone()).unwrap_or_default());
                        view! {
                            <div class="check">
                                <input type="checkbox" id=id.clone() prop:checked=move || shown.with(|s| s.contains(&key)) on:change=move |_| {
                                    store.set(PlanEdit::TogglePick(k.clone()));
                                }/>
                                <label for=id><span class="choice-label">{label}</span></label>
                            </div>
                        }
                    }
                </For>
            </div>
        </fieldset>
    }
}

/// The founder's own quotes: added, edited and removed here, priced with the others.
#[component]
fn Quotes(report: Memo<Result<CostReport, Vec<InputError>>>) -> impl IntoView {
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
        <section class="quotes" aria-labelledby="quotes-heading" data-testid="quotes">
            <h2 id="quotes-heading">"Your own quotes"</h2>
            <p class="help">
                "Where the sources give no price (Upwork, Lemon.io's freelancers, a contractor outside India, an agency), "
                "add the quote you were given. It is priced with the same hours, ranked and charted with the others, "
                "marked \"your quote\", and kept in the plan, its exports and its share link."
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
                    <label for=input_id.clone()>{field.label()}</label>
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

/// Every figure used, with its source; each can be overridden and reset.
#[component]
fn Assumptions(
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
        <section class="assumptions" aria-labelledby="assumptions-heading" data-testid="assumptions" aria-busy=move || busy.get().then_some("true")>
            <h2 id="assumptions-heading">"Figures and assumptions"</h2>
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

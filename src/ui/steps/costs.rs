//! Step 5: costs. The role priced across countries and hiring channels, over time, with every
//! figure's source and the founder's overrides.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::ui::state::PlanStore;
use crate::ui::widgets::{later, legend_item, more, ChartFigure, SortableTable};
use hireplan_core::cost::decision::view::{route_groups, RouteGroup};
use hireplan_core::cost::runway::finance::finance;
use hireplan_core::cost::runway::words as runway_words;
use hireplan_core::cost::view as cost_view;
use hireplan_core::cost::view::chart;
use hireplan_core::cost::{compute, hours_model, where_line, CostReport, InputError, Scenario};
use hireplan_core::market::market;
use hireplan_core::role::seniority;
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::session::preset::Presets;

use super::SourceTag;

mod afford;
mod choice;
pub mod compare;
mod decide;
mod figures;
mod quotes;

use afford::AffordSection;
use choice::{ChooseButtons, Marks};
use compare::{AddRoute, ChoiceSet, Compare};
use decide::Decide;
use figures::Assumptions;
use quotes::Quotes;

use crate::ui::widgets::chart_width;

#[component]
pub fn CostsStep() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    from_embed(store);
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
    provide_context(Marks::new(store));
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
    // The decision block follows in a task of its own too, right after the charts: a new
    // figure paints the chart it moves first (`scripts/bench.sh` times that).
    let (decide_behind, _) = later(report);
    // "Can we afford it" follows after them: its runways and cash chart are off the chart's frame.
    let (afford_behind, _) = later(report);
    // A memo: the charts and tables that follow the picks are not worked out again for every
    // other edit of the plan.
    let picks = Memo::new(move |_| store.plan.with(|p| p.costs.picks.clone()));
    // The founder's money figures, checked; amounts show at `rate` (US dollars until a valid
    // rate for the chosen currency is given).
    let day = crate::ui::state::today();
    let rate = Memo::new(move |_| store.plan.with(|p| finance(p, day).display));

    // Each chart's data is a memo of its own, and the chart is drawn again only when its data
    // changed: a new home country redraws the charts it moves, not all four.
    let route_bars = from_report(report, cost_view::route_bars);
    let time_rows = from_report(report, cost_view::time_rows);
    let routes_svg = Memo::new(move |_| {
        let w = width.get();
        let rate = rate.get();
        route_bars.with(|(bars, markers)| chart::money_bars(bars, markers, w, &rate))
    });
    let routes_table = Memo::new(move |_| {
        let rate = rate.get();
        routes_behind.with(|x| {
            x.as_ref()
                .map(|r| cost_view::route_table(r, &rate))
                .unwrap_or_default()
        })
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
        let (w, rate) = (width.get(), rate.get());
        over_time.with(|(series, evens)| {
            let marks: Vec<_> = evens.iter().map(|e| e.mark.clone()).collect();
            chart::cumulative(series, &marks, w, &rate)
        })
    });
    let over_time_table = Memo::new(move |_| {
        let (p, rate) = (picks.get(), rate.get());
        over_time_behind.with(|x| {
            x.as_ref()
                .map(|r| cost_view::over_time_table(r, &p, &rate))
                .unwrap_or_default()
        })
    });

    let heading = move || report.with(|x| x.as_ref().ok().map(|r| r.scenario.describe()));
    let runway_line = Memo::new(move |_| {
        decide_behind.with(|x| {
            x.as_ref().ok().and_then(|r| {
                store
                    .plan
                    .with(|p| hireplan_core::hiring::afford::runway_line(p, r, day))
            })
        })
    });
    let rate_note = move || rate.with(runway_words::rate_line);

    let groups = move || {
        let rate = rate.get();
        routes_behind.with(|x| {
            x.as_ref()
                .map(|r| route_groups(r, &rate))
                .unwrap_or_default()
        })
    };
    // The runway form opens by itself once the founder has given a figure.
    let has_finances = store.plan.with_untracked(|p| !p.finances.is_empty());

    // Two routes or more on the shortlist: Costs opens with them side by side instead of the
    // generic picks (hidden, not swapped: a swapped view is code of its own).
    let compared = Memo::new(move |_| store.plan.with(|p| p.shortlist.len() >= 2));

    view! {
        <ChoiceSet/>
        <Compare width=width/>
        <div hidden=move || compared.get()>
            <Decide report=decide_behind rate=rate runway=runway_line/>
        </div>
        <AddRoute/>
        <p class="help" data-testid="costs-scenario">
            {heading} " "
            <a href="#/seniority">"Change the level"</a> " · " <a href="#/engagement">"change the engagement"</a>
        </p>
        <p class="help" data-testid="costs-where">
            {move || store.plan.with(where_line)} " "
            <a href="#/engagement">"Change where"</a>
        </p>
        {move || rate_note().map(|n| view! { <p class="help rate-note" data-testid="rate-note">{n}</p> })}
        {move || rate.with(|r| runway_words::rate_age(r, day)).map(|n| view! { <p class="notice warn" data-testid="rate-age">{n}</p> })}


        {more("Can we afford it?", "Each route's runway and cash-out month, in your currency.", "more-afford", has_finances, view! {
            <AffordSection report=afford_behind rate=rate width=width/>
        }.into_any())}

        {more("Every route, a month", "Charts and a table of every route, on its own terms.", "more-routes", false, view! {
            <p class="help" data-testid="hours-model">{move || store.plan.with(|p| hours_model(&p.costs.overrides))}</p>
            <ChartFigure
                id="chart-routes"
                title="Monthly cost of each route, all-in (the range its source gives)".to_string()
                description=Signal::derive(move || { let rate = rate.get(); route_bars.with(|(bars, _)| cost_view::describe_bars("Bar chart of monthly cost by route, cheapest first", bars, &rate)) })
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
            <p class="help">"* marks a figure you changed in the assumptions. Every number has its source there: open it to read the sentence it comes from."</p>
        }.into_any())}

        {more("What each route involves", "How each works, its terms and its catch.", "more-notes", false, view! {
            <ul class="route-notes" data-testid="route-notes" aria-busy=move || routes_busy.get().then_some("true")>
                {move || groups().into_iter().map(route_group).collect_view()}
            </ul>
            <ul class="region-notes">
                {market().regions_without_figures.iter().map(|n| view! {
                    <li><strong>{n.name}": "</strong>{n.note} " " <SourceTag id=n.source/></li>
                }).collect_view()}
            </ul>
        }.into_any())}

        {more("Your own quotes", "A price you were given.", "more-quotes", store.plan.with_untracked(|p| !p.costs.quotes.is_empty()), view! {
            <Quotes report=report/>
        }.into_any())}

        {more("Over time", "Month by month, and where routes cross.", "more-over-time", false, view! {
            <PickList report=below picks=picks/>
            <ChartFigure
                id="chart-over-time"
                title="Cumulative cost, one-off fees at the start".to_string()
                description=Signal::derive(move || over_time.with(|(s, e)| cost_view::describe_over_time(s, e)))
                svg=over_time_svg
                filename="hireplan-over-time.svg"
                busy=below_busy
            />
            <ul class="legend" aria-hidden="true">
                {move || over_time.with(|(s, _)| s.iter().enumerate().map(|(i, x)| legend_item(i, x.label.clone())).collect_view())}
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
        }.into_any())}

        {more("Figures and assumptions", "Every number's source and date; override any.", "more-figures", false, view! {
            <Assumptions report=figures_behind busy=figures_busy/>
        }.into_any())}
    }
}

/// Routes that share their terms, said once, then each route with what sets it apart and the
/// control to go with it; a route of its own is a group of one. (One shape for both: a second
/// shape would be code of its own in the download.)
fn route_group(g: RouteGroup) -> impl IntoView {
    let single = g.members.len() == 1;
    let how = (g.how != g.title).then_some(g.how);
    let own_key = single.then(|| g.members[0].key.clone());
    view! {
        <li class="route-group" data-route=own_key>
            <h3>{g.title}</h3>
            <p class="help">{how.map(|h| format!("{h} · "))} "Price: " {g.sources.join("; ")}</p>
            <ul class="catches">{g.shared_catches.into_iter().map(|c| view! { <li><strong>"Catch: "</strong>{c}</li> }).collect_view()}</ul>
            <ul class="terms">{g.shared_terms.into_iter().map(|c| view! { <li>{c}</li> }).collect_view()}</ul>
            <ul class="members">
                {g.members.into_iter().map(|m| {
                    let key = m.key.clone();
                    view! {
                        <li data-route=(!single).then(|| m.key.clone())>
                            <p>{(!single).then(|| view! { <strong>{m.label}</strong> " · " })}{m.month} " · " {m.hire}</p>
                            <ul class="terms">{m.own.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                            {m.choosable.then(|| view! { <ChooseButtons key=key/> })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </li>
    }
}

/// The options drawn over time: checkboxes over every priced option, keyed so that a toggled
/// box keeps its focus.
#[component]
fn PickList(
    report: Signal<Result<CostReport, Vec<InputError>>>,
    picks: Memo<Vec<String>>,
) -> impl IntoView {
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
                    picks.with(|p| {
                        r.picked(p)
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

/// An embed's "Open in Hireplan" (`?level=senior&eng=contractor…#/costs`): a new plan from the
/// reader's values, once, in a planner that saves (a shared plan, read-only, is left as it is).
/// The address then loses its query, so a reload does not start another plan.
fn from_embed(store: PlanStore) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let search = window.location().search().unwrap_or_default();
    let presets = Presets::parse(&search, crate::ui::state::today());
    if !presets.sets_plan() || store.read_only().get_untracked() {
        return;
    }
    let session = expect_context::<crate::ui::session::Session>();
    session.library.new_plan();
    for e in presets.edits() {
        store.set(e);
    }
    let hash = window.location().hash().unwrap_or_default();
    let path = window.location().pathname().unwrap_or_default();
    // history.replaceState, through Reflect: the page binds no import for it.
    let history = js_sys::Reflect::get(&window, &"history".into()).unwrap_or_default();
    let replace = js_sys::Reflect::get(&history, &"replaceState".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(replace) = replace {
        let _ = replace.call3(
            &history,
            &wasm_bindgen::JsValue::NULL,
            &"".into(),
            &format!("{path}{hash}").into(),
        );
    }
    expect_context::<crate::ui::notices::Notices>().notify(
        "A new plan, started from the values you had in the embed. Your other plans are as they were.",
        false,
        Vec::new(),
    );
}

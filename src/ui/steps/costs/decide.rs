//! The block the Costs step opens with: the route the founder goes with (and its runway), or
//! the two or three routes that fit the plan, each with its price, time to hire, catch and a
//! control to go with it; then one line for each route left out. The core words it all
//! (`cost::decision::view`).

use leptos::prelude::*;

use super::choice::ChooseButtons;
use crate::ui::state::PlanStore;
use hireplan_core::cost::decision::view::{card, decision, Card, Decision};
use hireplan_core::cost::{dropped_notice, route_title, CostReport, InputError};
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::text::currency::Rate;

/// One route's card (a plain function, not a component: one less wrapper in the code).
fn route_card(card: Card, chosen: bool) -> impl IntoView {
    let key = card.key.clone();
    view! {
        <li class="route-card" class:chosen=chosen data-route=card.key.clone()>
            <p class="picks">{if chosen { "Your route".to_string() } else { card.picks.join(" · ") }}</p>
            <h3>{card.label.clone()}</h3>
            <p class="price"><strong>{card.month.clone()}</strong>{card.total.clone().map(|t| format!(" · {t}"))}</p>
            <p class="hire">{card.hire.clone()}{card.catch.clone().map(|c| view! { " · " <strong>"Catch: "</strong>{c} })}</p>
            {card.choosable.then(|| view! { <ChooseButtons key=key/> })}
        </li>
    }
}

/// What the block shows, worked out at once from the report and the plan.
#[derive(Clone, Default, PartialEq)]
struct State {
    decision: Decision,
    /// The chosen route's card, or its name where the report has no such route.
    chosen: Option<Result<Card, String>>,
    /// The shortlist without the chosen route.
    others: Vec<Card>,
    runner_up: Option<String>,
    dropped: Option<String>,
}

#[component]
pub fn Decide(
    report: Signal<Result<CostReport, Vec<InputError>>>,
    rate: Memo<Rate>,
    runway: Memo<Option<String>>,
) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    // The plan's route choice, on its own: the block follows the report (one task behind) and
    // the choice, not every edit of the plan (a new figure would work the block out twice, in
    // the frame that paints the chart with the old report, then again with the new one).
    let choice = Memo::new(move |_| store.plan.with(|p| p.route.clone()));
    let state = Memo::new(move |_| {
        let rate = rate.get();
        choice.track();
        store.plan.with_untracked(|p| {
            report.with(|r| {
                let r = r.as_ref().ok();
                let decision = r
                    .map(|r| decision(r, &rate, p.route.chosen.as_ref()))
                    .unwrap_or_default();
                let chosen = p.route.chosen.as_ref().map(|key| {
                    r.and_then(|r| Some(card(r, r.option(key)?, &[], &rate)))
                        .ok_or_else(|| route_title(p, key))
                });
                let chosen_key = p.route.chosen.as_ref().map(|k| k.to_string());
                let others = decision
                    .cards
                    .iter()
                    .filter(|c| Some(&c.key) != chosen_key.as_ref())
                    .cloned()
                    .collect();
                State {
                    decision,
                    chosen,
                    others,
                    runner_up: p.route.runner_up.as_ref().map(|k| route_title(p, k)),
                    dropped: p.route.dropped.as_ref().map(dropped_notice),
                }
            })
        })
    });
    let read_only = store.read_only();
    // One shape whether or not a route is chosen: the chosen card leads the list.
    view! {
        <section class="decide" aria-labelledby="decide-heading" data-testid="costs-decide">
            {move || state.with(|s| {
                let (heading, headline, rest) = match &s.chosen {
                    Some(found) => ("Your route", format!("You are going with {}.", match found { Ok(c) => &c.label, Err(t) => t }),
                        " The timeline, the trial, the offer and the job description follow it. "),
                    None => ("Which route will you take?", "No route chosen yet.".to_string(),
                        " Pick one: the later steps follow it. "),
                };
                let cards = s.chosen.iter().filter_map(|c| c.clone().ok()).map(|c| (c, true))
                    .chain(s.others.iter().cloned().map(|c| (c, false)));
                view! {
                    <h2 id="decide-heading">{heading}</h2>
                    {s.dropped.clone().map(|n| view! { <p class="notice warn" role="status" data-testid="costs-route-dropped">{n}</p> })}
                    <p data-testid="costs-chosen"><strong>{headline}</strong>{rest}
                        {s.chosen.is_some().then(|| view! {
                            <button type="button" class="link" data-testid="clear-route" disabled=move || read_only.get()
                                on:click=move |_| store.set(PlanEdit::ClearRoute)>"Clear the choice"</button>
                        })}</p>
                    {runway.get().map(|l| view! { <p data-testid="costs-runway">{l}</p> })}
                    {s.runner_up.clone().map(|r| view! {
                        <p data-testid="costs-runner-up">"Runner-up, kept to compare: " {r} ". "
                            <button type="button" class="link" disabled=move || read_only.get() on:click=move |_| store.set(PlanEdit::RunnerUp(None))>"Let it go"</button></p>
                    })}
                    <ul class="shortlist" data-testid="shortlist">
                        {cards.map(|(c, chosen)| route_card(c, chosen)).collect_view()}
                    </ul>
                    {s.decision.none.clone().map(|n| view! { <p class="notice warn" data-testid="shortlist-empty">{n}</p> })}
                    {s.decision.before_eor.clone().map(|n| view! { <p class="help" data-testid="before-eor">{n}</p> })}
                    {s.decision.elsewhere.clone().map(|n| view! { <p class="help" data-testid="cheaper-elsewhere">{n}</p> })}
                    <details class="left-out" data-testid="left-out">
                        <summary>{format!("Why not the other {} routes", s.decision.left_out.len())}</summary>
                        <ul>
                            {s.decision.left_out.iter().map(|l| view! {
                                <li data-route=l.key.clone()><strong>{l.label.clone()}</strong>": " {l.why.clone()}</li>
                            }).collect_view()}
                        </ul>
                    </details>
                }
            })}
        </section>
    }
}

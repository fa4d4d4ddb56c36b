//! Step 3: seniority. The levels as the sources describe them, a recommendation with its
//! reasons, and the founder's own choice.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use crate::ui::widgets::{Checkbox, Radios};
use hireplan_core::cost::runway::finance::display_rate;
use hireplan_core::cost::runway::words::rate_line;
use hireplan_core::market::{ids, market};
use hireplan_core::plan::{Level, Seniority};
use hireplan_core::role::seniority::recommend;
use hireplan_core::session::edit::PlanEdit;

use super::{FigureValue, SourceTag};

#[component]
pub fn SeniorityStep() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let rec = Memo::new(move |_| store.plan.with(recommend));
    let chosen = Signal::derive(move || store.plan.with(|p| p.seniority.chosen));
    let level_choices = || {
        vec![
            (Level::Low, "Little or none", ""),
            (Level::Medium, "Some", ""),
            (Level::High, "Strong", ""),
        ]
    };
    view! {
        <p class="lead">"Three questions, together with your answers on the first step, point to a level. You can overrule it."</p>
        <div class="two-col">
            <Radios
                name="mentoring"
                legend="Can your team mentor a newcomer?"
                choices=vec![
                    (Level::Low, "No: no experienced developer to guide them", ""),
                    (Level::Medium, "Somewhat: a busy senior person", ""),
                    (Level::High, "Yes: a strong, established team", ""),
                ]
                value=Signal::derive(move || store.plan.with(|p| p.seniority.mentoring_capacity))
                on_change=Callback::new(move |v| store.set(PlanEdit::Mentoring(v)))
            />
            <Radios
                name="complexity"
                legend="How complex is the work?"
                choices=level_choices()
                    .into_iter()
                    .zip(["Clearly defined tasks, internal tools", "Moderate: features on a known design", "Complex: hard problems, critical decisions"])
                    .map(|((v, l, _), h)| (v, l, h))
                    .collect()
                value=Signal::derive(move || store.plan.with(|p| p.seniority.complexity))
                on_change=Callback::new(move |v| store.set(PlanEdit::Complexity(v)))
            />
        </div>
        <Checkbox
            id="leads-architecture".to_string()
            label="The hire must lead the architecture".to_string()
            help="Design or refactor the system and make the critical technical decisions on their own.".to_string()
            checked=Signal::derive(move || store.plan.with(|p| p.seniority.leads_architecture))
            on_change=Callback::new(move |v| store.set(PlanEdit::LeadsArchitecture(v)))
        />

        <section class="callout" aria-live="polite" data-testid="recommendation">
            <h2>"Recommended: " {move || rec.get().level.title()} " (" {move || rec.get().level.rocket_tier()} ")"</h2>
            <ul>
                {move || rec.get().reasons.into_iter().map(|r| view! {
                    <li>{r.text} " " <SourceTag id=r.source/></li>
                }).collect_view()}
            </ul>
        </section>

        <fieldset class="field level-cards">
            <legend>"The level you will hire"</legend>
            <div class="radio follow">
                <input
                    type="radio"
                    id="level-follow"
                    name="level"
                    prop:checked=move || chosen.get().is_none()
                    on:change=move |_| store.set(PlanEdit::Level(None))
                />
                <label for="level-follow">
                    <span class="choice-label">"Follow the recommendation"</span>
                    <span class="choice-help">"Changes as your answers change."</span>
                </label>
            </div>
            <div class="cards">
                {Seniority::ALL.into_iter().map(|level| {
                    let id = format!("level-{}", hireplan_core::text::names::lower(level.rocket_tier()));
                    view! {
                        <div class="card" class:recommended=move || rec.get().level == level>
                            <input
                                type="radio"
                                id=id.clone()
                                name="level"
                                prop:checked=move || chosen.get() == Some(level)
                                on:change=move |_| store.set(PlanEdit::Level(Some(level)))
                            />
                            <label for=id>
                                <span class="choice-label">{level.title()} " · RocketDevs " {level.rocket_tier()}</span>
                                <span class="choice-help">{level.description()}</span>
                                <span class="choice-help"><strong>"Best for: "</strong>{level.tier_best_for()}</span>
                                <span class="price">
                                    <FigureValue id=ids::rocketdevs_package(level, true)/>
                                    " full-time · "
                                    <FigureValue id=ids::rocketdevs_package(level, false)/>
                                    " part-time "
                                    <SourceTag id="rocketdevs-guide"/>
                                </span>
                            </label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <p class="help">
            "Levels: Toptal's hiring guide " <SourceTag id="toptal-2026"/> "; tiers and prices: RocketDevs " <SourceTag id="rocketdevs-guide"/>
            ". The sources do not give salaries by level; the Costs step scales country medians by the RocketDevs price ratios, an assumption you can edit there ("
            {move || store.plan.with(|p| {
                let factor = |id| market().value(id, &p.costs.overrides).map(|u| format!("{}×", hireplan_core::text::format::fixed(u.value, 2))).unwrap_or_else(|| "not set".into());
                format!("junior {}, senior {} the median", factor(ids::FACTOR_JUNIOR), factor(ids::FACTOR_SENIOR))
            })}
            ")."
        </p>
        // The package prices are the sources' dollars, converted: the rate and its date, once.
        {move || store.plan.with(|p| rate_line(&display_rate(p))).map(|n| view! { <p class="help" data-testid="rate-note">{n}</p> })}
    }
}

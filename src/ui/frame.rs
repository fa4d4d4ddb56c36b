//! The planner's frame: header, save status, notices, the step navigator, the open step, the
//! pager, and the whole plan laid out for printing. It reads the stores and the steps' handle
//! (`parts::Steps`) from context, so it knows no step and no split point.

use hireplan_core::cost::chosen_route_label;
use hireplan_core::plan::wizard::Step;
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::session::progress::{step_state, StepState};
use leptos::prelude::*;

use super::notices::Notices;
use super::parts::Steps;
use super::session::Session;
use super::state::{current_hash, Page, PlanStore};

/// The planner's page, in context of the stores and handles `Planner` provided. Drawn from its
/// own chunk (`parts::Shell`).
#[component]
pub(crate) fn PlannerShell() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let session = expect_context::<Session>();
    let page = expect_context::<Page>();
    session.start();

    let step = RwSignal::new(Step::from_hash(&current_hash()));
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        step.set(Step::from_hash(&current_hash()));
        // Move keyboard and screen-reader focus to the new step, as a page change would.
        if let Some(main) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("main"))
        {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(main) {
                let _ = el.focus();
                el.scroll_into_view();
            }
        }
    });
    on_cleanup(move || handle.remove());
    // A step the founder has opened counts as answered once they leave it with its defaults
    // kept, so opening is recorded (once per step) as a plan edit.
    Effect::new(move || {
        let current = step.get();
        let unseen = store
            .plan
            .with_untracked(|p| hireplan_core::session::progress::unseen(p, current));
        if unseen && !store.read_only().get_untracked() {
            store.set(PlanEdit::Seen(current));
        }
    });

    view! {
        <div class="app">
            <header class="app-header">
                <div class="brand">
                    <span class="brand-mark" aria-hidden="true">"H"</span>
                    <span class="brand-name">"Hireplan"</span>
                </div>
                <p class="tagline">"Plan the hire of a backend developer"</p>
                <SaveIndicator/>
            </header>
            <NoticeList/>
            <div class="layout">
                <StepNav current=step/>
                <main id="main" class="step" tabindex="-1">
                    // A shared plan is shown read-only: every control inside is disabled.
                    <fieldset class="readonly-wrap" disabled=move || store.read_only().get()>
                        {move || if page.print_all.get() {
                            view! {
                                <div class="print-all" data-testid="print-all">
                                    <p class="print-title">{store.plan.with(|p| p.display_name().to_string())}</p>
                                    {Step::ALL.into_iter().filter(|s| s.prints()).map(|s| view! { <StepView step=s/> }).collect_view()}
                                    <p class="no-print"><button type="button" class="secondary" on:click=move |_| page.print_all.set(false)>"Back to the planner"</button></p>
                                </div>
                            }.into_any()
                        } else {
                            view! { <StepView step=step.get()/> }.into_any()
                        }}
                    </fieldset>
                    <StepPager current=step/>
                </main>
            </div>
        </div>
    }
    .into_any()
}

#[component]
fn SaveIndicator() -> impl IntoView {
    let session = expect_context::<Session>();
    let persistence = session.persistence();
    let text = Memo::new(move |_| session.status().with(|s| s.indicator(&persistence)));
    view! {
        <p class=move || format!("save-status {}", text.get().0) role="status" data-testid="save-status">
            {move || text.get().1}
        </p>
    }
}

#[component]
fn NoticeList() -> impl IntoView {
    let notices = expect_context::<Notices>();
    let session = expect_context::<Session>();
    let failed = move || session.status().with(|s| s.failure());
    view! {
        <div class="notices" aria-live="polite">
            <For each=move || notices.list.get() key=|n| n.id let:notice>
                <div class="notice" class:error=notice.error class:warn=!notice.error data-testid="notice">
                    <p>{notice.text.clone()}</p>
                    <div class="notice-actions">
                        {notice.actions.iter().copied().map(|action| {
                            let id = notice.id;
                            view! {
                                <button type="button" class="secondary small" on:click=move |_| session.act(id, action)>{action.label()}</button>
                            }
                        }).collect_view()}
                        <button type="button" class="link" aria-label="Dismiss this message" on:click={
                            let id = notice.id;
                            move |_| notices.dismiss(id)
                        }>"Dismiss"</button>
                    </div>
                </div>
            </For>
            {move || failed().map(|why| view! { <p class="notice error" data-testid="notice">{why}</p> })}
        </div>
    }
}

#[component]
fn StepNav(current: RwSignal<Step>) -> impl IntoView {
    let store = expect_context::<PlanStore>();
    // Every step's state at once, recomputed once per change (not once per place it shows).
    let states = Memo::new(move |_| {
        store
            .issues
            .0
            .with(|i| store.plan.with(|p| Step::ALL.map(|s| step_state(p, s, i))))
    });
    let state = move |s: Step| states.with(|all| all[s.index()]);
    // At a phone width the steps are one row that scrolls sideways: keep the current step in
    // view there, on arrival and on every step change.
    Effect::new(move |_| {
        current.track();
        request_animation_frame(reveal_current_step);
    });
    view! {
        <nav class="step-nav" aria-label="Planner steps">
            <ol>
                {Step::ALL
                    .into_iter()
                    .map(|s| {
                        let is_current = move || current.get() == s;
                        view! {
                            <li>
                                <a
                                    href=format!("#/{}", s.slug())
                                    class:current=is_current
                                    class:done=move || state(s) == StepState::Done
                                    class:attention=move || state(s) == StepState::NeedsAttention
                                    aria-current=move || is_current().then_some("step")
                                >
                                    <span class="step-number" aria-hidden="true">
                                        {move || match state(s) {
                                            StepState::Done if !is_current() => "✓".to_string(),
                                            StepState::NeedsAttention => "!".to_string(),
                                            StepState::Done | StepState::NotStarted => (s.index() + 1).to_string(),
                                        }}
                                    </span>
                                    <span class="step-title">{s.title()}</span>
                                    <span class="visually-hidden">{move || format!(" ({})", state(s).word())}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            // The route the plan follows (chosen on Costs), or that none is chosen yet. Costs opens with the route's decision itself: not said twice there.
            <p class="nav-route" data-testid="nav-route" hidden=move || current.get() == Step::Costs>
                <a href="#/costs">
                    {move || store.plan.with(chosen_route_label)}
                </a>
            </p>
        </nav>
    }
}

/// Scrolls the step row sideways (only sideways: the page stays where it is) so the current
/// step sits in the middle of it. Where the row does not scroll, this changes nothing.
fn reveal_current_step() {
    use wasm_bindgen::JsCast;
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let Ok(Some(row)) = document.query_selector(".step-nav ol") else {
        return;
    };
    let Some(link) = row
        .query_selector("a[aria-current=step]")
        .ok()
        .flatten()
        .and_then(|a| a.dyn_into::<web_sys::HtmlElement>().ok())
    else {
        return;
    };
    // The row is positioned, so the link's offset is measured from the row.
    let left = link.offset_left() - (row.client_width() - link.offset_width()) / 2;
    row.set_scroll_left(left.max(0));
}

#[component]
fn StepPager(current: RwSignal<Step>) -> impl IntoView {
    view! {
        <div class="pager">
            {move || current.get().previous().map(|p| view! {
                <a class="button secondary" href=format!("#/{}", p.slug())>"← Back: " {p.title()}</a>
            })}
            <span class="spacer"></span>
            {move || current.get().next().map(|n| view! {
                <a class="button primary" href=format!("#/{}", n.slug())>"Next: " {n.title()} " →"</a>
            })}
        </div>
    }
}

/// The open step under its heading; its code comes from the steps' handle in context.
#[component]
pub fn StepView(step: Step) -> impl IntoView {
    let steps = expect_context::<Steps>();
    let body = steps.draw(step);
    steps.prefetch_after(step);
    view! {
        <section class="step-body" aria-labelledby="step-heading">
            <h1 id="step-heading">{step.title()}</h1>
            {body}
        </section>
    }
}

//! One component per planner step, plus the small citation pieces they share.

mod costs;
mod engagement;
mod hire;
mod interviews;
mod job_ad;
mod requirements;
mod role;
mod seniority;
mod share;

use hireplan_core::market::{market, Unit};
use hireplan_core::plan::wizard::Step;
use hireplan_core::text::money::Usd;
use leptos::prelude::*;

/// Declares a view built in a wasm chunk when the crate is built with `split` (every Trunk
/// build), fetched the first time it is shown; a plain function otherwise. Each gets a
/// `preload_…` twin so printing can fetch every step first. Views with the same chunk name
/// share one chunk; the names are those of `hireplan_core::codec::route::chunk`, which the
/// build (xtask) reads to preload each page's chunks before the main module has started.
macro_rules! chunk {
    ($($chunk:ident: $name:ident, $preload:ident => $body:expr;)*) => {$(
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, preload(#[allow(dead_code)] $preload))
        )]
        fn $name() -> AnyView {
            $body.into_any()
        }
        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() {}
    )*};
}
pub(crate) use chunk;

/// Shows a chunked view: at once when unsplit, after its chunk arrives when split.
macro_rules! show {
    ($name:ident) => {{
        #[cfg(feature = "split")]
        let view =
            $crate::ui::steps::show_loaded(|| Box::pin($name()) as $crate::ui::steps::Loading);
        #[cfg(not(feature = "split"))]
        let view = $name();
        view
    }};
}
pub(crate) use show;

/// A chunked view on its way.
#[cfg(feature = "split")]
pub type Loading = std::pin::Pin<Box<dyn std::future::Future<Output = AnyView>>>;

/// A chunked view, drawn once its chunk arrives. The future is boxed, so this view is built
/// once for every chunk rather than once for each (a copy per step cost the planner's first
/// screen 0.6 KB).
#[cfg(feature = "split")]
pub fn show_loaded(load: fn() -> Loading) -> AnyView {
    use leptos::__reexports::send_wrapper::SendWrapper;
    view! {
        <Suspense fallback=|| view! { <p class="chunk-loading" role="status">"Loading\u{2026}"</p> }>
            {Suspend::new(SendWrapper::new(async move { load().await }))}
        </Suspense>
    }
    .into_any()
}

chunk! {
    steps: requirements_step, preload_requirements => requirements::RequirementsStep();
    steps: seniority_step, preload_seniority => seniority::SeniorityStep();
    steps: engagement_step, preload_engagement => engagement::EngagementStep();
    steps: costs_step, preload_costs => costs::CostsStep();
    steps: share_step, preload_share => share::ShareStep();
    steps: job_ad_step, preload_job_ad => job_ad::JobAdStep();
    steps: interviews_step, preload_interviews => interviews::InterviewsStep();
    steps: hire_step, preload_hire => hire::HireStep();
}

/// Fetches a step's chunk without showing it; nothing to do when unsplit or in the main module.
pub async fn preload(step: Step) {
    match step {
        Step::Role => {}
        Step::Requirements => preload_requirements().await,
        Step::Seniority => preload_seniority().await,
        Step::Engagement => preload_engagement().await,
        Step::Costs => preload_costs().await,
        Step::Share => preload_share().await,
        Step::JobDescription => preload_job_ad().await,
        Step::Interviews => preload_interviews().await,
        Step::Hire => preload_hire().await,
    }
}

/// Fetches every step's chunk (for printing the whole plan).
pub async fn preload_all() {
    for step in Step::ALL {
        preload(step).await;
    }
}

#[component]
pub fn StepView(step: Step) -> impl IntoView {
    // The first step is in the main module: it is the first screen.
    let body = match step {
        Step::Role => role::RoleStep().into_any(),
        Step::Requirements => show!(requirements_step),
        Step::Seniority => show!(seniority_step),
        Step::Engagement => show!(engagement_step),
        Step::Costs => show!(costs_step),
        Step::Share => show!(share_step),
        Step::JobDescription => show!(job_ad_step),
        Step::Interviews => show!(interviews_step),
        Step::Hire => show!(hire_step),
    };
    // The step a founder will most likely open next is fetched while they read this one: a
    // moment after it is drawn, once the page is idle, so it never competes with the first
    // screen. (Safari has no idle callback: there, the moment alone.)
    if let Some(next) = step.next() {
        let fetch = move || leptos::task::spawn_local(preload(next));
        let when_idle = move || {
            if request_idle_callback_with_handle(fetch).is_err() {
                fetch();
            }
        };
        set_timeout(when_idle, std::time::Duration::from_millis(1500));
    }
    view! {
        <section class="step-body" aria-labelledby="step-heading">
            <h1 id="step-heading">{step.title()}</h1>
            {body}
        </section>
    }
}

/// A short citation of a source article: "(Toptal, June 2026)", full title on hover.
#[component]
pub fn SourceTag(#[prop(into)] id: String) -> impl IntoView {
    let m = market();
    let (short, full) = match m.source(&id) {
        Some(s) => {
            let who = if s.publisher.starts_with("not named") {
                format!("\u{201c}{}\u{201d}", s.title)
            } else {
                s.publisher.to_string()
            };
            (
                format!("{who}, {}", s.date),
                format!("{} ({}, {}; {})", s.title, s.publisher, s.date, s.file),
            )
        }
        None => (id.clone(), id.clone()),
    };
    view! { <cite class="source" title=full>"(" {short} ")"</cite> }
}

/// A market figure formatted with its unit, its citation on hover.
#[component]
pub fn FigureValue(#[prop(into)] id: String) -> impl IntoView {
    let m = market();
    let text = match (m.base_value(&id), m.unit(&id)) {
        (Some(v), Some(unit)) if unit.is_money() => {
            let amount = Usd::from_f64(v).whole();
            match unit {
                Unit::UsdPerMonth => format!("{amount}/mo"),
                Unit::UsdPerYear => format!("{amount}/yr"),
                Unit::UsdPerWeek => format!("{amount}/wk"),
                Unit::UsdPerHour => format!("{amount}/h"),
                _ => amount,
            }
        }
        (Some(v), Some(unit)) => format!(
            "{} {}",
            hireplan_core::text::format::plain_number(v),
            unit.suffix()
        ),
        _ => "unknown".to_string(),
    };
    view! { <span class="figure" title=m.citation(&id)>{text}</span> }
}

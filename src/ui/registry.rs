//! What is split, and how: every split point of the shell, one row each. With the `split`
//! feature each split point is a wasm module fetched the first time it is needed; without it, a
//! plain call. The module names in `wasm_split(…)` are a contract with the build: exactly those
//! of `hireplan_core::codec::address::chunk` (`planner`, `steps`, `plan_writer`,
//! `plan_reader`, `embed_costs`, `embed_plan`; the chart embed is in `embed_costs`).
//!
//! The top of the shell: only the app's entry (`app`) imports this file, and hands the rest
//! the handles of `parts` (in context, or as arguments).

use hireplan_core::codec::{self, EmbedKind};
use hireplan_core::plan::wizard::Step;
use hireplan_core::session::library;
use leptos::prelude::*;

use super::embed::{EmbedChart, EmbedCosts, EmbedPlan};
use super::frame::PlannerShell;
#[cfg(feature = "split")]
use super::parts::fetched;
use super::parts::{Codec, Embeds, Missing, Part, Pending, Reader, Shell, Steps, Writer};
use super::steps;

/// Declares split points: `wasm_split` into module `$chunk` with the `split` feature, a plain
/// function otherwise. Each gets a `$preload` twin that fetches its chunk without calling it
/// (nothing to do when unsplit). Functions with the same module name share one chunk. Each is
/// `fallible`: a chunk that could not be fetched (a dropped connection, a page left while it
/// loaded) is an `Err`, and a later call fetches it again; without it, the splitter's loader
/// panics, and a panic aborts the whole module.
macro_rules! split {
    ($($chunk:ident: fn $name:ident() -> $ty:ty = $body:expr, $preload:ident;)*) => {$(
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, fallible, preload(#[allow(dead_code)] $preload))
        )]
        fn $name() -> Result<$ty, Missing> {
            Ok($body)
        }
        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() -> Result<(), Missing> {
            Ok(())
        }
    )*};
}

/// Calls a split point until its chunk is in (`parts::fetched`): its value; ready at once
/// when unsplit.
macro_rules! call {
    ($name:ident) => {{
        #[cfg(feature = "split")]
        let pending: Pending<_> = Box::pin(fetched(|| Box::pin($name())));
        #[cfg(not(feature = "split"))]
        let Ok(value) = $name();
        #[cfg(not(feature = "split"))]
        let pending: Pending<_> = Box::pin(std::future::ready(value));
        pending
    }};
}

/// A chunked view: drawn at once when unsplit, after its chunk arrives when split.
macro_rules! show {
    ($name:ident) => {{
        #[cfg(feature = "split")]
        let view = super::parts::loaded(|| Box::pin(fetched(|| Box::pin($name()))));
        #[cfg(not(feature = "split"))]
        let Ok(view) = $name();
        view
    }};
}

/// The steps, one row each: the first is drawn with the planner's frame, in its chunk (it is
/// the first screen); every later step shares the `steps` chunk (no page starts on one, so
/// they load together). The matches below are exhaustive: a new step that has no row here does
/// not compile.
macro_rules! steps {
    (
        first $first:ident = $first_view:path;
        $($step:ident = $view:path, $name:ident, $preload:ident;)*
    ) => {
        split! {
            $(steps: fn $name() -> AnyView = $view().into_any(), $preload;)*
        }

        fn draw_step(step: Step) -> AnyView {
            match step {
                Step::$first => $first_view().into_any(),
                $(Step::$step => show!($name),)*
            }
        }

        fn preload_step(step: Step) -> Pending<Result<(), Missing>> {
            match step {
                Step::$first => Box::pin(std::future::ready(Ok(()))),
                $(Step::$step => Box::pin($preload()),)*
            }
        }
    };
}

split! {
    // The steps' handle is put in context here, in the planner's chunk: an embed's page never
    // reaches the steps' code, not even their first one.
    planner: fn planner_shell() -> Shell = Shell {
        draw: || {
            provide_context(steps());
            view! { <PlannerShell/> }.into_any()
        },
    }, preload_planner;
    plan_writer: fn plan_writer() -> Writer = Writer {
        encode: codec::encode_stored,
    }, preload_plan_writer;
    plan_reader: fn plan_reader() -> Reader = Reader {
        decode: codec::decode_stored,
        decode_share: codec::decode_share,
        summarize: |entries| library::summarize(entries),
    }, preload_plan_reader;
    // Each embed's content is its own chunk: a blog's reader downloads only it.
    embed_costs: fn embed_costs() -> AnyView = EmbedCosts().into_any(), preload_embed_costs;
    embed_plan: fn embed_plan() -> AnyView = EmbedPlan().into_any(), preload_embed_plan;
    // The chart embed shares the calculator's module: no new set of shared chunks.
    embed_costs: fn embed_chart() -> AnyView = EmbedChart().into_any(), preload_embed_chart;
}

steps! {
    first Role = steps::role::RoleStep;
    Requirements = steps::requirements::RequirementsStep, requirements_step, preload_requirements;
    Seniority = steps::seniority::SeniorityStep, seniority_step, preload_seniority;
    Engagement = steps::engagement::EngagementStep, engagement_step, preload_engagement;
    Costs = steps::costs::CostsStep, costs_step, preload_costs;
    JobDescription = steps::job_ad::JobAdStep, job_ad_step, preload_job_ad;
    Interviews = steps::interviews::InterviewsStep, interviews_step, preload_interviews;
    Hire = steps::hire::HireStep, hire_step, preload_hire;
    Share = steps::share::ShareStep, share_step, preload_share;
}

/// The steps' views and code, for the frame and for printing.
pub fn steps() -> Steps {
    Steps {
        draw: draw_step,
        preload: preload_step,
    }
}

/// The embeds' content.
pub fn embeds() -> Embeds {
    Embeds {
        draw: |kind| match kind {
            EmbedKind::Costs => show!(embed_costs),
            EmbedKind::Plan => show!(embed_plan),
            EmbedKind::Chart => show!(embed_chart),
        },
    }
}

/// The planner's frame, once its chunk is in.
pub async fn shell() -> Shell {
    call!(planner_shell).await
}

/// The frame when it needs no fetching (an unsplit build), else None.
pub fn shell_at_hand() -> Option<Shell> {
    #[cfg(not(feature = "split"))]
    let shell = planner_shell().ok();
    #[cfg(feature = "split")]
    let shell = None;
    shell
}

/// The codec, with whichever parts are in already; the others are fetched when first needed.
pub fn codec(writer: Option<Writer>, reader: Option<Reader>) -> Codec {
    Codec {
        writer: Part::new(writer, || call!(plan_writer)),
        reader: Part::new(reader, || call!(plan_reader)),
    }
}

/// Both parts of the codec, in an unsplit build (the browser tests).
#[cfg(not(feature = "split"))]
pub fn codec_at_hand() -> Codec {
    codec(plan_writer().ok(), plan_reader().ok())
}

/// The reader, once its chunk is in (for a page that waits for it before drawing).
pub async fn reader() -> Reader {
    call!(plan_reader).await
}

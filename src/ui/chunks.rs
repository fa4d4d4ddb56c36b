//! Code chunks: every split point of the shell, and the one way the rest of the UI reaches
//! code that may still be on its way. With the `split` feature each split point is a wasm
//! module fetched the first time it is needed; without it, a plain call. The module names in
//! `wasm_split(…)` are a contract with the build: exactly those of
//! `hireplan_core::codec::route::chunk` (`planner`, `steps`, `plan_writer`, `plan_reader`,
//! `embed_costs`, `embed_plan`).

use std::future::Future;
use std::pin::Pin;

use hireplan_core::codec::{self, DecodeError, EmbedKind};
use hireplan_core::plan::wizard::Step;
use hireplan_core::plan::Plan;
use hireplan_core::session::library::{self, PlanSummary};
use leptos::prelude::*;

use super::steps;

/// A value on its way from a chunk.
pub type Pending<T> = Pin<Box<dyn Future<Output = T>>>;

/// Declares split points: `wasm_split` into module `$chunk` with the `split` feature, a plain
/// function otherwise. Each gets a `$preload` twin that fetches its chunk without calling it
/// (nothing to do when unsplit). Functions with the same module name share one chunk.
macro_rules! split {
    ($($chunk:ident: fn $name:ident() -> $ty:ty = $body:expr, $preload:ident;)*) => {$(
        #[cfg_attr(
            feature = "split",
            leptos::wasm_split::wasm_split($chunk, wasm_split_path = ::leptos::wasm_split, preload(#[allow(dead_code)] $preload))
        )]
        fn $name() -> $ty {
            $body
        }
        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        async fn $preload() {}
    )*};
}

/// Calls a split point: its value once its chunk is in; ready at once when unsplit.
macro_rules! call {
    ($name:ident) => {{
        #[cfg(feature = "split")]
        let pending: Pending<_> = Box::pin($name());
        #[cfg(not(feature = "split"))]
        let pending: Pending<_> = Box::pin(std::future::ready($name()));
        pending
    }};
}

/// A chunked view: drawn at once when unsplit, after its chunk arrives when split.
macro_rules! show {
    ($name:ident) => {{
        #[cfg(feature = "split")]
        let view = loaded(|| Box::pin($name()));
        #[cfg(not(feature = "split"))]
        let view = $name();
        view
    }};
}

/// The planner's own page: header, step navigator, the open step (the first one drawn in
/// it), its saving. Its own chunk (`planner`), which an embed never fetches; the page's head
/// script preloads it beside the main module.
#[derive(Clone, Copy)]
pub struct Shell {
    draw: fn() -> AnyView,
}

impl Shell {
    pub fn draw(self) -> AnyView {
        (self.draw)()
    }
}

/// Writes a plan for storage (`codec::encode_stored`). Its own small chunk (`plan_writer`),
/// which the planner fetches just after its first screen is drawn (typing needs no
/// serializer); a save that comes first waits for it. An embed never fetches it.
#[derive(Clone, Copy)]
pub struct Writer {
    encode: fn(&Plan) -> String,
}

impl Writer {
    pub fn encode(self, plan: &Plan) -> String {
        (self.encode)(plan)
    }
}

/// Reads stored plans and share links: the JSON parser and the plan's deserializer, the bulk
/// of the codec. Its own chunk (`plan_reader`). The planner waits for it only when there is
/// something to read (a share link, or plans in this browser); otherwise the Share step
/// fetches it as it opens, and whatever needs it first waits for it.
#[derive(Clone, Copy)]
pub struct Reader {
    decode: fn(&str) -> Result<Plan, DecodeError>,
    decode_share: fn(&str) -> Result<Plan, DecodeError>,
    summarize: fn(Vec<(String, String)>) -> Vec<PlanSummary>,
}

impl Reader {
    /// A stored plan.
    pub fn decode(self, text: &str) -> Result<Plan, DecodeError> {
        (self.decode)(text)
    }

    /// A share link's payload.
    pub fn decode_share(self, payload: &str) -> Result<Plan, DecodeError> {
        (self.decode_share)(payload)
    }

    /// The plan list from stored entries, newest first.
    pub fn summarize(self, entries: Vec<(String, String)>) -> Vec<PlanSummary> {
        (self.summarize)(entries)
    }
}

split! {
    planner: fn planner_shell() -> Shell = Shell {
        draw: || view! { <super::app::PlannerShell/> }.into_any(),
    }, preload_planner;
    plan_writer: fn plan_writer() -> Writer = Writer {
        encode: codec::encode_stored,
    }, preload_plan_writer;
    plan_reader: fn plan_reader() -> Reader = Reader {
        decode: codec::decode_stored,
        decode_share: codec::decode_share,
        summarize: |entries| library::summarize(entries),
    }, preload_plan_reader;
    // Every later step shares one chunk: no page starts on one, so they load together.
    steps: fn requirements_step() -> AnyView = steps::requirements::RequirementsStep().into_any(), preload_requirements;
    steps: fn seniority_step() -> AnyView = steps::seniority::SeniorityStep().into_any(), preload_seniority;
    steps: fn engagement_step() -> AnyView = steps::engagement::EngagementStep().into_any(), preload_engagement;
    steps: fn costs_step() -> AnyView = steps::costs::CostsStep().into_any(), preload_costs;
    steps: fn share_step() -> AnyView = steps::share::ShareStep().into_any(), preload_share;
    steps: fn job_ad_step() -> AnyView = steps::job_ad::JobAdStep().into_any(), preload_job_ad;
    steps: fn interviews_step() -> AnyView = steps::interviews::InterviewsStep().into_any(), preload_interviews;
    steps: fn hire_step() -> AnyView = steps::hire::HireStep().into_any(), preload_hire;
    // Each embed's content is its own chunk: a blog's reader downloads only it.
    embed_costs: fn embed_costs() -> AnyView = super::embed::EmbedCosts().into_any(), preload_embed_costs;
    embed_plan: fn embed_plan() -> AnyView = super::embed::EmbedPlan().into_any(), preload_embed_plan;
}

/// The planner's shell, once its chunk is in.
pub async fn shell() -> Shell {
    call!(planner_shell).await
}

/// The shell when it needs no fetching (an unsplit build), else None.
pub fn shell_at_hand() -> Option<Shell> {
    #[cfg(not(feature = "split"))]
    let shell = Some(planner_shell());
    #[cfg(feature = "split")]
    let shell = None;
    shell
}

/// A step's view. The first step is drawn with the shell, in its chunk: it is the first
/// screen. The others show a loading line until their chunk is in.
pub fn step(step: Step) -> AnyView {
    if step != Step::Role {
        later_styles();
    }
    match step {
        Step::Role => steps::role::RoleStep().into_any(),
        Step::Requirements => show!(requirements_step),
        Step::Seniority => show!(seniority_step),
        Step::Engagement => show!(engagement_step),
        Step::Costs => show!(costs_step),
        Step::Share => show!(share_step),
        Step::JobDescription => show!(job_ad_step),
        Step::Interviews => show!(interviews_step),
        Step::Hire => show!(hire_step),
    }
}

/// An embed's content (the shared-plan embed reads its link in its own chunk).
pub fn embed(kind: EmbedKind) -> AnyView {
    match kind {
        EmbedKind::Costs => show!(embed_costs),
        EmbedKind::Plan => show!(embed_plan),
    }
}

/// Links the later steps' stylesheet, once: the page holds its link in an inert template
/// (`xtask/src/page.rs`), so the first screen does not wait for it. Called as a later step's
/// code is fetched, so the styles arrive with the code, or before it.
pub fn later_styles() {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let link = doc
        .get_element_by_id("later-styles")
        .and_then(|t| t.dyn_into::<web_sys::HtmlTemplateElement>().ok())
        .and_then(|t| t.content().first_element_child());
    if let (Some(link), Some(head)) = (link, doc.head()) {
        let _ = head.append_child(&link);
    }
}

/// Fetches a step's chunk without showing it; nothing to do when unsplit or in the shell.
pub async fn preload(step: Step) {
    if step != Step::Role {
        later_styles();
    }
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

/// Fetches the step a founder will most likely open next while they read this one: a moment
/// after it is drawn, once the page is idle, so it never competes with the first screen.
/// (Safari has no idle callback: there, the moment alone.)
pub fn prefetch_after(step: Step) {
    if let Some(next) = step.next() {
        let fetch = move || leptos::task::spawn_local(preload(next));
        let when_idle = move || {
            if request_idle_callback_with_handle(fetch).is_err() {
                fetch();
            }
        };
        set_timeout(when_idle, std::time::Duration::from_millis(1500));
    }
}

/// A chunked view, drawn once its chunk arrives. One boxed future type, so this view is
/// built once for every chunk rather than once for each (a copy per step cost the planner's
/// first screen 0.6 KB).
#[cfg(feature = "split")]
fn loaded(load: fn() -> Pending<AnyView>) -> AnyView {
    use leptos::__reexports::send_wrapper::SendWrapper;
    view! {
        <Suspense fallback=|| view! { <p class="chunk-loading" role="status">"Loading\u{2026}"</p> }>
            {Suspend::new(SendWrapper::new(async move { load().await }))}
        </Suspense>
    }
    .into_any()
}

/// A part of the code fetched once, when first needed or ahead of need, and kept.
#[derive(Clone, Copy)]
pub struct Part<T: Send + Sync + 'static> {
    slot: StoredValue<Option<T>>,
    load: fn() -> Pending<T>,
}

impl<T: Copy + Send + Sync + 'static> Part<T> {
    fn new(at_hand: Option<T>, load: fn() -> Pending<T>) -> Self {
        Part {
            slot: StoredValue::new(at_hand),
            load,
        }
    }

    /// The part, if it is in.
    pub fn ready(self) -> Option<T> {
        self.slot.get_value()
    }

    /// The part: at once when it is in, else once its chunk arrives.
    pub async fn get(self) -> T {
        if let Some(part) = self.ready() {
            return part;
        }
        let part = (self.load)().await;
        self.slot.set_value(Some(part));
        part
    }

    /// Runs `then` with the part: in this very call when it is in (a save on `pagehide` must
    /// write before the page goes), else once its chunk arrives.
    pub fn then(self, then: impl FnOnce(T) + 'static) {
        match self.ready() {
            Some(part) => then(part),
            None => leptos::task::spawn_local(async move { then(self.get().await) }),
        }
    }

    /// Fetches the part ahead of need.
    pub fn prefetch(self) {
        self.then(|_| ());
    }
}

/// The plan codec's two chunks.
#[derive(Clone, Copy)]
pub struct Codec {
    pub writer: Part<Writer>,
    pub reader: Part<Reader>,
}

impl Codec {
    /// The codec, with whichever parts are in already.
    pub fn new(writer: Option<Writer>, reader: Option<Reader>) -> Codec {
        Codec {
            writer: Part::new(writer, || call!(plan_writer)),
            reader: Part::new(reader, || call!(plan_reader)),
        }
    }

    /// Both parts, in an unsplit build (the browser tests).
    #[cfg(not(feature = "split"))]
    pub fn at_hand() -> Codec {
        Codec::new(Some(plan_writer()), Some(plan_reader()))
    }
}

/// The reader, once its chunk is in (for a page that waits for it before drawing).
pub async fn reader() -> Reader {
    call!(plan_reader).await
}

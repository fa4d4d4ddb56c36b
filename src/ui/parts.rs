//! Parts of the code that may still be on their way, and the handles the rest of the shell
//! holds them by. The bottom of the shell: it imports only the core and Leptos. Which code is
//! split, and how each part is fetched, is the registry's business (`registry`), read only by
//! the app's entry, which puts the handles below in context.

use std::future::Future;
use std::pin::Pin;

use hireplan_core::codec::{DecodeError, EmbedKind};
use hireplan_core::plan::wizard::Step;
use hireplan_core::plan::Plan;
use hireplan_core::session::library::PlanSummary;
use leptos::prelude::*;

/// A value on its way from a chunk.
pub type Pending<T> = Pin<Box<dyn Future<Output = T>>>;

/// Why a chunk is not in: its fetch failed (a split build); nothing can be missing unsplit.
#[cfg(feature = "split")]
pub type Missing = leptos::wasm_split::SplitLoaderError;
#[cfg(not(feature = "split"))]
pub type Missing = std::convert::Infallible;

/// A split point's value, its chunk fetched again after a failed fetch (half a second later,
/// then twice as long each time, at most 8 s) until it arrives: a dropped connection delays a
/// step, the frame or a save, and loses nothing; the plan stays in the page meanwhile.
#[cfg(feature = "split")]
pub async fn fetched<T>(load: fn() -> Pending<Result<T, Missing>>) -> T {
    let mut wait = 500;
    loop {
        match load().await {
            Ok(value) => return value,
            Err(_) => wait = pause(wait).await,
        }
    }
}

/// Waits `wait` ms after a failed fetch; the next wait. (A timer and `poll_fn`: the
/// promise-backed futures would bring their glue into the first screen's code.)
#[cfg(feature = "split")]
async fn pause(wait: u64) -> u64 {
    use std::cell::Cell;
    use std::rc::Rc;
    use std::task::{Poll, Waker};
    let rung = Rc::new(Cell::new((false, None::<Waker>)));
    let bell = rung.clone();
    set_timeout(
        move || {
            if let (_, Some(w)) = bell.replace((true, None)) {
                w.wake();
            }
        },
        std::time::Duration::from_millis(wait),
    );
    std::future::poll_fn(move |cx| match rung.replace((false, None)) {
        (true, _) => Poll::Ready(()),
        (false, _) => {
            rung.set((false, Some(cx.waker().clone())));
            Poll::Pending
        }
    })
    .await;
    (wait * 2).min(8000)
}

/// The planner's own page: header, step navigator, the open step (the first one drawn in
/// it), its saving. Its own chunk (`planner`), which an embed never fetches; the page's head
/// script preloads it beside the main module.
#[derive(Clone, Copy)]
pub struct Shell {
    pub draw: fn() -> AnyView,
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
    pub encode: fn(&Plan) -> String,
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
    pub decode: fn(&str) -> Result<Plan, DecodeError>,
    pub decode_share: fn(&str) -> Result<Plan, DecodeError>,
    pub summarize: fn(Vec<(String, String)>) -> Vec<PlanSummary>,
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

/// A part of the code fetched once, when first needed or ahead of need, and kept.
#[derive(Clone, Copy)]
pub struct Part<T: Send + Sync + 'static> {
    slot: StoredValue<Option<T>>,
    load: fn() -> Pending<T>,
}

impl<T: Copy + Send + Sync + 'static> Part<T> {
    /// A part, in already (`at_hand`) or fetched by `load`.
    pub fn new(at_hand: Option<T>, load: fn() -> Pending<T>) -> Self {
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

/// The plan codec's two parts.
#[derive(Clone, Copy)]
pub struct Codec {
    pub writer: Part<Writer>,
    pub reader: Part<Reader>,
}

/// The steps' views and their code, in context for the planner's frame and the Share step's
/// printing. A step's code may be a chunk still on its way: `draw` shows a loading line until
/// it is in.
#[derive(Clone, Copy)]
pub struct Steps {
    pub draw: fn(Step) -> AnyView,
    /// Fetches a step's code (a failed fetch is fetched again when the step is drawn).
    pub preload: fn(Step) -> Pending<Result<(), Missing>>,
}

impl Steps {
    /// A step's view.
    pub fn draw(self, step: Step) -> AnyView {
        if step.later() {
            later_styles();
        }
        (self.draw)(step)
    }

    /// Fetches a step's code without showing it.
    pub async fn preload(self, step: Step) {
        if step.later() {
            later_styles();
        }
        let _ = (self.preload)(step).await;
    }

    /// Fetches the code of every step that prints (for printing the whole plan).
    pub async fn preload_printed(self) {
        for step in Step::ALL.into_iter().filter(|s| s.prints()) {
            self.preload(step).await;
        }
    }

    /// Fetches the step a founder will most likely open next while they read this one: a
    /// moment after it is drawn, once the page is idle, so it never competes with the first
    /// screen. (Safari has no idle callback: there, the moment alone.)
    pub fn prefetch_after(self, step: Step) {
        if let Some(next) = step.next() {
            let fetch = move || leptos::task::spawn_local(self.preload(next));
            let when_idle = move || {
                if request_idle_callback_with_handle(fetch).is_err() {
                    fetch();
                }
            };
            set_timeout(when_idle, std::time::Duration::from_millis(1500));
        }
    }
}

/// The embeds' content, in context for the embed's frame.
#[derive(Clone, Copy)]
pub struct Embeds {
    pub draw: fn(EmbedKind) -> AnyView,
}

impl Embeds {
    /// An embed's content (the shared-plan embed reads its link in its own chunk).
    pub fn draw(self, kind: EmbedKind) -> AnyView {
        (self.draw)(kind)
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

/// A chunked view, drawn once its chunk arrives ("Loading…" until then). One boxed future
/// type, so this view is built once for every chunk rather than once for each (a copy per step
/// cost the planner's first screen 0.6 KB). A task and a signal, not `Suspense`: with the
/// frame's load in `app.rs`, the async machinery behind it was about 12 KB brotli of every
/// first screen.
#[cfg_attr(not(feature = "split"), allow(dead_code))]
pub fn loaded(load: fn() -> Pending<AnyView>) -> AnyView {
    let slot = StoredValue::new_local(None::<AnyView>);
    let ready = RwSignal::new(false);
    // The view is built as the future ends, in the task: under this view's owner, so that it
    // finds the context (the stores) and is disposed of with it.
    let owner = Owner::current();
    let mut building = load();
    leptos::task::spawn_local(async move {
        let view = std::future::poll_fn(|cx| match &owner {
            Some(o) => o.with(|| building.as_mut().poll(cx)),
            None => building.as_mut().poll(cx),
        })
        .await;
        // The view may be gone by now (the founder moved on): then nothing is shown.
        if slot.try_set_value(Some(view)).is_none() {
            ready.try_set(true);
        }
    });
    (move || match ready.get() {
        true => slot
            .try_update_value(Option::take)
            .flatten()
            .unwrap_or_else(|| ().into_any()),
        false => view! { <p class="chunk-loading" role="status">"Loading\u{2026}"</p> }.into_any(),
    })
    .into_any()
}

//! The app's entry: loads the page's plan, puts the stores and the code's handles in context,
//! and draws the planner's frame or an embed. The one file that reads the registry of split
//! points (`registry`).

use leptos::prelude::*;

use super::embed::Embed;
use super::parts::Shell;
use super::registry;
use super::session::{self, Loaded};
use super::state::{address, Mode};

/// Loads the plan for this page (stored, shared or embedded) and shows the planner. The
/// planner waits for its frame (a chunk in a split build, fetched with the main module) and,
/// when there is something to read, the reader; it fetches the plan writer once it is drawn.
/// An embed stores nothing and starts at once without any of them.
#[component]
pub fn App() -> impl IntoView {
    if matches!(address().0, Mode::Embed(_)) {
        let loaded = session::load_with(false, registry::codec(None, None));
        return view! { <Planner loaded=loaded/> }.into_any();
    }
    let read_first = session::needs_reader();
    // A task and a signal, not a resource under `Suspense` (its machinery is code the first
    // screen would wait for).
    let parts = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        let shell = registry::shell().await;
        let reader = match read_first {
            true => Some(registry::reader().await),
            false => None,
        };
        parts.set(Some((shell, reader)));
    });
    (move || {
        parts.get().map(|(shell, reader)| {
            // Drawn once: nothing the planner reads re-runs this.
            untrack(|| {
                let loaded = session::load_with(true, registry::codec(None, reader));
                view! { <Planner loaded=loaded shell=shell/> }
            })
        })
    })
    .into_any()
}

/// The stores for this page, writer and reader at hand. For the browser tests, which build
/// unsplit.
#[cfg(not(feature = "split"))]
pub fn load() -> Loaded {
    session::load_with(true, registry::codec_at_hand())
}

/// The planner over given stores: the plan, its session, the notices and the page, each put
/// in context for the components that ask for it. An embed draws its own view, with the
/// embeds' handle; the planner draws its frame (`shell`, which the browser tests, built
/// unsplit, may leave out), which puts the steps' handle in context.
#[component]
pub fn Planner(loaded: Loaded, #[prop(optional)] shell: Option<Shell>) -> impl IntoView {
    let Loaded {
        store,
        session,
        notices,
        page,
    } = loaded;
    provide_context(store);
    provide_context(session);
    provide_context(notices);
    provide_context(page);
    // The static shell in index.html painted while the wasm (and the codec) loaded; the
    // planner, mounted in this same task, now replaces it. (If anything before panicked, the
    // shell stays and its "still loading" hint appears.)
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    if let Mode::Embed(kind) = page.mode {
        provide_context(registry::embeds());
        return view! { <Embed kind=kind/> }.into_any();
    }
    match shell.or_else(registry::shell_at_hand) {
        Some(shell) => shell.draw(),
        None => ().into_any(),
    }
}

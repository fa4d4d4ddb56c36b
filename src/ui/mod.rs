//! The browser shell: Leptos components over one store of the plan. Components read memos of
//! what the core derives and dispatch named edits; computation lives in `hireplan_core`.
//! Around them: `parts` (the handles to code that may still be on its way), `registry` (every
//! split point, read only by the entry, `app`), `frame` (the planner's page around the steps),
//! `storage` (local storage, typed errors), `save_runner` (the save protocol's runner),
//! `library` (the plan list, trash and undo), `transfer` (export and import), `session`
//! (loads the page's plan and puts those together).

mod app;
mod download;
mod embed;
mod frame;
mod held;
pub mod library;
pub mod notices;
pub mod parts;
mod registry;
pub mod save_runner;
pub mod session;
pub mod state;
mod steps;
pub mod storage;
pub mod transfer;
mod widgets;

#[cfg(not(feature = "split"))]
pub use app::load;
pub use app::{App, Planner};

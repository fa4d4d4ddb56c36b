//! The browser shell: Leptos components over one store of the plan. Components read memos of
//! what the core derives and dispatch named edits; computation lives in `hireplan_core`.
//! Around them: `chunks` (every split point, and the one way to code still on its way),
//! `storage` (local storage, typed errors), `save_runner` (the save protocol's runner),
//! `library` (the plan list, trash and undo), `transfer` (export and import), `session`
//! (loads the page's plan and puts those together).

mod app;
pub mod chunks;
mod download;
mod embed;
mod held;
pub mod library;
pub mod notices;
pub mod save_runner;
pub mod session;
pub mod state;
mod steps;
pub mod storage;
pub mod transfer;
mod widgets;

pub use app::{App, Planner};

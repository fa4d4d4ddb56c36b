//! The browser shell: Leptos components over one store of the plan.
//! Components read derived values and write the store; computation lives in `domain`.

mod app;
mod download;
mod embed;
pub mod notices;
pub mod session;
pub mod state;
mod steps;
pub mod storage;
mod widgets;

pub use app::{App, Planner};

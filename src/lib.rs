//! Hireplan: plan the hire of a backend developer, in the browser.
//!
//! `domain` is pure Rust (no leptos, web-sys or gloo) and is tested with plain `cargo test`;
//! `ui` is a thin layer of Leptos components over one store of the plan.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::App;

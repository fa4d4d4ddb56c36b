//! Hireplan's browser shell: Leptos components over the core (`hireplan-core`), which holds
//! every rule and number. A component reads memos of what the core derives, renders, and
//! dispatches the core's named edits; this crate adds storage, the address, the clipboard and
//! the loading of code chunks.

// Every kind of the core's enums is matched by name here too (no `_ =>` arm): see the core.
#![warn(clippy::wildcard_enum_match_arm)]

#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub use ui::App;

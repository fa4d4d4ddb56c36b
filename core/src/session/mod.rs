//! What a planning session does to a plan: named edits, progress, the save protocol (events
//! in, commands out) and the plan library.

pub mod edit;
pub mod library;
pub mod preset;
pub mod progress;
pub mod save;

//! Hireplan's core: the plan, the market data and every engine over them, in pure Rust.
//! The browser shell (the `hireplan` crate) reads what these functions derive and dispatches
//! the named edits of `session::edit`; nothing here knows about a browser, and this crate's
//! `Cargo.toml` names no browser crate, so the compiler keeps it that way.
//!
//! Each folder is one layer, bottom-up: a folder may use its own layer or a lower one, never a
//! higher one, and folders never import each other in a circle (`tests/layers.rs` reads the
//! headings below and checks both).

// Every kind of the plan's and the market's enums is matched by name: the lint (an error in the
// suite's clippy) names each place a new kind touches until it says what it means (no `_ =>`).
#![warn(clippy::wildcard_enum_match_arm)]

// Layer 0: text: reading and printing numbers and dates, money, names, a small sorted map.
pub mod text;

// Layer 1: plan: every persisted type, with its labels, limits and the planner's steps.
pub mod plan;

// Layer 2: market: the market data (data/market.json, compiled in) and the catalogue.
pub mod market;

// Layer 3: role (requirements, seniority) and cost (routes priced on their terms, tables and
// charts).
pub mod cost;
pub mod role;

// Layer 4: hiring: the interview loop and the timeline.
pub mod hiring;

// Layer 5: story: what every later step, export and embed says about the hire, worked out
// once: the route, its start, its money, the trial and the offer's terms.
pub mod story;

// Layer 6: job_ad: the draft, its checks and exports.
pub mod job_ad;

// Layer 7: kit: the interview kit, candidates compared, the trial plan and the offer.
pub mod kit;

// Layer 8: codec: plan files, share links, stored entries and their migrations.
pub mod codec;

// Layer 9: session: named edits, progress, the save protocol and the plan library.
pub mod session;

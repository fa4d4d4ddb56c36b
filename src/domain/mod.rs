//! Pure domain logic, in layers. A module may use modules of its own layer or a lower one,
//! never a higher one, and the modules never import each other in a circle:
//! `tests/domain_layers.rs` reads the layer headings below and checks both.
//! Nothing here may import leptos, web-sys, js-sys or gloo: `tests/domain_purity.rs` checks that.

// Layer 0: the persisted types, with their labels and limits.
pub mod keymap;
pub mod plan;
pub mod wizard;

// Layer 1: formatting helpers.
pub mod format;
pub mod money;
pub mod names;

// Layer 2: the market data and the catalogue, compiled in.
pub mod catalog;
pub mod market;

// Layer 3: the engines: requirements, seniority, costs, hiring, the job ad, progress, plan
// edits, the codecs, the plan library and the save protocol.
pub mod codec;
pub mod cost;
pub mod edit;
pub mod hiring;
pub mod job_ad;
pub mod kit;
pub mod library;
pub mod progress;
pub mod requirements;
pub mod save;
pub mod seniority;

// Layer 4: the views: cost tables and charts.
pub mod chart;
pub mod cost_view;

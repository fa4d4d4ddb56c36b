//! Pure domain logic. Nothing here may import leptos, web-sys, js-sys or gloo:
//! `tests/domain_purity.rs` checks that.

pub mod catalog;
pub mod chart;
pub mod codec;
pub mod cost;
pub mod cost_view;
pub mod hiring;
pub mod job_ad;
pub mod library;
pub mod market;
pub mod money;
pub mod names;
pub mod plan;
pub mod progress;
pub mod requirements;
pub mod seniority;
pub mod wizard;

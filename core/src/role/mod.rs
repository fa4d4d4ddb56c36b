//! The role: its requirements and the seniority recommendation.

pub mod requirements;
pub mod seniority;

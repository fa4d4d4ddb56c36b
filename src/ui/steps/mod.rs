//! One component per planner step, plus the small citation pieces they share.

mod costs;
mod engagement;
mod hire;
mod interviews;
mod job_ad;
mod requirements;
mod role;
mod seniority;
mod share;

use crate::domain::market::{market, Unit};
use crate::domain::money::Usd;
use crate::domain::wizard::Step;
use leptos::prelude::*;

#[component]
pub fn StepView(step: Step) -> impl IntoView {
    let body = match step {
        Step::Role => role::RoleStep().into_any(),
        Step::Requirements => requirements::RequirementsStep().into_any(),
        Step::Seniority => seniority::SeniorityStep().into_any(),
        Step::Engagement => engagement::EngagementStep().into_any(),
        Step::Costs => costs::CostsStep().into_any(),
        Step::Share => share::ShareStep().into_any(),
        Step::JobDescription => job_ad::JobAdStep().into_any(),
        Step::Interviews => interviews::InterviewsStep().into_any(),
        Step::Hire => hire::HireStep().into_any(),
    };
    view! {
        <section class="step-body" aria-labelledby="step-heading">
            <h1 id="step-heading">{step.title()}</h1>
            {body}
        </section>
    }
}

/// A short citation of a source article: "(Toptal, June 2026)", full title on hover.
#[component]
pub fn SourceTag(#[prop(into)] id: String) -> impl IntoView {
    let m = market();
    let (short, full) = match m.source(&id) {
        Some(s) => {
            let who = if s.publisher.starts_with("not named") {
                format!("\u{201c}{}\u{201d}", s.title)
            } else {
                s.publisher.clone()
            };
            (
                format!("{who}, {}", s.date),
                format!("{} ({}, {}; {})", s.title, s.publisher, s.date, s.file),
            )
        }
        None => (id.clone(), id.clone()),
    };
    view! { <cite class="source" title=full>"(" {short} ")"</cite> }
}

/// A market figure formatted with its unit, its citation on hover.
#[component]
pub fn FigureValue(#[prop(into)] id: String) -> impl IntoView {
    let m = market();
    let text = match (m.base_value(&id), m.unit(&id)) {
        (Some(v), Some(unit)) if unit.is_money() => {
            let amount = Usd::from_f64(v).whole();
            match unit {
                Unit::UsdPerMonth => format!("{amount}/mo"),
                Unit::UsdPerYear => format!("{amount}/yr"),
                Unit::UsdPerWeek => format!("{amount}/wk"),
                Unit::UsdPerHour => format!("{amount}/h"),
                _ => amount,
            }
        }
        (Some(v), Some(unit)) => format!("{v} {}", unit.suffix()),
        _ => "unknown".to_string(),
    };
    view! { <span class="figure" title=m.citation(&id)>{text}</span> }
}

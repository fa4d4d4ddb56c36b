//! One component per planner step, plus the small citation pieces they share. How each
//! step's code is fetched is the registry's business (`ui::registry`), not theirs.

pub(crate) mod costs;
pub(crate) mod engagement;
pub(crate) mod hire;
pub(crate) mod interviews;
pub(crate) mod job_ad;
pub(crate) mod requirements;
pub(crate) mod role;
pub(crate) mod seniority;
pub(crate) mod share;

use hireplan_core::market::market;
use hireplan_core::text::money::Usd;
use leptos::prelude::*;

/// A short citation of a source article: "(Toptal, June 2026)", full title on hover.
#[component]
pub fn SourceTag(#[prop(into)] id: String) -> impl IntoView {
    let m = market();
    let (short, full) = match m.source(&id) {
        Some(s) => {
            let who = if s.publisher.starts_with("not named") {
                format!("\u{201c}{}\u{201d}", s.title)
            } else {
                s.publisher.to_string()
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

/// A market figure formatted with its unit, its citation on hover. Money shows in the
/// founder's currency at their rate (the source's US dollars in the citation); a figure shown
/// converted says so on hover.
#[component]
pub fn FigureValue(#[prop(into)] id: String) -> impl IntoView {
    let m = market();
    let store = use_context::<crate::ui::state::PlanStore>();
    let rate = move || {
        store
            .map(|s| {
                s.plan
                    .with(hireplan_core::cost::runway::finance::display_rate)
            })
            .unwrap_or_else(hireplan_core::text::currency::Rate::usd)
    };
    let value = m.base_value(&id);
    let unit = m.unit(&id);
    let text = move || match (value, unit) {
        (Some(v), Some(unit)) if unit.is_money() => {
            let per = unit.money_per().unwrap_or_default();
            format!("{}{per}", rate().whole(Usd::from_f64(v)))
        }
        (Some(v), Some(unit)) => format!(
            "{} {}",
            hireplan_core::text::format::plain_number(v),
            unit.suffix()
        ),
        _ => "unknown".to_string(),
    };
    let citation = m.citation(&id);
    let title = move || {
        let c = rate().currency();
        if c == hireplan_core::text::currency::Currency::Usd {
            citation.clone()
        } else {
            format!(
                "{citation} (converted from US dollars to {} at your rate)",
                c.code()
            )
        }
    };
    view! { <span class="figure" title=title>{text}</span> }
}

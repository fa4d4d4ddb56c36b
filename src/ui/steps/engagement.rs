//! Step 4: engagement and budget: how the person is hired, where, for how long, from when.

use hireplan_core::text::format::{self as dates, DateStyle};
use leptos::prelude::*;

use hireplan_core::cost::hire_time_zones;
use hireplan_core::market::market;
use hireplan_core::plan::{EngagementKind, WorkPlace};

/// The select value that stands for no country.
const NO_COUNTRY: &str = "none";

/// A labelled select over the data's countries and one "no country" choice (first or last).
#[component]
fn CountrySelect(
    id: &'static str,
    label: &'static str,
    described: &'static str,
    /// The label of the "no country" choice, and whether it comes first.
    none: (&'static str, bool),
    value: Signal<Option<String>>,
    on_change: Callback<Option<String>>,
) -> impl IntoView {
    let (none_label, first) = none;
    let none_option = move || view! { <option value=NO_COUNTRY>{none_label}</option> };
    view! {
        <label for=id>{label}</label>
        <select
            id=id
            aria-describedby=described
            prop:value=move || value.get().unwrap_or_else(|| NO_COUNTRY.into())
            on:change=move |ev| {
                let v = event_target_value(&ev);
                on_change.run((v != NO_COUNTRY).then_some(v));
            }
        >
            {first.then(none_option)}
            {market().countries.iter().map(|c| view! { <option value=c.id>{c.name}</option> }).collect_view()}
            {(!first).then(none_option)}
        </select>
    }
}
use crate::ui::state::PlanStore;
use crate::ui::widgets::{FieldMessages, Radios, TextField};
use hireplan_core::plan::Field;
use hireplan_core::session::edit::PlanEdit;

#[component]
pub fn EngagementStep() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let issues = store.issues;
    let kind = Signal::derive(move || store.plan.with(|p| p.engagement.kind));
    let start = Signal::derive(move || {
        store.plan.with(|p| {
            p.engagement
                .start_date
                .map(|d| dates::date(d, DateStyle::Iso))
                .unwrap_or_default()
        })
    });
    view! {
        <super::costs::compare::ChoiceSet/>
        <p class="lead">"How you will engage the developer, and what you can spend. The Costs step prices every option for exactly this."</p>
        <Radios
            name="engagement-kind"
            legend="Engagement"
            choices=EngagementKind::ALL.map(|k| (k, k.title(), k.help())).to_vec()
            value=kind
            on_change=Callback::new(move |v| store.set(PlanEdit::Kind(v)))
        />
        {move || (kind.get() == EngagementKind::Hourly).then(|| view! {
            <TextField
                id="hours-per-week"
                label="Hours a week"
                help=hireplan_core::cost::HOURS_PER_WEEK_HELP
                inputmode="decimal"
                value=store.text(|p| &p.engagement.hours_per_week)
                on_input=Callback::new(move |v| store.set(PlanEdit::HoursPerWeek(v)))
                messages=issues.field(Field::HoursPerWeek)
            />
        })}
        <Radios
            name="workplace"
            legend="Where they work"
            choices=vec![
                (WorkPlace::Remote, "Remote", ""),
                (WorkPlace::Hybrid, "Hybrid", ""),
                (WorkPlace::OnSite, "On site", ""),
            ]
            value=Signal::derive(move || store.plan.with(|p| p.engagement.workplace))
            on_change=Callback::new(move |v| store.set(PlanEdit::Workplace(v)))
        />
        <div class="two-col">
            <div class="field">
                <CountrySelect
                    id="hire-country"
                    label="Where is the hire based?"
                    described="hire-country-help hire-country-messages"
                    none=("Anywhere (remote)", true)
                    value=Signal::derive(move || store.plan.with(|p| p.engagement.hire_country.clone()))
                    on_change=Callback::new(move |v| store.set(PlanEdit::HireCountry(v)))
                />
                <p id="hire-country-help" class="help">"The costs, the job ad's pay and its time zones follow it."</p>
                {move || store.plan.with(|p| (!p.engagement.location.trim().is_empty()).then(|| p.engagement.location.trim().to_string())).map(|old| view! {
                    <p class="help">"Earlier you wrote: \u{201c}" {old} "\u{201d}. Choose the country it means."</p>
                })}
                <FieldMessages id="hire-country-messages".to_string() messages=issues.field(Field::HireCountry)/>
            </div>
            <div class="field">
                <CountrySelect
                    id="company-country"
                    label="Where does your company employ people today?"
                    described="company-country-help"
                    none=("None of these", false)
                    value=Signal::derive(move || store.plan.with(|p| p.engagement.company_country.clone()))
                    on_change=Callback::new(move |v| store.set(PlanEdit::CompanyCountry(v)))
                />
                <p id="company-country-help" class="help">"Employing someone anywhere else needs your own entity there or an employer of record (EOR)."</p>
            </div>
        </div>
        <div class="two-col">
            <TextField
                id="time-zones"
                label="Time zones to overlap with"
                help="e.g. \"UTC-5 to UTC+1, 4 hours overlap\". Empty: the job ad uses the hire's country's."
                value=store.text(|p| &p.engagement.time_zones)
                on_input=Callback::new(move |v| store.set(PlanEdit::TimeZones(v)))
            />
            <p class="help" data-testid="hire-time-zones">
                {move || store.plan.with(|p| match hire_time_zones(p) {
                    Some((name, zones)) => format!("{name}: {zones}."),
                    None => "Anywhere: the ad names no time zones unless you do.".into(),
                })}
            </p>
        </div>
        <div class="two-col">
            <TextField
                id="horizon"
                label="Horizon (months)"
                help=hireplan_core::cost::HORIZON_HELP
                inputmode="numeric"
                value=store.text(|p| &p.engagement.horizon_months)
                on_input=Callback::new(move |v| store.set(PlanEdit::Horizon(v)))
                messages=issues.field(Field::Horizon)
            />
            <TextField
                id="budget"
                label=move || store.plan.with(|p| format!("Monthly budget ({}, optional)", p.finances.budget_currency(&p.engagement.monthly_budget_usd).code()))
                help="All-in per month. Leave empty to compare without a budget."
                inputmode="decimal"
                placeholder="e.g. 6000"
                value=store.text(|p| &p.engagement.monthly_budget_usd)
                on_input=Callback::new(move |v| store.set(PlanEdit::Budget(v)))
                messages=issues.field(Field::Budget)
            />
        </div>
        <div class="field">
            <label for="start-date">"Target start date (optional)"</label>
            <input
                id="start-date"
                type="date"
                aria-describedby="start-date-help start-date-messages"
                prop:value=start
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    let parsed = dates::parse_iso_date(&v);
                    if v.is_empty() || parsed.is_some() {
                        store.set(PlanEdit::StartDate(parsed));
                    }
                }
            />
            <p id="start-date-help" class="help">"The timeline counts back from it; empty means planning from today."</p>
            <FieldMessages id="start-date-messages".to_string() messages=issues.field(Field::StartDate)/>
        </div>
    }
}

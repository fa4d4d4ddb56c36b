//! Step 1: the role. What the founder is building and why, and backend or full-stack.

use leptos::prelude::*;

use crate::ui::state::PlanStore;
use crate::ui::widgets::{Checkbox, Radios, TextArea, TextField};
use hireplan_core::market::catalog::BACKEND_NEEDS;
use hireplan_core::plan::Field;
use hireplan_core::plan::{ProjectKind, Scale};
use hireplan_core::role::seniority::{role_fit, RoleVerdict};
use hireplan_core::session::edit::PlanEdit;

use super::SourceTag;

#[component]
pub fn RoleStep() -> impl IntoView {
    let store = expect_context::<PlanStore>();
    let issues = store.issues;
    let fit = Memo::new(move |_| store.plan.with(role_fit));
    view! {
        <p class="lead">"Start with what you are building. Everything after this (level, costs, the job ad, the interviews) is drafted from your answers."</p>
        <TextField
            id="plan-name"
            label="Plan name"
            help="It labels the plan in this browser and in exports. A share link or an embed carries it only if you tick for it on the Share step."
            placeholder="e.g. First backend hire for the payments API"
            value=store.text(|p| &p.name)
            on_input=Callback::new(move |v| store.set(PlanEdit::Name(v)))
            messages=issues.field(Field::Name)
        />
        <TextField
            id="company"
            label="Company or project name"
            help="Used in the job description's introduction."
            value=store.text(|p| &p.role.company)
            on_input=Callback::new(move |v| store.set(PlanEdit::Company(v)))
        />
        <TextField
            id="product"
            label="What are you building?"
            help="One line a candidate would understand, e.g. \"a payments API for online shops\"."
            value=store.text(|p| &p.role.product)
            on_input=Callback::new(move |v| store.set(PlanEdit::Product(v)))
        />
        <TextArea
            id="objective"
            label="The objective: what problem does this hire solve?"
            help="What will be true when the work is done? Candidates want to know the impact of their work."
            value=store.text(|p| &p.role.objective)
            on_input=Callback::new(move |v| store.set(PlanEdit::Objective(v)))
        />
        <div class="two-col">
            <Radios
                name="project-kind"
                legend="The codebase"
                choices=vec![
                    (ProjectKind::NewBuild, "A new build", "Development from scratch"),
                    (ProjectKind::ExistingCodebase, "An existing codebase", "With its users and history"),
                    (ProjectKind::Migration, "A platform migration", "From a legacy system or framework"),
                ]
                value=Signal::derive(move || store.plan.with(|p| p.role.project_kind))
                on_change=Callback::new(move |v| store.set(PlanEdit::ProjectKind(v)))
            />
            <Radios
                name="scale"
                legend="Expected scale"
                choices=vec![
                    (Scale::Prototype, "Prototype or first users", ""),
                    (Scale::Growing, "A growing platform", "More users and data each month"),
                    (Scale::HighTraffic, "High traffic", "Heavy concurrency or data volume"),
                ]
                value=Signal::derive(move || store.plan.with(|p| p.role.scale))
                on_change=Callback::new(move |v| store.set(PlanEdit::Scale(v)))
            />
        </div>
        <fieldset class="field">
            <legend>"Does the project involve any of these?"</legend>
            <p class="help">"The sources' signs that you need a backend specialist rather than a full-stack developer."</p>
            <div class="check-grid">
                {BACKEND_NEEDS
                    .iter()
                    .map(|need| {
                        let id = need.id;
                        view! {
                            <Checkbox
                                id=format!("need-{id}")
                                label=need.label.to_string()
                                checked=Signal::derive(move || store.plan.with(|p| p.role.needs.iter().any(|n| n == id)))
                                on_change=Callback::new(move |on: bool| store.set(PlanEdit::Need { id: id.to_string(), on }))
                            />
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
        <fieldset class="field">
            <legend>"Also"</legend>
            <Checkbox
                id="security-critical".to_string()
                label="The system is security-critical".to_string()
                help="Payments, health data, authentication for others: anything where a breach is costly.".to_string()
                checked=Signal::derive(move || store.plan.with(|p| p.role.security_critical))
                on_change=Callback::new(move |v| store.set(PlanEdit::SecurityCritical(v)))
            />
            <Checkbox
                id="needs-ui".to_string()
                label="The same person must also build user interfaces".to_string()
                checked=Signal::derive(move || store.plan.with(|p| p.role.needs_ui_work))
                on_change=Callback::new(move |v| store.set(PlanEdit::NeedsUiWork(v)))
            />
        </fieldset>
        <section class="callout" aria-live="polite" data-testid="role-fit">
            <h2>
                {move || match fit.get().verdict {
                    RoleVerdict::Backend => "A backend developer fits",
                    RoleVerdict::FullStack => "A full-stack developer may fit better",
                    RoleVerdict::Either => "Backend or full-stack: either could fit",
                }}
            </h2>
            <ul>
                {move || fit.get().reasons.into_iter().map(|r| view! {
                    <li>{r.text} " " <SourceTag id=r.source/></li>
                }).collect_view()}
            </ul>
            <div class="table-wrap"><table class="compare">
                <caption>"Backend vs full-stack (RocketDevs)"</caption>
                <thead><tr><th scope="col">"Focus"</th><th scope="col">"Backend"</th><th scope="col">"Full-stack"</th></tr></thead>
                <tbody>
                    <tr><th scope="row">"Primary focus"</th><td>"Server-side systems & infrastructure"</td><td>"Frontend + backend"</td></tr>
                    <tr><th scope="row">"UI development"</th><td>"None"</td><td>"Yes"</td></tr>
                    <tr><th scope="row">"Database architecture"</th><td>"Core responsibility"</td><td>"Shared responsibility"</td></tr>
                    <tr><th scope="row">"Scalability & performance"</th><td>"Core focus"</td><td>"Moderate focus"</td></tr>
                    <tr><th scope="row">"Best for"</th><td>"Complex systems, heavy data processing, high-traffic platforms"</td><td>"End-to-end product builds"</td></tr>
                </tbody>
            </table></div>
        </section>
    }
}

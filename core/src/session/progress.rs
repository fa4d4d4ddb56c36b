//! Which steps are complete and which need attention, and the messages shown beside fields.

use crate::cost::Scenario;
use crate::plan::wizard::Step;
pub use crate::plan::Field;
use crate::plan::{Plan, Priority, MAX_NAME_CHARS};
use crate::role::seniority;
use crate::text::format::{self as dates, DateStyle};
use chrono::NaiveDate;

/// More must-haves than this narrows the pool to almost no one (the job-ad check uses it too).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    NotStarted,
    Done,
    NeedsAttention,
}

impl StepState {
    pub fn word(self) -> &'static str {
        match self {
            StepState::NotStarted => "not started",
            StepState::Done => "complete",
            StepState::NeedsAttention => "needs attention",
        }
    }
}

/// A message that belongs beside one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldIssue {
    pub step: Step,
    /// The plan field; the UI shows the message next to it.
    pub field: Field,
    pub message: String,
}

fn issue(step: Step, field: Field, message: impl Into<String>) -> FieldIssue {
    FieldIssue {
        step,
        field,
        message: message.into(),
    }
}

/// Every problem with what the founder typed, field by field. `today` comes from the caller.
pub fn issues(plan: &Plan, today: NaiveDate) -> Vec<FieldIssue> {
    let mut out = Vec::new();
    if plan.name.chars().count() > MAX_NAME_CHARS {
        out.push(issue(
            Step::Role,
            Field::Name,
            format!("Keep the name under {MAX_NAME_CHARS} characters so it fits in lists and file names."),
        ));
    }
    let languages = plan
        .requirements
        .iter()
        .filter(|r| r.category == "language")
        .count();
    if !plan.requirements.is_empty() && languages == 0 {
        out.push(issue(
            Step::Requirements,
            Field::Requirements,
            "Choose a programming language: it is the first of the three decisions (language, database, cloud).",
        ));
    }
    let musts = plan
        .requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave)
        .count();
    // The same limit the job ad's checks use, the founder's if they changed it.
    let most =
        crate::job_ad::lint::Thresholds::from_overrides(&plan.costs.overrides).max_must_haves;
    if musts > most {
        out.push(issue(
            Step::Requirements,
            Field::Requirements,
            format!(
                "{musts} must-haves is a lot: few people match them all. Keep the essentials (the language of your codebase, for instance) and make the rest nice-to-haves."
            ),
        ));
    }
    let seniority = seniority::effective(plan);
    if let Err(errors) = Scenario::from_plan(plan, seniority) {
        for e in errors {
            out.push(issue(Step::Engagement, e.field(), e.message()));
        }
    }
    if let Some(start) = plan.engagement.start_date {
        if start < today {
            out.push(issue(
                Step::Engagement,
                Field::StartDate,
                format!(
                    "{} is in the past. Pick a date from today on, or clear it to plan from today.",
                    dates::date(start, DateStyle::Long)
                ),
            ));
        }
    }
    out
}

/// The messages for one field.
pub fn field_messages(issues: &[FieldIssue], field: Field) -> Vec<String> {
    issues
        .iter()
        .filter(|i| i.field == field)
        .map(|i| i.message.clone())
        .collect()
}

/// Records that the founder opened a step (the Share step: made an export or a link). Returns
/// whether the plan changed.
pub fn mark_seen(plan: &mut Plan, step: Step) -> bool {
    let marked = !been(plan, step);
    if marked {
        plan.seen_steps.push(step.slug().to_string());
    }
    marked
}

/// Whether the plan records the founder there: the step opened, or for Share an export or a
/// link made.
fn been(plan: &Plan, step: Step) -> bool {
    plan.seen_steps.iter().any(|s| s == step.slug())
}

/// Whether opening the step would mark it seen (so the shell edits the plan only then). Opening
/// Share does not: it is done once an export or a link is made (`unshared`). Nor does opening
/// Role, the first page: it is answered by typing there, and a first visit saves nothing.
pub fn unseen(plan: &Plan, step: Step) -> bool {
    !matches!(step, Step::Share | Step::Role) && !been(plan, step)
}

/// Whether no export or link of the plan has been made yet (the shell then records one).
pub fn unshared(plan: &Plan) -> bool {
    !been(plan, Step::Share)
}

/// A step is done only when it has what it needs and the founder has been there: a step with
/// defaults that can stand (Engagement, Costs, Job description, Interviews) once opened, one
/// that needs answers once they are given there, Seniority once opened with the role described
/// (its recommendation needs it) or a level chosen, Share once an export or a link is made.
pub fn step_state(plan: &Plan, step: Step, issues: &[FieldIssue]) -> StepState {
    if issues.iter().any(|i| i.step == step) {
        return StepState::NeedsAttention;
    }
    // A step whose defaults the founder has looked at and kept is answered.
    let seen = been(plan, step);
    let done = match step {
        // Answers typed on the step: the founder was there.
        Step::Role => !plan.role.product.trim().is_empty(),
        Step::Requirements => !plan.requirements.is_empty(),
        // The recommendation needs the role's answers before it means anything, and the
        // founder must have seen it.
        Step::Seniority => {
            seen && (plan.seniority != Default::default() || !plan.role.product.trim().is_empty())
        }
        Step::Engagement => seen || plan.engagement != Default::default(),
        Step::Costs => seen || plan.costs != Default::default(),
        Step::JobDescription => seen || !plan.job_ad.edits.is_empty(),
        Step::Interviews => seen || plan.interviews != Default::default(),
        Step::Hire => !plan.candidates.is_empty() || plan.offer != Default::default(),
        // An export or a link made (recorded as the step seen by `mark_seen`).
        Step::Share => seen,
    };
    if done {
        StepState::Done
    } else {
        StepState::NotStarted
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::requirements::from_catalog;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn a_new_plan_has_no_issues() {
        assert_eq!(issues(&Plan::default(), today()), vec![]);
    }

    #[test]
    fn bad_engagement_input_flags_the_step_and_field() {
        let mut p = Plan::default();
        p.engagement.horizon_months = "zero".into();
        let found = issues(&p, today());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].field, Field::Horizon);
        assert_eq!(
            step_state(&p, Step::Engagement, &found),
            StepState::NeedsAttention
        );
        // What was typed is kept in the plan.
        assert_eq!(p.engagement.horizon_months, "zero");
    }

    #[test]
    fn a_start_date_in_the_past_is_flagged() {
        let mut p = Plan::default();
        p.engagement.start_date = NaiveDate::from_ymd_opt(2026, 11, 22);
        let found = issues(&p, today());
        assert_eq!(found[0].field, Field::StartDate);
        assert!(found[0].message.contains("22 November 2026"));
        p.engagement.start_date = Some(today());
        assert!(issues(&p, today()).is_empty());
    }

    #[test]
    fn requirements_need_a_language_and_not_too_many_musts() {
        let mut p = Plan::default();
        p.requirements.push(from_catalog("postgresql").unwrap());
        assert_eq!(issues(&p, today())[0].field, Field::Requirements);
        p.requirements.push(from_catalog("go").unwrap());
        assert!(issues(&p, today()).is_empty());
        assert_eq!(step_state(&p, Step::Requirements, &[]), StepState::Done);
        for id in ["mysql", "aws", "gcp", "azure", "python", "java", "ruby"] {
            p.requirements.push(from_catalog(id).unwrap());
        }
        assert!(issues(&p, today())[0].message.contains("9 must-haves"));
    }

    #[test]
    fn a_step_seen_with_its_defaults_kept_counts_as_answered() {
        let mut p = Plan::default();
        for step in [
            Step::Engagement,
            Step::Costs,
            Step::JobDescription,
            Step::Interviews,
        ] {
            assert_eq!(step_state(&p, step, &[]), StepState::NotStarted, "{step:?}");
            p.seen_steps.push(step.slug().to_string());
            assert_eq!(step_state(&p, step, &[]), StepState::Done, "{step:?}");
        }
    }

    #[test]
    fn seniority_is_done_only_once_visited_with_the_role_described() {
        let mut p = Plan::default();
        p.role.product = "A payments API".into();
        // The role is described, but the founder has not opened the Seniority step yet.
        assert_eq!(step_state(&p, Step::Seniority, &[]), StepState::NotStarted);
        assert!(unseen(&p, Step::Seniority));
        assert!(mark_seen(&mut p, Step::Seniority));
        assert_eq!(step_state(&p, Step::Seniority, &[]), StepState::Done);
        // Visited without the role's answers: the recommendation has nothing to go on.
        let mut q = Plan::default();
        mark_seen(&mut q, Step::Seniority);
        assert_eq!(step_state(&q, Step::Seniority, &[]), StepState::NotStarted);
    }

    #[test]
    fn share_is_done_once_an_export_or_a_link_is_made_not_on_opening() {
        let mut p = Plan::default();
        assert_eq!(step_state(&p, Step::Share, &[]), StepState::NotStarted);
        // Opening the step is not recorded.
        assert!(!unseen(&p, Step::Share));
        assert!(unshared(&p));
        // An export or a link is: the shell dispatches `Seen(Share)` then.
        assert!(mark_seen(&mut p, Step::Share));
        assert!(!mark_seen(&mut p, Step::Share));
        assert!(!unshared(&p));
        assert_eq!(step_state(&p, Step::Share, &[]), StepState::Done);
    }

    #[test]
    fn every_step_but_role_and_share_is_recorded_when_opened() {
        let p = Plan::default();
        for step in Step::ALL {
            let recorded = !matches!(step, Step::Share | Step::Role);
            assert_eq!(unseen(&p, step), recorded, "{step:?}");
        }
    }

    #[test]
    fn role_step_is_done_once_the_product_is_described() {
        let mut p = Plan::default();
        assert_eq!(step_state(&p, Step::Role, &[]), StepState::NotStarted);
        p.role.product = "A payments API".into();
        assert_eq!(step_state(&p, Step::Role, &[]), StepState::Done);
    }
}

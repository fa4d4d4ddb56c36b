//! The job description: drafted from the plan, edited by the founder, checked, exported.

pub mod brief;
pub mod checks;
pub mod draft;
pub mod export;
pub mod findings;
pub mod lint;

use crate::plan::Plan;
use draft::Section;

/// One section as shown: the founder's edit if there is one, else the current draft.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AdSection {
    pub section: Section,
    pub text: String,
    pub edited: bool,
    /// Edited, and the draft has changed since: the plan has moved on.
    pub stale: bool,
    /// The current draft, to offer as a replacement.
    pub draft: String,
}

/// The whole ad for a plan.
pub fn assemble(plan: &Plan) -> Vec<AdSection> {
    Section::ALL
        .iter()
        .map(|&section| {
            let draft = draft::draft(plan, section);
            match plan.job_ad.edits.get(section.key()) {
                Some(edit) => AdSection {
                    section,
                    text: edit.text.clone(),
                    edited: true,
                    stale: edit.based_on != draft,
                    draft,
                },
                None => AdSection {
                    section,
                    text: draft.clone(),
                    edited: false,
                    stale: false,
                    draft,
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::SectionEdit;

    #[test]
    fn edits_are_kept_and_flagged_when_the_plan_moves_on() {
        let mut p = Plan::default();
        p.role.product = "a search API".into();
        let before = draft::draft(&p, Section::About);
        p.job_ad.edits.insert(
            "about".into(),
            SectionEdit {
                text: "We build search.".into(),
                based_on: before,
            },
        );
        let s = &assemble(&p)[1];
        assert_eq!(
            (s.text.as_str(), s.edited, s.stale),
            ("We build search.", true, false)
        );
        // The plan changes: the edit stays, and the section says the draft moved on.
        p.role.product = "a payments API".into();
        let s = &assemble(&p)[1];
        assert_eq!(s.text, "We build search.");
        assert!(s.stale);
        assert_eq!(s.draft, "We are building a payments API.");
        // Untouched sections follow the plan.
        p.role.objective = "Launch in May".into();
        assert_eq!(assemble(&p)[2].text, "Launch in May");
    }
}

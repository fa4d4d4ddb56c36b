//! The planner's steps, their order and their addresses (the URL hash).

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Step {
    Role,
    Requirements,
    Seniority,
    Engagement,
    Costs,
    JobDescription,
    Interviews,
    Hire,
    Share,
}

impl Step {
    pub const ALL: [Step; 9] = [
        Step::Role,
        Step::Requirements,
        Step::Seniority,
        Step::Engagement,
        Step::Costs,
        Step::JobDescription,
        Step::Interviews,
        Step::Hire,
        Step::Share,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Step::Role => "The role",
            Step::Requirements => "Requirements",
            Step::Seniority => "Seniority",
            Step::Engagement => "Engagement & budget",
            Step::Costs => "Costs",
            Step::JobDescription => "Job description",
            Step::Interviews => "Interviews & timeline",
            Step::Hire => "Candidates & offer",
            Step::Share => "Share",
        }
    }

    /// The address of the step, used in the URL hash (`#/costs`).
    pub fn slug(self) -> &'static str {
        match self {
            Step::Role => "role",
            Step::Requirements => "requirements",
            Step::Seniority => "seniority",
            Step::Engagement => "engagement",
            Step::Costs => "costs",
            Step::JobDescription => "job-description",
            Step::Interviews => "interviews",
            Step::Hire => "hire",
            Step::Share => "share",
        }
    }

    /// The focused views of a step that does several jobs, as (slug, title): each has its own
    /// address under the step's (`#/interviews/kit`). The first is the step's own address. The
    /// progress, the navigator and the code chunks stay per step.
    pub fn views(self) -> &'static [(&'static str, &'static str)] {
        const INTERVIEWS: &[(&str, &str)] = &[
            ("loop", "Loop and questions"),
            ("kit", "Interview kit"),
            ("timeline", "Timeline and onboarding"),
        ];
        // A step has one view unless it is listed here.
        if self == Step::Interviews {
            INTERVIEWS
        } else {
            &[]
        }
    }

    /// Whether the step is in the whole plan's print: not the candidates (people's details
    /// print only from their own step) nor Share (the print button's own step).
    pub fn prints(self) -> bool {
        match self {
            Step::Hire | Step::Share => false,
            Step::Role
            | Step::Requirements
            | Step::Seniority
            | Step::Engagement
            | Step::Costs
            | Step::JobDescription
            | Step::Interviews => true,
        }
    }

    /// Whether the step's code and styles come after the first screen: every step but the
    /// first, which is drawn with the planner's frame.
    pub fn later(self) -> bool {
        self != Step::ALL[0]
    }

    /// Which of the step's views a hash opens (`#/interviews/kit`: 1); an unknown or absent
    /// view is the first.
    pub fn view_index(self, hash: &str) -> usize {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let path = path.split('?').next().unwrap_or("");
        let view = path.split('/').nth(1).unwrap_or("");
        self.views()
            .iter()
            .position(|(slug, _)| *slug == view)
            .unwrap_or(0)
    }

    /// The address of one of the step's views (`#/interviews/kit`); the first is the step's.
    pub fn view_address(self, index: usize) -> String {
        match self.views().get(index) {
            Some((slug, _)) if index > 0 => format!("#/{}/{slug}", self.slug()),
            _ => format!("#/{}", self.slug()),
        }
    }

    /// Reads a URL hash such as `#/costs`; anything unknown opens the first step.
    pub fn from_hash(hash: &str) -> Step {
        let slug = hash.trim_start_matches('#').trim_start_matches('/');
        let slug = slug.split(['?', '/']).next().unwrap_or("");
        Step::ALL
            .into_iter()
            .find(|s| s.slug() == slug)
            .unwrap_or(Step::Role)
    }

    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    pub fn next(self) -> Option<Step> {
        Step::ALL.get(self.index() + 1).copied()
    }

    pub fn previous(self) -> Option<Step> {
        self.index().checked_sub(1).map(|i| Step::ALL[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_has_its_own_address_under_its_step() {
        let s = Step::Interviews;
        assert_eq!(s.view_index("#/interviews"), 0);
        assert_eq!(s.view_index("#/interviews/kit"), 1);
        assert_eq!(s.view_index("##//interviews/timeline?x=1"), 2);
        assert_eq!(s.view_index("#/interviews/nope"), 0);
        for i in 0..s.views().len() {
            let address = s.view_address(i);
            assert_eq!(Step::from_hash(&address), s, "{address}");
            assert_eq!(s.view_index(&address), i, "{address}");
        }
        assert_eq!(s.view_address(0), "#/interviews");
        assert!(Step::Costs.views().is_empty());
        assert_eq!(Step::Costs.view_address(3), "#/costs");
    }

    #[test]
    fn hash_round_trip_for_every_step() {
        for step in Step::ALL {
            assert_eq!(Step::from_hash(&format!("#/{}", step.slug())), step);
        }
    }

    #[test]
    fn unknown_or_hostile_hash_opens_the_first_step() {
        assert_eq!(Step::from_hash(""), Step::Role);
        assert_eq!(Step::from_hash("#/<script>"), Step::Role);
        assert_eq!(Step::from_hash("#/costs?x=1"), Step::Costs);
    }

    #[test]
    fn next_and_previous_walk_the_order() {
        assert_eq!(Step::Role.previous(), None);
        assert_eq!(Step::Role.next(), Some(Step::Requirements));
        assert_eq!(Step::Share.next(), None);
        assert_eq!(Step::Share.previous(), Some(Step::Hire));
        assert_eq!(Step::Hire.previous(), Some(Step::Interviews));
    }
}

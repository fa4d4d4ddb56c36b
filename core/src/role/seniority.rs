//! Which level to hire, and whether a backend or a full-stack developer fits, with reasons
//! taken from the sources.

use crate::plan::{Level, Plan, ProjectKind, Scale, Seniority};

/// A reason, in the founder's words, with the article it rests on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reason {
    pub text: String,
    /// Source id from the market data (`toptal-2026`, `rocketdevs-guide`...).
    pub source: &'static str,
}

fn reason(text: impl Into<String>, source: &'static str) -> Reason {
    Reason {
        text: text.into(),
        source,
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    pub level: Seniority,
    pub reasons: Vec<Reason>,
}

/// The level the answers point to, with every reason that moved it.
pub fn recommend(plan: &Plan) -> Recommendation {
    let a = &plan.seniority;
    let r = &plan.role;
    let mut reasons = Vec::new();
    let mut level = Seniority::Junior;
    let mut raise = |to: Seniority, why: Reason, reasons: &mut Vec<Reason>| {
        if to > level {
            level = to;
        }
        reasons.push(why);
    };

    match a.mentoring_capacity {
        Level::High => reasons.push(reason(
            "Your team can mentor: a junior developer can contribute after an adjustment period.",
            "toptal-2026",
        )),
        Level::Low | Level::Medium => raise(
            Seniority::Mid,
            reason(
                "Without a strong team to mentor them, a junior developer cannot contribute meaningfully; hire someone who works independently.",
                "toptal-2026",
            ),
            &mut reasons,
        ),
    }
    match a.complexity {
        Level::High => raise(
            Seniority::Senior,
            reason(
                "A complex system needs someone who makes critical technical decisions independently.",
                "toptal-2026",
            ),
            &mut reasons,
        ),
        Level::Medium => raise(
            Seniority::Mid,
            reason(
                "A moderate-to-complex project suits a mid-level developer who can step in and contribute quickly.",
                "toptal-2026",
            ),
            &mut reasons,
        ),
        Level::Low => reasons.push(reason(
            "Clearly defined work (API tasks, support, internal tools) fits an L1 developer.",
            "rocketdevs-guide",
        )),
    }
    if a.leads_architecture {
        raise(
            Seniority::Senior,
            reason(
                "Leading architecture or a refactoring of a complex system is senior work.",
                "toptal-2026",
            ),
            &mut reasons,
        );
    }
    match r.scale {
        Scale::HighTraffic => raise(
            Seniority::Senior,
            reason(
                "High-traffic systems are what RocketDevs' L3 tier is for.",
                "rocketdevs-guide",
            ),
            &mut reasons,
        ),
        Scale::Growing => raise(
            Seniority::Mid,
            reason(
                "MVP builds and growing platforms fit the L2 tier: independent feature ownership.",
                "rocketdevs-guide",
            ),
            &mut reasons,
        ),
        Scale::Prototype => {}
    }
    if r.security_critical {
        raise(
            Seniority::Senior,
            reason(
                "Security-critical environments are listed for the L3 tier.",
                "rocketdevs-guide",
            ),
            &mut reasons,
        );
    }
    if r.project_kind == ProjectKind::Migration {
        raise(
            Seniority::Mid,
            reason(
                "A platform migration needs experience with both platforms to avoid downtime or data loss.",
                "toptal-2026",
            ),
            &mut reasons,
        );
    }
    Recommendation { level, reasons }
}

/// The level in force: the founder's choice, else the recommendation.
pub fn effective(plan: &Plan) -> Seniority {
    plan.seniority
        .chosen
        .unwrap_or_else(|| recommend(plan).level)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoleVerdict {
    Backend,
    FullStack,
    Either,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RoleFit {
    pub verdict: RoleVerdict,
    pub reasons: Vec<Reason>,
}

/// Backend or full-stack, from the sources' comparison table and "when to hire" list.
pub fn role_fit(plan: &Plan) -> RoleFit {
    let r = &plan.role;
    let mut signals: Vec<String> = r
        .needs
        .iter()
        .filter_map(|id| {
            crate::market::catalog::BACKEND_NEEDS
                .iter()
                .find(|n| n.id == *id)
        })
        .map(|n| n.label.to_string())
        .collect();
    if r.security_critical && !r.needs.iter().any(|n| n == "security_critical") {
        signals.push("Security-critical system".into());
    }
    if r.scale == Scale::HighTraffic && !r.needs.iter().any(|n| n == "high_traffic") {
        signals.push("High traffic".into());
    }
    let mut reasons = Vec::new();
    let verdict = if !signals.is_empty() {
        reasons.push(reason(
            format!(
                "Your project involves {}: the sources say you likely need a backend developer.",
                crate::text::names::lower(&signals.join(", "))
            ),
            "rocketdevs-guide",
        ));
        if r.needs_ui_work {
            reasons.push(reason(
                "You also need interface work: a backend developer does no UI development, so plan for that separately.",
                "rocketdevs-guide",
            ));
        }
        RoleVerdict::Backend
    } else if r.needs_ui_work {
        reasons.push(reason(
            "Nothing here calls for backend depth and you need interface work too: a full-stack developer is best for end-to-end product builds.",
            "rocketdevs-guide",
        ));
        RoleVerdict::FullStack
    } else {
        reasons.push(reason(
            "No backend-heavy needs chosen yet: either fits. Tick the needs that apply to sharpen this.",
            "rocketdevs-guide",
        ));
        RoleVerdict::Either
    };
    RoleFit { verdict, reasons }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_answers_recommend_mid() {
        assert_eq!(recommend(&Plan::default()).level, Seniority::Mid);
    }

    #[test]
    fn a_mentoring_team_with_simple_work_can_take_a_junior() {
        let mut p = Plan::default();
        p.seniority.mentoring_capacity = Level::High;
        p.seniority.complexity = Level::Low;
        let r = recommend(&p);
        assert_eq!(r.level, Seniority::Junior);
        assert!(r.reasons.iter().any(|x| x.text.contains("mentor")));
    }

    #[test]
    fn security_critical_high_traffic_needs_senior_with_both_reasons() {
        let mut p = Plan::default();
        p.role.security_critical = true;
        p.role.scale = Scale::HighTraffic;
        let r = recommend(&p);
        assert_eq!(r.level, Seniority::Senior);
        assert!(r
            .reasons
            .iter()
            .any(|x| x.text.contains("Security-critical")));
        assert!(r.reasons.iter().any(|x| x.text.contains("High-traffic")));
    }

    #[test]
    fn the_founders_choice_overrules() {
        let mut p = Plan::default();
        p.seniority.chosen = Some(Seniority::Senior);
        assert_eq!(effective(&p), Seniority::Senior);
        assert_eq!(recommend(&p).level, Seniority::Mid);
    }

    #[test]
    fn role_fit_follows_the_needs() {
        let mut p = Plan::default();
        assert_eq!(role_fit(&p).verdict, RoleVerdict::Either);
        p.role.needs_ui_work = true;
        assert_eq!(role_fit(&p).verdict, RoleVerdict::FullStack);
        p.role.needs = vec!["distributed".into()];
        let fit = role_fit(&p);
        assert_eq!(fit.verdict, RoleVerdict::Backend);
        assert!(fit.reasons[0].text.contains("distributed architecture"));
    }
}

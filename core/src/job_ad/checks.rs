//! Checks only a planner can make, because it knows the plan behind the ad: every must-have is
//! in the ad, assessed by a stage and on the scorecard; the pay agrees with the Costs step; the
//! founder's own questions stay off protected topics.

use super::draft::Section;
use super::findings::QuestionTopic;
use super::lint::{is_pay_range, wording, Check, Hit, RuleId, Severity};
use super::AdSection;
use crate::cost::{ad_pay, Scenario};
use crate::hiring::{interview_loop, scorecard};
use crate::plan::{Plan, Priority, Requirement};
use crate::plan::{Stage, StageKind};
use crate::role::seniority;

pub fn question_topics() -> &'static [QuestionTopic] {
    &wording().question_topics
}

fn stage_key(kind: StageKind) -> Option<&'static str> {
    Some(match kind {
        StageKind::PhoneScreen => "phone_screen",
        StageKind::TakeHome => "take_home",
        StageKind::LiveCoding => "live_coding",
        StageKind::SystemDesign => "system_design",
        StageKind::References => "references",
        StageKind::Custom => return None,
    })
}

/// The name a requirement goes by in prose: "Node.js (JavaScript)" -> "Node.js".
fn short_name(r: &Requirement) -> String {
    r.label
        .split(" (")
        .next()
        .unwrap_or(&r.label)
        .trim()
        .chars()
        .map(crate::text::names::lower_char)
        .collect()
}

/// Whether a stage assesses a requirement: by the kind of stage and the requirement's
/// category (`assessed_by` in the data), or, for a stage of the founder's own, by naming it.
pub fn assesses(stage: &Stage, r: &Requirement) -> bool {
    match stage_key(stage.kind) {
        Some(key) => wording()
            .assessed_by
            .get(key)
            .and_then(|v| v.as_array())
            .is_some_and(|cats| cats.iter().any(|c| c.as_str() == Some(r.category.as_str()))),
        None => {
            let text = crate::text::names::lower(&format!("{} {}", stage.title, stage.what));
            text.contains(&short_name(r))
        }
    }
}

fn gap(
    rule: RuleId,
    title: &str,
    severity: Severity,
    reason: String,
    fix: &str,
    link: &'static str,
) -> Hit {
    Hit {
        rule,
        listed: true,
        title: title.into(),
        severity,
        reason,
        fix: fix.into(),
        law: None,
        section: None,
        range: None,
        excerpt: String::new(),
        replacement: None,
        link: Some(link),
    }
}

/// Every must-have appears in the ad, is assessed by a stage, and has a scorecard row.
pub fn coverage_gaps(
    plan: &Plan,
    ad: &[AdSection],
    stages: &[Stage],
    rows: &[Requirement],
) -> Vec<Hit> {
    let text = ad
        .iter()
        .map(|s| crate::text::names::lower(&s.text))
        .collect::<Vec<_>>()
        .join("\n");
    let mut out = Vec::new();
    for r in plan
        .requirements
        .iter()
        .filter(|r| r.priority == Priority::MustHave)
    {
        let name = r.label.trim();
        if !text.contains(&short_name(r)) {
            out.push(gap(
                RuleId::Check(Check::MustHaveNotInAd),
                "A must-have is missing from the ad",
                Severity::Warning,
                format!("{name} is a must-have in your plan, but the ad never names it: candidates cannot tell it is required."),
                "Name it in the Requirements section, or use \"Back to the draft\" there.",
                "#/job-description",
            ));
        }
        if !stages.iter().any(|s| assesses(s, r)) {
            out.push(gap(
                RuleId::Check(Check::MustHaveNotAssessed),
                "A must-have no interview stage assesses",
                Severity::Warning,
                format!("{name} is a must-have, but no stage of your interview loop tests it: you would hire without evidence of it."),
                "Add a take-home or live coding stage, or a stage of your own that names it.",
                "#/interviews",
            ));
        }
        if !rows.iter().any(|row| row.label.trim() == name) {
            out.push(gap(
                RuleId::Check(Check::MustHaveNotScored),
                "A must-have has no scorecard row",
                Severity::Error,
                format!("{name} is a must-have, but the scorecard has no row for it: interviewers will not rate it."),
                "Open the Interviews step: the scorecard takes a row for every must-have.",
                "#/interviews",
            ));
        }
    }
    out
}

/// The low and high amounts of a pay line, if it states a range.
fn amounts(text: &str) -> Option<(f64, f64)> {
    if !is_pay_range(text) {
        return None;
    }
    match super::lint::money_amounts(text).as_slice() {
        [lo, hi, ..] => Some((*lo, *hi)),
        _ => None,
    }
}

/// The ad's pay range overlaps the Costs step's range for this level, engagement and place.
pub fn pay_agreement(plan: &Plan, ad: &[AdSection]) -> Option<Hit> {
    let pay = ad.iter().find(|s| s.section == Section::Pay)?;
    let (lo, hi) = amounts(&pay.text)?;
    let scenario = Scenario::from_plan(plan, seniority::effective(plan)).ok()?;
    let model = ad_pay(&scenario).ok()?;
    // The ad's amounts are in its currency: the hire's, where the founder gave a rate.
    let rate = match crate::cost::runway::finance::ad_currency(plan) {
        crate::cost::runway::finance::AdCurrency::Converted(r) => r,
        crate::cost::runway::finance::AdCurrency::Dollars
        | crate::cost::runway::finance::AdCurrency::NoRate { .. } => {
            crate::text::currency::Rate::usd()
        }
    };
    let in_ad = |v: f64| {
        let minor = (v * 100.0).round() as i64;
        let money = crate::text::currency::Money::new(rate.currency(), minor);
        rate.to_usd(money).map(|u| u.as_f64()).unwrap_or(v)
    };
    let (lo, hi) = (in_ad(lo), in_ad(hi));
    let (mlo, mhi) = (model.range.low().as_f64(), model.range.high().as_f64());
    if hi < mlo || lo > mhi {
        let mut h = gap(
            RuleId::Check(Check::PayDisagrees),
            "Pay differs from the Costs step",
            Severity::Warning,
            format!(
                "The ad says {} to {}, but the Costs step puts this role at {} {}. Candidates compare; a founder budgets from one of the two.",
                rate.whole(crate::text::money::Usd::from_f64(lo)),
                rate.whole(crate::text::money::Usd::from_f64(hi)),
                rate.range(model.range),
                model.per.label()
            ),
            "Bring the two together: change the pay line, or the figures and assumptions on the Costs step.",
            "#/costs",
        );
        h.section = Some(Section::Pay);
        return Some(h);
    }
    None
}

/// The founder's own questions that touch a protected topic, each with a fair rephrasing.
pub fn question_hits(questions: &[String]) -> Vec<Hit> {
    let mut out = Vec::new();
    for q in questions {
        let lower = crate::text::names::lower(q);
        for topic in question_topics() {
            if let Some(p) = topic
                .patterns
                .iter()
                .find(|p| !super::lint::find_whole(&lower, p).is_empty())
            {
                let mut h = gap(
                    RuleId::question(&topic.id),
                    &format!(
                        "Interview question on a protected topic: {}",
                        crate::text::names::lower(&topic.title)
                    ),
                    topic.severity,
                    topic.why.clone(),
                    &format!("Ask instead: \u{201c}{}\u{201d}", topic.rephrase),
                    "#/interviews",
                );
                h.excerpt = format!("{q} (\u{201c}{p}\u{201d})");
                h.replacement = Some(topic.rephrase.clone());
                out.push(h);
                break;
            }
        }
    }
    out
}

/// Every check of the ad for a plan: the wording checks (with the plan's thresholds and its
/// requirement names not counted) and the planner's own, most severe first.
pub fn check_ad(plan: &Plan, ad: &[AdSection], year: i32) -> super::lint::LintReport {
    let names: Vec<String> = plan
        .requirements
        .iter()
        .chain(&plan.soft_skills)
        .map(|r| r.label.clone())
        .collect();
    let context = super::lint::Context {
        must_haves: plan
            .requirements
            .iter()
            .filter(|r| r.priority == Priority::MustHave)
            .count(),
        year,
        limits: super::lint::Thresholds::from_overrides(&plan.costs.overrides),
        requirement_names: &names,
    };
    let mut report = super::lint::lint_with(ad, &context);
    report.hits.extend(plan_checks(plan, ad));
    crate::text::order::sort_by_key(&mut report.hits, |h| std::cmp::Reverse(h.severity));
    report
}

/// Every check that needs the plan behind the ad.
pub fn plan_checks(plan: &Plan, ad: &[AdSection]) -> Vec<Hit> {
    let mut out = coverage_gaps(plan, ad, &interview_loop(plan), &scorecard(plan));
    out.extend(pay_agreement(plan, ad));
    out.extend(question_hits(&plan.interviews.own_questions));
    out
}

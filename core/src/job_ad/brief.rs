//! The right document for the plan's route: the public posting for job boards and direct
//! hiring, or a short brief for the matcher of a vetted platform, an agency or a placement.
//! Which one follows the route's kind, which the data's channel kind decides.

use crate::cost::decision::chosen::{chosen_kind, is_matched};
use crate::cost::hire_time_zones;
use crate::cost::route_title;
use crate::plan::{Plan, Priority};
use crate::role::seniority;
use crate::text::format::{self as dates, parse_number, DateStyle};

/// Which document the Job description step offers first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AdDocument {
    /// The public posting. `chosen`: the route calls for it; else it is the default while no
    /// route is chosen.
    Posting { chosen: bool },
    /// A brief for the route's matcher, named ("Toptal").
    Brief { route: String },
}

pub fn document_for(plan: &Plan) -> AdDocument {
    let Some(key) = plan.route.chosen.as_ref() else {
        return AdDocument::Posting { chosen: false };
    };
    match chosen_kind(plan) {
        Some(kind) if is_matched(kind) => AdDocument::Brief {
            route: route_title(plan, key),
        },
        _ => AdDocument::Posting { chosen: true },
    }
}

/// The brief for a matcher, in Markdown: must-haves, level, engagement, time zones, start date
/// and budget, each from the plan; what the founder has not given says so.
pub fn brief(plan: &Plan, route: &str) -> String {
    let level = seniority::effective(plan);
    let e = &plan.engagement;
    let company = plan.role.company.trim();
    let mut out = format!("# Brief for {route}'s matcher\n\n");
    let who = if company.is_empty() {
        "We".to_string()
    } else {
        company.to_string()
    };
    let product = plan.role.product.trim();
    out.push_str(&format!(
        "{who} {} a {} backend developer{}.\n\n",
        if company.is_empty() { "need" } else { "needs" },
        level.word(),
        if product.is_empty() {
            String::new()
        } else {
            format!(" for {product}")
        }
    ));
    let objective = plan.role.objective.trim();
    if !objective.is_empty() {
        out.push_str(&format!("**The objective:** {objective}\n\n"));
    }
    let list = |p: Priority| -> Vec<String> {
        plan.requirements
            .iter()
            .filter(|r| r.priority == p)
            .map(|r| r.label.clone())
            .collect()
    };
    let musts = list(Priority::MustHave);
    out.push_str("## Must-haves\n\n");
    if musts.is_empty() {
        out.push_str("- [to fill in: choose must-haves on the Requirements step]\n");
    }
    for m in &musts {
        out.push_str(&format!("- {m}\n"));
    }
    let nice = list(Priority::NiceToHave);
    if !nice.is_empty() {
        out.push_str(&format!("\n**Nice to have:** {}\n", nice.join(", ")));
    }
    out.push_str(&format!(
        "\n## The match\n\n- **Level:** {} ({})\n- **Engagement:** {}",
        level.title(),
        level.description(),
        e.kind.title()
    ));
    if let Some(h) = parse_number(&e.hours_per_week).filter(|_| !e.kind.is_employee()) {
        out.push_str(&format!(", {} hours a week", dates::plain_number(h)));
    }
    let zones = match (e.time_zones.trim(), hire_time_zones(plan)) {
        (z, _) if !z.is_empty() => z.to_string(),
        ("", Some((country, zones))) => format!("{country}: {zones}"),
        _ => "[to fill in: any, or the overlap you need]".to_string(),
    };
    let start = e
        .start_date
        .map(|d| dates::date(d, DateStyle::Long))
        .unwrap_or_else(|| "[to fill in: the target start date]".into());
    // The budget as the founder typed it, in its own currency.
    let currency = plan.finances.budget_currency(&e.monthly_budget_usd);
    let budget = parse_number(&e.monthly_budget_usd)
        .map(|b| {
            let amount = crate::text::currency::Money::from_units(currency, b);
            format!(
                "up to {} a month",
                amount.format(crate::text::currency::Precision::Whole)
            )
        })
        .unwrap_or_else(|| "[to fill in: your monthly budget]".into());
    out.push_str(&format!(
        "\n- **Time zones:** {zones}\n- **Start date:** {start}\n- **Budget:** {budget}\n"
    ));
    out.push_str(
        "\nPlease send profiles that meet every must-have, with links to their work, their rate \
         on your terms, and when they could start.\n",
    );
    out
}

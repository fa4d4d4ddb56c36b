//! The job description drafted from the plan, section by section, following the sources'
//! advice: a title with level, focus and arrangement; objective and project specifics;
//! concrete responsibilities; must-haves apart from nice-to-haves; soft skills; the pay range,
//! always; what is offered; how the hiring runs.

use crate::cost::Scenario;
use crate::market::market;
use crate::plan::{EngagementKind, Plan, ProjectKind, Scale, Seniority, WorkPlace};
use crate::role::requirements::{must_haves, nice_to_haves};
use crate::role::seniority;
use serde::{Deserialize, Serialize};

/// The sections of a job ad, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Title,
    About,
    Objective,
    Project,
    Responsibilities,
    Requirements,
    NiceToHave,
    SoftSkills,
    Pay,
    Offer,
    Process,
}

impl Section {
    pub const ALL: [Section; 11] = [
        Section::Title,
        Section::About,
        Section::Objective,
        Section::Project,
        Section::Responsibilities,
        Section::Requirements,
        Section::NiceToHave,
        Section::SoftSkills,
        Section::Pay,
        Section::Offer,
        Section::Process,
    ];

    /// The heading printed above the section (the title has none: it is the heading).
    pub fn heading(self) -> &'static str {
        match self {
            Section::Title => "Title",
            Section::About => "About us",
            Section::Objective => "The objective",
            Section::Project => "The project",
            Section::Responsibilities => "What you will do",
            Section::Requirements => "What you bring",
            Section::NiceToHave => "Nice to have",
            Section::SoftSkills => "How you work",
            Section::Pay => "Pay",
            Section::Offer => "What we offer",
            Section::Process => "How we hire",
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Section::Title => "title",
            Section::About => "about",
            Section::Objective => "objective",
            Section::Project => "project",
            Section::Responsibilities => "responsibilities",
            Section::Requirements => "requirements",
            Section::NiceToHave => "nice_to_have",
            Section::SoftSkills => "soft_skills",
            Section::Pay => "pay",
            Section::Offer => "offer",
            Section::Process => "process",
        }
    }
}

fn arrangement(plan: &Plan) -> String {
    let place = plan.engagement.workplace.title();
    let kind = plan.engagement.kind.contract_word();
    let location = plan
        .engagement
        .hire_country
        .as_deref()
        .and_then(|id| market().country(id))
        .map(|c| c.name)
        .unwrap_or("");
    let mut parts = vec![place.to_string()];
    if !location.is_empty() && plan.engagement.workplace != WorkPlace::Remote {
        parts[0] = format!("{place}, {location}");
    } else if !location.is_empty() {
        parts[0] = format!("Remote, {location}");
    }
    parts.extend(kind.map(String::from));
    parts.join(", ")
}

/// A focus for the title, from what the founder said the work involves.
fn focus(plan: &Plan) -> Option<String> {
    let r = &plan.role;
    if r.scale == Scale::HighTraffic || r.needs.iter().any(|n| n == "high_traffic") {
        return Some("High-traffic API Systems".into());
    }
    if r.project_kind == ProjectKind::Migration {
        return Some("a Platform Migration".into());
    }
    let product = r.product.trim();
    (!product.is_empty() && product.chars().count() <= 60).then(|| product.to_string())
}

fn bullets(items: impl IntoIterator<Item = String>) -> String {
    items
        .into_iter()
        .map(|i| format!("- {i}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The drafted text of one section.
pub fn draft(plan: &Plan, section: Section) -> String {
    let level = seniority::effective(plan);
    let r = &plan.role;
    let e = &plan.engagement;
    match section {
        Section::Title => match focus(plan) {
            Some(f) => format!(
                "{} Backend Developer for {f} ({})",
                Seniority::title(level),
                arrangement(plan)
            ),
            None => format!(
                "{} Backend Developer ({})",
                Seniority::title(level),
                arrangement(plan)
            ),
        },
        Section::About => {
            let company = r.company.trim();
            let product = r.product.trim();
            match (company.is_empty(), product.is_empty()) {
                (false, false) => format!("{company} is building {product}."),
                (false, true) => format!("{company} is hiring its backend developer. [Add one sentence on what you build and for whom.]"),
                (true, false) => format!("We are building {product}."),
                (true, true) => "[Add one sentence on who you are, what you build and for whom.]".into(),
            }
        }
        Section::Objective => {
            let o = r.objective.trim();
            if o.is_empty() {
                "[Describe the objective: what will be true when this work is done, and what problem it solves.]".into()
            } else {
                o.to_string()
            }
        }
        Section::Project => {
            let mut s = vec![match r.project_kind {
                ProjectKind::NewBuild => "This is a new build: you will develop the backend from scratch.",
                ProjectKind::ExistingCodebase => "You will work on an existing codebase with a long-standing user base.",
                ProjectKind::Migration => "You will move the system from a legacy platform to a new architecture, without downtime or data loss.",
            }
            .to_string()];
            s.push(
                match r.scale {
                    Scale::Prototype => "We are at the first users: the design choices you make now will carry the product.",
                    Scale::Growing => "The platform is growing: more users and more data every month.",
                    Scale::HighTraffic => "The system serves high traffic: concurrency, caching and failure modes matter every day.",
                }
                .into(),
            );
            if r.security_critical {
                s.push("The system is security-critical: authentication, authorization and data protection are part of the job.".into());
            }
            s.push("[Add the size: number of users, requests or data volume.]".into());
            s.join(" ")
        }
        Section::Responsibilities => {
            let mut items: Vec<String> = vec![
                "Build and maintain our APIs".into(),
                "Design and optimise database schemas and queries".into(),
                "Write automated unit and integration tests".into(),
                "Troubleshoot and fix production issues".into(),
                "Work with frontend developers on how data flows through the application".into(),
            ];
            let needs = |id: &str| r.needs.iter().any(|n| n == id);
            if r.scale == Scale::HighTraffic || needs("high_traffic") || needs("performance") {
                items.push("Scale the system for growing traffic: caching, load balancing and background jobs".into());
            }
            if r.security_critical || needs("security_critical") {
                items.push(
                    "Implement authentication and authorization, and keep user data secure".into(),
                );
            }
            if needs("integrations") {
                items.push("Integrate third-party APIs and services".into());
            }
            if needs("data_modeling") || needs("db_restructuring") {
                items.push("Model and restructure data for large or real-time datasets".into());
            }
            if r.project_kind == ProjectKind::Migration {
                items.push("Plan and carry out the migration in safe steps".into());
            }
            if plan.seniority.leads_architecture || level == Seniority::Senior {
                items.push(
                    "Own the architecture: make the design calls and review others' designs".into(),
                );
            }
            items.push("Take part in planning and give progress updates to stakeholders".into());
            bullets(items)
        }
        Section::Requirements => {
            let must: Vec<String> = must_haves(&plan.requirements)
                .map(|q| match q.category.as_str() {
                    "language" | "database" | "cloud" | "framework" => {
                        format!("Production experience with {}", q.label)
                    }
                    _ => q.label.clone(),
                })
                .collect();
            if must.is_empty() {
                "[Add the must-have skills: the language of your codebase first.]".into()
            } else {
                bullets(must)
            }
        }
        Section::NiceToHave => {
            let nice: Vec<String> = nice_to_haves(&plan.requirements)
                .map(|q| q.label.clone())
                .collect();
            if nice.is_empty() {
                "None: the list above is all we ask.".into()
            } else {
                bullets(nice)
            }
        }
        Section::SoftSkills => {
            let skills: Vec<String> = plan
                .soft_skills
                .iter()
                .map(|s| match crate::market::catalog::soft_skill(&s.id) {
                    Some(item) => format!("{}: {}", s.label, lower_first(item.note)),
                    None => s.label.clone(),
                })
                .collect();
            if skills.is_empty() {
                bullets([
                    "Communication: you explain technical trade-offs in plain words to non-technical teammates".to_string(),
                    "Problem solving: you debug calmly and weigh one approach against another".to_string(),
                ])
            } else {
                bullets(skills)
            }
        }
        Section::Pay => pay(plan, level),
        Section::Offer => {
            let mut items = vec![match e.workplace {
                WorkPlace::Remote => "Fully remote work".to_string(),
                WorkPlace::Hybrid => "Hybrid work".to_string(),
                WorkPlace::OnSite => "Work on site with the team".to_string(),
            }];
            // The founder's own time zones, else those of the country the hire is based in.
            let zones = match e.time_zones.trim() {
                "" => crate::cost::hire_time_zones(plan)
                    .map(|(_, zones)| zones)
                    .unwrap_or_default(),
                typed => typed.to_string(),
            };
            if !zones.is_empty() {
                items.push(format!("Working hours that overlap with {zones}"));
            }
            items.push("A planned first two weeks: access on day one, an onboarding buddy and a first task you ship in week one".into());
            items.push("Clear goals for your first 30, 60 and 90 days".into());
            items.push(
                "[Add benefits: time off, equity, equipment, learning budget, health cover.]"
                    .into(),
            );
            bullets(items)
        }
        Section::Process => {
            // The founder's interview loop (step 7), as a candidate would read it.
            let mut steps: Vec<String> = crate::hiring::interview_loop(plan)
                .iter()
                .map(|st| match st.minutes {
                    m if m >= 120 && m % 60 == 0 => {
                        format!("{} (about {} hours)", st.title, m / 60)
                    }
                    m if m >= 60 && m % 60 == 0 => format!("{} (about an hour)", st.title),
                    m => format!("{} (about {m} minutes)", st.title),
                })
                .collect();
            steps.push("An offer, quickly".into());
            steps
                .iter()
                .enumerate()
                .map(|(i, s)| format!("{}. {s}", i + 1))
                .collect::<Vec<_>>()
                .join("\n")
        }
    }
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => std::iter::once(crate::text::names::lower_char(f))
            .chain(c)
            .collect(),
        None => String::new(),
    }
}

/// The pay line: a range from the cost model for this level, engagement and location.
fn pay(plan: &Plan, level: Seniority) -> String {
    let Ok(scenario) = Scenario::from_plan(plan, level) else {
        return "[Add the pay range: the engagement step has a value to fix first.]".into();
    };
    match crate::cost::ad_pay(&scenario) {
        Ok(p) => {
            let ours = if p.overridden && p.basis != crate::cost::engine::pay::FROM_QUOTE {
                ", adjusted with our own figures"
            } else {
                ""
            };
            let hours = if scenario.kind == EngagementKind::Hourly {
                format!(
                    ", for about {} hours a week",
                    crate::text::format::plain_number(scenario.hours_per_week)
                )
            } else {
                String::new()
            };
            use crate::cost::runway::finance::{ad_currency, AdCurrency};
            let (amount, note) = match ad_currency(plan) {
                AdCurrency::Dollars => (p.range.whole_or_cents(), String::new()),
                AdCurrency::Converted(rate) => (
                    rate.range_or_cents(p.range),
                    format!(
                        " (converted from US dollars at {} {} to the dollar, the rate on {})",
                        crate::text::format::plain_number(rate.per_dollar()),
                        rate.currency().code(),
                        rate.as_of()
                            .map(|d| crate::text::format::date(
                                d,
                                crate::text::format::DateStyle::Long
                            ))
                            .unwrap_or_default()
                    ),
                ),
                AdCurrency::NoRate(_) => (p.range.whole_or_cents(), " (in US dollars)".into()),
            };
            format!(
                "{amount} {}{hours}{note}, {}{ours}.",
                p.per.label(),
                p.basis
            )
        }
        Err(why) => format!("[{why}.]"),
    }
}

#[cfg(test)]
mod tests;

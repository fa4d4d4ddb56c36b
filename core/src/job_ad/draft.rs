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
            let ours = if p.overridden && !p.basis.starts_with("from our quote") {
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
            format!(
                "{} {}{hours}, {}{ours}.",
                p.range.whole_or_cents(),
                p.per.label(),
                p.basis
            )
        }
        Err(why) => format!("[{why}.]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::role::requirements::{from_catalog, soft_skill};

    fn plan() -> Plan {
        let mut p = Plan::default();
        p.role.company = "Acme Pay".into();
        p.role.product = "a payments API for online shops".into();
        p.role.objective = "Same-day payouts for every merchant.".into();
        p.role.project_kind = ProjectKind::ExistingCodebase;
        p.role.scale = Scale::HighTraffic;
        p.role.security_critical = true;
        p.requirements = vec![
            from_catalog("go").unwrap(),
            from_catalog("postgresql").unwrap(),
            from_catalog("kafka").unwrap(),
        ];
        p.soft_skills = vec![soft_skill("communication").unwrap()];
        p.engagement.time_zones = "UTC to UTC+3".into();
        p
    }

    #[test]
    fn the_title_carries_level_focus_and_arrangement() {
        let mut p = plan();
        p.engagement.hire_country = Some("de".into());
        assert_eq!(
            draft(&p, Section::Title),
            "Senior Backend Developer for High-traffic API Systems (Remote, Germany)"
        );
        p.role.scale = Scale::Growing;
        p.role.security_critical = false;
        p.engagement.kind = EngagementKind::FullTimeContractor;
        p.engagement.hire_country = None;
        assert_eq!(
            draft(&p, Section::Title),
            "Mid-level Backend Developer for a payments API for online shops (Remote, Contract)"
        );
    }

    #[test]
    fn every_plan_field_that_belongs_in_the_ad_appears() {
        let p = plan();
        let all: String = Section::ALL
            .iter()
            .map(|s| draft(&p, *s))
            .collect::<Vec<_>>()
            .join("\n");
        for expected in [
            "Acme Pay",
            "a payments API for online shops",
            "Same-day payouts",
            "existing codebase",
            "high traffic",
            "security-critical",
            "Production experience with Go",
            "Production experience with PostgreSQL",
            "Kafka",
            "Communication",
            "UTC to UTC+3",
            "Fully remote",
            "System design interview",
        ] {
            assert!(all.contains(expected), "missing {expected:?} in\n{all}");
        }
        // Must-haves and nice-to-haves are kept apart.
        assert!(!draft(&p, Section::Requirements).contains("Kafka"));
        assert!(draft(&p, Section::NiceToHave).contains("Kafka"));
    }

    #[test]
    fn pay_is_a_range_from_the_cost_model() {
        let mut p = plan();
        p.engagement.hire_country = Some("us".into());
        // A senior in the US: Indeed's senior average, $149,000, ±10% (the pay-spread
        // assumption), not $115,000 x 1.64.
        let pay = draft(&p, Section::Pay);
        assert!(pay.starts_with("$134,100 – $163,900 a year"), "{pay}");
        assert!(pay.contains("Indeed, early 2026"), "{pay}");
        assert!(crate::job_ad::lint::is_pay_range(&pay));
        // A mid-level: from Glassdoor's median to Indeed's average.
        p.seniority.chosen = Some(Seniority::Mid);
        let pay = draft(&p, Section::Pay);
        assert!(pay.starts_with("$115,000 – $160,000 a year, from the median (Glassdoor, July 2025) to the average (Indeed, early 2026)"), "{pay}");
        // The location set on the Engagement step moves it.
        p.engagement.hire_country = Some("de".into());
        p.engagement.company_country = Some("de".into());
        assert!(
            draft(&p, Section::Pay).starts_with("$65,700 – $80,300 a year"),
            "{}",
            draft(&p, Section::Pay)
        );
        // An hourly contractor in India: the source's hourly range.
        p.engagement.kind = EngagementKind::Hourly;
        p.engagement.hours_per_week = "20".into();
        p.engagement.hire_country = Some("in".into());
        let pay = draft(&p, Section::Pay);
        assert!(
            pay.starts_with(
                "$15 – $50 an hour, for about 20 hours a week, in line with contractor rates"
            ),
            "{pay}"
        );
        // A full-time contractor in India: a month of 160 hours.
        p.engagement.kind = EngagementKind::FullTimeContractor;
        assert!(draft(&p, Section::Pay).starts_with("$2,400 – $8,000 a month"));
        // Elsewhere the sources give no contractor rate: the ad asks for one.
        p.engagement.hire_country = Some("de".into());
        let pay = draft(&p, Section::Pay);
        assert!(
            pay.starts_with("[Add the rate range: the sources give no contractor rate for Germany"),
            "{pay}"
        );
        assert!(!crate::job_ad::lint::is_pay_range(&pay));
        // ... until the founder adds a quote for a contractor hired directly.
        p.costs.quotes.push(crate::plan::Quote {
            id: "q1".into(),
            name: "Berlin contractor".into(),
            basis: crate::plan::RateBasis::Hourly,
            low: "60".into(),
            high: "80".into(),
            ..Default::default()
        });
        assert!(draft(&p, Section::Pay)
            .starts_with("$9,600 – $12,800 a month, from our quote \"Berlin contractor\""));
        p.engagement.horizon_months = "0".into();
        assert!(draft(&p, Section::Pay).starts_with('['));
    }

    #[test]
    fn the_time_zones_follow_the_hire_country_unless_typed() {
        let mut p = plan();
        p.engagement.time_zones.clear();
        p.engagement.hire_country = Some("in".into());
        assert!(draft(&p, Section::Offer).contains("overlap with UTC+5:30"));
        assert!(draft(&p, Section::Title).contains("Remote, India"));
        p.engagement.time_zones = "UTC".into();
        assert!(draft(&p, Section::Offer).contains("overlap with UTC"));
    }

    #[test]
    fn the_process_is_the_interview_loop() {
        let mut p = plan();
        assert_eq!(
            draft(&p, Section::Process),
            "1. Technical phone screen (about 25 minutes)\n2. Take-home exercise (about 3 hours)\n\
             3. System design interview (about an hour)\n4. Reference checks (about 30 minutes)\n5. An offer, quickly"
        );
        p.seniority.chosen = Some(Seniority::Mid);
        assert!(!draft(&p, Section::Process).contains("System design"));
        // The founder's own loop is what candidates read.
        let mut own = crate::hiring::default_loop(&p);
        own.remove(1);
        p.interviews.stages = Some(own);
        assert!(!draft(&p, Section::Process).contains("Take-home"));
    }
}

//! Tests of `job_ad/draft.rs`.

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
    // Without a rate for euros it stays in US dollars, and says so.
    assert!(
        draft(&p, Section::Pay).starts_with("$65,700 – $80,300 a year (in US dollars), "),
        "{}",
        draft(&p, Section::Pay)
    );
    // With the founder's euro rate, a Germany-based hire reads euros: 65,700 × 0.92 = 60,444.
    use crate::plan::FinanceField;
    use crate::text::currency::Currency;
    p.finances
        .set(FinanceField::Rate(Currency::Eur), "0.92".into());
    p.finances
        .set(FinanceField::RateDate(Currency::Eur), "2026-12-01".into());
    let pay = draft(&p, Section::Pay);
    assert!(
        pay.starts_with(
            "€60,444 – €73,876 a year (converted from US dollars at 0.92 EUR to the dollar, \
             the rate on 1 December 2026), "
        ),
        "{pay}"
    );
    // A hire in Romania, with no rate for lei but the founder's amounts in euros: the ad is
    // in euros, as the founder writes, never in dollars beside the founder's own euro line.
    let mut ro = p.clone();
    ro.engagement.hire_country = Some("ro".into());
    ro.finances.set_display(Currency::Eur);
    let pay_ro = draft(&ro, Section::Pay);
    assert!(pay_ro.starts_with('€'), "{pay_ro}");
    assert!(
        !pay_ro.contains('$') && !pay_ro.contains("in US dollars"),
        "{pay_ro}"
    );
    assert!(
        pay_ro.contains("converted from US dollars at 0.92 EUR"),
        "{pay_ro}"
    );
    assert!(crate::job_ad::lint::is_pay_range(&pay));
    assert_eq!(
        crate::job_ad::lint::money_amounts(&pay)[..2],
        [60_444.0, 73_876.0]
    );
    // The pay check reads the euros back in dollars: it agrees with the Costs step.
    let ad = crate::job_ad::assemble(&p);
    assert_eq!(crate::job_ad::checks::pay_agreement(&p, &ad), None);
    p.finances = Default::default();
    // An hourly contractor in India: the source's hourly range.
    p.engagement.kind = EngagementKind::Hourly;
    p.engagement.hours_per_week = "20".into();
    p.engagement.hire_country = Some("in".into());
    let pay = draft(&p, Section::Pay);
    assert!(
        pay.starts_with(
            "$15 – $50 an hour, for about 20 hours a week (in US dollars), in line with contractor rates"
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
    // The ad says where the range comes from in words for candidates, never the quote's
    // label (issue 38).
    let pay = draft(&p, Section::Pay);
    assert!(
        pay.starts_with(
            "$9,600 – $12,800 a month (in US dollars), in line with the rates we have been quoted for this role"
        ),
        "{pay}"
    );
    assert!(!pay.contains("Berlin contractor"), "{pay}");
    for s in Section::ALL {
        assert!(!draft(&p, s).contains("Berlin contractor"), "{s:?}");
    }
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

//! Every figure the articles print is in the data file, with the value printed, a source
//! and a date; regions without figures have none invented.

use hireplan_core::market::{market, ChannelKind, Rate, Unit};

#[test]
fn every_article_figure_is_present_with_its_value() {
    let expected: &[(&str, f64, Unit)] = &[
        // Toptal page (June 2026), citing Glassdoor, July 2025: the 11-country table.
        ("salary.us.median", 115000.0, Unit::UsdPerYear),
        ("salary.ca.median", 60000.0, Unit::UsdPerYear),
        ("salary.mx.median", 20000.0, Unit::UsdPerYear),
        ("salary.br.median", 17000.0, Unit::UsdPerYear),
        ("salary.gb.median", 69000.0, Unit::UsdPerYear),
        ("salary.de.median", 73000.0, Unit::UsdPerYear),
        ("salary.ro.median", 24000.0, Unit::UsdPerYear),
        ("salary.ua.median", 38000.0, Unit::UsdPerYear),
        ("salary.cn.median", 57000.0, Unit::UsdPerYear),
        ("salary.in.median", 10000.0, Unit::UsdPerYear),
        ("salary.au.median", 74000.0, Unit::UsdPerYear),
        // Indeed, early 2026, and Glassdoor, October 2024.
        ("salary.us.indeed_average", 160000.0, Unit::UsdPerYear),
        ("salary.us.indeed_low", 98000.0, Unit::UsdPerYear),
        ("salary.us.indeed_high", 259000.0, Unit::UsdPerYear),
        (
            "salary.us.indeed_senior_average",
            149000.0,
            Unit::UsdPerYear,
        ),
        (
            "salary.us.glassdoor_average_2024",
            110000.0,
            Unit::UsdPerYear,
        ),
        // India hourly.
        ("rate.in.hourly_low", 15.0, Unit::UsdPerHour),
        ("rate.in.hourly_high", 50.0, Unit::UsdPerHour),
        // RocketDevs levels.
        ("rocketdevs.l1.full_time", 1300.0, Unit::UsdPerMonth),
        ("rocketdevs.l1.part_time", 800.0, Unit::UsdPerMonth),
        ("rocketdevs.l2.full_time", 2200.0, Unit::UsdPerMonth),
        ("rocketdevs.l2.part_time", 1300.0, Unit::UsdPerMonth),
        ("rocketdevs.l3.full_time", 3600.0, Unit::UsdPerMonth),
        ("rocketdevs.l3.part_time", 2000.0, Unit::UsdPerMonth),
        ("rocketdevs.hours.full_time", 160.0, Unit::HoursPerMonth),
        ("rocketdevs.hours.part_time", 80.0, Unit::HoursPerMonth),
        ("rocketdevs.trial", 14.0, Unit::Days),
        ("rocketdevs.commitment", 3.0, Unit::Months),
        // Toptal.
        ("toptal.weekly_low", 2000.0, Unit::UsdPerWeek),
        ("toptal.weekly_high", 3200.0, Unit::UsdPerWeek),
        ("toptal.deposit", 500.0, Unit::UsdOnce),
        ("toptal.trial", 14.0, Unit::Days),
        ("toptal.time_to_hire", 2.0, Unit::Days),
        ("toptal.acceptance", 3.0, Unit::Percent),
        // Lemon.io.
        ("lemon.placement_fee", 15.0, Unit::PercentOfAnnualSalary),
        ("lemon.time_to_match", 1.0, Unit::Days),
        ("lemon.pool", 20000.0, Unit::Developers),
        // We Work Remotely, and job boards' time to hire.
        ("wwr.posting", 300.0, Unit::UsdOnce),
        ("job_board.weeks_low", 3.0, Unit::Weeks),
        ("job_board.weeks_high", 6.0, Unit::Weeks),
    ];
    let m = market();
    for (id, value, unit) in expected {
        let f = m.figure(id).unwrap_or_else(|| panic!("{id} is missing"));
        assert_eq!(f.value, *value, "{id}");
        assert_eq!(f.unit, *unit, "{id}");
        assert!(m.source(f.source).is_some(), "{id} has no source");
        assert!(!f.as_of.is_empty(), "{id} has no date");
    }
}

#[test]
fn every_channel_the_articles_name_is_present() {
    let m = market();
    for (id, kind) in [
        ("rocketdevs", ChannelKind::VettedFreelance),
        ("toptal", ChannelKind::VettedFreelance),
        ("lemon", ChannelKind::VettedFreelance),
        ("wwr", ChannelKind::JobBoard),
        ("upwork", ChannelKind::Marketplace),
        ("turing", ChannelKind::VettedFreelance),
        ("fiverr", ChannelKind::Marketplace),
        ("linkedin", ChannelKind::JobBoard),
        ("indeed", ChannelKind::JobBoard),
        ("stackoverflow", ChannelKind::JobBoard),
        ("dailydev", ChannelKind::JobBoard),
        ("github_jobs", ChannelKind::JobBoard),
        ("clutch", ChannelKind::AgencyDirectory),
        ("arc", ChannelKind::VettedFreelance),
    ] {
        let ch = m.channel(id).unwrap_or_else(|| panic!("{id} missing"));
        assert_eq!(ch.kind, kind, "{id}");
        assert!(!ch.good_for.is_empty() && !ch.bad_for.is_empty(), "{id}");
        assert!(!ch.sources.is_empty(), "{id}");
    }
}

#[test]
fn channels_without_a_price_in_the_sources_have_none() {
    let m = market();
    for id in ["upwork", "turing", "fiverr", "arc", "clutch"] {
        assert!(
            matches!(m.channel(id).unwrap().deal.rate, Rate::NotGiven { .. }),
            "{id}"
        );
    }
    // Job boards price the hire at a salary; only We Work Remotely gives a posting fee.
    for id in ["linkedin", "indeed", "stackoverflow", "dailydev"] {
        let deal = &m.channel(id).unwrap().deal;
        assert!(
            matches!(deal.rate, Rate::Salary) && deal.posting_fee.is_none(),
            "{id}"
        );
    }
    assert_eq!(
        m.channel("wwr").unwrap().deal.posting_fee,
        Some("wwr.posting")
    );
}

#[test]
fn regions_named_without_figures_carry_no_number() {
    let m = market();
    let names: Vec<_> = m.regions_without_figures.iter().map(|r| r.name).collect();
    assert_eq!(names, ["Latin America", "Singapore"]);
    assert!(
        m.country("sg").is_none(),
        "no Singapore figure may be invented"
    );
}

#[test]
fn assumptions_are_labelled_with_reasoning() {
    let m = market();
    for id in [
        "assume.factor.junior",
        "assume.factor.mid",
        "assume.factor.senior",
        "assume.employer_overhead",
        "assume.hours_per_month_full_time",
        "assume.pay_spread",
        "assume.eor_fee_monthly",
        "assume.notice_period_weeks",
        "assume.platform_interview_days",
        "assume.job_board_sourcing_share",
        "assume.ad.max_must_haves",
        "assume.hours_per_week_full_time",
    ] {
        let a = m.assumption(id).unwrap_or_else(|| panic!("{id} missing"));
        assert!(a.reasoning.len() > 40, "{id}");
    }
    // The level factors are the RocketDevs price ratios, rounded to two places.
    let ratio = |a: f64, b: f64| (a / b * 100.0).round() / 100.0;
    assert_eq!(
        m.assumption("assume.factor.junior").unwrap().value.unwrap(),
        ratio(1300.0, 2200.0)
    );
    assert_eq!(
        m.assumption("assume.factor.senior").unwrap().value.unwrap(),
        ratio(3600.0, 2200.0)
    );
}

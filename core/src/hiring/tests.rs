//! Tests of `hiring`.

use super::timeline::phases_for;
use super::*;
use crate::market::{ids, market};
use crate::plan::RouteKey;
use crate::role::requirements::{from_catalog, soft_skill};
use chrono::{Days, NaiveDate};

fn toptal() -> RouteKey {
    RouteKey::Channel("toptal".into())
}

fn lemon() -> RouteKey {
    RouteKey::Channel("lemon".into())
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn the_job_board_split_is_what_the_timeline_says() {
    let mut plan = Plan::default();
    let (phases, _) = phases_for(&RouteKey::JobBoards, &plan);
    let total: u64 = phases.iter().take(5).map(|(_, d)| d).sum();
    // The slowest case, 6 weeks; a third (33%) to posting and sourcing.
    assert_eq!(total, 42);
    assert_eq!(phases[0].1, 14);
    assert!(!phases[1..4].is_empty(), "nothing to check");
    assert!(phases[1..4].iter().all(|(_, d)| *d == 7), "{phases:?}");
    // The share is an assumption the founder can change, and the timeline follows it.
    plan.costs
        .overrides
        .insert(ids::JOB_BOARD_SOURCING_SHARE.into(), 50.0);
    let (phases, _) = phases_for(&RouteKey::JobBoards, &plan);
    assert_eq!(phases[0].1, 21);
    assert_eq!(phases.iter().take(5).map(|(_, d)| d).sum::<u64>(), 42);
}

#[test]
fn route_times_follow_the_figures_in_force() {
    let mut plan = Plan::default();
    let text = |p: &Plan| {
        route_times(p)
            .iter()
            .map(|(t, _)| route_time(t))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        text(&plan),
        [
            "Job boards: 3 to 6 weeks for a full-time hire",
            "or 2 to 6 weeks (the timeline takes the slowest)",
            "Toptal about 2 days to hire",
            "Lemon.io a match within 1 day"
        ]
    );
    plan.costs
        .overrides
        .insert(ids::JOB_BOARD_WEEKS_HIGH.into(), 8.0);
    assert_eq!(
        text(&plan)[0],
        "Job boards: 3 to 8 weeks for a full-time hire"
    );
    assert!(route_times(&plan)
        .iter()
        .all(|(_, s)| market().source(s).is_some()));
}

#[test]
fn the_notice_period_edited_as_an_assumption_moves_the_timeline() {
    let mut plan = Plan::default();
    let before = timeline(&plan, &RouteKey::JobBoards, d(2026, 11, 24)).start_work;
    plan.costs.overrides.insert(ids::NOTICE_WEEKS.into(), 8.0);
    let after = timeline(&plan, &RouteKey::JobBoards, d(2026, 11, 24)).start_work;
    assert_eq!((after - before).num_days(), 28);
}

#[test]
fn every_recommended_length_is_sourced_or_an_assumption() {
    for level in [Seniority::Junior, Seniority::Mid, Seniority::Senior] {
        let mut plan = Plan::default();
        plan.seniority.chosen = Some(level);
        for stage in default_loop(&plan) {
            let (basis, source) = minutes_basis(stage.kind).expect("a recommended stage");
            // Either a source is named, or the text says it is an assumption.
            assert!(
                source.is_some() != basis.starts_with("Assumption"),
                "{basis}"
            );
        }
    }
    assert_eq!(minutes_basis(StageKind::Custom), None);
}

#[test]
fn the_loop_follows_level_and_engagement() {
    let mut p = Plan::default();
    let kinds = |p: &Plan| default_loop(p).iter().map(|s| s.kind).collect::<Vec<_>>();
    assert_eq!(
        kinds(&p),
        [
            StageKind::PhoneScreen,
            StageKind::TakeHome,
            StageKind::References
        ]
    );
    p.seniority.chosen = Some(Seniority::Senior);
    assert_eq!(
        kinds(&p),
        [
            StageKind::PhoneScreen,
            StageKind::TakeHome,
            StageKind::SystemDesign,
            StageKind::References
        ]
    );
    p.engagement.kind = EngagementKind::Hourly;
    assert_eq!(kinds(&p)[1], StageKind::LiveCoding);
    assert_eq!(default_loop(&p)[0].minutes, 25);
    assert!(default_loop(&p)[2].what.contains("10,000 concurrent users"));
}

#[test]
fn questions_follow_the_must_haves() {
    let mut p = Plan::default();
    assert_eq!(questions_for(&p).len(), question_bank().len());
    p.requirements = vec![from_catalog("postgresql").unwrap()];
    let qs = questions_for(&p);
    assert!(!qs.is_empty(), "nothing to check");
    assert!(qs.iter().all(|q| q.tags.contains(&"database")));
    assert!(qs.iter().any(|q| q.question.contains("slow database")));
}

#[test]
fn scorecard_has_a_row_per_must_have_and_soft_skill() {
    let p = Plan {
        requirements: vec![from_catalog("go").unwrap(), from_catalog("kafka").unwrap()],
        soft_skills: vec![soft_skill("communication").unwrap()],
        ..Plan::default()
    };
    let rows = scorecard(&p);
    let skills: Vec<_> = rows.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(skills, ["Go", "Communication"]);
}

#[test]
fn job_board_timeline_ends_on_the_start_date() {
    let mut p = Plan::default();
    p.engagement.start_date = Some(d(2027, 3, 1));
    let t = timeline(&p, &RouteKey::JobBoards, d(2026, 11, 23));
    assert_eq!(t.start_work, d(2027, 3, 1));
    assert!(t.flags.is_empty());
    // 42 days of hiring + 28 days of notice end on the start date.
    assert_eq!(t.phases.last().unwrap().end, d(2027, 3, 1));
    assert_eq!(t.phases[0].start, d(2026, 12, 21));
    for w in t.phases.windows(2) {
        assert_eq!(w[0].end, w[1].start);
    }
}

#[test]
fn chart_rows_count_days_from_the_first_step() {
    let mut p = Plan::default();
    p.engagement.start_date = Some(d(2027, 3, 1));
    let rows = timeline(&p, &RouteKey::JobBoards, d(2026, 11, 23)).chart_rows();
    assert_eq!(
        rows[0],
        ("Post the job and source candidates".to_string(), (0, 14))
    );
    assert_eq!(rows.last().unwrap().1, (42, 70));
}

#[test]
fn month_ends_and_leap_years() {
    let mut p = Plan::default();
    p.engagement.kind = EngagementKind::FullTimeContractor;
    // Lemon.io: 1 day to match + 5 days of interviews, no notice for a contractor.
    p.engagement.start_date = Some(d(2028, 3, 1));
    let t = timeline(&p, &lemon(), d(2028, 1, 31));
    assert_eq!(t.phases[0].start, d(2028, 2, 24));
    assert_eq!(t.phases[1].start, d(2028, 2, 25));
    // From today with no date: 31 January + 6 days.
    p.engagement.start_date = None;
    assert_eq!(
        timeline(&p, &lemon(), d(2027, 1, 31)).start_work,
        d(2027, 2, 6)
    );
    // Across 29 February.
    assert_eq!(
        timeline(&p, &toptal(), d(2028, 2, 26)).start_work,
        d(2028, 3, 4)
    );
    assert_eq!(
        timeline(&p, &toptal(), d(2027, 2, 26)).start_work,
        d(2027, 3, 5)
    );
}

#[test]
fn past_and_too_soon_dates_are_flagged_with_a_fix() {
    let mut p = Plan::default();
    p.engagement.start_date = Some(d(2026, 11, 1));
    let t = timeline(&p, &RouteKey::JobBoards, d(2026, 11, 23));
    assert!(t.flags[0].to_string().contains("in the past"));
    assert_eq!(t.start_work, d(2027, 2, 1));
    p.engagement.start_date = Some(d(2026, 12, 1));
    let t = timeline(&p, &RouteKey::JobBoards, d(2026, 11, 23));
    assert!(t.flags[0].to_string().contains("too soon"), "{:?}", t.flags);
    assert!(t.flags[0].to_string().contains("vetted platform"));
    // The same date works through a platform for a contractor.
    p.engagement.kind = EngagementKind::FullTimeContractor;
    assert!(timeline(&p, &toptal(), d(2026, 11, 23)).flags.is_empty());
}

#[test]
fn onboarding_fits_the_role() {
    let mut p = Plan {
        requirements: vec![from_catalog("go").unwrap()],
        ..Plan::default()
    };
    p.role.security_critical = true;
    p.seniority.chosen = Some(Seniority::Senior);
    let (weeks, goals) = onboarding(&p);
    assert!(weeks[0].contains("Day 1: access"));
    assert!(weeks.iter().any(|w| w.contains("buddy")));
    assert!(goals[0].1[0].contains("in Go"));
    assert!(goals[2].1.iter().any(|g| g.contains("architecture")));
    assert!(goals[2].1.iter().any(|g| g.contains("authentication")));
}

#[test]
fn the_offers_reply_by_date_is_on_the_timeline_and_flagged_when_late() {
    let today = NaiveDate::from_ymd_opt(2027, 1, 4).unwrap();
    let mut p = Plan::default();
    let t = timeline(&p, &RouteKey::JobBoards, today);
    assert!(!t.phases.iter().any(|x| x.kind == PhaseKind::ReplyBy));
    let offer_end = t
        .phases
        .iter()
        .find(|x| x.kind == PhaseKind::Offer)
        .unwrap()
        .end;
    p.offer.reply_by = Some(offer_end);
    let t = timeline(&p, &RouteKey::JobBoards, today);
    let m = t
        .phases
        .iter()
        .find(|x| x.kind == PhaseKind::ReplyBy)
        .unwrap();
    assert_eq!((m.start, m.end), (offer_end, offer_end));
    assert!(t.flags.is_empty(), "{:?}", t.flags);
    p.offer.reply_by = offer_end.checked_add_days(Days::new(10));
    let t = timeline(&p, &RouteKey::JobBoards, today);
    assert!(
        t.flags
            .iter()
            .any(|f| f.to_string().contains("reply-by date")),
        "{:?}",
        t.flags
    );
}

#[test]
fn the_timeline_offers_the_data_channels_timed_ones_first() {
    let routes = timeline_routes();
    assert_eq!(routes[0], RouteKey::JobBoards);
    // The channels whose deal gives a time come next, in the data's order.
    assert_eq!(routes[1..3], [toptal(), lemon()]);
    let m = market();
    for r in &routes[1..] {
        let ch = m.channel(r.channel().unwrap()).unwrap();
        assert!(ch.closed.is_none() && ch.deal.hire_weeks.is_empty(), "{r}");
    }
    assert_eq!(route_label(&toptal()), "Toptal (vetted platform)");
    assert!(route_label(&RouteKey::JobBoards).starts_with("Job boards ("));
}

#[test]
fn a_channel_whose_source_gives_no_time_says_so_until_the_founder_sets_one() {
    let mut p = Plan::default();
    p.engagement.kind = EngagementKind::FullTimeContractor;
    let rocket = RouteKey::Channel("rocketdevs".into());
    let t = timeline(&p, &rocket, d(2027, 1, 4));
    // No match phase borrowed from the job boards: the interviews alone, and a flag.
    assert!(!t
        .phases
        .iter()
        .any(|x| matches!(x.kind, PhaseKind::Match { .. } | PhaseKind::Sourcing { .. })));
    assert!(
        t.flags[0]
            .to_string()
            .contains("no time to match for RocketDevs"),
        "{:?}",
        t.flags
    );
    // Its deal's 14-day free trial runs from the first day of work.
    let trial = t
        .phases
        .iter()
        .find(|x| matches!(x.kind, PhaseKind::Trial { .. }))
        .unwrap();
    assert_eq!((trial.end - trial.start).num_days(), 14);
    assert_eq!(trial.note(), "RocketDevs: 14 days, free.");
    // Once the founder sets the assumption, the match is drawn with it and the flag goes.
    p.costs
        .overrides
        .insert(ids::PLATFORM_MATCH_DAYS.into(), 3.0);
    let t = timeline(&p, &rocket, d(2027, 1, 4));
    assert!(t.flags.is_empty(), "{:?}", t.flags);
    assert_eq!(
        t.phases[0].kind,
        PhaseKind::AssumedMatch {
            channel: "RocketDevs"
        }
    );
    assert_eq!(t.start_work, d(2027, 1, 12));
}

#[test]
fn a_placement_waits_for_the_notice_and_a_contract_platform_does_not() {
    let mut p = Plan::default();
    let kinds = |p: &Plan, r: &RouteKey| {
        timeline(p, r, d(2027, 1, 4))
            .phases
            .iter()
            .map(|x| x.kind.clone())
            .collect::<Vec<_>>()
    };
    // An employee: Lemon.io places employees, so the notice follows; Toptal does not.
    assert!(kinds(&p, &lemon()).contains(&PhaseKind::Notice { placed: true }));
    assert!(!kinds(&p, &toptal())
        .iter()
        .any(|k| matches!(k, PhaseKind::Notice { .. })));
    p.engagement.kind = EngagementKind::FullTimeContractor;
    assert!(!kinds(&p, &lemon())
        .iter()
        .any(|k| matches!(k, PhaseKind::Notice { .. })));
}

//! The story's start dates, worked by hand from the data's times.

use super::*;
use crate::plan::{EngagementKind, Plan};
use crate::session::edit::PlanEdit;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2027, 1, 4).unwrap()
}

fn plan(kind: EngagementKind, route: &str) -> Plan {
    let mut p = Plan::default();
    p.apply(PlanEdit::Kind(kind)).unwrap();
    p.engagement.company_country = Some("de".into());
    p.engagement.hire_country = Some("de".into());
    p.apply(PlanEdit::ChooseRoute(RouteKey::parse(route).unwrap()))
        .unwrap();
    p
}

#[test]
fn an_employee_abroad_starts_after_the_job_boards_time_and_the_notice() {
    let p = plan(EngagementKind::FullTimeEmployee, "employee:ro");
    let Start::On {
        date,
        hire_days,
        notice_days,
        assumed,
        target,
    } = start_on(&p, &p.route.chosen.clone().unwrap(), today())
    else {
        panic!("the job boards give a time")
    };
    // The job boards' slowest case in the sources (6 weeks, 42 days), then the notice.
    assert_eq!(hire_days, 42);
    assert!(notice_days > 0, "an employee gives notice");
    assert_eq!(assumed, None);
    assert!(!target);
    assert_eq!(
        date,
        today()
            .checked_add_days(chrono::Days::new(hire_days + notice_days))
            .unwrap()
    );
}

#[test]
fn a_contractor_hired_directly_has_no_start_until_the_assumption_is_set() {
    let mut p = plan(EngagementKind::FullTimeContractor, "contractor:in");
    let s = story(&p, today());
    assert!(
        matches!(s.start, Start::Unknown { .. }),
        "no route starts today without a named assumption: {:?}",
        s.start
    );
    assert_eq!(s.trial.start, None);
    assert_eq!(s.offer_start, None);
    p.costs.overrides.insert(ids::DIRECT_HIRE_DAYS.into(), 20.0);
    let s = story(&p, today());
    let Start::On {
        date,
        hire_days,
        assumed,
        ..
    } = s.start
    else {
        panic!("the assumption gives a time")
    };
    assert_eq!((hire_days, assumed), (20, Some(ids::DIRECT_HIRE_DAYS)));
    assert_eq!(date, NaiveDate::from_ymd_opt(2027, 1, 24).unwrap());
    // The trial and the offer start with the hire, until the founder sets their own.
    assert_eq!(s.trial.start, Some(date));
    assert_eq!(s.offer_start, Some(date));
}

#[test]
fn the_founders_target_and_own_dates_win_where_they_can() {
    let mut p = plan(EngagementKind::FullTimeContractor, "channel:toptal");
    let target = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
    p.engagement.start_date = Some(target);
    let s = story(&p, today());
    assert_eq!(s.start.date(), Some(target));
    assert!(matches!(s.start, Start::On { target: true, .. }));
    let own = NaiveDate::from_ymd_opt(2027, 3, 8).unwrap();
    p.offer.trial_start = Some(own);
    p.offer.start_date = Some(own);
    let s = story(&p, today());
    assert_eq!((s.trial.start, s.offer_start), (Some(own), Some(own)));
    assert_eq!(s.start.date(), Some(target));
}

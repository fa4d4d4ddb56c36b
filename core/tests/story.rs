//! One plan, one story: over generated plans with a chosen route, a currency and cash, every
//! step's date, route and currency is the story's (`hireplan_core::story`).

use chrono::NaiveDate;
use hireplan_core::cost::decision::chosen::{choosable, report};
use hireplan_core::cost::runway::finance::finance;
use hireplan_core::hiring::afford::afford;
use hireplan_core::hiring::{plan_route, plan_timeline};
use hireplan_core::kit::offer_summary;
use hireplan_core::market::ids;
use hireplan_core::plan::{EngagementKind, FinanceField, Plan};
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::story::{story, Start};
use hireplan_core::text::currency::Currency;
use hireplan_core::text::format::{date, DateStyle};
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 7).unwrap()
}

const COUNTRIES: [&str; 6] = ["us", "de", "in", "ro", "br", "gb"];

#[allow(clippy::too_many_arguments)]
fn generated(
    kind: EngagementKind,
    company: usize,
    hire: usize,
    pick: usize,
    target_days: Option<u64>,
    direct_days: Option<u32>,
    eur: bool,
    own_start: Option<u64>,
) -> Option<Plan> {
    let mut p = Plan::default();
    p.apply(PlanEdit::Kind(kind)).ok()?;
    p.engagement.company_country = Some(COUNTRIES[company].into());
    p.engagement.hire_country = Some(COUNTRIES[hire].into());
    p.engagement.start_date =
        target_days.and_then(|d| today().checked_add_days(chrono::Days::new(d)));
    if let Some(d) = direct_days {
        p.costs
            .overrides
            .insert(ids::DIRECT_HIRE_DAYS.into(), d as f64);
    }
    if eur {
        p.finances
            .set(FinanceField::Rate(Currency::Eur), "0.92".into());
        p.finances
            .set(FinanceField::RateDate(Currency::Eur), "2026-12-01".into());
        p.finances.set_display(Currency::Eur);
    }
    p.finances.set(FinanceField::Cash, "400000".into());
    p.finances.set(FinanceField::CashDate, "2026-12-01".into());
    p.finances.set(FinanceField::Burn, "25000".into());
    let options: Vec<_> = report(&p)?.options.into_iter().filter(choosable).collect();
    let chosen = options.get(pick % options.len().max(1))?.key.clone();
    p.apply(PlanEdit::ChooseRoute(chosen)).ok()?;
    if let Some(d) = own_start {
        let own = today().checked_add_days(chrono::Days::new(d));
        p.offer.trial_start = own;
        p.offer.start_date = own;
    }
    Some(p)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn every_step_shows_the_storys_route_start_and_currency(
        kind in prop_oneof![
            Just(EngagementKind::FullTimeEmployee),
            Just(EngagementKind::FullTimeContractor),
            Just(EngagementKind::PartTimeContractor),
        ],
        company in 0usize..COUNTRIES.len(),
        hire in 0usize..COUNTRIES.len(),
        pick in 0usize..40,
        target_days in prop::option::of(0u64..200),
        direct_days in prop::option::of(1u32..90),
        eur in any::<bool>(),
        own_start in prop::option::of(0u64..200),
    ) {
        let Some(p) = generated(kind, company, hire, pick, target_days, direct_days, eur, own_start) else {
            return Ok(());
        };
        let s = story(&p, today());
        // The route: the founder's choice, named once.
        prop_assert!(s.chosen);
        prop_assert_eq!(Some(&s.route), p.route.chosen.as_ref());
        prop_assert_eq!(&plan_route(&p).0, &s.route);
        prop_assert_eq!(s.option.as_ref().map(|o| &o.key), Some(&s.route));
        // The start: the timeline's, the runway's, the trial's and the offer's.
        let start = s.start.date();
        prop_assert_eq!(plan_timeline(&p, today()).start(), start);
        if let Some(start) = start {
            let r = report(&p).unwrap();
            let a = afford(&p, &r, today());
            if let Some(route) = a.route(&s.route) {
                prop_assert_eq!(route.start, start, "the runway's start for {}", s.name);
            }
            prop_assert!(start >= today(), "no start in the past: {}", start);
            if let Start::On { hire_days, notice_days, assumed, target, .. } = &s.start {
                // No route starts today unless a named assumption says so.
                prop_assert!(*hire_days > 0 || assumed.is_some() || *target, "{:?}", s.start);
                // An employee's start counts the time to hire and the notice.
                if kind == EngagementKind::FullTimeEmployee {
                    prop_assert!(*notice_days > 0, "{} {:?}", s.name, s.start);
                    prop_assert!(*hire_days > 0, "{} {:?}", s.name, s.start);
                }
            }
        } else {
            prop_assert!(matches!(s.start, Start::Unknown { .. }), "no date, so no start: {:?}", s.start);
        }
        prop_assert_eq!(s.trial.start, p.offer.trial_start.or(start));
        prop_assert_eq!(s.offer_start, p.offer.start_date.or(start));
        let summary = offer_summary(&p, today());
        match s.offer_start {
            Some(d) => {
                let line = format!("**Start date:** {}", date(d, DateStyle::Long));
                prop_assert!(summary.contains(&line), "{}\n{}", line, summary);
            }
            None => prop_assert!(summary.contains("**Start date:** [to fill in]"), "{}", summary),
        }
        // The money: the founder's currency, the one the finances give.
        prop_assert_eq!(&s.money, &finance(&p, today()).display);
        prop_assert_eq!(s.money.currency() == Currency::Eur, eur);
    }
}

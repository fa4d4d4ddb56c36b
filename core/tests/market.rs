//! The market data holds together: every channel says what it is good and bad for and cites
//! sources that exist, a channel the sources give no price for is never priced, regions without
//! figures get none invented, and the level factors follow the prices they are derived from.
//! (What each figure's value is, is checked against its article's own sentence by
//! `tests/quotes.rs`, not restated here.)

use hireplan_core::cost::{compute, Catch, Scenario};
use hireplan_core::market::{ids, market, Pricing, Serves};
use hireplan_core::plan::{EngagementKind, Plan, RouteKey, Seniority};

#[test]
fn every_channel_says_what_it_is_for_and_cites_sources_that_exist() {
    let m = market();
    for ch in m.channels {
        assert!(
            !ch.good_for.is_empty() && !ch.bad_for.is_empty(),
            "{}",
            ch.id
        );
        assert!(!ch.sources.is_empty(), "{}", ch.id);
        for s in ch.sources {
            assert!(m.source(s).is_some(), "{}: unknown source {s}", ch.id);
        }
    }
}

#[test]
fn a_channel_the_sources_give_no_price_for_is_never_priced() {
    let mut plan = Plan::default();
    plan.engagement.kind = EngagementKind::FullTimeContractor;
    let r = compute(&Scenario::from_plan(&plan, Seniority::Mid).unwrap());
    let unpriced: Vec<_> = market()
        .channels
        .iter()
        .filter(|c| c.closed.is_none() && c.deal.serves.contains(&Serves::Contractor))
        .filter(|c| matches!(c.deal.rate, Pricing::NotGiven { .. }))
        .collect();
    assert!(!unpriced.is_empty(), "nothing to check");
    for ch in unpriced {
        let o = r.option(&RouteKey::Channel(ch.id.into())).unwrap();
        assert_eq!((o.monthly, o.total), (None, None), "{}", ch.id);
        assert!(
            o.catches.iter().any(|c| matches!(c, Catch::NoPrice { .. })),
            "{}",
            ch.id
        );
    }
}

#[test]
fn regions_named_without_figures_carry_no_number() {
    let m = market();
    assert!(!m.regions_without_figures.is_empty(), "nothing to check");
    for r in m.regions_without_figures {
        assert!(
            !m.countries.iter().any(|c| c.name == r.name),
            "{}: no figure may be invented",
            r.name
        );
    }
}

#[test]
fn assumptions_are_labelled_with_reasoning() {
    let m = market();
    for a in m.assumptions {
        assert!(!a.label.is_empty(), "{}", a.id);
        assert!(a.reasoning.len() > 40, "{}", a.id);
    }
}

#[test]
fn the_level_factors_are_the_package_price_ratios() {
    // The sources price levels only as packages; the factors are those ratios to the mid level,
    // rounded to two places: a changed price must change its factor.
    let m = market();
    let price = |level| {
        m.figure(ids::rocketdevs_package(level, true))
            .unwrap()
            .value
    };
    let ratio = |level| (price(level) / price(Seniority::Mid) * 100.0).round() / 100.0;
    for (level, id) in [
        (Seniority::Junior, ids::FACTOR_JUNIOR),
        (Seniority::Mid, ids::FACTOR_MID),
        (Seniority::Senior, ids::FACTOR_SENIOR),
    ] {
        assert_eq!(m.assumption(id).unwrap().value, Some(ratio(level)), "{id}");
    }
}

#[test]
fn every_country_names_a_currency_the_founder_can_pick() {
    use hireplan_core::text::currency::Currency;
    let m = hireplan_core::market::market();
    let mut seen: Vec<Currency> = m
        .countries
        .iter()
        .map(|c| {
            c.currency()
                .unwrap_or_else(|| panic!("{}: {}", c.id, c.currency))
        })
        .collect();
    seen.sort();
    seen.dedup();
    // One currency per country, and every country's currency is offered.
    assert_eq!(seen.len(), m.countries.len());
    assert!(seen.iter().all(|c| Currency::ALL.contains(c)));
}

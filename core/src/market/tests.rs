//! Tests of `market/mod.rs`.

use super::*;

#[test]
fn rocketdevs_packages_follow_the_level() {
    use crate::plan::Seniority;
    for level in Seniority::ALL {
        let tier = level.rocket_tier().to_lowercase();
        for full in [true, false] {
            let id = ids::rocketdevs_package(level, full);
            assert!(id.contains(&tier), "{id} for {level:?}");
            assert_eq!(id.ends_with("full_time"), full);
            assert!(market().figure(id).is_some(), "{id}");
        }
    }
}

#[test]
fn the_id_lists_match_the_data() {
    let m = market();
    let countries: Vec<&str> = m.countries.iter().map(|c| c.id).collect();
    assert_eq!(COUNTRY_IDS, countries.as_slice());
    let channels: Vec<&str> = m.channels.iter().map(|c| c.id).collect();
    assert_eq!(CHANNEL_IDS, channels.as_slice());
    assert_eq!(BASE_VALUES.len(), m.figures.len() + m.assumptions.len());
    for (id, base) in BASE_VALUES {
        assert!(m.knows(id), "{id}");
        assert_eq!(*base, m.base_value(id), "{id}");
    }
    assert!(is_country("us") && !is_country("atlantis"));
    assert!(is_channel(m.channels[0].id) && !is_channel("nowhere"));
    assert_eq!(base_of("salary.us.median"), Some(Some(115000.0)));
    assert_eq!(base_of("assume.eor_fee_monthly"), Some(None));
    assert_eq!(base_of("no.such"), None);
}

#[test]
fn the_data_file_parses_and_is_sound() {
    let m = market();
    assert_eq!(m.format, "hireplan-market");
    assert_eq!(m.problems(), Vec::<String>::new());
}

#[test]
fn an_unknown_id_in_the_data_is_a_problem() {
    // The data with one deposit pointing at a figure that does not exist.
    let leak = |v: Vec<Channel>| -> List<Channel> { Box::leak(v.into_boxed_slice()) };
    let mut channels = market().channels.to_vec();
    let toptal = channels
        .iter_mut()
        .find(|c| c.deal.deposit.is_some())
        .unwrap();
    toptal.deal.deposit.as_mut().unwrap().amount = "toptal.no_such";
    let broken = Market {
        channels: leak(channels),
        ..market().clone()
    };
    let problems = broken.problems();
    assert!(
        problems.iter().any(|p| p.contains("toptal.no_such")),
        "{problems:?}"
    );
    assert!(market().problems().is_empty());
}

#[test]
fn every_figure_has_a_source_with_publisher_and_date() {
    let m = market();
    for f in m.figures {
        let s = m.source(f.source).unwrap();
        assert!(!s.publisher.is_empty() && !s.date.is_empty(), "{}", f.id);
        assert!(!f.as_of.is_empty(), "{}", f.id);
    }
}

#[test]
fn overrides_apply_and_are_reported() {
    let m = market();
    let mut o = KeyMap::new();
    assert_eq!(m.value("salary.us.median", &o).unwrap().value, 115000.0);
    o.insert("salary.us.median".to_string(), 120000.0);
    let used = m.value("salary.us.median", &o).unwrap();
    assert_eq!(used.value, 120000.0);
    assert!(used.overridden);
    // Nonsense overrides are ignored rather than poisoning every total.
    o.insert("salary.us.median".to_string(), f64::NAN);
    assert!(!m.value("salary.us.median", &o).unwrap().overridden);
    o.insert("salary.us.median".to_string(), -5.0);
    assert_eq!(m.value("salary.us.median", &o).unwrap().value, 115000.0);
    assert!(m.value("no.such.figure", &o).is_none());
}

#[test]
fn an_assumption_without_a_default_counts_only_once_set() {
    let m = market();
    let mut o = KeyMap::new();
    assert!(m.knows("assume.eor_fee_monthly"));
    assert!(m.value("assume.eor_fee_monthly", &o).is_none());
    o.insert("assume.eor_fee_monthly".to_string(), 600.0);
    let used = m.value("assume.eor_fee_monthly", &o).unwrap();
    assert_eq!((used.value, used.overridden), (600.0, true));
}

#[test]
fn citations_name_article_publisher_and_date() {
    let m = market();
    let c = m.citation("salary.de.median");
    assert!(
        c.contains("Glassdoor") && c.contains("July 2025") && c.contains("Toptal"),
        "{c}"
    );
    assert!(m
        .citation("assume.employer_overhead")
        .starts_with("Assumption"));
    assert_eq!(m.quote("salary.de.median"), Some("Germany $73,000"));
}

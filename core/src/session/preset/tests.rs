use super::*;
use crate::plan::PlanId;
use chrono::{TimeZone, Utc};
use proptest::prelude::*;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 3).unwrap()
}

fn plan() -> Plan {
    Plan::new(
        PlanId("p".into()),
        Utc.with_ymd_and_hms(2026, 12, 3, 9, 0, 0).unwrap(),
    )
}

#[test]
fn the_done_when_preset_reads_and_writes_back() {
    let q =
        "embed=costs&level=senior&eng=contractor&hire=de&co=de&horizon=6&theme=dark&view=compact";
    let p = Presets::parse(q, today());
    assert_eq!(p.kind, EmbedKind::Costs);
    assert_eq!(p.level, Some(Seniority::Senior));
    assert_eq!(p.engagement, Some(EngagementKind::FullTimeContractor));
    assert_eq!((p.hire, p.company), (Some("de"), Some("de")));
    assert_eq!(p.months, Some(6));
    assert_eq!(p.theme, Theme::Dark);
    assert!(p.compact && !p.lock);
    assert_eq!(p.query(true), q);
    // The planner's link carries the starting values, not the look.
    assert_eq!(
        p.query(false),
        "level=senior&eng=contractor&hire=de&co=de&horizon=6"
    );
}

#[test]
fn invalid_and_hostile_values_fall_back_to_defaults() {
    for q in [
        "?embed=costs&level=<script>alert(1)</script>&horizon=-4&theme=purple",
        "embed=costs&level=%3Cscript%3E&horizon=0&theme=&eng=boss&hire=xx&co=<b>&hours=81",
        "embed=costs&horizon=6.5&hours=2.5&view=tiny&lock=yes&cur=EUR&rate=-1",
        "embed=costs&cur=XYZ&rate=0.9&cash=12a&burn=5",
        "embed=costs&cash=100000&burn=&cashd=2030-01-01",
        "embed=costs&&&=&==&level",
        "",
    ] {
        let p = Presets::parse(q, today());
        assert_eq!(p, Presets::default(), "{q}");
        assert_eq!(p.query(true), "embed=costs", "{q}");
        assert!(p.edits().is_empty(), "{q}");
    }
    // An unknown embed kind is the calculator.
    assert_eq!(Presets::parse("embed=nope", today()).kind, EmbedKind::Costs);
    // The first of a repeated parameter counts.
    assert_eq!(
        Presets::parse("level=junior&level=senior", today()).level,
        Some(Seniority::Junior)
    );
}

#[test]
fn a_currency_needs_a_usable_rate_and_dates_cannot_be_in_the_future() {
    let p = Presets::parse("cur=EUR&rate=0.92&rated=2026-11-30", today());
    assert_eq!(
        p.currency,
        Some((
            Currency::Eur,
            "0.92".into(),
            NaiveDate::from_ymd_opt(2026, 11, 30).unwrap()
        ))
    );
    // No date, or one after today: the rate is dated today.
    let p = Presets::parse("cur=EUR&rate=0.92&rated=2027-01-01", today());
    assert_eq!(p.currency.map(|c| c.2), Some(today()));
    assert_eq!(Presets::parse("cur=EUR", today()).currency, None);
    assert_eq!(Presets::parse("cur=USD&rate=1", today()).currency, None);
    assert_eq!(Presets::parse("cur=EUR&rate=0", today()).currency, None);
    assert_eq!(
        Presets::parse("cur=EUR&rate=0.9%25", today()).currency,
        None
    );
    let p = Presets::parse("cash=400000&burn=30000&cashd=2026-11-01", today());
    assert_eq!(
        p.cash,
        Some(CashFigures {
            cash: 400_000,
            burn: 30_000,
            date: NaiveDate::from_ymd_opt(2026, 11, 1).unwrap()
        })
    );
    // Cash figures are the embed's to show; the planner's link never carries them.
    assert!(!p.query(false).contains("cash"));
    assert!(p
        .query(true)
        .contains("cash=400000&burn=30000&cashd=2026-11-01"));
}

#[test]
fn a_plan_embed_carries_its_look_not_starting_values() {
    let mut p = Presets::parse("level=senior&theme=light&cash=1&burn=1", today());
    p.kind = EmbedKind::Plan;
    assert_eq!(p.query(true), "embed=plan&theme=light");
    p.kind = EmbedKind::Chart;
    p.chart = ChartKind::Time;
    assert!(p
        .query(true)
        .starts_with("embed=chart&chart=time&level=senior"));
}

#[test]
fn edits_put_the_presets_into_a_plan_and_the_plan_gives_them_back() {
    let q = "level=senior&eng=hourly&hire=de&co=gb&horizon=6&hours=20&cur=EUR&rate=0.92&rated=2026-11-30&cash=400000&burn=30000&cashd=2026-11-01";
    let p = Presets::parse(q, today());
    let mut plan = plan();
    for e in p.edits() {
        plan.apply(e).unwrap();
    }
    assert_eq!(plan.engagement.hire_country.as_deref(), Some("de"));
    assert_eq!(plan.engagement.company_country.as_deref(), Some("gb"));
    assert_eq!(plan.engagement.horizon_months, "6");
    assert_eq!(plan.engagement.hours_per_week, "20");
    assert_eq!(plan.finances.display(), Currency::Eur);
    let back = Presets::default().with_plan(&plan, today());
    assert_eq!(back.query(true), format!("embed=costs&{q}"));
    // The look is the builder's, not the plan's.
    let look = Presets {
        theme: Theme::Dark,
        compact: true,
        ..Presets::default()
    };
    let back = look.with_plan(&plan, today());
    assert_eq!((back.theme, back.compact), (Theme::Dark, true));
}

fn any_presets() -> impl Strategy<Value = Presets> {
    let countries: Vec<&'static str> = market().countries.iter().map(|c| c.id).collect();
    let country = proptest::option::of(proptest::sample::select(countries));
    (
        (
            0usize..3,
            0usize..2,
            proptest::option::of(0usize..3),
            proptest::option::of(0usize..4),
        ),
        (
            country.clone(),
            country,
            proptest::option::of(1u32..=120),
            proptest::option::of(1u32..=80),
        ),
        (
            0usize..3,
            proptest::option::of((1usize..11, 1u32..100_000)),
            proptest::option::of((0u64..1_000_000_000, 0u64..10_000_000, 0i64..3000)),
        ),
        (any::<bool>(), any::<bool>()),
    )
        .prop_map(
            |((k, c, l, e), (hire, company, months, hours), (t, cur, cash), (compact, lock))| {
                Presets {
                    kind: EmbedKind::ALL[k],
                    chart: ChartKind::ALL[c],
                    level: l.map(|i| Seniority::ALL[i]),
                    engagement: e.map(|i| EngagementKind::ALL[i]),
                    hire,
                    company,
                    months,
                    hours,
                    theme: Theme::ALL[t],
                    currency: cur.map(|(i, r)| {
                        (
                            Currency::ALL[i],
                            format!("{}.{:02}", r / 100, r % 100),
                            today(),
                        )
                    }),
                    cash: cash.map(|(cash, burn, back)| CashFigures {
                        cash,
                        burn,
                        date: today() - chrono::Days::new(back as u64),
                    }),
                    compact,
                    lock,
                }
            },
        )
}

proptest! {
    #[test]
    fn what_is_written_reads_back(p in any_presets()) {
        let read = Presets::parse(&p.query(true), today());
        // A plan embed carries only its look; the rate may be too small to use.
        let mut want = p.clone();
        if p.kind == EmbedKind::Plan {
            want = Presets { kind: p.kind, theme: p.theme, compact: p.compact, lock: p.lock, ..Presets::default() };
        }
        if p.kind != EmbedKind::Chart {
            want.chart = ChartKind::Month;
        }
        if let Some((c, rate, _)) = &want.currency {
            if parse_rate(*c, rate, "2026-12-03", today()).is_err() || *c == Currency::Usd {
                want.currency = None;
            }
        }
        prop_assert_eq!(read, want);
    }

    #[test]
    fn any_address_reads_without_panic_and_writes_only_known_text(q in ".{0,120}") {
        let p = Presets::parse(&q, today());
        let out = p.query(true);
        prop_assert!(out.bytes().all(|b| b.is_ascii_alphanumeric() || b"=&-._".contains(&b)), "{}", out);
    }
}

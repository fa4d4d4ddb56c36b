//! Tests of `codec/mod.rs`.

use super::*;
use crate::plan::PlanId;
use chrono::TimeZone;

fn sample() -> Plan {
    let mut p = Plan::new(
        PlanId::from_parts(7, 9),
        Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap(),
    );
    p.name = "Payments \"API\" <hire>".into();
    p
}

#[test]
fn stored_round_trip() {
    let p = sample();
    assert_eq!(decode_stored(&encode_stored(&p)).unwrap(), p);
}

#[test]
fn rejects_garbage_with_typed_errors() {
    assert!(matches!(
        decode_stored("{not json"),
        Err(DecodeError::NotJson(_))
    ));
    assert!(matches!(
        decode_stored("[1,2]"),
        Err(DecodeError::NotAPlan(_))
    ));
    assert!(matches!(decode_stored("{}"), Err(DecodeError::NotAPlan(_))));
    assert!(matches!(
        decode_stored(r#"{"schema_version":"1"}"#),
        Err(DecodeError::NotAPlan(_))
    ));
    assert!(matches!(
        decode_stored(r#"{"schema_version":2,"name":5}"#),
        Err(DecodeError::NotAPlan(_))
    ));
    assert_eq!(
        decode_stored(r#"{"schema_version":99}"#),
        Err(DecodeError::NewerVersion {
            found: 99,
            supported: SCHEMA_VERSION
        })
    );
}

#[test]
fn thousands_of_items_are_refused_by_every_decoder_and_the_limits_themselves_pass() {
    use crate::plan::Requirement;
    use crate::plan::{Stage, MAX_MINUTES, MAX_OWN_QUESTIONS, MAX_STAGES};
    use crate::role::requirements::MAX_ITEMS;
    let skill = |i: usize| Requirement {
        id: format!("custom-{i}"),
        label: format!("Skill {i}"),
        category: "language".into(),
        custom: true,
        ..Requirement::default()
    };
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
    // At every limit: the most the planner lets a person make opens everywhere.
    let mut full = Plan::new(PlanId("full".into()), now);
    full.requirements = (0..MAX_ITEMS).map(skill).collect();
    full.soft_skills = (0..MAX_ITEMS).map(skill).collect();
    full.interviews.stages = Some(vec![
        Stage {
            minutes: MAX_MINUTES,
            ..Stage::default()
        };
        MAX_STAGES
    ]);
    full.interviews.own_questions = vec!["Why?".into(); MAX_OWN_QUESTIONS];
    assert_eq!(decode_stored(&encode_stored(&full)).unwrap(), full);
    assert!(matches!(
        decode_import(&export_plan(&full, now, true)),
        Ok(Imported::Plan(_))
    ));
    assert!(decode_share(&encode_share(&full)).is_ok());

    // Five thousand skills: refused with a typed error that says what and how many.
    let mut many = full.clone();
    many.requirements = (0..5000).map(skill).collect();
    let want = DecodeError::TooMany {
        what: "requirements",
        found: 5000,
        limit: MAX_ITEMS,
    };
    assert_eq!(decode_stored(&encode_stored(&many)), Err(want.clone()));
    assert_eq!(
        decode_import(&export_plan(&many, now, true)),
        Err(want.clone())
    );
    // A hostile link repeats one skill: deflated, five thousand of them fit in a link.
    let mut repeated = many.clone();
    repeated.requirements = vec![skill(1); 5000];
    let link = encode_share(&repeated);
    assert!(link.len() <= MAX_SHARE_CHARS, "{} characters", link.len());
    assert_eq!(decode_share(&link), Err(want.clone()));
    assert!(want.to_string().contains("5000 requirements"));

    let mut long = full.clone();
    long.interviews.stages.as_mut().unwrap()[3].minutes = u32::MAX;
    assert!(
        matches!(decode_stored(&encode_stored(&long)), Err(DecodeError::NotAPlan(m)) if m.contains("stage 4"))
    );
    let mut questions = full;
    questions.interviews.own_questions.push("One more?".into());
    assert!(matches!(
        decode_stored(&encode_stored(&questions)),
        Err(DecodeError::TooMany {
            what: "questions of your own",
            ..
        })
    ));
}

#[test]
fn rejects_oversized_entries_before_parsing() {
    let big = "x".repeat(MAX_PLAN_BYTES + 1);
    assert!(matches!(
        decode_stored(&big),
        Err(DecodeError::TooLarge { .. })
    ));
}

#[test]
fn messages_are_plain_sentences() {
    let e = decode_stored("{").unwrap_err().to_string();
    assert!(e.starts_with("This is not readable JSON"), "{e}");
}

#[test]
fn quarantine_keys_keep_the_original_key() {
    assert_eq!(
        keys::quarantine("hireplan:plan:p1", 42),
        "hireplan:unreadable:42:hireplan:plan:p1"
    );
}

#[test]
fn export_and_import_round_trip() {
    let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
    let p = sample();
    assert_eq!(
        decode_import(&export_plan(&p, now, true)).unwrap(),
        Imported::Plan(Box::new(p.clone()))
    );
    let mut q = sample();
    q.id = PlanId("other".into());
    assert_eq!(
        decode_import(&export_backup(&[p.clone(), q.clone()], now, true)).unwrap(),
        Imported::Backup(vec![p, q])
    );
}

#[test]
fn import_refuses_foreign_newer_and_malformed_files() {
    assert!(matches!(
        decode_import(r#"{"format":"excalidraw","version":2}"#),
        Err(DecodeError::WrongFormat(f)) if f == "excalidraw"
    ));
    assert!(matches!(
        decode_import(r#"{"format":"hireplan-plan","version":99,"plan":{}}"#),
        Err(DecodeError::NewerVersion { found: 99, .. })
    ));
    assert!(matches!(
        decode_import(r#"{"format":"hireplan-plan","version":2}"#),
        Err(DecodeError::NotAPlan(_))
    ));
    assert!(matches!(
        decode_import(r#"{"format":"hireplan-backup","version":2,"plans":[{"schema_version":2},{"x":1}]}"#),
        Err(DecodeError::NotAPlan(m)) if m.contains("plan 2 of the backup")
    ));
    assert!(matches!(
        decode_import("[]"),
        Err(DecodeError::WrongFormat(_))
    ));
    assert!(matches!(
        decode_import("{}"),
        Err(DecodeError::WrongFormat(_))
    ));
    let huge = format!("{{\"format\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
    assert!(matches!(
        decode_import(&huge),
        Err(DecodeError::TooLarge { .. })
    ));
}

#[test]
fn share_link_round_trip_without_identity() {
    let p = sample();
    let link = encode_share(&p);
    assert!(link.starts_with(SHARE_PREFIX));
    assert!(link
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
    let back = decode_share(&link).unwrap();
    // The name travels only when the founder ticks for it (issue 38).
    assert_eq!(back.name, "");
    assert_eq!(back.id, PlanId::default());
    let mut named = p.clone();
    named.finances.set_share_names(true);
    assert_eq!(decode_share(&encode_share(&named)).unwrap().name, p.name);
}

#[test]
fn candidates_never_travel_in_a_link_and_only_in_an_export_when_asked() {
    use crate::plan::{Candidate, Scorecard};
    let mut p = sample();
    p.candidates.push(Candidate {
        id: "c1".into(),
        name: "Grace Hopper-Private".into(),
        links: "https://example.com/grace".into(),
        scorecards: vec![Scorecard {
            notes: "secret notes".into(),
            ..Scorecard::default()
        }],
        ..Candidate::default()
    });
    let now = DateTime::<Utc>::UNIX_EPOCH;
    // The link: not there, even compressed, and not read back.
    let link = encode_share(&p);
    let back = decode_share(&link).unwrap();
    assert!(back.candidates.is_empty());
    let payload = link.strip_prefix(SHARE_PREFIX).unwrap();
    let packed = URL_SAFE_NO_PAD.decode(payload).unwrap();
    let json =
        String::from_utf8(miniz_oxide::inflate::decompress_to_vec(&packed).unwrap()).unwrap();
    assert!(
        !json.contains("Grace") && !json.contains("secret"),
        "{json}"
    );
    // A link crafted with candidates in it: they are dropped on the way in.
    let mut crafted: Value = serde_json::from_str(&json).unwrap();
    crafted["candidates"] = json!([{"id": "c9", "name": "Injected"}]);
    let packed = miniz_oxide::deflate::compress_to_vec(crafted.to_string().as_bytes(), 9);
    let crafted = format!("{SHARE_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
    assert!(decode_share(&crafted).unwrap().candidates.is_empty());
    // The export: left out by default, kept when asked, and then labelled.
    let without = export_plan(&p, now, false);
    assert!(!without.contains("Grace") && !without.contains("personal_data"));
    let with = export_plan(&p, now, true);
    assert!(with.contains("Grace") && with.contains("\"personal_data\""));
    let Imported::Plan(imported) = decode_import(&with).unwrap() else {
        panic!()
    };
    assert_eq!(imported.candidates, p.candidates);
    // Nothing personal: nothing to label.
    let mut none = p.clone();
    none.candidates.clear();
    assert!(!export_plan(&none, now, true).contains("personal_data"));
}

#[test]
fn too_many_candidates_are_refused_with_the_limit() {
    use crate::plan::{Candidate, MAX_CANDIDATES};
    let mut p = sample();
    p.candidates = (0..=MAX_CANDIDATES)
        .map(|i| Candidate {
            id: format!("c{i}"),
            ..Candidate::default()
        })
        .collect();
    let err = decode_import(&export_plan(&p, DateTime::<Utc>::UNIX_EPOCH, true)).unwrap_err();
    assert_eq!(
        err,
        DecodeError::TooMany {
            what: "candidates",
            found: MAX_CANDIDATES + 1,
            limit: MAX_CANDIDATES
        }
    );
}

#[test]
fn the_address_names_the_embed_and_the_share_payload() {
    let a = parse_address("?embed=plan&x=1", "#share=h1.abc");
    assert_eq!(a.embed, Some(EmbedKind::Plan));
    assert_eq!(a.share.as_deref(), Some("h1.abc"));
    assert_eq!(
        parse_address("?x=1&embed=costs", "").embed,
        Some(EmbedKind::Costs)
    );
    assert_eq!(
        parse_address("?embed=other", "").embed,
        Some(EmbedKind::Costs)
    );
    assert_eq!(parse_address("", "#/costs"), Address::default());
}

#[test]
fn embed_code_carries_the_presets_the_link_and_the_sizing_script() {
    let base = "https://example.com/hireplan/";
    let costs = embed_code(
        base,
        "embed=costs&level=senior&theme=dark",
        "level=senior",
        None,
        "Costs <of> \"hiring\" & more",
    );
    assert!(costs.starts_with(
        "<iframe src=\"https://example.com/hireplan/?embed=costs&amp;level=senior&amp;theme=dark\""
    ));
    assert!(costs.contains("title=\"Costs &lt;of&gt; &quot;hiring&quot; &amp; more\""));
    assert!(costs.contains("loading=\"lazy\""));
    assert!(costs.contains(
        "sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads\""
    ));
    assert!(costs.contains("<a href=\"https://example.com/hireplan/?level=senior#/costs\">"));
    assert!(costs.contains("f.contentWindow===e.source"));
    let mut named = sample();
    named.finances.set_share_names(true);
    let payload = encode_share(&named);
    let plan = embed_code(
        base,
        "embed=plan",
        "",
        Some(&payload),
        default_embed_title(EmbedKind::Plan),
    );
    let link = plan
        .split("#share=")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap();
    assert_eq!(decode_share(link).unwrap().name, sample().name);
    assert!(plan.contains(&format!("<a href=\"{base}#share={payload}\">")));
    // The plan's text travels compressed, so none of its markup reaches the host page.
    assert!(!plan.contains("<hire>"));
    // With no starting values the link opens the planner's costs.
    let bare = embed_code(base, "embed=chart", "", None, "t");
    assert!(bare.contains("<a href=\"https://example.com/hireplan/#/costs\">"));
}

#[test]
fn damaged_and_foreign_links_are_refused() {
    let link = encode_share(&sample());
    for bad in [
        "",
        "h9.abc",
        "h1.",
        "h1.!!!",
        &link[..link.len() / 2],
        &format!("{link}xyz"),
        &format!("h1.{}", URL_SAFE_NO_PAD.encode(b"not deflate")),
    ] {
        assert!(
            matches!(decode_share(bad), Err(DecodeError::BadShareLink(_))),
            "{bad}"
        );
    }
    let json = br#"{"schema_version":2,"name":[]}"#;
    let packed = miniz_oxide::deflate::compress_to_vec(json, 9);
    let wrong = format!("h1.{}", URL_SAFE_NO_PAD.encode(packed));
    assert!(matches!(
        decode_share(&wrong),
        Err(DecodeError::BadShareLink(_))
    ));
}

proptest::proptest! {
    #[test]
    fn decoding_never_panics(s in ".{0,400}") {
        let _ = decode_stored(&s);
        let _ = decode_import(&s);
        let _ = decode_share(&s);
        let _ = decode_share(&format!("h1.{s}"));
    }

    #[test]
    fn names_round_trip(name in "\\PC{0,200}") {
        let mut p = sample();
        p.name = name;
        p.finances.set_share_names(true);
        proptest::prop_assert_eq!(decode_stored(&encode_stored(&p)).unwrap(), p.clone());
        proptest::prop_assert_eq!(decode_share(&encode_share(&p)).unwrap().name, p.name);
    }

    #[test]
    fn random_bytes_as_share_payload_never_panic(bytes in proptest::collection::vec(0u8..=255, 0..300)) {
        let _ = decode_share(&format!("h1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
        let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 1);
        let _ = decode_share(&format!("h1.{}", URL_SAFE_NO_PAD.encode(packed)));
    }
}

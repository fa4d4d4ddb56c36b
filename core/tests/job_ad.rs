//! Job ad: every lint rule fires on a bad example and stays quiet on a good one; exports escape
//! the founder's text in every format.

use hireplan_core::job_ad::draft::Section;
use hireplan_core::job_ad::export::{html, markdown, md_escape, plain_text};
use hireplan_core::job_ad::lint::{lint, wording, LintReport, Severity};
use hireplan_core::job_ad::{assemble, AdSection};
use hireplan_core::plan::{Plan, ProjectKind, Scale};
use hireplan_core::role::requirements::{from_catalog, soft_skill};

fn section(section: Section, text: &str) -> AdSection {
    AdSection {
        section,
        text: text.into(),
        edited: true,
        stale: false,
        draft: String::new(),
    }
}

/// A good ad: every section filled, specific, paid, located.
fn good() -> Vec<AdSection> {
    let filler = "We process card payments for eleven thousand online shops across Europe, and our settlement service moves money to merchants every night. ";
    vec![
        section(
            Section::Title,
            "Senior Backend Developer for High-traffic API Systems (Remote, Europe)",
        ),
        section(
            Section::About,
            "Acme Pay builds the payments API behind small online shops.",
        ),
        section(Section::Objective, &filler.repeat(4)),
        section(
            Section::Project,
            "An existing Go codebase serving 2,000 requests a second.",
        ),
        section(
            Section::Responsibilities,
            "- Build and maintain our APIs\n- Write automated tests",
        ),
        section(
            Section::Requirements,
            "- Production experience with Go\n- 3 years of experience with Kubernetes",
        ),
        section(Section::NiceToHave, "- Kafka"),
        section(
            Section::SoftSkills,
            "- Communication: you explain trade-offs clearly",
        ),
        section(Section::Pay, "$150,000 to $180,000 a year."),
        section(Section::Offer, "- Fully remote work\n- 30 days of holiday"),
        section(
            Section::Process,
            "1. A technical call\n2. A take-home exercise",
        ),
    ]
}

fn rules(r: &LintReport) -> Vec<&str> {
    r.hits.iter().map(|h| h.rule.as_str()).collect()
}

fn with(mut ad: Vec<AdSection>, which: Section, text: &str) -> Vec<AdSection> {
    ad.iter_mut().find(|s| s.section == which).unwrap().text = text.into();
    ad
}

#[test]
fn the_wording_file_is_sound() {
    let w = wording();
    assert!(!w.rules.is_empty());
    for rule in &w.rules {
        assert!(rule.reason.len() > 30 && rule.fix.len() > 15, "{}", rule.id);
        assert!(!rule.entries.is_empty(), "{}", rule.id);
    }
    let mut ids: Vec<_> = w.rules.iter().map(|r| r.id.as_str()).collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "rule ids are unique");
    assert!(w
        .technologies
        .iter()
        .all(|t| t.released > 1990 && t.released < 2030));
}

#[test]
fn a_good_ad_is_quiet() {
    let r = lint(&good(), 3, 2026);
    let loud: Vec<_> = r
        .hits
        .iter()
        .filter(|h| h.severity > Severity::Info)
        .collect();
    assert!(loud.is_empty(), "{loud:#?}");
    assert_eq!(r.balance(), "balanced");
}

#[test]
fn each_rule_fires_on_a_bad_example() {
    let cases: Vec<(&str, Vec<AdSection>, usize)> = vec![
        (
            "silly-titles",
            with(good(), Section::Title, "Backend Ninja / Rockstar (Remote)"),
            3,
        ),
        (
            "hollow-benefits",
            with(
                good(),
                Section::Offer,
                "- Remote work\n- Ping pong and free beer on Fridays",
            ),
            3,
        ),
        (
            "visionary",
            with(
                good(),
                Section::About,
                "A fast-paced, world-class team disrupting payments.",
            ),
            3,
        ),
        (
            "years-beyond-age",
            with(
                good(),
                Section::Requirements,
                "- 15 years of experience with Kubernetes",
            ),
            3,
        ),
        (
            "unfinished",
            with(
                good(),
                Section::Offer,
                "- Remote work\n- [Add benefits: time off]",
            ),
            3,
        ),
        (
            "missing-salary",
            with(good(), Section::Pay, "Competitive."),
            3,
        ),
        (
            "missing-location",
            with(
                with(good(), Section::Title, "Senior Backend Developer"),
                Section::Offer,
                "- 30 days of holiday",
            ),
            3,
        ),
        ("too-many-must-haves", good(), 12),
        (
            "too-short",
            good()
                .into_iter()
                .map(|mut s| {
                    s.text = "Short.".into();
                    s
                })
                .collect(),
            3,
        ),
        (
            "too-long",
            with(good(), Section::Objective, &"word ".repeat(1200)),
            3,
        ),
        (
            "masculine-coded",
            with(
                good(),
                Section::About,
                "A driven, competitive, decisive and ambitious team.",
            ),
            3,
        ),
    ];
    for (rule, ad, musts) in cases {
        let r = lint(&ad, musts, 2026);
        assert!(
            rules(&r).contains(&rule),
            "{rule} did not fire: {:?}",
            rules(&r)
        );
        let h = r.hits.iter().find(|h| h.rule == rule).unwrap();
        assert!(!h.reason.is_empty() && !h.fix.is_empty(), "{rule}");
    }
}

#[test]
fn hits_point_at_the_text_to_highlight() {
    let ad = with(good(), Section::Title, "Backend Ninja (Remote)");
    let r = lint(&ad, 3, 2026);
    let h = r.hits.iter().find(|h| h.rule == "silly-titles").unwrap();
    assert_eq!(h.section, Some(Section::Title));
    let (a, b) = h.range.unwrap();
    assert_eq!(&"Backend Ninja (Remote)"[a..b], "Ninja");
}

#[test]
fn unfinished_prompts_are_shown_whole() {
    let r = lint(
        &with(
            good(),
            Section::Offer,
            "- Remote\n- [Add benefits: time off]",
        ),
        3,
        2026,
    );
    let h = r.hits.iter().find(|h| h.rule == "unfinished").unwrap();
    assert_eq!(h.excerpt, "[Add benefits: time off]");
}

#[test]
fn stems_match_word_starts_only() {
    // "lead" is masculine-coded; "mislead" and "pleading" are not hits.
    let r = lint(
        &with(good(), Section::About, "Do not mislead when pleading."),
        3,
        2026,
    );
    assert_eq!(r.masculine, 0);
    let r = lint(
        &with(
            good(),
            Section::About,
            "You will lead and leadership matters.",
        ),
        3,
        2026,
    );
    assert_eq!(r.masculine, 2);
    assert!(r.hits.iter().any(|h| h.excerpt == "leadership"));
}

#[test]
fn years_are_checked_against_the_technology_age() {
    let ok = lint(
        &with(good(), Section::Requirements, "- 5+ years with Go"),
        3,
        2026,
    );
    assert!(!rules(&ok).contains(&"years-beyond-age"));
    let bad = lint(
        &with(good(), Section::Requirements, "- 12+ years with FastAPI."),
        3,
        2026,
    );
    let h = bad
        .hits
        .iter()
        .find(|h| h.rule == "years-beyond-age")
        .unwrap();
    assert!(
        h.reason.contains("FastAPI was released in 2018"),
        "{}",
        h.reason
    );
    assert!(h.fix.contains("at most 8 years"));
}

#[test]
fn the_drafted_ad_for_a_real_plan_has_only_its_prompts_to_fix() {
    let mut p = Plan::default();
    p.role.company = "Acme Pay".into();
    p.role.product = "a payments API".into();
    p.role.objective = "Same-day payouts.".into();
    p.role.project_kind = ProjectKind::ExistingCodebase;
    p.role.scale = Scale::Growing;
    p.requirements = vec![
        from_catalog("go").unwrap(),
        from_catalog("postgresql").unwrap(),
    ];
    p.soft_skills = vec![soft_skill("communication").unwrap()];
    let r = lint(&assemble(&p), 2, 2026);
    let errors: Vec<_> = r
        .hits
        .iter()
        .filter(|h| h.severity == Severity::Error)
        .map(|h| h.rule.as_str())
        .collect();
    // The bracketed prompts (project size, benefits) are the founder's to fill in.
    assert!(!errors.is_empty(), "nothing to check");
    assert!(errors.iter().all(|e| *e == "unfinished"), "{errors:?}");
    assert!(!rules(&r).contains(&"missing-salary"));
    assert!(!rules(&r).contains(&"missing-location"));
}

fn hostile() -> Vec<AdSection> {
    with(
        with(
            good(),
            Section::Title,
            "<script>alert('x')</script> & \"Senior\" *Dev* [link](javascript:x)",
        ),
        Section::Offer,
        "- Free <b>beer</b> | # not a heading\n- 1. not a list\n- `code` _under_ \\slash",
    )
}

#[test]
fn html_export_escapes_everything() {
    let out = html(&hostile(), false);
    assert!(!out.contains("<script>"));
    assert!(!out.contains("<b>"));
    assert!(
        out.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Senior&quot;")
    );
    assert!(out.contains("<li>Free &lt;b&gt;beer&lt;/b&gt; | # not a heading</li>"));
    assert!(out.starts_with("<!doctype html>"));
    assert!(html(&hostile(), true).starts_with("<article>"));
}

#[test]
fn markdown_export_escapes_control_characters() {
    let out = markdown(&hostile());
    let title = out.lines().next().unwrap();
    assert_eq!(
        title,
        "# \\<script\\>alert('x')\\</script\\> & \"Senior\" \\*Dev\\* \\[link\\](javascript:x)"
    );
    assert!(out.contains("- Free \\<b\\>beer\\</b\\> \\| \\# not a heading"));
    assert!(out.contains("- 1\\. not a list"));
    assert!(out.contains("\\`code\\` \\_under\\_ \\\\slash"));
    assert!(out.contains("\n## What we offer\n"));
    assert_eq!(md_escape("- dash"), "\\- dash");
}

#[test]
fn text_export_matches_the_screen() {
    let ad = good();
    let out = plain_text(&ad);
    assert!(out.starts_with(
        "Senior Backend Developer for High-traffic API Systems (Remote, Europe)\n====="
    ));
    for s in ad.iter().skip(1) {
        assert!(out.contains(s.section.heading()));
        assert!(out.contains(s.text.trim()));
    }
    // Numbered steps stay numbered, in every format.
    assert!(markdown(&ad).contains("1. A technical call\n2. A take-home exercise"));
    assert!(html(&ad, true).contains("<ol>\n<li>A technical call</li>"));
}

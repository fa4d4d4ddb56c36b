//! The job-ad checks against what joblint, gender-decoder and alex catch: one ad of our own per
//! category, a clean ad, a technical paragraph, every drafted ad, and the planner's own checks.

use hireplan_core::hiring::{default_loop, scorecard};
use hireplan_core::job_ad::checks::{check_ad, coverage_gaps, plan_checks, question_hits};
use hireplan_core::job_ad::draft::Section;
use hireplan_core::job_ad::lint::{lint, lint_with, wording, Context, LintReport, Thresholds};
use hireplan_core::job_ad::{assemble, AdSection};
use hireplan_core::plan::{EngagementKind, Plan, Priority, ProjectKind, Scale, Seniority};
use hireplan_core::plan::{Stage, StageKind};
use hireplan_core::role::requirements::{from_catalog, soft_skill};
use proptest::prelude::*;

fn ad(text: &str) -> Vec<AdSection> {
    vec![AdSection {
        section: Section::About,
        text: text.into(),
        edited: true,
        stale: false,
        draft: String::new(),
    }]
}

fn found(r: &LintReport, rule: &str) -> Vec<String> {
    r.hits
        .iter()
        .filter(|h| h.rule == rule)
        .map(|h| h.excerpt.clone())
        .collect()
}

/// One ad of our own per category, and the words each must catch.
const FIXTURES: &[(&str, &str, &[&str])] = &[
    ("gendered-pronouns", "Hey guys! The ideal backend guy knows his way around Postgres, and he ships fast. We want him.", &["guys", "backend guy", "his", "he", "him"]),
    ("gendered-nouns", "Report to our chairman; our salesmen need an API, and we lack the manpower for it.", &["chairman", "salesmen", "manpower"]),
    ("gendered-derogatory", "No divas, and nobody who throws like a girl: man up and ship.", &["man up", "like a girl"]),
    ("facial-hair", "Join a team of bearded engineers: beards welcome, neckbeards too.", &["bearded", "beards", "neckbeards"]),
    ("sexualised", "Work on the sexiest stack in town with the hottest startup.", &["sexiest", "hottest"]),
    ("bro-culture", "We crush code all week, then it's beer o'clock with the bros. Work hard, play hard.", &["crush code", "beer", "bros", "work hard, play hard"]),
    ("silly-titles", "Wanted: a backend ninja and database rockstar, a true 10x guru.", &["ninja", "rockstar", "10x", "guru"]),
    ("hollow-benefits", "Perks: a beer fridge, foosball and free snacks.", &["beer fridge", "foosball", "free snacks"]),
    ("competitive", "A competitive environment for the best of the best; cutthroat reviews.", &["competitive environment", "best of the best", "cutthroat"]),
    ("new-starter", "You will hit the ground running: no hand-holding here.", &["hit the ground running", "no hand-holding"]),
    ("meritocracy", "We are a true meritocracy.", &["meritocracy"]),
    ("profanity", "Our damn legacy code is crap, so help us fix this shit.", &["damn", "crap", "shit"]),
    ("visionary", "A visionary team that will revolutionize payments with world-class, cutting-edge tools.", &["visionary", "revolutionize", "world-class", "cutting-edge"]),
    ("reassure", "A drama-free team with no egos and sane hours.", &["drama-free", "no egos", "sane hours"]),
    ("legacy-tech", "You will maintain our COBOL batch jobs and a ColdFusion admin.", &["COBOL", "ColdFusion"]),
    ("dictated-environment", "You must use Vim, and our IDE of choice is Eclipse.", &["must use Vim", "our IDE of choice"]),
    ("expanded-acronyms", "Design Representational State Transfer endpoints returning JavaScript Object Notation.", &["Representational State Transfer", "JavaScript Object Notation"]),
    ("tech-spelling", "Experience with Java script, Postgresql, Mongo DB and Kubernates.", &["Java script", "Postgresql", "Mongo DB", "Kubernates"]),
    ("ableist", "Our API is crazy fast, and the old one was lame.", &["crazy fast", "lame"]),
    ("age", "Join our young, dynamic team: energetic recent graduates and digital natives welcome.", &["young, dynamic", "energetic", "recent graduates", "digital natives"]),
    ("origin-language", "Native German speaker required; English as a mother tongue is a plus.", &["Native German speaker", "mother tongue"]),
    ("disability", "You must be able to stand all day and be able-bodied.", &["must be able to stand", "able-bodied"]),
    ("family", "Ideal for someone with no family commitments.", &["no family commitments"]),
    ("condescending", "Simply deploy it: it is just easy.", &["Simply", "just", "easy"]),
    ("masculine-coded", "A driven, decisive and ambitious engineer.", &["driven", "decisive", "ambitious"]),
    ("feminine-coded", "A warm, supportive and loyal team.", &["warm", "supportive", "loyal"]),
    ("unfinished", "[Add benefits: time off] and more.", &["[Add benefits: time off]"]),
];

#[test]
fn one_ad_per_category_is_caught() {
    for (rule, text, words) in FIXTURES {
        let r = lint(&ad(text), 3, 2026);
        let hits = found(&r, rule);
        for w in *words {
            assert!(
                hits.iter().any(|h| h.eq_ignore_ascii_case(w)),
                "{rule}: {w:?} not caught in {hits:?}"
            );
        }
        let h = r.hits.iter().find(|h| h.rule == *rule).unwrap();
        assert!(!h.reason.is_empty() && !h.fix.is_empty(), "{rule}");
    }
}

#[test]
fn every_rule_of_the_data_has_a_fixture() {
    for rule in &wording().rules {
        assert!(
            FIXTURES.iter().any(|(id, _, _)| *id == rule.id),
            "{} has no fixture",
            rule.id
        );
    }
}

#[test]
fn the_full_gender_decoder_lists_are_there() {
    let count = |id: &str| {
        wording()
            .rules
            .iter()
            .find(|r| r.id == id)
            .unwrap()
            .entries
            .len()
    };
    assert_eq!(count("masculine-coded"), 52);
    assert_eq!(count("feminine-coded"), 50);
}

#[test]
fn gendered_nouns_offer_a_neutral_word() {
    let rule = wording()
        .rules
        .iter()
        .find(|r| r.id == "gendered-nouns")
        .unwrap();
    assert!(rule
        .entries
        .iter()
        .all(|e| e.replacement.as_deref().is_some_and(|r| !r.is_empty())));
    let r = lint(&ad("Our chairman approves it."), 3, 2026);
    let h = r.hits.iter().find(|h| h.rule == "gendered-nouns").unwrap();
    assert_eq!(h.replacement.as_deref(), Some("chair"));
    assert_eq!(h.range, Some((4, 12)));
}

#[test]
fn a_clean_ad_has_no_findings() {
    let text = "Acme Pay runs the payments API behind eleven thousand online shops. You will build and test \
        the services that settle money with merchants every night, review code with two other engineers, \
        and take part in a fair on-call rota of one week in six. We pay $120,000 to $140,000 a year, \
        offer 30 days of holiday, and plan your first two weeks before you start.";
    let r = lint(&ad(text), 3, 2026);
    let findings: Vec<_> = r
        .hits
        .iter()
        .filter(|h| {
            h.rule != "too-short" && h.rule != "missing-salary" && h.rule != "missing-location"
        })
        .collect();
    assert!(findings.is_empty(), "{findings:#?}");
    assert_eq!((r.masculine, r.feminine), (0, 0));
}

#[test]
fn a_technical_paragraph_has_no_gender_coded_counts() {
    let text = "You will own the persistence layer and the business logic of our ledger. Every commit runs \
        assertions in CI; our analytics pipeline reads from a warm standby. The cluster uses leader election \
        and runs active-active across two regions, with independent services behind responsive APIs and a \
        hierarchical config. You will support the on-call rotation and tune the connection pool.";
    let r = lint(&ad(text), 3, 2026);
    assert_eq!((r.masculine, r.feminine), (0, 0), "{:#?}", r.hits);
    // The judgement is shown: every coded word is listed as not counted, with its reason.
    let seen: Vec<_> = r
        .not_counted
        .iter()
        .map(|n| n.excerpt.to_lowercase())
        .collect();
    for w in [
        "persistence",
        "logic",
        "commit",
        "assertions",
        "analytics",
        "warm",
        "leader",
        "active",
        "independent",
        "responsive",
        "hierarchical",
        "support",
        "connection",
    ] {
        assert!(
            seen.iter().any(|s| s.starts_with(w)),
            "{w} not listed in {seen:?}"
        );
    }
    assert!(r
        .not_counted
        .iter()
        .all(|n| n.because.starts_with("technical sense")));
}

#[test]
fn the_founders_requirement_names_are_not_counted() {
    let names = vec!["Collaboration".to_string(), "ActiveMQ".to_string()];
    let r = lint_with(
        &ad("Collaboration and ActiveMQ matter here."),
        &Context {
            must_haves: 3,
            year: 2026,
            limits: Thresholds::from_overrides(&Default::default()),
            requirement_names: &names,
        },
    );
    assert_eq!((r.masculine, r.feminine), (0, 0));
    assert!(r
        .not_counted
        .iter()
        .any(|n| n.because == "one of your requirements: Collaboration"));
}

fn plan_for(
    level: Seniority,
    kind: EngagementKind,
    reqs: &[&str],
    softs: &[&str],
    scale: Scale,
) -> Plan {
    let mut p = Plan::default();
    p.role.company = "Acme Pay".into();
    p.role.product = "a payments API".into();
    p.role.objective = "Same-day payouts for every merchant.".into();
    p.role.project_kind = ProjectKind::ExistingCodebase;
    p.role.scale = scale;
    p.seniority.chosen = Some(level);
    p.engagement.kind = kind;
    p.requirements = reqs.iter().filter_map(|id| from_catalog(id)).collect();
    p.soft_skills = softs.iter().filter_map(|id| soft_skill(id)).collect();
    p
}

fn drafted(p: &Plan) -> LintReport {
    check_ad(p, &assemble(p), 2026)
}

const TECH: &[&str] = &[
    "python",
    "nodejs",
    "java",
    "go",
    "ruby",
    "php",
    "csharp",
    "postgresql",
    "mysql",
    "mongodb",
    "dynamodb",
    "redis",
    "aws",
    "gcp",
    "azure",
    "django",
    "fastapi",
    "express",
    "spring",
    "rest",
    "graphql",
    "grpc",
    "kafka",
    "rabbitmq",
    "docker",
    "kubernetes",
    "auth",
    "owasp",
];
const SOFT: &[&str] = &[
    "communication",
    "collaboration",
    "problem_solving",
    "system_thinking",
    "attention_to_detail",
    "continuous_learning",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(120))]

    /// The planner's own draft never gets a gender-coded, profanity or slang finding.
    #[test]
    fn drafted_ads_are_clean(
        level in prop_oneof![Just(Seniority::Junior), Just(Seniority::Mid), Just(Seniority::Senior)],
        kind in prop_oneof![Just(EngagementKind::FullTimeEmployee), Just(EngagementKind::FullTimeContractor), Just(EngagementKind::PartTimeContractor), Just(EngagementKind::Hourly)],
        reqs in prop::sample::subsequence(TECH.to_vec(), 1..8),
        softs in prop::sample::subsequence(SOFT.to_vec(), 0..4),
        scale in prop_oneof![Just(Scale::Prototype), Just(Scale::Growing), Just(Scale::HighTraffic)],
        security in any::<bool>(),
        leads in any::<bool>(),
        project in prop_oneof![Just(ProjectKind::NewBuild), Just(ProjectKind::ExistingCodebase), Just(ProjectKind::Migration)],
        needs in prop::sample::subsequence(hireplan_core::market::catalog::BACKEND_NEEDS.iter().map(|n| n.id).collect::<Vec<_>>(), 0..4),
        workplace in prop_oneof![Just(hireplan_core::plan::WorkPlace::Remote), Just(hireplan_core::plan::WorkPlace::Hybrid), Just(hireplan_core::plan::WorkPlace::OnSite)],
        hire in prop::option::of(prop::sample::select(vec!["us", "in", "de"])),
        described in any::<bool>(),
    ) {
        let mut p = plan_for(level, kind, &reqs, &softs, scale);
        p.role.security_critical = security;
        p.seniority.leads_architecture = leads;
        p.role.project_kind = project;
        p.role.needs = needs.iter().map(|n| n.to_string()).collect();
        p.engagement.workplace = workplace;
        p.engagement.hire_country = hire.map(String::from);
        // With the objective left empty, the draft carries the planner's prompt instead.
        if !described {
            p.role.objective.clear();
            p.role.product.clear();
        }
        let r = drafted(&p);
        // Prompts, length and a missing contractor rate are the founder's to settle; must-have
        // coverage follows the plan (all drafted must-haves are in the ad and the loop).
        let bad: Vec<_> = r.hits.iter().filter(|h| !matches!(h.rule.as_str(), "unfinished" | "too-short" | "too-long" | "missing-salary" | "must-have-not-assessed")).map(|h| format!("{}: {}", h.rule, h.excerpt)).collect();
        prop_assert!(bad.is_empty(), "{:?}", bad);
        prop_assert_eq!((r.masculine, r.feminine), (0, 0));
    }
}

#[test]
fn coverage_names_each_gap_with_where_to_fix_it() {
    let mut p = plan_for(
        Seniority::Mid,
        EngagementKind::FullTimeEmployee,
        &["python", "postgresql", "aws"],
        &["communication"],
        Scale::Growing,
    );
    let ad = assemble(&p);
    // The default plan has no gap.
    assert!(coverage_gaps(&p, &ad, &default_loop(&p), &scorecard(&p)).is_empty());
    // Missing from the ad: the founder rewrote the requirements without PostgreSQL.
    let mut edited = ad.clone();
    edited
        .iter_mut()
        .find(|s| s.section == Section::Requirements)
        .unwrap()
        .text = "- Python\n- AWS".into();
    let gaps = coverage_gaps(&p, &edited, &default_loop(&p), &scorecard(&p));
    assert_eq!(gaps.len(), 1);
    assert_eq!(gaps[0].rule, "must-have-not-in-ad");
    assert!(gaps[0].reason.starts_with("PostgreSQL"));
    assert_eq!(gaps[0].link, Some("#/job-description"));
    // Not assessed: a loop of reference checks only tests no technical must-have; a stage of
    // one's own that names them closes the gap.
    let thin: Vec<Stage> = default_loop(&p)
        .into_iter()
        .filter(|s| s.kind == StageKind::References)
        .collect();
    let gaps = coverage_gaps(&p, &ad, &thin, &scorecard(&p));
    let untested: Vec<_> = gaps
        .iter()
        .filter(|g| g.rule == "must-have-not-assessed")
        .map(|g| g.reason.split(' ').next().unwrap().to_string())
        .collect();
    assert_eq!(untested, ["Python", "PostgreSQL", "AWS"]);
    assert!(!gaps.is_empty(), "nothing to check");
    assert!(gaps.iter().all(|g| g.link == Some("#/interviews")));
    let mut own = thin.clone();
    own.push(Stage {
        kind: StageKind::Custom,
        title: "AWS deep dive".into(),
        what: "Walk through Python services on PostgreSQL and AWS".into(),
        minutes: 45,
    });
    assert!(coverage_gaps(&p, &ad, &own, &scorecard(&p)).is_empty());
    // No scorecard row.
    let rows: Vec<_> = scorecard(&p)
        .into_iter()
        .filter(|r| r.label != "Python")
        .collect();
    let gaps = coverage_gaps(&p, &ad, &default_loop(&p), &rows);
    assert_eq!(
        gaps.iter().map(|g| g.rule.as_str()).collect::<Vec<_>>(),
        ["must-have-not-scored"]
    );
    // A nice-to-have is never a gap.
    p.requirements[2].priority = Priority::NiceToHave;
    let thin_gaps = coverage_gaps(&p, &ad, &thin, &scorecard(&p));
    assert!(!thin_gaps.is_empty(), "nothing to check");
    assert!(thin_gaps.iter().all(|g| !g.reason.starts_with("AWS")));
}

#[test]
fn pay_that_disagrees_with_the_costs_step_is_flagged() {
    let p = plan_for(
        Seniority::Mid,
        EngagementKind::FullTimeEmployee,
        &["python"],
        &[],
        Scale::Growing,
    );
    assert!(plan_checks(&p, &assemble(&p))
        .iter()
        .all(|h| h.rule != "pay-disagrees"));
    let mut ad = assemble(&p);
    ad.iter_mut()
        .find(|s| s.section == Section::Pay)
        .unwrap()
        .text = "$40,000 – $50,000 a year".into();
    let h = plan_checks(&p, &ad)
        .into_iter()
        .find(|h| h.rule == "pay-disagrees")
        .unwrap();
    assert!(
        h.reason.contains("$115,000 – $160,000 a year"),
        "{}",
        h.reason
    );
    assert_eq!(h.link, Some("#/costs"));
}

#[test]
fn protected_topics_in_own_questions_get_a_rephrasing() {
    let questions: Vec<String> = [
        "What is your current salary?",
        "How old are you?",
        "Do you have children?",
        "Where are you from originally?",
        "Which church do you go to?",
        "Do you have any health conditions?",
        "How would you shard a payments table?",
    ]
    .map(String::from)
    .to_vec();
    let hits = question_hits(&questions);
    let ids: Vec<_> = hits.iter().map(|h| h.rule.as_str()).collect();
    assert_eq!(
        ids,
        [
            "question-salary-history",
            "question-age",
            "question-family",
            "question-origin",
            "question-religion",
            "question-health"
        ]
    );
    assert!(hits
        .iter()
        .all(|h| h.replacement.as_deref().is_some_and(|r| r.len() > 20)));
    assert!(!hits.is_empty(), "nothing to check");
    assert!(hits.iter().all(|h| h.link == Some("#/interviews")));
}

#[test]
fn the_wording_data_is_read_strictly() {
    use hireplan_core::job_ad::findings::{read_wording, WORDING_JSON};
    let good: serde_json::Value = serde_json::from_str(WORDING_JSON).unwrap();
    assert!(read_wording(WORDING_JSON).is_ok());
    let broken = |change: &dyn Fn(&mut serde_json::Value)| {
        let mut v = good.clone();
        change(&mut v);
        read_wording(&v.to_string())
    };
    // An entry with two matchers, an unknown severity, a missing field: each refused.
    assert!(broken(
        &|v| v["rules"][0]["entries"][0] = serde_json::json!({"stem": "a", "word": "b"})
    )
    .is_err());
    assert!(broken(&|v| v["rules"][0]["severity"] = "dire".into()).is_err());
    assert!(broken(&|v| {
        v["question_topics"][0]
            .as_object_mut()
            .unwrap()
            .remove("why");
    })
    .is_err());
    // A rule without "listed" is listed.
    let w = broken(&|v| {
        v["rules"][0].as_object_mut().unwrap().remove("listed");
    })
    .unwrap();
    assert!(w.rules[0].listed);
}

/// joblint's own test texts (github.com/rowanmanning/joblint, MIT licence):
/// `test/job-specs/ultimate.txt` and `example/oh-dear.txt`, as published.
const JOBLINT_ULTIMATE: &str = "We're looking for a great VBScript developer who has experience building sexy sites with Microsoft Frontpage. We use Dreamweaver to develop most of our sites, so experience with that is essential. If you can't use Dreamweaver, then you're probably a shit developer anyway. We also need you to know how to write sites with java scripts.

We'd like an enlightened candidate who is at the top of their game; he should be able to hit the ground running. We're a cutting-edge, meritocratic company at the forefront of most industries \u{2013} we even build sites with ruby on rail.

let's bro down and crush code, web ninjas.
Then we can drink beer and play pool!

Call 01234567890 to apply.
Canidates with beards get extra credit!
";
const JOBLINT_OH_DEAR: &str = "Sup.

We'd like to hire a fucking awesome java script dude, please. A proper web ninja!
If you're good at javascript and you're passionate about building awesome web sites then please apply and we can crush code together!

Our site is damn sexy, it was all built with MS Frontpage originally but now we use Dreamweaver mostly. It's important to us that you're at the top of your game, we want to feel enlightened whenever we read your code.

We'd also like candidates to be able to turn their hand to a little VBScript if possible. He should be able to hit the ground running \u{2013} we're a cutting-edge, meritocratic company so we can't afford to take on dead-weight.

Our benefits include a pool table, a fully-stocked beer fridge, and a drama-free environment \u{2013} we like to reward our heroic dev team properly!

Call 01234567890 to apply.
Candidates with rad beards get extra credit!
";

/// What joblint 2.3.2 reports on each text (its rules' regular expressions run over it): each
/// matched text and how often. Where two of its rules match the same words ("bro" is both
/// gendered and bro culture), that is one place in the text and counted once.
const JOBLINT_FINDINGS: &[(&str, &[(&str, usize)])] = &[
    (
        JOBLINT_ULTIMATE,
        &[
            ("bro", 1),
            ("he", 1),
            ("beards", 1),
            ("sexy", 1),
            ("crush", 1),
            ("ninjas", 1),
            ("beer", 1),
            ("pool", 1),
            ("cutting-edge", 1),
            ("forefront", 1),
            ("top", 1),
            ("hit the ground running", 1),
            ("shit", 1),
            ("enlightened", 1),
            ("Frontpage", 1),
            ("VBScript", 1),
            ("Dreamweaver", 2),
            ("java scripts", 1),
            ("ruby on rail", 1),
        ],
    ),
    (
        JOBLINT_OH_DEAR,
        &[
            ("dude", 1),
            ("He", 1),
            ("beards", 1),
            ("sexy", 1),
            ("crush", 1),
            ("ninja", 1),
            ("beer", 1),
            ("pool table", 1),
            ("cutting-edge", 1),
            ("top", 1),
            ("hit the ground running", 1),
            ("fucking", 1),
            ("enlightened", 1),
            ("Frontpage", 1),
            ("VBScript", 1),
            ("Dreamweaver", 1),
            ("java script", 1),
        ],
    ),
];

/// The places a word stands in a text as a whole word, case-insensitive.
fn places(text: &str, word: &str) -> Vec<usize> {
    let (t, w) = (text.to_lowercase(), word.to_lowercase());
    let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
    t.match_indices(&w)
        .map(|(i, _)| i)
        .filter(|i| edge(t[..*i].chars().next_back()) && edge(t[i + w.len()..].chars().next()))
        .collect()
}

#[test]
fn every_finding_of_joblint_on_its_own_test_texts_is_caught() {
    let (mut caught, mut all) = (0, 0);
    let mut missed = Vec::new();
    for (text, findings) in JOBLINT_FINDINGS {
        let r = lint(&ad(text), 3, 2026);
        for (word, times) in *findings {
            let at = places(text, word);
            assert_eq!(at.len(), *times, "{word:?} stands {} times", at.len());
            for i in at {
                all += 1;
                let covered = r
                    .hits
                    .iter()
                    .filter_map(|h| h.range)
                    .any(|(a, b)| a <= i && i + word.len() <= b);
                if covered {
                    caught += 1;
                } else {
                    missed.push(*word);
                }
            }
        }
    }
    // 37 places: 20 in the first (Dreamweaver stands twice), 17 in the second.
    assert_eq!((caught, all), (37, 37), "missed {missed:?}");
}

#[test]
fn the_default_draft_has_no_wording_findings() {
    let r = check_ad(&Plan::default(), &assemble(&Plan::default()), 2026);
    let wording: Vec<_> = r
        .hits
        .iter()
        .filter(|h| matches!(h.rule, hireplan_core::job_ad::findings::RuleId::Wording(_)))
        .filter(|h| h.rule != "unfinished")
        .map(|h| format!("{}: {}", h.rule, h.excerpt))
        .collect();
    assert!(wording.is_empty(), "{wording:?}");
    // A Go and PostgreSQL plan's draft too.
    let p = plan_for(
        Seniority::Senior,
        EngagementKind::FullTimeEmployee,
        &["go", "postgresql"],
        &["communication"],
        Scale::HighTraffic,
    );
    let r = drafted(&p);
    assert!(
        r.hits.iter().all(
            |h| h.severity != hireplan_core::job_ad::findings::Severity::Error
                || h.rule == "missing-salary"
                || h.rule == "unfinished"
        ),
        "{:#?}",
        r.hits
    );
}

#[test]
fn a_young_dynamic_team_and_a_native_speaker_are_two_findings_with_the_law() {
    let r = lint(
        &ad("We are a young, dynamic team. Native German speaker required."),
        3,
        2026,
    );
    let risks: Vec<_> = r
        .hits
        .iter()
        .filter(|h| h.law.is_some())
        .map(|h| (h.rule.as_str(), h.excerpt.as_str()))
        .collect();
    assert_eq!(
        risks,
        [
            ("age", "young, dynamic"),
            ("origin-language", "Native German speaker")
        ]
    );
    for h in r.hits.iter().filter(|h| h.law.is_some()) {
        let law = h.law.as_deref().unwrap();
        assert!(
            law.contains("AGG") && law.contains("Equality Act 2010"),
            "{law}"
        );
        assert!(!h.reason.is_empty() && !h.fix.is_empty());
    }
    let age = r.hits.iter().find(|h| h.rule == "age").unwrap();
    assert!(age.law.as_deref().unwrap().contains("ADEA"));
    // The rewrite offered for the language: fluent in it.
    let origin = r.hits.iter().find(|h| h.rule == "origin-language").unwrap();
    assert_eq!(origin.replacement.as_deref(), Some("fluent in German"));
    let text = "We are a young, dynamic team. Native German speaker required.";
    assert_eq!(
        hireplan_core::job_ad::lint::apply_replacement(
            text,
            origin.range.unwrap(),
            "fluent in German"
        )
        .unwrap(),
        "We are a young, dynamic team. Fluent in German required."
    );
}

/// Each rule for a discrimination risk, with a sentence that must fire and one in a technical
/// sense (or about a thing, not a person) that must not.
const RISKS: &[(&str, &str, &str)] = &[
    (
        "age",
        "We are a young team.",
        "Tune the young generation GC of the JVM.",
    ),
    (
        "age",
        "Ideal for a recent graduate.",
        "We are a young company with ten customers.",
    ),
    (
        "age",
        "An energetic engineer.",
        "Profile the young gen collections.",
    ),
    (
        "origin-language",
        "Native English speaker.",
        "Use the native PostgreSQL driver.",
    ),
    (
        "origin-language",
        "English as your mother tongue.",
        "Cloud-native services on Kubernetes; React Native for the app.",
    ),
    (
        "origin-language",
        "Native-level Spanish.",
        "Native code through cgo.",
    ),
    (
        "disability",
        "Must be able to stand for long periods.",
        "You must be able to stand up a Kubernetes cluster.",
    ),
    (
        "disability",
        "Able-bodied applicants only.",
        "A service able to handle 10,000 requests a second.",
    ),
    (
        "family",
        "No family commitments, please.",
        "A tree node with no children is a leaf.",
    ),
    (
        "experience-cap",
        "Max 5 years of experience.",
        "We keep backups for at most 5 years.",
    ),
    (
        "experience-cap",
        "No more than 3 years' experience with Go.",
        "Logs are kept no more than 2 years.",
    ),
];

#[test]
fn each_discrimination_risk_fires_and_its_technical_sense_does_not() {
    for (rule, fires, quiet) in RISKS {
        let r = lint(&ad(fires), 3, 2026);
        let h = r.hits.iter().find(|h| h.rule == *rule);
        assert!(h.is_some(), "{rule}: nothing on {fires:?}");
        let h = h.unwrap();
        assert!(
            h.law.is_some() && !h.reason.is_empty() && !h.fix.is_empty(),
            "{rule}"
        );
        let r = lint(&ad(quiet), 3, 2026);
        let risks: Vec<_> = r
            .hits
            .iter()
            .filter(|h| h.law.is_some())
            .map(|h| &h.excerpt)
            .collect();
        assert!(
            risks.is_empty(),
            "{rule}: false alarm on {quiet:?}: {risks:?}"
        );
    }
}

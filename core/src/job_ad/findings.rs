//! The job-ad checks' vocabulary: the wording rules of `data/wording.json` as read, the checks
//! written in code, and the findings (`Hit`, `LintReport`) the checks return.

use super::draft::Section;
use crate::text::names::lower;
use serde_json::Value;
use std::fmt;
use std::sync::OnceLock;

pub const WORDING_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/wording.min.json"));

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    fn from_slug(s: &str) -> Option<Severity> {
        [Severity::Info, Severity::Warning, Severity::Error]
            .into_iter()
            .find(|x| x.slug() == s)
    }

    /// The class and test id a finding of this severity is marked with.
    pub fn slug(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// The heading its findings are grouped under.
    pub fn heading(self) -> &'static str {
        match self {
            Severity::Info => "Notes",
            Severity::Warning => "To consider",
            Severity::Error => "To fix",
        }
    }
}

/// How an entry matches: the start of a word, a whole word, words in sequence (all three
/// case-insensitive), or a case-sensitive whole word or phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Matcher {
    Stem(String),
    Word(String),
    Phrase(String),
    Exact(String),
}

/// One entry of a rule, with the wording offered instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    pub matcher: Matcher,
    pub replacement: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counts {
    Masculine,
    Feminine,
}

/// One check: its entries, why it matters and how to fix it.
#[derive(Debug)]
pub struct Rule {
    pub id: String,
    pub category: String,
    pub title: String,
    pub severity: Severity,
    pub reason: String,
    pub fix: String,
    /// The law or guideline a discrimination risk comes from, where there is one.
    pub law: Option<String>,
    pub counts: Option<Counts>,
    /// Listed among the findings (default); false for words that only count towards the
    /// balance of gendered wording.
    pub listed: bool,
    pub entries: Vec<Entry>,
}

#[derive(Debug)]
pub struct Technology {
    pub name: String,
    pub patterns: Vec<String>,
    pub released: i32,
}

#[derive(Debug)]
pub struct TechnicalSenses {
    pub note: String,
    pub phrases: Vec<String>,
}

#[derive(Debug)]
pub struct Wording {
    pub version: u32,
    pub rules: Vec<Rule>,
    pub technical_senses: TechnicalSenses,
    pub technologies: Vec<Technology>,
    /// Requirement categories each kind of interview stage assesses (a `note` key explains).
    pub assessed_by: serde_json::Map<String, Value>,
    pub question_topics: Vec<QuestionTopic>,
    /// What a runtime question names for each must-have language.
    pub runtimes: Vec<Runtime>,
}

/// A language's runtime, as a question about memory, concurrency or errors names it.
#[derive(Debug)]
pub struct Runtime {
    /// The catalogue id of the language ("go").
    pub id: String,
    pub name: String,
    pub memory: String,
    pub memory_detail: String,
    pub concurrency: String,
    pub concurrency_detail: String,
    pub errors: String,
    pub errors_detail: String,
}

pub fn wording() -> &'static Wording {
    static W: OnceLock<Wording> = OnceLock::new();
    // Compiled in and checked by tests: a parse failure is a build defect.
    W.get_or_init(|| read_wording(WORDING_JSON).expect("data/wording.json is valid"))
}

/// Reads the wording data through `serde_json::Value`, by hand. Derived readers of its types
/// compiled a second JSON reader into the job description's module (each type's code for
/// reading text, beside the one for `Value` every plan already uses, and serde's buffering
/// for the entries' untagged shapes).
pub fn read_wording(text: &str) -> Result<Wording, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
    // Plain loops, not `collect::<Result<…>>`: each of those is an iterator adapter of its own
    // in the download.
    fn text_of(v: &Value, k: &str) -> Result<String, String> {
        v.get(k)
            .and_then(Value::as_str)
            .map(str::to_string)
            .ok_or(format!("{k} is not text"))
    }
    fn list<'a>(v: &'a Value, k: &str) -> Result<&'a Vec<Value>, String> {
        v.get(k)
            .and_then(Value::as_array)
            .ok_or(format!("{k} is not a list"))
    }
    fn texts(v: &Value, k: &str) -> Result<Vec<String>, String> {
        let mut out = Vec::new();
        for x in list(v, k)? {
            out.push(
                x.as_str()
                    .ok_or(format!("{k} holds a non-text"))?
                    .to_string(),
            );
        }
        Ok(out)
    }
    fn severity(v: &Value) -> Result<Severity, String> {
        Severity::from_slug(&text_of(v, "severity")?).ok_or("an unknown severity".to_string())
    }
    let mut rules = Vec::new();
    for r in list(&v, "rules")? {
        let mut entries = Vec::new();
        for e in list(r, "entries")? {
            entries.push(entry(e)?);
        }
        rules.push(Rule {
            id: text_of(r, "id")?,
            category: text_of(r, "category")?,
            title: text_of(r, "title")?,
            severity: severity(r)?,
            reason: text_of(r, "reason")?,
            fix: text_of(r, "fix")?,
            law: r.get("law").and_then(Value::as_str).map(str::to_string),
            counts: match r.get("counts").and_then(Value::as_str) {
                None => None,
                Some("masculine") => Some(Counts::Masculine),
                Some("feminine") => Some(Counts::Feminine),
                Some(other) => return Err(format!("counts {other}")),
            },
            listed: r.get("listed").and_then(Value::as_bool).unwrap_or(true),
            entries,
        });
    }
    let senses = v.get("technical_senses").ok_or("no technical_senses")?;
    let mut technologies = Vec::new();
    for t in list(&v, "technologies")? {
        technologies.push(Technology {
            name: text_of(t, "name")?,
            patterns: texts(t, "patterns")?,
            released: t
                .get("released")
                .and_then(Value::as_i64)
                .and_then(|y| i32::try_from(y).ok())
                .ok_or("released is not a year")?,
        });
    }
    let mut question_topics = Vec::new();
    for q in list(&v, "question_topics")? {
        question_topics.push(QuestionTopic {
            id: text_of(q, "id")?,
            title: text_of(q, "title")?,
            severity: severity(q)?,
            patterns: texts(q, "patterns")?,
            why: text_of(q, "why")?,
            rephrase: text_of(q, "rephrase")?,
        });
    }
    let mut runtimes = Vec::new();
    let languages = v.get("runtimes").ok_or("no runtimes")?;
    for l in list(languages, "languages")? {
        runtimes.push(Runtime {
            id: text_of(l, "id")?,
            name: text_of(l, "name")?,
            memory: text_of(l, "memory")?,
            memory_detail: text_of(l, "memory_detail")?,
            concurrency: text_of(l, "concurrency")?,
            concurrency_detail: text_of(l, "concurrency_detail")?,
            errors: text_of(l, "errors")?,
            errors_detail: text_of(l, "errors_detail")?,
        });
    }
    Ok(Wording {
        version: v
            .get("version")
            .and_then(Value::as_u64)
            .and_then(|x| u32::try_from(x).ok())
            .ok_or("no version")?,
        rules,
        technical_senses: TechnicalSenses {
            note: text_of(senses, "note")?,
            phrases: texts(senses, "phrases")?,
        },
        technologies,
        assessed_by: v
            .get("assessed_by")
            .and_then(Value::as_object)
            .cloned()
            .ok_or("assessed_by is not an object")?,
        question_topics,
        runtimes,
    })
}

/// One entry of a rule: a plain string is a stem; an object has exactly one of `stem`,
/// `word`, `phrase` or `exact`, and may say what to `use` instead.
fn entry(v: &Value) -> Result<Entry, String> {
    if let Some(s) = v.as_str() {
        return Ok(Entry {
            matcher: Matcher::Stem(lower(s)),
            replacement: None,
        });
    }
    let o = v
        .as_object()
        .ok_or("an entry is neither text nor an object")?;
    let get = |k: &str| o.get(k).and_then(Value::as_str);
    let matcher = match (get("stem"), get("word"), get("phrase"), get("exact")) {
        (Some(s), None, None, None) => Matcher::Stem(lower(s)),
        (None, Some(w), None, None) => Matcher::Word(lower(w)),
        (None, None, Some(p), None) => Matcher::Phrase(lower(p)),
        (None, None, None, Some(e)) => Matcher::Exact(e.to_string()),
        _ => return Err("an entry has exactly one of stem, word, phrase, exact".into()),
    };
    Ok(Entry {
        matcher,
        replacement: get("use").map(str::to_string),
    })
}

/// The checks written in code (the wording rules are data, in `data/wording.json`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Check {
    TooManyMustHaves,
    MissingSalary,
    MissingLocation,
    TooShort,
    TooLong,
    YearsBeyondAge,
    /// "Max 5 years of experience": a ceiling on experience shuts out older applicants.
    ExperienceCap,
    MustHaveNotInAd,
    MustHaveNotAssessed,
    MustHaveNotScored,
    PayDisagrees,
}

impl Check {
    pub const ALL: [Check; 11] = [
        Check::TooManyMustHaves,
        Check::MissingSalary,
        Check::MissingLocation,
        Check::TooShort,
        Check::TooLong,
        Check::YearsBeyondAge,
        Check::ExperienceCap,
        Check::MustHaveNotInAd,
        Check::MustHaveNotAssessed,
        Check::MustHaveNotScored,
        Check::PayDisagrees,
    ];

    /// The id the page marks a finding with (`data-rule`).
    pub fn slug(self) -> &'static str {
        match self {
            Check::TooManyMustHaves => "too-many-must-haves",
            Check::MissingSalary => "missing-salary",
            Check::MissingLocation => "missing-location",
            Check::TooShort => "too-short",
            Check::TooLong => "too-long",
            Check::YearsBeyondAge => "years-beyond-age",
            Check::ExperienceCap => "experience-cap",
            Check::MustHaveNotInAd => "must-have-not-in-ad",
            Check::MustHaveNotAssessed => "must-have-not-assessed",
            Check::MustHaveNotScored => "must-have-not-scored",
            Check::PayDisagrees => "pay-disagrees",
        }
    }
}

/// Which rule a finding comes from: a check in code, a wording rule from the data file, or
/// a protected interview topic from the data file (`question-<topic id>`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RuleId {
    Check(Check),
    Wording(String),
    Question(String),
}

impl RuleId {
    pub fn question(topic: &str) -> RuleId {
        RuleId::Question(format!("question-{topic}"))
    }

    /// The id the page marks a finding with (`data-rule`).
    pub fn as_str(&self) -> &str {
        match self {
            RuleId::Check(c) => c.slug(),
            RuleId::Wording(id) | RuleId::Question(id) => id,
        }
    }
}

impl fmt::Display for RuleId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Tests name rules by their id.
impl PartialEq<&str> for RuleId {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub rule: RuleId,
    /// Listed among the findings; false for words that only count towards the balance.
    pub listed: bool,
    pub title: String,
    pub severity: Severity,
    pub reason: String,
    pub fix: String,
    /// The law or guideline the risk comes from (discrimination risks).
    pub law: Option<String>,
    /// Where it was found; None for findings about the whole ad.
    pub section: Option<Section>,
    /// Byte range in the section's text, for highlighting and replacing.
    pub range: Option<(usize, usize)>,
    pub excerpt: String,
    /// The wording offered instead, where the fix is a word swap ("" deletes the word).
    pub replacement: Option<String>,
    /// The step where a gap is fixed ("#/interviews"), for findings about the plan.
    pub link: Option<&'static str>,
}

/// A coded word the checks saw and did not count, and why.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NotCounted {
    pub section: Section,
    pub excerpt: String,
    pub rule: RuleId,
    /// "technical sense: business logic", "one of your requirements: Collaboration".
    pub because: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LintReport {
    pub hits: Vec<Hit>,
    pub not_counted: Vec<NotCounted>,
    pub masculine: usize,
    pub feminine: usize,
    pub words: usize,
}

impl LintReport {
    /// "Masculine-coded", "Feminine-coded" or "Balanced", as gender-decoder reports it.
    pub fn balance(&self) -> &'static str {
        match self.masculine as i64 - self.feminine as i64 {
            d if d > 1 => "leans masculine-coded",
            d if d < -1 => "leans feminine-coded",
            _ => "balanced",
        }
    }
}

/// A protected topic an interview question must not touch, with a fair rephrasing.
#[derive(Debug)]
pub struct QuestionTopic {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub patterns: Vec<String>,
    pub why: String,
    pub rephrase: String,
}

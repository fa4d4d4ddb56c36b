//! The job-ad checks' vocabulary: the wording rules of `data/wording.json` as read, the checks
//! written in code, and the findings (`Hit`, `LintReport`) the checks return.

use super::draft::Section;
use crate::text::names::lower;
use serde::Deserialize;
use std::fmt;
use std::sync::OnceLock;

pub const WORDING_JSON: &str = include_str!("../../../data/wording.json");

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
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

impl<'de> Deserialize<'de> for Entry {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Raw {
            Stem(String),
            Object {
                #[serde(default)]
                stem: Option<String>,
                #[serde(default)]
                word: Option<String>,
                #[serde(default)]
                phrase: Option<String>,
                #[serde(default)]
                exact: Option<String>,
                #[serde(default, rename = "use")]
                replacement: Option<String>,
            },
        }
        Ok(match Raw::deserialize(d)? {
            Raw::Stem(s) => Entry {
                matcher: Matcher::Stem(lower(&s)),
                replacement: None,
            },
            Raw::Object {
                stem,
                word,
                phrase,
                exact,
                replacement,
            } => {
                let matcher = match (stem, word, phrase, exact) {
                    (Some(s), None, None, None) => Matcher::Stem(lower(&s)),
                    (None, Some(w), None, None) => Matcher::Word(lower(&w)),
                    (None, None, Some(p), None) => Matcher::Phrase(lower(&p)),
                    (None, None, None, Some(e)) => Matcher::Exact(e),
                    _ => {
                        return Err(serde::de::Error::custom(
                            "an entry has exactly one of stem, word, phrase, exact",
                        ))
                    }
                };
                Entry {
                    matcher,
                    replacement,
                }
            }
        })
    }
}

/// Which balance a rule's hits count towards.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Counts {
    Masculine,
    Feminine,
}

/// One check: its entries, why it matters and how to fix it.
#[derive(Debug, Deserialize)]
pub struct Rule {
    pub id: String,
    pub category: String,
    pub title: String,
    pub severity: Severity,
    pub reason: String,
    pub fix: String,
    #[serde(default)]
    pub counts: Option<Counts>,
    /// Listed among the findings (default); false for words that only count towards the
    /// balance of gendered wording.
    #[serde(default = "yes")]
    pub listed: bool,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Deserialize)]
pub struct Technology {
    pub name: String,
    pub patterns: Vec<String>,
    pub released: i32,
}

#[derive(Debug, Deserialize)]
pub struct TechnicalSenses {
    pub note: String,
    pub phrases: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Wording {
    pub version: u32,
    pub rules: Vec<Rule>,
    pub technical_senses: TechnicalSenses,
    pub technologies: Vec<Technology>,
    /// Requirement categories each kind of interview stage assesses (a `note` key explains).
    pub assessed_by: std::collections::BTreeMap<String, serde_json::Value>,
    pub question_topics: Vec<super::checks::QuestionTopic>,
}

pub fn wording() -> &'static Wording {
    static W: OnceLock<Wording> = OnceLock::new();
    // Compiled in and checked by tests: a parse failure is a build defect.
    W.get_or_init(|| serde_json::from_str(WORDING_JSON).expect("data/wording.json is valid"))
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
    MustHaveNotInAd,
    MustHaveNotAssessed,
    MustHaveNotScored,
    PayDisagrees,
}

impl Check {
    pub const ALL: [Check; 10] = [
        Check::TooManyMustHaves,
        Check::MissingSalary,
        Check::MissingLocation,
        Check::TooShort,
        Check::TooLong,
        Check::YearsBeyondAge,
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

fn yes() -> bool {
    true
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

//! Job-ad checks written for this project, in the spirit of joblint and gender-decoder: each
//! rule has an id, a severity, a reason and a fix; each hit points at the text it found.

use super::draft::Section;
use super::AdSection;
use serde::Deserialize;
use std::sync::OnceLock;

pub const WORDING_JSON: &str = include_str!("../../../data/wording.json");
/// More must-haves than this narrows the pool to almost no one.
pub const MAX_MUST_HAVES: usize = 8;
pub const MIN_WORDS: usize = 150;
pub const MAX_WORDS: usize = 1000;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

#[derive(Debug, Deserialize)]
pub struct WordList {
    pub id: String,
    pub title: String,
    pub severity: Severity,
    pub reason: String,
    pub fix: String,
    pub words: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct Technology {
    pub name: String,
    pub patterns: Vec<String>,
    pub released: i32,
}

#[derive(Debug, Deserialize)]
pub struct Wording {
    pub version: u32,
    pub lists: Vec<WordList>,
    pub technologies: Vec<Technology>,
}

pub fn wording() -> &'static Wording {
    static W: OnceLock<Wording> = OnceLock::new();
    // Compiled in and checked by tests: a parse failure is a build defect.
    W.get_or_init(|| serde_json::from_str(WORDING_JSON).expect("data/wording.json is valid"))
}

/// One finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hit {
    pub rule: String,
    pub title: String,
    pub severity: Severity,
    pub reason: String,
    pub fix: String,
    /// Where it was found; None for findings about the whole ad.
    pub section: Option<Section>,
    /// Byte range in the section's text, for highlighting.
    pub range: Option<(usize, usize)>,
    pub excerpt: String,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LintReport {
    pub hits: Vec<Hit>,
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

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-' || c == '\''
}

/// Where `stem` starts a word in `text` (case-insensitive); yields the whole word's range.
fn find_stem(text: &str, lower: &str, stem: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(i) = lower[from..].find(stem) {
        let start = from + i;
        let boundary = lower[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !is_word_char(c));
        let mut end = start + stem.len();
        if boundary {
            if stem.chars().last().is_some_and(is_word_char) {
                end += text[end..]
                    .chars()
                    .take_while(|c| c.is_alphanumeric())
                    .map(char::len_utf8)
                    .sum::<usize>();
            }
            out.push((start, end));
        }
        from = start + stem.len().max(1);
    }
    out
}

fn hit(list_id: &str, title: &str, severity: Severity, reason: &str, fix: &str) -> Hit {
    Hit {
        rule: list_id.into(),
        title: title.into(),
        severity,
        reason: reason.into(),
        fix: fix.into(),
        section: None,
        range: None,
        excerpt: String::new(),
    }
}

/// Checks the ad as it stands (drafts and edits); `year` is this year, for technology ages.
/// The thresholds the checks use: labelled assumptions in `data/market.json`, which the
/// founder can change on the Costs step.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Thresholds {
    pub max_must_haves: usize,
    pub min_words: usize,
    pub max_words: usize,
}

impl Thresholds {
    pub fn from_overrides(overrides: &std::collections::BTreeMap<String, f64>) -> Thresholds {
        use crate::domain::cost::ids;
        let m = crate::domain::market::market();
        let get = |id: &str, fallback: usize| {
            m.value(id, overrides)
                .map(|u| u.value.round() as usize)
                .unwrap_or(fallback)
        };
        Thresholds {
            max_must_haves: get(ids::AD_MAX_MUST_HAVES, MAX_MUST_HAVES),
            min_words: get(ids::AD_MIN_WORDS, MIN_WORDS),
            max_words: get(ids::AD_MAX_WORDS, MAX_WORDS),
        }
    }
}

/// The checks with the data file's thresholds.
pub fn lint(sections: &[AdSection], must_haves: usize, year: i32) -> LintReport {
    lint_with(
        sections,
        must_haves,
        year,
        &Thresholds::from_overrides(&Default::default()),
    )
}

pub fn lint_with(
    sections: &[AdSection],
    must_haves: usize,
    year: i32,
    limits: &Thresholds,
) -> LintReport {
    let w = wording();
    let mut report = LintReport::default();
    for s in sections {
        let lower = s.text.to_lowercase();
        // Lowercasing can change byte lengths outside ASCII; then ranges are skipped.
        let aligned = lower.len() == s.text.len();
        for list in &w.lists {
            for stem in &list.words {
                for (a, mut b) in find_stem(&s.text, &lower, stem) {
                    // A bracketed prompt is shown whole, up to its closing bracket.
                    if stem.starts_with('[') {
                        b = s.text[a..].find(']').map(|i| a + i + 1).unwrap_or(b);
                    }
                    match list.id.as_str() {
                        "masculine-coded" => report.masculine += 1,
                        "feminine-coded" => report.feminine += 1,
                        _ => {}
                    }
                    let mut h = hit(
                        &list.id,
                        &list.title,
                        list.severity,
                        &list.reason,
                        &list.fix,
                    );
                    h.section = Some(s.section);
                    h.range = aligned.then_some((a, b));
                    h.excerpt = if aligned {
                        s.text[a..b].to_string()
                    } else {
                        stem.clone()
                    };
                    report.hits.push(h);
                }
            }
        }
        years_beyond_age(s, &lower, aligned, year, &mut report);
        report.words += s.text.split_whitespace().count();
    }
    if must_haves > limits.max_must_haves {
        report.hits.push(hit(
            "too-many-must-haves",
            "Too many must-haves",
            Severity::Warning,
            &format!("{must_haves} must-haves: few people match them all, and good candidates rule themselves out."),
            "Keep the essentials (the language of your codebase, for instance) and move the rest to nice-to-have.",
        ));
    }
    let pay = sections
        .iter()
        .find(|s| s.section == Section::Pay)
        .map(|s| s.text.as_str())
        .unwrap_or("");
    if !is_pay_range(pay) {
        let mut h = hit(
            "missing-salary",
            "No pay range",
            Severity::Error,
            "Developers routinely skip listings that hide compensation (the sources, early 2026).",
            "State the salary or rate as a range, low to high (\"$115,000 – $160,000 a year\"); the Costs step has the figures for this role.",
        );
        h.section = Some(Section::Pay);
        report.hits.push(h);
    }
    let where_words = [
        "remote", "hybrid", "on-site", "onsite", "on site", "office", "relocat",
    ];
    let says_where = sections
        .iter()
        .filter(|s| matches!(s.section, Section::Title | Section::Offer | Section::About))
        .any(|s| {
            let l = s.text.to_lowercase();
            where_words.iter().any(|w| l.contains(w))
        });
    if !says_where {
        report.hits.push(hit(
            "missing-location",
            "No remote or location information",
            Severity::Warning,
            "Candidates need to know where the work happens before anything else; the title is the place for it.",
            "Add Remote, Hybrid or On-site, and the location or time zones, to the title.",
        ));
    }
    if report.words < limits.min_words {
        report.hits.push(hit(
            "too-short",
            "Too short",
            Severity::Info,
            &format!(
                "{} words: too little for a candidate to judge the project.",
                report.words
            ),
            "Describe the objective, the project's size and the day-to-day work.",
        ));
    } else if report.words > limits.max_words {
        report.hits.push(hit(
            "too-long",
            "Too long",
            Severity::Info,
            &format!(
                "{} words: long ads lose readers before the pay and the process.",
                report.words
            ),
            "Cut to the objective, the must-haves, the pay and the process.",
        ));
    }
    report.hits.sort_by_key(|h| std::cmp::Reverse(h.severity));
    report
}

/// "10 years of experience with Kubernetes" in 2026 asks for more than exists.
fn years_beyond_age(s: &AdSection, lower: &str, aligned: bool, year: i32, report: &mut LintReport) {
    let bytes = lower.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && bytes[i].is_ascii_digit() {
            i += 1;
        }
        let Ok(years) = lower[start..i].parse::<i32>() else {
            continue;
        };
        let rest = &lower[i..];
        let rest = rest.trim_start_matches('+').trim_start();
        if !(rest.starts_with("years") || rest.starts_with("yrs") || rest.starts_with("year")) {
            continue;
        }
        // Look a short way ahead (same sentence) for a technology name.
        let window_end = (i + 60).min(lower.len());
        let window_end = (window_end..=lower.len())
            .find(|e| lower.is_char_boundary(*e))
            .unwrap_or(lower.len());
        let window = &lower[i..window_end];
        let window = window.split(['.', '\n', ';']).next().unwrap_or("");
        for tech in &wording().technologies {
            let age = year - tech.released;
            let named = tech
                .patterns
                .iter()
                .any(|p| !find_stem(window, window, p).is_empty());
            if named && years > age {
                let end = i + window.len();
                let mut h = hit(
                    "years-beyond-age",
                    "Experience longer than the technology exists",
                    Severity::Error,
                    &format!("{} was released in {}: nobody has {years} years of it in {year}.", tech.name, tech.released),
                    &format!("Ask for at most {age} years, or describe the depth you need instead of a number."),
                );
                h.section = Some(s.section);
                h.range = aligned.then_some((start, end));
                h.excerpt = s.text.get(start..end).unwrap_or_default().to_string();
                report.hits.push(h);
                break;
            }
        }
    }
}

/// A pay line states a range: two amounts of money, low then high, and no bracketed prompt.
pub fn is_pay_range(text: &str) -> bool {
    if text.contains('[') {
        return false;
    }
    let amounts: Vec<f64> = text
        .split('$')
        .skip(1)
        .filter_map(|rest| {
            let digits: String = rest
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
                .filter(|c| *c != ',')
                .collect();
            digits.trim_end_matches('.').parse::<f64>().ok()
        })
        .collect();
    matches!(amounts.as_slice(), [lo, hi, ..] if lo < hi)
}

#[cfg(test)]
mod pay_range_tests {
    use super::is_pay_range;

    #[test]
    fn only_a_low_high_range_counts_as_pay() {
        assert!(is_pay_range("$115,000 – $160,000 a year, from the median."));
        assert!(is_pay_range("$15.00 – $50 an hour"));
        assert!(!is_pay_range("$188,600 a year ($15,717 a month)"));
        assert!(!is_pay_range("$120,000 a year"));
        assert!(!is_pay_range("Competitive"));
        assert!(!is_pay_range("[Add the pay range.]"));
        assert!(!is_pay_range("$160,000 – $115,000"));
    }
}

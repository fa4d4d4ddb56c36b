//! Job-ad checks written for this project, in the spirit of joblint and gender-decoder: each
//! rule has an id, a severity, a reason and a fix; each hit points at the text it found.

use super::draft::Section;
use super::AdSection;
use crate::text::names::lower;

pub use super::findings::*;

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

/// Where `needle` stands as a whole word or phrase in `haystack` (already in the case wanted).
pub(super) fn find_whole(haystack: &str, needle: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if needle.is_empty() {
        return out;
    }
    let mut from = 0;
    while let Some(i) = haystack[from..].find(needle) {
        let start = from + i;
        let end = start + needle.len();
        let before = haystack[..start].chars().next_back();
        let after = haystack[end..].chars().next();
        // Where the needle begins or ends with a word character, the text must not go on
        // with one: "he" is not found in "the" or "hello".
        let edge_ok = |c: Option<char>, inner: Option<char>| {
            inner.is_none_or(|i| !is_word_char(i)) || c.is_none_or(|c| !is_word_char(c))
        };
        if edge_ok(before, needle.chars().next()) && edge_ok(after, needle.chars().next_back()) {
            out.push((start, end));
        }
        from = start + needle.chars().next().map(char::len_utf8).unwrap_or(1);
    }
    out
}

impl Matcher {
    fn find(&self, text: &str, lower: &str) -> Vec<(usize, usize)> {
        match self {
            Matcher::Stem(s) => find_stem(text, lower, s),
            Matcher::Word(w) | Matcher::Phrase(w) => find_whole(lower, w),
            Matcher::Exact(e) => find_whole(text, e),
        }
    }
}

fn hit(rule: RuleId, title: &str, severity: Severity, reason: &str, fix: &str) -> Hit {
    Hit {
        rule,
        listed: true,
        title: title.into(),
        severity,
        reason: reason.into(),
        fix: fix.into(),
        law: None,
        section: None,
        range: None,
        excerpt: String::new(),
        replacement: None,
        link: None,
    }
}

/// A finding of a wording rule, with its reason, fix and law.
fn rule_hit(rule: &Rule) -> Hit {
    let mut h = hit(
        RuleId::Wording(rule.id.clone()),
        &rule.title,
        rule.severity,
        &rule.reason,
        &rule.fix,
    );
    h.listed = rule.listed;
    h.law = rule.law.clone();
    h
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
    pub fn from_overrides(overrides: &crate::text::keymap::KeyMap<f64>) -> Thresholds {
        use crate::market::ids;
        let m = crate::market::market();
        // Each is an assumption of the data with a default (the `ids` test resolves them): the
        // limits are written there once, not again here.
        let get = |id: &str| {
            m.value(id, overrides)
                .map(|u| u.value.round().max(0.0) as usize)
                .unwrap_or_default()
        };
        Thresholds {
            max_must_haves: get(ids::AD_MAX_MUST_HAVES),
            min_words: get(ids::AD_MIN_WORDS),
            max_words: get(ids::AD_MAX_WORDS),
        }
    }
}

/// What the checks need besides the text.
#[derive(Clone, Debug)]
pub struct Context<'a> {
    pub must_haves: usize,
    /// This year, for technology ages.
    pub year: i32,
    pub limits: Thresholds,
    /// The labels of the founder's requirements: their words are never counted as coded.
    pub requirement_names: &'a [String],
}

/// The checks with the data file's thresholds and no requirement names.
pub fn lint(sections: &[AdSection], must_haves: usize, year: i32) -> LintReport {
    lint_with(
        sections,
        &Context {
            must_haves,
            year,
            limits: Thresholds::from_overrides(&Default::default()),
            requirement_names: &[],
        },
    )
}

/// Byte ranges of the text used in a technical sense, each with the reason it is not counted.
fn technical_senses(text: &str, lower: &str, names: &[String]) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    // A bracketed prompt is the planner's own placeholder: it is flagged as unfinished, and
    // its words are not the founder's.
    let mut from = 0;
    while let Some(open) = text[from..].find('[') {
        let a = from + open;
        let Some(close) = text[a..].find(']') else {
            break;
        };
        out.push((a, a + close + 1, "a prompt for you to replace".to_string()));
        from = a + close + 1;
    }
    for phrase in &wording().technical_senses.phrases {
        for (a, b) in find_whole(lower, phrase) {
            out.push((
                a,
                b,
                format!("technical sense: \u{201c}{}\u{201d}", &text[a..b]),
            ));
        }
    }
    for name in names {
        // "Node.js (JavaScript)": the name and each part of it in brackets.
        let whole = crate::text::names::lower(name);
        let parts = whole
            .split(['(', ')', ',', '/'])
            .map(str::trim)
            .filter(|p| p.len() > 1)
            .map(str::to_string)
            .collect::<Vec<_>>();
        for p in std::iter::once(whole.clone()).chain(parts) {
            for (a, b) in find_whole(lower, &p) {
                out.push((a, b, format!("one of your requirements: {name}")));
            }
        }
    }
    out
}

pub fn lint_with(sections: &[AdSection], context: &Context) -> LintReport {
    let w = wording();
    let mut report = LintReport::default();
    for s in sections {
        let lower = lower(&s.text);
        // Lowercasing can change byte lengths outside ASCII; then ranges are skipped.
        let aligned = lower.len() == s.text.len();
        let senses = technical_senses(&s.text, &lower, context.requirement_names);
        // Where lowercasing moved bytes, everything is matched in the lowercase text.
        let hay = if aligned {
            s.text.as_str()
        } else {
            lower.as_str()
        };
        for rule in &w.rules {
            let prompt_rule = rule.id == "unfinished";
            // Every entry's matches first, so that where entries overlap ("native German
            // speaker", "native German") the longest is the one finding.
            let mut found: Vec<(usize, usize, &Entry)> = Vec::new();
            for entry in &rule.entries {
                for (a, mut b) in entry.matcher.find(hay, &lower) {
                    // A bracketed prompt is shown whole, up to its closing bracket.
                    if matches!(&entry.matcher, Matcher::Stem(x) if x.starts_with('[')) {
                        b = hay[a..].find(']').map(|i| a + i + 1).unwrap_or(b);
                    }
                    found.push((a, b, entry));
                }
            }
            crate::text::order::sort_by_key(&mut found, |(a, b, _)| (*a, std::cmp::Reverse(*b)));
            let mut reached = 0;
            for (a, b, entry) in found {
                if a < reached {
                    continue;
                }
                reached = b;
                let excerpt = hay.get(a..b).unwrap_or_default().to_string();
                if let Some(because) = senses
                    .iter()
                    .filter(|_| !prompt_rule)
                    .find(|(x, y, _)| aligned && a < *y && *x < b)
                    .map(|(_, _, why)| why.clone())
                {
                    report.not_counted.push(NotCounted {
                        section: s.section,
                        excerpt,
                        rule: RuleId::Wording(rule.id.clone()),
                        because,
                    });
                    continue;
                }
                match rule.counts {
                    Some(Counts::Masculine) => report.masculine += 1,
                    Some(Counts::Feminine) => report.feminine += 1,
                    None => {}
                }
                let mut h = rule_hit(rule);
                h.section = Some(s.section);
                h.range = aligned.then_some((a, b));
                h.excerpt = excerpt;
                h.replacement = entry.replacement.clone();
                report.hits.push(h);
            }
        }
        years_beyond_age(s, &lower, aligned, context.year, &mut report);
        experience_cap(s, &lower, aligned, &mut report);
        report.words += s.text.split_whitespace().count();
    }
    let (must_haves, limits) = (context.must_haves, &context.limits);
    if must_haves > limits.max_must_haves {
        report.hits.push(hit(
            RuleId::Check(Check::TooManyMustHaves),
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
            RuleId::Check(Check::MissingSalary),
            "No pay range",
            Severity::Error,
            "Developers routinely skip listings that hide compensation (the sources, early 2026).",
            "State the salary or rate as a range, a low and a high figure; the Costs step has the range for this role.",
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
            let l = lower(&s.text);
            where_words.iter().any(|w| l.contains(w))
        });
    if !says_where {
        report.hits.push(hit(
            RuleId::Check(Check::MissingLocation),
            "No remote or location information",
            Severity::Warning,
            "Candidates need to know where the work happens before anything else; the title is the place for it.",
            "Add Remote, Hybrid or On-site, and the location or time zones, to the title.",
        ));
    }
    if report.words < limits.min_words {
        report.hits.push(hit(
            RuleId::Check(Check::TooShort),
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
            RuleId::Check(Check::TooLong),
            "Too long",
            Severity::Info,
            &format!(
                "{} words: long ads lose readers before the pay and the process.",
                report.words
            ),
            "Cut to the objective, the must-haves, the pay and the process.",
        ));
    }
    crate::text::order::sort_by_key(&mut report.hits, |h| std::cmp::Reverse(h.severity));
    report
}

/// The number of years a text caps experience at ("max 5 years", "no more than 3 years"),
/// with the byte range of the words: a ceiling on experience is an age discrimination risk,
/// worded by the data's age rule.
fn experience_cap(s: &AdSection, lower: &str, aligned: bool, report: &mut LintReport) {
    const CAPS: [&str; 7] = [
        "max.",
        "max",
        "maximum of",
        "maximum",
        "at most",
        "no more than",
        "not more than",
    ];
    let Some(rule) = wording().rules.iter().find(|r| r.id == "age") else {
        return;
    };
    let mut reached = 0;
    for cap in CAPS {
        for (a, b) in find_whole(lower, cap) {
            let rest = &lower[b..];
            let digits = rest.trim_start();
            let n = digits.chars().take_while(char::is_ascii_digit).count();
            let after = digits[n..].trim_start_matches(['+', ' ']);
            if n == 0 || !(after.starts_with("year") || after.starts_with("yrs")) || a < reached {
                continue;
            }
            // Years of experience, not of anything else ("backups kept at most 5 years").
            let sentence = after.split(['.', '\n', ';']).next().unwrap_or("");
            if !sentence.contains("experience") {
                continue;
            }
            let unit = after
                .find(|c: char| !c.is_alphabetic())
                .unwrap_or(after.len());
            let end = lower.len() - after.len() + unit;
            reached = end;
            let mut h = rule_hit(rule);
            h.rule = RuleId::Check(Check::ExperienceCap);
            h.title = "A ceiling on years of experience".into();
            h.section = Some(s.section);
            h.range = aligned.then_some((a, end));
            h.excerpt = s.text.get(a..end).unwrap_or_default().to_string();
            report.hits.push(h);
        }
    }
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
                    RuleId::Check(Check::YearsBeyondAge),
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

/// The text with the words at `range` swapped for `replacement`, in the same case at the start
/// ("Guys" -> "Everyone"); an empty replacement deletes the words and one space beside them.
pub fn apply_replacement(text: &str, range: (usize, usize), replacement: &str) -> Option<String> {
    let (mut a, mut b) = range;
    let found = text.get(a..b)?;
    let capital = found.chars().next().is_some_and(char::is_uppercase);
    if replacement.is_empty() {
        if text[b..].starts_with(' ') {
            b += 1;
        } else if text[..a].ends_with(' ') {
            a -= 1;
        }
        // "Simply deploy it" -> "Deploy it": a sentence keeps its capital.
        let rest = &text[b..];
        let rest = if capital {
            upper_first(rest)
        } else {
            rest.to_string()
        };
        return Some(format!("{}{rest}", &text[..a]));
    }
    // "Guys" -> "Everyone", but an acronym or a name keeps the replacement as written.
    let swapped = if capital
        && found.chars().any(char::is_lowercase)
        && replacement.chars().next().is_some_and(char::is_lowercase)
    {
        upper_first(replacement)
    } else {
        replacement.to_string()
    };
    Some(format!("{}{swapped}{}", &text[..a], &text[b..]))
}

fn upper_first(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| std::iter::once(f.to_ascii_uppercase()).chain(c).collect())
        .unwrap_or_default()
}

/// The amounts of money in a text, in order, in whatever currency the founder can show: a
/// number after a sign ("$", "€", "£", "₹", "₴", "¥", and the signs that end in one, "CA$",
/// "R$", "CN¥") or before "lei".
pub fn money_amounts(text: &str) -> Vec<f64> {
    let number = |digits: &str| {
        let digits: String = digits.chars().filter(|c| *c != ',').collect();
        crate::text::format::parse_decimal(digits.trim_end_matches('.'))
    };
    let is_digit = |c: char| c.is_ascii_digit() || c == ',' || c == '.';
    // One pass, left to right, so the amounts come out in order without a sort.
    let mut found = Vec::new();
    for (i, c) in text.char_indices() {
        let v = if matches!(c, '$' | '€' | '£' | '₹' | '₴' | '¥') {
            let rest = &text[i + c.len_utf8()..];
            let end = rest.find(|c: char| !is_digit(c)).unwrap_or(rest.len());
            number(&rest[..end])
        } else if text[i..].starts_with(" lei") {
            let before = &text[..i];
            let start = before
                .char_indices()
                .rev()
                .find(|(_, c)| !is_digit(*c))
                .map_or(0, |(j, c)| j + c.len_utf8());
            number(&before[start..])
        } else {
            None
        };
        found.extend(v);
    }
    found
}

/// A pay line states a range: two amounts of money, low then high, and no bracketed prompt.
pub fn is_pay_range(text: &str) -> bool {
    !text.contains('[') && matches!(money_amounts(text).as_slice(), [lo, hi, ..] if lo < hi)
}

#[cfg(test)]
mod tests;

//! File names made from what the founder typed.

/// "Senior Backend Developer (Remote)" -> "senior-backend-developer-remote": lowercase ASCII
/// words joined by dashes, at most `max_words`; `fallback` when nothing usable is left.
pub fn file_stem(text: &str, max_words: usize, fallback: &str) -> String {
    let cleaned: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    let stem = cleaned
        .split('-')
        .filter(|s| !s.is_empty())
        .take(max_words)
        .collect::<Vec<_>>()
        .join("-");
    if stem.is_empty() {
        fallback.to_string()
    } else {
        stem
    }
}

#[cfg(test)]
mod tests {
    use super::file_stem;

    #[test]
    fn stems_are_safe_file_names() {
        assert_eq!(
            file_stem(
                "Senior Backend Developer for High-traffic API Systems (Remote)",
                6,
                "x"
            ),
            "senior-backend-developer-for-high-traffic"
        );
        assert_eq!(file_stem("../../etc/passwd", 8, "plan"), "etc-passwd");
        assert_eq!(file_stem("<script>", 8, "plan"), "script");
        assert_eq!(file_stem("日本語 ✓", 8, "plan"), "plan");
        assert_eq!(file_stem("", 8, "plan"), "plan");
    }
}

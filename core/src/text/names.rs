//! File names made from what the founder typed, and letter case for comparing and sorting.

/// A letter in lower case, for comparing and sorting what people type: exact (as
/// `char::to_lowercase`) for ASCII, Latin-1, Latin Extended-A, Greek and Cyrillic, the scripts
/// of the names, skills and places a plan holds; any other character is kept as it is.
///
/// `str::to_lowercase` would be exact for every script, but it ships Unicode's case tables
/// (12 KB, and 12 KB more for upper case) in the first screen's module. Measured (a97bb4e):
/// the main module went from 98.4 to 91.7 KB brotli with it.
pub fn lower_char(c: char) -> char {
    let n = c as u32;
    let to = |m: u32| char::from_u32(m).unwrap_or(c);
    match n {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A1 | 0x3A3..=0x3AB | 0x410..=0x42F => {
            to(n + 32)
        }
        0x130 => 'i',
        0x100..=0x137 | 0x14A..=0x177 | 0x460..=0x481 | 0x48A..=0x4BF if n.is_multiple_of(2) => {
            to(n + 1)
        }
        0x139..=0x148 | 0x179..=0x17E if !n.is_multiple_of(2) => to(n + 1),
        0x178 => '\u{FF}',
        0x386 => '\u{3AC}',
        0x388..=0x38A => to(n + 37),
        0x38C => '\u{3CC}',
        0x38E..=0x38F => to(n + 63),
        0x400..=0x40F => to(n + 80),
        _ => c,
    }
}

/// `text` with every letter `lower_char` knows in lower case.
pub fn lower(text: &str) -> String {
    text.chars().map(lower_char).collect()
}

/// "Senior Backend Developer (Remote)" -> "senior-backend-developer-remote": lowercase ASCII
/// words joined by dashes, at most `max_words`; `fallback` when nothing usable is left.
pub fn file_stem(text: &str, max_words: usize, fallback: &str) -> String {
    let cleaned: String = lower(text)
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
    use super::{file_stem, lower, lower_char};

    #[test]
    fn lower_case_is_unicode_s_in_the_scripts_it_knows() {
        let known = [
            0x20..0x250,  // ASCII, Latin-1, Latin Extended-A and B
            0x370..0x400, // Greek
            0x400..0x530, // Cyrillic and its supplement
        ];
        let mut checked = 0;
        for c in known.into_iter().flatten().filter_map(char::from_u32) {
            let mut std = c.to_lowercase();
            let (first, rest) = (std.next().unwrap(), std.next());
            let ours = lower_char(c);
            if ours != c
                || (0x20..0x180).contains(&(c as u32))
                || (0x386..0x3AC).contains(&(c as u32))
                || (0x400..0x430).contains(&(c as u32))
            {
                // Where it changes a letter, or in the ranges it claims, it agrees with Unicode
                // (İ, which Unicode makes "i" and a dot above, is "i").
                if c == '\u{130}' {
                    assert_eq!(ours, 'i');
                } else {
                    assert_eq!((ours, rest), (first, None), "{c:?} U+{:04X}", c as u32);
                }
                checked += 1;
            }
        }
        assert!(checked > 450, "{checked}");
        assert_eq!(
            lower("ÉCOLE Zürich ŁÓDŹ Αθήνα МОСКВА"),
            "école zürich łódź αθήνα москва"
        );
        assert_eq!(lower("日本語 ✓"), "日本語 ✓");
    }

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

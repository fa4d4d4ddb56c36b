//! Every figure's quote is printed, word for word, in the article it cites. The articles are
//! not in the repository: the check reads them from the folder named by `HIREPLAN_SOURCES`
//! (`.ci/run` sets it when the articles are beside the clone) and says it was skipped otherwise.

use hireplan_core::market::market;
use std::path::PathBuf;

/// White space folded, so a table row split over lines still matches.
fn fold(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_quote_appears_verbatim_in_its_article() {
    let Some(seeds) = std::env::var_os("HIREPLAN_SOURCES").map(PathBuf::from) else {
        eprintln!(
            "SKIPPED every_quote_appears_verbatim_in_its_article: HIREPLAN_SOURCES is not set, \
             so the source articles are not here to check each figure's quote against \
             (set it to the folder that holds them; .ci/run does when they are present)"
        );
        return;
    };
    assert!(
        seeds.is_dir(),
        "HIREPLAN_SOURCES names {}, which is not a folder",
        seeds.display()
    );
    let m = market();
    assert!(!m.figures.is_empty());
    for f in m.figures {
        let source = m.source(f.source).expect("known source");
        let article = std::fs::read_to_string(seeds.join(source.file))
            .unwrap_or_else(|e| panic!("{}: {e}", source.file));
        assert!(
            fold(&article).contains(&fold(f.quote)),
            "{}: quote not found in {}: {:?}",
            f.id,
            source.file,
            f.quote
        );
    }
}

#[test]
fn each_quote_holds_the_number_it_backs() {
    // "$2,000" for 2000, "15%" for 15, "48 hours" for 2 days: the digits of the value (or
    // the source's own wording of it) must be in the sentence.
    let words = [
        ("toptal.time_to_hire", "48"),
        ("toptal.time_to_match", "24"),
        ("lemon.time_to_match", "24"),
        ("rocketdevs.trial", "2-week"),
        ("toptal.trial", "two weeks"),
        ("rocketdevs.commitment", "3-month"),
        ("toptal.sprint", "three-month"),
        ("job_board.weeks_low", "three"),
        ("job_board.weeks_high", "six"),
        ("lemon.upfront_fee", "no upfront fee"),
    ];
    for f in market().figures {
        let expected = match words.iter().find(|(id, _)| *id == f.id) {
            Some((_, w)) => w.to_string(),
            None => {
                let whole = f.value as i64;
                let digits = whole.to_string();
                // Thousands are printed with a comma.
                if whole >= 1000 {
                    format!("{},{:03}", whole / 1000, whole % 1000)
                } else {
                    digits
                }
            }
        };
        assert!(
            f.quote.contains(&expected),
            "{}: {:?} lacks {expected}",
            f.id,
            f.quote
        );
    }
}

//! The story's facts in words: when the hire starts and what makes the date.

use super::Start;
use crate::market::market;
use crate::text::format::{date, days_words, DateStyle};

/// When the hire starts, and how the date is made up: "The hire starts work on Wed 6 Jan 2027:
/// 42 days to find and hire, then 28 days of notice." Where no date can be given, why.
pub fn start_sentence(start: &Start) -> String {
    match start {
        Start::On {
            date: day,
            hire_days,
            notice_days,
            assumed,
            target,
        } => {
            let mut parts = format!("{} to find and hire", days_words(*hire_days as f64));
            if let Some(id) = assumed {
                let label = market().assumption(id).map(|a| a.label).unwrap_or_default();
                parts.push_str(&format!(" (your assumption, \u{201c}{label}\u{201d})"));
            }
            if *notice_days > 0 {
                parts.push_str(&format!(
                    ", then {} of notice",
                    days_words(*notice_days as f64)
                ));
            }
            let when = date(*day, DateStyle::LongWithDay);
            match target {
                true => format!("The hire starts work on {when}, your target start date ({parts} fit before it)."),
                false => format!("The hire starts work on {when}: {parts}, from today."),
            }
        }
        Start::Unknown { why } => format!("No start date yet. {why}"),
    }
}

//! The founder's plans in this browser: listing, copying, importing, and the check that keeps
//! one tab from silently overwriting another's newer work.

use crate::codec::{decode_stored, keys};
use crate::plan::{Plan, PlanId};
use crate::text::format::{self as dates, DateStyle};
use chrono::{DateTime, Utc};

/// One line of the plan list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanSummary {
    pub id: PlanId,
    pub name: String,
    pub updated_at: DateTime<Utc>,
    pub requirements: usize,
}

/// Reads every stored plan among `entries` (key, text); newest first. Unreadable entries are
/// left out here: loading handles them (they are kept aside, never deleted).
pub fn summarize(entries: impl IntoIterator<Item = (String, String)>) -> Vec<PlanSummary> {
    let mut out: Vec<PlanSummary> = entries
        .into_iter()
        .filter(|(k, _)| k.starts_with(keys::PLAN_PREFIX))
        .filter_map(|(_, text)| decode_stored(&text).ok())
        .map(|p| PlanSummary::of(&p))
        .collect();
    sort_newest_first(&mut out);
    out
}

impl PlanSummary {
    pub fn of(plan: &Plan) -> Self {
        PlanSummary {
            name: plan.display_name().to_string(),
            id: plan.id.clone(),
            updated_at: plan.updated_at,
            requirements: plan.requirements.len(),
        }
    }
}

fn sort_newest_first(list: &mut Vec<PlanSummary>) {
    crate::text::order::sort_by(list, |a, b| {
        b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id))
    });
}

/// The list after `plan` was saved: its line replaced (or added), without reading every other
/// plan again, so an autosave costs the same with one plan or a hundred.
pub fn with_saved(list: &[PlanSummary], plan: &Plan) -> Vec<PlanSummary> {
    let mut out: Vec<PlanSummary> = list.iter().filter(|s| s.id != plan.id).cloned().collect();
    out.push(PlanSummary::of(plan));
    sort_newest_first(&mut out);
    out
}

/// A copy under a new id, named so the two are told apart.
pub fn duplicate(plan: &Plan, id: PlanId, now: DateTime<Utc>) -> Plan {
    let mut copy = plan.clone();
    copy.id = id;
    copy.name = format!("Copy of {}", plan.display_name());
    copy.created_at = now;
    copy.updated_at = now;
    copy
}

/// An imported or shared plan made into a new plan of this browser.
pub fn adopt(mut plan: Plan, id: PlanId, now: DateTime<Utc>) -> Plan {
    plan.id = id;
    plan.created_at = now;
    plan.updated_at = now;
    plan
}

/// What to do before writing the open plan over what storage holds under its key.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveCheck {
    /// Storage holds what this tab last read or wrote (or nothing): write.
    Write,
    /// Another tab saved a newer version since: ask, never overwrite silently.
    Conflict { theirs: Box<Plan> },
}

/// `stored` is the plan storage holds under the open plan's key (None: nothing there, or
/// nothing readable, which a save may replace); `base` is the edit time of the version this tab
/// last loaded or saved.
pub fn check_before_save(stored: Option<Box<Plan>>, base: DateTime<Utc>) -> SaveCheck {
    match stored {
        Some(theirs) if theirs.updated_at > base => SaveCheck::Conflict { theirs },
        _ => SaveCheck::Write,
    }
}

/// "just now", "5 minutes ago", "3 hours ago", "yesterday", "12 Nov 2026".
pub fn when(then: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let secs = (now - then).num_seconds();
    match secs {
        s if s < 60 => "just now".into(),
        s if s < 120 => "1 minute ago".into(),
        s if s < 3600 => format!("{} minutes ago", s / 60),
        s if s < 7200 => "1 hour ago".into(),
        s if s < 86_400 => format!("{} hours ago", s / 3600),
        s if s < 172_800 => "yesterday".into(),
        _ => dates::date(then.date_naive(), DateStyle::Short),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codec::encode_stored;
    use chrono::{Duration, TimeZone};

    fn now() -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 11, 23, 12, 0, 0).unwrap()
    }

    #[test]
    fn a_saved_plan_updates_the_list_as_reading_everything_again_would() {
        let a = plan("a", "Alpha", 30);
        let b = plan("b", "Beta", 10);
        let entry = |p: &Plan| (keys::plan(&p.id.0), encode_stored(p));
        let list = summarize([entry(&a), entry(&b)]);
        // An edit to the older plan moves it to the top, renamed.
        let mut edited = a.clone();
        edited.name = "Alpha, edited".into();
        edited.updated_at = now();
        assert_eq!(
            with_saved(&list, &edited),
            summarize([entry(&edited), entry(&b)])
        );
        // A new plan is added.
        let c = plan("c", "Gamma", 0);
        assert_eq!(
            with_saved(&list, &c),
            summarize([entry(&a), entry(&b), entry(&c)])
        );
    }

    fn plan(id: &str, name: &str, minutes_ago: i64) -> Plan {
        let mut p = Plan::new(PlanId(id.into()), now() - Duration::minutes(minutes_ago));
        p.name = name.into();
        p
    }

    #[test]
    fn summaries_are_newest_first_and_skip_other_keys_and_garbage() {
        let entries = vec![
            (keys::plan("a"), encode_stored(&plan("a", "Older", 60))),
            (keys::plan("b"), encode_stored(&plan("b", "Newer", 5))),
            (keys::plan("c"), "{broken".to_string()),
            (
                "other:key".to_string(),
                encode_stored(&plan("d", "Not a plan key", 1)),
            ),
        ];
        let list = summarize(entries);
        let names: Vec<_> = list.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["Newer", "Older"]);
    }

    #[test]
    fn duplicates_get_a_new_id_and_name() {
        let p = plan("a", "Search API hire", 10);
        let d = duplicate(&p, PlanId("b".into()), now());
        assert_eq!(d.id.0, "b");
        assert_eq!(d.name, "Copy of Search API hire");
        assert_eq!(d.created_at, now());
        assert_eq!(d.requirements, p.requirements);
    }

    #[test]
    fn a_newer_stored_version_is_a_conflict() {
        let base = now() - Duration::minutes(10);
        let theirs = plan("a", "Edited elsewhere", 1);
        assert!(matches!(
            check_before_save(Some(Box::new(theirs.clone())), base),
            SaveCheck::Conflict { theirs: t } if t.name == "Edited elsewhere"
        ));
        let ours_saved = plan("a", "Ours", 10);
        assert_eq!(
            check_before_save(Some(Box::new(ours_saved.clone())), base),
            SaveCheck::Write
        );
        assert_eq!(check_before_save(None, base), SaveCheck::Write);
        // Unreadable text reaches the protocol as nothing stored.
        assert!(decode_stored("garbage").is_err());
    }

    #[test]
    fn friendly_times() {
        assert_eq!(when(now(), now()), "just now");
        assert_eq!(when(now() - Duration::minutes(5), now()), "5 minutes ago");
        assert_eq!(when(now() - Duration::hours(3), now()), "3 hours ago");
        assert_eq!(when(now() - Duration::hours(30), now()), "yesterday");
        assert_eq!(when(now() - Duration::days(11), now()), "12 Nov 2026");
    }
}

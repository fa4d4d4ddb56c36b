//! Tests of `session/save.rs`.

use super::SaveCommand as C;
use super::SaveEvent as E;
use super::*;
use crate::plan::PlanId;
use chrono::TimeZone;

fn t(s: i64) -> DateTime<Utc> {
    Utc.timestamp_opt(1_800_000_000 + s, 0).unwrap()
}

fn plan_at(s: i64) -> Plan {
    let mut p = Plan::new(PlanId("p1".into()), t(0));
    p.updated_at = t(s);
    p
}

fn local() -> Saver {
    Saver::new(Persistence::Local, t(0), false)
}

/// Edit, wait, read what storage holds, write: the whole happy path.
#[test]
fn an_edit_is_saved_after_the_pause() {
    let mut s = local();
    assert_eq!(
        s.on(E::Edited { at: t(0) }),
        vec![],
        "a plan just loaded is not saved again"
    );
    assert_eq!(s.on(E::Edited { at: t(1) }), vec![C::Schedule]);
    assert_eq!(s.status, SaveStatus::Pending);
    // Typing on: the timer starts again (debounce).
    assert_eq!(
        s.on(E::Edited { at: t(2) }),
        vec![C::CancelTimer, C::Schedule]
    );
    assert_eq!(s.on(E::TimerFired), vec![C::ReadStored]);
    let stored = Box::new(plan_at(0));
    assert_eq!(
        s.on(E::Read {
            stored: Some(stored)
        }),
        vec![C::Write]
    );
    assert_eq!(
        s.on(E::Written {
            at: t(2),
            result: Ok(())
        }),
        vec![C::RefreshList, C::RequestPersistence]
    );
    assert_eq!(s.status, SaveStatus::Saved);
    assert_eq!(
        s.status.indicator(&s.persistence).1,
        "Saved in this browser"
    );
    assert_eq!(s.status.failure(), None);
    assert!(!s.waiting());
    // The saved version is the new base: the same edit time is no edit.
    assert_eq!(s.on(E::Edited { at: t(2) }), vec![]);
}

#[test]
fn a_first_save_writes_when_storage_holds_nothing() {
    let mut s = local();
    s.on(E::Edited { at: t(1) });
    s.on(E::TimerFired);
    assert_eq!(s.on(E::Read { stored: None }), vec![C::Write]);
}

#[test]
fn hiding_the_page_saves_at_once_only_if_a_save_waits() {
    let mut s = local();
    assert_eq!(s.on(E::Flush), vec![], "nothing waiting, nothing written");
    s.on(E::Edited { at: t(1) });
    assert_eq!(s.on(E::Flush), vec![C::CancelTimer, C::ReadStored]);
    assert!(!s.waiting());
    assert_eq!(s.on(E::Flush), vec![]);
}

#[test]
fn a_newer_version_in_storage_is_never_overwritten() {
    let mut s = local();
    s.on(E::Edited { at: t(5) });
    s.on(E::TimerFired);
    let theirs = Box::new(plan_at(9));
    assert_eq!(
        s.on(E::Read {
            stored: Some(theirs)
        }),
        vec![C::AskConflict { theirs_at: t(9) }]
    );
    assert_eq!(s.status, SaveStatus::Conflict);
    // While the founder decides, edits are not scheduled and nothing is written.
    assert_eq!(s.on(E::Edited { at: t(6) }), vec![]);
    assert_eq!(s.on(E::TimerFired), vec![]);
    assert_eq!(s.on(E::Read { stored: None }), vec![]);
}

#[test]
fn keep_mine_saves_this_tab_over_theirs() {
    let mut s = local();
    s.on(E::Edited { at: t(5) });
    s.on(E::OtherTabSaved {
        theirs: Box::new(plan_at(9)),
        ours: t(5),
    });
    assert_eq!(s.on(E::KeepMine), vec![C::Touch]);
    assert_eq!(s.status, SaveStatus::Saved);
    // The touch stamps a time after theirs; storage now holds theirs, which is the base.
    assert_eq!(s.on(E::Edited { at: t(10) }), vec![C::Schedule]);
    s.on(E::TimerFired);
    assert_eq!(
        s.on(E::Read {
            stored: Some(Box::new(plan_at(9)))
        }),
        vec![C::Write]
    );
    assert_eq!(s.on(E::KeepMine), vec![], "the question was answered once");
}

#[test]
fn load_theirs_replaces_this_tab() {
    let mut s = local();
    s.on(E::Edited { at: t(5) });
    s.on(E::OtherTabSaved {
        theirs: Box::new(plan_at(9)),
        ours: t(5),
    });
    assert_eq!(s.on(E::LoadTheirs), vec![C::SetPlan(Box::new(plan_at(9)))]);
    assert_eq!(s.status, SaveStatus::Saved);
    assert_eq!(
        s.on(E::Edited { at: t(9) }),
        vec![],
        "their version is the base"
    );
}

#[test]
fn another_tab_saving_with_nothing_pending_here_is_followed() {
    let mut s = local();
    assert_eq!(
        s.on(E::OtherTabSaved {
            theirs: Box::new(plan_at(9)),
            ours: t(0)
        }),
        vec![C::SetPlan(Box::new(plan_at(9)))]
    );
    assert_eq!(s.status, SaveStatus::Saved);
    // An older or equal version from another tab changes nothing.
    assert_eq!(
        s.on(E::OtherTabSaved {
            theirs: Box::new(plan_at(3)),
            ours: t(9)
        }),
        vec![]
    );
}

#[test]
fn a_refused_write_is_reported_and_the_next_edit_tries_again() {
    for fault in [StorageFault::Full, StorageFault::Refused] {
        let mut s = local();
        s.on(E::Edited { at: t(1) });
        s.on(E::TimerFired);
        s.on(E::Read { stored: None });
        assert_eq!(
            s.on(E::Written {
                at: t(1),
                result: Err(fault)
            }),
            vec![]
        );
        assert_eq!(s.status, SaveStatus::Failed(fault));
        let notice = s.status.failure().unwrap();
        assert!(
            notice.contains(fault.words()) && notice.contains("export"),
            "{notice}"
        );
        assert_eq!(s.status.indicator(&s.persistence), ("error", "Not saved"));
        assert_eq!(s.on(E::Edited { at: t(2) }), vec![C::Schedule]);
    }
}

#[test]
fn an_edit_during_a_write_stays_pending() {
    let mut s = local();
    s.on(E::Edited { at: t(1) });
    s.on(E::TimerFired);
    s.on(E::Read { stored: None });
    s.on(E::Edited { at: t(2) });
    s.on(E::Written {
        at: t(1),
        result: Ok(()),
    });
    assert_eq!(s.status, SaveStatus::Pending);
    assert!(s.waiting());
}

#[test]
fn memory_only_embedded_and_read_only_never_write() {
    for mut s in [
        Saver::new(Persistence::MemoryOnly(StorageFault::Refused), t(0), false),
        Saver::new(Persistence::Embedded, t(0), false),
        Saver::new(Persistence::Local, t(0), true),
    ] {
        assert_eq!(s.on(E::Edited { at: t(1) }), vec![]);
        assert!(!s.waiting());
        assert_eq!(s.on(E::TimerFired), vec![]);
        assert_eq!(s.on(E::Flush), vec![]);
        assert_eq!(s.on(E::Read { stored: None }), vec![]);
    }
    let mut shared = Saver::new(Persistence::Local, t(0), true);
    assert_eq!(shared.status, SaveStatus::ReadOnly);
    assert_eq!(
        shared.on(E::OtherTabSaved {
            theirs: Box::new(plan_at(9)),
            ours: t(0)
        }),
        vec![],
        "a shared plan being read is not replaced by a stored one"
    );
    // Saving a copy opens it as a plan of this browser, saved at once.
    assert_eq!(shared.on(E::Opened { at: t(3) }), vec![C::ReadStored]);
    assert_eq!(shared.status, SaveStatus::Saved);
    let mut memory = Saver::new(Persistence::MemoryOnly(StorageFault::Refused), t(0), false);
    assert_eq!(memory.on(E::Opened { at: t(3) }), vec![]);
}

#[test]
fn opening_or_discarding_cancels_a_waiting_save_and_a_conflict() {
    let mut s = local();
    s.on(E::Edited { at: t(5) });
    assert_eq!(s.on(E::Discarded), vec![C::CancelTimer]);
    assert_eq!(
        s.on(E::TimerFired),
        vec![],
        "a cancelled timer that fires anyway writes nothing"
    );
    s.on(E::Edited { at: t(6) });
    s.on(E::OtherTabSaved {
        theirs: Box::new(plan_at(9)),
        ours: t(6),
    });
    assert_eq!(s.on(E::Opened { at: t(20) }), vec![C::ReadStored]);
    assert_eq!(s.status, SaveStatus::Saved);
    assert_eq!(s.on(E::KeepMine), vec![], "the conflict went with the plan");
}

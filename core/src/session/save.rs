//! The save protocol as a state machine: events in, a new state and commands out. Saving is
//! debounced, never writes over another tab's newer work, and says so when storage fails. The
//! browser shell only runs the commands (write, schedule, cancel, ask, notify).

use crate::plan::Plan;
use crate::session::library::{check_before_save, SaveCheck};
use chrono::{DateTime, Utc};

/// How long typing may pause before the plan is written, in milliseconds.
pub const SAVE_DELAY_MS: u32 = 400;

/// Where the plan is kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Persistence {
    Local,
    /// Storage cannot be used; the plan lives in this tab only. The reason is shown.
    MemoryOnly(StorageFault),
    /// An embedded view: it never reads or writes the founder's saved plans.
    Embedded,
}

/// Why the browser's storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageFault {
    /// The quota for this site is used up.
    Full,
    /// Storage is disabled, sandboxed or otherwise refused.
    Refused,
}

impl StorageFault {
    pub fn words(self) -> &'static str {
        match self {
            StorageFault::Full => "the browser's storage for this site is full",
            StorageFault::Refused => "the browser refused to save",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(StorageFault),
    /// Another tab saved newer work; nothing is written until the founder chooses.
    Conflict,
    /// A shared plan being viewed: nothing is saved unless a copy is made.
    ReadOnly,
}

impl SaveStatus {
    /// The status line: its tone (ok, pending, warn, error) and its words.
    pub fn indicator(&self, persistence: &Persistence) -> (&'static str, &'static str) {
        match (persistence, self) {
            (_, SaveStatus::ReadOnly) => ("warn", "Shared plan: read-only"),
            (Persistence::MemoryOnly(_) | Persistence::Embedded, _) => {
                ("warn", "Not saved: this tab only")
            }
            (_, SaveStatus::Failed(_)) => ("error", "Not saved"),
            (_, SaveStatus::Conflict) => ("error", "Not saved: changed in another tab"),
            (_, SaveStatus::Pending) => ("pending", "Saving…"),
            (_, SaveStatus::Saved) => ("ok", "Saved in this browser"),
        }
    }

    /// The notice a failed save shows.
    pub fn failure(&self) -> Option<String> {
        match self {
            SaveStatus::Failed(why) => Some(format!(
                "Not saved: {}. Your plan is kept in this tab; export it to be safe.",
                why.words()
            )),
            _ => None,
        }
    }
}

/// Something that happened that the protocol answers.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveEvent {
    /// The open plan now carries this edit time.
    Edited { at: DateTime<Utc> },
    /// The scheduled save is due.
    TimerFired,
    /// The page is being hidden or closed, or another plan is about to be opened: save now
    /// if a save is waiting.
    Flush,
    /// What storage holds under the open plan's key, read and decoded because a `ReadStored`
    /// asked (None: nothing, nothing readable, or exactly what this tab last wrote).
    Read { stored: Option<Box<Plan>> },
    /// The result of a `Write`, for the plan with this edit time.
    Written {
        at: DateTime<Utc>,
        result: Result<(), StorageFault>,
    },
    /// Another tab saved the open plan. `ours` is this tab's edit time.
    OtherTabSaved {
        theirs: Box<Plan>,
        ours: DateTime<Utc>,
    },
    /// The founder keeps this tab's version of a conflict.
    KeepMine,
    /// The founder loads the other tab's version.
    LoadTheirs,
    /// A plan (new, opened, copied, imported, restored) became the open plan: saved at once.
    Opened { at: DateTime<Utc> },
    /// The open plan was deleted: nothing waiting may write it back.
    Discarded,
}

/// What the shell must do.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveCommand {
    /// Call back with `TimerFired` after `SAVE_DELAY_MS`.
    Schedule,
    CancelTimer,
    /// Read the open plan's key and call back with `Read`.
    ReadStored,
    /// Write the open plan (and remember it as the current plan); call back with `Written`.
    Write,
    /// Replace the open plan with this version.
    SetPlan(Box<Plan>),
    /// Stamp the open plan as edited now, so it is saved over the other version.
    Touch,
    /// Ask which version to keep; the other was saved at this time.
    AskConflict {
        theirs_at: DateTime<Utc>,
    },
    /// The plan list changed: show it again.
    RefreshList,
    /// Ask the browser to keep this site's storage under pressure.
    RequestPersistence,
}

/// The protocol's state for the open plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Saver {
    pub persistence: Persistence,
    pub status: SaveStatus,
    /// Edit time of the version this tab last loaded or saved.
    base: DateTime<Utc>,
    /// A save is scheduled.
    timer: bool,
    /// Another tab's newer version, while the founder decides.
    theirs: Option<Box<Plan>>,
}

impl Saver {
    /// The state for a plan loaded with edit time `base`; `read_only` for a shared plan.
    pub fn new(persistence: Persistence, base: DateTime<Utc>, read_only: bool) -> Saver {
        Saver {
            persistence,
            status: if read_only {
                SaveStatus::ReadOnly
            } else {
                SaveStatus::Saved
            },
            base,
            timer: false,
            theirs: None,
        }
    }

    pub fn is_local(&self) -> bool {
        self.persistence == Persistence::Local
    }

    /// A save is scheduled and not yet done.
    pub fn waiting(&self) -> bool {
        self.timer
    }

    fn cancel(&mut self, out: &mut Vec<SaveCommand>) {
        if self.timer {
            self.timer = false;
            out.push(SaveCommand::CancelTimer);
        }
    }

    /// Answers one event: the state changes and the commands to run are returned, in order.
    pub fn on(&mut self, event: SaveEvent) -> Vec<SaveCommand> {
        use SaveCommand as C;
        let mut out = Vec::new();
        let writable = self.is_local() && self.status != SaveStatus::ReadOnly;
        match event {
            SaveEvent::Edited { at } => {
                if at == self.base || !writable || self.status == SaveStatus::Conflict {
                    return out;
                }
                self.status = SaveStatus::Pending;
                self.cancel(&mut out);
                self.timer = true;
                out.push(C::Schedule);
            }
            SaveEvent::TimerFired => {
                if !self.timer {
                    // Cancelled since: a stale timer writes nothing.
                    return out;
                }
                self.timer = false;
                if writable && self.status != SaveStatus::Conflict {
                    out.push(C::ReadStored);
                }
            }
            SaveEvent::Flush => {
                if self.timer {
                    self.cancel(&mut out);
                    if writable {
                        out.push(C::ReadStored);
                    }
                }
            }
            SaveEvent::Read { stored } => {
                if !writable || self.status == SaveStatus::Conflict {
                    return out;
                }
                match check_before_save(stored, self.base) {
                    SaveCheck::Write => out.push(C::Write),
                    SaveCheck::Conflict { theirs } => self.conflict(theirs, &mut out),
                }
            }
            SaveEvent::Written { at, result } => match result {
                Ok(()) => {
                    self.base = at;
                    // An edit made since the write was asked for stays pending.
                    if !self.timer {
                        self.status = SaveStatus::Saved;
                    }
                    out.push(C::RefreshList);
                    out.push(C::RequestPersistence);
                }
                Err(fault) => self.status = SaveStatus::Failed(fault),
            },
            SaveEvent::OtherTabSaved { theirs, ours } => {
                if !self.is_local() || theirs.updated_at <= ours {
                    return out;
                }
                if self.status == SaveStatus::Pending {
                    // Unsaved edits here and newer work there: ask.
                    self.cancel(&mut out);
                    self.conflict(theirs, &mut out);
                } else if self.status != SaveStatus::ReadOnly {
                    self.base = theirs.updated_at;
                    self.status = SaveStatus::Saved;
                    out.push(C::SetPlan(theirs));
                }
            }
            SaveEvent::KeepMine => {
                if let Some(theirs) = self.theirs.take() {
                    self.base = theirs.updated_at;
                    self.status = SaveStatus::Saved;
                    out.push(C::Touch);
                }
            }
            SaveEvent::LoadTheirs => {
                if let Some(theirs) = self.theirs.take() {
                    self.base = theirs.updated_at;
                    self.status = SaveStatus::Saved;
                    out.push(C::SetPlan(theirs));
                }
            }
            SaveEvent::Opened { at } => {
                self.cancel(&mut out);
                self.theirs = None;
                self.base = at;
                self.status = SaveStatus::Saved;
                if self.is_local() {
                    out.push(C::ReadStored);
                }
            }
            SaveEvent::Discarded => {
                self.cancel(&mut out);
                self.theirs = None;
            }
        }
        out
    }

    fn conflict(&mut self, theirs: Box<Plan>, out: &mut Vec<SaveCommand>) {
        self.status = SaveStatus::Conflict;
        out.push(SaveCommand::AskConflict {
            theirs_at: theirs.updated_at,
        });
        self.theirs = Some(theirs);
    }
}

#[cfg(test)]
mod tests {
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
}

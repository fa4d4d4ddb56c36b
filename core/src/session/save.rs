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
            SaveStatus::Saved
            | SaveStatus::Pending
            | SaveStatus::Conflict
            | SaveStatus::ReadOnly => None,
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
mod tests;

//! The save protocol's runner: feeds `hireplan_core::session::save` its events (edits, the
//! page being hidden, other tabs' saves) and runs the commands it answers against storage,
//! timers and the notices. The protocol decides; this only does.

use hireplan_core::codec::keys;
use hireplan_core::plan::Plan;
use hireplan_core::session::library::{self, PlanSummary};
use hireplan_core::session::save::{
    Persistence, SaveCommand, SaveEvent, SaveStatus, Saver, SAVE_DELAY_MS,
};
use leptos::prelude::*;
use std::time::Duration;

use super::notices::{NoticeAction, Notices};
use super::parts::{Codec, Writer};
use super::state::now;
use super::storage;

/// The open plan's saving.
#[derive(Clone, Copy)]
pub struct SaveRunner {
    codec: Codec,
    /// The text this tab last wrote for the open plan: finding it still stored needs no reading.
    last_written: StoredValue<Option<String>>,
    plan: RwSignal<Plan>,
    saver: RwSignal<Saver>,
    /// The save status, changing only when it changes.
    pub status: Memo<SaveStatus>,
    /// The stored plans' list (the library's), brought up to date as the open plan is saved.
    stored: RwSignal<Vec<PlanSummary>>,
    notices: Notices,
    timer: StoredValue<Option<TimeoutHandle>>,
}

impl SaveRunner {
    pub fn new(
        plan: RwSignal<Plan>,
        saver: Saver,
        codec: Codec,
        stored: RwSignal<Vec<PlanSummary>>,
        notices: Notices,
    ) -> SaveRunner {
        let saver = RwSignal::new(saver);
        SaveRunner {
            codec,
            last_written: StoredValue::new(None),
            plan,
            saver,
            status: Memo::new(move |_| saver.with(|s| s.status.clone())),
            stored,
            notices,
            timer: StoredValue::new(None),
        }
    }

    pub fn persistence(&self) -> Persistence {
        self.saver.with_untracked(|s| s.persistence.clone())
    }

    /// Whether plans are kept in this browser's storage.
    pub fn is_local(&self) -> bool {
        self.saver.with_untracked(Saver::is_local)
    }

    /// The open plan, as it is in this tab.
    pub fn open_plan(&self) -> Plan {
        self.plan.get_untracked()
    }

    /// Gives the protocol an event and runs what it answers.
    pub fn send(&self, event: SaveEvent) {
        let commands = self.saver.try_update(|s| s.on(event)).unwrap_or_default();
        for c in commands {
            self.run(c);
        }
    }

    fn key(&self) -> String {
        self.plan.with_untracked(|p| keys::plan(&p.id.0))
    }

    fn run(&self, command: SaveCommand) {
        match command {
            SaveCommand::Schedule => {
                let me = *self;
                let handle = set_timeout_with_handle(
                    move || me.send(SaveEvent::TimerFired),
                    Duration::from_millis(SAVE_DELAY_MS.into()),
                )
                .ok();
                self.timer.set_value(handle);
            }
            SaveCommand::CancelTimer => {
                if let Some(h) = self.timer.get_value() {
                    h.clear();
                }
                self.timer.set_value(None);
            }
            SaveCommand::ReadStored => self.read_stored(),
            // An embed's protocol never writes. Before the writer's chunk is in, the write waits
            // for it (the protocol waits for `Written` meanwhile).
            SaveCommand::Write => {
                let me = *self;
                self.codec.writer.then(move |w| me.write(w));
            }
            SaveCommand::SetPlan(p) => self.plan.set(*p),
            SaveCommand::Touch => self.plan.update(|p| p.touch(now())),
            SaveCommand::AskConflict { theirs_at } => {
                let when = library::when(theirs_at, now());
                self.notices.withdraw(NoticeAction::KeepMine);
                self.notices.notify(
                    format!(
                        "This plan was changed in another tab ({when}). Which version do you want to keep?"
                    ),
                    true,
                    vec![NoticeAction::KeepMine, NoticeAction::LoadTheirs],
                );
            }
            SaveCommand::RefreshList => {
                let plan = self.plan.get_untracked();
                self.stored
                    .update(|list| *list = library::with_saved(list, &plan));
            }
            SaveCommand::RequestPersistence => request_persistence(),
        }
    }

    /// Reads what storage holds under the open plan's key, for the check before a write.
    fn read_stored(&self) {
        match storage::read(&self.key()) {
            // What could not be checked is not written over: the save fails, and says why.
            Err(why) => {
                let at = self.plan.with_untracked(|p| p.updated_at);
                self.send(SaveEvent::Written {
                    at,
                    result: Err(why.fault()),
                });
            }
            Ok(None) => self.send(SaveEvent::Read { stored: None }),
            // Still what this tab wrote last: not newer than itself, nothing to read.
            Ok(Some(text))
                if self
                    .last_written
                    .with_value(|w| w.as_deref() == Some(&text)) =>
            {
                self.send(SaveEvent::Read { stored: None })
            }
            Ok(Some(text)) => {
                let me = *self;
                self.codec.reader.then(move |r| {
                    let stored = r.decode(&text).ok().map(Box::new);
                    me.send(SaveEvent::Read { stored });
                });
            }
        }
    }

    /// Writes the open plan, and tells the protocol how it went.
    fn write(&self, w: Writer) {
        let (at, text, id) = self
            .plan
            .with_untracked(|p| (p.updated_at, w.encode(p), p.id.0.clone()));
        let result = storage::write(&keys::plan(&id), &text)
            .and_then(|()| storage::write(keys::CURRENT, &id))
            .map_err(storage::StorageError::fault);
        if result.is_ok() {
            self.last_written.set_value(Some(text));
        }
        self.send(SaveEvent::Written { at, result });
    }

    /// Feeds the protocol: every edit, the page being hidden, and other tabs' saves of the open
    /// plan. The writer is fetched once the first screen is drawn (a frame, then a task), so
    /// it is not among the first screen's downloads and is in long before a person has typed
    /// and paused.
    pub fn autosave(self) {
        if self.is_local() {
            let writer = self.codec.writer;
            request_animation_frame(move || set_timeout(move || writer.prefetch(), Duration::ZERO));
        }
        let plan = self.plan;
        Effect::new(move || {
            let at = plan.with(|p| p.updated_at);
            self.send(SaveEvent::Edited { at });
        });
        let hide = window_event_listener(leptos::ev::pagehide, move |_| self.flush());
        let vis = window_event_listener(leptos::ev::visibilitychange, move |_| self.flush());
        let other_tab = window_event_listener(leptos::ev::storage, move |ev| self.on_storage(ev));
        on_cleanup(move || {
            hide.remove();
            vis.remove();
            other_tab.remove();
        });
    }

    /// Saves now if a save is waiting.
    pub fn flush(&self) {
        self.send(SaveEvent::Flush);
    }

    /// Another tab wrote to storage: the open plan's key matters here (the list is the
    /// library's).
    fn on_storage(&self, ev: web_sys::StorageEvent) {
        if !self.is_local() || ev.key().as_deref() != Some(&self.key()) {
            return;
        }
        let Some(text) = ev.new_value() else { return };
        let me = *self;
        self.codec.reader.then(move |r| {
            let Ok(theirs) = r.decode(&text) else {
                return;
            };
            let ours = me.plan.with_untracked(|p| p.updated_at);
            me.send(SaveEvent::OtherTabSaved {
                theirs: Box::new(theirs),
                ours,
            });
        });
    }

    /// Makes `plan` the open plan (saving any waiting edit of the one before) and saves it at
    /// once.
    pub fn open(&self, plan: Plan) {
        self.flush();
        let at = plan.updated_at;
        self.plan.set(plan);
        self.send(SaveEvent::Opened { at });
    }

    /// The open plan was deleted: nothing waiting may write it back.
    pub fn discard(&self) {
        self.send(SaveEvent::Discarded);
    }
}

/// Asks the browser not to evict this site's storage under pressure (best effort, once).
fn request_persistence() {
    thread_local!(static ASKED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    if ASKED.with(|a| a.replace(true)) {
        return;
    }
    if let Some(w) = web_sys::window() {
        if let Ok(p) = w.navigator().storage().persist() {
            drop(p);
        }
    }
}

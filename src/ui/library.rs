//! The plan library: the plans in this browser (new, open, duplicate, rename, delete with
//! undo), and where imported plans go. When the browser refuses storage, the library is this
//! tab's memory: the same list and the same actions, nothing written.

use hireplan_core::codec::{keys, DecodeError};
use hireplan_core::plan::{Plan, PlanId};
use hireplan_core::session::edit::PlanEdit;
use hireplan_core::session::library::{self as lib, PlanSummary};
use leptos::prelude::*;

use super::held::Held;
use super::notices::{NoticeAction, Notices};
use super::parts::{Codec, Reader};
use super::save_runner::SaveRunner;
use super::state::{new_id, now, PlanStore};
use super::storage::{self, StorageError};

/// What became of plans given to the library (an import).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Added {
    /// All of them were stored in this browser.
    Stored(usize),
    /// Storage failed after this many were stored; the rest were not.
    Stopped { stored: usize, why: StorageError },
    /// The browser refuses storage: this many are held in this tab only.
    InMemory(usize),
}

#[derive(Clone, Copy)]
pub struct Library {
    runner: SaveRunner,
    codec: Codec,
    notices: Notices,
    /// Summaries of the plans in storage, newest first.
    stored: RwSignal<Vec<PlanSummary>>,
    /// When storage is refused: the plans this tab holds.
    held: Held,
    /// The plans to list, newest first.
    pub list: Signal<Vec<PlanSummary>>,
}

impl Library {
    /// The library over `stored` (the list the runner updates as it saves).
    pub fn new(
        runner: SaveRunner,
        codec: Codec,
        stored: RwSignal<Vec<PlanSummary>>,
        notices: Notices,
        open: ReadSignal<Plan>,
    ) -> Library {
        let held = Held::new();
        let local = runner.is_local();
        let list = Signal::derive(move || match local {
            true => stored.get(),
            false => open.with(|p| held.summaries(p)),
        });
        Library {
            runner,
            codec,
            notices,
            stored,
            held,
            list,
        }
    }

    fn in_memory(&self) -> bool {
        !self.runner.is_local()
    }

    /// Reads the plan list from storage again (once the reader is in).
    pub fn refresh(&self) {
        if self.runner.is_local() {
            let me = *self;
            self.codec.reader.then(move |r| me.refresh_with(r));
        }
    }

    fn refresh_with(&self, r: Reader) {
        match storage::entries(keys::PLAN_PREFIX) {
            Ok(entries) => self.stored.set(r.summarize(entries)),
            Err(why) => self
                .notices
                .storage_fault("The list of your plans could not be read", why),
        }
    }

    /// Keeps the list up to date with other tabs' saves.
    pub fn watch(self) {
        let other_tab = window_event_listener(leptos::ev::storage, move |ev| {
            if ev.key().is_some_and(|k| k.starts_with(keys::PLAN_PREFIX)) {
                self.refresh();
            }
        });
        on_cleanup(move || other_tab.remove());
    }

    /// Fetches the reader ahead of need (the Share step, whose list, backup and import read
    /// stored plans, asks as it opens). In one tab nothing else needs it: a save finds its own
    /// last write, which needs no reading.
    pub fn prefetch(&self) {
        if self.runner.is_local() {
            self.codec.reader.prefetch();
        }
    }

    /// Makes `plan` the open plan. In memory, the one it replaces is kept first.
    fn switch_to(&self, plan: Plan) {
        if self.in_memory() {
            self.held.put([self.runner.open_plan(), plan.clone()]);
        }
        self.runner.open(plan);
    }

    pub fn new_plan(&self) {
        self.switch_to(Plan::new(new_id(), now()));
    }

    pub fn duplicate(&self) {
        self.switch_to(lib::duplicate(&self.runner.open_plan(), new_id(), now()));
    }

    pub fn open(&self, id: &PlanId) {
        if self.in_memory() {
            match self.held.find(id) {
                Some(plan) => self.switch_to(plan),
                None => self.notices.error("That plan is no longer in this tab."),
            }
            return;
        }
        self.runner.flush();
        let (me, id) = (*self, id.clone());
        self.codec.reader.then(move |r| me.open_stored(r, &id));
    }

    fn open_stored(&self, r: Reader, id: &PlanId) {
        match read_plan(r, id) {
            Ok(Some(Ok(plan))) => self.runner.open(plan),
            Ok(Some(Err(e))) => self
                .notices
                .error(format!("That plan could not be opened: {e}")),
            Ok(None) => self
                .notices
                .error("That plan is no longer in this browser."),
            Err(why) => self
                .notices
                .storage_fault("That plan could not be opened", why),
        }
    }

    /// Deletes a plan, keeping it in the trash until the next deletion (undo).
    pub fn delete(&self, id: &PlanId) {
        if self.in_memory() {
            return self.delete_held(id);
        }
        let (me, id) = (*self, id.clone());
        self.codec.reader.then(move |r| me.delete_stored(r, &id));
    }

    fn delete_held(&self, id: &PlanId) {
        let is_open = self.runner.open_plan().id == *id;
        if is_open {
            self.runner.discard();
            self.held.put([self.runner.open_plan()]);
        }
        let Some(plan) = self.held.delete(id) else {
            return;
        };
        if is_open {
            let next = self.held.newest();
            self.runner
                .open(next.unwrap_or_else(|| Plan::new(new_id(), now())));
        }
        self.deleted(plan.display_name());
    }

    fn delete_stored(&self, r: Reader, id: &PlanId) {
        let key = keys::plan(&id.0);
        let text = match storage::read(&key) {
            Ok(Some(text)) => text,
            Ok(None) => return self.refresh_with(r),
            Err(why) => return self.notices.storage_fault("The plan was not deleted", why),
        };
        if let Err(why) = storage::write(keys::TRASH, &text) {
            return self.notices.storage_fault(
                "The plan was not deleted, as the browser could not keep it for undo",
                why,
            );
        }
        if let Err(why) = storage::remove(&key) {
            return self.notices.storage_fault("The plan was not deleted", why);
        }
        let name = r
            .decode(&text)
            .map(|p| p.display_name().to_string())
            .unwrap_or_default();
        if self.runner.open_plan().id == *id {
            self.runner.discard();
            self.refresh_with(r);
            match self.stored.get_untracked().first() {
                Some(next) => self.open_stored(r, &next.id.clone()),
                None => self.new_plan(),
            }
        }
        self.refresh_with(r);
        self.deleted(&name);
    }

    fn deleted(&self, name: &str) {
        self.notices.notify(
            format!("Deleted \u{201c}{name}\u{201d}."),
            false,
            vec![NoticeAction::UndoDelete],
        );
    }

    pub fn undo_delete(&self) {
        if self.in_memory() {
            if let Some(plan) = self.held.restore() {
                self.switch_to(plan);
            }
            return;
        }
        let me = *self;
        self.codec.reader.then(move |r| me.undo_stored(r));
    }

    fn undo_stored(&self, r: Reader) {
        let text = match storage::read(keys::TRASH) {
            Ok(Some(text)) => text,
            Ok(None) => return,
            Err(why) => {
                return self
                    .notices
                    .storage_fault("The deleted plan could not be restored", why)
            }
        };
        match r.decode(&text) {
            Ok(plan) => {
                // Restored either way; a trash left behind is only restored again.
                if let Err(why) = storage::remove(keys::TRASH) {
                    self.notices
                        .storage_fault("The deleted plan's copy could not be cleared", why);
                }
                self.runner.open(plan);
            }
            Err(e) => self
                .notices
                .error(format!("The deleted plan could not be restored: {e}")),
        }
    }

    /// Renames a plan of the list; the open one by a named edit.
    pub fn rename(&self, store: PlanStore, id: &PlanId, name: String) {
        if self.runner.open_plan().id == *id {
            store.set(PlanEdit::Name(name));
            return;
        }
        if self.in_memory() {
            return self.held.rename(id, name, now());
        }
        let (me, id) = (*self, id.clone());
        leptos::task::spawn_local(async move {
            let r = me.codec.reader.get().await;
            let mut plan = match read_plan(r, &id) {
                Ok(Some(Ok(plan))) => plan,
                Ok(_) => return me.notices.error("That plan could not be renamed."),
                Err(why) => return me.notices.storage_fault("The plan was not renamed", why),
            };
            plan.name = name;
            plan.touch(now());
            let w = me.codec.writer.get().await;
            if let Err(why) = storage::write(&keys::plan(&id.0), &w.encode(&plan)) {
                me.notices.storage_fault("The plan was not renamed", why);
            }
            me.refresh_with(r);
        });
    }

    /// A shared plan becomes one of the founder's plans; the address loses the link.
    pub fn save_shared_copy(&self) {
        let copy = lib::adopt(self.runner.open_plan(), new_id(), now());
        if let Some(w) = web_sys::window() {
            // Only the address: the plan is opened either way.
            let _ = w.location().set_hash("/role");
        }
        // The shared plan itself is not one of the founder's plans: only the copy is kept.
        if self.in_memory() {
            self.held.put([copy.clone()]);
        }
        self.runner.open(copy);
        self.notices.notify(
            if self.in_memory() {
                "Made a copy you can edit. This browser does not let Hireplan save: it lives in this tab only, so export it to keep it."
            } else {
                "Saved a copy to your plans."
            },
            false,
            Vec::new(),
        );
    }

    /// The ids of the plans listed, to find which of an import's plans are here already.
    pub fn ids(&self) -> Vec<PlanId> {
        self.list
            .with_untracked(|l| l.iter().map(|s| s.id.clone()).collect())
    }

    /// Adds plans (an import) and opens the last one; `as_copies` gives them new ids instead
    /// of replacing plans with theirs. Answers once they are stored, or held in memory.
    pub async fn add(self, plans: Vec<Plan>, as_copies: bool) -> Added {
        let plans: Vec<Plan> = match as_copies {
            true => plans
                .into_iter()
                .map(|p| lib::adopt(p, new_id(), now()))
                .collect(),
            false => plans,
        };
        if self.in_memory() {
            let n = plans.len();
            if let Some(last) = plans.last().cloned() {
                self.held.put(plans);
                self.switch_to(last);
            }
            return Added::InMemory(n);
        }
        let w = self.codec.writer.get().await;
        let mut stored: usize = 0;
        let mut stopped = None;
        for plan in &plans {
            if let Err(why) = storage::write(&keys::plan(&plan.id.0), &w.encode(plan)) {
                stopped = Some(why);
                break;
            }
            stored += 1;
        }
        let r = self.codec.reader.get().await;
        self.refresh_with(r);
        if let Some(last) = stored.checked_sub(1).and_then(|i| plans.get(i)) {
            self.runner.open(last.clone());
        }
        match stopped {
            None => Added::Stored(stored),
            Some(why) => Added::Stopped { stored, why },
        }
    }

    /// Every plan this tab can reach, for a backup (any waiting edit saved first): those in
    /// storage, and the open plan as this tab holds it when it is newer or not stored.
    pub async fn all(self) -> Vec<Plan> {
        self.runner.flush();
        let open = self.runner.open_plan();
        let mut plans = match self.in_memory() {
            true => self.held.all(),
            false => {
                let r = self.codec.reader.get().await;
                match storage::entries(keys::PLAN_PREFIX) {
                    Ok(entries) => entries
                        .into_iter()
                        .filter_map(|(_, t)| r.decode(&t).ok())
                        .collect(),
                    Err(why) => {
                        self.notices.storage_fault(
                            "Plans stored in this browser could not be read, so the backup holds the open plan only",
                            why,
                        );
                        Vec::new()
                    }
                }
            }
        };
        match plans.iter_mut().find(|p| p.id == open.id) {
            Some(p) if p.updated_at <= open.updated_at => *p = open,
            Some(_) => {}
            None => plans.push(open),
        }
        plans
    }
}

fn read_plan(r: Reader, id: &PlanId) -> Result<Option<Result<Plan, DecodeError>>, StorageError> {
    Ok(storage::read(&keys::plan(&id.0))?.map(|text| r.decode(&text)))
}

//! The plans in this browser and the shell of the save protocol: it loads the plan for this
//! page, feeds the protocol (`domain::save`) its events, and runs the commands it returns.

use hireplan_core::codec::{self, keys, DecodeError};
use hireplan_core::plan::{Plan, PlanId};
use hireplan_core::session::library::{self, PlanSummary};
use hireplan_core::session::save::{
    Persistence, SaveCommand, SaveEvent, SaveStatus, Saver, StorageFault, SAVE_DELAY_MS,
};
use leptos::prelude::*;
use std::time::Duration;

use super::notices::{NoticeAction, Notices};
use super::state::{address, new_id, now, Mode, Page, PlanStore};
use super::storage;

/// Writes a plan for storage (`codec::encode_stored`). In a split build it is its own small
/// chunk (`plan_writer`), which the planner fetches just after its first screen is drawn (the
/// first screen needs no serializer: typing works before it arrives); a save that comes first
/// waits for it. An embed, which stores nothing, never fetches it.
#[derive(Clone, Copy)]
pub struct Writer {
    encode: fn(&Plan) -> String,
}

/// Reads stored plans and share links: the JSON parser and the plan's deserializer, the bulk
/// of the codec. Its own chunk in a split build (`plan_reader`). The planner waits for it only
/// when there is something to read (a share link, or plans in this browser); otherwise the
/// Share step fetches it as it opens, and whatever needs it first waits for it
/// (`Session::with_reader`).
#[derive(Clone, Copy)]
pub struct Reader {
    decode: fn(&str) -> Result<Plan, DecodeError>,
    decode_share: fn(&str) -> Result<Plan, DecodeError>,
    summarize: fn(Vec<(String, String)>) -> Vec<PlanSummary>,
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(plan_writer, wasm_split_path = ::leptos::wasm_split)
)]
fn plan_writer() -> Writer {
    Writer {
        encode: codec::encode_stored,
    }
}

#[cfg_attr(
    feature = "split",
    leptos::wasm_split::wasm_split(plan_reader, wasm_split_path = ::leptos::wasm_split)
)]
fn plan_reader() -> Reader {
    Reader {
        decode: codec::decode_stored,
        decode_share: codec::decode_share,
        summarize: |entries| library::summarize(entries),
    }
}

/// Calls a split function: once its chunk is in when split, at once when not.
macro_rules! from_chunk {
    ($split:ident) => {{
        #[cfg(feature = "split")]
        let value = $split().await;
        #[cfg(not(feature = "split"))]
        let value = $split();
        value
    }};
}
pub(crate) use from_chunk;

/// The writer, once its chunk is in (at once when unsplit).
pub async fn load_writer() -> Writer {
    from_chunk!(plan_writer)
}

/// The reader, once its chunk is in (at once when unsplit).
pub async fn load_reader() -> Reader {
    from_chunk!(plan_reader)
}

/// Whether the planner has something to read before it can draw: a share link, or plans in
/// this browser. (The page's head script asks the same to preload the reader.)
pub fn needs_reader() -> bool {
    address().1.is_some() || storage::holds(keys::PLAN_PREFIX)
}

/// The open plan's saving and the plan library.
#[derive(Clone, Copy)]
pub struct Session {
    /// Whether this page keeps plans at all (an embed does not).
    stores: bool,
    writer: StoredValue<Option<Writer>>,
    reader: StoredValue<Option<Reader>>,
    /// The text this tab last wrote for the open plan: finding it still stored needs no reading.
    last_written: StoredValue<Option<String>>,
    plan: RwSignal<Plan>,
    saver: RwSignal<Saver>,
    /// The save status, changing only when it changes.
    pub status: Memo<SaveStatus>,
    /// The plans stored in this browser, newest first.
    pub library: RwSignal<Vec<PlanSummary>>,
    notices: Notices,
    timer: StoredValue<Option<TimeoutHandle>>,
}

/// Everything a page needs, made once and put in context by the planner.
#[derive(Clone, Copy)]
pub struct Loaded {
    pub store: PlanStore,
    pub session: Session,
    pub notices: Notices,
    pub page: Page,
}

/// The stores for this page, writer and reader at hand. For the browser tests, which build
/// unsplit.
#[cfg(not(feature = "split"))]
pub fn load() -> Loaded {
    load_with(true, Some(plan_writer()), Some(plan_reader()))
}

/// Builds the stores for this page: an embed (memory only: the shared plan embed reads its
/// link in its own chunk), a shared plan (read-only), or the last plan from storage.
/// Unreadable entries are moved aside, never overwritten. A page that does not store (an embed)
/// reads and writes nothing; without a reader, `needs_reader` was false: nothing to read yet.
/// Without a writer, the first save fetches it.
pub fn load_with(stores: bool, writer: Option<Writer>, reader: Option<Reader>) -> Loaded {
    let notices = Notices::default();
    let (mode, share) = address();
    let stores = stores && !matches!(mode, Mode::Embed(_));
    let reader = reader.filter(|_| stores);
    let shared = reader.and_then(|r| share.map(|p| (r.decode_share)(&p)));
    let (persistence, stored) = match stores {
        false => (Persistence::Embedded, None),
        true => match storage::probe() {
            Err(why) => {
                notices.error(format!(
                    "Your browser does not let this page save ({why}). The planner works, but \
                     your plan lives only in this tab: export it before you close it."
                ));
                (Persistence::MemoryOnly(StorageFault::Refused), None)
            }
            Ok(()) => (
                Persistence::Local,
                reader.and_then(|r| load_current(r, &notices)),
            ),
        },
    };
    let fresh = || Plan::new(new_id(), now());
    let (plan, read_only) = match shared {
        Some(Ok(p)) => (
            library::adopt(p, PlanId("shared".into()), now()),
            mode == Mode::App,
        ),
        Some(Err(e)) => {
            notices.error(e.to_string());
            (stored.unwrap_or_else(fresh), false)
        }
        None => (stored.unwrap_or_else(fresh), false),
    };
    if read_only {
        notices.notify(
            "You are looking at a shared plan. It is read-only here, and none of your own plans were changed.",
            false,
            vec![NoticeAction::SaveSharedCopy],
        );
    }
    let saver = RwSignal::new(Saver::new(persistence, plan.updated_at, read_only));
    let plan = RwSignal::new(plan);
    let status = Memo::new(move |_| saver.with(|s| s.status.clone()));
    let session = Session {
        stores,
        writer: StoredValue::new(writer),
        reader: StoredValue::new(reader),
        last_written: StoredValue::new(None),
        plan,
        saver,
        status,
        library: RwSignal::new(Vec::new()),
        notices,
        timer: StoredValue::new(None),
    };
    // Without a reader there are no stored plans to list (yet).
    if reader.is_some() {
        session.refresh_library();
    }
    Loaded {
        store: PlanStore::new(plan, status.into()),
        session,
        notices,
        page: Page {
            mode,
            print_all: RwSignal::new(false),
        },
    }
}

impl Session {
    pub fn persistence(&self) -> Persistence {
        self.saver.with_untracked(|s| s.persistence.clone())
    }

    pub fn is_local(&self) -> bool {
        self.saver.with_untracked(Saver::is_local)
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
            SaveCommand::ReadStored => match storage::read(&self.key()).ok().flatten() {
                None => self.send(SaveEvent::Read { stored: None }),
                // Still what this tab wrote last: not newer than itself, nothing to read.
                Some(text)
                    if self
                        .last_written
                        .with_value(|w| w.as_deref() == Some(&text)) =>
                {
                    self.send(SaveEvent::Read { stored: None })
                }
                Some(text) => {
                    let me = *self;
                    self.with_reader(move |r| {
                        let stored = (r.decode)(&text).ok().map(Box::new);
                        me.send(SaveEvent::Read { stored });
                    });
                }
            },
            // An embed's protocol never writes. Before the writer's chunk is in, the write waits
            // for it (the protocol waits for `Written` meanwhile).
            SaveCommand::Write => {
                let me = *self;
                self.with_writer(move |w| me.write(w));
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
                self.library
                    .update(|list| *list = library::with_saved(list, &plan));
            }
            SaveCommand::RequestPersistence => request_persistence(),
        }
    }

    /// Writes the open plan, and tells the protocol how it went.
    fn write(&self, w: Writer) {
        let (at, text, id) = self
            .plan
            .with_untracked(|p| (p.updated_at, (w.encode)(p), p.id.0.clone()));
        let result = storage::write(&keys::plan(&id), &text)
            .and_then(|_| storage::write(keys::CURRENT, &id));
        if result.is_ok() {
            self.last_written.set_value(Some(text));
        }
        self.send(SaveEvent::Written { at, result });
    }

    /// Feeds the protocol: every edit, the page being hidden, and other tabs' saves. The
    /// writer is fetched once the first screen is drawn (a frame, then a task), so it is not
    /// among the first screen's downloads and is in long before a person has typed and paused.
    pub fn autosave(self) {
        request_animation_frame(move || {
            set_timeout(move || self.with_writer(|_| ()), Duration::ZERO)
        });
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

    /// Another tab wrote to storage.
    fn on_storage(&self, ev: web_sys::StorageEvent) {
        let Some(key) = ev.key() else { return };
        if key.starts_with(keys::PLAN_PREFIX) {
            self.refresh_library();
        }
        if key != self.key() {
            return;
        }
        let Some(text) = ev.new_value() else { return };
        let me = *self;
        self.with_reader(move |r| {
            let Ok(theirs) = (r.decode)(&text) else {
                return;
            };
            let ours = me.plan.with_untracked(|p| p.updated_at);
            me.send(SaveEvent::OtherTabSaved {
                theirs: Box::new(theirs),
                ours,
            });
        });
    }

    /// A notice's button was pressed.
    pub fn act(&self, notice: u64, action: NoticeAction) {
        self.notices.dismiss(notice);
        match action {
            NoticeAction::KeepMine => self.send(SaveEvent::KeepMine),
            NoticeAction::LoadTheirs => self.send(SaveEvent::LoadTheirs),
            NoticeAction::UndoDelete => self.undo_delete(),
            NoticeAction::SaveSharedCopy => self.save_shared_copy(),
        }
    }

    pub fn refresh_library(&self) {
        if self.is_local() {
            let library = self.library;
            self.with_reader(move |r| {
                library.set((r.summarize)(storage::entries(keys::PLAN_PREFIX)));
            });
        }
    }

    /// Runs `then` with the writer: at once when it is in, else once its chunk arrives. A page
    /// that does not store (an embed) writes nothing.
    fn with_writer(&self, then: impl FnOnce(Writer) + 'static) {
        self.with_codec(self.writer, load_writer, then);
    }

    /// Runs `then` with the reader: at once when it is in, else once its chunk arrives. A page
    /// that does not store (an embed) reads nothing.
    fn with_reader(&self, then: impl FnOnce(Reader) + 'static) {
        self.with_codec(self.reader, load_reader, then);
    }

    /// The writer's and the reader's shared way: `slot` holds the part once it is in.
    fn with_codec<T: Copy + Send + Sync + 'static, F: std::future::Future<Output = T> + 'static>(
        &self,
        slot: StoredValue<Option<T>>,
        load: fn() -> F,
        then: impl FnOnce(T) + 'static,
    ) {
        if !self.stores {
            return;
        }
        if let Some(part) = slot.get_value() {
            return then(part);
        }
        leptos::task::spawn_local(async move {
            let part = load().await;
            slot.set_value(Some(part));
            then(part);
        });
    }

    /// Fetches the reader ahead of need, if the planner started without it (the Share step,
    /// whose plan list, backup and import read stored plans, asks as it opens). In one tab
    /// nothing else needs it: a save finds its own last write, which needs no reading.
    pub fn prefetch_reader(&self) {
        self.with_reader(|_| ());
    }

    /// Makes `plan` the open plan and saves it at once.
    fn open_plan(&self, plan: Plan) {
        self.flush();
        let at = plan.updated_at;
        self.plan.set(plan);
        self.send(SaveEvent::Opened { at });
    }

    pub fn new_plan(&self) {
        self.open_plan(Plan::new(new_id(), now()));
    }

    pub fn open(&self, id: &PlanId) {
        self.flush();
        let (me, id) = (*self, id.clone());
        self.with_reader(move |r| me.open_with(r, &id));
    }

    fn open_with(&self, r: Reader, id: &PlanId) {
        match read_plan(r, id) {
            Some(Ok(plan)) => self.open_plan(plan),
            Some(Err(e)) => self
                .notices
                .error(format!("That plan could not be opened: {e}")),
            None => self
                .notices
                .error("That plan is no longer in this browser."),
        }
    }

    pub fn duplicate(&self) {
        let copy = library::duplicate(&self.plan.get_untracked(), new_id(), now());
        self.open_plan(copy);
    }

    /// Deletes a stored plan, keeping it in the trash until the next deletion (undo).
    pub fn delete(&self, id: &PlanId) {
        let (me, id) = (*self, id.clone());
        self.with_reader(move |r| me.delete_with(r, &id));
    }

    fn delete_with(&self, r: Reader, id: &PlanId) {
        let key = keys::plan(&id.0);
        let Some(text) = storage::read(&key).ok().flatten() else {
            return;
        };
        if storage::write(keys::TRASH, &text).is_err() {
            self.notices
                .error("The plan was not deleted: the browser could not keep it for undo.");
            return;
        }
        storage::remove(&key);
        let name = (r.decode)(&text)
            .map(|p| p.display_name().to_string())
            .unwrap_or_default();
        if self.plan.with_untracked(|p| p.id == *id) {
            self.send(SaveEvent::Discarded);
            self.refresh_library();
            match self.library.get_untracked().first() {
                Some(next) => self.open_with(r, &next.id.clone()),
                None => self.new_plan(),
            }
        }
        self.refresh_library();
        self.notices.notify(
            format!("Deleted \u{201c}{name}\u{201d}."),
            false,
            vec![NoticeAction::UndoDelete],
        );
    }

    fn undo_delete(&self) {
        let me = *self;
        self.with_reader(move |r| me.undo_delete_with(r));
    }

    fn undo_delete_with(&self, r: Reader) {
        let Some(text) = storage::read(keys::TRASH).ok().flatten() else {
            return;
        };
        match (r.decode)(&text) {
            Ok(plan) => {
                storage::remove(keys::TRASH);
                self.open_plan(plan);
            }
            Err(e) => self
                .notices
                .error(format!("The deleted plan could not be restored: {e}")),
        }
    }

    /// Renames a plan of the list; the open one by a named edit.
    pub fn rename(&self, store: PlanStore, id: &PlanId, name: String) {
        if self.plan.with_untracked(|p| p.id == *id) {
            store.set(hireplan_core::session::edit::PlanEdit::Name(name));
            return;
        }
        let (me, id) = (*self, id.clone());
        self.with_reader(move |r| {
            if let Some(Ok(mut plan)) = read_plan(r, &id) {
                plan.name = name;
                plan.touch(now());
                me.with_writer(move |w| {
                    let _ = storage::write(&keys::plan(&id.0), &(w.encode)(&plan));
                    me.refresh_library();
                });
            }
        });
    }

    /// A shared plan becomes one of the founder's plans; the address loses the link.
    fn save_shared_copy(&self) {
        if !self.is_local() {
            self.notices
                .error("This browser cannot save plans here; export the plan as a file instead.");
            return;
        }
        let copy = library::adopt(self.plan.get_untracked(), new_id(), now());
        if let Some(w) = web_sys::window() {
            let _ = w.location().set_hash("/role");
        }
        self.open_plan(copy);
        self.notices
            .notify("Saved a copy to your plans.", false, Vec::new());
    }

    /// Adds imported plans; `as_copies` gives them new ids instead of replacing existing ones.
    pub fn import(&self, plans: Vec<Plan>, as_copies: bool) {
        let me = *self;
        self.with_writer(move |w| me.import_with(w, plans, as_copies));
    }

    fn import_with(&self, w: Writer, plans: Vec<Plan>, as_copies: bool) {
        let mut last = None;
        for plan in plans {
            let plan = if as_copies {
                library::adopt(plan, new_id(), now())
            } else {
                plan
            };
            let key = keys::plan(&plan.id.0);
            if let Err(why) = storage::write(&key, &(w.encode)(&plan)) {
                self.notices
                    .error(format!("Import stopped: {}.", why.words()));
                break;
            }
            last = Some(plan);
        }
        self.refresh_library();
        if let Some(plan) = last {
            self.open_plan(plan);
        }
    }

    /// Every stored plan, for a backup (after saving any waiting edit).
    pub fn all_plans(&self, then: impl FnOnce(Vec<Plan>) + 'static) {
        self.flush();
        self.with_reader(move |r| {
            then(
                storage::entries(keys::PLAN_PREFIX)
                    .into_iter()
                    .filter_map(|(_, t)| (r.decode)(&t).ok())
                    .collect(),
            )
        });
    }
}

fn read_plan(r: Reader, id: &PlanId) -> Option<Result<Plan, DecodeError>> {
    let text = storage::read(&keys::plan(&id.0)).ok().flatten()?;
    Some((r.decode)(&text))
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

fn load_current(reader: Reader, notices: &Notices) -> Option<Plan> {
    let id = storage::read(keys::CURRENT).ok().flatten()?;
    let key = keys::plan(&id);
    let text = storage::read(&key).ok().flatten()?;
    match (reader.decode)(&text) {
        Ok(plan) => Some(plan),
        Err(err) => {
            let aside = keys::quarantine(&key, js_sys::Date::now() as u64);
            match storage::write(&aside, &text) {
                Ok(()) => {
                    storage::remove(&key);
                    notices.error(format!(
                        "Your last plan could not be opened: {err} It was kept aside in this \
                         browser under \"{aside}\", and a new plan was started."
                    ));
                }
                Err(_) => notices.error(format!(
                    "Your last plan could not be opened: {err} It was left where it was; \
                     a new plan was started beside it."
                )),
            }
            None
        }
    }
}

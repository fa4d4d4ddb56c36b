//! The one store of the plan: how it is loaded (stored plan, share link or embed), saved
//! (debounced, never over another tab's newer work), and how the plan library is managed.

use crate::domain::codec::{self, keys};
use crate::domain::library::{self, PlanSummary, SaveCheck};
use crate::domain::plan::{Plan, PlanId};
use crate::domain::progress::{self, FieldIssue};
use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;
use std::time::Duration;

use super::storage;

/// How long typing may pause before the plan is written.
const SAVE_DELAY: Duration = Duration::from_millis(400);

/// Where the plan is kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Persistence {
    Local,
    /// Storage cannot be used; the plan lives in this tab only. The reason is shown.
    MemoryOnly(String),
    /// An embedded view: it never reads or writes the founder's saved plans.
    Embedded,
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Pending,
    Failed(String),
    /// Another tab saved newer work; nothing is written until the founder chooses.
    Conflict,
    /// A shared plan being viewed: nothing is saved unless a copy is made.
    ReadOnly,
}

/// What a notice's button does.
#[derive(Clone, Debug, PartialEq)]
pub enum NoticeAction {
    UndoDelete,
    KeepMine,
    LoadTheirs,
    SaveSharedCopy,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub error: bool,
    pub actions: Vec<(String, NoticeAction)>,
}

/// The page's mode, from its address.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    App,
    /// `?embed=costs` or `?embed=plan`.
    Embed(String),
}

#[derive(Clone, Copy)]
pub struct Store {
    pub plan: RwSignal<Plan>,
    pub persistence: RwSignal<Persistence>,
    pub save_status: RwSignal<SaveStatus>,
    pub notices: RwSignal<Vec<Notice>>,
    /// Problems with what was typed, derived from the plan.
    pub issues: Issues,
    /// The plans stored in this browser, newest first.
    pub library: RwSignal<Vec<PlanSummary>>,
    pub mode: StoredValue<Mode>,
    /// Every step is shown one after another, for printing the whole plan.
    pub print_all: RwSignal<bool>,
    /// Another tab's newer version of the open plan, while the founder decides.
    conflict: RwSignal<Option<Plan>>,
    /// Edit time of the version this tab last loaded or saved.
    base: StoredValue<DateTime<Utc>>,
    pending: StoredValue<Option<TimeoutHandle>>,
    next_notice: StoredValue<u64>,
}

/// The plan's field issues, derived; `field` gives the messages for one field.
#[derive(Clone, Copy)]
pub struct Issues(pub Memo<Vec<FieldIssue>>);

impl Issues {
    pub fn field(self, name: &'static str) -> Signal<Vec<String>> {
        Signal::derive(move || self.0.with(|all| progress::field_messages(all, name)))
    }
}

pub fn now() -> DateTime<Utc> {
    DateTime::from_timestamp_millis(js_sys::Date::now() as i64).unwrap_or_default()
}

/// Today's date in the browser's time zone.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

pub fn new_id() -> PlanId {
    let random = (js_sys::Math::random() * 2f64.powi(48)) as u64;
    PlanId::from_parts(js_sys::Date::now() as u64, random)
}

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The `embed` query parameter, if any.
fn embed_param() -> Option<String> {
    let search = location()?.search().ok()?;
    search
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("embed="))
        .map(|v| v.to_string())
}

/// The share payload in the address (`#share=h1.…`), if any.
pub fn share_param() -> Option<String> {
    let hash = location()?.hash().ok()?;
    hash.trim_start_matches('#')
        .strip_prefix("share=")
        .map(|v| v.to_string())
}

impl Store {
    /// Builds the store for this page: an embed (memory only), a shared plan (read-only), or
    /// the last plan from storage. Unreadable entries are moved aside, never overwritten.
    pub fn load() -> Store {
        let mut notices = Vec::new();
        let mode = embed_param().map(Mode::Embed).unwrap_or(Mode::App);
        let shared = share_param().map(|p| codec::decode_share(&p));
        let (persistence, stored) = if matches!(mode, Mode::Embed(_)) {
            (Persistence::Embedded, None)
        } else {
            match storage::probe() {
                Err(why) => (Persistence::MemoryOnly(why), None),
                Ok(()) => (Persistence::Local, Some(load_current(&mut notices))),
            }
        };
        let mut status = SaveStatus::Saved;
        let plan = match shared {
            Some(Ok(p)) => {
                if mode == Mode::App {
                    status = SaveStatus::ReadOnly;
                }
                library::adopt(p, PlanId("shared".into()), now())
            }
            Some(Err(e)) => {
                notices.push(e.to_string());
                stored
                    .flatten()
                    .unwrap_or_else(|| Plan::new(new_id(), now()))
            }
            None => stored
                .flatten()
                .unwrap_or_else(|| Plan::new(new_id(), now())),
        };
        if let Persistence::MemoryOnly(why) = &persistence {
            notices.push(format!(
                "Your browser does not let this page save ({why}). The planner works, but \
                 your plan lives only in this tab: export it before you close it."
            ));
        }
        let base = plan.updated_at;
        let plan = RwSignal::new(plan);
        let today = today();
        let store = Store {
            issues: Issues(Memo::new(move |_| {
                plan.with(|p| progress::issues(p, today))
            })),
            plan,
            persistence: RwSignal::new(persistence),
            save_status: RwSignal::new(status.clone()),
            notices: RwSignal::new(Vec::new()),
            library: RwSignal::new(Vec::new()),
            mode: StoredValue::new(mode),
            print_all: RwSignal::new(false),
            conflict: RwSignal::new(None),
            base: StoredValue::new(base),
            pending: StoredValue::new(None),
            next_notice: StoredValue::new(0),
        };
        for n in notices {
            store.notify(n, true, Vec::new());
        }
        if status == SaveStatus::ReadOnly {
            store.notify(
                "You are looking at a shared plan. It is read-only here, and none of your own plans were changed.".into(),
                false,
                vec![("Save a copy to my plans".into(), NoticeAction::SaveSharedCopy)],
            );
        }
        store.refresh_library();
        store
    }

    /// Shows every step, opens the print dialog once they are drawn, and goes back after.
    pub fn print_plan(&self) {
        thread_local!(static AFTER: std::cell::RefCell<Option<WindowListenerHandle>> = const { std::cell::RefCell::new(None) });
        self.print_all.set(true);
        let done = self.print_all;
        let handle = window_event_listener(leptos::ev::afterprint, move |_| {
            done.set(false);
            // One print, one listener.
            if let Some(h) = AFTER.with(|a| a.borrow_mut().take()) {
                h.remove();
            }
        });
        if let Some(old) = AFTER.with(|a| a.borrow_mut().replace(handle)) {
            old.remove();
        }
        // Two frames: the steps are drawn before the dialog opens.
        request_animation_frame(move || {
            request_animation_frame(move || {
                if let Some(w) = web_sys::window() {
                    let _ = w.print();
                }
            })
        });
    }

    pub fn is_local(&self) -> bool {
        self.persistence
            .with_untracked(|p| *p == Persistence::Local)
    }

    pub fn read_only(&self) -> Signal<bool> {
        let status = self.save_status;
        Signal::derive(move || status.get() == SaveStatus::ReadOnly)
    }

    pub fn notify(&self, text: String, error: bool, actions: Vec<(String, NoticeAction)>) {
        let id = self.next_notice.get_value();
        self.next_notice.set_value(id + 1);
        self.notices.update(|n| {
            n.push(Notice {
                id,
                text,
                error,
                actions,
            })
        });
    }

    pub fn dismiss(&self, id: u64) {
        self.notices.update(|n| n.retain(|x| x.id != id));
    }

    /// A text field of the plan, as a signal for an input's value.
    pub fn text(&self, get: fn(&Plan) -> &String) -> Signal<String> {
        let plan = self.plan;
        Signal::derive(move || plan.with(|p| get(p).clone()))
    }

    /// Changes the plan and stamps the edit time.
    pub fn update(&self, f: impl FnOnce(&mut Plan)) {
        self.plan.update(|p| {
            f(p);
            p.touch(now());
        });
    }

    /// Writes the plan a moment after it stops changing, and at once when the page is hidden.
    /// The only effect that writes the open plan to storage.
    pub fn autosave(self) {
        Effect::new(move || {
            // Only edits are saved: a plan just loaded or saved carries the base edit time.
            let edited = self.plan.with(|p| p.updated_at) != self.base.get_value();
            if !edited || !self.is_local() {
                return;
            }
            if matches!(
                self.save_status.get_untracked(),
                SaveStatus::ReadOnly | SaveStatus::Conflict
            ) {
                return;
            }
            self.save_status.set(SaveStatus::Pending);
            if let Some(h) = self.pending.get_value() {
                h.clear();
            }
            let handle = set_timeout_with_handle(move || self.save_now(), SAVE_DELAY).ok();
            self.pending.set_value(handle);
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
        if let Some(h) = self.pending.get_value() {
            h.clear();
            self.pending.set_value(None);
            self.save_now();
        }
    }

    fn save_now(&self) {
        self.pending.set_value(None);
        if !self.is_local() || self.save_status.get_untracked() == SaveStatus::ReadOnly {
            return;
        }
        let plan = self.plan.get_untracked();
        let key = keys::plan(&plan.id.0);
        let stored = storage::read(&key).ok().flatten();
        match library::check_before_save(stored.as_deref(), self.base.get_value()) {
            SaveCheck::Conflict { theirs } => self.raise_conflict(*theirs),
            SaveCheck::Write => {
                let result = storage::write(&key, &codec::encode_stored(&plan))
                    .and_then(|_| storage::write(keys::CURRENT, &plan.id.0));
                match result {
                    Ok(()) => {
                        self.base.set_value(plan.updated_at);
                        self.save_status.set(SaveStatus::Saved);
                        self.library
                            .update(|list| *list = library::with_saved(list, &plan));
                        request_persistence();
                    }
                    Err(why) => self.save_status.set(SaveStatus::Failed(format!(
                        "Not saved: {why}. Your plan is kept in this tab; export it to be safe."
                    ))),
                }
            }
        }
    }

    fn raise_conflict(&self, theirs: Plan) {
        let when = library::when(theirs.updated_at, now());
        self.conflict.set(Some(theirs));
        self.save_status.set(SaveStatus::Conflict);
        // Only one conflict question at a time.
        self.notices
            .update(|n| n.retain(|x| !x.actions.iter().any(|(_, a)| *a == NoticeAction::KeepMine)));
        self.notify(
            format!(
                "This plan was changed in another tab ({when}). Which version do you want to keep?"
            ),
            true,
            vec![
                ("Keep this tab's version".into(), NoticeAction::KeepMine),
                (
                    "Load the other tab's version".into(),
                    NoticeAction::LoadTheirs,
                ),
            ],
        );
    }

    /// Another tab wrote to storage.
    fn on_storage(&self, ev: web_sys::StorageEvent) {
        let Some(key) = ev.key() else { return };
        if key.starts_with(keys::PLAN_PREFIX) {
            self.refresh_library();
        }
        if !self.is_local() || key != keys::plan(&self.plan.with_untracked(|p| p.id.0.clone())) {
            return;
        }
        let Some(theirs) = ev.new_value().and_then(|t| codec::decode_stored(&t).ok()) else {
            return;
        };
        if theirs.updated_at <= self.plan.with_untracked(|p| p.updated_at) {
            return;
        }
        if self.save_status.get_untracked() == SaveStatus::Pending {
            // Unsaved edits here and newer work there: ask.
            if let Some(h) = self.pending.get_value() {
                h.clear();
            }
            self.pending.set_value(None);
            self.raise_conflict(theirs);
        } else {
            self.base.set_value(theirs.updated_at);
            self.plan.set(theirs);
            self.save_status.set(SaveStatus::Saved);
        }
    }

    pub fn act(&self, notice: u64, action: NoticeAction) {
        self.dismiss(notice);
        match action {
            NoticeAction::KeepMine => {
                if let Some(theirs) = self.conflict.get_untracked() {
                    self.base.set_value(theirs.updated_at);
                }
                self.conflict.set(None);
                self.save_status.set(SaveStatus::Saved);
                self.update(|_| {});
            }
            NoticeAction::LoadTheirs => {
                if let Some(theirs) = self.conflict.get_untracked() {
                    self.base.set_value(theirs.updated_at);
                    self.save_status.set(SaveStatus::Saved);
                    self.plan.set(theirs);
                }
                self.conflict.set(None);
            }
            NoticeAction::UndoDelete => self.undo_delete(),
            NoticeAction::SaveSharedCopy => self.save_shared_copy(),
        }
    }

    pub fn refresh_library(&self) {
        if self.is_local() {
            self.library
                .set(library::summarize(storage::entries(keys::PLAN_PREFIX)));
        }
    }

    /// Makes `plan` the open plan and saves it at once.
    fn open_plan(&self, plan: Plan) {
        self.flush();
        self.base.set_value(plan.updated_at);
        self.save_status.set(SaveStatus::Saved);
        self.plan.set(plan);
        self.force_save();
    }

    fn force_save(&self) {
        if let Some(h) = self.pending.get_value() {
            h.clear();
        }
        self.pending.set_value(None);
        self.save_now();
    }

    pub fn new_plan(&self) {
        self.open_plan(Plan::new(new_id(), now()));
    }

    pub fn open(&self, id: &PlanId) {
        self.flush();
        match storage::read(&keys::plan(&id.0))
            .ok()
            .flatten()
            .map(|t| codec::decode_stored(&t))
        {
            Some(Ok(plan)) => self.open_plan(plan),
            Some(Err(e)) => self.notify(
                format!("That plan could not be opened: {e}"),
                true,
                Vec::new(),
            ),
            None => self.notify(
                "That plan is no longer in this browser.".into(),
                true,
                Vec::new(),
            ),
        }
    }

    pub fn duplicate(&self) {
        let copy = library::duplicate(&self.plan.get_untracked(), new_id(), now());
        self.open_plan(copy);
    }

    /// Deletes a stored plan, keeping it in the trash until the next deletion (undo).
    pub fn delete(&self, id: &PlanId) {
        let key = keys::plan(&id.0);
        let Some(text) = storage::read(&key).ok().flatten() else {
            return;
        };
        if storage::write(keys::TRASH, &text).is_err() {
            self.notify(
                "The plan was not deleted: the browser could not keep it for undo.".into(),
                true,
                Vec::new(),
            );
            return;
        }
        storage::remove(&key);
        let name = codec::decode_stored(&text)
            .map(|p| p.display_name().to_string())
            .unwrap_or_default();
        if self.plan.with_untracked(|p| p.id == *id) {
            if let Some(h) = self.pending.get_value() {
                h.clear();
            }
            self.pending.set_value(None);
            self.refresh_library();
            match self.library.get_untracked().first() {
                Some(next) => self.open(&next.id.clone()),
                None => self.new_plan(),
            }
        }
        self.refresh_library();
        self.notify(
            format!("Deleted \u{201c}{name}\u{201d}."),
            false,
            vec![("Undo".into(), NoticeAction::UndoDelete)],
        );
    }

    fn undo_delete(&self) {
        let Some(text) = storage::read(keys::TRASH).ok().flatten() else {
            return;
        };
        match codec::decode_stored(&text) {
            Ok(plan) => {
                storage::remove(keys::TRASH);
                self.open_plan(plan);
            }
            Err(e) => self.notify(
                format!("The deleted plan could not be restored: {e}"),
                true,
                Vec::new(),
            ),
        }
    }

    pub fn rename(&self, id: &PlanId, name: String) {
        if self.plan.with_untracked(|p| p.id == *id) {
            self.update(|p| p.name = name);
            return;
        }
        let key = keys::plan(&id.0);
        if let Some(Ok(mut plan)) = storage::read(&key)
            .ok()
            .flatten()
            .map(|t| codec::decode_stored(&t))
        {
            plan.name = name;
            plan.touch(now());
            let _ = storage::write(&key, &codec::encode_stored(&plan));
            self.refresh_library();
        }
    }

    /// A shared plan becomes one of the founder's plans; the address loses the link.
    fn save_shared_copy(&self) {
        if !self.is_local() {
            self.notify(
                "This browser cannot save plans here; export the plan as a file instead.".into(),
                true,
                Vec::new(),
            );
            return;
        }
        let copy = library::adopt(self.plan.get_untracked(), new_id(), now());
        if let Some(loc) = location() {
            let _ = loc.set_hash("/role");
        }
        self.open_plan(copy);
        self.notify("Saved a copy to your plans.".into(), false, Vec::new());
    }

    /// Adds imported plans; `as_copies` gives them new ids instead of replacing existing ones.
    pub fn import(&self, plans: Vec<Plan>, as_copies: bool) {
        let mut last = None;
        for plan in plans {
            let plan = if as_copies {
                library::adopt(plan, new_id(), now())
            } else {
                plan
            };
            let key = keys::plan(&plan.id.0);
            if let Err(why) = storage::write(&key, &codec::encode_stored(&plan)) {
                self.notify(format!("Import stopped: {why}."), true, Vec::new());
                break;
            }
            last = Some(plan);
        }
        self.refresh_library();
        if let Some(plan) = last {
            self.open_plan(plan);
        }
    }

    /// Every stored plan, for a backup.
    pub fn all_plans(&self) -> Vec<Plan> {
        self.flush();
        storage::entries(keys::PLAN_PREFIX)
            .into_iter()
            .filter_map(|(_, t)| codec::decode_stored(&t).ok())
            .collect()
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

fn load_current(notices: &mut Vec<String>) -> Option<Plan> {
    let id = storage::read(keys::CURRENT).ok().flatten()?;
    let key = keys::plan(&id);
    let text = storage::read(&key).ok().flatten()?;
    match codec::decode_stored(&text) {
        Ok(plan) => Some(plan),
        Err(err) => {
            let aside = keys::quarantine(&key, js_sys::Date::now() as u64);
            match storage::write(&aside, &text) {
                Ok(()) => {
                    storage::remove(&key);
                    notices.push(format!(
                        "Your last plan could not be opened: {err} It was kept aside in this \
                         browser under \"{aside}\", and a new plan was started."
                    ));
                }
                Err(_) => notices.push(format!(
                    "Your last plan could not be opened: {err} It was left where it was; \
                     a new plan was started beside it."
                )),
            }
            None
        }
    }
}

//! The page's session: loads the plan for this page (stored, shared or embedded) and puts
//! together its saving (`save_runner`) and the plan library (`library`).

use hireplan_core::codec::keys;
use hireplan_core::plan::{Plan, PlanId};
use hireplan_core::session::library;
use hireplan_core::session::save::{Persistence, SaveStatus, Saver, StorageFault};
use leptos::prelude::*;

use super::library::Library;
use super::notices::{NoticeAction, Notices};
use super::parts::{Codec, Reader};
use super::save_runner::SaveRunner;
use super::state::{address, new_id, now, Mode, Page, PlanStore};
use super::storage;

/// The open plan's saving and the plan library, in context for the components.
#[derive(Clone, Copy)]
pub struct Session {
    pub saves: SaveRunner,
    pub library: Library,
    notices: Notices,
}

impl Session {
    /// Starts saving the open plan and following other tabs (the planner, not an embed).
    pub fn start(self) {
        self.saves.autosave();
        self.library.watch();
    }

    /// The save status.
    pub fn status(&self) -> Memo<SaveStatus> {
        self.saves.status
    }

    pub fn persistence(&self) -> Persistence {
        self.saves.persistence()
    }

    /// A notice's button was pressed.
    pub fn act(&self, notice: u64, action: NoticeAction) {
        use hireplan_core::session::save::SaveEvent;
        self.notices.dismiss(notice);
        match action {
            NoticeAction::KeepMine => self.saves.send(SaveEvent::KeepMine),
            NoticeAction::LoadTheirs => self.saves.send(SaveEvent::LoadTheirs),
            NoticeAction::UndoDelete => self.library.undo_delete(),
            NoticeAction::SaveSharedCopy => self.library.save_shared_copy(),
        }
    }
}

/// Everything a page needs, made once and put in context by the planner.
#[derive(Clone, Copy)]
pub struct Loaded {
    pub store: PlanStore,
    pub session: Session,
    pub notices: Notices,
    pub page: Page,
}

/// Whether the planner has something to read before it can draw: a share link, or plans in
/// this browser. (The page's head script asks the same to preload the reader.)
pub fn needs_reader() -> bool {
    address().1.is_some() || storage::holds(keys::PLAN_PREFIX)
}

/// Builds the stores for this page: an embed (memory only: the shared plan embed reads its
/// link in its own chunk), a shared plan (read-only), or the last plan from storage.
/// Unreadable entries are moved aside, never overwritten. A page that does not store (an
/// embed) reads and writes nothing; without the reader, `needs_reader` was false: nothing to
/// read yet. Without the writer, the first save fetches it.
pub fn load_with(stores: bool, codec: Codec) -> Loaded {
    let notices = Notices::default();
    let (mode, share) = address();
    let stores = stores && !matches!(mode, Mode::Embed(_));
    let reader = codec.reader.ready().filter(|_| stores);
    let shared = reader.and_then(|r| share.map(|p| r.decode_share(&p)));
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
    let saver = Saver::new(persistence, plan.updated_at, read_only);
    let plan = RwSignal::new(plan);
    let stored = RwSignal::new(Vec::new());
    let saves = SaveRunner::new(plan, saver, codec, stored, notices);
    let library = Library::new(saves, codec, stored, notices, plan.read_only());
    // Without the reader there are no stored plans to list (yet).
    if reader.is_some() {
        library.refresh();
    }
    Loaded {
        store: PlanStore::new(plan, saves.status.into(), notices),
        session: Session {
            saves,
            library,
            notices,
        },
        notices,
        page: Page {
            mode,
            print_all: RwSignal::new(false),
        },
    }
}

/// The plan this browser had open last, if it can be read. One that cannot be decoded is
/// moved aside (never overwritten) and a new plan is started.
fn load_current(reader: Reader, notices: &Notices) -> Option<Plan> {
    let read = |key: &str| {
        storage::read(key).unwrap_or_else(|why| {
            notices.storage_fault(
                "Your last plan could not be read, so a new plan was started",
                why,
            );
            None
        })
    };
    let id = read(keys::CURRENT)?;
    let key = keys::plan(&id);
    let text = read(&key)?;
    let err = match reader.decode(&text) {
        Ok(plan) => return Some(plan),
        Err(err) => err,
    };
    let aside = keys::quarantine(&key, js_sys::Date::now() as u64);
    let moved = storage::write(&aside, &text).and_then(|()| storage::remove(&key));
    notices.error(match moved {
        Ok(()) => format!(
            "Your last plan could not be opened: {err} It was kept aside in this browser under \
             \"{aside}\", and a new plan was started."
        ),
        Err(_) => format!(
            "Your last plan could not be opened: {err} It was left where it was; a new plan \
             was started beside it."
        ),
    });
    None
}

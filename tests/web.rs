//! Browser tests: run in headless Chromium by wasm-bindgen-test-runner. The save protocol's
//! decisions are native tests (`hireplan_core::session::save`); these check its wiring to real
//! storage: the autosave, a corrupt entry, full storage, refused storage (typed errors, the
//! library in memory), another tab's newer save, an import.
#![cfg(target_arch = "wasm32")]

use hireplan::ui::notices::NoticeAction;
use hireplan::ui::session::Loaded;
use hireplan::ui::state::now;
use hireplan::ui::storage::{self, StorageError};
use hireplan::ui::transfer;
use hireplan_core::codec::{self, keys};
use hireplan_core::plan::{Plan, PlanId};
use hireplan_core::session::save::{Persistence, SaveStatus, StorageFault};
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn local() -> web_sys::Storage {
    web_sys::window().unwrap().local_storage().unwrap().unwrap()
}

fn clear_storage() {
    local().clear().unwrap();
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Waits until `cond` holds, checking every 20 ms; fails after 5 s with `what`.
async fn until(what: &str, cond: impl Fn() -> bool) {
    for _ in 0..250 {
        if cond() {
            return;
        }
        sleep(20).await;
    }
    panic!("timed out waiting for: {what}");
}

thread_local!(static BUSY: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });

/// The tests share one page (and its storage): each takes this turn before it starts.
struct Turn;

impl Drop for Turn {
    fn drop(&mut self) {
        BUSY.with(|b| b.set(false));
    }
}

async fn turn() -> Turn {
    while BUSY.with(|b| b.replace(true)) {
        sleep(10).await;
    }
    clear_storage();
    Turn
}

fn eval(js: &str) {
    js_sys::eval(js).unwrap();
}

/// Makes `window.localStorage` throw a SecurityError, as blocked site data does.
fn refuse_storage() {
    eval(
        "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage') \
         || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { throw new DOMException('denied', 'SecurityError'); } });",
    );
}

fn allow_storage() {
    eval("Object.defineProperty(window, 'localStorage', window.__savedStorage);");
}

/// From now on, counts each read of `window.localStorage` (refused, missing or granted, as it
/// is in force) in `window.__storageReads`; `stop_counting` puts back what was in force.
fn count_storage_reads() {
    eval(
        "window.__counted = Object.getOwnPropertyDescriptor(window, 'localStorage') \
         || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage'); \
         window.__storageReads = 0; \
         Object.defineProperty(window, 'localStorage', { configurable: true, \
         get() { window.__storageReads += 1; return window.__counted.get.call(window); } });",
    );
}

fn stop_counting() {
    eval("Object.defineProperty(window, 'localStorage', window.__counted);");
}

/// The reads of `window.localStorage` counted since the last call.
fn storage_reads() -> u32 {
    let reads = js_sys::eval("window.__storageReads")
        .unwrap()
        .as_f64()
        .unwrap() as u32;
    eval("window.__storageReads = 0;");
    reads
}

/// Makes `window.localStorage` null, as a browser without local storage has it.
fn remove_storage() {
    eval(
        "window.__savedStorage = Object.getOwnPropertyDescriptor(window, 'localStorage') \
         || Object.getOwnPropertyDescriptor(Window.prototype, 'localStorage'); \
         Object.defineProperty(window, 'localStorage', { configurable: true, get() { return null; } });",
    );
}

fn named(id: &str, name: &str) -> Plan {
    let mut plan = Plan::new(PlanId(id.into()), now());
    plan.name = name.into();
    plan
}

fn sorted(mut names: Vec<String>) -> Vec<String> {
    names.sort();
    names
}

/// Mounts the whole app in a fresh element; returns the element and the stores it made.
fn mount() -> (web_sys::Element, Loaded, impl Drop) {
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let made = std::rc::Rc::new(std::cell::Cell::new(None));
    let made_in = made.clone();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), move || {
        let loaded = hireplan::ui::load();
        made_in.set(Some(loaded));
        view! { <hireplan::ui::Planner loaded=loaded/> }
    });
    (host, made.get().expect("the app made its store"), handle)
}

fn type_into(id: &str, value: &str) {
    let document = web_sys::window().unwrap().document().unwrap();
    let input: web_sys::HtmlInputElement = document
        .get_element_by_id(id)
        .unwrap_or_else(|| panic!("#{id} is rendered"))
        .unchecked_into();
    input.set_value(value);
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
}

fn stored_plan() -> Option<Plan> {
    let id = local().get_item(keys::CURRENT).unwrap()?;
    let text = local().get_item(&keys::plan(&id)).unwrap()?;
    codec::decode_stored(&text).ok()
}

#[wasm_bindgen_test]
async fn storage_probe_succeeds_in_a_normal_page() {
    let _turn = turn().await;
    assert_eq!(storage::probe(), Ok(()));
}

#[wasm_bindgen_test]
async fn a_fresh_browser_gets_a_new_plan_and_writes_nothing_until_an_edit() {
    let _turn = turn().await;
    let owner = Owner::new();
    owner.with(|| {
        let l = hireplan::ui::load();
        assert_eq!(l.session.persistence(), Persistence::Local);
        assert!(l.notices.list.get_untracked().is_empty());
        assert!(l.store.plan.get_untracked().id.0.starts_with('p'));
    });
    assert_eq!(local().length().unwrap(), 0);
}

#[wasm_bindgen_test]
async fn an_unreadable_entry_is_kept_aside_and_reported() {
    let _turn = turn().await;
    let s = local();
    s.set_item(keys::CURRENT, "old").unwrap();
    s.set_item(&keys::plan("old"), "{ not json").unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let l = hireplan::ui::load();
        let notices = l.notices.list.get_untracked();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].text.contains("could not be opened"));
        assert_ne!(l.store.plan.get_untracked().id.0, "old");
    });
    let kept: Vec<String> = storage::entries(keys::QUARANTINE_PREFIX)
        .unwrap()
        .into_iter()
        .map(|(_, v)| v)
        .collect();
    assert_eq!(kept, vec!["{ not json".to_string()]);
    assert_eq!(s.get_item(&keys::plan("old")).unwrap(), None);
}

#[wasm_bindgen_test]
async fn typing_is_autosaved_after_a_pause() {
    let _turn = turn().await;
    let (host, l, handle) = mount();
    type_into("plan-name", "Search backend hire");
    // Debounced: the edit waits (the protocol's timing is a native test).
    until("the save is pending", || {
        l.session.status().get_untracked() == SaveStatus::Pending
    })
    .await;
    assert!(stored_plan().is_none());
    until("the plan is saved", || {
        l.session.status().get_untracked() == SaveStatus::Saved
    })
    .await;
    assert_eq!(stored_plan().unwrap().name, "Search backend hire");
    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
async fn full_storage_keeps_the_plan_in_memory_and_warns() {
    let _turn = turn().await;
    let (host, l, handle) = mount();
    type_into("plan-name", "Before the disk filled");
    until("the first save", || {
        stored_plan().is_some_and(|p| p.name == "Before the disk filled")
    })
    .await;
    // Fill the real quota with filler entries.
    let chunk = "x".repeat(512 * 1024);
    let mut i = 0;
    while local().set_item(&format!("filler:{i}"), &chunk).is_ok() && i < 400 {
        i += 1;
    }
    let small = "y".repeat(1024);
    while local()
        .set_item(&format!("filler-small:{i}"), &small)
        .is_ok()
        && i < 100_000
    {
        i += 1;
    }
    // Storage says so as a typed error.
    assert_eq!(
        storage::write("filler:one-more", &small),
        Err(StorageError::Full)
    );
    // A long edit no longer fits.
    type_into("objective", &"Cut checkout latency in half. ".repeat(400));
    until("the save fails", || {
        matches!(l.session.status().get_untracked(), SaveStatus::Failed(_))
    })
    .await;
    assert_eq!(
        l.session.status().get_untracked(),
        SaveStatus::Failed(StorageFault::Full)
    );
    // Nothing typed is lost: the plan in memory has it, and the older save is intact.
    assert!(l
        .store
        .plan
        .with_untracked(|p| p.role.objective.len() > 10_000));
    assert_eq!(stored_plan().unwrap().name, "Before the disk filled");
    let notice = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .query_selector("[data-testid=notice]")
        .unwrap()
        .expect("a notice is shown")
        .text_content()
        .unwrap();
    assert!(notice.contains("full"), "{notice}");
    drop(handle);
    host.remove();
    clear_storage();
}

#[wasm_bindgen_test]
async fn refused_storage_still_works_in_memory_and_says_so() {
    let _turn = turn().await;
    refuse_storage();
    assert_eq!(storage::probe(), Err(StorageError::Refused));
    let (host, l, handle) = mount();
    assert!(matches!(
        l.session.persistence(),
        Persistence::MemoryOnly(_)
    ));
    assert!(l.notices.list.get_untracked()[0]
        .text
        .contains("lives only in this tab"));
    type_into("plan-name", "In memory only");
    assert_eq!(
        l.store.plan.with_untracked(|p| p.name.clone()),
        "In memory only"
    );
    // Nothing is scheduled or written: the status says so.
    assert_eq!(l.session.status().get_untracked(), SaveStatus::Saved);
    let status = web_sys::window()
        .unwrap()
        .document()
        .unwrap()
        .query_selector("[data-testid=save-status]")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(status, "Not saved: this tab only");
    drop(handle);
    host.remove();
    allow_storage();
    assert_eq!(storage::probe(), Ok(()));
}

#[wasm_bindgen_test]
async fn another_tabs_newer_save_is_never_overwritten_silently() {
    let _turn = turn().await;
    let (host, l, handle) = mount();
    type_into("plan-name", "Mine");
    until("the first save", || {
        stored_plan().is_some_and(|p| p.name == "Mine")
    })
    .await;
    // Another tab saves a newer version of the same plan.
    let mut theirs = stored_plan().unwrap();
    theirs.name = "Theirs".into();
    theirs.updated_at += chrono::Duration::minutes(5);
    let key = keys::plan(&theirs.id.0);
    local()
        .set_item(&key, &codec::encode_stored(&theirs))
        .unwrap();
    // This tab edits before hearing about it: the save stops and asks.
    type_into("plan-name", "Mine, edited");
    until("the conflict is raised", || {
        l.session.status().get_untracked() == SaveStatus::Conflict
    })
    .await;
    assert_eq!(stored_plan().unwrap().name, "Theirs");
    let notice = l.notices.list.get_untracked().last().cloned().unwrap();
    assert!(notice.text.contains("changed in another tab"));
    assert_eq!(
        notice.actions,
        vec![NoticeAction::KeepMine, NoticeAction::LoadTheirs]
    );
    // Keeping this tab's version writes it deliberately.
    l.session.act(notice.id, NoticeAction::KeepMine);
    until("this tab's version is saved", || {
        stored_plan().is_some_and(|p| p.name == "Mine, edited")
    })
    .await;
    drop(handle);
    host.remove();
}

#[wasm_bindgen_test]
async fn refused_storage_is_a_typed_error_on_every_path() {
    let _turn = turn().await;
    local().set_item("hireplan:plan:x", "kept").unwrap();
    refuse_storage();
    assert_eq!(storage::probe(), Err(StorageError::Refused));
    assert_eq!(storage::read("hireplan:plan:x"), Err(StorageError::Refused));
    assert_eq!(storage::write("k", "v"), Err(StorageError::Refused));
    assert_eq!(
        storage::remove("hireplan:plan:x"),
        Err(StorageError::Refused)
    );
    assert_eq!(storage::keys("hireplan:"), Err(StorageError::Refused));
    assert_eq!(storage::entries("hireplan:"), Err(StorageError::Refused));
    assert!(!storage::holds("hireplan:"));
    assert_eq!(StorageError::Refused.fault(), StorageFault::Refused);
    assert_eq!(StorageError::Full.fault(), StorageFault::Full);
    allow_storage();
    // Nothing was changed meanwhile, and the same calls work again.
    assert_eq!(storage::read("hireplan:plan:x"), Ok(Some("kept".into())));
    assert_eq!(
        storage::entries("hireplan:plan:"),
        Ok(vec![("hireplan:plan:x".into(), "kept".into())])
    );
    assert!(storage::holds("hireplan:plan:"));
    assert_eq!(storage::remove("hireplan:plan:x"), Ok(()));
    assert_eq!(storage::keys("hireplan:"), Ok(vec![]));
}

/// Every storage call, once each (the shared tests above check what they return).
fn every_storage_call() -> [bool; 7] {
    [
        storage::probe().is_ok(),
        storage::read("hireplan:plan:x").is_ok(),
        storage::write("hireplan:plan:y", "v").is_ok(),
        storage::remove("hireplan:plan:y").is_ok(),
        storage::keys("hireplan:").is_ok(),
        storage::entries("hireplan:").is_ok(),
        storage::holds("hireplan:"),
    ]
}

#[wasm_bindgen_test]
async fn with_storage_refused_no_call_reaches_gloo_storage() {
    let _turn = turn().await;
    local().set_item("hireplan:plan:x", "kept").unwrap();
    // gloo-storage reaches storage only through `LocalStorage::raw()`, which reads
    // `window.localStorage` (and throws where it is refused or missing). A call that asks the
    // browser once and stops there reads it once; one that went on to gloo reads it again.
    for (refuse, why) in [
        (refuse_storage as fn(), StorageError::Refused),
        (remove_storage, StorageError::Missing),
    ] {
        refuse();
        count_storage_reads();
        assert_eq!(every_storage_call(), [false; 7], "{why:?}");
        assert_eq!(
            storage_reads(),
            7,
            "{why:?}: one question each, nothing more"
        );
        assert_eq!(storage::read("hireplan:plan:x"), Err(why));
        assert_eq!(storage_reads(), 1);
        stop_counting();
        allow_storage();
    }
    // Granted, each call asks once, then gloo-storage hands the storage over once.
    count_storage_reads();
    assert_eq!(every_storage_call(), [true; 7]);
    assert_eq!(
        storage_reads(),
        14,
        "the question, then gloo-storage, once each"
    );
    stop_counting();
    assert_eq!(
        local().get_item("hireplan:plan:x").unwrap(),
        Some("kept".into())
    );
    assert_eq!(local().length().unwrap(), 1);
}

#[wasm_bindgen_test]
async fn with_storage_refused_imports_and_backups_live_in_the_tab() {
    let _turn = turn().await;
    refuse_storage();
    let (host, l, handle) = mount();
    let library = l.session.library;
    type_into("plan-name", "Typed here");
    let typed = l.store.plan.with_untracked(|p| p.id.clone());
    let said = transfer::import(
        library,
        vec![named("pa", "Imported A"), named("pb", "Imported B")],
        "backup.json",
        None,
    )
    .await;
    assert!(said.error, "{said:?}");
    assert!(
        said.text
            .starts_with("Opened 2 plans from backup.json in this tab only"),
        "{said:?}"
    );
    assert!(said.text.contains("not saved"), "{said:?}");
    // The last is open; the list holds the tab's three plans.
    assert_eq!(
        l.store.plan.with_untracked(|p| p.name.clone()),
        "Imported B"
    );
    let listed = |l: &Loaded| {
        sorted(
            l.session
                .library
                .list
                .get_untracked()
                .into_iter()
                .map(|s| s.name)
                .collect(),
        )
    };
    assert_eq!(listed(&l), ["Imported A", "Imported B", "Typed here"]);
    // A backup holds them all, the typed plan as it was typed.
    let all: Vec<String> = library.all().await.into_iter().map(|p| p.name).collect();
    assert_eq!(sorted(all), ["Imported A", "Imported B", "Typed here"]);
    // Open, delete and undo work in memory.
    library.open(&typed);
    assert_eq!(
        l.store.plan.with_untracked(|p| p.name.clone()),
        "Typed here"
    );
    library.delete(&PlanId("pa".into()));
    assert_eq!(listed(&l), ["Imported B", "Typed here"]);
    library.undo_delete();
    assert_eq!(
        l.store.plan.with_untracked(|p| p.name.clone()),
        "Imported A"
    );
    assert_eq!(listed(&l), ["Imported A", "Imported B", "Typed here"]);
    drop(handle);
    host.remove();
    allow_storage();
    assert_eq!(local().length().unwrap(), 0, "nothing was written");
}

#[wasm_bindgen_test]
async fn an_import_says_what_it_stored_once_it_is_stored() {
    let _turn = turn().await;
    let (host, l, handle) = mount();
    let said = transfer::import(
        l.session.library,
        vec![named("pa", "From a file")],
        "a.json",
        None,
    )
    .await;
    assert_eq!(
        said,
        transfer::Said {
            error: false,
            text: "Imported 1 plan from a.json.".into()
        }
    );
    let stored = local()
        .get_item(&keys::plan("pa"))
        .unwrap()
        .expect("stored");
    assert_eq!(codec::decode_stored(&stored).unwrap().name, "From a file");
    assert_eq!(
        l.store.plan.with_untracked(|p| p.name.clone()),
        "From a file"
    );
    assert_eq!(l.session.library.ids(), vec![PlanId("pa".into())]);
    drop(handle);
    host.remove();
}

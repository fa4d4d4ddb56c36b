//! Browser tests: run in headless Chromium by wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use hireplan::domain::codec::keys;
use hireplan::ui::state::{Persistence, Store};
use hireplan::ui::storage;
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

#[wasm_bindgen_test]
fn storage_probe_succeeds_in_a_normal_page() {
    assert_eq!(storage::probe(), Ok(()));
}

#[wasm_bindgen_test]
fn a_fresh_browser_gets_a_new_plan_in_local_storage() {
    clear_storage();
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::load();
        assert_eq!(store.persistence.get_untracked(), Persistence::Local);
        assert!(store.notices.get_untracked().is_empty());
        assert!(store.plan.get_untracked().id.0.starts_with('p'));
    });
}

#[wasm_bindgen_test]
fn an_unreadable_entry_is_kept_aside_and_reported() {
    clear_storage();
    let s = local();
    s.set_item(keys::CURRENT, "old").unwrap();
    s.set_item(&keys::plan("old"), "{ not json").unwrap();
    let owner = Owner::new();
    owner.with(|| {
        let store = Store::load();
        let notices = store.notices.get_untracked();
        assert_eq!(notices.len(), 1, "{notices:?}");
        assert!(notices[0].contains("could not be opened"));
        assert_ne!(store.plan.get_untracked().id.0, "old");
    });
    // The original text survives under a quarantine key; the plan key is free.
    let mut kept = Vec::new();
    for i in 0..s.length().unwrap() {
        let k = s.key(i).unwrap().unwrap();
        if k.starts_with(keys::QUARANTINE_PREFIX) {
            kept.push(s.get_item(&k).unwrap().unwrap());
        }
    }
    assert_eq!(kept, vec!["{ not json".to_string()]);
    assert_eq!(s.get_item(&keys::plan("old")).unwrap(), None);
}

#[wasm_bindgen_test]
async fn typing_a_name_is_autosaved() {
    clear_storage();
    let document = web_sys::window().unwrap().document().unwrap();
    let host = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone().unchecked_into(), hireplan::App);

    let input: web_sys::HtmlInputElement = document
        .get_element_by_id("plan-name")
        .expect("the plan name field is rendered")
        .unchecked_into();
    input.set_value("Search backend hire");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    leptos::task::tick().await;

    let id = local()
        .get_item(keys::CURRENT)
        .unwrap()
        .expect("current id saved");
    let stored = local().get_item(&keys::plan(&id)).unwrap().unwrap();
    let plan = hireplan::domain::codec::decode_stored(&stored).unwrap();
    assert_eq!(plan.name, "Search backend hire");
    drop(handle);
    host.remove();
}

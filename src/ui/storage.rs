//! Guarded local storage. The browser may refuse storage (disabled, sandboxed frame) or
//! run out of quota; every failure comes back as an error value, never a panic.

use gloo_storage::{LocalStorage, Storage};
use hireplan_core::session::save::StorageFault;

const PROBE_KEY: &str = "hireplan:probe";

/// Why storage cannot be used, in words for the founder.
pub type StorageError = String;

/// Checks once that local storage exists and accepts a write. Only after this succeeds is
/// `gloo_storage::LocalStorage` touched, because it panics when storage is refused.
pub fn probe() -> Result<(), StorageError> {
    let window = web_sys::window().ok_or("no browser window")?;
    let storage = match window.local_storage() {
        Ok(Some(s)) => s,
        Ok(None) => return Err("this browser has no local storage".into()),
        Err(_) => return Err("the browser refused access to local storage".into()),
    };
    storage
        .set_item(PROBE_KEY, "1")
        .map_err(|_| "local storage refused a write".to_string())?;
    let _ = storage.remove_item(PROBE_KEY);
    Ok(())
}

pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    LocalStorage::raw()
        .get_item(key)
        .map_err(|_| format!("could not read {key}"))
}

pub fn write(key: &str, value: &str) -> Result<(), StorageFault> {
    LocalStorage::raw().set_item(key, value).map_err(|e| {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        if name == "QuotaExceededError" {
            StorageFault::Full
        } else {
            StorageFault::Refused
        }
    })
}

pub fn remove(key: &str) {
    LocalStorage::delete(key);
}

/// Whether any key starts with `prefix`; false when storage cannot be read. (Safe before
/// `probe`: it does not go through gloo.)
pub fn holds(prefix: &str) -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let count = storage.length().unwrap_or(0);
    (0..count).any(|i| {
        storage
            .key(i)
            .ok()
            .flatten()
            .is_some_and(|k| k.starts_with(prefix))
    })
}

/// Every (key, value) whose key starts with `prefix`.
pub fn entries(prefix: &str) -> Vec<(String, String)> {
    let storage = LocalStorage::raw();
    let count = storage.length().unwrap_or(0);
    (0..count)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|k| k.starts_with(prefix))
        .filter_map(|k| storage.get_item(&k).ok().flatten().map(|v| (k, v)))
        .collect()
}

//! Local storage, and the only way to it: every read, write, removal and listing returns a
//! typed error when the browser refuses (disabled, site data blocked, a sandboxed frame) or
//! is full. Nothing here panics: the browser is asked whether storage is granted first, and
//! only then does gloo-storage, whose way to storage throws when it is refused, hand it over.

use gloo_storage::{LocalStorage, Storage as _};
use std::fmt;
use wasm_bindgen::JsValue;

use hireplan_core::session::save::StorageFault;

const PROBE_KEY: &str = "hireplan:probe";

/// Why local storage could not be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// No browser window, or a browser without local storage.
    Missing,
    /// The browser refused access: storage disabled, site data blocked, a sandboxed frame.
    Refused,
    /// The site's quota is used up.
    Full,
}

impl StorageError {
    /// The save protocol's view of it: full, or refused.
    pub fn fault(self) -> StorageFault {
        match self {
            StorageError::Full => StorageFault::Full,
            StorageError::Missing | StorageError::Refused => StorageFault::Refused,
        }
    }

    /// In words for the founder.
    pub fn words(self) -> &'static str {
        match self {
            StorageError::Missing => "this browser has no local storage",
            StorageError::Refused => "the browser refused access to local storage",
            StorageError::Full => "the browser's storage for this site is full",
        }
    }

    /// A storage call's exception: a quota error is `Full`, anything else `Refused`.
    fn from_js(e: JsValue) -> StorageError {
        let name = js_sys::Reflect::get(&e, &"name".into())
            .ok()
            .and_then(|n| n.as_string())
            .unwrap_or_default();
        match name.as_str() {
            // Firefox named it NS_ERROR_DOM_QUOTA_REACHED before it followed the standard.
            "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::Full,
            _ => StorageError::Refused,
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.words())
    }
}

impl std::error::Error for StorageError {}

/// Whether this page may use local storage, asked of the browser directly: reading
/// `window.localStorage` throws when site data is blocked, so even the answer is a result.
/// Every call below asks this first, and only a yes goes on to gloo-storage.
fn granted() -> Result<(), StorageError> {
    let window = web_sys::window().ok_or(StorageError::Missing)?;
    match window.local_storage() {
        Ok(Some(_)) => Ok(()),
        Ok(None) => Err(StorageError::Missing),
        Err(_) => Err(StorageError::Refused),
    }
}

/// This page's local storage, handed over by gloo-storage once `granted` said yes: its
/// `LocalStorage::raw()` throws (`expect_throw`) where storage is refused or missing. Its
/// typed `get`, `set` and `get_all` are not used: they JSON-encode each value (a plan's text
/// would be stored quoted) and cannot read an entry that is not JSON (the open plan's id, a
/// corrupted entry); its `delete` and `length` throw where the browser does.
fn local() -> Result<web_sys::Storage, StorageError> {
    granted()?;
    Ok(LocalStorage::raw())
}

/// Checks that local storage exists and accepts a write (some browsers hand out a storage
/// object that refuses every write).
pub fn probe() -> Result<(), StorageError> {
    let storage = local()?;
    storage
        .set_item(PROBE_KEY, "1")
        .map_err(StorageError::from_js)?;
    storage
        .remove_item(PROBE_KEY)
        .map_err(StorageError::from_js)
}

/// The value under `key`, or None when there is none.
pub fn read(key: &str) -> Result<Option<String>, StorageError> {
    local()?.get_item(key).map_err(StorageError::from_js)
}

pub fn write(key: &str, value: &str) -> Result<(), StorageError> {
    local()?.set_item(key, value).map_err(StorageError::from_js)
}

pub fn remove(key: &str) -> Result<(), StorageError> {
    local()?.remove_item(key).map_err(StorageError::from_js)
}

/// Every key that starts with `prefix`.
pub fn keys(prefix: &str) -> Result<Vec<String>, StorageError> {
    keys_in(&local()?, prefix)
}

fn keys_in(storage: &web_sys::Storage, prefix: &str) -> Result<Vec<String>, StorageError> {
    let count = storage.length().map_err(StorageError::from_js)?;
    let mut out = Vec::new();
    for i in 0..count {
        if let Some(key) = storage.key(i).map_err(StorageError::from_js)? {
            if key.starts_with(prefix) {
                out.push(key);
            }
        }
    }
    Ok(out)
}

/// Every (key, value) whose key starts with `prefix`.
pub fn entries(prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
    let storage = local()?;
    let mut out = Vec::new();
    for key in keys_in(&storage, prefix)? {
        if let Some(value) = storage.get_item(&key).map_err(StorageError::from_js)? {
            out.push((key, value));
        }
    }
    Ok(out)
}

/// Whether any key starts with `prefix`; false when storage cannot be read.
pub fn holds(prefix: &str) -> bool {
    keys(prefix).is_ok_and(|k| !k.is_empty())
}

//! The one store of the plan, how it is loaded, and how it is saved.

use crate::domain::codec::{self, keys};
use crate::domain::plan::{Plan, PlanId};
use crate::domain::progress::{self, FieldIssue};
use chrono::{DateTime, NaiveDate, Utc};
use leptos::prelude::*;

use super::storage;

/// Where the plan is kept.
#[derive(Clone, Debug, PartialEq)]
pub enum Persistence {
    Local,
    /// Storage cannot be used; the plan lives in this tab only. The reason is shown.
    MemoryOnly(String),
}

#[derive(Clone, Debug, PartialEq)]
pub enum SaveStatus {
    Saved,
    Failed(String),
}

#[derive(Clone, Copy)]
pub struct Store {
    pub plan: RwSignal<Plan>,
    pub persistence: RwSignal<Persistence>,
    pub save_status: RwSignal<SaveStatus>,
    /// Messages the founder must see (unreadable entry kept aside, storage problems).
    pub notices: RwSignal<Vec<String>>,
    /// Problems with what was typed, derived from the plan.
    pub issues: Issues,
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

impl Store {
    /// Opens the last plan from storage, or starts a new one. An entry that cannot be read
    /// is moved aside (never deleted) before anything can be written over it.
    pub fn load() -> Store {
        let mut notices = Vec::new();
        let (persistence, loaded) = match storage::probe() {
            Err(why) => {
                notices.push(format!(
                    "Your browser does not let this page save ({why}). The planner works, but \
                     your plan lives only in this tab: export it before you close it."
                ));
                (Persistence::MemoryOnly(why), None)
            }
            Ok(()) => (Persistence::Local, load_current(&mut notices)),
        };
        let plan = RwSignal::new(loaded.unwrap_or_else(|| Plan::new(new_id(), now())));
        let today = today();
        Store {
            issues: Issues(Memo::new(move |_| {
                plan.with(|p| progress::issues(p, today))
            })),
            plan,
            persistence: RwSignal::new(persistence),
            save_status: RwSignal::new(SaveStatus::Saved),
            notices: RwSignal::new(notices),
        }
    }

    /// Changes the plan and stamps the edit time.
    pub fn update(&self, f: impl FnOnce(&mut Plan)) {
        self.plan.update(|p| {
            f(p);
            p.touch(now());
        });
    }

    /// Writes the plan whenever it changes. The only effect that touches storage for it.
    pub fn autosave(self) {
        Effect::new(move |_| {
            let plan = self.plan.get();
            if self.persistence.with(|p| *p != Persistence::Local) {
                return;
            }
            let text = codec::encode_stored(&plan);
            let result = storage::write(&keys::plan(&plan.id.0), &text)
                .and_then(|_| storage::write(keys::CURRENT, &plan.id.0));
            self.save_status.set(match result {
                Ok(()) => SaveStatus::Saved,
                Err(why) => SaveStatus::Failed(format!(
                    "Not saved: {why}. Your plan is kept in this tab; export it to be safe."
                )),
            });
        });
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

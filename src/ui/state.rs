//! The open plan in context: read it, derive from it, and change it only by named edits.
//! The page's mode and printing live here too. Saving is `session`'s, notices `notices`'.

use crate::ui::notices::Notices;
use crate::ui::parts::Steps;
use chrono::{DateTime, NaiveDate, Utc};
use hireplan_core::codec::{parse_address, EmbedKind};
use hireplan_core::plan::{Plan, PlanId};
use hireplan_core::session::edit::{EditError, PlanEdit};
use hireplan_core::session::progress::{self, Field, FieldIssue};
use hireplan_core::session::save::SaveStatus;
use leptos::prelude::*;

/// The address's hash (`#/costs`), or nothing.
pub fn current_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
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

/// The page's mode, from its address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    App,
    Embed(EmbedKind),
}

/// The page's address, read once: its embed kind and share payload.
pub fn address() -> (Mode, Option<String>) {
    let Some(loc) = web_sys::window().map(|w| w.location()) else {
        return (Mode::App, None);
    };
    let a = parse_address(
        &loc.search().unwrap_or_default(),
        &loc.hash().unwrap_or_default(),
    );
    (a.embed.map(Mode::Embed).unwrap_or(Mode::App), a.share)
}

/// The plan's field issues, derived; `field` gives the messages for one field.
#[derive(Clone, Copy)]
pub struct Issues(pub Memo<Vec<FieldIssue>>);

impl Issues {
    pub fn field(self, field: Field) -> Signal<Vec<String>> {
        Signal::derive(move || self.0.with(|all| progress::field_messages(all, field)))
    }
}

/// The open plan, what is derived from it, and the one way to change it.
#[derive(Clone, Copy)]
pub struct PlanStore {
    pub plan: ReadSignal<Plan>,
    writer: WriteSignal<Plan>,
    /// Problems with what was typed, derived from the plan.
    pub issues: Issues,
    status: Signal<SaveStatus>,
    /// Where an edit that did more than asked (a dropped route choice) says so.
    notices: Notices,
}

impl PlanStore {
    pub fn new(plan: RwSignal<Plan>, status: Signal<SaveStatus>, notices: Notices) -> PlanStore {
        let today = today();
        let (read, write) = plan.split();
        PlanStore {
            plan: read,
            writer: write,
            issues: Issues(Memo::new(move |_| {
                read.with(|p| progress::issues(p, today))
            })),
            status,
            notices,
        }
    }

    /// Applies a named edit and stamps the edit time. A refused edit changes nothing (and
    /// wakes nothing); its reason is returned for the field that asked.
    pub fn edit(&self, edit: PlanEdit) -> Result<(), EditError> {
        let mut result = Ok(None);
        self.writer.maybe_update(|p| match p.apply_noting(edit) {
            Ok(outcome) => {
                p.touch(now());
                result = Ok(outcome.notice());
                true
            }
            Err(e) => {
                result = Err(e);
                false
            }
        });
        // The core dropped a choice in the same edit: say why, once.
        result.map(|notice| {
            if let Some(text) = notice {
                self.notices.notify(text, false, Vec::new());
            }
        })
    }

    /// An edit whose only possible refusal is a bug (a typed choice from a fixed list).
    pub fn set(&self, edit: PlanEdit) {
        if let Err(e) = self.edit(edit) {
            leptos::logging::warn!("edit refused: {e}");
        }
    }

    /// A text field of the plan, as a signal for an input's value.
    pub fn text(&self, get: fn(&Plan) -> &String) -> Signal<String> {
        let plan = self.plan;
        Signal::derive(move || plan.with(|p| get(p).clone()))
    }

    /// A shared plan being viewed: every control is disabled.
    pub fn read_only(&self) -> Signal<bool> {
        let status = self.status;
        Signal::derive(move || status.get() == SaveStatus::ReadOnly)
    }
}

/// The page: its mode, and whether every step is shown for printing.
#[derive(Clone, Copy)]
pub struct Page {
    pub mode: Mode,
    pub print_all: RwSignal<bool>,
}

impl Page {
    /// Shows every step, opens the print dialog once they are drawn, and goes back after.
    pub fn print_plan(&self, steps: Steps) {
        // In a split build the steps not yet opened are fetched first.
        let page = *self;
        leptos::task::spawn_local(async move {
            steps.preload_printed().await;
            page.print_loaded();
        });
    }

    fn print_loaded(&self) {
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
                    // What opens on demand prints in full: every section open.
                    if let Some(d) = w.document() {
                        while let Ok(Some(el)) = d.query_selector("details:not([open])") {
                            if el.set_attribute("open", "").is_err() {
                                break;
                            }
                        }
                    }
                    let _ = w.print();
                }
            })
        });
    }
}

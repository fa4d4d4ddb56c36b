//! Messages shown above the step, each with the buttons that answer it.

use leptos::prelude::*;

use super::storage::StorageError;

/// What a notice's button does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    UndoDelete,
    KeepMine,
    LoadTheirs,
    SaveSharedCopy,
}

impl NoticeAction {
    pub fn label(self) -> &'static str {
        match self {
            NoticeAction::UndoDelete => "Undo",
            NoticeAction::KeepMine => "Keep this tab's version",
            NoticeAction::LoadTheirs => "Load the other tab's version",
            NoticeAction::SaveSharedCopy => "Save a copy to my plans",
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u64,
    pub text: String,
    pub error: bool,
    pub actions: Vec<NoticeAction>,
}

#[derive(Clone, Copy)]
pub struct Notices {
    pub list: RwSignal<Vec<Notice>>,
    next: StoredValue<u64>,
}

impl Default for Notices {
    fn default() -> Self {
        Notices {
            list: RwSignal::new(Vec::new()),
            next: StoredValue::new(0),
        }
    }
}

impl Notices {
    pub fn notify(&self, text: impl Into<String>, error: bool, actions: Vec<NoticeAction>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|n| {
            n.push(Notice {
                id,
                text: text.into(),
                error,
                actions,
            })
        });
    }

    pub fn error(&self, text: impl Into<String>) {
        self.notify(text, true, Vec::new());
    }

    /// The one handler for storage faults outside the save protocol (whose status line says
    /// its own): what did not happen, and why, as an error notice.
    pub fn storage_fault(&self, what: &str, why: StorageError) {
        self.error(format!("{what}: {why}."));
    }

    pub fn dismiss(&self, id: u64) {
        self.list.update(|n| n.retain(|x| x.id != id));
    }

    /// Removes every notice offering `action` (one question of a kind at a time).
    pub fn withdraw(&self, action: NoticeAction) {
        self.list
            .update(|n| n.retain(|x| !x.actions.contains(&action)));
    }
}

//! The plans a tab holds in memory when the browser refuses storage: the plan library's shelf
//! there, with the last plan deleted kept for undo.

use hireplan_core::plan::{Plan, PlanId};
use hireplan_core::session::library::{self as lib, PlanSummary};
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Held {
    /// Every plan the tab holds; the open one may be newer in the save runner.
    plans: RwSignal<Vec<Plan>>,
    trash: StoredValue<Option<Plan>>,
}

impl Held {
    pub fn new() -> Held {
        Held {
            plans: RwSignal::new(Vec::new()),
            trash: StoredValue::new(None),
        }
    }

    /// The list, newest first, with the open plan as it is now (tracked).
    pub fn summaries(&self, open: &Plan) -> Vec<PlanSummary> {
        let list: Vec<PlanSummary> = self.plans.with(|h| h.iter().map(PlanSummary::of).collect());
        lib::with_saved(&list, open)
    }

    /// Keeps plans, replacing any with the same id.
    pub fn put(&self, plans: impl IntoIterator<Item = Plan>) {
        self.plans.update(|held| {
            for plan in plans {
                held.retain(|p| p.id != plan.id);
                held.push(plan);
            }
        });
    }

    pub fn find(&self, id: &PlanId) -> Option<Plan> {
        self.plans
            .with_untracked(|h| h.iter().find(|p| p.id == *id).cloned())
    }

    /// The most recently edited plan.
    pub fn newest(&self) -> Option<Plan> {
        self.plans
            .with_untracked(|h| h.iter().max_by_key(|p| p.updated_at).cloned())
    }

    /// Every plan held.
    pub fn all(&self) -> Vec<Plan> {
        self.plans.get_untracked()
    }

    /// Moves a plan to the trash (undo brings it back until the next deletion).
    pub fn delete(&self, id: &PlanId) -> Option<Plan> {
        let mut gone = None;
        self.plans.update(|h| {
            gone = h.iter().position(|p| p.id == *id).map(|i| h.remove(i));
        });
        if gone.is_some() {
            self.trash.set_value(gone.clone());
        }
        gone
    }

    /// Takes the last deleted plan out of the trash.
    pub fn restore(&self) -> Option<Plan> {
        let plan = self.trash.get_value();
        self.trash.set_value(None);
        plan
    }

    pub fn rename(&self, id: &PlanId, name: String, at: chrono::DateTime<chrono::Utc>) {
        self.plans.update(|h| {
            if let Some(p) = h.iter_mut().find(|p| p.id == *id) {
                p.name = name;
                p.touch(at);
            }
        });
    }
}

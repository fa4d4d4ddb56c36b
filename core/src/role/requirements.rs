//! Editing the prioritised requirement lists: add, remove, reorder, mark must-have.

use crate::market::catalog;
use crate::plan::{Priority, Requirement};

/// Longest label accepted for a requirement of the founder's own.
pub const MAX_LABEL_CHARS: usize = 80;
/// Most requirements one list holds; more than this is not a job ad anyone reads.
pub const MAX_ITEMS: usize = 60;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ListError {
    Empty,
    TooLong,
    Duplicate(String),
    Full,
}

impl std::fmt::Display for ListError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ListError::Empty => write!(f, "Type a skill or technology first."),
            ListError::TooLong => write!(f, "Keep it under {MAX_LABEL_CHARS} characters."),
            ListError::Duplicate(l) => write!(f, "\"{l}\" is already on the list."),
            ListError::Full => write!(
                f,
                "The list holds at most {MAX_ITEMS} items; remove some first."
            ),
        }
    }
}

/// A catalogue item as a requirement (must-have by default for the first decisions, APIs and
/// security).
pub fn from_catalog(id: &str) -> Option<Requirement> {
    let (category, item) = catalog::find(id)?;
    Some(Requirement {
        id: item.id.into(),
        label: item.label.into(),
        category: category.id.into(),
        priority: if category.must_by_default {
            Priority::MustHave
        } else {
            Priority::NiceToHave
        },
        custom: false,
    })
}

pub fn soft_skill(id: &str) -> Option<Requirement> {
    let item = catalog::soft_skill(id)?;
    Some(Requirement {
        id: item.id.into(),
        label: item.label.into(),
        category: "soft".into(),
        priority: Priority::MustHave,
        custom: false,
    })
}

/// A requirement of the founder's own, checked against the list.
pub fn custom(list: &[Requirement], label: &str, category: &str) -> Result<Requirement, ListError> {
    let label = label.trim();
    if label.is_empty() {
        return Err(ListError::Empty);
    }
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(ListError::TooLong);
    }
    if list.len() >= MAX_ITEMS {
        return Err(ListError::Full);
    }
    if let Some(existing) = list.iter().find(|r| r.label.eq_ignore_ascii_case(label)) {
        return Err(ListError::Duplicate(existing.label.clone()));
    }
    let slug: String = crate::text::names::lower(label)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '_' })
        .collect();
    let mut id = format!("custom:{slug}");
    let mut n = 2;
    while list.iter().any(|r| r.id == id) {
        id = format!("custom:{slug}_{n}");
        n += 1;
    }
    Ok(Requirement {
        id,
        label: label.to_string(),
        category: category.to_string(),
        priority: Priority::MustHave,
        custom: true,
    })
}

/// Adds or removes a requirement (by id); returns whether it is now on the list.
pub fn toggle(list: &mut Vec<Requirement>, req: Requirement) -> bool {
    if let Some(pos) = list.iter().position(|r| r.id == req.id) {
        list.remove(pos);
        false
    } else if list.len() < MAX_ITEMS {
        list.push(req);
        true
    } else {
        false
    }
}

/// Moves an item one place up (towards first priority) or down. Returns its new index.
pub fn shift(list: &mut [Requirement], id: &str, up: bool) -> Option<usize> {
    let i = list.iter().position(|r| r.id == id)?;
    let j = if up { i.checked_sub(1)? } else { i + 1 };
    if j >= list.len() {
        return None;
    }
    list.swap(i, j);
    Some(j)
}

pub fn set_priority(list: &mut [Requirement], id: &str, priority: Priority) {
    if let Some(r) = list.iter_mut().find(|r| r.id == id) {
        r.priority = priority;
    }
}

pub fn must_haves(list: &[Requirement]) -> impl Iterator<Item = &Requirement> {
    list.iter().filter(|r| r.priority == Priority::MustHave)
}

pub fn nice_to_haves(list: &[Requirement]) -> impl Iterator<Item = &Requirement> {
    list.iter().filter(|r| r.priority == Priority::NiceToHave)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_decisions_default_to_must_have() {
        assert_eq!(from_catalog("python").unwrap().priority, Priority::MustHave);
        assert_eq!(from_catalog("rest").unwrap().priority, Priority::MustHave);
        assert_eq!(
            from_catalog("kafka").unwrap().priority,
            Priority::NiceToHave
        );
        assert!(from_catalog("nope").is_none());
    }

    #[test]
    fn custom_items_are_checked() {
        let mut list = vec![from_catalog("python").unwrap()];
        assert_eq!(custom(&list, "  ", "language"), Err(ListError::Empty));
        assert_eq!(
            custom(&list, "python", "language"),
            Err(ListError::Duplicate("Python".into()))
        );
        assert_eq!(custom(&list, &"x".repeat(81), "x"), Err(ListError::TooLong));
        let c = custom(&list, "Elixir / Phoenix", "language").unwrap();
        assert_eq!(c.id, "custom:elixir___phoenix");
        assert!(c.custom);
        list.push(c);
        let c2 = custom(&list, "Elixir - Phoenix", "language").unwrap();
        assert_eq!(c2.id, "custom:elixir___phoenix_2");
    }

    #[test]
    fn shifting_reorders_and_stops_at_the_ends() {
        let mut list: Vec<_> = ["python", "postgresql", "aws"]
            .iter()
            .map(|i| from_catalog(i).unwrap())
            .collect();
        assert_eq!(shift(&mut list, "aws", true), Some(1));
        assert_eq!(shift(&mut list, "aws", true), Some(0));
        assert_eq!(shift(&mut list, "aws", true), None);
        let ids: Vec<_> = list.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["aws", "python", "postgresql"]);
        assert_eq!(shift(&mut list, "postgresql", false), None);
    }

    #[test]
    fn toggle_adds_then_removes() {
        let mut list = Vec::new();
        assert!(toggle(&mut list, from_catalog("go").unwrap()));
        assert!(!toggle(&mut list, from_catalog("go").unwrap()));
        assert!(list.is_empty());
    }
}

//! Reading and writing plans as text: the stored entry, and (later) files and share links.
//!
//! Every decoder returns a typed error for any input; none of them panics.

use super::plan::{Plan, SCHEMA_VERSION};
use serde_json::Value;
use std::fmt;

/// Local-storage keys. One place, so tests and the UI agree.
pub mod keys {
    /// Id of the plan that was open last.
    pub const CURRENT: &str = "hireplan:current";
    /// Prefix of a stored plan; the plan id follows.
    pub const PLAN_PREFIX: &str = "hireplan:plan:";
    /// Prefix under which unreadable entries are kept aside, never deleted.
    pub const QUARANTINE_PREFIX: &str = "hireplan:unreadable:";

    pub fn plan(id: &str) -> String {
        format!("{PLAN_PREFIX}{id}")
    }

    /// Where an unreadable entry found under `key` is kept, stamped so nothing is overwritten.
    pub fn quarantine(key: &str, millis: u64) -> String {
        format!("{QUARANTINE_PREFIX}{millis}:{key}")
    }
}

/// Largest stored entry or imported file read, in bytes.
pub const MAX_PLAN_BYTES: usize = 2 * 1024 * 1024;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLarge { bytes: usize, limit: usize },
    NotJson(String),
    NotAPlan(String),
    NewerVersion { found: u32, supported: u32 },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { bytes, limit } => write!(
                f,
                "This is {} KB; a plan is at most {} KB.",
                bytes / 1024,
                limit / 1024
            ),
            DecodeError::NotJson(why) => write!(f, "This is not readable JSON ({why})."),
            DecodeError::NotAPlan(why) => write!(f, "This is JSON but not a Hireplan plan ({why})."),
            DecodeError::NewerVersion { found, supported } => write!(
                f,
                "This plan was saved by a newer Hireplan (format {found}; this one reads up to {supported}). Open it there, or update."
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The text kept in local storage for one plan.
pub fn encode_stored(plan: &Plan) -> String {
    // A Plan holds only strings, numbers, enums and maps with string keys: it always serializes.
    serde_json::to_string(plan).unwrap_or_default()
}

/// Reads a stored plan, migrating older schema versions.
pub fn decode_stored(text: &str) -> Result<Plan, DecodeError> {
    if text.len() > MAX_PLAN_BYTES {
        return Err(DecodeError::TooLarge {
            bytes: text.len(),
            limit: MAX_PLAN_BYTES,
        });
    }
    let value: Value =
        serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    plan_from_value(value)
}

/// Checks shape and version of a JSON value and turns it into a plan.
pub fn plan_from_value(value: Value) -> Result<Plan, DecodeError> {
    let object = value
        .as_object()
        .ok_or_else(|| DecodeError::NotAPlan("expected an object".into()))?;
    let version = match object.get("schema_version") {
        Some(v) => v
            .as_u64()
            .and_then(|v| u32::try_from(v).ok())
            .ok_or_else(|| DecodeError::NotAPlan("schema_version is not a whole number".into()))?,
        None => return Err(DecodeError::NotAPlan("no schema_version".into())),
    };
    if version > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(DecodeError::NotAPlan(
            "schema_version 0 does not exist".into(),
        ));
    }
    let mut plan: Plan =
        serde_json::from_value(value).map_err(|e| DecodeError::NotAPlan(e.to_string()))?;
    plan.schema_version = SCHEMA_VERSION;
    Ok(plan)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::plan::PlanId;
    use chrono::{TimeZone, Utc};

    fn sample() -> Plan {
        let mut p = Plan::new(
            PlanId::from_parts(7, 9),
            Utc.with_ymd_and_hms(2026, 1, 2, 3, 4, 5).unwrap(),
        );
        p.name = "Payments \"API\" <hire>".into();
        p
    }

    #[test]
    fn stored_round_trip() {
        let p = sample();
        assert_eq!(decode_stored(&encode_stored(&p)).unwrap(), p);
    }

    #[test]
    fn rejects_garbage_with_typed_errors() {
        assert!(matches!(
            decode_stored("{not json"),
            Err(DecodeError::NotJson(_))
        ));
        assert!(matches!(
            decode_stored("[1,2]"),
            Err(DecodeError::NotAPlan(_))
        ));
        assert!(matches!(decode_stored("{}"), Err(DecodeError::NotAPlan(_))));
        assert!(matches!(
            decode_stored(r#"{"schema_version":"1"}"#),
            Err(DecodeError::NotAPlan(_))
        ));
        assert!(matches!(
            decode_stored(r#"{"schema_version":1,"name":5}"#),
            Err(DecodeError::NotAPlan(_))
        ));
        assert_eq!(
            decode_stored(r#"{"schema_version":99}"#),
            Err(DecodeError::NewerVersion {
                found: 99,
                supported: SCHEMA_VERSION
            })
        );
    }

    #[test]
    fn rejects_oversized_entries_before_parsing() {
        let big = "x".repeat(MAX_PLAN_BYTES + 1);
        assert!(matches!(
            decode_stored(&big),
            Err(DecodeError::TooLarge { .. })
        ));
    }

    #[test]
    fn messages_are_plain_sentences() {
        let e = decode_stored("{").unwrap_err().to_string();
        assert!(e.starts_with("This is not readable JSON"), "{e}");
    }

    #[test]
    fn quarantine_keys_keep_the_original_key() {
        assert_eq!(
            keys::quarantine("hireplan:plan:p1", 42),
            "hireplan:unreadable:42:hireplan:plan:p1"
        );
    }

    proptest::proptest! {
        #[test]
        fn decoding_never_panics(s in ".{0,400}") {
            let _ = decode_stored(&s);
        }

        #[test]
        fn names_round_trip(name in "\\PC{0,200}") {
            let mut p = sample();
            p.name = name;
            proptest::prop_assert_eq!(decode_stored(&encode_stored(&p)).unwrap(), p);
        }
    }
}

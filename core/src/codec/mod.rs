//! Plans as text: the stored entry, the export and backup files, and share links; with the
//! migrations that let a newer Hireplan open what an older one wrote.
//!
//! Every decoder returns a typed error for any input; none of them panics.

use crate::cost::RouteKey;
use crate::plan::{Plan, PlanId, SCHEMA_VERSION};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::fmt;

/// Local-storage keys. One place, so tests and the UI agree.
pub mod route;

pub mod keys {
    /// Id of the plan that was open last.
    pub const CURRENT: &str = "hireplan:current";
    /// Prefix of a stored plan; the plan id follows.
    pub const PLAN_PREFIX: &str = "hireplan:plan:";
    /// Prefix under which unreadable entries are kept aside, never deleted.
    pub const QUARANTINE_PREFIX: &str = "hireplan:unreadable:";
    /// The last deleted plan, kept until the next deletion so it can be restored.
    pub const TRASH: &str = "hireplan:trash";

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
/// Largest backup file read, in bytes.
pub const MAX_IMPORT_BYTES: usize = 8 * 1024 * 1024;
/// Longest share link payload read, in characters.
pub const MAX_SHARE_CHARS: usize = 16 * 1024;
/// Format names written into exported files.
pub const PLAN_FORMAT: &str = "hireplan-plan";
pub const BACKUP_FORMAT: &str = "hireplan-backup";
/// The share-link encoding: deflated JSON in URL-safe base64, version 1.
pub const SHARE_PREFIX: &str = "h1.";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    NotJson(String),
    WrongFormat(String),
    NotAPlan(String),
    NewerVersion {
        found: u32,
        supported: u32,
    },
    BadShareLink(String),
    /// A list longer than the planner lets anyone make (a hand-made or hostile file).
    TooMany {
        what: &'static str,
        found: usize,
        limit: usize,
    },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::TooLarge { bytes, limit } => write!(
                f,
                "This is {} KB; Hireplan reads at most {} KB.",
                bytes.div_ceil(1024),
                limit / 1024
            ),
            DecodeError::NotJson(why) => write!(f, "This is not readable JSON ({why})."),
            DecodeError::WrongFormat(found) => write!(
                f,
                "This file is not a Hireplan plan or backup (its format is \"{found}\")."
            ),
            DecodeError::NotAPlan(why) => write!(f, "This is not a Hireplan plan ({why})."),
            DecodeError::NewerVersion { found, supported } => write!(
                f,
                "This was saved by a newer Hireplan (format {found}; this one reads up to {supported}). Open it there, or update."
            ),
            DecodeError::TooMany { what, found, limit } => write!(
                f,
                "This plan lists {found} {what}; Hireplan holds at most {limit}, so it was not opened."
            ),
            DecodeError::BadShareLink(why) => write!(
                f,
                "This share link is damaged or not from Hireplan ({why}). Ask for the link again, or for an exported file."
            ),
        }
    }
}

impl std::error::Error for DecodeError {}

/// The text kept in local storage for one plan.
pub fn encode_stored(plan: &Plan) -> String {
    // A Plan holds only strings, numbers, enums and maps with string keys: it always serializes.
    // Through a `Value`, like every other writer here: the plan's serializer is compiled once.
    serde_json::to_value(plan)
        .map(|v| v.to_string())
        .unwrap_or_default()
}

/// Reads a stored plan, migrating older schema versions.
pub fn decode_stored(text: &str) -> Result<Plan, DecodeError> {
    plan_from_value(parse_json(text, MAX_PLAN_BYTES)?)
}

fn parse_json(text: &str, limit: usize) -> Result<Value, DecodeError> {
    if text.len() > limit {
        return Err(DecodeError::TooLarge {
            bytes: text.len(),
            limit,
        });
    }
    serde_json::from_str(text).map_err(|e| DecodeError::NotJson(e.to_string()))
}

/// Brings a plan written by an older schema up to the current one, step by step.
pub fn migrate(mut value: Value, from: u32) -> Result<Value, DecodeError> {
    let mut version = from;
    while version < SCHEMA_VERSION {
        let object = value
            .as_object_mut()
            .ok_or_else(|| DecodeError::NotAPlan("expected an object".into()))?;
        // One step per version; add the next one here when the schema changes again.
        if version == 1 {
            migrate_1_to_2(object);
        }
        if version == 2 {
            migrate_2_to_3(object);
        }
        if version == 3 {
            migrate_3_to_4(object);
        }
        version += 1;
        object.insert("schema_version".into(), json!(version));
    }
    Ok(value)
}

/// Version 1 listed compared countries and channels; version 2 keeps a home country (where
/// employees are priced) and the options followed over time.
fn migrate_1_to_2(plan: &mut Map<String, Value>) {
    let Some(costs) = plan.get_mut("costs").and_then(Value::as_object_mut) else {
        return;
    };
    let list = |v: Option<Value>| -> Vec<String> {
        v.and_then(|v| serde_json::from_value(v).ok())
            .unwrap_or_default()
    };
    let countries = list(costs.remove("countries"));
    let channels = list(costs.remove("channels"));
    if let Some(first) = countries.first() {
        costs.insert("home_country".into(), json!(first));
    }
    // Version 2's key names, frozen with that format.
    let picks: Vec<String> = countries
        .iter()
        .map(|c| format!("country:{c}"))
        .chain(channels.iter().map(|c| format!("channel:{c}")))
        .collect();
    costs.insert("picks".into(), json!(picks));
}

/// Version 2 kept one "home country" on the Costs step for every employee and a free-text
/// location; version 3 asks once where the hire is based and where the company employs
/// people. The old home country becomes both (the US default: the company only), and a free
/// text naming a country becomes the hire's country. Option keys were renamed with the routes:
/// a country's employee is `employee:xx` and India's hourly rates `contractor:in`.
fn migrate_2_to_3(plan: &mut Map<String, Value>) {
    let home = plan
        .get_mut("costs")
        .and_then(Value::as_object_mut)
        .and_then(|c| {
            if let Some(Value::Array(picks)) = c.get_mut("picks") {
                for pick in picks.iter_mut() {
                    if let Some(k) = pick.as_str() {
                        // Version 2's key names, frozen with that format.
                        let renamed = match k.split_once(':') {
                            Some(("country", id)) => RouteKey::Employee(id.into()).to_string(),
                            Some(("country-hourly", id)) => {
                                RouteKey::Contractor(id.into()).to_string()
                            }
                            _ => k.to_string(),
                        };
                        *pick = json!(renamed);
                    }
                }
            }
            c.remove("home_country")
        })
        .and_then(|v| v.as_str().map(str::to_string))
        .filter(|id| crate::market::market().country(id).is_some());
    let engagement = plan.entry("engagement").or_insert_with(|| json!({}));
    let Some(e) = engagement.as_object_mut() else {
        return;
    };
    let typed = e
        .get("location")
        .and_then(Value::as_str)
        .map(|s| crate::text::names::lower(s.trim()))
        .unwrap_or_default();
    let named = crate::market::market()
        .countries
        .iter()
        .find(|c| !typed.is_empty() && crate::text::names::lower(c.name) == typed)
        .map(|c| c.id.to_string());
    let company = home.clone().unwrap_or_else(|| "us".to_string());
    e.insert("company_country".into(), json!(company));
    let hire = named.or(home.filter(|h| h != "us"));
    if let Some(h) = hire {
        e.insert("hire_country".into(), json!(h));
    }
}

/// Version 3 stored the timeline's route as one of three names (`job_board` and two channels,
/// each named by its channel id); version 4 stores a route key, as the Costs step does: the job
/// boards (`jobboards`) or a channel of the market data (`channel:<id>`).
fn migrate_3_to_4(plan: &mut Map<String, Value>) {
    let Some(interviews) = plan.get_mut("interviews").and_then(Value::as_object_mut) else {
        return;
    };
    let key = match interviews.get("route").and_then(Value::as_str) {
        None => return,
        Some("job_board") => RouteKey::JobBoards,
        Some(channel) => RouteKey::Channel(channel.to_string()),
    };
    interviews.insert("route".into(), json!(key.to_string()));
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
    let value = migrate(value, version)?;
    let mut plan: Plan =
        serde_json::from_value(value).map_err(|e| DecodeError::NotAPlan(e.to_string()))?;
    plan.schema_version = SCHEMA_VERSION;
    check_limits(&plan)?;
    Ok(plan)
}

/// Longest list of options followed over time, and of changed figures, a file may hold. The
/// planner's own lists are far shorter (one entry per country, channel or figure).
pub const MAX_PICKS: usize = 100;
pub const MAX_OVERRIDES: usize = 500;

/// Refuses lists longer than the planner lets a person make, so that a hand-made file or link
/// with thousands of items cannot make every step slow. Everything the UI can save passes.
fn check_limits(plan: &Plan) -> Result<(), DecodeError> {
    use crate::plan::{MAX_MINUTES, MAX_OWN_QUESTIONS, MAX_STAGES};
    use crate::role::requirements::MAX_ITEMS;
    let stages = plan.interviews.stages.as_ref().map_or(0, Vec::len);
    for (what, found, limit) in [
        ("requirements", plan.requirements.len(), MAX_ITEMS),
        ("soft skills", plan.soft_skills.len(), MAX_ITEMS),
        ("interview stages", stages, MAX_STAGES),
        (
            "questions of your own",
            plan.interviews.own_questions.len(),
            MAX_OWN_QUESTIONS,
        ),
        (
            "options followed over time",
            plan.costs.picks.len(),
            MAX_PICKS,
        ),
        (
            "steps seen",
            plan.seen_steps.len(),
            crate::plan::wizard::Step::ALL.len(),
        ),
        (
            "quotes of your own",
            plan.costs.quotes.len(),
            crate::cost::MAX_QUOTES,
        ),
        ("changed figures", plan.costs.overrides.len(), MAX_OVERRIDES),
        (
            "candidates",
            plan.candidates.len(),
            crate::plan::MAX_CANDIDATES,
        ),
        (
            "scorecards for one candidate",
            plan.candidates
                .iter()
                .map(|c| c.scorecards.len())
                .max()
                .unwrap_or(0),
            crate::plan::MAX_SCORECARDS,
        ),
    ] {
        if found > limit {
            return Err(DecodeError::TooMany { what, found, limit });
        }
    }
    let stage_list = plan.interviews.stages.iter().flatten();
    if let Some((i, s)) = stage_list
        .enumerate()
        .find(|(_, s)| s.minutes > MAX_MINUTES)
    {
        return Err(DecodeError::NotAPlan(format!(
            "interview stage {} lasts {} minutes; at most {MAX_MINUTES}",
            i + 1,
            s.minutes
        )));
    }
    Ok(())
}

/// What an imported file holds.
#[derive(Clone, Debug, PartialEq)]
pub enum Imported {
    Plan(Box<Plan>),
    Backup(Vec<Plan>),
}

/// One plan as a file a person can keep or send. Candidates are personal data: they are left
/// out unless `with_candidates`, and a file that holds them says so.
pub fn export_plan(plan: &Plan, now: DateTime<Utc>, with_candidates: bool) -> String {
    let mut out = json!({
        "format": PLAN_FORMAT,
        "version": SCHEMA_VERSION,
        "exported_at": now,
    });
    if with_candidates && !plan.candidates.is_empty() {
        out["personal_data"] = json!(PERSONAL_DATA);
        out["plan"] = json!(plan);
    } else {
        let mut inputs = plan.clone();
        inputs.candidates.clear();
        out["plan"] = json!(inputs);
    }
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// Every plan in one file; candidates only `with_candidates`, and then the file says so.
pub fn export_backup(plans: &[Plan], now: DateTime<Utc>, with_candidates: bool) -> String {
    let personal = with_candidates && plans.iter().any(|p| !p.candidates.is_empty());
    let plans: Vec<Plan> = plans
        .iter()
        .cloned()
        .map(|mut p| {
            if !with_candidates {
                p.candidates.clear();
            }
            p
        })
        .collect();
    let mut out = json!({
        "format": BACKUP_FORMAT,
        "version": SCHEMA_VERSION,
        "exported_at": now,
        "plans": plans,
    });
    if personal {
        out["personal_data"] = json!(PERSONAL_DATA);
    }
    serde_json::to_string_pretty(&out).unwrap_or_default()
}

/// What a file holding candidates says about itself.
pub const PERSONAL_DATA: &str = "This file holds candidates' names, links, scores and notes: personal data. Keep it private and delete it when the hire is done.";

/// Reads an exported plan or backup, checking everything before anything is used.
pub fn decode_import(text: &str) -> Result<Imported, DecodeError> {
    let value = parse_json(text, MAX_IMPORT_BYTES)?;
    let object = value
        .as_object()
        .ok_or_else(|| DecodeError::WrongFormat("not an object".into()))?;
    let format = match object.get("format") {
        Some(Value::String(s)) => s.clone(),
        Some(_) => return Err(DecodeError::WrongFormat("unreadable".into())),
        // A bare plan (as stored) is accepted too.
        None if object.contains_key("schema_version") => {
            return plan_from_value(value).map(|p| Imported::Plan(Box::new(p)))
        }
        None => return Err(DecodeError::WrongFormat("none".into())),
    };
    let version = object
        .get("version")
        .and_then(Value::as_u64)
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| DecodeError::NotAPlan("the file has no version".into()))?;
    if version > SCHEMA_VERSION {
        return Err(DecodeError::NewerVersion {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    match format.as_str() {
        PLAN_FORMAT => {
            let plan = object
                .get("plan")
                .cloned()
                .ok_or_else(|| DecodeError::NotAPlan("the file holds no plan".into()))?;
            plan_from_value(plan).map(|p| Imported::Plan(Box::new(p)))
        }
        BACKUP_FORMAT => {
            let plans = object
                .get("plans")
                .and_then(Value::as_array)
                .ok_or_else(|| DecodeError::NotAPlan("the backup holds no list of plans".into()))?;
            let mut out = Vec::with_capacity(plans.len());
            for (i, p) in plans.iter().enumerate() {
                out.push(plan_from_value(p.clone()).map_err(|e| {
                    DecodeError::NotAPlan(format!("plan {} of the backup: {e}", i + 1))
                })?);
            }
            Ok(Imported::Backup(out))
        }
        other => Err(DecodeError::WrongFormat(other.chars().take(40).collect())),
    }
}

/// The views a blog post can embed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EmbedKind {
    /// `?embed=costs`: a compact cost calculator.
    Costs,
    /// `?embed=plan#share=…`: a shared plan, read-only.
    Plan,
}

impl EmbedKind {
    pub fn slug(self) -> &'static str {
        match self {
            EmbedKind::Costs => "costs",
            EmbedKind::Plan => "plan",
        }
    }

    /// An unknown kind shows the cost calculator, the embed most posts use.
    pub fn from_slug(s: &str) -> EmbedKind {
        if s == EmbedKind::Plan.slug() {
            EmbedKind::Plan
        } else {
            EmbedKind::Costs
        }
    }
}

/// What the page's address asks for.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Address {
    pub embed: Option<EmbedKind>,
    /// The share payload after `#share=`.
    pub share: Option<String>,
}

/// Reads `location.search` and `location.hash`.
pub fn parse_address(search: &str, hash: &str) -> Address {
    Address {
        embed: search
            .trim_start_matches('?')
            .split('&')
            .find_map(|pair| pair.strip_prefix("embed="))
            .map(EmbedKind::from_slug),
        share: hash
            .trim_start_matches('#')
            .strip_prefix("share=")
            .map(str::to_string),
    }
}

/// The code a blog author pastes: the iframe, and the script that lets it size itself.
/// `plan` embeds that plan read-only; None embeds the cost calculator. `app_url` is where
/// dist/ is served, ending in "/".
pub fn embed_code(app_url: &str, plan: Option<&Plan>) -> String {
    let (src, title) = match plan {
        Some(p) => (
            format!(
                "{app_url}?embed={}#share={}",
                EmbedKind::Plan.slug(),
                encode_share(p)
            ),
            "Hiring plan (Hireplan)",
        ),
        None => (
            format!("{app_url}?embed={}", EmbedKind::Costs.slug()),
            "Backend developer cost calculator (Hireplan)",
        ),
    };
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" data-hireplan style=\"width:100%;height:640px;border:0\" loading=\"lazy\" sandbox=\"allow-scripts allow-downloads\"></iframe>\n\
         <script>addEventListener('message',function(e){{if(!e.data||e.data.type!=='hireplan:height')return;\
         document.querySelectorAll('iframe[data-hireplan]').forEach(function(f){{if(f.contentWindow===e.source)f.style.height=e.data.height+'px';}});}});</script>"
    )
}

/// A share link's payload: the plan's inputs, compressed. Identity and edit times stay home.
pub fn encode_share(plan: &Plan) -> String {
    let mut inputs = plan.clone();
    // Candidates are personal data: never in a link or an embed.
    inputs.candidates.clear();
    inputs.id = PlanId::default();
    inputs.created_at = DateTime::<Utc>::UNIX_EPOCH;
    inputs.updated_at = DateTime::<Utc>::UNIX_EPOCH;
    let mut value = serde_json::to_value(&inputs).unwrap_or(Value::Null);
    let defaults = serde_json::to_value(Plan::default()).unwrap_or(Value::Null);
    if let Some(o) = value.as_object_mut() {
        for k in ["id", "created_at", "updated_at"] {
            o.remove(k);
        }
        for list in ["requirements", "soft_skills"] {
            if let Some(Value::Array(items)) = o.get_mut(list) {
                items.iter_mut().for_each(compact_requirement);
            }
        }
    }
    strip_defaults(&mut value, &defaults);
    let json = value.to_string();
    let packed = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), 9);
    format!("{SHARE_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed))
}

/// A catalogue item travels as its id and priority; its label and kind come from the catalogue.
fn compact_requirement(item: &mut Value) {
    let Some(o) = item.as_object_mut() else {
        return;
    };
    if o.get("custom") == Some(&Value::Bool(false)) {
        o.retain(|k, _| k == "id" || k == "priority");
    }
}

/// Fills in what `compact_requirement` left out; unknown ids are kept as the founder's own.
fn expand_requirement(item: &mut Value, soft: bool) {
    let Some(o) = item.as_object_mut() else {
        return;
    };
    if o.contains_key("label") {
        return;
    }
    let id = o
        .get("id")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_string();
    let full = if soft {
        crate::role::requirements::soft_skill(&id)
    } else {
        crate::role::requirements::from_catalog(&id)
    };
    if let Some(mut r) = full {
        if let Some(p) = o
            .get("priority")
            .and_then(|p| serde_json::from_value(p.clone()).ok())
        {
            r.priority = p;
        }
        if let Ok(v) = serde_json::to_value(r) {
            *item = v;
        }
    }
}

/// Removes every field equal to its default, recursively: the reader's serde defaults restore
/// them. `schema_version` always stays.
fn strip_defaults(value: &mut Value, defaults: &Value) {
    if let (Value::Object(o), Value::Object(d)) = (value, defaults) {
        o.retain(|k, v| k == "schema_version" || d.get(k) != Some(v));
        for (k, v) in o.iter_mut() {
            if let Some(dv) = d.get(k) {
                strip_defaults(v, dv);
            }
        }
    }
}

/// Reads a share link's payload into a plan (without id or times: the caller gives them).
pub fn decode_share(payload: &str) -> Result<Plan, DecodeError> {
    let bad = |why: &str| DecodeError::BadShareLink(why.to_string());
    let payload = payload.trim();
    if payload.len() > MAX_SHARE_CHARS {
        return Err(bad("it is too long"));
    }
    let body = payload
        .strip_prefix(SHARE_PREFIX)
        .ok_or_else(|| bad("unknown encoding"))?;
    let packed = URL_SAFE_NO_PAD
        .decode(body)
        .map_err(|_| bad("it was cut or altered"))?;
    let json = miniz_oxide::inflate::decompress_to_vec_with_limit(&packed, MAX_PLAN_BYTES)
        .map_err(|_| bad("it was cut or altered"))?;
    let text = String::from_utf8(json).map_err(|_| bad("it was cut or altered"))?;
    let mut value: Value = serde_json::from_str(&text).map_err(|_| bad("it was cut or altered"))?;
    if let Some(o) = value.as_object_mut() {
        // A link made elsewhere with candidates in it: they are not read.
        o.remove("candidates");
        o.insert("created_at".into(), json!(DateTime::<Utc>::UNIX_EPOCH));
        o.insert("updated_at".into(), json!(DateTime::<Utc>::UNIX_EPOCH));
        for (list, soft) in [("requirements", false), ("soft_skills", true)] {
            if let Some(Value::Array(items)) = o.get_mut(list) {
                items.iter_mut().for_each(|i| expand_requirement(i, soft));
            }
        }
    }
    plan_from_value(value).map_err(|e| match e {
        DecodeError::NewerVersion { .. } | DecodeError::TooMany { .. } => e,
        other => DecodeError::BadShareLink(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::PlanId;
    use chrono::TimeZone;

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
            decode_stored(r#"{"schema_version":2,"name":5}"#),
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
    fn thousands_of_items_are_refused_by_every_decoder_and_the_limits_themselves_pass() {
        use crate::plan::Requirement;
        use crate::plan::{Stage, MAX_MINUTES, MAX_OWN_QUESTIONS, MAX_STAGES};
        use crate::role::requirements::MAX_ITEMS;
        let skill = |i: usize| Requirement {
            id: format!("custom-{i}"),
            label: format!("Skill {i}"),
            category: "language".into(),
            custom: true,
            ..Requirement::default()
        };
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 9, 0, 0).unwrap();
        // At every limit: the most the planner lets a person make opens everywhere.
        let mut full = Plan::new(PlanId("full".into()), now);
        full.requirements = (0..MAX_ITEMS).map(skill).collect();
        full.soft_skills = (0..MAX_ITEMS).map(skill).collect();
        full.interviews.stages = Some(vec![
            Stage {
                minutes: MAX_MINUTES,
                ..Stage::default()
            };
            MAX_STAGES
        ]);
        full.interviews.own_questions = vec!["Why?".into(); MAX_OWN_QUESTIONS];
        assert_eq!(decode_stored(&encode_stored(&full)).unwrap(), full);
        assert!(matches!(
            decode_import(&export_plan(&full, now, true)),
            Ok(Imported::Plan(_))
        ));
        assert!(decode_share(&encode_share(&full)).is_ok());

        // Five thousand skills: refused with a typed error that says what and how many.
        let mut many = full.clone();
        many.requirements = (0..5000).map(skill).collect();
        let want = DecodeError::TooMany {
            what: "requirements",
            found: 5000,
            limit: MAX_ITEMS,
        };
        assert_eq!(decode_stored(&encode_stored(&many)), Err(want.clone()));
        assert_eq!(
            decode_import(&export_plan(&many, now, true)),
            Err(want.clone())
        );
        // A hostile link repeats one skill: deflated, five thousand of them fit in a link.
        let mut repeated = many.clone();
        repeated.requirements = vec![skill(1); 5000];
        let link = encode_share(&repeated);
        assert!(link.len() <= MAX_SHARE_CHARS, "{} characters", link.len());
        assert_eq!(decode_share(&link), Err(want.clone()));
        assert!(want.to_string().contains("5000 requirements"));

        let mut long = full.clone();
        long.interviews.stages.as_mut().unwrap()[3].minutes = u32::MAX;
        assert!(
            matches!(decode_stored(&encode_stored(&long)), Err(DecodeError::NotAPlan(m)) if m.contains("stage 4"))
        );
        let mut questions = full;
        questions.interviews.own_questions.push("One more?".into());
        assert!(matches!(
            decode_stored(&encode_stored(&questions)),
            Err(DecodeError::TooMany {
                what: "questions of your own",
                ..
            })
        ));
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

    #[test]
    fn export_and_import_round_trip() {
        let now = Utc.with_ymd_and_hms(2026, 11, 23, 10, 0, 0).unwrap();
        let p = sample();
        assert_eq!(
            decode_import(&export_plan(&p, now, true)).unwrap(),
            Imported::Plan(Box::new(p.clone()))
        );
        let mut q = sample();
        q.id = PlanId("other".into());
        assert_eq!(
            decode_import(&export_backup(&[p.clone(), q.clone()], now, true)).unwrap(),
            Imported::Backup(vec![p, q])
        );
    }

    #[test]
    fn import_refuses_foreign_newer_and_malformed_files() {
        assert!(matches!(
            decode_import(r#"{"format":"excalidraw","version":2}"#),
            Err(DecodeError::WrongFormat(f)) if f == "excalidraw"
        ));
        assert!(matches!(
            decode_import(r#"{"format":"hireplan-plan","version":7,"plan":{}}"#),
            Err(DecodeError::NewerVersion { found: 7, .. })
        ));
        assert!(matches!(
            decode_import(r#"{"format":"hireplan-plan","version":2}"#),
            Err(DecodeError::NotAPlan(_))
        ));
        assert!(matches!(
            decode_import(r#"{"format":"hireplan-backup","version":2,"plans":[{"schema_version":2},{"x":1}]}"#),
            Err(DecodeError::NotAPlan(m)) if m.contains("plan 2 of the backup")
        ));
        assert!(matches!(
            decode_import("[]"),
            Err(DecodeError::WrongFormat(_))
        ));
        assert!(matches!(
            decode_import("{}"),
            Err(DecodeError::WrongFormat(_))
        ));
        let huge = format!("{{\"format\":\"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
        assert!(matches!(
            decode_import(&huge),
            Err(DecodeError::TooLarge { .. })
        ));
    }

    #[test]
    fn share_link_round_trip_without_identity() {
        let p = sample();
        let link = encode_share(&p);
        assert!(link.starts_with(SHARE_PREFIX));
        assert!(link
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)));
        let back = decode_share(&link).unwrap();
        assert_eq!(back.name, p.name);
        assert_eq!(back.id, PlanId::default());
    }

    #[test]
    fn candidates_never_travel_in_a_link_and_only_in_an_export_when_asked() {
        use crate::plan::{Candidate, Scorecard};
        let mut p = sample();
        p.candidates.push(Candidate {
            id: "c1".into(),
            name: "Grace Hopper-Private".into(),
            links: "https://example.com/grace".into(),
            scorecards: vec![Scorecard {
                notes: "secret notes".into(),
                ..Scorecard::default()
            }],
            ..Candidate::default()
        });
        let now = DateTime::<Utc>::UNIX_EPOCH;
        // The link: not there, even compressed, and not read back.
        let link = encode_share(&p);
        let back = decode_share(&link).unwrap();
        assert!(back.candidates.is_empty());
        let payload = link.strip_prefix(SHARE_PREFIX).unwrap();
        let packed = URL_SAFE_NO_PAD.decode(payload).unwrap();
        let json =
            String::from_utf8(miniz_oxide::inflate::decompress_to_vec(&packed).unwrap()).unwrap();
        assert!(
            !json.contains("Grace") && !json.contains("secret"),
            "{json}"
        );
        // A link crafted with candidates in it: they are dropped on the way in.
        let mut crafted: Value = serde_json::from_str(&json).unwrap();
        crafted["candidates"] = json!([{"id": "c9", "name": "Injected"}]);
        let packed = miniz_oxide::deflate::compress_to_vec(crafted.to_string().as_bytes(), 9);
        let crafted = format!("{SHARE_PREFIX}{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(decode_share(&crafted).unwrap().candidates.is_empty());
        // The export: left out by default, kept when asked, and then labelled.
        let without = export_plan(&p, now, false);
        assert!(!without.contains("Grace") && !without.contains("personal_data"));
        let with = export_plan(&p, now, true);
        assert!(with.contains("Grace") && with.contains("\"personal_data\""));
        let Imported::Plan(imported) = decode_import(&with).unwrap() else {
            panic!()
        };
        assert_eq!(imported.candidates, p.candidates);
        // Nothing personal: nothing to label.
        let mut none = p.clone();
        none.candidates.clear();
        assert!(!export_plan(&none, now, true).contains("personal_data"));
    }

    #[test]
    fn too_many_candidates_are_refused_with_the_limit() {
        use crate::plan::{Candidate, MAX_CANDIDATES};
        let mut p = sample();
        p.candidates = (0..=MAX_CANDIDATES)
            .map(|i| Candidate {
                id: format!("c{i}"),
                ..Candidate::default()
            })
            .collect();
        let err = decode_import(&export_plan(&p, DateTime::<Utc>::UNIX_EPOCH, true)).unwrap_err();
        assert_eq!(
            err,
            DecodeError::TooMany {
                what: "candidates",
                found: MAX_CANDIDATES + 1,
                limit: MAX_CANDIDATES
            }
        );
    }

    #[test]
    fn the_address_names_the_embed_and_the_share_payload() {
        let a = parse_address("?embed=plan&x=1", "#share=h1.abc");
        assert_eq!(a.embed, Some(EmbedKind::Plan));
        assert_eq!(a.share.as_deref(), Some("h1.abc"));
        assert_eq!(
            parse_address("?x=1&embed=costs", "").embed,
            Some(EmbedKind::Costs)
        );
        assert_eq!(
            parse_address("?embed=other", "").embed,
            Some(EmbedKind::Costs)
        );
        assert_eq!(parse_address("", "#/costs"), Address::default());
    }

    #[test]
    fn embed_code_carries_the_view_and_the_sizing_script() {
        let base = "https://example.com/hireplan/";
        let costs = embed_code(base, None);
        assert!(costs.starts_with("<iframe src=\"https://example.com/hireplan/?embed=costs\""));
        assert!(costs.contains("sandbox=\"allow-scripts allow-downloads\""));
        assert!(costs.contains("f.contentWindow===e.source"));
        let plan = embed_code(base, Some(&sample()));
        let payload = plan
            .split("#share=")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        assert_eq!(decode_share(payload).unwrap().name, sample().name);
        // The plan's text travels compressed, so none of its markup reaches the host page.
        assert!(!plan.contains("<hire>"));
    }

    #[test]
    fn damaged_and_foreign_links_are_refused() {
        let link = encode_share(&sample());
        for bad in [
            "",
            "h9.abc",
            "h1.",
            "h1.!!!",
            &link[..link.len() / 2],
            &format!("{link}xyz"),
            &format!("h1.{}", URL_SAFE_NO_PAD.encode(b"not deflate")),
        ] {
            assert!(
                matches!(decode_share(bad), Err(DecodeError::BadShareLink(_))),
                "{bad}"
            );
        }
        let json = br#"{"schema_version":2,"name":[]}"#;
        let packed = miniz_oxide::deflate::compress_to_vec(json, 9);
        let wrong = format!("h1.{}", URL_SAFE_NO_PAD.encode(packed));
        assert!(matches!(
            decode_share(&wrong),
            Err(DecodeError::BadShareLink(_))
        ));
    }

    proptest::proptest! {
        #[test]
        fn decoding_never_panics(s in ".{0,400}") {
            let _ = decode_stored(&s);
            let _ = decode_import(&s);
            let _ = decode_share(&s);
            let _ = decode_share(&format!("h1.{s}"));
        }

        #[test]
        fn names_round_trip(name in "\\PC{0,200}") {
            let mut p = sample();
            p.name = name;
            proptest::prop_assert_eq!(decode_stored(&encode_stored(&p)).unwrap(), p.clone());
            proptest::prop_assert_eq!(decode_share(&encode_share(&p)).unwrap().name, p.name);
        }

        #[test]
        fn random_bytes_as_share_payload_never_panic(bytes in proptest::collection::vec(0u8..=255, 0..300)) {
            let _ = decode_share(&format!("h1.{}", URL_SAFE_NO_PAD.encode(&bytes)));
            let packed = miniz_oxide::deflate::compress_to_vec(&bytes, 1);
            let _ = decode_share(&format!("h1.{}", URL_SAFE_NO_PAD.encode(packed)));
        }
    }
}

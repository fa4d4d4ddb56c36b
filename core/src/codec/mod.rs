//! Plans as text: the stored entry, the export and backup files, and share links; with the
//! migrations that let a newer Hireplan open what an older one wrote.
//!
//! Every decoder returns a typed error for any input; none of them panics.

use crate::cost::RouteKey;
use crate::plan::{Plan, PlanId, ShortlistRoute, SCHEMA_VERSION};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{json, Map, Value};
use std::fmt;

/// Local-storage keys. One place, so tests and the UI agree.
pub mod address;
mod share;

pub use share::{decode_share, encode_share};

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
        if version == 4 {
            migrate_4_to_5(object);
        }
        if version == 5 {
            migrate_5_to_6(object);
        }
        // Version 7 adds `finances`, which an older plan does not have: nothing to move.
        if version == 7 {
            migrate_7_to_8(object);
        }
        if version == 8 {
            migrate_8_to_9(object);
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

/// Version 4 laid the timeline out for a route of its own (`interviews.route`), asked again
/// on the Interviews step; version 5 keeps one route the founder goes with (`route.chosen`),
/// which every step follows. A timeline route other than the job boards was the founder's
/// choice of how to find the hire, so it becomes the choice (and is dropped, with a notice, if
/// the plan no longer has that route); the job boards were the default and choose nothing.
/// Version 4 also always wrote the offer's basis, "hourly" by default: that default is
/// forgotten, so the offer follows the route's basis.
fn migrate_4_to_5(plan: &mut Map<String, Value>) {
    let old = plan
        .get_mut("interviews")
        .and_then(Value::as_object_mut)
        .and_then(|i| i.remove("route"));
    if let Some(Value::String(key)) = old {
        if key != RouteKey::JobBoards.to_string() {
            plan.insert("route".into(), json!({ "chosen": key }));
        }
    }
    if let Some(offer) = plan.get_mut("offer").and_then(Value::as_object_mut) {
        if offer.get("basis").and_then(Value::as_str) == Some("hourly") {
            offer.remove("basis");
        }
    }
}

/// Version 5 kept why a chosen route was dropped as a sentence (`route.dropped.why`); version
/// 6 keeps the reason as a fact (`route.dropped.reason`), worded at display. An old sentence is
/// kept as it was written.
fn migrate_5_to_6(plan: &mut Map<String, Value>) {
    let dropped = plan
        .get_mut("route")
        .and_then(Value::as_object_mut)
        .and_then(|r| r.get_mut("dropped"))
        .and_then(Value::as_object_mut);
    if let Some(dropped) = dropped {
        if let Some(Value::String(words)) = dropped.remove("why") {
            dropped.insert("reason".into(), json!(format!("recorded:{words}")));
        }
    }
}

/// Version 7 kept a candidate's one decision and its reason; version 8 keeps every decision
/// in `history`, with the stage it was taken at. A recorded decision becomes the first entry
/// (taken at the candidate's stage, on a date not known).
fn migrate_7_to_8(plan: &mut Map<String, Value>) {
    let Some(Value::Array(candidates)) = plan.get_mut("candidates") else {
        return;
    };
    for c in candidates.iter_mut().filter_map(Value::as_object_mut) {
        let decision = c
            .get("decision")
            .and_then(Value::as_str)
            .unwrap_or("undecided");
        if decision == "undecided" || c.contains_key("history") {
            continue;
        }
        let record = json!({
            "decision": decision,
            "stage": c.get("stage").cloned().unwrap_or(json!(0)),
            "reason": c.get("reason").cloned().unwrap_or(json!("")),
        });
        c.insert("history".into(), json!([record]));
    }
}

/// Version 8 kept one other route beside the choice to compare (`route.runner_up`); version 9
/// has a shortlist of routes, each with the engagement and place it is priced under. A plan
/// that kept a runner-up beside its choice starts its shortlist with the two, each filed as the
/// Costs step files it (`ShortlistRoute::from_plan`): under the plan's engagement and place, a
/// quote for another kind of hire under the one it is for (the runner-up stays where it was).
/// The plan is read as it will be once migrated (a version 8 plan has all of version 9 but the
/// shortlist); one that does not read gets no shortlist, and its decoding then says why.
fn migrate_8_to_9(plan: &mut Map<String, Value>) {
    let Ok(p) = serde_json::from_value::<Plan>(Value::Object(plan.clone())) else {
        return;
    };
    let (Some(chosen), Some(runner_up)) = (p.route.chosen.clone(), p.route.runner_up.clone())
    else {
        return;
    };
    let routes = [chosen, runner_up].map(|k| ShortlistRoute::from_plan(&p, k));
    plan.insert("shortlist".into(), json!({ "routes": routes }));
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
    // A chosen route the data or the plan no longer has is dropped, with the reason kept.
    crate::cost::decision::settle::settle(&mut plan);
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
            "routes on the shortlist",
            plan.shortlist.len(),
            crate::plan::MAX_SHORTLIST,
        ),
        (
            "money figures and rates",
            plan.finances.len(),
            crate::plan::MAX_FINANCE_KEYS,
        ),
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
    /// `?embed=chart`: one chart, monthly cost by route or cost over time.
    Chart,
}

impl EmbedKind {
    pub fn slug(self) -> &'static str {
        match self {
            EmbedKind::Costs => "costs",
            EmbedKind::Plan => "plan",
            EmbedKind::Chart => "chart",
        }
    }

    pub const ALL: [EmbedKind; 3] = [EmbedKind::Costs, EmbedKind::Plan, EmbedKind::Chart];

    /// An unknown kind shows the cost calculator, the embed most posts use.
    pub fn from_slug(s: &str) -> EmbedKind {
        EmbedKind::ALL
            .into_iter()
            .find(|k| k.slug() == s)
            .unwrap_or(EmbedKind::Costs)
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

/// The frame's title where the writer gives none.
pub fn default_embed_title(kind: EmbedKind) -> &'static str {
    match kind {
        EmbedKind::Costs => "Backend developer cost calculator",
        EmbedKind::Plan => "Hiring plan for a backend developer",
        EmbedKind::Chart => "What a backend developer costs, by route",
    }
}

/// The code a writer pastes: the frame, a plain link beside it that names the planner and
/// opens it with the same presets (feed readers show no frames), and the script that lets
/// the frame size itself. `app_url` is where dist/ is served, ending in "/"; `embed_query`
/// the embed's presets (`session::preset`), `planner_query` the same starting values for the
/// planner; `share` a shared plan's payload.
pub fn embed_code(
    app_url: &str,
    embed_query: &str,
    planner_query: &str,
    share: Option<&str>,
    title: &str,
) -> String {
    let hash = share.map(|s| format!("#share={s}")).unwrap_or_default();
    let src = crate::job_ad::export::html_escape(&format!("{app_url}?{embed_query}{hash}"));
    let open = match share {
        Some(_) => format!("{app_url}{hash}"),
        None if planner_query.is_empty() => format!("{app_url}#/costs"),
        None => format!("{app_url}?{planner_query}#/costs"),
    };
    let open = crate::job_ad::export::html_escape(&open);
    let title = crate::job_ad::export::html_escape(title.trim());
    format!(
        "<iframe src=\"{src}\" title=\"{title}\" data-hireplan style=\"width:100%;height:640px;border:0\" loading=\"lazy\" sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox allow-downloads\"></iframe>\n\
         <p><a href=\"{open}\">{title}: open it in Hireplan, the hiring planner</a></p>\n\
         <script>addEventListener('message',function(e){{if(!e.data||e.data.type!=='hireplan:height')return;\
         document.querySelectorAll('iframe[data-hireplan]').forEach(function(f){{if(f.contentWindow===e.source)f.style.height=e.data.height+'px';}});}});</script>"
    )
}

#[cfg(test)]
mod tests;

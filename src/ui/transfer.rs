//! Export and import: a plan file, a backup of every plan the tab can reach, and reading a
//! file the founder picked. Each answers with the line the Share step shows. Exports need no
//! storage (they download what the tab holds); an import says what it stored only once the
//! write succeeded, or that the plans live in this tab only.

use hireplan_core::codec::{self, Imported};
use hireplan_core::plan::Plan;
use hireplan_core::text::format::{self as dates, DateStyle};

use super::download::download;
use super::library::{Added, Library};
use super::state::now;

/// A line for the founder: what happened, or why not.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Said {
    pub error: bool,
    pub text: String,
}

impl Said {
    fn ok(text: String) -> Said {
        Said { error: false, text }
    }

    fn error(text: String) -> Said {
        Said { error: true, text }
    }
}

fn count(n: usize) -> String {
    format!("{n} plan{}", if n == 1 { "" } else { "s" })
}

fn file_stem(plan: &Plan) -> String {
    hireplan_core::text::names::file_stem(plan.display_name(), 8, "plan")
}

/// Downloads the open plan as a plan file.
pub fn export_plan(plan: &Plan, with_candidates: bool) -> Said {
    let text = codec::export_plan(plan, now(), with_candidates);
    let name = format!("hireplan-{}.json", file_stem(plan));
    match download(&name, "application/json", &text) {
        Ok(()) => Said::ok(format!("Exported {name}.")),
        Err(e) => Said::error(format!("Could not export: {e}")),
    }
}

/// Downloads every plan the tab can reach as a backup file.
pub async fn export_backup(library: Library, with_candidates: bool) -> Said {
    let all = library.all().await;
    let text = codec::export_backup(&all, now(), with_candidates);
    let name = format!(
        "hireplan-backup-{}.json",
        dates::date(now().date_naive(), DateStyle::Iso)
    );
    match download(&name, "application/json", &text) {
        Ok(()) => Said::ok(format!("Exported {} to {name}.", count(all.len()))),
        Err(e) => Said::error(format!("Could not export: {e}")),
    }
}

/// Reads and checks a picked file: its plans, or why nothing was changed.
pub async fn read_file(file: web_sys::File) -> Result<Vec<Plan>, Said> {
    let name = file.name();
    if file.size() > codec::MAX_IMPORT_BYTES as f64 {
        return Err(Said::error(format!(
            "{name} is {} MB; Hireplan imports files up to {} MB. Nothing was changed.",
            hireplan_core::text::format::fixed(file.size() / 1_048_576.0, 1),
            codec::MAX_IMPORT_BYTES / 1_048_576
        )));
    }
    let text = match wasm_bindgen_futures::JsFuture::from(file.text()).await {
        Ok(t) => t.as_string().unwrap_or_default(),
        Err(_) => {
            return Err(Said::error(format!(
                "{name} could not be read. Nothing was changed."
            )))
        }
    };
    match codec::decode_import(&text) {
        Err(e) => Err(Said::error(format!("{name}: {e} Nothing was changed."))),
        Ok(Imported::Plan(p)) => Ok(vec![*p]),
        Ok(Imported::Backup(v)) => Ok(v),
    }
}

/// How many of `plans` the library holds already (by id): an import would replace them.
pub fn clashes(library: Library, plans: &[Plan]) -> usize {
    let here = library.ids();
    plans.iter().filter(|p| here.contains(&p.id)).count()
}

/// Adds imported plans to the library; `from` names the file, `as_copies` the founder's
/// answer to a clash (None: there was none).
pub async fn import(
    library: Library,
    plans: Vec<Plan>,
    from: &str,
    as_copies: Option<bool>,
) -> Said {
    let how = match as_copies {
        None => format!(" from {from}"),
        Some(true) => " as copies".to_string(),
        Some(false) => ", replacing the ones here".to_string(),
    };
    match library.add(plans, as_copies == Some(true)).await {
        Added::Stored(n) => Said::ok(format!("Imported {}{how}.", count(n))),
        Added::Stopped { stored: 0, why } => Said::error(format!("Nothing was imported: {why}.")),
        Added::Stopped { stored, why } => Said::error(format!(
            "Import stopped after {}: {why}. The rest were not imported.",
            count(stored)
        )),
        Added::InMemory(n) => Said::error(format!(
            "Opened {}{how} in this tab only. They are not saved: this browser does not let \
             Hireplan save. Export them before you close the tab.",
            count(n)
        )),
    }
}

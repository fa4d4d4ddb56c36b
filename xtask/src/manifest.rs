//! The manifest: for each page of the core's route table, the files it needs before its first
//! screen, in load order. The page's preload script and the tests read it; nothing is written
//! twice.

use crate::split::Output;
use crate::{fail, Result};
use hireplan_core::codec::address::{chunk, Entry};
use serde_json::json;
use std::collections::BTreeMap;
use std::path::Path;

pub struct PageFiles {
    /// Needed before the first screen, in load order: the start script, the glue, the loader,
    /// the main module, then the page's chunks.
    pub first: Vec<String>,
    /// Needed first as well when the page reads a plan (a share link, or stored plans).
    pub when_reading: Vec<String>,
}

pub struct Manifest {
    pub hash: String,
    /// By `Entry::key`.
    pub pages: BTreeMap<String, PageFiles>,
    /// Each split module's files.
    pub chunks: BTreeMap<String, Vec<String>>,
}

fn chunk_files<'a>(out: &'a Output, name: &str) -> Result<&'a [String]> {
    match out.chunks.get(name) {
        Some(files) => Ok(files),
        None => fail(format!(
            "the split wrote no files for the split module `{name}`"
        )),
    }
}

impl Manifest {
    pub fn new(out: &Output) -> Result<Manifest> {
        let mut pages = BTreeMap::new();
        for page in Entry::all() {
            let mut first = vec![
                out.start.clone(),
                out.glue.clone(),
                out.loader.clone(),
                out.main.clone(),
            ];
            for name in page.first_chunks() {
                for f in chunk_files(out, name)? {
                    if !first.contains(f) {
                        first.push(f.clone());
                    }
                }
            }
            let when_reading = if page.reads_first(true, true) {
                chunk_files(out, chunk::PLAN_READER)?
                    .iter()
                    .filter(|f| !first.contains(f))
                    .cloned()
                    .collect()
            } else {
                Vec::new()
            };
            pages.insert(
                page.key(),
                PageFiles {
                    first,
                    when_reading,
                },
            );
        }
        Ok(Manifest {
            hash: out.hash.clone(),
            pages,
            chunks: out.chunks.clone(),
        })
    }

    pub fn write(&self, path: &Path) -> Result<()> {
        let pages: serde_json::Map<String, serde_json::Value> = self
            .pages
            .iter()
            .map(|(k, p)| {
                (
                    k.clone(),
                    json!({ "first": p.first, "when_reading": p.when_reading }),
                )
            })
            .collect();
        // Every address a person can open, with its page: the one list of steps and views the
        // scripts and tests walk (they read it here, never list the steps themselves).
        let addresses: Vec<serde_json::Value> = Entry::addresses()
            .into_iter()
            .map(|(address, page)| {
                let step = matches!(page, Entry::Step(_));
                json!({ "address": address, "page": page.key(), "step": step })
            })
            .collect();
        let text = serde_json::to_string_pretty(&json!({
            "format": "hireplan-manifest",
            "version": 2,
            "hash": self.hash,
            "pages": pages,
            "chunks": self.chunks,
            "addresses": addresses,
        }))?;
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        std::fs::write(path, text)?;
        Ok(())
    }
}

//! Hireplan's build step after Trunk (its `post_build` hook; see Trunk.toml). Trunk builds the
//! app with the `split` feature and leaves the page without scripts (only the start mark, by its
//! `pattern_script`);
//! this tool then does the rest, each part completely or not at all:
//!
//! 1. cuts cargo's module into a main module and chunks with `wasm_split_cli_support` (the
//!    splitter cargo-leptos uses, as a library), into a folder named by the module's hash;
//! 2. binds the main module with wasm-bindgen, optimises every module with wasm-opt, and
//!    minifies the JS in release;
//! 3. writes the manifest: for each page of the core's route table, the files it needs
//!    before its first screen, in load order (`<target>/hireplan/manifest.json`);
//! 4. writes the page: its stylesheets, the preloads, the script that preloads each page's
//!    chunks (made from the same route table), the start script, and the
//!    Content-Security-Policy with the hashes of exactly what it wrote.
//!
//! `xtask imports FOLDER` lists a crate's import circles at file level (`imports.rs`).
//!
//! Any missing piece (a tool, a file, a marker in index.html, a chunk the route table names)
//! stops the build with a message naming it.

mod imports;
mod manifest;
mod page;
mod split;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// An error that stops the build, with what was not found or not done.
#[derive(Debug)]
pub struct Failure(pub String);

impl<E: std::fmt::Display> From<E> for Failure {
    fn from(e: E) -> Self {
        Failure(e.to_string())
    }
}

pub type Result<T> = std::result::Result<T, Failure>;

/// Stops with a message.
pub fn fail<T>(why: impl Into<String>) -> Result<T> {
    Err(Failure(why.into()))
}

/// What a Trunk hook is told, and where cargo put the module.
pub struct Build {
    /// Trunk's staging folder: becomes dist/.
    pub staging: PathBuf,
    pub release: bool,
    /// The workspace root.
    pub root: PathBuf,
    /// Cargo's target folder.
    pub target: PathBuf,
}

impl Build {
    fn from_env() -> Result<Build> {
        let staging = std::env::var_os("TRUNK_STAGING_DIR")
            .map(PathBuf::from)
            .ok_or_else(|| Failure("TRUNK_STAGING_DIR is not set: run this from Trunk's post_build hook (trunk build / trunk serve)".into()))?;
        let release = match std::env::var("TRUNK_PROFILE").as_deref() {
            Ok("release") => true,
            Ok("debug") => false,
            other => return fail(format!("TRUNK_PROFILE is {other:?}, not release or debug")),
        };
        let root = Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .map(Path::to_path_buf)
            .ok_or_else(|| Failure("xtask/ has no parent folder".into()))?;
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .map(|t| if t.is_absolute() { t } else { root.join(t) })
            .unwrap_or_else(|| root.join("target"));
        Ok(Build {
            staging,
            release,
            root,
            target,
        })
    }

    /// The module cargo built for Trunk.
    pub fn raw_module(&self) -> PathBuf {
        let profile = if self.release { "release" } else { "debug" };
        self.target
            .join("wasm32-unknown-unknown")
            .join(profile)
            .join("hireplan.wasm")
    }
}

fn run() -> Result<()> {
    let mut args = std::env::args().skip(1);
    match args.next().as_deref() {
        Some("post-build") => {
            let build = Build::from_env()?;
            let out = split::split(&build)?;
            let manifest = manifest::Manifest::new(&out)?;
            page::write(&build, &out, &manifest)?;
            manifest.write(&build.target.join("hireplan").join("manifest.json"))?;
            println!(
                "xtask: main module and {} chunks in {}, manifest for {} pages",
                out.chunk_files.len(),
                out.folder,
                manifest.pages.len()
            );
            Ok(())
        }
        Some("imports") => {
            // The import circles of a crate's source folder, at file level (none is the aim).
            let folder = PathBuf::from(args.next().unwrap_or_else(|| "src".into()));
            let graph = imports::Graph::read(&folder).map_err(Failure)?;
            let circles = graph.circles();
            if circles.is_empty() {
                println!("xtask: {} files in {}, no import circle", graph.files.len(), folder.display());
                return Ok(());
            }
            fail(format!("import circles in {}:\n{}", folder.display(), graph.describe(&circles)))
        }
        _ => fail("usage: xtask post-build   (run by Trunk's post_build hook)\n       xtask imports FOLDER   (import circles at file level)"),
    }
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(why)) => {
            eprintln!("xtask: {why}");
            ExitCode::FAILURE
        }
    }
}

//! Cuts cargo's module into a main module and chunks, binds and optimises them, and puts them
//! in Trunk's staging folder in place of Trunk's own (unsplit) output.

use crate::{fail, Build, Failure, Result};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// What the split wrote into the staging folder (paths relative to it).
pub struct Output {
    /// The hash of the module it was cut from: every name below carries it, so a changed
    /// module gets new names and no cache serves a stale file.
    pub hash: String,
    /// The JS glue (wasm-bindgen's) and the main module.
    pub glue: String,
    pub main: String,
    /// The folder of the loader and the chunks: the loader's relative addresses
    /// (`./chunk_3.wasm`) stay as the splitter wrote them.
    pub folder: String,
    pub loader: String,
    /// The module script that starts the app.
    pub start: String,
    /// Each split module's files, in the loader's order (its shared chunks, then its own).
    pub chunks: BTreeMap<String, Vec<String>>,
    /// Every chunk file.
    pub chunk_files: Vec<String>,
}

/// The first 16 hex digits of a SHA-256.
pub fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The WebAssembly features the modules use (wasm-opt must be told).
const FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
];

fn run(what: &str, cmd: &mut Command) -> Result<()> {
    let status = cmd.status().map_err(|e| {
        Failure(format!(
            "could not start {what}: {e} (run `source scripts/setup.sh` to install it)"
        ))
    })?;
    if !status.success() {
        return fail(format!("{what} failed ({status})"));
    }
    Ok(())
}

/// A tool from the project's npm packages (package.json pins them).
fn npm_tool(build: &Build, name: &str) -> Result<PathBuf> {
    let path = build.root.join("node_modules/.bin").join(name);
    if !path.exists() {
        return fail(format!(
            "{} not found: run `source scripts/setup.sh` (it installs the npm tools)",
            path.display()
        ));
    }
    Ok(path)
}

fn minify(build: &Build, file: &Path) -> Result<()> {
    let terser = npm_tool(build, "terser")?;
    let code = fs::read(file)?;
    let mut child = Command::new(terser)
        .args(["--module", "--compress", "--mangle"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| Failure(format!("could not start terser: {e}")))?;
    child
        .stdin
        .take()
        .ok_or_else(|| Failure("terser has no stdin".into()))?
        .write_all(&code)?;
    let out = child.wait_with_output()?;
    if !out.status.success() || out.stdout.is_empty() {
        return fail(format!("terser failed on {}", file.display()));
    }
    fs::write(file, out.stdout)?;
    Ok(())
}

/// Optimises every module, as many at a time as the machine has cores.
fn optimise(build: &Build, files: &[PathBuf]) -> Result<()> {
    let wasm_opt = npm_tool(build, "wasm-opt")?;
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    // `HIREPLAN_KEEP_NAMES=1` keeps the functions' names, for a profile (bench/profile.mjs)
    // that names where the time goes; what ships strips them. Cargo must keep them too:
    // `CARGO_PROFILE_RELEASE_STRIP=none HIREPLAN_KEEP_NAMES=1 trunk build --release`.
    let strip: &[&str] = if std::env::var_os("HIREPLAN_KEEP_NAMES").is_some() {
        &[
            "--debuginfo",
            "--strip-producers",
            "--strip-target-features",
        ]
    } else {
        &[
            "--strip-debug",
            "--strip-producers",
            "--strip-target-features",
        ]
    };
    for batch in files.chunks(cores) {
        let results: Vec<Result<()>> = std::thread::scope(|s| {
            let handles: Vec<_> = batch
                .iter()
                .map(|file| {
                    let wasm_opt = &wasm_opt;
                    s.spawn(move || {
                        run(
                            &format!("wasm-opt on {}", file.display()),
                            Command::new(wasm_opt)
                                .args(["-Oz", "--converge"])
                                .args(FEATURES)
                                .args(strip)
                                .arg(file)
                                .arg("-o")
                                .arg(file),
                        )
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|h| {
                    h.join()
                        .unwrap_or_else(|_| fail("a wasm-opt thread panicked"))
                })
                .collect()
        });
        results.into_iter().collect::<Result<Vec<()>>>()?;
    }
    Ok(())
}

/// Removes Trunk's own glue and module from the staging folder: the split ones replace them.
fn remove_trunks_output(staging: &Path) -> Result<()> {
    let mut found = (0, 0);
    for entry in fs::read_dir(staging)? {
        let name = entry?.file_name().to_string_lossy().to_string();
        if !name.starts_with("hireplan-") {
            continue;
        }
        if name.ends_with("_bg.wasm") {
            found.1 += 1;
        } else if name.ends_with(".js") {
            found.0 += 1;
        } else {
            continue;
        }
        fs::remove_file(staging.join(&name))?;
    }
    if found != (1, 1) {
        return fail(format!(
            "expected Trunk's hireplan-*.js and hireplan-*_bg.wasm in {}, found {} and {}",
            staging.display(),
            found.0,
            found.1
        ));
    }
    Ok(())
}

pub fn split(build: &Build) -> Result<Output> {
    let raw = build.raw_module();
    let input = fs::read(&raw).map_err(|e| {
        Failure(format!(
            "cargo's module {} is not readable ({e}): Trunk builds it first",
            raw.display()
        ))
    })?;
    let hash = short_hash(&input);
    let folder = format!("split-{hash}");
    let glue = format!("hireplan-{hash}.js");
    let main = format!("hireplan-{hash}_bg.wasm");
    let loader = format!("{folder}/loader.js");

    let work = build.target.join("hireplan").join("split");
    if work.exists() {
        fs::remove_dir_all(&work)?;
    }
    let out = work.join("out");
    fs::create_dir_all(out.join(&folder))?;
    let main_raw = work.join("main.wasm");
    let link_name = format!("./{loader}");
    let main_module = format!("../{glue}");

    // 1. Split.
    let mut opts = wasm_split_cli_support::Options::new(&input);
    opts.output_dir = &out;
    opts.main_out_path = &main_raw;
    opts.link_name = &link_name;
    opts.main_module = &main_module;
    opts.target.web();
    let split = wasm_split_cli_support::transform(opts)
        .map_err(|e| Failure(format!("the splitter failed on {}: {e:?}", raw.display())))?;
    if split.prefetch_map.is_empty() {
        return fail(format!(
            "{} has no split points: build it with `--features split` (Trunk.toml sets it)",
            raw.display()
        ));
    }
    let declared = hireplan_core::codec::address::chunk::ALL;
    for name in split.prefetch_map.keys() {
        if !declared.contains(&name.as_str()) {
            return fail(format!("the module has a split point `{name}` that hireplan_core::codec::address::chunk does not declare"));
        }
    }
    for name in declared {
        if !split.prefetch_map.contains_key(name) {
            return fail(format!("hireplan_core::codec::address::chunk declares `{name}`, but the module has no such split point"));
        }
    }
    // The chunks go beside the loader, which fetches them relative to itself.
    let mut chunk_files = Vec::new();
    let mut modules = Vec::new();
    for path in &split.split_modules {
        let name = path
            .file_name()
            .ok_or_else(|| Failure(format!("the splitter wrote {}", path.display())))?
            .to_string_lossy()
            .to_string();
        let to = out.join(&folder).join(&name);
        fs::rename(path, &to)?;
        chunk_files.push(format!("{folder}/{name}"));
        modules.push(to);
    }
    let chunks = split
        .prefetch_map
        .iter()
        .map(|(name, stems)| {
            let files = stems
                .iter()
                .map(|s| format!("{folder}/{s}.wasm"))
                .collect::<Vec<_>>();
            (name.clone(), files)
        })
        .collect::<BTreeMap<_, _>>();
    for files in chunks.values() {
        for f in files {
            if !chunk_files.contains(f) {
                return fail(format!(
                    "the splitter's prefetch map names {f}, which it did not write"
                ));
            }
        }
    }

    // 2. Bind the main module; its import of the loader keeps the split's address.
    run(
        "wasm-bindgen",
        Command::new("wasm-bindgen")
            .args([
                "--target",
                "web",
                "--keep-lld-exports",
                "--no-demangle",
                "--no-typescript",
            ])
            .arg("--out-dir")
            .arg(&out)
            .args(["--out-name", &format!("hireplan-{hash}")])
            .arg(&main_raw),
    )?;
    for file in [&glue, &main] {
        if !out.join(file).exists() {
            return fail(format!("wasm-bindgen did not write {file}"));
        }
    }
    let glue_text = fs::read_to_string(out.join(&glue))?;
    if !glue_text.contains(&link_name) {
        return fail(format!("the glue does not import the loader {link_name}"));
    }
    modules.push(out.join(&main));

    // 3. Optimise and minify.
    if build.release {
        optimise(build, &modules)?;
        minify(build, &out.join(&glue))?;
        minify(build, &out.join(&loader))?;
    }

    // 4. Into the staging folder, in place of Trunk's own output.
    let start = format!("start-{hash}.js");
    fs::write(
        out.join(&start),
        format!(
            "import init from './{glue}';\nawait init({{ module_or_path: new URL('./{main}', import.meta.url) }});\n"
        ),
    )?;
    remove_trunks_output(&build.staging)?;
    fs::create_dir_all(build.staging.join(&folder))?;
    for file in [&glue, &main, &loader, &start]
        .into_iter()
        .chain(chunk_files.iter())
    {
        fs::copy(out.join(file), build.staging.join(file)).map_err(|e| {
            Failure(format!(
                "could not copy {file} into the staging folder: {e}"
            ))
        })?;
    }
    Ok(Output {
        hash,
        glue,
        main,
        folder,
        loader,
        start,
        chunks,
        chunk_files,
    })
}

//! The core is layered bottom-up with no import cycles. `src/lib.rs` gives each folder a layer
//! under a `// Layer N: ...` heading; this test reads those headings and every file's imports
//! (tests excluded), and fails on an upward import, a cycle, or a folder with no layer.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

fn src_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Folder -> layer, from the headings in lib.rs.
fn layers() -> BTreeMap<String, u32> {
    let text = fs::read_to_string(src_dir().join("lib.rs")).unwrap();
    let mut layer = None;
    let mut out = BTreeMap::new();
    for line in text.lines() {
        let line = line.trim();
        if let Some(rest) = line.strip_prefix("// Layer ") {
            let n: String = rest.chars().take_while(|c| c.is_ascii_digit()).collect();
            layer = Some(n.parse::<u32>().expect("a layer number"));
        } else if let Some(name) = line
            .strip_prefix("pub mod ")
            .and_then(|r| r.strip_suffix(';'))
        {
            let l = layer
                .unwrap_or_else(|| panic!("module {name} is declared before any layer heading"));
            out.insert(name.to_string(), l);
        }
    }
    out
}

/// A module's tests in a file of their own (`tests.rs`, `edit_tests.rs`), declared under
/// `#[cfg(test)]` by the module: not production code.
fn is_tests_file(p: &Path) -> bool {
    p.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| s == "tests" || s.ends_with("_tests"))
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap_or_else(|_| panic!("{} has no files", dir.display())) {
        let p = entry.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") && !is_tests_file(&p) {
            out.push(p);
        }
    }
}

/// The production code of every file of a folder (each `#[cfg(test)]` tail cut off), and
/// whether the file is the folder's mod.rs (where `super` is the crate root).
fn module_code(name: &str) -> Vec<(PathBuf, String, bool)> {
    let mut files = Vec::new();
    rust_files(&src_dir().join(name), &mut files);
    files
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).unwrap();
            let code = match text.find("#[cfg(test)]") {
                Some(i) => text[..i].to_string(),
                None => text,
            };
            // Comments are not imports.
            let code: String = code
                .lines()
                .map(|l| l.split("//").next().unwrap_or(""))
                .collect::<Vec<_>>()
                .join("\n");
            let top = p.parent() == Some(&src_dir().join(name))
                && p.file_name().is_some_and(|f| f == "mod.rs");
            (p, code, top)
        })
        .collect()
}

/// The folders a piece of code names: `crate::x`, and `super::x` in a folder's mod.rs (where
/// `super` is the crate root).
fn imports(code: &str, super_is_root: bool, known: &BTreeMap<String, u32>) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut prefixes = vec!["crate::"];
    if super_is_root {
        prefixes.push("super::");
    }
    for prefix in prefixes {
        for (i, _) in code.match_indices(prefix) {
            let rest = &code[i + prefix.len()..];
            let names: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
                let end = group.find('}').unwrap_or(group.len());
                group[..end]
                    .split(',')
                    .map(|s| s.trim().split("::").next().unwrap_or("").to_string())
                    .collect()
            } else {
                vec![rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect()]
            };
            for n in names {
                if known.contains_key(&n) {
                    out.insert(n);
                }
            }
        }
    }
    out
}

fn graph() -> (BTreeMap<String, u32>, BTreeMap<String, BTreeSet<String>>) {
    let layers = layers();
    let mut edges = BTreeMap::new();
    for name in layers.keys() {
        let mut uses = BTreeSet::new();
        for (_, code, top) in module_code(name) {
            uses.extend(imports(&code, top, &layers));
        }
        uses.remove(name);
        edges.insert(name.clone(), uses);
    }
    (layers, edges)
}

#[test]
fn every_folder_has_a_layer() {
    let layers = layers();
    assert!(
        layers.len() >= 8,
        "expected the core's folders, found {layers:?}"
    );
    for entry in fs::read_dir(src_dir()).unwrap() {
        let p = entry.unwrap().path();
        let stem = p.file_stem().unwrap().to_string_lossy().to_string();
        if stem == "lib" {
            continue;
        }
        assert!(
            p.is_dir(),
            "{} is a file beside lib.rs: put it in a layer's folder",
            p.display()
        );
        assert!(
            layers.contains_key(&stem),
            "{} is not declared under a layer in lib.rs",
            p.display()
        );
    }
}

#[test]
fn no_module_imports_a_higher_layer() {
    let (layers, edges) = graph();
    let mut upward = Vec::new();
    for (from, uses) in &edges {
        for to in uses {
            if layers[to] > layers[from] {
                upward.push(format!(
                    "{from} (layer {}) uses {to} (layer {})",
                    layers[from], layers[to]
                ));
            }
        }
    }
    assert!(upward.is_empty(), "upward imports:\n{}", upward.join("\n"));
}

/// The first import cycle found, if any (depth-first search with colours).
fn find_cycle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    // Depth-first search with colours; the first back edge found is reported as its cycle.
    fn visit(
        n: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        state: &mut BTreeMap<String, u8>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        state.insert(n.to_string(), 1);
        path.push(n.to_string());
        for m in &edges[n] {
            match state.get(m.as_str()).copied().unwrap_or(0) {
                1 => {
                    let start = path.iter().position(|p| p == m).unwrap();
                    let mut cycle = path[start..].to_vec();
                    cycle.push(m.clone());
                    return Some(cycle);
                }
                0 => {
                    if let Some(c) = visit(m, edges, state, path) {
                        return Some(c);
                    }
                }
                _ => {}
            }
        }
        path.pop();
        state.insert(n.to_string(), 2);
        None
    }
    let mut state = BTreeMap::new();
    for n in edges.keys() {
        if state.get(n.as_str()).copied().unwrap_or(0) == 0 {
            if let Some(c) = visit(n, edges, &mut state, &mut Vec::new()) {
                return Some(c);
            }
        }
    }
    None
}

#[test]
fn the_core_has_no_import_cycle() {
    let (_, edges) = graph();
    if let Some(cycle) = find_cycle(&edges) {
        panic!("import cycle: {}", cycle.join(" -> "));
    }
}

#[test]
fn the_checker_sees_imports_and_cycles() {
    // The parser finds both forms of import, so the checks above can fail.
    let known: BTreeMap<String, u32> = [("plan", 0), ("cost", 3), ("market", 2)]
        .map(|(k, v)| (k.to_string(), v))
        .into_iter()
        .collect();
    let code =
        "use super::plan::Plan;\nlet x = crate::cost::compute(&s);\nuse super::{market, format};";
    let found = imports(code, true, &known);
    assert_eq!(
        found,
        ["cost", "market", "plan"]
            .map(String::from)
            .into_iter()
            .collect()
    );
    assert!(imports("use super::plan::Plan;", false, &known).is_empty());
    // The two cycles this test was written against are found.
    let edges = |list: &[(&str, &str)]| {
        let mut g: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (a, b) in list {
            g.entry(a.to_string()).or_default().insert(b.to_string());
            g.entry(b.to_string()).or_default();
        }
        g
    };
    let old = edges(&[
        ("chart", "cost"),
        ("cost", "cost_view"),
        ("cost_view", "chart"),
        ("cost", "market"),
    ]);
    assert_eq!(
        find_cycle(&old).unwrap(),
        ["chart", "cost", "cost_view", "chart"]
    );
    let old = edges(&[
        ("plan", "hiring"),
        ("hiring", "seniority"),
        ("seniority", "plan"),
    ]);
    assert!(find_cycle(&old).is_some());
    assert!(find_cycle(&edges(&[("cost", "market"), ("hiring", "cost")])).is_none());
    // And the real graph has edges to check.
    let (_, edges) = graph();
    assert!(edges["cost"].contains("market"), "{edges:?}");
}

//! File-level import graph of a crate's source tree, and its circles. Every `.rs` file is a
//! module (the file tree is the module tree: a `#[path]` attribute is refused), and a file
//! imports another when its code names a path into it: `crate::a::b`, `super::x`, `self::x`, a
//! child module's name, and every path in a `use` tree's braces. A path is followed down the
//! module tree as far as its segments name modules, so `crate::cost::compute` imports
//! `cost/mod.rs`, the file that re-exports it. Tests (`tests.rs`, `*_tests.rs` and each
//! file's `#[cfg(test)]` tail) are not production code and are left out.
//!
//! `cargo test -p hireplan-xtask imports` checks the core (`core/src`) and the shell (`src`).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// A module's path from the crate root: `["cost", "engine"]`.
pub type ModPath = Vec<String>;

/// Each production module of a crate, with the modules its code imports.
#[derive(Debug, Default)]
pub struct Graph {
    pub files: BTreeMap<ModPath, PathBuf>,
    pub edges: BTreeMap<ModPath, BTreeSet<ModPath>>,
}

fn is_tests_file(p: &Path) -> bool {
    p.file_stem()
        .and_then(|s| s.to_str())
        .is_some_and(|s| s == "tests" || s.ends_with("_tests"))
}

/// The module a file is, from its place under the crate's source folder.
fn module_of(root: &Path, file: &Path) -> ModPath {
    let rel = file.strip_prefix(root).unwrap_or(file);
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().to_string())
        .collect();
    let last = parts.pop().unwrap_or_default();
    let stem = last.trim_end_matches(".rs");
    if !matches!(stem, "mod" | "lib") {
        parts.push(stem.to_string());
    }
    parts
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let p = entry.map_err(|e| e.to_string())?.path();
        if p.is_dir() {
            walk(&p, out)?;
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
    Ok(())
}

/// The production code of a file: its `#[cfg(test)]` tail cut off, comments blanked.
fn production_code(text: &str) -> String {
    let code = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    code.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Every path a piece of code names, as segments (a `use` tree's braces expanded).
fn paths(code: &str) -> Vec<Vec<String>> {
    let chars: Vec<char> = code.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        // A path starts at an identifier that does not follow `::` or another identifier.
        let starts = is_ident(chars[i])
            && !chars[i].is_ascii_digit()
            && (i == 0 || !(is_ident(chars[i - 1]) || chars[i - 1] == ':'));
        if !starts {
            i += 1;
            continue;
        }
        let (found, next) = parse_tree(&chars, i, Vec::new());
        out.extend(found.into_iter().filter(|p| p.len() > 1));
        i = next.max(i + 1);
    }
    out
}

/// Parses a path (or a `use` tree) from `at`, under `prefix`; returns the full paths and the
/// index after them.
fn parse_tree(chars: &[char], mut at: usize, prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut segs = prefix;
    loop {
        let start = at;
        while at < chars.len() && is_ident(chars[at]) {
            at += 1;
        }
        if at == start {
            break;
        }
        segs.push(chars[start..at].iter().collect());
        if chars.get(at) == Some(&':') && chars.get(at + 1) == Some(&':') {
            at += 2;
            match chars.get(at) {
                Some('{') => return parse_group(chars, at + 1, segs),
                Some('*') => return (vec![segs], at + 1),
                _ => continue,
            }
        }
        break;
    }
    (vec![segs], at)
}

/// A `use` tree's braces: each item under the prefix (`self` names the prefix itself).
fn parse_group(chars: &[char], mut at: usize, prefix: Vec<String>) -> (Vec<Vec<String>>, usize) {
    let mut out = Vec::new();
    while at < chars.len() {
        match chars[at] {
            '}' => return (out, at + 1),
            c if is_ident(c) => {
                let (found, next) = parse_tree(chars, at, prefix.clone());
                for mut p in found {
                    if p.last().is_some_and(|s| s == "self") {
                        p.pop();
                    }
                    out.push(p);
                }
                at = next;
            }
            _ => at += 1,
        }
    }
    (out, at)
}

impl Graph {
    /// Reads a crate's source folder (`lib.rs` at its root; `main.rs`, a separate crate, is
    /// left out).
    pub fn read(root: &Path) -> Result<Graph, String> {
        let mut files = Vec::new();
        walk(root, &mut files)?;
        let mut g = Graph::default();
        let mut code = BTreeMap::new();
        for f in files {
            if is_tests_file(&f) || f == root.join("main.rs") {
                continue;
            }
            let text = fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
            if text.contains("#[path") {
                return Err(format!(
                    "{} uses #[path]: the file tree must be the module tree",
                    f.display()
                ));
            }
            let m = module_of(root, &f);
            code.insert(m.clone(), production_code(&text));
            g.files.insert(m, f);
        }
        for (m, text) in &code {
            let mut uses = BTreeSet::new();
            for p in paths(text) {
                if let Some(target) = g.resolve(m, &p) {
                    if target != *m {
                        uses.insert(target);
                    }
                }
            }
            g.edges.insert(m.clone(), uses);
        }
        Ok(g)
    }

    /// The module file a path leads into, seen from module `from`; None for a path outside
    /// the crate.
    fn resolve(&self, from: &ModPath, path: &[String]) -> Option<ModPath> {
        let (mut at, rest): (ModPath, &[String]) = match path[0].as_str() {
            "crate" => (Vec::new(), &path[1..]),
            "self" => (from.clone(), &path[1..]),
            "super" => {
                let mut at = from.clone();
                let mut rest = path;
                while rest.first().is_some_and(|s| s == "super") {
                    at.pop()?;
                    rest = &rest[1..];
                }
                (at, rest)
            }
            // A child module named by itself.
            first => {
                let mut child = from.clone();
                child.push(first.to_string());
                if !self.files.contains_key(&child) {
                    return None;
                }
                (from.clone(), path)
            }
        };
        for seg in rest {
            let mut next = at.clone();
            next.push(seg.clone());
            if !self.files.contains_key(&next) {
                break;
            }
            at = next;
        }
        Some(at)
    }

    /// Every circle of imports: each strongly connected group of two or more files, its
    /// members in order (Tarjan's algorithm).
    pub fn circles(&self) -> Vec<Vec<ModPath>> {
        struct Walk<'a> {
            g: &'a Graph,
            index: BTreeMap<&'a ModPath, usize>,
            low: BTreeMap<&'a ModPath, usize>,
            stack: Vec<&'a ModPath>,
            on_stack: BTreeSet<&'a ModPath>,
            out: Vec<Vec<ModPath>>,
        }
        impl<'a> Walk<'a> {
            fn visit(&mut self, v: &'a ModPath) {
                let n = self.index.len();
                self.index.insert(v, n);
                self.low.insert(v, n);
                self.stack.push(v);
                self.on_stack.insert(v);
                for w in self.g.edges.get(v).into_iter().flatten() {
                    if !self.index.contains_key(w) {
                        self.visit(w);
                        let lw = self.low[w];
                        let lv = self.low.get_mut(v).unwrap();
                        *lv = (*lv).min(lw);
                    } else if self.on_stack.contains(w) {
                        let iw = self.index[w];
                        let lv = self.low.get_mut(v).unwrap();
                        *lv = (*lv).min(iw);
                    }
                }
                if self.low[v] == self.index[v] {
                    let mut group = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        self.on_stack.remove(w);
                        group.push(w.clone());
                        if w == v {
                            break;
                        }
                    }
                    if group.len() > 1 {
                        group.sort();
                        self.out.push(group);
                    }
                }
            }
        }
        let mut walk = Walk {
            g: self,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            on_stack: BTreeSet::new(),
            out: Vec::new(),
        };
        for v in self.edges.keys() {
            if !walk.index.contains_key(v) {
                walk.visit(v);
            }
        }
        walk.out
    }

    /// The circles in words, one file per line, with what each imports inside its circle.
    pub fn describe(&self, circles: &[Vec<ModPath>]) -> String {
        let mut out = String::new();
        for (i, group) in circles.iter().enumerate() {
            out.push_str(&format!("circle {} ({} files):\n", i + 1, group.len()));
            for m in group {
                let inside: Vec<String> = self.edges[m]
                    .iter()
                    .filter(|t| group.contains(t))
                    .map(|t| self.files[t].display().to_string())
                    .collect();
                out.push_str(&format!(
                    "  {} imports {}\n",
                    self.files[m].display(),
                    inside.join(", ")
                ));
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workspace() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .to_path_buf()
    }

    fn no_circles(folder: &str) {
        let g = Graph::read(&workspace().join(folder)).unwrap();
        assert!(g.files.len() > 10, "{folder}: {:?}", g.files.keys());
        let circles = g.circles();
        assert!(
            circles.is_empty(),
            "{folder} has import circles at file level:\n{}",
            g.describe(&circles)
        );
    }

    #[test]
    fn the_core_has_no_import_circle() {
        no_circles("core/src");
    }

    #[test]
    fn the_shell_has_no_import_circle() {
        no_circles("src");
    }

    fn tree(files: &[(&str, &str)]) -> (tempdir::Dir, Graph) {
        let dir = tempdir::Dir::new();
        for (name, text) in files {
            let p = dir.0.join(name);
            fs::create_dir_all(p.parent().unwrap()).unwrap();
            fs::write(p, text).unwrap();
        }
        let g = Graph::read(&dir.0).unwrap();
        (dir, g)
    }

    /// A folder of its own under the system's temporary folder, removed when dropped.
    mod tempdir {
        pub struct Dir(pub std::path::PathBuf);
        impl Dir {
            pub fn new() -> Dir {
                use std::sync::atomic::{AtomicUsize, Ordering};
                static N: AtomicUsize = AtomicUsize::new(0);
                let p = std::env::temp_dir().join(format!(
                    "hireplan-imports-{}-{}",
                    std::process::id(),
                    N.fetch_add(1, Ordering::SeqCst)
                ));
                std::fs::create_dir_all(&p).unwrap();
                Dir(p)
            }
        }
        impl Drop for Dir {
            fn drop(&mut self) {
                let _ = std::fs::remove_dir_all(&self.0);
            }
        }
    }

    fn m(s: &str) -> ModPath {
        s.split('/')
            .filter(|x| !x.is_empty())
            .map(String::from)
            .collect()
    }

    #[test]
    fn every_form_of_import_is_seen() {
        let (_d, g) = tree(&[
            ("lib.rs", "pub mod a;\npub mod b;\npub use a::x::Thing;"),
            ("a/mod.rs", "pub mod x;\npub mod y;\nuse super::b::f;"),
            (
                "a/x.rs",
                "use super::y::{self, Y};\nfn g() { crate::b::deep::h(); }",
            ),
            ("a/y.rs", "use crate::{a::x, b::{deep::{H}}};"),
            (
                "b/mod.rs",
                "pub mod deep;\n// crate::a::x is only a comment",
            ),
            (
                "b/deep.rs",
                "fn f() {}\n#[cfg(test)]\nmod t { use crate::a::y; }",
            ),
            ("b/deep_tests.rs", "use crate::a::x;"),
        ]);
        let e = |from: &str| g.edges[&m(from)].clone();
        let set = |list: &[&str]| list.iter().map(|s| m(s)).collect::<BTreeSet<_>>();
        // A `mod` declaration is not an import; a `use` of a child module is.
        assert_eq!(e(""), set(&["a/x"]));
        assert_eq!(e("a"), set(&["b"]));
        assert_eq!(e("a/x"), set(&["a/y", "b/deep"]));
        assert_eq!(e("a/y"), set(&["a/x", "b/deep"]));
        // Comments, a test tail and a tests file import nothing.
        assert!(e("b").is_empty());
        assert!(e("b/deep").is_empty());
        assert!(!g.files.contains_key(&m("b/deep_tests")));
        // a/x and a/y import each other: one circle.
        assert_eq!(g.circles(), vec![vec![m("a/x"), m("a/y")]]);
    }

    #[test]
    fn a_planted_circle_fails_and_is_named() {
        let (_d, clean) = tree(&[
            ("lib.rs", "pub mod low;\npub mod high;"),
            ("low.rs", "pub fn fact() {}"),
            ("high.rs", "use crate::low::fact;"),
        ]);
        assert!(clean.circles().is_empty());
        let (_d, planted) = tree(&[
            ("lib.rs", "pub mod low;\npub mod high;"),
            ("low.rs", "pub fn fact() { super::high::words(); }"),
            ("high.rs", "use crate::low::fact;\npub fn words() {}"),
        ]);
        let circles = planted.circles();
        assert_eq!(circles, vec![vec![m("high"), m("low")]]);
        let said = planted.describe(&circles);
        assert!(said.contains("low.rs imports"), "{said}");
        assert!(said.contains("high.rs imports"), "{said}");
    }

    #[test]
    fn a_path_attribute_is_refused() {
        let dir = tempdir::Dir::new();
        fs::write(dir.0.join("lib.rs"), "#[path = \"x.rs\"]\nmod y;").unwrap();
        let err = Graph::read(&dir.0).unwrap_err();
        assert!(err.contains("#[path]"), "{err}");
    }
}

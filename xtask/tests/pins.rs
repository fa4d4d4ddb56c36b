//! Where a tool's version cannot be written once, its copies agree: the wasm-bindgen crate is
//! pinned in the app's Cargo.toml (scripts/setup.sh installs the CLI of that version) and again
//! in the benchmark's counter, which is its own workspace.

use std::path::Path;

fn pin(manifest: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(manifest);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{manifest}: {e}"));
    text.lines()
        .find_map(|l| l.strip_prefix("wasm-bindgen = \"="))
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or_else(|| panic!("{manifest} has no wasm-bindgen = \"=x.y.z\" line"))
        .to_string()
}

/// The version Cargo.lock resolved for a package.
fn locked(lock: &str, package: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join(lock);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{lock}: {e}"));
    let mut lines = text.lines();
    while let Some(l) = lines.next() {
        if l == format!("name = \"{package}\"") {
            if let Some(v) = lines.next().and_then(|v| v.strip_prefix("version = \"")) {
                return v.trim_end_matches('"').to_string();
            }
        }
    }
    panic!("{lock} does not lock {package}");
}

#[test]
fn the_wasm_bindgen_pins_agree() {
    let app = pin("Cargo.toml");
    assert_eq!(
        pin("bench/counter/Cargo.toml"),
        app,
        "bench/counter/Cargo.toml"
    );
    assert_eq!(locked("Cargo.lock", "wasm-bindgen"), app, "Cargo.lock");
    assert_eq!(
        locked("bench/counter/Cargo.lock", "wasm-bindgen"),
        app,
        "bench/counter/Cargo.lock"
    );
}

//! The domain must stay pure: no browser or UI crate may be imported under src/domain.

use std::fs;
use std::path::Path;

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/domain exists") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn domain_imports_no_browser_or_ui_crate() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src/domain"),
        &mut files,
    );
    assert!(
        files.len() >= 3,
        "expected the domain modules, found {files:?}"
    );
    let forbidden = ["leptos", "web_sys", "js_sys", "gloo", "wasm_bindgen"];
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            for word in forbidden {
                assert!(
                    !code.contains(&format!("{word}::")) && !code.contains(&format!("use {word}")),
                    "{}:{} uses {word}: the domain must stay pure",
                    file.display(),
                    n + 1
                );
            }
        }
    }
}

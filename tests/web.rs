//! Browser tests: run in headless Chromium by wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn storage_probe_succeeds_in_a_normal_page() {
    assert_eq!(hireplan::ui::storage::probe(), Ok(()));
}

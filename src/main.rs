//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(hireplan::App);
    // The static shell in index.html painted while the wasm loaded; the app now replaces it.
    // (If mounting panicked, the shell stays and its "still loading" hint appears.)
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Hireplan runs in the browser: build it with `trunk build --release` (see README).");
}

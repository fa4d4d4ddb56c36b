//! Mounts the app; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    // The planner removes index.html's static shell when it is drawn (ui::app::Planner).
    leptos::mount::mount_to_body(hireplan::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Hireplan runs in the browser: build it with `trunk build --release` (see README).");
}

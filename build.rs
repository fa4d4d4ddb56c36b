//! Build script: with the `split` feature on wasm32, the linker keeps its relocations, which
//! the splitter (xtask, through wasm_split_cli_support) needs to cut the module into chunks.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("wasm32");
    if split && wasm {
        println!("cargo:rustc-link-arg=--emit-relocs");
    }
}

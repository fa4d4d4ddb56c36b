#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Hireplan. Idempotent: a second run
# only checks versions. Sourced by serve.sh and test.sh; safe to run on its own.
set -euo pipefail

# Each tool's version is written once: Trunk's here; wasm-bindgen's is the crate's pin in
# Cargo.toml (the CLI must match it); binaryen (wasm-opt), terser and the browser drivers are in
# package.json; the splitter is a crate of xtask/Cargo.toml.
TRUNK_VERSION=0.21.14

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)"$/\1/p' "$ROOT/Cargo.toml")"
[ -n "$WASM_BINDGEN_VERSION" ] || { echo "setup: Cargo.toml has no wasm-bindgen = \"=x.y.z\" pin" >&2; exit 1; }
export PATH="$HOME/.cargo/bin:$ROOT/node_modules/.bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export CHROME_BIN="${CHROME_BIN:-/usr/bin/chromium}"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

command -v cargo >/dev/null || { echo "setup: cargo is missing; install Rust with rustup first" >&2; exit 1; }
command -v npm >/dev/null || { echo "setup: node and npm are missing; install Node.js 20+ first" >&2; exit 1; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
for component in rustfmt clippy; do
  if ! rustup component list --installed | grep -q "^$component"; then
    say "adding $component"; rustup component add "$component"
  fi
done

# The two cargo installs are the slow part of a cold run. They build without their default
# features (update checks and TLS: Trunk runs offline here, and the test runner talks plain HTTP
# to a local driver) and without the crates' own fat-LTO, one-codegen-unit release profiles, and
# they run side by side with npm and apt. Measured on 2 cores: see the README.
# (The profile settings go to those two installs only: the app's own release build keeps its LTO.)
quick_install=(env CARGO_PROFILE_RELEASE_LTO=off CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 cargo install --quiet)
jobs_pids=()
jobs_names=()
background() { local name="$1"; shift; "$@" & jobs_pids+=($!); jobs_names+=("$name"); }

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION"
  background trunk "${quick_install[@]}" --locked --no-default-features trunk --version "$TRUNK_VERSION"
fi

# Without --locked: its lock file names a crate version the registry here does not serve.
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  background wasm-bindgen-cli "${quick_install[@]}" --no-default-features wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# wasm-opt (binaryen 132), terser (minifies the JS glue), the browser drivers, Lighthouse and
# axe-core come from npm, pinned by the lock file.
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] \
  || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  say "installing npm tools (binaryen, playwright-core, axe-core)"
  background npm bash -c 'cd "$1" && npm ci --no-audit --no-fund --loglevel=error' _ "$ROOT"
fi

# Browsers from Debian: Chromium for the whole suite, Firefox ESR and WebKit (MiniBrowser with
# its WebDriver, under Xvfb) for the smoke walk in the other engines.
missing=()
[ -x "$CHROME_BIN" ] && [ -x "$CHROMEDRIVER" ] || missing+=(chromium chromium-driver)
command -v firefox-esr >/dev/null || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
command -v Xvfb >/dev/null || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${missing[*]} from Debian"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq "${missing[@]}" >/dev/null
fi

failed=0
for i in "${!jobs_pids[@]}"; do
  if ! wait "${jobs_pids[$i]}"; then
    echo "setup: installing ${jobs_names[$i]} failed (its messages are above)" >&2; failed=1
  fi
done
[ "$failed" = 0 ] || exit 1

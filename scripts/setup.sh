#!/usr/bin/env bash
# Installs whatever is missing to build, serve and test Hireplan. Idempotent: a second run
# only checks versions. Sourced by serve.sh and test.sh; safe to run on its own.
set -euo pipefail

TRUNK_VERSION=0.21.14
WASM_SPLIT_VERSION=0.2.4-hireplan.6  # scripts/wasm-split (bump its Cargo.toml version with any change there)
WASM_BINDGEN_VERSION=0.2.130   # must equal the `wasm-bindgen = "=…"` pin in Cargo.toml

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
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

if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  say "installing trunk $TRUNK_VERSION (about 10 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

# Without --locked: its lock file names a crate version the registry here does not serve.
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$" \
  || ! command -v wasm-bindgen-test-runner >/dev/null; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 9 minutes on 2 cores)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# The splitter the release build's hook runs (scripts/split.mjs): it cuts the module into
# chunks at the app's split points. It is wasm_split_cli_support 0.2.4 (it reads what
# wasm_split_helpers 0.2.x in Cargo.lock writes) with one change, kept in scripts/wasm-split:
# --merge-below. (It prints no version, so cargo's list of installed tools tells.)
if ! command -v hireplan-wasm-split >/dev/null \
  || ! cargo install --list | grep -q "^hireplan-wasm-split v$WASM_SPLIT_VERSION "; then
  say "installing hireplan-wasm-split $WASM_SPLIT_VERSION (about 2 minutes on 2 cores)"
  cargo install --locked --path "$ROOT/scripts/wasm-split" --features build-binary
fi

# wasm-opt (binaryen 132), terser (minifies the JS glue), the browser drivers, Lighthouse and
# axe-core come from npm, pinned by the lock file.
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] \
  || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  say "installing npm tools (binaryen, playwright-core, axe-core)"
  (cd "$ROOT" && npm ci --no-audit --no-fund --loglevel=error)
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

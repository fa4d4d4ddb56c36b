#!/usr/bin/env bash
# Sets up what is missing, then runs every check and test: formatting, lints (host and
# wasm32), native tests of the core, browser tests in headless Chromium, one release build of
# dist/, its shipped sizes, and the end-to-end suite against that build (with the byte budgets).
# The quote check reads the source articles from HIREPLAN_SOURCES when it is set (.ci/run sets it).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"

started=$SECONDS
section() { printf '\n\033[1m== %s\033[0m (%ss)\n' "$*" "$((SECONDS - started))"; }

section "format"
cargo fmt --all -- --check

section "lint (host)"
cargo clippy --workspace --all-targets --locked -- -D warnings

section "lint (wasm32)"
cargo clippy --lib --bins --test web --locked --target wasm32-unknown-unknown -- -D warnings
cargo clippy --lib --bins --locked --target wasm32-unknown-unknown --features split -- -D warnings

section "native tests (core, xtask)"
if [ -z "${HIREPLAN_SOURCES:-}" ]; then
  echo "The quote check (core/tests/quotes.rs) is skipped: HIREPLAN_SOURCES does not name the folder of"
  echo "the five source articles, so no figure's sentence can be checked against its article here."
fi
cargo test --workspace --locked

section "browser tests (wasm-bindgen-test in headless Chromium)"
cargo test --locked --target wasm32-unknown-unknown --test web

section "release build (dist/: Trunk, then xtask splits it and writes the page)"
trunk build --release --locked

section "shipped sizes"
node scripts/sizes.mjs dist

section "end-to-end tests (release dist/ under a sub-path, Chromium)"
node --test --test-concurrency=1 --test-reporter=spec tests/e2e/

section "all green"
echo "total wall time: $((SECONDS - started))s"

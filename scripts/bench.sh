#!/usr/bin/env bash
# The benchmark (not part of the test run): builds the release dist/ and a minimal Leptos
# counter with the same profile, then measures both in headless Chromium. Prints the figures
# and writes bench/results.json.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
trunk build --release --locked
(cd bench/counter && trunk build --release)
node bench/run.mjs
node bench/lighthouse.mjs

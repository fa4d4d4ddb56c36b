#!/usr/bin/env bash
# Fuzzes Hireplan's decoders with cargo-fuzz (libFuzzer). Not part of the test command: it
# needs a nightly toolchain, which the fixed toolchain does not include.
#   ./scripts/fuzz.sh                 every target, 60 seconds each
#   ./scripts/fuzz.sh share 300       one target (import, share or stored) for 300 seconds
# Crashes land in fuzz/artifacts/<target>/; the growing corpus in fuzz/corpus/<target>/.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$ROOT/fuzz"

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "fuzz: needs a nightly toolchain (rustup toolchain install nightly)" >&2
  exit 1
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  echo "fuzz: installing cargo-fuzz (a few minutes)"
  cargo install cargo-fuzz --locked
fi

targets=("${1:-import share stored}")
seconds="${2:-60}"
for t in ${targets[*]}; do
  mkdir -p "corpus/$t"
  echo "fuzz: $t for ${seconds}s"
  cargo +nightly fuzz run "$t" "corpus/$t" "seeds/$t" -- \
    -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
done

#!/usr/bin/env bash
# Sets up what is missing, builds the release app and serves it on http://127.0.0.1:8080/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$ROOT"
PORT="${PORT:-8080}"
echo "Hireplan will be served at http://127.0.0.1:$PORT/ once the build below finishes (Ctrl-C stops it)."
# No live-reload script: it is rewritten while serving, so the page's policy could not allow it by hash.
exec trunk serve --release --no-autoreload --address 127.0.0.1 --port "$PORT"

#!/usr/bin/env bash
# Starts the demo: the app on http://localhost:3000 and the backend on http://localhost:7007,
# on an embedded SQLite in .data/, with the example catalog and the demo sign-in (any example user, or a guest).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .data/sqlite
echo "stagegate: starting http://localhost:3000 (app) and http://localhost:7007 (backend) ..." >&2
exec yarn dev

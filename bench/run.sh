#!/usr/bin/env bash
# Runs every benchmark in this folder; each prints JSON lines {"name","value","unit"}.
set -euo pipefail
cd "$(dirname "$0")"
# The database benchmark also measures PostgreSQL when one can be reached the way the tests
# reach it; without one it measures SQLite alone and says why on stderr.
# shellcheck source=scripts/ensure-postgres.sh
source ../scripts/ensure-postgres.sh ||
  echo "bench: no PostgreSQL; the database benchmark runs on SQLite only" >&2
for bench in *.bench.ts; do
  node -r sucrase/register/ts "$bench"
done
# The calendar page in headless Chromium, against the app's production build (built on first
# use), with the backend's answers served by the benchmark's own server.
# shellcheck source=scripts/ensure-chromium.sh
if source ../scripts/ensure-chromium.sh; then
  (cd .. && node -r sucrase/register/ts packages/app/e2e-tests/bench/calendarRender.bench.ts)
else
  echo "bench: no Chromium; the calendar page benchmark is skipped" >&2
fi

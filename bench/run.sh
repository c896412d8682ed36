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

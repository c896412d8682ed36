#!/usr/bin/env bash
# Every check, in the order that fails fastest: generated code in sync, types, lint,
# formatting, unit and database tests (SQLite and PostgreSQL), end-to-end in Chromium.
# Prints the test counts last, as "N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
artifacts="$root/.test-artifacts"
rm -rf "$artifacts/jest.json" "$artifacts/e2e/report.json"
mkdir -p "$artifacts"

step() {
  local name=$1
  shift
  echo
  echo "==> $name"
  local started=$SECONDS
  "$@"
  echo "<== $name: ok ($((SECONDS - started))s)"
}

step "OpenAPI spec and generated code in sync" \
  yarn workspace @stagegate/plugin-releases-backend generate:check
step "type check" yarn tsc
step "lint" yarn lint:all
step "formatting" yarn prettier:check
# CI=true: without it the Backstage CLI starts Jest in watch mode on changed files only.
step "unit, integration and database tests (SQLite and PostgreSQL)" \
  env CI=true bash scripts/with-postgres.sh yarn backstage-cli repo test \
  --json --outputFile="$artifacts/jest.json"
step "end-to-end tests in Chromium" bash scripts/e2e.sh

node scripts/test-summary.js "$artifacts/jest.json" "$artifacts/e2e/report.json"

#!/usr/bin/env bash
# Every check, in the order that fails fastest: generated code in sync, types, lint,
# formatting, unit and database tests (SQLite and PostgreSQL), end-to-end in Chromium.
# Prints the test counts last, as "N passed, N failed".
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
artifacts="$root/.test-artifacts"
rm -rf "$artifacts"/jest*.json "$artifacts/e2e/report.json"
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
# Jest runs the whole suite twice, in two time zones, so that code reading the machine's zone
# where it should use UTC or a window's own zone fails here rather than on a server abroad:
# UTC (the Backstage CLI's default, where developers run it) and America/Los_Angeles
# (UTC-8/-7, changing on other dates than Europe). Database suites run in both, since
# drivers turn timestamps into dates in the process's zone.
# CI=true: without it the Backstage CLI starts Jest in watch mode on changed files only.
jest_in_zone() {
  local zone=$1 report=$2
  shift 2
  env CI=true TZ="$zone" bash scripts/with-postgres.sh yarn backstage-cli repo test \
    --json --outputFile="$report" "$@"
}
step "unit, integration and database tests (SQLite and PostgreSQL), TZ=UTC" \
  jest_in_zone UTC "$artifacts/jest-utc.json"
step "unit, integration and database tests (SQLite and PostgreSQL), TZ=America/Los_Angeles" \
  jest_in_zone America/Los_Angeles "$artifacts/jest-los-angeles.json"
step "end-to-end tests in Chromium" bash scripts/e2e.sh

node scripts/test-summary.js "$artifacts/jest-utc.json" \
  "$artifacts/jest-los-angeles.json" "$artifacts/e2e/report.json"

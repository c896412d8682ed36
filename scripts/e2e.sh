#!/usr/bin/env bash
# Runs the end-to-end tests: starts the app (:3301) and backend (:7301) on an in-memory
# SQLite with the example catalog, waits for both, drives them with Playwright in headless
# Chromium, and stops them again. Screenshots land in .test-artifacts/e2e/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
# shellcheck source=scripts/ensure-chromium.sh
source scripts/ensure-chromium.sh

artifacts="$root/.test-artifacts/e2e"
mkdir -p "$artifacts/screenshots"
log="$artifacts/servers.log"

setsid yarn backstage-cli repo start \
  --config "$root/app-config.yaml" \
  --config "$root/packages/app/e2e-tests/app-config.e2e.yaml" >"$log" 2>&1 &
servers=$!
stop_servers() { kill -- "-$servers" 2>/dev/null || true; wait "$servers" 2>/dev/null || true; }
trap stop_servers EXIT

wait_for() {
  local url=$1 deadline=$((SECONDS + 600))
  until curl -fsS -o /dev/null "$url"; do
    if ! kill -0 "$servers" 2>/dev/null; then
      echo "stagegate: the servers stopped before $url answered; see $log" >&2
      tail -40 "$log" >&2
      return 1
    fi
    if [ $SECONDS -gt $deadline ]; then
      echo "stagegate: $url did not answer within 10 minutes; see $log" >&2
      return 1
    fi
    sleep 2
  done
}

echo "stagegate: starting the app and backend for the end-to-end tests ..." >&2
wait_for http://127.0.0.1:7301/api/releases/health
wait_for http://localhost:3301
# The catalog ingests the example entities shortly after start; wait for one of them.
wait_for_entity() {
  local deadline=$((SECONDS + 120)) token
  token=$(curl -fsS -H 'X-Requested-With: XMLHttpRequest' \
    http://127.0.0.1:7301/api/auth/guest/refresh | node -p 'JSON.parse(require("fs").readFileSync(0)).backstageIdentity.token')
  until curl -fsS -o /dev/null -H "Authorization: Bearer $token" \
    http://127.0.0.1:7301/api/catalog/entities/by-name/component/default/payments-api; do
    [ $SECONDS -gt $deadline ] && { echo "stagegate: the example catalog did not load" >&2; return 1; }
    sleep 2
  done
}
wait_for_entity

yarn playwright test -c packages/app/e2e-tests/playwright.config.ts "$@"

#!/usr/bin/env bash
# The entry point behind `npm start`, `npm test` and `npm run bench` (and their yarn twins):
# get the toolchain, install the locked dependencies, then do the one thing asked.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/toolchain.sh
source scripts/toolchain.sh

if [ "${STAGEGATE_SKIP_INSTALL:-}" != "1" ]; then
  echo "stagegate: installing dependencies from yarn.lock ..." >&2
  yarn install --immutable
fi

case "${1:-}" in
  start) exec bash scripts/start.sh ;;
  test) exec bash scripts/test-all.sh ;;
  bench) exec bash bench/run.sh ;;
  *)
    echo "usage: scripts/run.sh start|test|bench" >&2
    exit 2
    ;;
esac

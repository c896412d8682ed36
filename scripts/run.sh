#!/usr/bin/env bash
# The entry point behind `npm start` and `npm test` (and their yarn twins):
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
  *)
    echo "usage: scripts/run.sh start|test" >&2
    exit 2
    ;;
esac

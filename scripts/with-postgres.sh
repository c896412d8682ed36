#!/usr/bin/env bash
# Runs a command with a local PostgreSQL available to Backstage's TestDatabases.
set -euo pipefail
# shellcheck source=scripts/ensure-postgres.sh
source "$(dirname "$0")/ensure-postgres.sh"
exec "$@"

#!/usr/bin/env bash
# Runs every benchmark in this folder; each prints JSON lines {"name","value","unit"}.
set -euo pipefail
cd "$(dirname "$0")"
for bench in *.bench.ts; do
  node -r sucrase/register/ts "$bench"
done

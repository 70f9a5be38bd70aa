#!/usr/bin/env bash
# Runs every benchmark and prints their markdown tables (copy them into the README's Benchmarks section).
# Benchmarks are not part of `npm test`: timings belong here, never in unit tests.
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTENV_CONFIG_QUIET=true
echo "## Catalogue load and index"
npx tsx bench/catalogue.ts
echo
echo "## Vietnamese understanding (npm run bench:nlu)"
npx tsx bench/nlu.ts "$@"

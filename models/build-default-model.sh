#!/usr/bin/env bash
# Rebuilds models/default.pcmodel exactly as shipped: our own training-data/ plus the training splits of the
# development sets in ../shared/dev-data (their validation pages are never trained on; pages are read from
# ../shared at training time and never committed). Same data and seed give a byte-identical file.
set -euo pipefail
cd "$(dirname "$0")/.."
D=../shared/dev-data
dotnet run --project src/PageCleaner.Cli -c Release -- train --seed 42 --min-leaf 50 --out models/default.pcmodel \
  --data training-data "$D/wcxb-dev" "$D/readability" "$D/chinese-cwced-dev" "$D/trafilatura-eval"

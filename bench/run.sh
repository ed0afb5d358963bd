#!/usr/bin/env bash
# `make bench`: runs every benchmark script in this folder; each rewrites its own section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for script in bench/*-bench.sh; do
    [ -e "$script" ] || continue
    echo "== $script" >&2
    "$script" || status=1
done
exit $status

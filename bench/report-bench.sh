#!/usr/bin/env bash
# Times `dsrboard report` on the full-size demo database (default seed, 120 days, scale 1, fixed --now) with a
# release build: the whole command (`report --json`, process start to exit) and the dashboard build alone
# (`--timings`: reading the store and computing every shop's and the all-shops dashboard). Median of 5 runs
# after one warm-up. Rewrites the "## Metrics" section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=5
NOW=2026-12-01T00:00:00Z
BIN=.build/release/dsrboard
DB=.build/bench/demo-metrics.sqlite
[ -x "$BIN" ] || swift build -c release --product dsrboard >&2
mkdir -p .build/bench
if [ ! -f "$DB" ]; then
    "$BIN" demo --db "$DB" --fresh --now "$NOW" --no-board >/dev/null
fi

median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
now_ns() { date +%s%N; }

"$BIN" report --db "$DB" --as-of "$NOW" --json >/dev/null   # warm the page cache
whole=() build=() build_one=()
for _ in $(seq "$RUNS"); do
    start=$(now_ns)
    "$BIN" report --db "$DB" --as-of "$NOW" --json --timings 2>.build/bench/timings.txt >/dev/null
    end=$(now_ns)
    whole+=("$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.4f", (e - s) / 1e9 }')")
    build+=("$(awk '/^timings:/ { print $5 }' .build/bench/timings.txt)")
    shop=$("$BIN" report --db "$DB" --as-of "$NOW" --json --timings --shop 7495100000000000001 2>&1 >/dev/null | awk '/^timings:/ { print $5 }')
    build_one+=("$shop")
done
whole_med=$(printf '%s\n' "${whole[@]}" | median)
build_med=$(printf '%s\n' "${build[@]}" | median)
one_med=$(printf '%s\n' "${build_one[@]}" | median)
rows=$(sqlite3 "$DB" "SELECT (SELECT count(*) FROM orders) || ' orders, ' || (SELECT count(*) FROM tracking_events) || ' tracking events, ' || (SELECT count(*) FROM tickets) || ' tickets'" 2>/dev/null || echo "demo data")

section=$(cat <<MD
## Metrics
\`bench/report-bench.sh\` — release build, demo database (default seed, 120 days, scale 1, \`--now $NOW\`:
$rows), median of $RUNS runs after a warm-up, on $(nproc) cores of $(uname -m) ($(date -u +%Y-%m-%d)).

| what | median (s) | runs (s) |
| --- | --- | --- |
| \`dsrboard report --json\` (all shops: 2 shop dashboards + all-shops, whole process) | $whole_med | ${whole[*]} |
| dashboard build, all shops (store reads + computing 3 dashboards, \`--timings\`) | $build_med | ${build[*]} |
| dashboard build, one shop (\`--shop 7495100000000000001 --timings\`) | $one_med | ${build_one[*]} |
MD
)

file=BENCHMARKS.md
[ -f "$file" ] || printf '# Benchmarks\nEach section is rewritten by its script under bench/ (`make bench` runs them all).\n' > "$file"
# Drop the old section (from its heading to the next "## " heading), then append the new one.
awk '/^## / { skip = ($0 == "## Metrics") } !skip' "$file" > "$file.tmp"
printf '%s\n\n%s\n' "$(cat "$file.tmp")" "$section" > "$file"
rm -f "$file.tmp"
echo "$section"

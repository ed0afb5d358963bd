#!/usr/bin/env bash
# Import benchmark (issue 3): a 1,000,000-row Seller Center order export imported by `dsrboard import` (release
# build) against sqlite3's own `.import` into a plain table (the practical limit) and `sqlite-utils insert --csv`.
# Median of 3 runs each; rewrites the "## Import" section of BENCHMARKS.md. ROWS=100000 for a quick run.
set -euo pipefail
cd "$(dirname "$0")/.."
ROWS=${ROWS:-1000000}
RUNS=${RUNS:-3}
WORK=.build/bench
BIN=.build/release/dsrboard
mkdir -p "$WORK"
[ -x "$BIN" ] || swift build -c release --product dsrboard >&2
CSV="$WORK/sellercenter-$ROWS.csv"
[ -s "$CSV" ] || python3 bench/gen-sellercenter.py "$ROWS" "$CSV"

now() { date +%s.%N; }
median() { printf '%s\n' "$@" | sort -g | awk '{ a[NR] = $1 } END { printf "%.2f\n", a[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f\n", a / b }'; }
fresh() { rm -f "$1" "$1-wal" "$1-shm" "$1-journal"; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
dsr=() sq=() su=()
for run in $(seq "$RUNS"); do
    fresh "$WORK/dsr.sqlite"
    t0=$(now)
    "$BIN" import --db "$WORK/dsr.sqlite" --shop "Bench shop" --tz Asia/Ho_Chi_Minh "$CSV" >"$WORK/dsr.out"
    dsr+=("$(echo "$(now) - $t0" | bc)")
    fresh "$WORK/plain.sqlite"
    t0=$(now)
    sqlite3 "$WORK/plain.sqlite" -cmd ".mode csv" ".import $CSV orders"
    sq+=("$(echo "$(now) - $t0" | bc)")
    echo "run $run: dsrboard ${dsr[-1]} s, sqlite3 .import ${sq[-1]} s" >&2
done
rows_stored=$(sqlite3 "$WORK/dsr.sqlite" "SELECT count(*) FROM order_lines")

VENV=.build/bench-venv
su_note=""
if [ ! -x "$VENV/bin/sqlite-utils" ]; then
    python3 -m venv "$VENV" >&2 && "$VENV/bin/pip" install --quiet sqlite-utils >&2 || true
fi
if [ -x "$VENV/bin/sqlite-utils" ]; then
    for run in $(seq "$RUNS"); do
        fresh "$WORK/su.sqlite"
        t0=$(now)
        "$VENV/bin/sqlite-utils" insert "$WORK/su.sqlite" orders "$CSV" --csv >/dev/null
        su+=("$(echo "$(now) - $t0" | bc)")
        echo "run $run: sqlite-utils ${su[-1]} s" >&2
    done
    su_version=$("$VENV/bin/sqlite-utils" --version | awk '{ print $NF }')
else
    su_note="sqlite-utils could not be installed (PyPI unreachable?): not measured."
fi

m_dsr=$(median "${dsr[@]}")
m_sq=$(median "${sq[@]}")
ratio_sq=$(ratio "$m_dsr" "$m_sq")
section="## Import

\`bench/import-bench.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m), SQLite $(sqlite3 --version | cut -d' ' -f1)):
a $ROWS-row Seller Center order export ($(du -m "$CSV" | cut -f1) MB, CRLF, quoted cells, tab-ended ids, DD/MM/YYYY
local times), median of $RUNS runs, wall time; load average before the runs: $load_before (dsrboard and
sqlite3 runs alternate, so the ratio suffers less than the absolute times on a busy machine).

| tool | median (s) | dsrboard ÷ tool |
| --- | ---: | ---: |
| \`dsrboard import\` (release; typed rows into orders + order_lines and their indexes, validation, idempotent upserts, WAL) | $m_dsr | 1.00 |
| \`sqlite3 .import\` into one plain TEXT table | $m_sq | $ratio_sq |"
if [ ${#su[@]} -gt 0 ]; then
    m_su=$(median "${su[@]}")
    section="$section
| \`sqlite-utils insert --csv\` $su_version (plain table) | $m_su | $(ratio "$m_dsr" "$m_su") |"
fi
section="$section

dsrboard stored $rows_stored order lines. Goal: at most 2× \`sqlite3 .import\` and faster than sqlite-utils.
${su_note}"
[ -n "${BENCH_NOTE:-}" ] && section="$section
$BENCH_NOTE"

python3 - "$section" <<'PY'
import re, sys
section = sys.argv[1].rstrip() + "\n"
path = "BENCHMARKS.md"
try:
    text = open(path, encoding="utf-8").read()
except FileNotFoundError:
    text = "# Benchmarks\n\nEach section is rewritten by its script under bench/ (`make bench` runs them all).\n"
match = re.search(r"^## Import\n.*?(?=^## |\Z)", text, flags=re.S | re.M)
if match:
    text = text[:match.start()] + section + ("\n" if text[match.end():] else "") + text[match.end():]
else:
    text = text.rstrip() + "\n\n" + section
open(path, "w", encoding="utf-8").write(text)
PY
echo "$section"

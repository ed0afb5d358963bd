#!/usr/bin/env bash
# Times the live board on the full-size demo database with a release build, in a real terminal (tmux 120x40):
# start-up to the first loaded frame, key-to-screen latency (p → Problem orders, Esc → board), CPU used while
# idle and while `demo --live` writes, peak memory of the board and of a headless snapshot. Median of 5 where it
# is a series. Rewrites the "## Board" section of BENCHMARKS.md.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=5
NOW=2026-12-01T00:00:00Z
BIN=${BIN:-.build/release/dsrboard}
DB=.build/bench/demo-board.sqlite
[ -x "$BIN" ] || swift build -c release --product dsrboard >&2
mkdir -p .build/bench
"$BIN" demo --db "$DB" --fresh --now "$NOW" --no-board >/dev/null 2>&1
BIN=$(realpath "$BIN"); DB=$(realpath "$DB")

T="tmux -L dsrboard-bench -f /dev/null"
trap '$T kill-server 2>/dev/null || true' EXIT
median() { sort -g | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
now_ns() { date +%s%N; }
secs() { awk -v s="$1" -v e="$2" 'BEGIN { printf "%.3f", (e - s) / 1e9 }'; }
wait_for() {   # poll the screen every 10 ms until it matches $1
    local end=$((SECONDS + 30))
    until $T capture-pane -p -t app | grep -qE "$1"; do
        (( SECONDS < end )) || { echo "timed out waiting for $1" >&2; $T capture-pane -p -t app >&2; exit 1; }
        sleep 0.01
    done
}
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

startup=() open_problems=() back=()
for _ in $(seq "$RUNS"); do
    $T kill-server 2>/dev/null || true
    start=$(now_ns)
    $T new-session -d -s app -x 120 -y 40 -e LANG=C.UTF-8 "exec '$BIN' board --db '$DB' --shop US-Home"
    wait_for '● LIVE'
    startup+=("$(secs "$start" "$(now_ns)")")
    start=$(now_ns); $T send-keys -t app p; wait_for 'Problem orders [0-9]+'; open_problems+=("$(secs "$start" "$(now_ns)")")
    start=$(now_ns); $T send-keys -t app Escape; wait_for '1 DSR'; back+=("$(secs "$start" "$(now_ns)")")
done

pid=$($T display -p -t app '#{pane_pid}')
hz=$(getconf CLK_TCK)
sleep 2
before=$(cpu_ticks "$pid"); sleep 20; after=$(cpu_ticks "$pid")
idle_cpu=$(awk -v a="$before" -v b="$after" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) / hz / 20 * 100 }')
"$BIN" demo --no-board --live --interval 1 --db "$DB" >/dev/null 2>&1 &
writer=$!
sleep 2
before=$(cpu_ticks "$pid"); sleep 20; after=$(cpu_ticks "$pid")
kill "$writer"; wait "$writer" 2>/dev/null || true
live_cpu=$(awk -v a="$before" -v b="$after" -v hz="$hz" 'BEGIN { printf "%.1f", (b - a) / hz / 20 * 100 }')
board_rss=$(awk '/VmHWM/ { printf "%.0f", $2 / 1024 }' "/proc/$pid/status")
$T kill-server

snapshot_rss=$(python3 - "$BIN" "$DB" <<'PY'
import resource, subprocess, sys
subprocess.run([sys.argv[1], "snapshot", "--db", sys.argv[2], "--size", "120x40", "--view", "board"],
               stdout=subprocess.DEVNULL, check=True)
print(round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
PY
)
orders=$(sqlite3 "$DB" 'select count(*) from orders')
events=$(sqlite3 "$DB" 'select count(*) from tracking_events')

join() { local IFS=' '; echo "$*"; }
section="## Board

\`bench/board-bench.sh\` ($(date -u +%Y-%m-%d), $(nproc) cores, $(uname -m)): release build, the live board in tmux at
120×40 on the demo database (default seed, \`--now $NOW\`: $orders orders, $events tracking events), US-Home.
Latencies are from the key sent to the screen changing (polled every 10 ms, so they include up to 10 ms of polling
and tmux's own redraw). Median of $RUNS.

| what | median | runs |
| --- | ---: | --- |
| start-up to the first loaded frame (● LIVE) | $(printf '%s\n' "${startup[@]}" | median) s | $(join "${startup[@]}") |
| \`p\` → Problem orders on screen | $(printf '%s\n' "${open_problems[@]}" | median) s | $(join "${open_problems[@]}") |
| Esc → board on screen | $(printf '%s\n' "${back[@]}" | median) s | $(join "${back[@]}") |
| CPU of the board, idle (20 s) | $idle_cpu % of one core | |
| CPU of the board while \`demo --live\` writes every 1 s (20 s; each write is a reload) | $live_cpu % of one core | |
| peak memory (VmHWM) of the board after all of the above | $board_rss MiB | |
| peak memory of a headless \`snapshot --size 120x40\` | $snapshot_rss MiB | |
"
python3 - "$section" <<'PY'
import re, sys
section = sys.argv[1].rstrip() + "\n"
path = "BENCHMARKS.md"
text = open(path, encoding="utf-8").read()
pattern = re.compile(r"^## Board\n.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda m: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(path, "w", encoding="utf-8").write(text)
PY
echo "$section"

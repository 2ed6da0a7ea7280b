#!/usr/bin/env bash
# Benchmark: start-up of `eflow-wizard --demo` until its first page is painted, against a bare QWizard
# program (bench-bare-wizard) measured by the same code (app/StartupProbe.h), alternating in one run on
# one virtual X display. Prints the median time to first paint and the median peak memory (VmHWM) of
# each, and the ratios (targets: time ≤ 1.3, memory ≤ 1.5).
# usage: tests/bench/bench-startup.sh [BUILD_DIR] [RUNS]
set -euo pipefail
build=${1:-build/release}
runs=${2:-15}
wizard="$build/app/eflow-wizard"
bare="$build/tests/bench/bench-bare-wizard"
for exe in "$wizard" "$bare"; do
    [ -x "$exe" ] || { echo "missing $exe: build the release preset first" >&2; exit 2; }
done
command -v xvfb-run >/dev/null || { echo "xvfb-run not found (apt-get install xvfb)" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -m 700 "$work/run"
export QT_QPA_PLATFORM=xcb QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1

xvfb-run -a -s "-screen 0 1280x1024x24" bash -c '
    set -euo pipefail
    for ((i = 1; i <= '"$runs"'; i++)); do
        EFLOW_BENCH_T0_NS=$(date +%s%N) "'"$wizard"'" --demo --bench-first-paint | sed "s/^/wizard /"
        EFLOW_BENCH_T0_NS=$(date +%s%N) "'"$bare"'" | sed "s/^/bare /"
    done' > "$work/results.txt"

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wt=$(awk '$1 == "wizard" && $2 == "first-paint-ms:" { print $3 }' "$work/results.txt" | median)
bt=$(awk '$1 == "bare" && $2 == "first-paint-ms:" { print $3 }' "$work/results.txt" | median)
wm=$(awk '$1 == "wizard" && $2 == "peak-rss-kb:" { print $3 }' "$work/results.txt" | median)
bm=$(awk '$1 == "bare" && $2 == "peak-rss-kb:" { print $3 }' "$work/results.txt" | median)
n=$(grep -c '^wizard first-paint-ms:' "$work/results.txt" || true)
[ "$n" -eq "$runs" ] || { echo "only $n of $runs wizard runs reported; see the output above" >&2; cat "$work/results.txt" >&2; exit 1; }
printf 'runs: %d each, alternating, one Xvfb display\n' "$runs"
printf 'first page painted (median): eflow-wizard %.1f ms, bare QWizard %.1f ms, ratio %.2f (target <= 1.3)\n' \
    "$wt" "$bt" "$(awk "BEGIN { print $wt / $bt }")"
printf 'peak memory (median VmHWM): eflow-wizard %d kB, bare QWizard %d kB, ratio %.2f (target <= 1.5)\n' \
    "$wm" "$bm" "$(awk "BEGIN { print $wm / $bm }")"

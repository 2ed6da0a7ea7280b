#!/usr/bin/env bash
# Benchmark (issue 16 item 5, "Scale, measured"): a fleet of COUNT demo hosts (200) deployed, provisioned and
# verified by one FleetRun, CONCURRENCY at a time (16), in one process of the release build, against
# baselines taken by the same engine in the same process just before (tests/bench/bench_fleet.cpp):
#   time   - one host run alone: speed-up = COUNT x single-host time / fleet time, and its share of the
#            ideal (CONCURRENCY); hosts per minute;
#   memory - RSS at rest after the factory and the finished single-host runs (base) against the peak during
#            the fleet: (peak - base) per concurrent host and per host, as a ratio to the 1 MiB goal.
# Runs it RUNS times (3) and prints every run's report, then the medians. Extra arguments after the first
# four go to bench-fleet (--profile: where the memory at the peak sits; --arena-max N, --trim-each-host:
# allocator experiments). Exits 0 only when every host of every run was provisioned.
# usage: tests/bench/bench-fleet.sh [BUILD_DIR] [COUNT] [CONCURRENCY] [RUNS] [bench-fleet options...]
set -euo pipefail
build=${1:-build/release}
count=${2:-200}
concurrency=${3:-16}
runs=${4:-3}
shift $(($# < 4 ? $# : 4))
bench="$build/tests/bench/bench-fleet"
[ -x "$bench" ] || { echo "missing $bench: build the release preset first" >&2; exit 2; }

umask 077
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# bench-fleet keeps its machines, journals and state files in a scratch folder of its own; this keeps
# anything else of Qt's out of the user's folders too.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

rc=0
for run in $(seq "$runs"); do
    echo "=== run $run of $runs"
    "$bench" --count "$count" --concurrency "$concurrency" "$@" | tee "$work/run-$run.txt" || rc=1
done

# The median of one key=value field of the runs' "result:" lines.
median() {
    grep -h '^result:' "$work"/run-*.txt | tr ' ' '\n' | awk -F= -v k="$1" '$1 == k { print $2 }' | sort -g |
        awk '{ v[NR] = $1 } END { if (NR == 0) print "?"; else if (NR % 2) print v[(NR + 1) / 2];
                                  else printf "%g\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

line() { printf '  %-46s: %s\n' "$1" "$2"; }
median_of() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'; }
waves=$(( (count + concurrency - 1) / concurrency ))
echo "=== fleet of $count demo hosts, concurrency $concurrency: medians of $runs runs"
line "speed-up ($count x one host alone / fleet)" "$(median speedup)x"
line "share of the ideal (${concurrency}x)" "$(median ideal_share)"
line "share of the wave bound ($count hosts, $waves waves)" "$(median wave_share)"
line "RSS per concurrent host / 1 MiB goal" "$(median goal_ratio)  ($(median kib_per_concurrent) KiB)"
line "RSS per host of the fleet" "$(median kib_per_host) KiB"
line "absolute" \
    "$(median hosts_per_min) hosts/min; fleet $(median fleet_s) s; one host alone $(median single_ms) ms"

# ---- GUI STALL WITH 200 ROWS (issue 16 item 5, the GUI half) ----
# The Fleet window on Xvfb (`--fleet --fleet-run --stall-report`): COUNT demo hosts at CONCURRENCY, then as
# the baseline in the same command the same window with one host, RUNS times each (the figure is the
# median; every run is printed). The GUI watchdog ticks every 5 ms and reports the longest gap; the goal
# is <= 16 ms (one frame) with COUNT rows running. Xvfb shares the two cores with the fleet's threads.
gui_stall_with_rows() {
    local wizard="$build/app/eflow-wizard"
    if [ ! -x "$wizard" ] || ! command -v xvfb-run >/dev/null; then
        line "longest GUI stall with $count rows / 16 ms" "not measured: needs $wizard and xvfb-run"
        return
    fi
    printf '{"schema":1,"release":"1.4","eulaAccepted":true}\n' > "$work/plan.json"
    stall_of() { # HOSTS -> the longest stall in ms, or nothing
        local hosts=$1 i
        { echo "target,registration_id"; for i in $(seq "$hosts"); do echo "demo:win11-pro/gui-$hosts-$i,{hostname}"; done; } \
            > "$work/gui-$hosts.csv"
        XDG_DATA_HOME="$work/gui-data-$hosts" QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1280x800x24" \
            "$wizard" --fleet --fleet-file "$work/gui-$hosts.csv" --fleet-plan "$work/plan.json" --fleet-run \
            --speed 0 --fleet-concurrency "$concurrency" --stall-report 2>/dev/null |
            sed -n 's/^Longest stall of the GUI thread: \([0-9]*\) ms.*/\1/p'
    }
    local many one run all_many="" all_one=""
    for run in $(seq "$runs"); do
        many=$(stall_of "$count")
        one=$(stall_of 1)
        if [ -z "$many" ] || [ -z "$one" ]; then
            all_many=""
            break
        fi
        echo "=== GUI run $run of $runs: longest stall $many ms with $count rows, $one ms with 1"
        all_many="$all_many $many"
        all_one="$all_one $one"
    done
    many=$(median_of $all_many)
    one=$(median_of $all_one)
    if [ -z "$all_many" ]; then
        line "longest GUI stall with $count rows / 16 ms" "FAILED: the Fleet window did not finish its run"
        rc=1
        return
    fi
    line "longest GUI stall with $count rows / 16 ms" "$(awk -v m="$many" 'BEGIN { printf "%.2f  (%d ms)", m / 16, m }')"
    line "  against the same window with 1 host" "$(awk -v m="$many" -v o="$one" 'BEGIN { printf "%.2f  (%d ms vs %d ms)", m / (o > 0 ? o : 1), m, o }')"
    [ "$many" -le 16 ] || rc=1
}
gui_stall_with_rows

exit "$rc"

#!/usr/bin/env bash
# Runs every libFuzzer target of the fuzz preset (tests/fuzz) for SECONDS each, from its committed seed
# corpus (tests/fuzz/corpus/<target>, read only: what a run finds goes to a scratch folder), under ASan and
# UBSan. Prints, per target, the runs, the coverage reached and the corpus it grew to; a crash, leak or
# timeout keeps its input (the path is printed) and makes the exit code 1.
# usage: tests/fuzz/run-fuzzers.sh [BUILD_DIR] [SECONDS] [TARGET...]
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build/fuzz}
seconds=${2:-20}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    for t in "$build"/tests/fuzz/fuzz_*; do
        [ -f "$t" ] && [ -x "$t" ] && targets+=("$(basename "$t")")
    done
fi
[ ${#targets[@]} -gt 0 ] || { echo "run-fuzzers: no targets in $build/tests/fuzz (cmake --preset fuzz && cmake --build --preset fuzz)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/eflow-fuzz.XXXXXX")
keep=0
trap '[ "$keep" = 1 ] || rm -rf "$work"' EXIT
export ASAN_OPTIONS="${ASAN_OPTIONS:-}:detect_leaks=1:abort_on_error=0"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-}:print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen
failed=0
for name in "${targets[@]}"; do
    exe="$build/tests/fuzz/$name"
    seeds="$here/corpus/$name"
    grown="$work/$name"
    mkdir -p "$grown"
    log="$work/$name.log"
    "$exe" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
        -artifact_prefix="$work/$name-" "$grown" "$seeds" >"$log" 2>&1
    rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | grep -o '[0-9]*')
    corpus=$(ls "$grown" | wc -l)
    if [ "$rc" -eq 0 ]; then
        printf '%-22s %9s runs in %ss, coverage %s edges, corpus %s new inputs (seeds: %s): no crash\n' \
            "$name" "${runs:-?}" "$seconds" "${cov:-?}" "$corpus" "$(ls "$seeds" 2>/dev/null | wc -l)"
    else
        failed=1
        keep=1
        echo "$name: FAILED (exit $rc); log $log; inputs: $(ls "$work" | grep "^$name-" | tr '\n' ' ')"
        grep -E 'ERROR: |SUMMARY: |runtime error' "$log" | head -5
    fi
done
exit $failed

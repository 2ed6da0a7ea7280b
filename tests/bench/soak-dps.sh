#!/usr/bin/env bash
# Soak: register COUNT devices of one group enrollment (derived keys), CONCURRENCY at a time, with the
# project's DPS device client as the product configures it, against the local DPS (`eflow-wizard
# emulator`, release build) answering 20 % of requests 429, 20 % 503, dropping 2 % of connections and
# adding 200 ms to every answer. Samples the emulator's VmRSS after the first 200 devices, every 10 %
# and at the end. Prints counts, resends by cause, the RSS samples and ratio, and PASS/FAIL; exits 0
# only when every device is assigned and the emulator's RSS stays within 1.2x of its size after 200.
# A command, not a timed test (docs/soak.md).
# usage: tests/bench/soak-dps.sh [BUILD_DIR] [COUNT] [CONCURRENCY]
set -euo pipefail
build=${1:-build/release}
count=${2:-2000}
concurrency=${3:-32}
throttle=0.2 unavailable=0.2 drop=0.02 latency=200
wizard="$build/app/eflow-wizard"
soak="$build/tests/bench/soak-dps"
for exe in "$wizard" "$soak"; do
    [ -x "$exe" ] || { echo "missing $exe: build the release preset first" >&2; exit 2; }
done

umask 077
work=$(mktemp -d)
emulator_pid=
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

# --seed-demo makes the demo group enrollment (symmetric keys, derived device keys) without HTTP, so
# the faults cannot get in its way; its key is printed to the emulator's output in the private folder.
mkdir -p "$work/state"
"$wizard" emulator --state "$work/state" --ca-out "$work/ca.pem" --seed-demo \
    --throttle "$throttle" --unavailable "$unavailable" --drop "$drop" --latency "$latency" \
    > "$work/emulator.out" 2> "$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do grep -q '^ready' "$work/emulator.out" && break; sleep 0.1; done
grep -q '^ready' "$work/emulator.out" || { cat "$work/emulator.err" >&2; exit 1; }
field() { awk -v k="$1:" '$1 == k { print $2 }' "$work/emulator.out"; }
field demo-group-key > "$work/group.key"

echo "soak: $count devices, $concurrency at a time, against $(field endpoint)"
echo "faults: $throttle 429 (Retry-After 1 s), $unavailable 503, $drop dropped, $latency ms latency"
rc=0
"$soak" --endpoint "$(field endpoint)" --ca-file "$work/ca.pem" --scope "$(field id-scope)" \
    --group-key-file "$work/group.key" --count "$count" --concurrency "$concurrency" \
    --emulator-pid "$emulator_pid" --latency-ms "$latency" || rc=$?
if ! kill -0 "$emulator_pid" 2>/dev/null; then
    echo "FAIL: the emulator died" >&2
    cat "$work/emulator.err" >&2
    rc=1
fi
if [ -s "$work/emulator.err" ]; then
    echo "emulator stderr (last 5 lines):"
    tail -n 5 "$work/emulator.err"
fi
exit "$rc"

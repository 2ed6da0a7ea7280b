#!/usr/bin/env bash
# Benchmark: `eflow-wizard derive-key --batch` over 1,000,000 registration IDs against a plain C loop
# calling OpenSSL's HMAC() on the same inputs, in the same run. Prints keys per second for both and the
# ratio (target: the wizard at least 1.5 times the plain loop; it streams the IDs over every core), after checking both wrote the same keys.
# usage: tests/bench/bench-derive-key.sh [BUILD_DIR] [COUNT] [RUNS]
set -euo pipefail
build=${1:-build/release}
count=${2:-1000000}
runs=${3:-3}
wizard="$build/app/eflow-wizard"
plain="$build/tests/bench/bench-plain-hmac-loop"
for exe in "$wizard" "$plain"; do
    [ -x "$exe" ] || { echo "missing $exe: build the release preset first" >&2; exit 2; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A fixed 64-byte group key (generated once; not a secret anywhere) and deterministic IDs.
echo '8isrFI1sGsIlvvFSSFRiMfCNzv21fjbE/+ah/lSh3lF8e2YG1Te7w1KpZhJFFXJrqYKi9yegxkqIChbqOS9Egw==' > "$work/group.key"
awk -v n="$count" 'BEGIN { for (i = 0; i < n; i++) printf "sn-%07d-abc-mac-a1-b2-c3-d4-e5-f6\n", i }' > "$work/ids.txt"
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.9f\", $1 }"; }
best_wizard=999999; best_plain=999999
for ((r = 1; r <= runs; r++)); do
    t0=$(now)
    "$wizard" derive-key --batch "$work/ids.txt" --group-key-file "$work/group.key" --output "$work/wizard.csv"
    t1=$(now)
    "$plain" "$work/group.key" "$work/ids.txt" "$work/plain.csv"
    t2=$(now)
    w=$(calc "$t1 - $t0"); p=$(calc "$t2 - $t1")
    printf 'run %d: eflow-wizard %.3f s, plain loop %.3f s\n' "$r" "$w" "$p"
    best_wizard=$(calc "($w < $best_wizard) ? $w : $best_wizard")
    best_plain=$(calc "($p < $best_plain) ? $p : $best_plain")
done
cmp -s "$work/wizard.csv" "$work/plain.csv" || { echo "outputs differ: the benchmark is void" >&2; exit 1; }
lines=$(wc -l < "$work/wizard.csv")
[ "$lines" -eq "$count" ] || { echo "expected $count lines, got $lines" >&2; exit 1; }

wk=$(calc "$count / $best_wizard"); pk=$(calc "$count / $best_plain")
ratio=$(calc "$wk / $pk")
printf 'derive-key --batch, %d IDs, best of %d runs (outputs identical)\n' "$count" "$runs"
printf '  eflow-wizard derive-key : %10.0f keys/s\n' "$wk"
printf '  plain C loop + HMAC()   : %10.0f keys/s\n' "$pk"
printf '  ratio (wizard / plain)  : %.2f  (target >= 1.50)\n' "$ratio"

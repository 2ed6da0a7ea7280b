#!/usr/bin/env bash
# Benchmark: register COUNT devices of one group enrollment (derived keys), CONCURRENCY at a time, against
# the local DPS (`eflow-wizard emulator`, release build), first with the project's DPS device client, then
# with the official Node.js SDK (versions pinned in tests/conformance), in one run against the same server.
# Prints registrations per second for each and the ratio (target: project / SDK >= 1.0).
# usage: tests/bench/bench-dps-register.sh [BUILD_DIR] [COUNT] [CONCURRENCY]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-build/release}
count=${2:-1000}
concurrency=${3:-32}
wizard="$build/app/eflow-wizard"
own="$build/tests/bench/bench-dps-register"
for exe in "$wizard" "$own"; do
    [ -x "$exe" ] || { echo "missing $exe: build the release preset first" >&2; exit 2; }
done
command -v node >/dev/null || { echo "node is missing: run packaging/install-deps.sh" >&2; exit 2; }

work=$(mktemp -d)
emulator_pid=
cleanup() { [ -n "$emulator_pid" ] && kill "$emulator_pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config"

# The official SDKs, pinned, into the scratch folder.
cp "$root"/tests/conformance/package.json "$root"/tests/conformance/package-lock.json \
   "$root"/tests/conformance/*.js "$work/"
(cd "$work" && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error >/dev/null)

mkdir -p "$work/state"
"$wizard" emulator --state "$work/state" --ca-out "$work/ca.pem" > "$work/emulator.out" 2> "$work/emulator.err" &
emulator_pid=$!
for _ in $(seq 100); do grep -q '^ready' "$work/emulator.out" && break; sleep 0.1; done
grep -q '^ready' "$work/emulator.out" || { cat "$work/emulator.err" >&2; exit 1; }
field() { awk -v k="$1:" '$1 == k { print $2 }' "$work/emulator.out"; }
export DPS_HOST=127.0.0.1 DPS_PORT=$(field port) DPS_CA_FILE="$work/ca.pem" DPS_ID_SCOPE=$(field id-scope)
export DPS_POLICY_NAME=$(field service-policy)
export DPS_POLICY_KEY=$(field service-connection-string | sed 's/.*SharedAccessKey=//')
group_key=$(head -c 64 /dev/urandom | base64 -w0)
echo "$group_key" > "$work/group.key"
export CONF_GROUP_KEY=$group_key BENCH_GROUP_KEY=$group_key CONF_RUN_ID=bench

# One symmetric-key enrollment group, made through the service API with the Node SDK.
(cd "$work" && node sdk-conformance.js create-group >/dev/null)

echo "registering $count devices, $concurrency at a time, against $(field endpoint)"
own_json=$("$own" --endpoint "$(field endpoint)" --ca-file "$work/ca.pem" --scope "$DPS_ID_SCOPE" \
    --group-key-file "$work/group.key" --count "$count" --concurrency "$concurrency" --prefix bench-own- | tail -n 1)
echo "  $own_json"
node_json=$(cd "$work" && node bench-register.js "$count" "$concurrency" bench-node- | tail -n 1)
echo "  $node_json"

rate() { echo "$1" | sed 's/.*"registered":\([0-9]*\).*"seconds":\([0-9.]*\).*/\1 \2/' | awk '{ printf "%.1f", $1 / $2 }'; }
own_rate=$(rate "$own_json"); node_rate=$(rate "$node_json")
printf 'DPS registrations (group enrollment, derived keys), %d devices, concurrency %d\n' "$count" "$concurrency"
printf '  eflow-wizard device client : %8s registrations/s\n' "$own_rate"
printf '  official Node.js SDK       : %8s registrations/s\n' "$node_rate"
awk -v a="$own_rate" -v b="$node_rate" 'BEGIN { printf "  ratio (project / SDK)      : %.2f  (target >= 1.00)\n", a / b }'

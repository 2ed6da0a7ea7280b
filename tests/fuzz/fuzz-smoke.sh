#!/usr/bin/env bash
# CI's fuzzing (CTest fuzz_smoke): builds the fuzz preset's targets with clang into BIN_DIR and runs each
# for SECONDS (20 by default) from its seed corpus. JOBS (2 by default; CTest passes 1 so that the other
# tests keep a core) is the build's parallelism. Exit 77, shown by CTest as skipped with the message
# below, where clang 14 or its libFuzzer runtime is missing (packaging/install-deps.sh installs both).
# usage: tests/fuzz/fuzz-smoke.sh BIN_DIR [SECONDS [JOBS]]
set -euo pipefail
src=$(cd "$(dirname "$0")/../.." && pwd)
bin=${1:?usage: $0 BIN_DIR [SECONDS [JOBS]]}
seconds=${2:-20}
jobs=${3:-2}
if ! command -v clang++-14 >/dev/null 2>&1; then
    echo "SKIPPED: clang++-14 is missing (packaging/install-deps.sh installs clang-14 and libclang-rt-14-dev)"
    exit 77
fi
runtime="$(clang++-14 -print-resource-dir)/lib/linux/libclang_rt.fuzzer-x86_64.a"
if [ ! -f "$runtime" ]; then
    echo "SKIPPED: libFuzzer ($runtime) is missing (packaging/install-deps.sh installs libclang-rt-14-dev)"
    exit 77
fi
cmake --preset fuzz -S "$src" -B "$bin" >"$bin.configure.log" 2>&1 || { cat "$bin.configure.log"; exit 1; }
cmake --build "$bin" -j "$jobs" >"$bin.build.log" 2>&1 || { tail -40 "$bin.build.log"; exit 1; }
exec "$src/tests/fuzz/run-fuzzers.sh" "$bin" "$seconds"

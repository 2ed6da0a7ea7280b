#!/usr/bin/env bash
# Renders the wizard's pages into docs/screenshots (or DIR) on a virtual X display.
# usage: tests/ui/take-screenshots.sh BUILD_DIR/tests/ui/eflow-screenshots [DIR]
# Needs xvfb-run (Debian: xvfb) and Qt's xcb platform plugin.
set -euo pipefail

tool=${1:?usage: $0 PATH/TO/eflow-screenshots [OUTPUT_DIR]}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${2:-$here/../../docs/screenshots}

if ! command -v xvfb-run >/dev/null; then
    echo "take-screenshots: xvfb-run not found (apt-get install xvfb)" >&2
    exit 2
fi

# A fixed style, scale and locale keep the pictures stable from machine to machine.
export QT_QPA_PLATFORM=xcb
export QT_STYLE_OVERRIDE=Fusion
export QT_SCALE_FACTOR=1
export QT_QPA_PLATFORMTHEME=
export LANG=C.UTF-8 LC_ALL=C.UTF-8
# Sanitizer builds: leaks inside the X libraries are not ours.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/../sanitizers/lsan.supp:print_suppressions=0}

xvfb-run -a -s '-screen 0 1280x800x24' "$tool" "$out"

#!/usr/bin/env bash
# Renders the wizard's pages and the device overview into docs/screenshots (or DIR) on a virtual X
# display, in demo mode (nothing is installed). Rerunnable: pictures are overwritten, and numbered
# pictures the tool no longer writes are removed from DIR.
# usage: tests/ui/take-screenshots.sh BUILD_DIR/tests/ui/eflow-screenshots [DIR]
# (BUILD_DIR/app/eflow-wizard_de.qm and _ja.qm, built with the eflow-wizard target, give the German and
# Japanese sets; the Japanese ones need a Japanese font, Debian: fonts-noto-cjk)
# Needs xvfb-run (Debian: apt-get install xvfb) and Qt's xcb platform plugin.
# Prints "wrote", "removed" and "layout:" lines (a page that needs a scroll bar at the window's size,
# text squeezed below its height); the application's own log lines are left out (EFLOW_SHOTS_VERBOSE=1
# keeps them). Exits non-zero, with the reason, when a page did not reach the state a picture needs.
set -euo pipefail

tool=${1:?usage: $0 PATH/TO/eflow-screenshots [OUTPUT_DIR]}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
out=${2:-$(cd "$here/../.." && pwd)/docs/screenshots}

if [[ ! -x $tool ]]; then
    echo "take-screenshots: $tool is not an executable (build the eflow-screenshots target)" >&2
    exit 2
fi
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

# Six sets in one folder: English, German and Japanese, each at the window's default size on a 1280x800
# screen and on a 1366x768 laptop screen at 125 % (QT_SCALE_FACTOR=1.25: 1093x614 logical pixels), named
# NN-*.png, de-NN-*.png, ja-NN-*.png, 1366x768-NN-*.png, de-1366x768-NN-*.png and ja-1366x768-NN-*.png.
# EFLOW_SHOTS_SETS picks some of them (e.g. "en de ja-1366").
qmdir=$(dirname "$tool")/../../app
run_set() {
    local set=$1 screen=1280x800 scale=1 prefix='' lang=''
    case $set in
        en) ;;
        de | ja) prefix=$set- lang=$set ;;
        en-1366) screen=1366x768 scale=1.25 prefix=1366x768- ;;
        de-1366 | ja-1366) screen=1366x768 scale=1.25 lang=${set%-1366} prefix=${set%-1366}-1366x768- ;;
        *) echo "take-screenshots: unknown set $set" >&2; return 2 ;;
    esac
    local qmfile=${lang:+$qmdir/eflow-wizard_$lang.qm}
    if [[ -n $qmfile && ! -f $qmfile ]]; then
        echo "take-screenshots: $qmfile is missing (build the eflow-wizard target)" >&2
        return 2
    fi
    # Without a font for Japanese every kanji and kana is drawn as an empty box (tofu), and a picture of
    # boxes would pass every layout check.
    if [[ $lang == ja ]] && command -v fc-list >/dev/null && [[ -z $(fc-list :lang=ja family) ]]; then
        echo "take-screenshots: no Japanese font (apt-get install fonts-noto-cjk)" >&2
        return 2
    fi
    echo "set $set: ${screen} at scale ${scale}${lang:+, language $lang}"
    # FC_LANG: fontconfig's default fonts for that language, as on a desktop set to it (for Japanese a
    # Japanese UI font for every character, instead of a Latin one with kana, kanji and the digits between
    # them drawn from a fallback font). The locale itself stays C.UTF-8, as for every set.
    env ${lang:+FC_LANG=$lang} QT_SCALE_FACTOR=$scale EFLOW_SHOTS_PREFIX=$prefix EFLOW_SHOTS_QM=$qmfile \
        xvfb-run -a -s "-screen 0 ${screen}x24" "$tool" "$out"
}
run() {
    local set
    for set in ${EFLOW_SHOTS_SETS:-en de ja en-1366 de-1366 ja-1366}; do
        run_set "$set" || return
    done
}
if [[ ${EFLOW_SHOTS_VERBOSE:-0} == 1 ]]; then
    run
else
    # pipefail: the tool's exit status is the script's.
    run 2>&1 | { grep -v -e '^\[[0-9-]* [0-9:.]*\] \[info\] ' -e 'XDG_RUNTIME_DIR not set' || true; }
fi

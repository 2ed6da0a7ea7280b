#!/usr/bin/env bash
# Issue 17: packaging/windows/eflow-wizard.nsi compiles with makensis -WX (warnings are errors) against a
# placeholder payload laid out like build-windows.ps1 stages the real one, and its uninstaller deletes
# exactly what its installer installs. Nothing here runs Windows: the installer is compiled, not run
# (docs/windows-build.md, "What has never run on Windows").
#
#   tests/packaging/nsis-compile.sh [SOURCE_DIR]      (CTest: packaging_nsis; CMAKE_COMMAND may name cmake)
#
# Exit 0 when every check passes, 1 on the first failure (with what and where), 77 when makensis is
# missing (CTest's SKIP_RETURN_CODE).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
src=$(cd "${1:-$here/../..}" && pwd)
nsi=$src/packaging/windows/eflow-wizard.nsi
lists_script=$src/packaging/windows/payload-lists.cmake
cmake_bin=${CMAKE_COMMAND:-cmake}

if ! command -v makensis >/dev/null 2>&1; then
    echo "SKIPPED: makensis not found (apt-get install nsis)"
    exit 77
fi
for tool in file perl "$cmake_bin"; do
    command -v "$tool" >/dev/null 2>&1 || { echo "FAIL: $tool is needed by this test and was not found"; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/eflow-nsis.XXXXXX")
trap 'rm -rf "$work"' EXIT
payload=$work/payload
lists=$work/lists
checks=0
fail() { echo "FAIL: $*"; exit 1; }
pass() { checks=$((checks + 1)); echo "ok: $*"; }
now_ms() { date +%s%3N; }

# ---- A placeholder payload: the files windeployqt and build-windows.ps1 put down for the real one, plus
# names NSIS must escape ("$", spaces, parentheses) and a folder two levels deep.
placeholder_files=(
    eflow-wizard.exe eflow-wizard-gui.exe
    Qt6Core.dll Qt6Gui.dll Qt6Widgets.dll Qt6Network.dll Qt6Svg.dll
    qt6keychain.dll libcrypto-3-x64.dll libssl-3-x64.dll fmt.dll
    msvcp140.dll msvcp140_1.dll vcruntime140.dll vcruntime140_1.dll
    platforms/qwindows.dll styles/qwindowsvistastyle.dll
    tls/qopensslbackend.dll tls/qschannelbackend.dll tls/qcertonlybackend.dll
    networkinformation/qnetworklistmanager.dll imageformats/qico.dll imageformats/qsvg.dll
    iconengines/qsvgicon.dll generic/qtuiotouchplugin.dll
    translations/qt_de.qm translations/qt_ja.qm translations/qtbase_de.qm translations/qtbase_ja.qm
    'test names/a $dollar (and spaces).txt' 'test names/deeper/$$ two dollars.txt'
)
for rel in "${placeholder_files[@]}"; do
    mkdir -p "$payload/$(dirname "$rel")"
    # A line no other file has: found in the uncompressed installer, it proves this file is packed.
    printf 'EFLOW-PAYLOAD-MARKER %s %s%s\n' "$rel" "$RANDOM" "$RANDOM" > "$payload/$rel"
done
head -c 200000 /dev/urandom >> "$payload/Qt6Core.dll" # some size, so EstimatedSize is more than 1 KiB

start=$(now_ms)
"$cmake_bin" -DPAYLOAD="$payload" -DOUT_DIR="$lists" -P "$lists_script" >/dev/null
pass "payload-lists.cmake wrote the lists ($(( $(now_ms) - start )) ms)"

# ---- The lists against the payload: the same files, each once, in both lists; every folder removed,
# deeper ones first; nothing else.
expected=$work/expected.txt
(cd "$payload" && find . -type f | sed 's|^\./||; s|/|\\|g; s|\$|$$|g' | LC_ALL=C sort) > "$expected"
file_count=$(wc -l < "$expected")
[ "$file_count" -eq "${#placeholder_files[@]}" ] || fail "payload has $file_count files, expected ${#placeholder_files[@]}"

installed=$work/installed.txt
perl -ne '
    if (/^SetOutPath "\$INSTDIR(?:\\(.*))?"$/) { $dir = defined $1 ? "$1\\" : ""; next }
    if (/^File "\/oname=([^"]+)" "\$\{PAYLOAD\}\\([^"]+)"$/) { print "$dir$1\n"; next }
    if (/^(;|!define PAYLOAD_(SIZE_KB|FILE_COUNT) )/) { next }
    die "unexpected line in payload-install.nsh: $_";
' "$lists/payload-install.nsh" | LC_ALL=C sort > "$installed"
diff -u "$expected" "$installed" || fail "payload-install.nsh does not install exactly the payload's files"
pass "payload-install.nsh installs each of the $file_count payload files once, at its own path"

deleted=$work/deleted.txt
perl -ne 'print "$1\n" if /^Delete \/REBOOTOK "\$INSTDIR\\([^"]+)"$/' "$lists/payload-uninstall.nsh" \
    | LC_ALL=C sort > "$deleted"
diff -u "$expected" "$deleted" || fail "payload-uninstall.nsh does not delete exactly the installed files"
[ "$(grep -c '^Delete ' "$lists/payload-uninstall.nsh")" -eq "$file_count" ] || fail "a file is deleted twice"
pass "payload-uninstall.nsh deletes exactly those $file_count files"

expected_dirs=$work/expected-dirs.txt
(cd "$payload" && find . -mindepth 1 -type d | sed 's|^\./||; s|/|\\|g; s|\$|$$|g' | LC_ALL=C sort) > "$expected_dirs"
removed_dirs=$work/removed-dirs.txt
perl -ne 'print "$1\n" if /^RMDir \/REBOOTOK "\$INSTDIR\\([^"]+)"$/' "$lists/payload-uninstall.nsh" > "$removed_dirs"
diff -u "$expected_dirs" <(LC_ALL=C sort "$removed_dirs") || fail "payload-uninstall.nsh does not remove exactly the payload's folders"
perl -e '
    my @d = map { chomp; $_ } <STDIN>;
    for my $i (0 .. $#d) { for my $j ($i + 1 .. $#d) {
        die "folder $d[$j] is removed after its parent $d[$i]\n" if index($d[$j], "$d[$i]\\") == 0 } }
' < "$removed_dirs" || fail "folders are not removed deepest first"
grep -q '^RMDir /r\|^RMDir /REBOOTOK /r' "$lists/payload-uninstall.nsh" && fail "a recursive RMDir in the uninstall list"
pass "payload-uninstall.nsh removes the $(wc -l < "$removed_dirs") payload folders, deepest first, never recursively"

bytes=$(find "$payload" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')
size_kb=$(( (bytes + 1023) / 1024 ))
grep -qx "!define PAYLOAD_SIZE_KB $size_kb" "$lists/payload-install.nsh" || fail "PAYLOAD_SIZE_KB is not $size_kb"
grep -qx "!define PAYLOAD_FILE_COUNT $file_count" "$lists/payload-install.nsh" || fail "PAYLOAD_FILE_COUNT is not $file_count"
pass "EstimatedSize comes from the payload: $size_kb KiB"

# ---- The script itself: what the install section writes outside the payload, the uninstall section
# removes; it installs nothing but the generated list; it never deletes recursively.
uninstall_section=$(sed -n '/^Section "Uninstall"/,/^SectionEnd/p' "$nsi")
install_section=$(sed -n '/^Section "\${PRODUCT}"/,/^SectionEnd/p' "$nsi")
for pair in 'WriteUninstaller "$INSTDIR\${UNINSTALLER}"|Delete "$INSTDIR\${UNINSTALLER}"' \
            'CreateShortCut "${SHORTCUT}"|Delete "${SHORTCUT}"' \
            'WriteRegStr HKLM "${UNINST_KEY}"|DeleteRegKey HKLM "${UNINST_KEY}"' \
            '!include "${FILELISTS}\payload-install.nsh"|!include "${FILELISTS}\payload-uninstall.nsh"'; do
    written=${pair%%|*}
    removed=${pair#*|}
    grep -qF "$written" <<< "$install_section" || fail "the install section no longer has: $written"
    grep -qF "$removed" <<< "$uninstall_section" || fail "the uninstall section does not undo: $written"
done
grep -qF 'DeleteRegValue HKLM "${PRODUCT_KEY}" "Installer Language"' <<< "$uninstall_section" \
    || fail "the uninstaller keeps the installer-language value"
for value in DisplayName DisplayVersion Publisher EstimatedSize UninstallString QuietUninstallString; do
    grep -q "WriteReg[A-Za-z]* HKLM \"\${UNINST_KEY}\" \"$value\"" <<< "$install_section" || fail "no $value in the Uninstall key"
done
! grep -nE '^[[:space:]]*(File[[:space:]]+(/[a-z]+[[:space:]]+)*/r|RMDir[[:space:]]+(/REBOOTOK[[:space:]]+)?/r)' "$nsi" \
    || fail "eflow-wizard.nsi uses File /r or RMDir /r"
[ "$(grep -cE '^[[:space:]]*File[[:space:]]' "$nsi")" -eq 0 ] || fail "eflow-wizard.nsi installs a file outside the generated list"
pass "every registry value, shortcut and uninstaller the install section writes is removed by the uninstaller"

# ---- Compile: the release form (solid LZMA) and the uncompressed form whose bytes can be read.
defines=(-DVERSION=0.1.0 "-DPAYLOAD=$payload" "-DFILELISTS=$lists")
compile() { # LOG, OUTFILE, extra defines...
    local log=$1 out=$2
    shift 2
    if ! makensis -WX -V4 "${defines[@]}" "-DOUTFILE=$out" "$@" "$nsi" > "$log" 2>&1; then
        tail -n 30 "$log"
        fail "makensis -WX failed on eflow-wizard.nsi (log above)"
    fi
    if grep -E '^[0-9]+ warnings?:|warning [0-9]+:' "$log"; then fail "makensis printed a warning"; fi
    [ -s "$out" ] || fail "makensis succeeded but wrote no $out"
}
start=$(now_ms)
release_exe=$work/eflow-wizard-0.1.0-x64-setup.exe
release_log=$work/release.log
compile "$release_log" "$release_exe"
pass "makensis $(makensis -VERSION) -WX compiled eflow-wizard.nsi ($(( $(now_ms) - start )) ms, $(stat -c %s "$release_exe") bytes)"
kind=$(file -b "$release_exe")
case $kind in
    *PE32*executable*Nullsoft\ Installer*) pass "file(1): $kind" ;;
    *) fail "the installer is not a PE32 NSIS executable: $kind" ;;
esac
grep -q '^Install: .*3 language tables' "$release_log" || fail "the installer does not have 3 language tables"
grep -q '^Uninstall: .*3 language tables' "$release_log" || fail "the uninstaller does not have 3 language tables"
pass "installer and uninstaller each carry 3 languages (English, German, Japanese)"

# With the project's icon, made from packaging/icons/eflow-wizard.svg the way build-windows.ps1 makes it
# (ImageMagick: magick on Windows; Debian's ImageMagick 6 names the same program convert).
svg=$src/packaging/icons/eflow-wizard.svg
magick=$(command -v magick || command -v convert || true)
if [ -f "$svg" ] && [ -n "$magick" ]; then
    "$magick" -background none -density 384 "$svg" -define icon:auto-resize=256,128,64,48,32,24,16 "$work/eflow-wizard.ico"
    compile "$work/icon.log" "$work/eflow-wizard-icon-setup.exe" "-DICON=$work/eflow-wizard.ico"
    pass "compiled with the icon made from eflow-wizard.svg ($(file -b "$work/eflow-wizard.ico" | cut -d, -f1-2))"
else
    echo "note: no icon compile (no $svg, or no ImageMagick)"
fi

plain_exe=$work/eflow-wizard-uncompressed.exe
compile "$work/plain.log" "$plain_exe" -DNO_COMPRESS
# Each payload file's bytes once; each payload path as a run-time string (UTF-16LE); the texts of
# eflow-wizard-strings.nsh read as UTF-8 (German and Japanese as written there).
EXPECTED_LIST=$expected PAYLOAD_DIR=$payload perl -e '
    use strict; use warnings;
    open my $list, "<", $ENV{EXPECTED_LIST} or die; my @files = map { chomp; $_ } <$list>;
    local $/; open my $fh, "<:raw", $ARGV[0] or die; my $exe = <$fh>;
    sub count { my ($needle) = @_; my $n = () = $exe =~ /\Q$needle\E/g; return $n }
    sub utf16 { my ($s) = @_; utf8::decode($s); return join "", map { pack "v", ord } split //, $s }
    my $bad = 0;
    for my $nsis (@files) {
        (my $rel = $nsis) =~ s/\$\$/\$/g; $rel =~ s/\\/\//g;
        open my $f, "<:raw", "$ENV{PAYLOAD_DIR}/$rel" or die "$rel: $!"; my $bytes = <$f>;
        my $packed = count($bytes);
        (my $runtime = "\\$nsis") =~ s/\$\$/\$/g;
        my $named = count(utf16($runtime));
        if ($packed != 1 || $named < 1) { print "  $rel: contents found $packed times, path $named times\n"; $bad++ }
    }
    for my $text ("benötigt 64-Bit-Windows", "管理者権限が必要です", "Azure IoT Edge for Linux on Windows を展開") {
        if (count(utf16($text)) < 1) { print "  text not in the installer: $text\n"; $bad++ }
    }
    exit($bad ? 1 : 0);
' "$plain_exe" || fail "the uncompressed installer lacks a payload file, an uninstaller path or a translated text"
pass "uncompressed installer: each of the $file_count files packed once, each path compiled in as a string, de/ja texts as UTF-8"

# ---- Refusals: a missing or malformed define stops makensis with a message that says what to pass.
refuse() { # expected message, makensis arguments...
    local message=$1
    shift
    if makensis -WX -V1 "$@" "$nsi" > "$work/refusal.log" 2>&1; then fail "makensis accepted: $*"; fi
    grep -qF "$message" "$work/refusal.log" || { cat "$work/refusal.log"; fail "no \"$message\" for: $*"; }
}
refuse "VERSION is not defined" "-DPAYLOAD=$payload" "-DFILELISTS=$lists" "-DOUTFILE=$work/x.exe"
refuse "PAYLOAD is not defined" -DVERSION=0.1.0 "-DFILELISTS=$lists" "-DOUTFILE=$work/x.exe"
refuse "FILELISTS is not defined" -DVERSION=0.1.0 "-DPAYLOAD=$payload" "-DOUTFILE=$work/x.exe"
refuse "OUTFILE is not defined" "${defines[@]}"
refuse "is not MAJOR.MINOR.PATCH" -DVERSION=0.1 "-DPAYLOAD=$payload" "-DFILELISTS=$lists" "-DOUTFILE=$work/x.exe"
refuse "with plain numbers" -DVERSION=0.1.0-rc1 "-DPAYLOAD=$payload" "-DFILELISTS=$lists" "-DOUTFILE=$work/x.exe"
mkdir -p "$work/partial" && cp "$payload/eflow-wizard.exe" "$work/partial/"
refuse "has no eflow-wizard-gui.exe" -DVERSION=0.1.0 "-DPAYLOAD=$work/partial" "-DFILELISTS=$lists" "-DOUTFILE=$work/x.exe"
[ ! -e "$work/x.exe" ] || fail "a refused compile left an installer behind"
pass "missing VERSION, PAYLOAD, FILELISTS, OUTFILE, a malformed VERSION and an incomplete payload are refused by name"

echo "PASS: $checks checks (makensis $(makensis -VERSION), payload of $file_count files)"

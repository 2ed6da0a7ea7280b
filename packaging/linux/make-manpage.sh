#!/usr/bin/env bash
# Makes eflow-wizard(1) from the program's own --help with help2man, and gzips it as Debian wants
# (gzip -9n: no name or time stamp in the header).
#   make-manpage.sh BINARY INCLUDE_FILE OUTPUT.1.gz
# The COMMANDS section is each command's --help, verbatim. The program runs as "eflow-wizard" (through a
# symlink on PATH, so that its usage lines name it so), in English, without a display.
set -euo pipefail

binary=$(realpath "$1")
include=$2
output=$3

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$binary" "$work/bin/eflow-wizard"
export PATH="$work/bin:$PATH"
export LC_ALL=C.UTF-8
unset LANGUAGE DISPLAY WAYLAND_DISPLAY
export QT_QPA_PLATFORM=offscreen

# roff: backslashes and hyphens escaped, a leading dot or quote made literal.
escape() { sed -e 's/\\/\\e/g' -e 's/-/\\-/g' -e "s/^\\([.']\\)/\\\\\\&\\1/"; }

section() { # the --help of "eflow-wizard WORDS…", verbatim
  local text
  # A command whose --help fails is left out with a warning rather than failing everybody's build; the
  # package test (tests/packaging/deb-install.sh) fails on the missing section instead.
  if ! text=$(eflow-wizard "$@" --help); then
    echo "make-manpage.sh: warning: \"eflow-wizard $* --help\" failed; its section is left out" >&2
    return 0
  fi
  printf '.SS "%s"\n.nf\n' "$(printf '%s' "eflow-wizard $*" | escape)"
  printf '%s\n' "$text" | escape
  printf '.fi\n'
}

# The commands are the ones --help names ("Commands (eflow-wizard COMMAND --help for each): a, b, …"), and
# a command's actions with a --help of their own are the ones its help names ("eflow-wizard fleet run --help").
commands=$(eflow-wizard --help | sed -n 's/^Commands ([^)]*): //p' | tr -d ' ' | tr ',' ' ')
if [ -z "$commands" ]; then
  echo "make-manpage.sh: eflow-wizard --help names no commands (no \"Commands (…): …\" line)" >&2
  exit 1
fi
{
  echo '[COMMANDS]'
  echo 'Each command prints this with \fBeflow\-wizard\fR \fICOMMAND\fR \fB\-\-help\fR.'
  for command in $commands; do
    section "$command"
    for action in $(eflow-wizard "$command" --help 2>/dev/null |
      grep -o "eflow-wizard $command [a-z][a-z-]* --help" | awk '{ print $3 }' | sort -u); do
      section "$command" "$action"
    done
  done
} >"$work/commands.h2m"

help2man --no-info --section 1 --source "eflow-wizard" --manual "User Commands" \
  --include "$work/commands.h2m" --include "$include" --output "$work/eflow-wizard.1" eflow-wizard
gzip -9n -c "$work/eflow-wizard.1" >"$output.tmp"
mv "$output.tmp" "$output"

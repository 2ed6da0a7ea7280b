#!/usr/bin/env bash
# The house's size rules (design.md, the developers' brief): no source file in app/, ui/ or engine/ over
# 700 lines, no function over 120. A function is a block that opens with "{" alone at column 0 and
# closes with "}" alone at column 0 (clang-format puts every function body there; classes end "};").
# Prints each offender and exits 1 when there is one; run from anywhere.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
max_file=700
max_function=120
status=0
while IFS= read -r f; do
  lines=$(wc -l <"$f")
  if [ "$lines" -gt "$max_file" ]; then
    echo "$f: $lines lines (at most $max_file)"
    status=1
  fi
  if ! awk -v file="$f" -v max="$max_function" '
    /^\{$/ { start = FNR; name = prev; next }
    /^\}$/ { if (start) { n = FNR - start - 1; if (n > max) { printf "%s:%d: %s: %d lines (at most %d)\n", file, start, name, n, max; bad = 1 } start = 0 } }
    { if ($0 !~ /^[ \t]*$/) prev = $0 }
    END { exit bad }' "$f"; then
    status=1
  fi
done < <(git ls-files -co --exclude-standard -- 'app/*.cpp' 'app/*.h' 'ui/*.cpp' 'ui/*.h' 'engine/*.cpp' 'engine/*.h' | sort)
if [ "$status" -eq 0 ]; then echo "shape: every file and function within the limits"; fi
exit "$status"

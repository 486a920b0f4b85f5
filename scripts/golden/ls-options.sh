#!/usr/bin/env bash
# Records tests/golden/ls-options/ with this machine's GNU ls (coreutils 9.1; the layout code — calculate_columns,
# print_many_per_line, print_horizontal, print_with_separator, the -s and -p/-F/--indicator-style frills — is as in
# 8.32, Rocky 9.5's): each case of cases.txt runs over the directory setup.sh makes, into a file, with
# LANG=C.UTF-8 and the case's variables, no LS_COLORS and no TERM. The simulator's side:
# tests/unit/sim/guest/ls-options.test.ts.
#   scripts/golden/ls-options.sh
umask 022
set -euo pipefail
dir="$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/ls-options"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && bash "$dir/setup.sh")
while IFS='|' read -r name vars args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  read -ra v <<< "$vars"
  eval "set -- $args"
  (cd "$work" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "${v[@]}" ls "$@" > "$dir/$name.out" 2> "$dir/$name.err" || echo "$?" > "$dir/$name.status")
  [ -s "$dir/$name.err" ] || rm -f "$dir/$name.err"
done < "$dir/cases.txt"

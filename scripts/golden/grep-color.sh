#!/usr/bin/env bash
# Records tests/golden/grep-color/ with this machine's GNU grep (3.8; print_line_head, print_line_middle,
# print_line_tail, prline, parse_grep_colors and the SGR strings are as in 3.6, Rocky 9.5's): each case of
# cases.txt, run in that folder into a file (so --color=auto colours nothing), with LANG=C.UTF-8 and
# TERM=xterm-256color besides the case's variables. Only standard output is kept (3.8 warns on stderr about
# egrep, fgrep and GREP_COLOR, which 3.6 does not). A case whose arguments start with egrep or fgrep runs
# `grep -E` / `grep -F` (3.6's egrep and fgrep are scripts that exec those). The simulator's side:
# tests/unit/sim/guest/grep-color.test.ts.
#   scripts/golden/grep-color.sh
set -euo pipefail
dir="$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/grep-color"
cd "$dir"
while IFS='|' read -r name vars args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  case "$args" in egrep\ *) args="-E ${args#egrep }";; fgrep\ *) args="-F ${args#fgrep }";; esac
  read -ra v <<< "$vars"
  # `< FILE` at the end: standard input is that file
  input=/dev/null
  [[ "$args" == *" < "* ]] && { input=${args##* < }; args=${args% < *}; }
  eval "set -- $args"
  env -i PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=xterm-256color "${v[@]}" grep "$@" < "$input" > "$name.out" 2>/dev/null || true
done < cases.txt

#!/usr/bin/env bash
# Records tests/golden/ls-color/ with this machine's GNU ls (coreutils 9.1; its colour code — parse_ls_color,
# get_color_indicator, print_name_with_quoting, put_indicator — is the same as 8.32's, Rocky 9.5's): each case of
# cases.txt runs over the directory setup.sh makes (plus a socket t/sock), into a file, with LANG=C.UTF-8,
# TERM=xterm-256color and Rocky's LS_COLORS (tests/golden/etc/dircolors-sh-xterm-256color.txt) unless the case
# gives its own (`-`: no LS_COLORS). A case whose arguments start with dir or vdir runs that program.
# The simulator's side: tests/unit/sim/guest/ls-color.test.ts.
#   scripts/golden/ls-color.sh
umask 022
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/ls-color"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rocky=$(sed -n "s/^LS_COLORS='\(.*\)';$/\1/p" "$root/tests/golden/etc/dircolors-sh-xterm-256color.txt")
(cd "$work" && bash "$dir/setup.sh" && python3 -c "import socket; socket.socket(socket.AF_UNIX).bind('t/sock')")
while IFS='|' read -r name vars args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  env=(TERM=xterm-256color "LS_COLORS=$rocky")
  if [[ "$vars" == -* ]]; then env=(TERM=xterm-256color); vars=${vars#-}; elif [ -n "$vars" ]; then env=(TERM=xterm-256color); fi
  prog=ls
  case "$args" in dir\ *|vdir\ *) prog=${args%% *}; args=${args#* };; esac
  # shellcheck disable=SC2086
  (cd "$work" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "${env[@]}" $vars $prog $args > "$dir/$name.out" 2> "$dir/$name.err" || true)
  [ -s "$dir/$name.err" ] || rm -f "$dir/$name.err"
done < "$dir/cases.txt"

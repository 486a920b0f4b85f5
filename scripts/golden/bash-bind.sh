#!/usr/bin/env bash
# Writes src/sim/shell/builtins/bind/data.ts: what `bind -p` and `bind -v` print in an interactive bash in emacs
# mode with readline's own defaults (INPUTRC=/dev/null, TERM=xterm-256color, C.UTF-8), recorded from the host's
# bash 5.2 / readline 8.2 and taken back to bash 5.1 / readline 8.1 by their sources (git diff bash-5.1 bash-5.2):
# funmap.c's fetch-history and vi-undo, bashline.c's spell-correct-word (C-x s) and vi-edit-and-execute-command,
# readline.c's Page Up/Down history-search bindings and bind.c's enable-active-region are 8.2's and left out.
# `bind -P`, `-q`, `-l` and `-V` are built from these texts by run.ts as rl_function_dumper and bind.def do.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf 'bind -p > p.txt\nbind -v > v.txt\nexit\n' > "$work/typed"
(cd "$work" && env -i HOME="$work" PATH=/usr/bin:/bin LC_ALL=C.UTF-8 TERM=xterm-256color INPUTRC=/dev/null \
  script -qec "bash --norc --noprofile -i" /dev/null < typed > /dev/null)
sed -i -e '/^# fetch-history (not bound)$/d' -e '/^# vi-undo (not bound)$/d' -e '/spell-correct-word$/d' \
  -e '/^# vi-edit-and-execute-command (not bound)$/d' \
  -e 's/^"\\e\[5~": \(history-search-backward\)$/# \1 (not bound)/' -e 's/^"\\e\[6~": \(history-search-forward\)$/# \1 (not bound)/' "$work/p.txt"
sed -i -e '/^set enable-active-region /d' -e '/^set history-size /d' "$work/v.txt"
{
  echo "// bind -p and bind -v of bash 5.1 / readline 8.1 in emacs mode (readline's defaults). Written by"
  echo "// scripts/golden/bash-bind.sh; history-size comes from HISTSIZE when printed."
  printf 'export const BINDINGS = %s;\n' "$(node -e 'console.log(JSON.stringify(require("fs").readFileSync(process.argv[1], "utf8")))' "$work/p.txt")"
  printf 'export const VARIABLES = %s;\n' "$(node -e 'console.log(JSON.stringify(require("fs").readFileSync(process.argv[1], "utf8")))' "$work/v.txt")"
} > "$root/src/sim/shell/builtins/bind/data.ts"
echo "wrote src/sim/shell/builtins/bind/data.ts"

#!/usr/bin/env bash
# Records tests/golden/tree-color/ with tree 1.8.0 (Rocky 9.5 ships tree-1.8.0-10.el9) built from its tag
# (github.com/Old-Man-Programmer/tree, tag 1.8.0): each case of cases.txt runs over the directory setup.sh makes,
# with LANG=C.UTF-8, TERM=xterm (unless the environment field is `-`, for no TERM) and the case's variables.
# The simulator's side: tests/unit/sim/guest/tree-color.test.ts.
#   scripts/golden/tree-color.sh <tree git dir>
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/tree-color"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
git --git-dir="$1" archive --prefix=src/ 1.8.0 | tar -x -C "$work"
make -s -C "$work/src" >/dev/null
(cd "$work" && bash "$dir/setup.sh")
while IFS='|' read -r name vars args; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  term=(TERM=xterm)
  [ "$vars" = - ] && { term=(); vars=; }
  # shellcheck disable=SC2086
  (cd "$work" && env -i PATH=/usr/bin:/bin LANG=C.UTF-8 "${term[@]}" $vars "$work/src/tree" $args > "$dir/$name.out")
done < "$dir/cases.txt"

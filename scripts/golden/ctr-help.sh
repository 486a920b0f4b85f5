#!/bin/bash
# Records ctr's help texts: `ctr --help`, `ctr help`, and `ctr PATH --help` for every command and
# sub-command (walking the COMMANDS sections), plus the unknown-topic answers with their exit status.
# Usage: scripts/golden/ctr-help.sh [CTR-BINARY] [OUT-DIR]   (default: ctr, tests/golden/ctr/<version>)
# Needs no running daemon: help never dials containerd. For 1.7.24, build ctr first with scripts/golden/ctr-build.sh.
set -u
CTR=${1:-ctr}
VER=$("$CTR" --version | awk '{print $3}')
OUT=${2:-$(dirname "$0")/../../tests/golden/ctr/$VER}
mkdir -p "$OUT"
rec() { # name, args...
  local name=$1; shift
  "$CTR" "$@" >"$OUT/$name.out" 2>"$OUT/$name.err"; echo $? >"$OUT/$name.rc"
}
rec root-help --help
rec root-h -h
rec root-bare
rec help help
rec unknown bogus
rec help-unknown help bogus
rec images-unknown images bogus
# urfave's Incorrect Usage: at the root and in a command with sub-commands ("."), in a command (":")
rec usage-root --bogus
rec usage-needs-value -n
rec usage-images images --bogus
rec usage-images-list images ls -q --bogus=1
rec usage-syntax images ls ---x
rec usage-in-order tasks exec --help x
walk() { # command path words...
  local path=("$@") name
  name=$(IFS=_; echo "${path[*]}")
  rec "$name" "${path[@]}" --help
  # `ctr help X` (first level only: the app's help command reads one topic)
  [ ${#path[@]} = 1 ] && rec "help_$name" help "${path[@]}"
  # `ctr X help`: a command with sub-commands answers as an app of its own
  grep -q '^COMMANDS:' "$OUT/$name.out" && rec "${name}_help" "${path[@]}" help
  # sub-commands: first name of each row in the COMMANDS section
  sed -n '/^COMMANDS:/,/^$/p' "$OUT/$name.out" | sed '1d' | awk 'NF{print $1}' | tr -d ',' | while read -r sub; do
    [ "$sub" = help ] && continue
    walk "${path[@]}" "$sub"
  done
}
sed -n '/^COMMANDS:/,/^$/p' "$OUT/root-help.out" | sed '1d' | awk 'NF{print $1}' | tr -d ',' | while read -r c; do
  [ "$c" = help ] && continue
  walk "$c"
done
rec images_help_list images help ls
rec images_bare images
rec images_h images h
rec help_i help i

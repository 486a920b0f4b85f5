#!/usr/bin/env bash
# Records tests/golden/parted/ from Debian 12's parted 3.5 (Rocky 9.5 ships parted-3.5-2.el9, the same release)
# on 100M image files, as root in /root/pt (made and removed here: parted prints the path, and wraps its warnings
# at 80 columns on a terminal, so the directory is the guest's own rather than a renamed temporary one). `s` cases run the bash line with
# standard input /dev/null; `i` cases run it on a terminal (script(1)) and type the answers (`;` between them),
# keeping the terminal's text with its carriage returns, parted's line wipes and readline's bracketed-paste
# switches taken out. The simulator's side: tests/unit/sim/guest/parted-golden.test.ts.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/parted"
work=/root/pt
[ ! -e "$work" ] || { echo "$work exists" >&2; exit 2; }
mkdir "$work"
trap 'rm -rf "$work"' EXIT
while IFS='|' read -r name mode line answers; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dir/$name"
  rm -rf "$out" "$work"/* && mkdir -p "$out"
  printf '%s|%s|%s\n' "$mode" "$line" "$answers" > "$out/cmd"
  set +e
  if [ "$mode" = s ]; then
    (cd "$work" && env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 TERM=dumb bash --norc --noprofile -c "$line" >"$out/stdout" 2>"$out/stderr" </dev/null)
    echo $? > "$out/status"
  else
    (sleep 1; IFS=';' read -ra typed <<< "$answers"; for a in "${typed[@]}"; do printf '%s\n' "$a"; sleep 0.5; done; sleep 0.5) | \
      (cd "$work" && env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C.UTF-8 TERM=dumb script -qec "bash --norc --noprofile -c '$line'" /dev/null) >"$out/stdout" 2>/dev/null
    echo $? > "$out/status"
    : > "$out/stderr"
    sed -i -e 's/\r *\r//g' -e 's/\x1b\[?2004[hl]//g' -e 's/\r$//' -e 's/\r//g' "$out/stdout"
  fi
  set -e
done < "$dir/cases.txt"
echo "recorded $(grep -cv '^#' "$dir/cases.txt") parted cases"

#!/usr/bin/env bash
# Records tests/golden/complete/: the `complete` builtin's specifications as `complete -p` prints them (format
# and the order of bash's progcomp hash table), -r, and its errors. Each case of cases.txt (`name|bash line`) runs
# (bash 5.2 has 512 buckets where 5.1 has 256: the order cases use names whose bucket is the same with either)
# in `bash --norc --noprofile -c` (this machine's bash; complete.def's printing and pcomplib's table are the same
# in 5.1), standard input /dev/null; stdout, stderr and status are kept.
# The simulator's side: tests/unit/sim/shell/complete-spec.test.ts.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/complete"
while IFS='|' read -r name line; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dir/$name"
  rm -rf "$out" && mkdir -p "$out"
  printf '%s\n' "$line" > "$out/cmd"
  set +e
  env -i HOME=/root PATH=/usr/bin:/bin LC_ALL=C bash --norc --noprofile -c "$line" >"$out/stdout" 2>"$out/stderr" </dev/null
  echo $? > "$out/status"
  set -e
done < "$dir/cases.txt"

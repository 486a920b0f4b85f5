#!/usr/bin/env bash
# Records arping and clockdiff of iputils 20210202 (Rocky 9.5's version; Debian ships another) from binaries built
# by hand from the tag, whose directory is the argument: tests/golden/iputils/<case>/{cmd,stdout,stderr,status} for
# each line of cases.txt, run as an unprivileged user (nobody, when run as root), LC_ALL=C.UTF-8. The cases stop
# before any socket is opened. Replayed by tests/unit/sim/guest/arping-clockdiff.test.ts.
set -euo pipefail
bin=$(cd "${1:?usage: record-iputils.sh DIR-WITH-arping-AND-clockdiff}" && pwd)
dir="$(cd "$(dirname "$0")/../../tests/golden/iputils" && pwd)"
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
cp "$bin/arping" "$bin/clockdiff" "$work/"
as=()
[ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
n=0
while IFS='|' read -r name cmd; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dir/$name"
  mkdir -p "$out"
  printf '%s\n' "$cmd" > "$out/cmd"
  set +e
  (cd "$work" && env -i HOME="$work" PATH="$work:/usr/bin:/bin" LC_ALL=C.UTF-8 "${as[@]}" bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
  echo $? > "$out/status"
  set -e
  n=$((n + 1))
done < "$dir/cases.txt"
echo "recorded $n iputils cases"

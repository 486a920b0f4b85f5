#!/usr/bin/env bash
# Records procps-ng 3.3.17's own slabtop and tload (built by hand from the v3.3.17 tag; its build directory is the
# argument) for each line of tests/golden/procps/cases-3.3.17.txt: <case>/{cmd,stdout,stderr,status}, as an
# unprivileged user (nobody when run as root), LC_ALL=C.UTF-8. Replayed with the other procps cases by
# tests/unit/sim/guest/procps-tools.test.ts.
set -euo pipefail
bin=$(cd "${1:?usage: record-procps-build.sh PROCPS-3.3.17-BUILD-DIR}" && pwd)
"$bin/slabtop" -V | grep -q 'procps-ng 3.3.17' || { echo "not procps-ng 3.3.17" >&2; exit 1; }
dir="$(cd "$(dirname "$0")/../../tests/golden/procps" && pwd)"
work=$(mktemp -d)
chmod 755 "$work"
trap 'rm -rf "$work"' EXIT
# a libtool build keeps the programs in .libs (the wrappers would show their path as argv[0]) and the library in
# proc/.libs
path="$bin" lib=
[ -d "$bin/.libs" ] && path="$bin/.libs" lib="$bin/proc/.libs"
as=()
[ "$(id -u)" = 0 ] && as=(setpriv --reuid=65534 --regid=65534 --clear-groups)
n=0
while IFS='|' read -r name cmd; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dir/$name"
  mkdir -p "$out"
  printf '%s\n' "$cmd" > "$out/cmd"
  set +e
  (cd "$work" && env -i HOME="$work" PATH="$path:/usr/bin:/bin" LD_LIBRARY_PATH="$lib" LC_ALL=C.UTF-8 TERM=dumb "${as[@]}" bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
  echo $? > "$out/status"
  set -e
  n=$((n + 1))
done < "$dir/cases-3.3.17.txt"
echo "recorded $n procps-ng 3.3.17 cases"

#!/usr/bin/env bash
# Records tload of procps-ng 3.3.17 (built by hand from the v3.3.17 tag; its build directory is the argument) into a
# file for 12 s (three screens of 25 rows of 80: no terminal) over each /proc/loadavg text of
# tests/golden/procps/tload-screen/cases (`loadavg|options`), the text bound over /proc/loadavg in a private mount
# namespace: N.out. Needs root (mount). Compared by tests/unit/sim/guest/slabtop-tload.test.ts.
set -euo pipefail
bin=$(cd "${1:?usage: record-tload.sh PROCPS-3.3.17-BUILD-DIR}" && pwd)
prog="$bin/tload" lib=
[ -d "$bin/.libs" ] && prog="$bin/.libs/tload" lib="$bin/proc/.libs"
dir="$(cd "$(dirname "$0")/../../tests/golden/procps/tload-screen" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
n=0
while IFS='|' read -r la opts; do
  n=$((n + 1))
  echo "$la" > "$work/loadavg"
  unshare -m sh -c "mount --bind '$work/loadavg' /proc/loadavg && cd '$work' && LD_LIBRARY_PATH='$lib' timeout 12 '$prog' $opts > '$dir/$n.out'" || [ $? = 124 ]
done < "$dir/cases"
echo "recorded $n tload screens"

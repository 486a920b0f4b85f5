#!/usr/bin/env bash
# Records what this machine's prtstat (Debian's psmisc 23.6, whose prtstat.c is 23.4's) prints for each line of
# tests/golden/psmisc/prtstat-format/stat-lines, bound over a sleeping process's /proc/PID/stat in a private mount
# namespace: N.pid (the PID asked for), N.out (`prtstat PID`) and N.raw (`prtstat -r PID`). Needs root (mount).
# Compared by tests/unit/sim/guest/prtstat-peekfd.test.ts against prtstat's format().
set -euo pipefail
dir="$(cd "$(dirname "$0")/../../tests/golden/psmisc/prtstat-format" && pwd)"
work=$(mktemp -d)
sleep 600 &
pid=$!
trap 'kill $pid; rm -rf "$work"' EXIT
n=0
while IFS= read -r line; do
  n=$((n + 1))
  printf '%s\n' "$line" > "$work/stat"
  echo "$pid" > "$dir/$n.pid"
  unshare -m sh -c "mount --bind '$work/stat' /proc/$pid/stat && LC_ALL=C.UTF-8 prtstat $pid > '$dir/$n.out' && LC_ALL=C.UTF-8 prtstat -r $pid > '$dir/$n.raw'"
done < "$dir/stat-lines"
echo "recorded $n prtstat cases"

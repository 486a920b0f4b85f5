#!/usr/bin/env bash
# Records what slabtop of procps-ng 3.3.17 (built by hand from the v3.3.17 tag; its build directory is the argument)
# prints for `slabtop -o -s KEY`, each sort key, over one frozen copy of /proc/slabinfo bound over the file in a
# private mount namespace: tests/golden/procps/slabtop-format/{slabinfo,stdout-KEY}. Needs root (/proc/slabinfo is
# mode 0400, mount) and tmux. Compared by tests/unit/sim/guest/slabtop-tload.test.ts against procps/slabtop/format.ts.
set -euo pipefail
bin=$(cd "${1:?usage: record-slabtop.sh PROCPS-3.3.17-BUILD-DIR}" && pwd)
prog="$bin/slabtop" lib=
[ -d "$bin/.libs" ] && prog="$bin/.libs/slabtop" lib="$bin/proc/.libs"
"$bin/slabtop" -V | grep -q 'procps-ng 3.3.17' || { echo "not procps-ng 3.3.17's slabtop" >&2; exit 1; }
out="$(cd "$(dirname "$0")/../../tests/golden/procps" && pwd)/slabtop-format"
mkdir -p "$out"
rm -f "$out"/stdout*
cp /proc/slabinfo "$out/slabinfo"
chmod 644 "$out/slabinfo"
for k in a b c l v n o p s u; do
  unshare -m sh -c "mount --bind '$out/slabinfo' /proc/slabinfo && LC_ALL=C.UTF-8 LD_LIBRARY_PATH='$lib' '$prog' -o -s $k" > "$out/stdout-$k"
done
# the full screen on an 80x24 terminal (tmux), sorted by objects: stdout-screen (tmux trims the rows' spaces)
tmux new-session -d -s record-slabtop -x 80 -y 24 "unshare -m sh -c \"mount --bind '$out/slabinfo' /proc/slabinfo && TERM=xterm LD_LIBRARY_PATH='${lib:-}' '$prog' -d 30\""
sleep 2
tmux capture-pane -t record-slabtop -p > "$out/stdout-screen"
tmux send-keys -t record-slabtop q
sleep 1
tmux kill-session -t record-slabtop 2>/dev/null || true

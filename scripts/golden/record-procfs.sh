#!/usr/bin/env bash
# Records the fixed texts of this machine's /proc that the guests' /proc (src/sim/commands/lib/procfs) prints the
# same way on Linux 5.14: the header lines of net/route, partitions and swaps, and the order of the keys of
# PID/status (this kernel prints more keys than the guest models; the test checks the guest's keep this order).
# Written to tests/golden/procfs/, compared by tests/unit/sim/guest/procfs.test.ts.
set -euo pipefail
out="$(dirname "$0")/../../tests/golden/procfs"
mkdir -p "$out"
head -1 /proc/net/route > "$out/route-header"
head -2 /proc/partitions > "$out/partitions-header"
head -1 /proc/swaps > "$out/swaps-header"
grep -o '^[A-Za-z_]*:' /proc/self/status | tr -d ':' > "$out/status-keys"

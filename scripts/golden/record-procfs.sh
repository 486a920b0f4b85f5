#!/usr/bin/env bash
# Records the fixed texts of this machine's /proc that the guests' /proc (src/sim/commands/lib/procfs) prints the
# same way on Linux 5.14: the header lines of net/route, partitions and swaps, and the order of the keys of
# PID/status (this kernel prints more keys than the guest models; the test checks the guest's keep this order).
# Also the layout of PID/limits, PID/io and PID/stat, and the headers of net/dev, tcp, tcp6, udp, udp6.
# Written to tests/golden/procfs/, compared by tests/unit/sim/guest/procfs.test.ts.
set -euo pipefail
out="$(dirname "$0")/../../tests/golden/procfs"
mkdir -p "$out"
head -1 /proc/net/route > "$out/route-header"
head -2 /proc/partitions > "$out/partitions-header"
head -1 /proc/swaps > "$out/swaps-header"
grep -o '^[A-Za-z_]*:' /proc/self/status | tr -d ':' > "$out/status-keys"
# the header lines of net/dev, tcp, tcp6, udp and udp6 (tcp's and udp's padded as seq_pad leaves them)
head -2 /proc/net/dev > "$out/netdev-header"
for f in tcp tcp6 udp udp6; do head -1 "/proc/net/$f" > "$out/$f-header"; done
# PID/limits without its values (the names, padded, and the units), PID/io's keys, and how many fields PID/stat has
sed -E 's/^(.{26})(.{21})(.{21})/\1|\2|\3|/' /proc/self/limits | awk -F'|' '{print $1 "|" $4}' > "$out/limits-layout"
cut -d: -f1 /proc/self/io > "$out/io-keys"
wc -w < /proc/self/stat > "$out/stat-fields"
# slabinfo's two header lines (mm/slab_common.c print_slabinfo_header, the same in 5.14); the caches' geometry is
# read by scripts/golden/slab-caches.ts (needs root: /proc/slabinfo is mode 0400)
head -2 /proc/slabinfo > "$out/slabinfo-header"

#!/usr/bin/env bash
# Records the attribute files of the loopback interface in this machine's /sys/class/net/lo (net/core/net-sysfs.c;
# loopback's values do not depend on the machine) into tests/golden/sysfs/lo.txt, one `name=value` a line, the
# files that fail to read (duplex, speed: EINVAL on lo) as `name!errno text`. The guests' /sys (src/sim/commands/lib
# /sysfs) is compared with it by tests/unit/sim/guest/sysfs.test.ts for the files it models; the names of the
# statistics/ counters into statistics.txt.
set -euo pipefail
out="$(dirname "$0")/../../tests/golden/sysfs/lo.txt"
mkdir -p "$(dirname "$out")"
: > "$out"
for f in addr_assign_type addr_len address broadcast carrier dev_id dev_port duplex flags ifindex iflink mtu name_assign_type operstate speed tx_queue_len type; do
  if v=$(cat "/sys/class/net/lo/$f" 2>/tmp/sysfs-err); then echo "$f=$v" >> "$out"
  else echo "$f!$(sed 's/.*: //' /tmp/sysfs-err)" >> "$out"; fi
done
# the counter files of an interface's statistics/ group (net-sysfs.c netstat_attrs)
ls /sys/class/net/lo/statistics > "$(dirname "$out")/statistics.txt"

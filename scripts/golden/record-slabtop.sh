#!/usr/bin/env bash
# Records what this machine's slabtop prints for `slabtop -o -s n` over a frozen copy of /proc/slabinfo (bound over
# the file in a private mount namespace, so both are the same snapshot): tests/golden/procps/slabtop-format/
# {slabinfo,stdout}. Debian's procps-ng 4.0.2 lays out -o as 3.3.17's slabtop.c does; only the name order is
# compared (4.0.2 sorts ties otherwise). Needs root (/proc/slabinfo is mode 0400, mount). Compared by
# tests/unit/sim/guest/slabtop-tload.test.ts against src/sim/commands/procps/slabtop/format.ts.
set -euo pipefail
out="$(dirname "$0")/../../tests/golden/procps/slabtop-format"
mkdir -p "$out"
cp /proc/slabinfo "$out/slabinfo"
chmod 644 "$out/slabinfo"
unshare -m sh -c "mount --bind '$out/slabinfo' /proc/slabinfo && LC_ALL=C.UTF-8 slabtop -o -s n" > "$out/stdout"

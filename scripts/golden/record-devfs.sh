#!/usr/bin/env bash
# Records `ls -l` of the /dev nodes this machine shares with the guests' /dev (src/sim/commands/lib/devfs): the
# memory devices, the terminals and consoles, the links into /proc; dates and the size column's padding are
# normalised (mode, links, owner, group, `major, minor` or link target, name). Written to tests/golden/devfs/,
# compared by tests/unit/sim/guest/devfs.test.ts; the whole listing is kept beside it for reference.
set -euo pipefail
out="$(cd "$(dirname "$0")/../../tests/golden" && pwd)/devfs"
mkdir -p "$out"
norm() { sed -E 's/^([^ ]+) +([0-9]+) +([^ ]+) +([^ ]+) +([0-9]+,) +([0-9]+) +[A-Z][a-z]{2} +[0-9]+ +[0-9:]+ /\1 \2 \3 \4 \5 \6 /; s/^(l[^ ]+) +([0-9]+) +([^ ]+) +([^ ]+) +[0-9]+ +[A-Z][a-z]{2} +[0-9]+ +[0-9:]+ /\1 \2 \3 \4 /; s/^([^ ]+)\. /\1 /'; }
cd /dev
ls -l null zero full random urandom kmsg tty console ptmx stdin stdout stderr fd $(printf 'tty%d ' $(seq 0 63)) | norm > "$out/shared.txt"
ls -l /dev | sed -E 's/ [A-Z][a-z]{2} +[0-9]+ +[0-9:]+ / MMM DD HH:MM /' > "$out/host-ls-l.txt"

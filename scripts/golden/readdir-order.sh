#!/usr/bin/env bash
# Records tests/golden/readdir/ : the order in which ls -U, find, cp -rv, rm -rv, chmod -Rv, chown -Rv and tar cv
# take a directory's entries on XFS (the box's root file system), each case of cases.txt (`name|bash line`) run as
# root in an empty directory of a new XFS file system (mkfs.xfs defaults on a 300 MiB image, loop-mounted), with
# standard input /dev/null. stdout, stderr and status are kept. Needs root (mount).
# The simulator's side: tests/unit/sim/guest/readdir-order.test.ts.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/readdir"
work=$(mktemp -d)
trap 'umount "$work/mnt" 2>/dev/null || true; rm -rf "$work"' EXIT
truncate -s 300M "$work/xfs.img"
mkfs.xfs -q -f "$work/xfs.img"
mkdir "$work/mnt"
mount -o loop "$work/xfs.img" "$work/mnt"
n=0
while IFS='|' read -r name line; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  n=$((n + 1))
  out="$dir/$name"
  rm -rf "$out" && mkdir -p "$out" "$work/mnt/$n"
  printf '%s\n' "$line" > "$out/cmd"
  set +e
  (cd "$work/mnt/$n" && env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LC_ALL=C TERM=dumb TZ=UTC \
    bash --norc --noprofile -c "$line" >"$out/stdout" 2>"$out/stderr" </dev/null)
  echo $? > "$out/status"
  set -e
done < "$dir/cases.txt"

#!/usr/bin/env bash
# Records tests/golden/xfsprogs/ from xfsprogs 6.4.0 built here, as Rocky 9.5 ships it (xfsprogs-6.4.0-4.el9):
# the v6.4.0 tag of xfsprogs-dev with Rocky's xfsprogs-rhelonly-mkfs-tolerate-tiny-filesystems.patch applied
# (the file systems under 300 MiB, with one AG or a log under 64 MiB, are made with warnings instead of refused),
# built with `make configure && ./configure --enable-blkid=yes --enable-lto=no && make` (assertions on, as the
# package's default DEBUG leaves them). Its other patches touch xfs_repair, xfs_db internals, xfs_fsr and man pages.
# XFSPROGS=<built tree> scripts/golden/xfsprogs.sh, as root (cases mount loop devices; /dev/loop0 must be free):
# each case is a bash line run in /root/xfs with the built mkfs.xfs, xfs_db, xfs_io, xfs_repair, xfs_spaceman, xfs_growfs and
# the xfs_info and xfs_admin scripts first in PATH (Debian's /bin/sh is dash: no case prints a getopts error). The simulator's side: tests/unit/sim/guest/xfsprogs-golden.test.ts.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/xfsprogs"
src=${XFSPROGS:?set XFSPROGS to the built xfsprogs 6.4.0 tree}
"$src/mkfs/mkfs.xfs" -V | grep -qx 'mkfs.xfs version 6.4.0'
[ "$(losetup -f)" = /dev/loop0 ] || { echo "/dev/loop0 is in use" >&2; exit 2; }
work=/root/xfs
bin=$(mktemp -d)
[ ! -e "$work" ] || { echo "$work exists" >&2; exit 2; }
mkdir "$work"
cleanup() { umount "$work/mnt" 2>/dev/null || true; rm -rf "$work" "$bin"; }
trap cleanup EXIT
ln -s "$src/mkfs/mkfs.xfs" "$src/db/xfs_db" "$src/io/xfs_io" "$src/repair/xfs_repair" "$src/spaceman/xfs_spaceman" "$src/growfs/xfs_growfs" "$bin/"
install -m 755 "$src/spaceman/xfs_info.sh" "$bin/xfs_info"
install -m 755 "$src/db/xfs_admin.sh" "$bin/xfs_admin"
while IFS='|' read -r name line; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dir/$name"
  umount "$work/mnt" 2>/dev/null || true
  rm -rf "$out" "$work"/* && mkdir -p "$out"
  printf '%s\n' "$line" > "$out/cmd"
  set +e
  (cd "$work" && env -i HOME=/root PATH="$bin:/usr/sbin:/usr/bin:/sbin:/bin" LC_ALL=C.UTF-8 TERM=dumb bash --norc --noprofile -c "$line" >"$out/stdout" 2>"$out/stderr" </dev/null)
  echo $? > "$out/status"
  set -e
done < "$dir/cases.txt"
echo "recorded $(grep -cv '^#' "$dir/cases.txt") xfsprogs cases"

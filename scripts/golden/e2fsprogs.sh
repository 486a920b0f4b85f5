#!/usr/bin/env bash
# Records tests/golden/e2fsprogs/ from e2fsprogs 1.46.5 (Rocky 9.5 ships e2fsprogs-1.46.5) built from its v1.46.5
# tag with upstream misc/mke2fs.conf, run on image files in an empty directory: mke2fs, e2fsck (and fsck.ext4),
# tune2fs, e2label, dumpe2fs and resize2fs. Each case of cases.txt (`name|bash line`) runs with standard input
# /dev/null; stdout, stderr and status are kept. Normalised: the file system UUID and hash seed (given with -U and
# -E hash_seed, the rest replaced), the superblock checksum, and the dates (E2FSPROGS_FAKE_TIME fixes them).
# The fsck front end is util-linux 2.37.4's (Rocky 9.5's util-linux), built from its v2.37.4 tag; the cases run it
# on $PWD/a.img (fsck takes only words starting with "/" as devices), so the directory is normalised to /WORK, and
# the checkers' directory in -N's line to /usr/sbin, where Rocky has them.
#   scripts/golden/e2fsprogs.sh <e2fsprogs build dir> <util-linux build dir>
# The builds: git archive v1.46.5 of https://github.com/tytso/e2fsprogs, ./configure --disable-nls, make; git
# archive v2.37.4 of https://github.com/util-linux/util-linux, ./autogen.sh, ./configure --disable-nls
# --disable-all-programs --enable-libblkid --enable-libmount --enable-libuuid --enable-libsmartcols --enable-fsck,
# make fsck.
# The simulator's side: tests/unit/sim/guest/e2fsprogs-golden.test.ts.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?usage: e2fsprogs.sh <e2fsprogs build dir> <util-linux build dir>}
ul=${2:?usage: e2fsprogs.sh <e2fsprogs build dir> <util-linux build dir>}
dir="$root/tests/golden/e2fsprogs"
work=$(mktemp -d)
bin=$(mktemp -d)
trap 'rm -rf "$work" "$bin"' EXIT
for p in mke2fs mkfs.ext2 mkfs.ext3 mkfs.ext4; do ln -s "$build/misc/mke2fs" "$bin/$p"; done
for p in e2fsck fsck.ext2 fsck.ext3 fsck.ext4; do ln -s "$build/e2fsck/e2fsck" "$bin/$p"; done
for p in tune2fs e2label; do ln -s "$build/misc/tune2fs" "$bin/$p"; done
ln -s "$build/misc/dumpe2fs" "$bin/dumpe2fs"
ln -s "$build/resize/resize2fs" "$bin/resize2fs"
ln -s "$ul/.libs/fsck" "$bin/fsck"
while IFS='|' read -r name line; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dir/$name"
  rm -rf "$out" "$work"/* && mkdir -p "$out"
  printf '%s\n' "$line" > "$out/cmd"
  set +e
  (cd "$work" && env -i HOME=/root PATH="$bin:/usr/sbin:/usr/bin:/sbin:/bin" LC_ALL=C TERM=dumb TZ=UTC LD_LIBRARY_PATH="$ul/.libs" \
    MKE2FS_CONFIG="$build/misc/mke2fs.conf" E2FSPROGS_FAKE_TIME=1765000000 \
    bash --norc --noprofile -c "$line" >"$out/stdout" 2>"$out/stderr" </dev/null)
  echo $? > "$out/status"
  set -e
  sed -i -E -e 's/^(Checksum: +)0x[0-9a-f]{8}$/\10xCHECKSUM/' -e "s#$bin/#/usr/sbin/#g" -e "s#$work#/WORK#g" "$out/stdout" "$out/stderr"
done < "$dir/cases.txt"
echo "recorded $(grep -cv '^#' "$dir/cases.txt") e2fsprogs cases"

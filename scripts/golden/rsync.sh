#!/usr/bin/env bash
# Re-records tests/golden/rsync/ from rsync 3.2.3 itself (Rocky 9.5 ships rsync-3.2.3; Debian's is newer and
# prints differently, see src/sim/commands/rsync/DIFFERENCES.md): the tag v3.2.3 of RsyncProject/rsync built
# with xxhash, zstd and lz4 (apt-get install libxxhash-dev libzstd-dev liblz4-dev), or RSYNC=/path/to/rsync.
#   scripts/golden/rsync.sh [path-to-rsync-3.2.3-source]
# Each case of cases.txt (`name|command`) runs as an unprivileged user in a fresh copy of the fixture tree
# (files/, its times set to @1765000000), with stdout and stderr to files; the simulator's side is
# tests/unit/sim/rsync/golden.test.ts. ONLY='pattern' re-records only the cases whose name matches (a bash
# pattern): on a busy machine a run may take over a second or get 3.2.3's 4-byte variant; record again then.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
dir="$root/tests/golden/rsync"
if [ -z "${RSYNC:-}" ]; then
  src=${1:?usage: rsync.sh <rsync-3.2.3-source-dir> (or RSYNC=path)}
  (cd "$src" && { [ -x rsync ] || { ./configure --disable-md2man --disable-openssl && make -j2; }; })
  RSYNC="$src/rsync"
fi
version=$("$RSYNC" --version 2>/dev/null || true)
[[ "$version" == *"version 3.2.3 "* ]] || { echo "not rsync 3.2.3: $RSYNC" >&2; exit 2; }
user=${RSYNC_USER:-vagrant}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/bin"
ln -s "$RSYNC" "$work/bin/rsync"
while IFS='|' read -r name cmd; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  [[ -n "${ONLY:-}" && "$name" != $ONLY ]] && continue
  rm -rf "$work/fx" && cp -r "$dir/files" "$work/fx"
  find "$work/fx" -exec touch -h -d @1765000000 {} +
  chown -R "$user:" "$work"
  out="$dir/$name"
  mkdir -p "$out"
  printf '%s\n' "$cmd" > "$out/cmd"
  set +e
  (cd "$work/fx" && setpriv --reuid="$user" --regid="$user" --clear-groups env -i HOME="$work" PATH="$work/bin:/usr/bin:/bin" LC_ALL=C.UTF-8 bash --norc --noprofile -c "$cmd" >"$out/stdout" 2>"$out/stderr" </dev/null)
  echo $? > "$out/status"
  set -e
  sed -i "s|$work/fx|/home/vagrant/fx|g" "$out/stdout" "$out/stderr"
  # Rocky builds with libacl (this build lacked it): the capabilities line says "ACLs"
  sed -i "s/append, no ACLs, xattrs/append, ACLs, xattrs/" "$out/stdout" "$out/stderr"
done < "$dir/cases.txt"

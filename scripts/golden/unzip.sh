#!/bin/bash
# Records Info-ZIP UnZip 6.0 (Rocky 9's unzip-6.0-56.el9 packages the same 6.0; Debian 12 ships 6.0-28) over an
# archive zip 3.0 makes of dir/ (dir/a.txt "hello\n", dir/sub/n.txt from seq 1 200, all dated 2026-12-07 10:11 UTC),
# each case in a fresh directory holding only a.zip. Output goes to tests/golden/unzip/NN/{cmd,stdout,stderr,status}.
# Usage: scripts/golden/unzip.sh
set -euo pipefail
out=$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/unzip
rm -rf "$out" && mkdir -p "$out"
n=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1))
  d=$(mktemp -d)
  (cd "$d" && umask 022 && mkdir -p dir/sub && printf 'hello\n' > dir/a.txt && seq 1 200 > dir/sub/n.txt &&
    TZ=UTC touch -d '2026-12-07 10:11:00' dir/a.txt dir/sub/n.txt dir/sub dir && TZ=UTC zip -qr a.zip dir && rm -rf dir)
  c=$(printf '%s/%02d' "$out" "$n") && mkdir -p "$c"
  printf '%s\n' "$line" > "$c/cmd"
  set +e
  (cd "$d" && TZ=UTC bash -c "$line") > "$c/stdout" 2> "$c/stderr" < /dev/null
  echo $? > "$c/status"
  set -e
  rm -rf "$d"
done <<'CASES'
unzip a.zip
unzip -l a.zip
unzip -l a.zip dir/a.txt
unzip -q a.zip; ls -1 dir
unzip a.zip -d out; ls -1 out/dir
unzip -d out a.zip 'dir/sub/*'
unzip -q a.zip; unzip -o a.zip
unzip -q a.zip; unzip -n a.zip
unzip -q a.zip; unzip a.zip
unzip nofile.zip
unzip a
printf hello > bad.zip; unzip bad.zip
unzip a.zip nope
unzip -q a.zip; stat -c '%A %s %Y' dir/a.txt dir/sub/n.txt
CASES
echo "recorded $n cases in $out"

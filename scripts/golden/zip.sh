#!/bin/bash
# Records Info-ZIP zip 3.0 (the version Rocky 9.5's zip-3.0-35.el9 packages; Debian 12 ships the same 3.0) in a
# scratch directory holding dir/a.txt ("hello\n"). Each case is a shell line run in a fresh copy; its stdout,
# stderr and exit status go to tests/golden/zip/NN/. Cases avoid what the model does not reproduce byte for byte
# (deflated sizes of larger files, readdir order of several files). Usage: scripts/golden/zip.sh
set -euo pipefail
out=$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/zip
rm -rf "$out" && mkdir -p "$out"
n=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1))
  d=$(mktemp -d) && mkdir "$d/dir" && printf 'hello\n' > "$d/dir/a.txt"
  c=$(printf '%s/%02d' "$out" "$n") && mkdir -p "$c"
  printf '%s\n' "$line" > "$c/cmd"
  set +e
  (cd "$d" && bash -c "$line") > "$c/stdout" 2> "$c/stderr" < /dev/null
  echo $? > "$c/status"
  set -e
  rm -rf "$d"
done <<'CASES'
zip -r a.zip dir
zip a.zip dir/a.txt
zip a.zip dir
zip b.zip dir/a.txt nope
zip c.zip nope
zip -q e.zip dir/a.txt; echo rc=$?; ls -1
zip -q c.zip nope
zip -j d.zip dir/a.txt
zip -j d.zip dir
zip -rj d.zip dir
zip -rD d.zip dir
zip -q a.zip dir/a.txt; zip a.zip dir/a.txt
zip -q a.zip dir/a.txt; zip -u a.zip dir/a.txt
zip -q a.zip dir/a.txt; touch -d '2030-01-01' dir/a.txt; zip -u a.zip dir/a.txt
zip -q a.zip dir/a.txt; zip -f a.zip dir/a.txt x
zip -qr a.zip dir; zip -d a.zip dir/a.txt
zip -qr a.zip dir; zip -d a.zip 'dir*'; file a.zip; wc -c < a.zip
zip -q a.zip dir/a.txt; zip -d a.zip nope
zip -d nofile.zip x
zip -K a.zip dir
zip -h
zip zz dir/a.txt; ls -1
zip ./dir/../dir/a.txt.zip ./dir/a.txt; ls -1 dir
cp dir/a.txt bad.zip; zip bad.zip dir/a.txt
zip -q a.zip dir/a.txt; file a.zip
seq 1 400 > n.txt; zip -q n.zip n.txt; file n.zip
zip -v a.zip dir/a.txt
zip -0 -q a.zip dir/a.txt; zip -v a.zip dir/a.txt
CASES
echo "recorded $n cases in $out"

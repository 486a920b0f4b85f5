#!/bin/bash
# Records traceroute 2.1.0 (Dmitry Butskoy's; Rocky 9's traceroute-2.1.0-18.el9 is 2.1.0 with patches that change no
# message) built from the traceroute-2.1.0 tarball (git mirror pevik/traceroute, tag traceroute-2.1.0) with `make`,
# its binary put first on PATH as `traceroute`: help, version and the option, argument and range errors.
# Usage: scripts/golden/traceroute.sh /path/to/dir-with-traceroute
set -euo pipefail
bin=${1:?directory holding the built traceroute}
out=$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/traceroute
rm -rf "$out" && mkdir -p "$out"
n=0
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1))
  c=$(printf '%s/%02d' "$out" "$n") && mkdir -p "$c"
  printf '%s\n' "$line" > "$c/cmd"
  set +e
  (cd /tmp && PATH="$bin:$PATH" bash -c "$line") > "$c/stdout" 2> "$c/stderr" < /dev/null
  echo $? > "$c/status"
  set -e
done <<'CASES'
traceroute --help
traceroute -V
traceroute --version
traceroute
traceroute --bogus 10.0.2.2
traceroute -x 10.0.2.2
traceroute -m
traceroute -m abc 10.0.2.2
traceroute -m 0 10.0.2.2
traceroute -m 256 10.0.2.2
traceroute -f 0 10.0.2.2
traceroute -f 5 -m 3 10.0.2.2
traceroute -q 11 10.0.2.2
traceroute -q 0 10.0.2.2
traceroute -w -1 10.0.2.2
traceroute 10.0.2.2 70000
traceroute 10.0.2.2 abc
traceroute 10.0.2.2 60 extra
traceroute -4 -6 10.0.2.2
traceroute -6 10.0.2.2
traceroute -M bogus 10.0.2.2
traceroute 999.1.1.1
CASES
echo "recorded $n cases in $out"

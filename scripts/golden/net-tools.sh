#!/bin/bash
# Records what net-tools prints where it does not read the machine's state: usage, help, version and option errors.
# Rocky 9.5's net-tools-2.0-0.64.20160912git is the upstream tree of 2016-09-12 (commit 115f1af of
# github.com/ecki/net-tools) built with Fedora's net-tools-config.h / config.make (I18N off, no Econet, no
# Bluetooth, SELinux off in config.h). Usage: scripts/golden/net-tools.sh /path/to/net-tools-checkout
# (the tree at 115f1af with Fedora's config.h and config.make copied in; `make ifconfig netstat route arp` is run).
set -euo pipefail
src=${1:?net-tools source tree}
out=$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/net-tools
mkdir -p "$out"
(cd "$src" && make ifconfig netstat route arp >/dev/null)
n=0
: > "$out/cases.txt"
while IFS= read -r line; do
  [[ -z "$line" || "$line" == \#* ]] && continue
  n=$((n + 1))
  name=$(printf 'case-%02d' "$n")
  read -r -a argv <<< "$line"
  set +e
  (cd "$src" && exec -a "${argv[0]}" "./${argv[0]}" "${argv[@]:1}") > "$out/$name.out" 2> "$out/$name.err"
  echo $? > "$out/$name.rc"
  set -e
  printf '%s\t%s\n' "$name" "$line" >> "$out/cases.txt"
done <<'CASES'
ifconfig --help
ifconfig -h
ifconfig -?
ifconfig --bogus
ifconfig -x
ifconfig -V
ifconfig --version
netstat -h
netstat --help
netstat --bogus
netstat -j
netstat -A
netstat -V
route -h
route --help
route --bogus
route -V
route bogus
route -A
arp -h
arp --bogus
arp -V
arp -H foo
arp -A foo
route -A ax25
route -A netrom
route -A ipx
route -A ddp
route -A x25
route -A unix
route -A bogus
route add
route flush
netstat -A bogus
netstat -ri
CASES
echo "recorded $n cases in $out"

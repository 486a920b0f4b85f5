#!/usr/bin/env bash
# Records arping of iputils 20210202 (built by hand from the tag; the directory holding it is the argument) on this
# machine's kernel, between network namespaces made here and removed after: `pmA` (SELF 192.168.77.1 on vA, SELF2
# 192.168.88.1 on vC, default route through GATEWAY), `pmB` (PEER 192.168.77.2 on vB) and `pmC` (GATEWAY
# 192.168.88.2 on vD): the guest's eth1 with a lab machine, and its eth0 with the NAT gateway. Each case of
# tests/golden/iputils-netns/cases.txt runs in pmA as root; addresses, devices, MACs and reply times are put back as
# names (SELF, PEER, FREE, DEV, DEV2, SELF2, GATEWAY, MAC, T) in <case>/{cmd,stdout,stderr,status}. Traffic stays in
# those namespaces. Replayed by tests/unit/sim/guest/arping-clockdiff.test.ts.
set -euo pipefail
bin=$(cd "${1:?usage: record-iputils-netns.sh DIR-WITH-arping}" && pwd)
dir="$(cd "$(dirname "$0")/../../tests/golden/iputils-netns" && pwd)"
cleanup() { for n in pmA pmB pmC; do ip netns del "$n" 2>/dev/null || true; done; }
trap cleanup EXIT
cleanup
ip netns add pmA
ip netns add pmB
ip netns add pmC
ip link add vA netns pmA type veth peer name vB netns pmB
ip link add vC netns pmA type veth peer name vD netns pmC
ip -n pmA addr add 192.168.77.1/24 dev vA
ip -n pmA addr add 192.168.88.1/24 dev vC
ip -n pmB addr add 192.168.77.2/24 dev vB
ip -n pmC addr add 192.168.88.2/24 dev vD
for l in "pmA vA" "pmA vC" "pmA lo" "pmB vB" "pmB lo" "pmC vD"; do set -- $l; ip -n "$1" link set "$2" up; done
ip -n pmA route add default via 192.168.88.2
sleep 1
subst() { sed -e 's/GATEWAY/192.168.88.2/g; s/PEER/192.168.77.2/g; s/FREE/192.168.77.9/g; s/SELF2/192.168.88.1/g; s/SELF/192.168.77.1/g; s/DEV2/vC/g; s/DEV/vA/g'; }
names() {
  sed -E -e "s|$bin/||g" -e 's/\[([0-9A-F]{2}:){5}[0-9A-F]{2}\]/[MAC]/g' -e 's/ [0-9]+\.[0-9]{3}ms$/ Tms/' \
    -e 's/192\.168\.77\.1\b/SELF/g; s/192\.168\.77\.2\b/PEER/g; s/192\.168\.77\.9\b/FREE/g; s/192\.168\.88\.1\b/SELF2/g; s/192\.168\.88\.2\b/GATEWAY/g' \
    -e 's/\bvC\b/DEV2/g; s/\bvA\b/DEV/g'
}
n=0
while IFS='|' read -r name cmd; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dir/$name"
  mkdir -p "$out"
  printf '%s\n' "$cmd" > "$out/cmd"
  real=$(printf '%s' "$cmd" | subst)
  set +e
  ip netns exec pmA env -i PATH="$bin:/usr/bin:/bin" LC_ALL=C.UTF-8 bash --norc --noprofile -c "$real" > "$out/stdout.raw" 2> "$out/stderr.raw" < /dev/null
  echo $? > "$out/status"
  set -e
  names < "$out/stdout.raw" > "$out/stdout"
  names < "$out/stderr.raw" > "$out/stderr"
  rm -f "$out/stdout.raw" "$out/stderr.raw"
  n=$((n + 1))
done < "$dir/cases.txt"
echo "recorded $n arping cases in network namespaces"

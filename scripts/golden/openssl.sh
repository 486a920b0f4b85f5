#!/usr/bin/env bash
# Records Debian's openssl (3.0.x) over certificates, requests and keys it makes itself, plus files the simulator
# writes (tests/golden/openssl/files/sim-*, copied from a cluster lab of seed 1), into
# tests/golden/openssl/<case>/{cmd,stdout,stderr,status}. tests/unit/sim/openssl/golden.test.ts replays each case
# in a guest with those files under /home/vagrant/fx and the world's clock at the recording time
# (files/recorded-at). The -text layout is the same in 3.0 and 3.2 (see src/sim/commands/openssl/DIFFERENCES.md).
# Usage: scripts/golden/openssl.sh   (needs openssl on PATH; re-generates the keys and certificates)
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=tests/golden/openssl
F=$OUT/files
mkdir -p "$F"
npx tsx scripts/golden/openssl-sim-files.mts
find "$OUT" -mindepth 1 -maxdepth 1 -type d ! -name files -exec rm -rf {} +
cd "$F"
rm -f ca.* leaf.* ec.* other.* req.* *.srl
# a CA and a server certificate as kubeadm makes them (usages, SANs with an IPv6 address, key ids)
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 3650 -subj "/CN=kubernetes" \
  -addext "keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign" -addext "basicConstraints=critical,CA:TRUE" \
  -addext "subjectAltName=DNS:kubernetes" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout leaf.key -out req.csr -subj "/O=system:masters/CN=kube-apiserver" \
  -addext "subjectAltName=DNS:kubernetes,DNS:m-k8s,IP:10.96.0.1,IP:192.168.56.10,IP:::1" 2>/dev/null
printf 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth,clientAuth\nbasicConstraints=critical,CA:FALSE\nauthorityKeyIdentifier=keyid\nsubjectAltName=DNS:kubernetes,DNS:m-k8s,IP:10.96.0.1,IP:192.168.56.10,IP:::1\n' > leaf.ext
openssl x509 -req -in req.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out leaf.crt -days 365 -extfile leaf.ext 2>/dev/null
rm -f ca.srl leaf.ext
# an EC P-256 client certificate (the kubelet's kind), and a CA that signed nothing here
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes -keyout ec.key -out ec.crt -days 365 \
  -subj "/O=system:nodes/CN=system:node:w1-k8s" -addext "keyUsage=critical,digitalSignature" -addext "extendedKeyUsage=clientAuth" 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other.crt -days 3650 -subj "/CN=etcd-ca" 2>/dev/null
rm -f other.key
openssl pkey -in leaf.key -pubout -out leaf.pub
printf 'hello, cluster\n' > msg.txt
date +%s > recorded-at
cd - >/dev/null

n=0
rec() {
  n=$((n + 1))
  local d
  d=$(printf '%s/%02d-%s' "$OUT" "$n" "$1")
  shift
  mkdir -p "$d"
  printf '%s\n' "$*" > "$d/cmd"
  # 3.2 prints names as -nameopt utf8 does (apps/lib/apps.c get_nameopt, "Use -nameopt utf8 by default"); 3.0 is
  # told so where the case does not choose a format itself
  local run="$*"
  [[ "$run" == *-nameopt* ]] || run=$(printf '%s' "$run" | sed -E 's/openssl (x509|req|verify)( |$)/openssl \1 -nameopt utf8\2/g')
  set +e
  (cd "$F" && bash -c "$run" > "../$(basename "$d")/stdout" 2> "../$(basename "$d")/stderr" < /dev/null)
  echo $? > "$d/status"
  set -e
  # the error queue's lines carry a thread id and 3.0's source lines: not compared (DIFFERENCES.md)
  sed -i -E '/^[0-9A-F]{12,16}:error:/d' "$d/stderr"
}

rec text-ca 'openssl x509 -in ca.crt -noout -text'
rec text-leaf 'openssl x509 -in leaf.crt -noout -text'
rec text-ec 'openssl x509 -in ec.crt -noout -text'
rec text-sim-ca 'openssl x509 -in sim-ca.crt -noout -text'
rec text-sim-apiserver 'openssl x509 -in sim-apiserver.crt -noout -text'
rec text-sim-etcd 'openssl x509 -in sim-etcd-server.crt -noout -text'
rec text-sim-kubelet-client 'openssl x509 -in sim-kubelet-client.pem -noout -text'
rec sim-kubelet-key 'openssl pkey -in sim-kubelet-client.pem -noout -text'
rec sim-kubelet-chain 'openssl x509 -in sim-kubelet.crt -noout -subject -issuer -dates'
rec text-and-pem 'openssl x509 -in leaf.crt -text'
rec fields 'openssl x509 -in leaf.crt -noout -subject -issuer -dates -serial'
rec order 'openssl x509 -in leaf.crt -noout -enddate -subject -startdate -issuer'
rec fingerprint 'openssl x509 -in leaf.crt -noout -fingerprint'
rec fingerprint-sha256 'openssl x509 -in leaf.crt -noout -fingerprint -sha256'
rec pubkey 'openssl x509 -in leaf.crt -noout -pubkey'
rec modulus 'openssl x509 -in leaf.crt -noout -modulus'
rec hash 'openssl x509 -in leaf.crt -noout -hash -issuer_hash'
rec checkend-no 'openssl x509 -in ca.crt -noout -checkend 86400'
rec checkend-yes 'openssl x509 -in leaf.crt -noout -checkend 315360000'
rec ext 'openssl x509 -in leaf.crt -noout -ext subjectAltName,keyUsage'
rec checkhost 'openssl x509 -in leaf.crt -noout -checkhost M-K8S -checkip 10.96.0.1'
rec ext-none 'openssl x509 -in leaf.crt -noout -ext nameConstraints'
rec nameopt-rfc2253 'openssl x509 -in leaf.crt -noout -subject -nameopt RFC2253'
rec nameopt-oneline 'openssl x509 -in leaf.crt -noout -subject -issuer -nameopt oneline'
rec text-oneline 'openssl x509 -in ec.crt -noout -text -nameopt oneline'
rec nameopt-compat 'openssl x509 -in leaf.crt -noout -subject -issuer -nameopt compat'
rec nameopt-multiline 'openssl x509 -in leaf.crt -noout -subject -nameopt multiline'
rec der 'openssl x509 -in leaf.crt -outform DER | openssl x509 -inform DER -noout -subject'
rec stdin 'openssl x509 -noout -subject < ca.crt'
rec pem-out 'openssl x509 -in ca.crt'
rec missing 'openssl x509 -in nosuch.crt -noout'
rec not-a-cert 'openssl x509 -in leaf.key -noout'
rec needs-value 'openssl x509 -in'
rec req-text 'openssl req -in req.csr -noout -text'
rec req-subject 'openssl req -in req.csr -noout -subject'
rec rsa-text 'openssl rsa -in leaf.key -noout -text'
rec rsa-modulus 'openssl rsa -in leaf.key -noout -modulus'
rec pkey-text 'openssl pkey -in ec.key -noout -text'
rec pkey-pubout 'openssl pkey -in leaf.key -pubout'
rec pkey-pubin 'openssl pkey -pubin -in leaf.pub -noout -text'
rec verify-ok 'openssl verify -CAfile ca.crt leaf.crt'
rec verify-wrong-ca 'openssl verify -CAfile other.crt leaf.crt'
rec verify-self 'openssl verify ca.crt'
rec dgst-sha256 'openssl dgst -sha256 msg.txt'
rec dgst-md5 'openssl dgst -md5 msg.txt'
rec dgst-default 'openssl dgst msg.txt'
rec sha256-cmd 'openssl sha256 msg.txt'
rec enc-base64 'openssl enc -base64 -in msg.txt'
rec base64-decode 'printf "aGVsbG8sIGNsdXN0ZXIK\n" | openssl base64 -d'
rec base64-long 'openssl base64 -in leaf.pub'
rec unknown-command 'openssl bogus'
rec unknown-option 'openssl rsa -bogus'
# making keys, requests and certificates (what is deterministic: messages, statuses, names, verification)
rec genrsa-quiet 'openssl genrsa -out /tmp/golden.key 2048'
rec genrsa-pkcs8 'openssl genrsa 2048 | head -1'
rec genrsa-traditional 'openssl genrsa -traditional 2048 | head -1'
rec genrsa-bad-bits 'openssl genrsa abc'
rec genpkey-ec-no-curve 'openssl genpkey -algorithm EC'
rec genpkey-unknown 'openssl genpkey -algorithm foo'
rec genpkey-ec 'openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 | head -1'
rec ecparam-genkey 'openssl ecparam -name prime256v1 -genkey | grep BEGIN'
rec req-new-subject 'openssl req -new -key leaf.key -subj "/CN=jane/O=dev" | openssl req -noout -subject'
rec req-new-bad-subj 'openssl req -new -key leaf.key -subj CN=x'
rec req-new-unknown-attr 'openssl req -new -key leaf.key -subj /CN=x/FOO=y -noout'
rec req-new-no-key 'openssl req -new -key nope.key -subj /CN=x'
rec x509-req-ca 'openssl x509 -req -in req.csr -CA ca.crt -CAkey ca.key -out /tmp/golden.crt -days 30'
rec x509-req-verify 'openssl x509 -req -in req.csr -CA ca.crt -CAkey ca.key -out /tmp/golden.crt 2>/dev/null; openssl verify -CAfile ca.crt /tmp/golden.crt'
rec x509-req-mismatch 'openssl x509 -req -in req.csr -CA ca.crt -CAkey leaf.key -out /tmp/golden.crt'
rec x509-req-no-key 'openssl x509 -req -in req.csr -out /tmp/golden.crt'
rec x509-req-missing 'openssl x509 -req -in nope.csr -CA ca.crt -CAkey ca.key'
rec help 'openssl help'
rec list-commands 'openssl list -commands'
echo "recorded $n cases in $OUT"

# the help texts (written to stderr by each command's -help, and by `openssl help`) as data for the simulator
python3 - "$OUT" <<'PY'
import json, subprocess, sys
cmds = ['x509', 'req', 'rsa', 'pkey', 'verify', 'version', 'rand', 'dgst', 'enc', 'list', 's_client', 'genrsa', 'genpkey', 'ecparam']
texts = {'help': subprocess.run(['openssl', 'help'], capture_output=True, text=True).stderr}
for c in cmds:
    texts[c] = subprocess.run(['openssl', c, '-help'], capture_output=True, text=True, stdin=subprocess.DEVNULL).stderr
with open('src/sim/commands/openssl/help.ts', 'w') as f:
    f.write('// `openssl help` and each command\'s `-help` (both on stderr), recorded from Debian\'s openssl 3.0 by\n')
    f.write('// scripts/golden/openssl.sh; edit that script, not this file. Differences from 3.2.2: DIFFERENCES.md.\n')
    f.write('export const HELP: Record<string, string> = ' + json.dumps(texts, indent=2) + ';\n')
PY

#!/usr/bin/env bash
# Records Debian's openssl s_client (3.0.x) against a Go TLS listener set up the way kube-apiserver's and the
# kubelet's secure serving are (TLS 1.2 at least, ALPN h2 and http/1.1, client certificates requested against the
# client CA bundle), serving certificates made here, into tests/golden/openssl-s_client/<case>/{cmd,stdout,stderr,
# status}. tests/unit/sim/openssl/s-client.test.ts puts the same files where a cluster node keeps them and
# compares, with the session's random values (ids, keys, the ticket, the start time) masked.
# Needs openssl and Debian's golang-go on PATH. Usage: scripts/golden/openssl-s_client.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
OUT=tests/golden/openssl-s_client
F=$OUT/files
G=tests/golden/openssl/files
mkdir -p "$F"
find "$OUT" -mindepth 1 -maxdepth 1 -type d ! -name files -exec rm -rf {} +
TMP=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$TMP"' EXIT
cat > "$TMP/main.go" <<'GO'
package main

import (
	"crypto/tls"
	"crypto/x509"
	"net/http"
	"os"
)

// args: address, certificate file (leaf, then any CA), key file, client CA files
func main() {
	cert, err := tls.LoadX509KeyPair(os.Args[2], os.Args[3])
	if err != nil {
		panic(err)
	}
	pool := x509.NewCertPool()
	for _, f := range os.Args[4:] {
		b, _ := os.ReadFile(f)
		pool.AppendCertsFromPEM(b)
	}
	cfg := &tls.Config{MinVersion: tls.VersionTLS12, NextProtos: []string{"h2", "http/1.1"}, Certificates: []tls.Certificate{cert}, ClientAuth: tls.RequestClientCert, ClientCAs: pool}
	srv := &http.Server{Addr: os.Args[1], TLSConfig: cfg, Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write([]byte("ok")) })}
	panic(srv.ListenAndServeTLS("", ""))
}
GO
printf 'module tlsd\n\ngo 1.19\n' > "$TMP/go.mod"
(cd "$TMP" && go build -o tlsd .)
# the API server's files: leaf and CA from the openssl golden set, a front-proxy CA; the kubelet's self-signed pair
cp "$G/ca.crt" "$G/leaf.crt" "$G/leaf.key" "$F/"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TMP/front.key" -out "$F/front-proxy-ca.crt" -days 3650 -subj "/CN=front-proxy-ca" 2>/dev/null
now=$(date +%s)
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$TMP/kca.key" -out "$TMP/kca.crt" -days 365 -subj "/CN=w1-k8s-ca@$now" \
  -addext "keyUsage=critical,digitalSignature,keyEncipherment,keyCertSign" -addext "basicConstraints=critical,CA:TRUE" 2>/dev/null
openssl req -new -newkey rsa:2048 -nodes -keyout "$F/kubelet.key" -out "$TMP/k.csr" -subj "/CN=w1-k8s@$now" 2>/dev/null
printf 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nbasicConstraints=critical,CA:FALSE\nsubjectAltName=DNS:w1-k8s\n' > "$TMP/k.ext"
openssl x509 -req -in "$TMP/k.csr" -CA "$TMP/kca.crt" -CAkey "$TMP/kca.key" -set_serial 2 -out "$TMP/k.crt" -days 365 -extfile "$TMP/k.ext" 2>/dev/null
cat "$TMP/k.crt" "$TMP/kca.crt" > "$F/kubelet.crt"
# the API server's certificate a year on: expired the day before
printf 'keyUsage=critical,digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\nbasicConstraints=critical,CA:FALSE\nsubjectAltName=DNS:kubernetes,IP:192.168.56.10\n' > "$TMP/e.ext"
openssl req -new -key "$F/leaf.key" -out "$TMP/e.csr" -subj "/CN=kube-apiserver" 2>/dev/null
openssl x509 -req -in "$TMP/e.csr" -CA "$F/ca.crt" -CAkey "$G/ca.key" -set_serial 7 -days -1 -out "$F/expired.crt" -extfile "$TMP/e.ext" 2>/dev/null
echo "$now" > "$F/recorded-at"
"$TMP/tlsd" 127.0.0.1:16443 "$F/leaf.crt" "$F/leaf.key" "$F/ca.crt" "$F/front-proxy-ca.crt" &
"$TMP/tlsd" 127.0.0.1:16250 "$F/kubelet.crt" "$F/kubelet.key" "$F/ca.crt" &
"$TMP/tlsd" 127.0.0.1:16444 "$F/expired.crt" "$F/leaf.key" "$F/ca.crt" "$F/front-proxy-ca.crt" &
sleep 1

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
  [[ "$run" == *-nameopt* ]] || run=$(printf '%s' "$run" | sed -E 's/openssl (s_client)( |$)/openssl \1 -nameopt utf8\2/g')
  # the session ticket arrives just after the handshake: stdin stays open half a second so that it is read, as on
  # a terminal
  set +e
  (sleep 0.5 | (cd "$F" && bash -c "$run")) > "$TMP/out" 2> "$TMP/err"
  echo $? > "$d/status"
  set -e
  mv "$TMP/out" "$d/stdout"
  sed -E '/^[0-9A-F]{12,16}:error:/d' "$TMP/err" > "$d/stderr"
}

rec apiserver 'openssl s_client -connect 127.0.0.1:16443'
rec apiserver-cafile 'openssl s_client -connect 127.0.0.1:16443 -CAfile ca.crt'
rec apiserver-showcerts 'openssl s_client -connect 127.0.0.1:16443 -showcerts'
rec apiserver-brief 'openssl s_client -connect 127.0.0.1:16443 -brief'
rec apiserver-servername 'openssl s_client -connect 127.0.0.1:16443 -servername kubernetes -CAfile ca.crt'
rec kubelet 'openssl s_client -connect 127.0.0.1:16250'
rec kubelet-showcerts 'openssl s_client -connect 127.0.0.1:16250 -showcerts'
rec expired 'openssl s_client -connect 127.0.0.1:16444'
rec expired-cafile 'openssl s_client -connect 127.0.0.1:16444 -CAfile ca.crt'
rec refused 'openssl s_client -connect 127.0.0.1:1'
echo "recorded $n cases in $OUT"

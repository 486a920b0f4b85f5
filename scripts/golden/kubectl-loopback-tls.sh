#!/bin/bash
# Records what kubectl 1.28 and 1.29 print when the API server's certificate (kubeadm's SANs for the lab's
# control plane: the kubernetes names and m-k8s, 10.96.0.1 and 192.168.56.10) does not name the address asked
# (127.0.0.1 or localhost): a local TLS server on port 16443 with such a certificate stands in for kube-apiserver.
# Output: tests/golden/kubectl-loopback-tls/<minor>-<ip|name>.stderr (port 16443 written as 6443).
set -euo pipefail
OUT="$(cd "$(dirname "$0")/../.." && pwd)/tests/golden/kubectl-loopback-tls"
T=$(mktemp -d)
trap 'kill $SRV 2>/dev/null; rm -rf "$T"' EXIT
cd "$T"
openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 10 -subj /CN=kubernetes -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign,digitalSignature 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout srv.key -out srv.csr -subj /CN=kube-apiserver 2>/dev/null
echo 'subjectAltName=DNS:kubernetes,DNS:kubernetes.default,DNS:kubernetes.default.svc,DNS:kubernetes.default.svc.cluster.local,DNS:m-k8s,IP:10.96.0.1,IP:192.168.56.10' > ext.cnf
openssl x509 -req -in srv.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out srv.crt -days 5 -extfile ext.cnf 2>/dev/null
python3 -c "
import ssl, http.server
c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); c.load_cert_chain('srv.crt', 'srv.key')
s = http.server.HTTPServer(('127.0.0.1', 16443), http.server.BaseHTTPRequestHandler)
s.socket = c.wrap_socket(s.socket, server_side=True)
s.serve_forever()" &
SRV=$!
sleep 1
printf 'apiVersion: v1\nkind: Config\nclusters:\n- cluster:\n    certificate-authority: %s/ca.crt\n    server: https://127.0.0.1:16443\n  name: k\ncontexts:\n- context: {cluster: k, user: u}\n  name: k\ncurrent-context: k\nusers:\n- name: u\n  user: {token: x}\n' "$T" > kc.yaml
mkdir -p "$OUT"
for m in 1.28 1.29; do
  K=/usr/lib/google-cloud-sdk/bin/kubectl.$m
  KUBECONFIG=kc.yaml $K get nodes 2>&1 | sed 's/16443/6443/g' > "$OUT/$m-ip.stderr" || true
  KUBECONFIG=kc.yaml $K get nodes -s https://localhost:16443 2>&1 | sed 's/16443/6443/g' > "$OUT/$m-name.stderr" || true
done

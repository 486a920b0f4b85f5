#!/bin/bash
# Records `kubectl plugin list` (kubectl 1.28) over PATHs made under /tmp/kpl into tests/golden/kubectl-plugin-list/CASE/
# {stdout,stderr,rc}; tests/unit/sim/k8s/kubectl-plugin-list.test.ts makes the same directories on a node and compares.
#   bash scripts/golden/kubectl-plugin-list.sh
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
K=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.28}
out="$root/tests/golden/kubectl-plugin-list"
rm -rf /tmp/kpl && mkdir -p /tmp/kpl/a /tmp/kpl/b /tmp/kpl/empty /tmp/kpl/a/kubectl-dir
touch /tmp/kpl/a/kubectl-foo /tmp/kpl/a/kubectl-get /tmp/kpl/a/kubectl-get-pods /tmp/kpl/a/kubectl-config-view-all /tmp/kpl/b/kubectl-foo /tmp/kpl/b/other
chmod +x /tmp/kpl/a/kubectl-get /tmp/kpl/a/kubectl-get-pods /tmp/kpl/a/kubectl-config-view-all /tmp/kpl/b/kubectl-foo
rec() { # CASE PATH ARGS...
  local name=$1 path=$2; shift 2
  mkdir -p "$out/$name"
  (cd /tmp/kpl && env -i HOME=/tmp/kpl PATH="$path" KUBECONFIG=/nonexistent "$K" plugin list "$@" >"$out/$name/stdout" 2>"$out/$name/stderr"; echo $? >"$out/$name/rc")
  printf '%s\n' "$path" "$*" >"$out/$name/cmd"
}
rec none /tmp/kpl/empty:/tmp/kpl/missing/bin:/tmp/kpl/empty
rec plugins /tmp/kpl/a:/tmp/kpl/b:/tmp/kpl/missing
rec name-only /tmp/kpl/b:/tmp/kpl/a --name-only
rec clean /tmp/kpl/b
echo "recorded into $out"

#!/bin/bash
# Records what `kubectl completion SHELL` prints (kubectl 1.28.15; 1.29.14 prints the same bytes) into
# tests/golden/kubectl-completion/SHELL, and writes src/sim/k8s/kubectl/verbs/completion/scripts.ts from them.
#   bash scripts/golden/kubectl-completion.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
K=${KUBECTL:-/usr/lib/google-cloud-sdk/bin/kubectl.1.28}
dir="$root/tests/golden/kubectl-completion"
mkdir -p "$dir"
for sh in bash zsh fish powershell; do
  KUBECONFIG=/nonexistent "$K" completion "$sh" > "$dir/$sh"
done
node -e '
const fs = require("fs"), path = require("path");
const dir = process.argv[1], out = process.argv[2];
const shells = ["bash", "zsh", "fish", "powershell"];
let s = "// What `kubectl completion SHELL` prints (kubectl 1.28.15 and 1.29.14 alike), written by scripts/golden/kubectl-completion.sh\n// from tests/golden/kubectl-completion/. Loaded with the completion verb only.\nexport const SCRIPTS: Record<string, string> = {\n";
for (const sh of shells) s += "  " + sh + ": " + JSON.stringify(fs.readFileSync(path.join(dir, sh), "utf8")) + ",\n";
s += "};\n";
fs.writeFileSync(out, s);
' "$dir" "$root/src/sim/k8s/kubectl/verbs/completion/scripts.ts"
echo "recorded kubectl completion scripts into $dir"

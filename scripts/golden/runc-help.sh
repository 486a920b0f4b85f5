#!/bin/bash
# Records runc 1.2.2's help and version texts (the runc containerd.io 1.7.24 bundles) into tests/golden/runc/.
# No Go 1.22 toolchain is at hand to build runc v1.2.2 itself, so scripts/golden/runc/main.go.txt is runc v1.2.2's
# main.go cut to what its help prints (the usage text, the global flags, each command's name and usage, list's whole
# command), built against the urfave/cli v1.22.14 runc vendors (urfave_cli_no_docs, as runc's Makefile builds it).
# The version lines are what that build prints: VERSION 1.2.2, the commit Docker's build reports (v1.2.2-0-g7cb3632),
# runtime-spec 1.2.0 (vendored specs-go), the Go of containerd v1.7.24's contrib/Dockerfile.test (1.22.9), and the
# libseccomp of Rocky 9.5 (2.5.2), which runc links at run time.
#   RUNC_SRC=/path/to/runc-v1.2.2 GO=/usr/lib/go-1.19/bin/go bash scripts/golden/runc-help.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
src=${RUNC_SRC:?runc v1.2.2 source tree}
GO=${GO:-go}
work=$(mktemp -d)
mkdir -p "$work/vendor/github.com/urfave" "$work/vendor/github.com/sirupsen" "$work/vendor/golang.org/x/sys" "$work/bin"
cp -r "$src/vendor/github.com/urfave/cli" "$work/vendor/github.com/urfave/"
cp -r "$src/vendor/github.com/sirupsen/logrus" "$work/vendor/github.com/sirupsen/"
cp -r "$src/vendor/golang.org/x/sys/unix" "$work/vendor/golang.org/x/sys/"
printf 'module runch\n\ngo 1.19\n\nrequire (\n\tgithub.com/sirupsen/logrus v1.9.3\n\tgithub.com/urfave/cli v1.22.14\n\tgolang.org/x/sys v0.22.0\n)\n' >"$work/go.mod"
printf '# github.com/sirupsen/logrus v1.9.3\n## explicit; go 1.13\ngithub.com/sirupsen/logrus\n# github.com/urfave/cli v1.22.14\n## explicit; go 1.11\ngithub.com/urfave/cli\n# golang.org/x/sys v0.22.0\n## explicit; go 1.18\ngolang.org/x/sys/unix\n' >"$work/vendor/modules.txt"
cp "$root/scripts/golden/runc/main.go.txt" "$work/main.go"
(cd "$work" && GOFLAGS=-mod=vendor "$GO" build -tags urfave_cli_no_docs -o bin/runc .)
out="$root/tests/golden/runc"
mkdir -p "$out"
export RUNC_VERSION=$'1.2.2\ncommit: v1.2.2-0-g7cb3632\nspec: 1.2.0\ngo: go1.22.9\nlibseccomp: 2.5.2'
RUNC_ROOT=/run/runc "$work/bin/runc" --help >"$out/help-root"
RUNC_ROOT=/run/user/1000/runc "$work/bin/runc" --help >"$out/help-user"
RUNC_ROOT=/run/runc "$work/bin/runc" --version >"$out/version"
RUNC_ROOT=/run/runc "$work/bin/runc" list --help >"$out/list-help"
# list's table (tabwriter 12, 1, 3, ' '): the harness prints the rows it is given as they are
RUNC_ROOT=/run/runc "$work/bin/runc" list >"$out/list-empty"
LIST_ROWS=$'0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\t4712\trunning\t/run/containerd/io.containerd.runtime.v2.task/k8s.io/0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef\t2025-12-10T01:04:57.123456789Z\troot\nab\t99\trunning\t/x\t2025-12-10T01:05:00.5Z\troot' RUNC_ROOT=/run/runc "$work/bin/runc" list >"$out/list-rows"
# `runc list` as root: the default root /run/runc is not there on a containerd node (containerd keeps its own
# under /run/containerd/runc/NAMESPACE), and v1.2.2 reports a missing root unless --root was given; logrus writes
# the error, on a terminal (script(1)) and to a pipe
export LIST_ERR='open /run/runc: no such file or directory'
RUNC_ROOT=/run/runc "$work/bin/runc" list 2>"$out/list-noroot-pipe" || echo $? >"$out/list-noroot-rc"
sed -i -E 's/time="[^"]+"/time="TIME"/' "$out/list-noroot-pipe"
RUNC_ROOT=/run/runc script -qec "$work/bin/runc list" /dev/null | tr -d '\r' >"$out/list-noroot-tty" || true
unset LIST_ERR
# an unknown flag and an unknown command (through a pipe: logrus's text lines)
for c in bogus-flag:--bogus bogus-command:bogus list-extra:'list x'; do
  name=${c%%:*}
  set +e
  RUNC_ROOT=/run/runc "$work/bin/runc" ${c#*:} >"$out/$name.out" 2>"$out/$name.err"
  echo $? >"$out/$name.rc"
  set -e
  sed -i -E 's/time="[^"]+"/time="TIME"/' "$out/$name.err"
  # os.Args[0]: the word typed, runc
  sed -i "s#$work/bin/runc#runc#" "$out/$name.err"
done
rm -rf "$work"
echo "recorded into $out"
node -e '
const fs = require("fs"), path = require("path");
const dir = process.argv[1], out = process.argv[2];
const r = (f) => JSON.stringify(fs.readFileSync(path.join(dir, f), "utf8"));
let s = "// runc 1.2.2'"'"'s help and version texts, written by scripts/golden/runc-help.sh from tests/golden/runc/. ROOT_HELP names\n// the default --root where it says ROOT.\n";
s += "export const ROOT_HELP = " + r("help-root").replace("(default: \\\"/run/runc\\\")", "(default: \\\"ROOT\\\")") + ";\n";
s += "export const VERSION = " + r("version") + ";\n";
s += "export const LIST_HELP = " + r("list-help") + ";\n";
fs.writeFileSync(out, s);
' "$out" "$root/src/sim/k8s/runc/texts.ts"

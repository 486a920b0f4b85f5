#!/bin/bash
# Builds ctr from containerd's sources at a tag (vendored modules, no network) so that its help can be recorded
# with scripts/golden/ctr-help.sh where no package of that version exists here (containerd.io 1.7.24 of the lab's nodes).
# Usage: scripts/golden/ctr-build.sh GIT-DIR TAG VERSION PACKAGE OUT-BINARY
#   e.g. scripts/golden/ctr-build.sh /work/.mirror/containerd+containerd/repo v1.7.24 1.7.24 containerd.io /tmp/bin/ctr
# The binary must be named ctr: urfave/cli prints its own name in USAGE.
# Check of the method: v1.6.20 built so (VERSION 1.6.20~ds1, PACKAGE github.com/containerd/containerd) gives help
# texts identical to Debian 12's containerd 1.6.20~ds1-1+deb12u3 (tests/golden/ctr/1.6.20~ds1), all 126 recorded cases.
set -eu
GITDIR=$1 TAG=$2 VERSION=$3 PACKAGE=$4 OUT=$5
SRC=$(mktemp -d)
git --git-dir="$GITDIR" archive "$TAG" | tar x -C "$SRC"
# Go 1.19 (Debian 12) lacks sync.OnceValue, used by one vendored helper of v1.7.24 that help never runs: same thing with sync.Once
F="$SRC/vendor/github.com/moby/sys/userns/userns_linux.go"
if [ -f "$F" ] && grep -q 'sync.OnceValue(runningInUserNS)' "$F"; then
  sed -i 's/^var inUserNS = sync.OnceValue(runningInUserNS)$/var inUserNSOnce sync.Once\nvar inUserNSv bool\nfunc inUserNS() bool { inUserNSOnce.Do(func() { inUserNSv = runningInUserNS() }); return inUserNSv }/' "$F"
fi
mkdir -p "$(dirname "$OUT")"
(cd "$SRC" && GOFLAGS=-mod=vendor PATH=/usr/lib/go-1.19/bin:$PATH go build \
  -ldflags "-X github.com/containerd/containerd/version.Version=$VERSION -X github.com/containerd/containerd/version.Package=$PACKAGE" \
  -o "$OUT" ./cmd/ctr)
rm -rf "$SRC"

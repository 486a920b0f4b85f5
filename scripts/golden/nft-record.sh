#!/bin/bash
# nft of nftables 1.0.9 (Rocky 9.5: nftables-1.0.9-3.el9): builds libnftnl 1.2.6 and nftables 1.0.9 (the release
# tarballs' trees: LIBNFTNL_SRC, NFTABLES_SRC) with Rocky's options that show in the output (sysconfdir /etc, JSON,
# editline), then runs each case as `nft` in a new network namespace as root (an empty ruleset, as on the box with
# firewalld stopped) and as nobody outside it, writing tests/golden/nft/cases.json.
#   LIBNFTNL_SRC=... NFTABLES_SRC=... bash scripts/golden/nft-record.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
prefix=${NFT_PREFIX:-/tmp/nft-1.0.9}
if [ ! -x "$prefix/sbin/nft" ]; then
  (cd "${LIBNFTNL_SRC:?}" && ./configure --prefix="$prefix" -q && make -s && make -s install)
  (cd "${NFTABLES_SRC:?}" && PKG_CONFIG_PATH=$prefix/lib/pkgconfig ./configure --prefix="$prefix" --sysconfdir=/etc --with-cli=editline --with-json --disable-man-doc -q && make -s && make -s install)
fi
bin=$(mktemp -d)
ln -sf "$prefix/sbin/nft" "$bin/nft"
chmod 755 "$bin" "$prefix" "$prefix/lib" "$prefix/sbin"
export LD_LIBRARY_PATH=$prefix/lib PATH=$bin:$PATH
mkdir -p "$root/tests/golden/nft"
node - "$root/tests/golden/nft/cases.json" <<'JS'
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
// [as, setup, command]: as root in a fresh network namespace (after the setup commands) or as nobody
const CASES = [
  ['root', '', 'nft -v'], ['root', '', 'nft --version'], ['root', '', 'nft -h'], ['root', '', 'nft --help'], ['root', '', 'nft'],
  ['root', '', 'nft -x'], ['root', '', 'nft --bogus'], ['root', '', 'nft -f'], ['root', '', 'nft -j'],
  ['root', '', 'nft list ruleset'], ['root', '', 'nft list tables'], ['root', '', 'nft list ruleset ip'], ['root', '', 'nft list ruleset inet'],
  ['root', '', 'nft list tables inet'], ['root', '', 'nft list chains'], ['root', '', 'nft list sets'], ['root', '', 'nft flush ruleset'],
  ['root', '', 'nft -a list ruleset'], ['root', '', 'nft -j list ruleset'], ['root', '', 'nft list ruleset -a'],
  ['root', '', 'nft list ruleset foo'], ['root', '', 'nft list ruleset extra junk'], ['root', '', 'nft list'], ['root', '', 'nft list tablex'],
  ['root', '', 'nft list table'], ['root', '', 'nft list table filter'], ['root', '', 'nft list table inet filter'], ['root', '', 'nft list table ip nat'],
  ['root', '', 'nft foo'], ['root', '', 'nft lst ruleset'], ['root', '', 'nft show ruleset'], ['root', '', 'nft list chain inet firewalld filter_INPUT'],
  ['root', 'nft add table inet firewalld', 'nft list tables'], ['root', 'nft add table inet firewalld', 'nft list ruleset'],
  ['root', 'nft add table inet firewalld', 'nft list table inet firewalld'], ['root', 'nft add table inet firewalld', 'nft list tables ip'],
  ['nobody', '', 'nft list ruleset'], ['nobody', '', 'nft list tables'], ['nobody', '', 'nft foo'], ['nobody', '', 'nft list'],
  ['nobody', '', 'nft list ruleset foo'], ['nobody', '', 'nft -v'], ['nobody', '', 'nft flush ruleset'],
  ['nobody', '', 'nft add table inet t'], ['nobody', '', 'nft list table inet firewalld'],
  ['root', '', 'nft -f /nonexistent'], ['root', '', 'nft --numeric list ruleset'], ['root', '', 'nft -nn list ruleset'], ['root', '', 'nft --n list ruleset'],
  ['root', '', 'nft --version=1'], ['root', '', 'nft --file'], ['root', 'nft add table inet firewalld', 'nft -a list ruleset'],
  ['root', 'nft add table inet firewalld', 'nft list ruleset inet'], ['root', 'nft add table inet firewalld', 'nft list ruleset ip'],
];
const res = CASES.map(([as, setup, cmd]) => {
  const script = (setup ? setup + ' && ' : '') + cmd;
  const r = as === 'root'
    ? spawnSync('unshare', ['-rn', 'bash', '-c', script], { encoding: 'utf8' })
    : spawnSync('setpriv', ['--reuid=nobody', '--regid=nogroup', '--clear-groups', 'bash', '-c', script], { encoding: 'utf8' });
  return { as, setup, cmd, stdout: r.stdout, stderr: r.stderr, status: r.status };
});
fs.writeFileSync(process.argv[2], JSON.stringify(res, null, 1) + '\n');
JS

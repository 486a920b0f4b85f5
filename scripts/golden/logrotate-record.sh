#!/bin/bash
# logrotate 3.18.0 (Rocky 9.5: logrotate-3.18.0-8.el9): builds the release's tree (LOGROTATE_SRC, e.g.
# `git archive 3.18.0` of github.com/logrotate/logrotate) with Rocky's state file path, then runs each case as root
# in a private mount namespace where /etc/logrotate.conf, /etc/logrotate.d, /var/log and /var/lib/logrotate are the
# box's (tests/golden/logrotate/box: the packages' files), writing tests/golden/logrotate/cases.json.
#   LOGROTATE_SRC=... bash scripts/golden/logrotate-record.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
src=${LOGROTATE_SRC:?}
if [ ! -x "$src/logrotate" ]; then
  (cd "$src" && ./autogen.sh && ./configure --with-state-file-path=/var/lib/logrotate/logrotate.status --without-selinux --without-acl -q && make -s)
fi
export LOGROTATE=$src/logrotate BOX=$root/tests/golden/logrotate/box
node - "$root/tests/golden/logrotate/cases.json" <<'JS'
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const CASES = [
  'logrotate --version', 'logrotate --help', 'logrotate -?', 'logrotate --usage', 'logrotate', 'logrotate -x',
  'logrotate --bogus', 'logrotate -s', 'logrotate /nonexistent.conf', 'logrotate -d /etc/logrotate.conf',
  'logrotate -d /etc/logrotate.d/dnf', 'logrotate -d -f /etc/logrotate.d/dnf', 'logrotate -v -d /etc/logrotate.d/chrony',
  'logrotate -d /etc/logrotate.d', 'logrotate -d /etc/logrotate.d/sssd /etc/logrotate.d/btmp',
  'logrotate -d -f /etc/logrotate.conf', 'logrotate /etc/logrotate.conf; echo $?; cat /var/lib/logrotate/logrotate.status',
  'logrotate -v /etc/logrotate.conf', 'logrotate /etc/logrotate.conf; logrotate -d /etc/logrotate.d/dnf',
  'logrotate -f /etc/logrotate.d/dnf; echo $?; ls /var/log; cat /var/lib/logrotate/logrotate.status',
  'logrotate -v -f /etc/logrotate.conf; echo $?; ls /var/log',
  'setpriv --reuid=nobody --regid=nogroup --clear-groups "$LOGROTATE" /etc/logrotate.conf',
  'setpriv --reuid=nobody --regid=nogroup --clear-groups "$LOGROTATE" -d /etc/logrotate.d/dnf',
  'logrotate -d /etc/logrotate.d/nosuch', 'logrotate --version=1',
];
const setup = `set -e; t=$(mktemp -d); cp -a "$BOX/var-log" "$t/log"; mkdir -p "$t/lib" "$t/log/chrony" "$t/log/audit" "$t/log/private";
mount --bind "$BOX/etc/logrotate.conf" /etc/logrotate.conf 2>/dev/null || { touch /etc/logrotate.conf; mount --bind "$BOX/etc/logrotate.conf" /etc/logrotate.conf; };
mkdir -p /etc/logrotate.d /var/lib/logrotate; mount --bind "$BOX/etc/logrotate.d" /etc/logrotate.d;
mount --bind "$t/log" /var/log; mount --bind "$t/lib" /var/lib/logrotate; cd /tmp; logrotate() { "$LOGROTATE" "$@"; }; set +e;`;
const res = CASES.map((cmd) => {
  const r = spawnSync('unshare', ['-m', 'bash', '-c', setup + cmd], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { cmd, stdout: r.stdout.split(process.env.LOGROTATE).join('logrotate'), stderr: r.stderr.split(process.env.LOGROTATE).join('logrotate'), status: r.status };
});
fs.writeFileSync(process.argv[2], JSON.stringify(res, null, 1) + '\n');
JS

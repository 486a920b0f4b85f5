#!/bin/bash
# ausearch and aureport of audit 3.1.5 (Rocky 9.5: audit-3.1.5-1.el9): builds the tag's lib, auparse and src from
# linux-audit/audit-userspace (AUDIT_SRC, a checkout of v3.1.5) and runs each case below over tests/golden/audit/audit.log
# (the guest's /var/log/audit/audit.log as the simulator seeds it) in the guest's locale (en_US.UTF-8, TZ UTC),
# writing tests/golden/audit/cases.json. The "Config file /etc/audit/auditd.conf doesn't exist" line this machine
# prints (the guest has the file) is dropped. Each case reads the log with -if put first (a bare command word runs
# without it, as typed).
#   AUDIT_SRC=/path/to/audit-3.1.5 bash scripts/golden/audit-search-record.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
src=${AUDIT_SRC:?}
if [ ! -x "$src/src/ausearch" ]; then
  (cd "$src" && ./autogen.sh && ./configure --without-python3 --without-golang --disable-zos-remote --without-libcap-ng)
  for d in lib common auparse src; do make -C "$src/$d"; done
fi
loc=$(mktemp -d)
localedef -i en_US -f UTF-8 "$loc/en_US.UTF-8"
# the tag's own libaudit and libauparse, not this machine's
export LOCPATH=$loc LC_ALL=en_US.UTF-8 TZ=UTC LD_LIBRARY_PATH=$src/lib/.libs:$src/auparse/.libs
log=$root/tests/golden/audit/audit.log
cd "$(mktemp -d)"
ln -sf "$src/src/.libs/ausearch" ausearch
ln -sf "$src/src/.libs/aureport" aureport
node -e '
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const [log, out, ...cases] = process.argv.slice(1);
const res = cases.map((c) => {
  const argv = c.split(" ").filter(Boolean);
  const r = spawnSync("./" + argv[0], argv.length > 1 ? ["-if", log, ...argv.slice(1)] : [], { encoding: "utf8" });
  const drop = (s) => s.split("\n").filter((l) => !l.startsWith("Config file /etc/audit/auditd.conf")).join("\n");
  return { cmd: c, stdout: r.stdout, stderr: drop(r.stderr), status: r.status };
});
fs.writeFileSync(out, JSON.stringify(res, null, 1) + "\n");
' "$log" "$root/tests/golden/audit/cases.json" \
  'ausearch' 'ausearch -m' 'ausearch -i' 'ausearch -r' 'ausearch --format raw' 'ausearch --format interpret' 'ausearch -m SERVICE_START' \
  'ausearch -m SERVICE_START,DAEMON_START -i' 'ausearch -m USER_LOGIN' 'ausearch -m BOGUS' 'ausearch -k identity' \
  'ausearch -ts 12/10/2025' 'ausearch -ts 12/10/2025 01:02:56' 'ausearch -ts 12/10/2025 01:02:56 -te 12/10/2025 01:02:57 -i' \
  'ausearch -ts 13/10/2025' 'ausearch -ts 12/10/2025 25:00:00' 'ausearch -ts today' 'ausearch -ts yesterday' 'ausearch -ts bogus' \
  'ausearch -a 11' 'ausearch -a x' 'ausearch -p 611' 'ausearch -ui 0 -i' 'ausearch -ua 1000' 'ausearch -sv yes' 'ausearch -x' 'ausearch --bogus' \
  'ausearch -v' 'ausearch -h' 'ausearch -m SERVICE_START --just-one' 'ausearch -c systemd' 'ausearch -k' \
  'aureport' 'aureport -i' 'aureport -au' 'aureport -l' 'aureport -k' 'aureport -m' 'aureport -e' 'aureport -e -i' 'aureport -x' \
  'aureport -p' 'aureport -s' 'aureport -f' 'aureport -t' 'aureport -c' 'aureport -n' 'aureport -u' 'aureport -r' \
  'aureport -au --summary' 'aureport -l --summary' 'aureport -e --summary' 'aureport -x --summary' 'aureport -k --summary' \
  'aureport --failed' 'aureport --success' 'aureport -v' 'aureport -h' 'aureport --bogus' 'aureport -ts today' 'aureport -ts 12/10/2025 01:02:56 -te now'

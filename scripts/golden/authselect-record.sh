#!/bin/bash
# authselect 1.2.6 (Rocky 9.5: authselect-1.2.6-2.el9): builds the release's tree (AUTHSELECT_SRC: `git archive
# 1.2.6` of github.com/authselect/authselect) with the system's paths, installs it under a scratch root without the
# nis profile (Rocky 9's package has minimal, sssd and winbind), and runs each case as root in a private mount
# namespace (overlays on /etc and /var/lib) where the box's never-configured state holds: no /etc/authselect configuration, and the PAM and
# nsswitch files as plain files of their packages. Writes tests/golden/authselect/cases.json.
#   AUTHSELECT_SRC=... bash scripts/golden/authselect-record.sh
set -e
root=$(cd "$(dirname "$0")/../.." && pwd)
src=${AUTHSELECT_SRC:?}
dest=${AUTHSELECT_ROOT:-/tmp/authselect-1.2.6-root}
if [ ! -x "$dest/usr/bin/authselect" ]; then
  (cd "$src" && autoreconf -if && ./configure --prefix=/usr --sysconfdir=/etc --localstatedir=/var --with-compat=no -q && make -s && make -s install DESTDIR="$dest")
fi
rm -rf "$dest/usr/share/authselect/default/nis"
mkdir -p /usr/share/authselect "$root/tests/golden/authselect"
export DEST=$dest
node - "$root/tests/golden/authselect/cases.json" <<'JS'
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const CASES = [
  'authselect', 'authselect --help', 'authselect -?', 'authselect --usage', 'authselect --version', 'authselect bogus',
  'authselect current', 'authselect current --raw', 'authselect check', 'authselect list', 'authselect list --raw',
  'authselect list-features sssd', 'authselect list-features minimal', 'authselect list-features winbind', 'authselect list-features nosuch',
  'authselect list-features', 'authselect select', 'authselect select minimal', 'authselect select sssd', 'authselect select sssd with-mkhomedir',
  'authselect select nosuch', 'authselect select sssd with-nosuch', 'authselect enable-feature with-mkhomedir', 'authselect disable-feature with-mkhomedir',
  'authselect apply-changes', 'authselect current --help', 'authselect select --help', 'authselect current --bogus',
  ...['list', 'list-features', 'show', 'requirements', 'check', 'test', 'enable-feature', 'disable-feature', 'apply-changes', 'create-profile',
    'backup-list', 'backup-remove', 'backup-restore'].map((c) => `authselect ${c} --help`),
  'authselect show', 'authselect requirements', 'authselect test', 'authselect check extra', 'authselect current extra', 'authselect -x',
  'authselect select minimal --force; echo $?; authselect current; authselect current --raw; authselect check; cat /etc/authselect/authselect.conf',
  'authselect select sssd with-mkhomedir with-faillock -f; echo $?; authselect current; authselect current --raw; cat /etc/authselect/authselect.conf',
  'authselect select winbind --force --quiet; echo $?; authselect current',
  'authselect select sssd --force; authselect enable-feature with-sudo; echo $?; authselect current; authselect disable-feature with-sudo; echo $?; authselect current',
  'authselect select sssd --force; authselect select minimal; echo $?; authselect current --raw',
  'authselect select sssd --force; authselect enable-feature with-nosuch; echo $?; authselect disable-feature with-nosuch; echo $?',
  'authselect select sssd with-smartcard with-fingerprint with-mkhomedir --force --nobackup', 'authselect select minimal with-mkhomedir with-altfiles --force --nobackup',
  'authselect select winbind with-fingerprint --force --nobackup', 'authselect select sssd with-sudo with-gssapi with-files-domain --force --nobackup -q; authselect current',
  'authselect select minimal --force --nobackup; authselect enable-feature with-mkhomedir; authselect enable-feature with-faillock -q; authselect current', 'authselect select sssd with-sud',
  'authselect select sssd xyz', 'authselect select minimal --force --nobackup; authselect apply-changes; echo $?; authselect select minimal; echo $?',
];
const setup = `set -e; t=$(mktemp -d); mkdir -p $t/up $t/work $t/vup $t/vwork;
mount -t overlay overlay -o lowerdir=/etc,upperdir=$t/up,workdir=$t/work /etc; mount -t overlay overlay -o lowerdir=/var/lib,upperdir=$t/vup,workdir=$t/vwork /var/lib;
rm -rf /etc/pam.d /etc/authselect /etc/dconf /var/lib/authselect; mkdir -p /etc/pam.d /etc/authselect /var/lib/authselect;
for f in system-auth password-auth fingerprint-auth smartcard-auth postlogin; do echo '#' > /etc/pam.d/$f; done; echo '#' > /etc/nsswitch.conf;
mount --bind "$DEST/usr/share/authselect" /usr/share/authselect;
b=$(mktemp -d); ln -s "$DEST/usr/bin/authselect" $b/authselect; export PATH=$b:$PATH LD_LIBRARY_PATH="$DEST/usr/lib"; cd /tmp; set +e;`;
const res = CASES.map((cmd) => {
  const r = spawnSync('unshare', ['-m', 'bash', '-c', setup + cmd], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
  return { cmd, stdout: r.stdout, stderr: r.stderr, status: r.status };
});
fs.writeFileSync(process.argv[2], JSON.stringify(res, null, 1) + '\n');
JS

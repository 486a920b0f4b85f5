/**
 * Records `visudo -c -f FILE` of sudo 1.9.5p2 over sudoers texts (good ones and the usual mistakes) into
 * tests/golden/visudo/check.json: stdout, stderr and status of the real program, for the simulator's checker.
 * The program is built from the SUDO_1_9_5p2 tag (git archive; ./configure --without-pam --disable-nls; make):
 *
 *   npx tsx scripts/golden/visudo-check.ts <path to plugins/sudoers/visudo>
 *
 * A redefined alias is left out: 1.9.5p2 prints freed memory for its name (alias_error() in gram.y).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const visudo = process.argv[2];
if (!visudo) {
  console.error('usage: visudo-check.ts <visudo>');
  process.exit(2);
}
const CASES: string[] = [
  'root ALL=(ALL) ALL\n%wheel ALL=(ALL) ALL\n',
  '%vagrant ALL=(ALL) NOPASSWD: ALL\n',
  'root ALL=(ALL) ALL\nvagrant ALL=(ALL) ALL foo\n',
  'vagrant ALL=(ALL NOPASSWD: ALL\n',
  'vagrant ALL = ALL\nfoo bar\n',
  'Defaults   bogus_opt\n',
  'vagrant ALL=(ALL) NOPASWD: ALL\n',
  'vagrant ALL (ALL) ALL\n',
  'vagrant ALL=(ALL) NOPASSWD ALL\n',
  'vagrant ALL=(ALL:ALL) ALL\n',
  'vagrant ALL=(ALL) NOPASSWD: /usr/bin/systemctl restart httpd\n',
  'vagrant\n',
  'vagrant ALL=\n',
  '%wheel ALL=(ALL) ALL,\n',
  'User_Alias ADMINS = alice, bob\n',
  'User_Alias admins = alice\n',
  'Cmnd_Alias SVC = /usr/bin/systemctl\n',
  'ADMINS ALL = SVC\n',
  'Defaults env_reset\n',
  'Defaults:vagrant !requiretty\n',
  'Defaults secure_path = /sbin:/bin:/usr/sbin:/usr/bin\n',
  'Defaults timestamp_timeout=abc\n',
  'Defaults timestamp_timeout = abc\n',
  'Defaults timestamp_timeout=5\n',
  'vagrant ALL=(ALL) ALL # comment\n',
  '\tvagrant ALL=(ALL) ALL\n',
  'vagrant ALL=(ALL)) ALL\n',
  'vagrant ALL=(ALL) systemctl\n',
  'vagrant, bob ALL=(root) /bin/ls, /bin/cat\n',
  'Defaults bogus, env_reset\n',
  'Defaults  env_reset,bogus ,  env_reset\n',
  'Defaults env_reset=yes\n',
  'Defaults secure_path\n',
  'Defaults secure_path, env_reset\n',
  'Defaults !secure_path\n',
  'Defaults passwd_tries=x\n',
  'Defaults env_keep += "COLORS DISPLAY HOSTNAME"\n',
  'Defaults\n',
  'Defaults:vagrant\n',
  'Defaults bogus\nDefaults other\n',
  'Defaults lecture = sometimes\n',
  'Defaults umask=0999\n',
  'Defaults editor=vim\n',
  'root ALL=(ALL) ALL\nfoo\nbar baz\n',
  'vagrant ALL=(ALL) ALL\nDefaults bogus\nfoo\n',
  'Cmnd_Alias C = /bin/ls\nvagrant ALL = C\n',
  'Host_Alias H = host1\nvagrant H = ALL\n',
  'vagrant ALL=(root) ls -l\n',
  'vagrant ALL=(ALL) sudoedit /etc/hosts\n',
  'vagrant ALL=(ALL) !/bin/su, /bin/ls\n',
  'vagrant ALL=(:wheel) ALL\n',
  'bob ALL=(ALL) NOPASSWD: /usr/bin/dnf, PASSWD: /usr/bin/rpm\n',
  'alice ALL = (ALL) ALL : otherhost = /bin/ls\n',
  'Defaults:%wheel !authenticate\n',
  'Cmnd_Alias SERVICES = /sbin/service, /usr/bin/systemctl start, /usr/bin/systemctl stop\n%sys ALL = SERVICES\n',
  'vagrant ALL=(ALL) NOPASSWD: ALL\nvagrant ALL=(ALL) NOPASSWD: ALL,\nfoo bar = /bin/ls\n',
];
const dir = mkdtempSync(path.join(tmpdir(), 'visudo-'));
const rows = CASES.map((text, i) => {
  const name = `case${i + 1}`;
  writeFileSync(path.join(dir, name), text);
  const r = spawnSync(visudo, ['-c', '-f', name], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, LANG: 'C' } });
  return { name, text, stdout: r.stdout, stderr: r.stderr, status: r.status };
});
const root = path.resolve(import.meta.dirname, '../..');
writeFileSync(path.join(root, 'tests/golden/visudo/check.json'), JSON.stringify(rows, null, 1) + '\n');
console.log(`recorded ${rows.length} cases`);

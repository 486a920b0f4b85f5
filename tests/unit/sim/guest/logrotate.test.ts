// logrotate 3.18.0: each case of tests/golden/logrotate/cases.json (the release built and run by
// scripts/golden/logrotate-record.sh as root over the box's configuration files, tests/golden/logrotate/box, and as
// nobody) answers the same on a fresh guest, as root through sudo or as vagrant. The recording's clock is not the
// guest's, so dates and times are compared as shapes; its utmp group is Debian's 43 where Rocky's setup package
// gives 22; and the recorded build lacked ACL and SELinux support, which Rocky's links in.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import { plainRun } from '../plain';

beforeAll(async () => {
  await loadGuest();
});

type Case = { cmd: string; stdout: string; stderr: string; status: number };
const cases = JSON.parse(readFileSync('tests/golden/logrotate/cases.json', 'utf8')) as Case[];

const shape = (t: string) =>
  t
    .replace(/\d{4}-\d\d-\d\d \d\d:\d\d/g, 'DATE')
    .replace(/ \d{4}-\d{1,2}-\d{1,2}-\d{1,2}:\d{1,2}:\d{1,2}$/gm, ' STAMP')
    .replace(/-\d{8}\b/g, '-YYYYMMDD');

function guestCommand(cmd: string): string {
  const nobody = 'setpriv --reuid=nobody --regid=nogroup --clear-groups "$LOGROTATE"';
  if (cmd.startsWith(nobody)) return 'logrotate' + cmd.slice(nobody.length);
  // the recording's ls wrote to a pipe: one name a line
  return cmd.replace(/(^|; )logrotate/g, '$1sudo logrotate').replace(/\bls \/var\/log/g, 'ls -1 /var/log');
}

describe('logrotate', () => {
  it('answers as logrotate 3.18.0 over the box configuration', async () => {
    expect(cases.length).toBeGreaterThan(20);
    for (const c of cases) {
      const s = await createSession({ lab: 'vm' });
      const r = plainRun(await s.exec(guestCommand(c.cmd)));
      const want = {
        stdout: shape(c.stdout.replace(/(ACL|SELinux) support: {2,}no/g, (m) => m.replace('no', 'yes'))),
        stderr: shape(c.stderr.replace(/gid = 43/g, 'gid = 22')),
      };
      expect({ cmd: c.cmd, stdout: shape(r.stdout), stderr: shape(r.stderr), status: r.exitCode }).toEqual({ cmd: c.cmd, ...want, status: c.status });
    }
  });

  it("keeps the box's configuration files and a new state to the hour", async () => {
    const s = await createSession({ lab: 'vm' });
    for (const f of ['etc/logrotate.conf', 'etc/logrotate.d/btmp', 'etc/logrotate.d/chrony', 'etc/logrotate.d/dnf', 'etc/logrotate.d/rsyslog', 'etc/logrotate.d/sssd', 'etc/logrotate.d/wtmp'])
      expect((await s.exec(`cat /${f}`)).stdout).toBe(readFileSync(`tests/golden/logrotate/box/${f}`, 'utf8'));
    const now = (await s.exec('date "+%Y-%m-%d %H"')).stdout.trim();
    const r = await s.exec('sudo logrotate -d /etc/logrotate.d/dnf');
    expect(r.stderr).toContain(`  Last rotated at ${now}:00\n`);
    expect(r.stderr).toContain(`  Now: ${now}:`);
  });

  it('rotates again only what the state says is due, and keeps rotated files', async () => {
    const s = await createSession({ lab: 'vm' });
    expect((await s.exec('sudo logrotate -f /etc/logrotate.conf')).exitCode).toBe(0);
    const ls = (await s.exec('ls /var/log')).stdout.split(/\s+/);
    const day = (await s.exec('date +%Y%m%d')).stdout.trim();
    expect(ls).toEqual(expect.arrayContaining([`btmp-${day}`, `wtmp-${day}`, `hawkey.log-${day}`, 'btmp', 'wtmp', 'hawkey.log']));
    expect((await s.exec('stat -c "%a %U %G %s" /var/log/wtmp')).stdout).toBe('664 root utmp 0\n');
    expect((await s.exec(`stat -c "%s" /var/log/wtmp-${day}`)).stdout).toBe('1920\n');
    // a second forced run the same day: the dated name is taken
    const again = await s.exec('sudo logrotate -f /etc/logrotate.conf');
    expect(again.exitCode).toBe(1);
    // hawkey.log, made again empty, is left alone (notifempty)
    expect(again.stderr).toBe(['btmp', 'wtmp'].map((f) => `error: destination /var/log/${f}-${day} already exists, skipping rotation\n`).join(''));
    // without logrotate.conf's dateext, btmp's own file rotates to numbered names
    expect((await s.exec('sudo logrotate -f /etc/logrotate.d/btmp; ls -1 /var/log/btmp*')).stdout).toBe(`/var/log/btmp\n/var/log/btmp-${day}\n/var/log/btmp.1\n`);
  });
});

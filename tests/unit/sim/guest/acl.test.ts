// getfacl and setfacl of acl 2.3.1 against the same release recorded on this machine (scripts/golden/acl-record.ts).
// The recording ran as vagrant in a fresh directory; here the directory is in vagrant's home (the guest's files
// elsewhere belong to root), the SELinux '.' of ls -l stands where the recording machine had none, and vagrant's
// uid is the box's 1000.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { restoreWorld, saveWorld, type WorldSnapshot } from '../../../../src/sim/snapshot';
import { accessAcl } from '../../../../src/sim/commands/lib/acl';

interface Case {
  cmd: string;
  stdout: string;
  stderr: string;
}
const cases = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../golden/acl/cases.json'), 'utf8')) as { cases: Case[] }).cases;
const SETUP = 'umask 022; mkdir ~/aclrec && cd ~/aclrec && echo hi > f && echo hi > x && chmod 755 x && mkdir d && echo hi > d/g && touch ~/aclrec-absolute';
const here = (s: string) => s.replace(/\/tmp\/aclrec-absolute/g, '/home/vagrant/aclrec-absolute').replace(/tmp\/aclrec-absolute/g, 'home/vagrant/aclrec-absolute');
const recorded = (c: Case) => ({
  stdout: here(c.stdout)
    .replace(/^([-dl][-rwxsStT]{9}) $/gm, '$1.')
    .replace(/^# (owner|group): 1001$/gm, '# $1: 1000'),
  stderr: here(c.stderr),
});

describe('getfacl and setfacl over the recorded cases', () => {
  for (const c of cases.filter((x) => !x.cmd.includes('--help'))) {
    it(c.cmd, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      // through a pipe, as recorded (getfacl aligns its comments only on a terminal)
      const r = await s.exec(`${SETUP} && { ${here(c.cmd)}; echo "status=$?"; } | cat`);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual(recorded(c));
    });
  }
});

describe('ACLs in the guest', () => {
  it('help texts are acl 2.3.1s', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    for (const c of cases.filter((x) => x.cmd.includes('--help'))) expect((await s.exec(c.cmd)).stdout).toBe(c.stdout.replace(/status=0\n$/, ''));
  });

  it('only the owner or root changes an ACL; the ACL survives a snapshot of the world', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('setfacl -m u:vagrant:rw /etc/hosts')).toMatchObject({ stderr: 'setfacl: /etc/hosts: Operation not permitted\n', exitCode: 1 });
    expect(await s.exec('sudo setfacl -m u:vagrant:rw /etc/hosts; ls -l /etc/hosts | cut -c1-11')).toMatchObject({ stdout: '-rw-rw-r--+\n' });
    expect((await s.exec('getfacl -c /etc/hosts 2>/dev/null')).stdout).toBe('user::rw-\nuser:vagrant:rw-\ngroup::r--\nmask::rw-\nother::r--\n\n');
    const snap = JSON.parse(JSON.stringify(await saveWorld(s.world))) as WorldSnapshot;
    const w = await restoreWorld(snap);
    expect(accessAcl(w.host('default').fs.get('/etc/hosts')!)).toEqual([
      { tag: 'user', perm: 6 },
      { tag: 'user', id: 1000, perm: 6 },
      { tag: 'group', perm: 4 },
      { tag: 'mask', perm: 6 },
      { tag: 'other', perm: 4 },
    ]);
  });

  it('aligns #effective comments to column 32 on a terminal', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('touch ~/t && setfacl -m u:vagrant:rw,m::r,g::rw ~/t');
    expect((await s.exec('getfacl -c ~/t')).stdout).toBe('user::rw-\nuser:vagrant:rw-\t\t#effective:r--\ngroup::rw-\t\t\t#effective:r--\nmask::r--\nother::r--\n\n');
    expect((await s.exec('getfacl -c ~/t | cat')).stdout).toContain('group::rw-\t#effective:r--\n');
  });
});

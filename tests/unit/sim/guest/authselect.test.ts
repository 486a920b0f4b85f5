// authselect 1.2.6: each case of tests/golden/authselect/cases.json (the release built and run by
// scripts/golden/authselect-record.sh as root over a never-configured system, as the box is) answers the same on a
// fresh guest through sudo. Backup names carry the time and a random tag, compared as shapes. The commands whose
// answers are not modelled (show, requirements, test, create-profile, backups) are left out of the comparison
// except for their usage and errors.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

type Case = { cmd: string; stdout: string; stderr: string; status: number };
const cases = JSON.parse(readFileSync('tests/golden/authselect/cases.json', 'utf8')) as Case[];
const shape = (t: string) => t.replace(/backups\/\d{4}(-\d\d){5}\.[A-Za-z0-9]{6}/g, 'backups/NAME');
const unmodelled = /^authselect (show|requirements|test|create-profile|backup-\w+) \w/;

describe('authselect', () => {
  it('answers as authselect 1.2.6 on the never-configured box', async () => {
    const run = cases.filter((c) => !unmodelled.test(c.cmd) || /--help/.test(c.cmd));
    expect(run.length).toBeGreaterThan(50);
    for (const c of run) {
      const s = await createSession({ lab: 'vm' });
      const r = await s.exec(c.cmd.replace(/(^|; )authselect/g, '$1sudo authselect').replace(/\bcat \/etc/g, 'sudo cat /etc'));
      expect({ cmd: c.cmd, stdout: shape(r.stdout), stderr: r.stderr, status: r.exitCode }).toEqual({ cmd: c.cmd, stdout: shape(c.stdout), stderr: c.stderr, status: c.status });
    }
  });

  it('reads the same as vagrant, and names the program as typed', async () => {
    const s = await createSession({ lab: 'vm' });
    expect(await s.exec('authselect current')).toMatchObject({ stdout: 'No existing configuration detected.\n', exitCode: 2 });
    expect(await s.exec('authselect check')).toMatchObject({ stdout: 'System was not configured with authselect.\n', exitCode: 2 });
    const r = await s.exec('/usr/bin/authselect');
    expect(r.stderr.split('\n').slice(0, 2)).toEqual(['Usage:', '/usr/bin/authselect COMMAND COMMAND-ARGS']);
    expect((await s.exec('which authselect')).stdout).toBe('/usr/bin/authselect\n');
  });
});

// findmnt and dmesg against the real tools (tests/golden/util-linux, scripts/golden/record.sh util-linux): the
// host's findmnt and dmesg read the guest's mount table and kernel buffer from files (-F), which must still be
// what the simulator holds; the simulator runs each case on the guest without -F and must print the same.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { tables } from './util-linux-tables';

const DIR = path.resolve(import.meta.dirname, '../../../golden/util-linux');

const cases = readdirSync(DIR)
  .filter((n) => n !== 'files' && statSync(path.join(DIR, n)).isDirectory() && existsSync(path.join(DIR, n, 'cmd')))
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

describe('util-linux golden cases', () => {
  it('the recorded tables are the guest\'s mount table and kernel buffer', async () => {
    const t = await tables(await createSession({ lab: 'vm', seed: 1 }));
    expect(t.mountinfo).toBe(readFileSync(path.join(DIR, 'files/mountinfo'), 'utf8'));
    expect(t.kmsg).toBe(readFileSync(path.join(DIR, 'files/kmsg'), 'utf8'));
    expect(t.fstab).toBe(readFileSync(path.join(DIR, 'files/fstab'), 'utf8'));
  });

  it('has cases', () => expect(cases.length).toBeGreaterThan(20));

  for (const c of cases) {
    it(`${c.name}: ${c.cmd}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 1 });
      const cmd = c.cmd.replace(/ -F (mountinfo|kmsg|fstab)\b/, '');
      const r = await s.exec(`${cmd} > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

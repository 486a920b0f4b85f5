// The vagrant command against the outputs recorded from the real tool (scripts/record-vagrant.mjs), in the
// lab's version: tests/golden/vagrant/2.4 (2.3.4's recordings with the differences 2.4.3's source proves).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const ROOT = path.resolve(__dirname, '../../golden/vagrant/2.4');
const DIR = 'D:\\3_VMs\\HashiCorp';

/**
 * Cases whose real answer depends on what this recording machine has and the lab's does not (see
 * tests/golden/vagrant/2.4/DIFFERENCES.md): the provider installed (libvirt here, VirtualBox in the lab) and
 * the plugins it brings.
 */
const MACHINE_BOUND = new Set(['validate-no-box']);

const read = (dir: string, f: string) => (fs.existsSync(path.join(dir, f)) ? fs.readFileSync(path.join(dir, f), 'utf8') : undefined);

const cases = fs
  .readdirSync(ROOT)
  .filter((n) => fs.statSync(path.join(ROOT, n)).isDirectory() && !MACHINE_BOUND.has(n))
  .sort();

describe('vagrant answers as the real tool does', () => {
  it('has recorded cases', () => expect(cases.length).toBeGreaterThan(100));
  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(ROOT, name);
      const setup = read(dir, 'setup');
      const s = await createSession({ lab: 'host', seed: 1, files: setup ? { [`${DIR}\\Vagrantfile`]: setup } : {} });
      for (const line of (read(dir, 'pre') ?? '').split('\n').filter(Boolean)) await s.exec(line);
      const r = await s.exec(read(dir, 'cmd')!.trim());
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.exitCode }).toEqual({
        stdout: read(dir, 'stdout'),
        stderr: read(dir, 'stderr'),
        status: Number(read(dir, 'status')),
      });
      for (const out of ['Vagrantfile', 'Other']) {
        const want = read(dir, out);
        if (want !== undefined) expect(s.world.host('host').fs.read(`${DIR}\\${out}`)).toBe(want);
      }
    });
  }
});

// xfsprogs 6.4.0 (Rocky 9.5) against the tools built from its sources with Rocky's tiny-filesystem patch
// (tests/golden/xfsprogs, recorded by scripts/golden/xfsprogs.sh as root in /root/xfs): mkfs.xfs's geometry and
// refusals, xfs_info on image files and mounted loop devices, xfs_growfs after the image file grew.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

const DIR = path.resolve(import.meta.dirname, '../../../golden/xfsprogs');
const cases = readdirSync(DIR)
  .filter((n) => statSync(path.join(DIR, n)).isDirectory())
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, line: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

describe('xfsprogs 6.4.0 on image files, as recorded', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.line}`, async () => {
      await loadGuest();
      const s = await createSession({ lab: 'vm', seed: 5 });
      await s.exec('sudo -i');
      await s.exec('mkdir -p /root/xfs; cd /root/xfs');
      const r = await s.exec(`{ ${c.line}\n} < /dev/null > /tmp/.out 2> /tmp/.err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.out'), stderr: fs.read('/tmp/.err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

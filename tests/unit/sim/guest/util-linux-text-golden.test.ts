// util-linux's text tools against their recorded output (tests/golden/util-linux-text, scripts/golden/record.sh
// util-linux-text): each case runs in the guest over the same files, stdout and stderr to files as recorded.
import { readdirSync, readFileSync, existsSync, statSync, lstatSync, readlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { fromBytes } from '../../../../src/sim/commands/lib/bytes';

const DIR = path.resolve(import.meta.dirname, '../../../golden/util-linux-text');
const files: Record<string, string> = {};
const links: [string, string][] = [];
(function walk(dir: string, rel: string) {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    const st = lstatSync(p);
    if (st.isSymbolicLink()) links.push([readlinkSync(p), `${rel}/${n}`]);
    else if (st.isDirectory()) walk(p, `${rel}/${n}`);
    else files[`default:${rel}/${n}`] = fromBytes(readFileSync(p));
  }
})(path.join(DIR, 'files'), '/home/vagrant/fx');

const cases = readdirSync(DIR)
  .filter((n) => n !== 'files' && statSync(path.join(DIR, n)).isDirectory() && existsSync(path.join(DIR, n, 'cmd')))
  .sort()
  .map((name) => {
    const f = (x: string) => fromBytes(readFileSync(path.join(DIR, name, x)));
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

describe('util-linux text tools as recorded', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(50));
  for (const c of cases) {
    it(`${c.name}: ${c.cmd}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 1, files });
      for (const [target, at] of links) await s.exec(`ln -s ${target} ${at}`);
      await s.exec('cd /home/vagrant/fx');
      const r = await s.exec(`{ ${c.cmd}\n} < /dev/null > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

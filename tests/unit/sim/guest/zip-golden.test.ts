// zip 3.0 after `sudo dnf install -y zip`, against the real Info-ZIP zip 3.0's recorded output (tests/golden/zip,
// scripts/golden/zip.sh): each case runs in a fresh directory holding dir/a.txt, as the script ran it.
// The recording's file(1) is 5.44, which adds ", compression method=..." to a Zip archive; Rocky 9.5's file 5.39
// (magic/Magdir/archive at FILE5_39) stops after "to extract", so that tail is taken off the expectation.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { plainRun } from '../plain';

const DIR = path.resolve(import.meta.dirname, '../../../golden/zip');
const cases = readdirSync(DIR)
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout').replace(/, compression method=\w+$/gm, ''), stderr: f('stderr'), status: Number(f('status')) };
  });

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
  const before = await s.exec('zip a.zip x');
  expect(before.stderr).toBe('-bash: zip: command not found\n');
  const r = await s.exec('sudo dnf install -y zip');
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/^ zip +x86_64 +3\.0-35\.el9 +baseos +266 k$/m);
}, 60_000);

describe('zip 3.0 as recorded', () => {
  for (const c of cases)
    it(`${c.name}: ${c.cmd}`, async () => {
      await s.exec(`rm -rf ~/zg && mkdir -p ~/zg/dir && printf 'hello\\n' > ~/zg/dir/a.txt && cd ~/zg`);
      const r = plainRun(await s.exec(c.cmd));
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr).toBe(c.stderr);
      expect(r.exitCode).toBe(c.status);
    });
});

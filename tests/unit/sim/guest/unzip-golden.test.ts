// UnZip 6.0 after `sudo dnf install -y zip unzip`, against the real UnZip 6.0's recorded output (tests/golden/unzip,
// scripts/golden/unzip.sh). The archive is made here by the guest's zip with the entries in the order the recorded
// zip -r wrote them (its readdir order), from the same files and times.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { plainRun } from '../plain';

const DIR = path.resolve(import.meta.dirname, '../../../golden/unzip');
const cases = readdirSync(DIR)
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
  expect((await s.exec('unzip a.zip')).stderr).toBe('-bash: unzip: command not found\n');
  const r = await s.exec('sudo dnf install -y zip unzip');
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/^ unzip +x86_64 +6\.0-56\.el9 +baseos +180 k$/m);
}, 60_000);

describe('UnZip 6.0 as recorded', () => {
  for (const c of cases)
    it(`${c.name}: ${c.cmd}`, async () => {
      // the recording's files were made under umask 0022 (unzip.sh), where vagrant's login has 0002
      const setup = await s.exec(
        "umask 022 && rm -rf ~/ug && mkdir -p ~/ug/dir/sub && cd ~/ug && printf 'hello\\n' > dir/a.txt && seq 1 200 > dir/sub/n.txt && " +
          "touch -d '2026-12-07 10:11:00' dir/a.txt dir/sub/n.txt dir/sub dir && zip -q a.zip dir dir/sub dir/sub/n.txt dir/a.txt && rm -rf dir",
      );
      expect(setup.exitCode).toBe(0);
      // the recording ran each case with standard input from /dev/null
      const r = plainRun(await s.exec(`${c.cmd} < /dev/null`));
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr).toBe(c.stderr);
      expect(r.exitCode).toBe(c.status);
    });
});

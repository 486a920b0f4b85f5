// jq 1.6 after `sudo dnf install -y jq`, against the real jq 1.6's recorded output (tests/golden/jq,
// scripts/golden/record.sh jq): stdout, stderr and exit status of every case, over the fixture files.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/jq');

const cases = readdirSync(DIR)
  .filter((n) => n !== 'files' && statSync(path.join(DIR, n)).isDirectory() && existsSync(path.join(DIR, n, 'cmd')))
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

let s: Session;

beforeAll(async () => {
  const files: Record<string, string> = {};
  for (const n of readdirSync(path.join(DIR, 'files'))) files[`default:/home/vagrant/fx/${n}`] = readFileSync(path.join(DIR, 'files', n), 'utf8');
  s = await createSession({ lab: 'vm', seed: 1, files });
  expect((await s.exec('sudo dnf install -y jq')).exitCode).toBe(0);
  await s.exec('cd /home/vagrant/fx');
});

describe('jq 1.6 as recorded', () => {
  for (const c of cases) {
    it(c.name + ': ' + c.cmd, async () => {
      // recorded with stdout and stderr not a terminal (no colour)
      const r = await s.exec(`${c.cmd} > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

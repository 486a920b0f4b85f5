// git after `sudo dnf install -y git`, against real git's recorded output (tests/golden/git, scripts/golden/record.sh
// git): each case's lines run by bash in a fresh /home/vagrant/fx with the fixture files and no ~/.gitconfig, with
// the recorder's `tick` for the author and committer dates; stdout, stderr and the last status must match.
// The fixtures are git 2.43.5's (built from its tag); what Debian's 2.39.5 says otherwise is listed in
// src/sim/commands/git/DIFFERENCES.md.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/git');

const cases = readdirSync(DIR)
  .filter((n) => n !== 'files' && statSync(path.join(DIR, n)).isDirectory() && existsSync(path.join(DIR, n, 'cmd')))
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd'), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

const fixtures = readdirSync(path.join(DIR, 'files')).map((n) => [n, readFileSync(path.join(DIR, 'files', n), 'utf8')] as const);

let s: Session;

beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
  expect((await s.exec('sudo dnf install -y git')).exitCode).toBe(0);
});

describe('git as recorded', () => {
  for (const c of cases) {
    it(c.name + ': ' + c.cmd.trim().replace(/\n/g, '; '), async () => {
      const fs = s.world.host('default').fs;
      await s.exec('cd /home/vagrant && rm -rf fx .gitconfig repo.git copy && mkdir fx && cd fx');
      for (const [n, t] of fixtures) fs.write(`/home/vagrant/fx/${n}`, t);
      fs.write('/tmp/.case', 't=1765328575; tick() { t=$((t+60)); export GIT_AUTHOR_DATE="@$t +0000" GIT_COMMITTER_DATE="@$t +0000"; }; tick\n' + c.cmd);
      const r = await s.exec('bash /tmp/.case > /tmp/.golden-out 2> /tmp/.golden-err');
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

// POSIX regular expressions in grep, sed, gawk, expr and bash's [[ =~ ]] against the real tools' recorded output
// (tests/golden/regex, scripts/golden/record.sh regex): leftmost-longest matches, submatches as glibc sets
// them, BRE/ERE syntax corners and the compile errors.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const DIR = path.resolve(import.meta.dirname, '../../golden/regex');

const cases = readdirSync(DIR)
  .filter((n) => n !== 'files' && statSync(path.join(DIR, n)).isDirectory() && existsSync(path.join(DIR, n, 'cmd')))
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

const files: Record<string, string> = {};
for (const n of readdirSync(path.join(DIR, 'files'))) files[`default:/home/vagrant/fx/${n}`] = readFileSync(path.join(DIR, 'files', n), 'utf8');

describe('regex: POSIX patterns in grep, sed, gawk, expr and [[ =~ ]] as recorded', () => {
  for (const c of cases) {
    it(c.name + ': ' + c.cmd, async () => {
      const s = await createSession({ lab: 'vm', seed: 1, files });
      await s.exec('cd /home/vagrant/fx');
      // a case of several commands writes all of them to the files, as the recorder did
      const r = await s.exec(`{ ${c.cmd}; } > /tmp/.golden-out 2> /tmp/.golden-err`);
      const fs = s.world.host('default').fs;
      expect({ stdout: fs.read('/tmp/.golden-out'), stderr: fs.read('/tmp/.golden-err'), status: r.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, status: c.status });
    });
  }
});

// Interactive bash against the real one: tests/golden/bash/ was recorded by `scripts/golden/record.sh bash`
// (a login bash on a terminal, job control on). Each case's lines are typed into a guest shell in the same
// fixture tree; what it prints on stdout and stderr, and `$?` at the end, must match byte for byte.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

const DIR = path.resolve(import.meta.dirname, '../../../golden/bash');

function tree(dir: string, prefix: string, out: Record<string, string> = {}): Record<string, string> {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) tree(p, `${prefix}/${n}`, out);
    else out[`${prefix}/${n}`] = readFileSync(p, 'utf8');
  }
  return out;
}

/** Job PIDs differ from run to run: `[1] 2743` → `[1] PID`, `[1]+  2743 Running` → `[1]+ PID Running`, as the recorder wrote them. */
const pids = (s: string) => s.replace(/^(\[\d+\]) \d+$/gm, '$1 PID').replace(/^(\[\d+\][-+ ]) *\d+ /gm, '$1 PID ');

const cases = readdirSync(DIR)
  .filter((n) => n !== 'files' && existsSync(path.join(DIR, n, 'cmd')))
  .sort();

describe('bash: interactive cases recorded from the real shell', () => {
  const files = tree(path.join(DIR, 'files'), 'default:/home/vagrant/fx');
  for (const name of cases) {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    const lines = f('cmd').replace(/\n$/, '').split('\n');
    it(`${name}: ${lines.join(' ⏎ ')}`, async () => {
      const s = await createSession({ lab: 'vm', seed: 1, files });
      // the recording host's login bash has no /etc/profile.d/which2.sh: take away the which function Rocky's has
      await s.exec('cd /home/vagrant/fx; history -c; unset -f which; unset which_declare');
      let stdout = '';
      let stderr = '';
      let status: number | null = 0;
      for (const line of lines) {
        // a line that answers `read` was echoed by the terminal, not printed by bash
        const answer = s.question !== null;
        const echoed = (s.questionSecret ? '' : line) + '\n';
        const r = await s.exec(line);
        if (answer && r.stdout.startsWith(echoed)) r.stdout = r.stdout.slice(echoed.length);
        stdout += plain(r.stdout);
        stderr += r.stderr;
        status = r.exitCode;
      }
      expect({ stdout: pids(stdout), stderr: pids(stderr), status }).toEqual({ stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) });
    });
  }
});

// grep --color of GNU grep 3.6 against the real grep: tests/golden/grep-color/, recorded by
// scripts/golden/grep-color.sh (each case with TERM=xterm-256color and its GREP_COLOR / GREP_COLORS, output into a
// file); and --color=auto on the terminal, which colours as always does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/grep-color');
const read = (f: string) => readFileSync(path.join(DIR, f), 'utf8');
const cases = read('cases.txt')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [name, vars, ...rest] = l.split('|');
    return { name, vars, args: rest.join('|') };
  });

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  const host = s.world.hosts.get(s.frame.hostId)!;
  expect((await s.exec('mkdir -p /tmp/g')).exitCode).toBe(0);
  for (const f of ['passwd', 'words']) host.fs.write(`/tmp/g/${f}`, read(f));
}, 60_000);

describe('grep --color as grep 3.6 colours', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.vars} grep ${c.args}`, async () => {
      const vars = ['LANG=C.UTF-8', 'TERM=xterm-256color', ...c.vars.split(' ').filter(Boolean)];
      const exports = vars.map((v) => `export ${v.slice(0, v.indexOf('='))}='${v.slice(v.indexOf('=') + 1)}'`).join('; ');
      const cmd = /^[ef]grep /.test(c.args) ? `\\${c.args}` : `\\grep ${c.args}`;
      const r = await s.exec(`cd /tmp/g && (unset GREP_COLOR GREP_COLORS; ${exports}; ${cmd} > /tmp/out 2>/dev/null; cat /tmp/out)`);
      expect(r.stdout).toBe(read(`${c.name}.out`));
    });
  }
  it('colours on the terminal through the alias (--color=auto), not into a pipe', async () => {
    const tty = await s.exec('grep root /tmp/g/passwd');
    expect(tty.stdout).toBe(read('plain.out'));
    const piped = await s.exec('grep root /tmp/g/passwd | cat');
    expect(piped.stdout).toBe(read('never.out'));
  });
  it('takes an unknown --color word as a usage error', async () => {
    const r = await s.exec('grep --color=sometimes root /tmp/g/passwd');
    expect({ out: r.stdout, err: r.stderr, code: r.exitCode }).toEqual({ out: '', err: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", code: 2 });
  });
});

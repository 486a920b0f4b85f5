// tree 1.8.0's colours (color.c) against tree 1.8.0 built from its tag: tests/golden/tree-color/, recorded by
// scripts/golden/tree-color.sh over the directory setup.sh makes, each case with its LS_COLORS / TREE_COLORS /
// CLICOLOR_FORCE and TERM, with -C, -n, -F and -f.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/tree-color');
const read = (f: string) => readFileSync(path.join(DIR, f), 'utf8');
const cases = read('cases.txt')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [name, vars, args] = l.split('|');
    return { name, vars, args };
  });

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 3 });
  expect((await s.exec('sudo dnf install -y tree')).exitCode).toBe(0);
  for (const line of read('setup.sh').split('\n').filter(Boolean)) expect((await s.exec(`mkdir -p /tmp/w && cd /tmp/w && ${line}`)).exitCode).toBe(0);
}, 60_000);

describe('tree -C as tree 1.8.0 colours', () => {
  for (const c of cases) {
    it(`${c.name}: ${c.vars} tree ${c.args}`, async () => {
      const vars = c.vars === '-' ? [] : ['TERM=xterm', ...c.vars.split(' ').filter(Boolean)];
      const exports = ['LANG=C.UTF-8', ...vars].map((v) => `export ${v.slice(0, v.indexOf('='))}='${v.slice(v.indexOf('=') + 1)}'`).join('; ');
      const r = await s.exec(`cd /tmp/w && (unset TERM LS_COLORS TREE_COLORS CLICOLOR CLICOLOR_FORCE; ${exports}; tree ${c.args})`);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: read(`${c.name}.out`), stderr: '' });
    });
  }
  it('leaves a pipe uncoloured unless forced: LS_COLORS alone, or -n, colours nothing', async () => {
    const r = await s.exec("cd /tmp/w && LS_COLORS='di=01;34' tree -n t | head -1");
    expect(r.stdout).toBe('t\n');
  });
});

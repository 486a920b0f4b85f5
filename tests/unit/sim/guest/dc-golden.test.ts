// GNU dc 1.4.1 (bc 1.07.1's dc) after `sudo dnf install -y bc`, against the real dc's recorded output
// (tests/golden/dc, scripts/golden/dc.sh): stack, registers, arrays, macros, q and Q, bases, scale, errors, options.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/dc');
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
  expect((await s.exec('dc -V')).stderr).toBe('-bash: dc: command not found\n');
  expect((await s.exec('sudo dnf install -y bc')).exitCode).toBe(0);
  // the scratch directory the cases were recorded in: prog.dc and a directory sub
  await s.exec("mkdir -p /tmp/dcw/sub && cd /tmp/dcw && printf '[Hello from a file]p\\n2 3*p\\n' > prog.dc");
}, 60_000);

describe('dc 1.4.1 as recorded', () => {
  for (const c of cases)
    it(`${c.name}: ${c.cmd}`, async () => {
      const r = await s.exec(`cd /tmp/dcw && ${c.cmd}`);
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr).toBe(c.stderr);
      expect(r.exitCode).toBe(c.status);
    });
});

describe('at the terminal', () => {
  it('runs each line as it comes, waits for an open string to close and ends at q', async () => {
    const depth = s.stack.length;
    let out = '';
    const off = s.on('output', ({ text }) => (out += text));
    s.submit('dc');
    await s.settle();
    s.submit('3k 10 3 / p');
    await s.settle();
    expect(out).toContain('3.333\n');
    out = '';
    s.submit('[1 +');
    await s.settle();
    s.submit('p] sa 41 la x');
    await s.settle();
    expect(out).toContain('42\n');
    s.submit('q');
    await s.settle();
    expect(s.stack.length).toBe(depth);
    expect(s.prompt()).toMatch(/\$ $/);
    if (typeof off === 'function') off();
  });
});

describe('macros that never end', () => {
  it('stops a self-calling macro and one that nests without end, and keeps deep recursion that ends', async () => {
    for (const prog of ['[lax]dsax', '[lax 1]dsax']) {
      const r = await s.exec(`echo '${prog}' | dc; echo rc=$?`);
      expect(r.stdout).toBe('rc=0\n');
      expect(r.stderr).toBe('');
    }
    // 1000! by a recursion 1000 macros deep: 2568 digits, as the real dc gives
    expect((await s.exec("echo '[d1-d1<F*]dsF 1000 lFx Z p' | dc")).stdout).toBe('2568\n');
  });
});

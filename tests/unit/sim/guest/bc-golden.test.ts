// GNU bc 1.07.1 after `sudo dnf install -y bc`, against the real bc 1.07.1's recorded output (tests/golden/bc,
// scripts/golden/bc.sh), runtime errors with the address bc names included.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/bc');
const cases = readdirSync(DIR)
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  })
  .filter((c) => !c.cmd.includes('(interactive'));

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 5 });
  expect((await s.exec('bc -v')).stderr).toBe('-bash: bc: command not found\n');
  const r = await s.exec('sudo dnf install -y bc');
  expect(r.exitCode).toBe(0);
  expect(r.stdout).toMatch(/^ bc +x86_64 +1\.07\.1-14\.el9 +baseos +120 k$/m);
}, 60_000);

describe('bc 1.07.1 as recorded', () => {
  for (const c of cases)
    it(`${c.name}: ${c.cmd}`, async () => {
      const r = await s.exec(c.cmd);
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr).toBe(c.stderr);
      expect(r.exitCode).toBe(c.status);
    });
});

describe('at the terminal', () => {
  it('prints the banner, answers each line and ends at quit', async () => {
    const banner = readFileSync(path.join(DIR, readdirSync(DIR).sort().at(-1)!, 'stdout'), 'utf8');
    const depth = s.stack.length;
    let out = '';
    const off = s.on('output', ({ text }) => (out += text));
    s.submit('bc');
    await s.settle();
    expect(out).toContain(banner);
    out = '';
    s.submit('scale=3; 1/8');
    await s.settle();
    expect(out).toContain('.125\n');
    out = '';
    s.submit('define f(x) {');
    await s.settle();
    s.submit('return (x*x) }');
    await s.settle();
    s.submit('f(12)');
    await s.settle();
    expect(out).toContain('144\n');
    s.submit('quit');
    await s.settle();
    expect(s.stack.length).toBe(depth);
    expect(s.prompt()).toMatch(/\$ $/);
    if (typeof off === 'function') off();
  });
});

// traceroute 2.1.0: help, version and the argument errors against the built 2.1.0's recorded output
// (tests/golden/traceroute, scripts/golden/traceroute.sh), and the one-hop trace to a lab machine on the private
// network and to this machine. The package is not in the dnf catalog yet (dnf/DIFFERENCES.md), so the tests put
// the command on the machines as its install does.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

const DIR = path.resolve(import.meta.dirname, '../../../golden/traceroute');
const cases = readdirSync(DIR)
  .sort()
  .map((name) => {
    const f = (x: string) => readFileSync(path.join(DIR, name, x), 'utf8');
    return { name, cmd: f('cmd').replace(/\n$/, ''), stdout: f('stdout'), stderr: f('stderr'), status: Number(f('status')) };
  });

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'nodes', seed: 3 });
  expect((await s.exec('traceroute -V')).stderr).toBe('-bash: traceroute: command not found\n');
  for (const h of s.world.hosts.values()) h.sys?.extraCommands.add('traceroute');
}, 60_000);

describe('traceroute 2.1.0 as recorded', () => {
  for (const c of cases)
    it(`${c.name}: ${c.cmd}`, async () => {
      const r = await s.exec(c.cmd);
      expect(r.stdout).toBe(c.stdout);
      expect(r.stderr).toBe(c.stderr);
      expect(r.exitCode).toBe(c.status);
    });
});

describe('traces', () => {
  it('reaches a machine on the private network in one hop, three probes', async () => {
    const r = await s.exec('traceroute 192.168.56.101');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    const [head, hop, end] = r.stdout.split('\n');
    expect(head).toBe('traceroute to 192.168.56.101 (192.168.56.101), 30 hops max, 60 byte packets');
    expect(hop).toMatch(/^ 1 {2}\S+ \(192\.168\.56\.101\)( {2}0\.\d{3} ms){3}$/);
    expect(end).toBe('');
    const n = await s.exec('traceroute -n -q 1 192.168.56.101 100');
    expect(n.stdout).toMatch(/^traceroute to 192\.168\.56\.101 \(192\.168\.56\.101\), 30 hops max, 100 byte packets\n 1 {2}192\.168\.56\.101 {2}0\.\d{3} ms\n$/);
  });
  it('names this machine with /etc/hosts', async () => {
    const r = await s.exec('traceroute localhost');
    expect(r.stdout).toMatch(/^traceroute to localhost \(127\.0\.0\.1\), 30 hops max, 60 byte packets\n 1 {2}localhost \(127\.0\.0\.1\)( {2}0\.0\d{2} ms){3}\n$/);
  });
});

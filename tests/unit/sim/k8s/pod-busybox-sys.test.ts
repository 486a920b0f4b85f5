/**
 * busybox's uptime and free in a pod read their node's kernel (sysinfo, /proc/meminfo): busybox 1.28.4 and 1.36.1
 * lay them out as procps/uptime.c and procps/free.c of those tags do.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim';
import '../../../../src/sim/k8s/register';

type S = Awaited<ReturnType<typeof createSession>>;
let s: S;

beforeAll(async () => {
  s = await createSession({ lab: 'cluster', seed: 21 });
  await s.exec('kubectl run bb --image=busybox:1.28 -- sleep 3600');
  await s.exec('kubectl run bb6 --image=busybox:1.36 -- sleep 3600');
  await s.advance(120_000);
});

const nums = (line: string) => line.trim().split(/\s+/).slice(1).map(Number);

describe('busybox uptime and free in a pod', () => {
  it('uptime: the time, the node\'s uptime, no users (no utmp), the node\'s load', async () => {
    const r = await s.exec('kubectl exec bb -- uptime');
    expect(r.stdout).toMatch(/^ \d\d:\d\d:\d\d up (\d+ min|[ \d]\d:\d\d|\d+ days?, ([ \d]\d:\d\d|\d+ min)),  0 users,  load average: \d+\.\d\d, \d+\.\d\d, \d+\.\d\d\n$/);
    expect(r.exitCode).toBe(0);
  });

  it('uptime -s (1.36) prints the boot time; another option is the usage', async () => {
    expect((await s.exec('kubectl exec bb6 -- uptime -s')).stdout).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\n$/);
    const bad = await s.exec('kubectl exec bb6 -- uptime -x');
    expect(bad.stderr).toBe('BusyBox v1.36.1 (2023-05-18 22:34:17 UTC) multi-call binary.\n\nUsage: uptime \n\nDisplay the time since the last boot\ncommand terminated with exit code 1\n');
  });

  it('free (1.36): procps-ng\'s columns, the node\'s memory, used + free + buff/cache = total', async () => {
    const lines = (await s.exec('kubectl exec bb6 -- free')).stdout.split('\n');
    expect(lines[0]).toBe('              total        used        free      shared  buff/cache   available');
    const [total, used, free, shared, cache, avail] = nums(lines[1]);
    expect(lines[1]).toMatch(/^Mem: {3}( {0,11}\d+){6}$/);
    expect(used + free + cache).toBe(total);
    expect(shared).toBe(8904);
    expect(avail).toBe(free + cache);
    const node = (await s.exec('kubectl get pod bb6 -o jsonpath={.spec.nodeName}')).stdout;
    const cap = (await s.exec(`kubectl get node ${node} -o jsonpath={.status.capacity.memory}`)).stdout;
    expect(`${total}Ki`).toBe(cap);
    // kubeadm's nodes run without swap
    expect(lines[2]).toBe('Swap:             0           0           0');
  });

  it('free -m (1.36) rounds to MiB; -x is the usage', async () => {
    const kb = nums((await s.exec('kubectl exec bb6 -- free')).stdout.split('\n')[1]);
    const mb = nums((await s.exec('kubectl exec bb6 -- free -m')).stdout.split('\n')[1]);
    expect(mb[0]).toBe(Math.floor((kb[0] * 1024 + 2 ** 19) / 2 ** 20));
    expect((await s.exec('kubectl exec bb6 -- free -x')).stderr).toMatch(/^BusyBox v1\.36\.1 .*\n\nUsage: free \[-bkmgh\]\n\nDisplay free and used memory\n/);
  });

  it('free (1.28): total used free shared buffers cached, then -/+ buffers/cache', async () => {
    const lines = (await s.exec('kubectl exec bb -- free')).stdout.split('\n');
    expect(lines[0]).toBe('             total       used       free     shared    buffers     cached');
    const [total, used, free, , buffers, cached] = nums(lines[1]);
    expect(used).toBe(total - free);
    expect(lines[2]).toMatch(/^-\/\+ buffers\/cache:/);
    const [u2, f2] = lines[2].slice(18).trim().split(/\s+/).map(Number);
    expect([u2, f2]).toEqual([total - free - buffers - cached, free + buffers + cached]);
    expect(lines[3]).toBe('Swap:            0          0          0');
  });
});

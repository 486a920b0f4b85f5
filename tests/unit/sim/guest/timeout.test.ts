// timeout around commands that run on in simulated time: a watch and a ping end when the time is up, with 124.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('timeout', () => {
  it('ends kubectl get pods -w after the duration with 124, and the prompt comes back', async () => {
    await import('../../../../src/sim/k8s/register');
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const t0 = s.world.now;
    const r = await s.exec('timeout 5 kubectl get pods -A -w');
    expect(r.exitCode).toBe(124);
    expect(r.stdout).toMatch(/^NAMESPACE +NAME +READY +STATUS +RESTARTS +AGE\n/);
    expect(s.world.now - t0).toBeGreaterThanOrEqual(5000);
    expect(s.busy).toBe(false);
  });

  it('lets a command that ends in time keep its status; ping is cut without its statistics, as SIGTERM does', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    expect((await s.exec('timeout 10 sleep 1')).exitCode).toBe(0);
    const p = await s.exec('timeout 3 ping 8.8.8.8');
    expect(p.exitCode).toBe(124);
    expect(p.stdout).toMatch(/^PING 8\.8\.8\.8 \(8\.8\.8\.8\) 56\(84\) bytes of data\.\n(64 bytes from 8\.8\.8\.8: icmp_seq=\d ttl=117 time=[\d.]+ ms\n){3}$/);
  });
});

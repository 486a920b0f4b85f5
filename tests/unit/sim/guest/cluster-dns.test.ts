// CoreDNS asked from a cluster node (`nslookup NAME 10.96.0.10`): the cluster's names with authority, a
// headless Service with its pods' addresses, other names forwarded to the node's resolver.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;
beforeAll(async () => {
  await import('../../../../src/sim/k8s/register');
  s = await createSession({ lab: 'cluster', seed: 1 });
  await s.exec('dnf install -y bind-utils');
});

describe('CoreDNS from a node', () => {
  it('nslookup answers a Service name with its ClusterIP, without "Non-authoritative answer"', async () => {
    const r = await s.exec('nslookup kubernetes.default.svc.cluster.local 10.96.0.10');
    expect(r).toMatchObject({ stdout: 'Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n', exitCode: 0 });
  });

  it('an unknown Service is NXDOMAIN; a short name is not searched in the cluster domain from the node', async () => {
    for (const n of ['nope.default.svc.cluster.local', 'kubernetes.default']) {
      const r = await s.exec(`nslookup ${n} 10.96.0.10`);
      expect(r).toMatchObject({ stdout: `Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find ${n}: NXDOMAIN\n\n`, exitCode: 1 });
    }
  });

  it('a public name is forwarded and answered without authority', async () => {
    const r = await s.exec('nslookup kubernetes.io 10.96.0.10');
    expect(r.stdout).toMatch(/^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10#53\n\nNon-authoritative answer:\nName:\tkubernetes\.io\nAddress: [\d.]+\n\n$/);
  });

  it('a headless Service answers with its ready pods; host names the server it asked; dig +short and dig aa', async () => {
    await s.exec('kubectl create deployment web --image=nginx --replicas=2');
    await s.exec('kubectl expose deployment web --port=80 --cluster-ip=None');
    await s.exec('sleep 40');
    const ips = (await s.exec("kubectl get pods -l app=web -o jsonpath='{.items[*].status.podIP}'")).stdout.split(' ').sort();
    expect(ips).toHaveLength(2);
    const r = await s.exec('host web.default.svc.cluster.local 10.96.0.10');
    expect(r.stdout).toBe(`Using domain server:\nName: 10.96.0.10\nAddress: 10.96.0.10#53\nAliases: \n\n${ips.map((ip) => `web.default.svc.cluster.local has address ${ip}\n`).join('')}`);
    expect((await s.exec('dig +short kubernetes.default.svc.cluster.local @10.96.0.10')).stdout).toBe('10.96.0.1\n');
    const d = (await s.exec('dig kubernetes.default.svc.cluster.local @10.96.0.10')).stdout;
    expect(d).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n;; WARNING: recursion requested but not available\n');
    expect(d).toContain('kubernetes.default.svc.cluster.local.\t\t30\tIN\tA\t10.96.0.1\n');
  });
});

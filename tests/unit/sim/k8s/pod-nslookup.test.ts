/**
 * busybox's nslookup inside pods (networking/nslookup.c of busybox 1_28_4 and 1_36_1): the old applet over libc's
 * resolver in busybox:1.28, the new one with its own resolver in busybox:1.36, both over the cluster's DNS.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim';
import '../../../../src/sim/k8s/register';

type S = Awaited<ReturnType<typeof createSession>>;
let s: S;
const ip = async (kind: string, name: string, path: string, ns = 'default') => (await s.exec(`kubectl -n ${ns} get ${kind} ${name} -o jsonpath={${path}}`)).stdout;

beforeAll(async () => {
  s = await createSession({ lab: 'cluster', seed: 21 });
  for (const l of ['kubectl run bb --image=busybox:1.28 -- sleep 3600', 'kubectl run b36 --image=busybox:1.36 -- sleep 3600', 'kubectl create deployment web --image=nginx --replicas=2', 'kubectl expose deployment web --port=80', 'kubectl create ns other', 'kubectl -n other create service clusterip db --tcp=5432:5432'])
    await s.exec(l);
  await s.advance(90_000);
});

describe('busybox 1.28 nslookup', () => {
  it('finds kubernetes.default through the search list and names both addresses by their reverse names', async () => {
    const r = await s.exec('kubectl exec bb -- nslookup kubernetes.default');
    expect(r.stdout).toBe('Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\nName:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n');
    expect(r.exitCode).toBe(0);
  });
  it('resolves a Service of its namespace by its short name and one of another namespace as NAME.NS', async () => {
    const web = await ip('svc', 'web', '.spec.clusterIP');
    expect((await s.exec('kubectl exec bb -- nslookup web')).stdout).toContain(`Name:      web\nAddress 1: ${web} web.default.svc.cluster.local\n`);
    const db = await ip('svc', 'db', '.spec.clusterIP', 'other');
    expect((await s.exec('kubectl exec bb -- nslookup db.other')).stdout).toContain(`Name:      db.other\nAddress 1: ${db} db.other.svc.cluster.local\n`);
  });
  it("names a Service's pod by its endpoint name", async () => {
    const pod = (await s.exec('kubectl get pods -l app=web -o jsonpath={.items[0].status.podIP}')).stdout;
    expect((await s.exec(`kubectl exec bb -- nslookup ${pod}`)).stdout).toContain(`Address 1: ${pod} ${pod.replace(/\./g, '-')}.web.default.svc.cluster.local\n`);
  });
  it("says it can't resolve an unknown name, with status 1", async () => {
    const r = await s.exec('kubectl exec bb -- nslookup nope');
    expect(r.stdout).toBe('Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n');
    expect(r.stderr).toBe("nslookup: can't resolve 'nope'\ncommand terminated with exit code 1\n");
  });
  it('shows its usage without a name', async () => {
    const r = await s.exec('kubectl exec bb -- nslookup');
    expect(r.stderr).toMatch(/^BusyBox v1\.28\.4 \(.*\) multi-call binary\.\n\nUsage: nslookup \[HOST\] \[SERVER\]\n/);
  });
  it('runs as the program of kubectl run -it --rm', async () => {
    const r = await s.exec('kubectl run -it --rm dns-test --image=busybox:1.28 --restart=Never -- nslookup kubernetes.default');
    expect(r.output).toContain('Name:      kubernetes.default\nAddress 1: 10.96.0.1 kubernetes.default.svc.cluster.local\n');
  });
});

describe('busybox 1.36 nslookup', () => {
  it('asks kubernetes.default as it is (it has a dot): NXDOMAIN for A and AAAA, status 1', async () => {
    const r = await s.exec('kubectl exec b36 -- nslookup kubernetes.default');
    expect(r.stdout).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n** server can't find kubernetes.default: NXDOMAIN\n\n** server can't find kubernetes.default: NXDOMAIN\n\n");
    expect(r.exitCode).toBe(1);
  });
  it('tries a name without a dot under each search domain, answering each query', async () => {
    const r = await s.exec('kubectl exec b36 -- nslookup kubernetes');
    const nx = (n: string) => `** server can't find ${n}: NXDOMAIN\n\n`;
    expect(r.stdout).toBe(`Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n${nx('kubernetes.svc.cluster.local')}${nx('kubernetes.cluster.local')}\n${nx('kubernetes.svc.cluster.local')}${nx('kubernetes.cluster.local')}`);
    expect(r.exitCode).toBe(1);
  });
  it('finds a fully qualified name with status 0, and an address by its PTR record', async () => {
    const r = await s.exec('kubectl exec b36 -- nslookup kubernetes.default.svc.cluster.local');
    expect(r.stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n\n');
    expect(r.exitCode).toBe(0);
    expect((await s.exec('kubectl exec b36 -- nslookup 10.96.0.1')).stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n1.0.96.10.in-addr.arpa\tname = kubernetes.default.svc.cluster.local\n\n');
  });
  it('marks a forwarded public answer as non-authoritative', async () => {
    const r = await s.exec('kubectl exec b36 -- nslookup google.com');
    expect(r.stdout).toMatch(/^Server:\t\t10\.96\.0\.10\nAddress:\t10\.96\.0\.10:53\n\nNon-authoritative answer:\nName:\tgoogle\.com\nAddress: [\d.]+\n\nNon-authoritative answer:\n\n$/);
  });
  it('ends a kubectl run pod with its status: the NXDOMAIN answers make the pod fail', async () => {
    const r = await s.exec('kubectl run -it --rm dns-136 --image=busybox:1.36 --restart=Never -- nslookup kubernetes.default');
    expect(r.output).toContain("** server can't find kubernetes.default: NXDOMAIN\n");
    expect(r.stderr).toContain('pod default/dns-136 terminated (Error)\n');
    expect(r.exitCode).toBe(1);
  });
  it('times out while no CoreDNS pod is ready', async () => {
    await s.exec('kubectl -n kube-system scale deployment coredns --replicas=0');
    await s.advance(60_000);
    const r = await s.exec('kubectl exec b36 -- nslookup kubernetes');
    expect(r.stdout).toBe(';; connection timed out; no servers could be reached\n\n');
    const old = await s.exec('kubectl exec bb -- nslookup kubernetes.default');
    expect(old.stdout).toBe('Server:    10.96.0.10\nAddress 1: 10.96.0.10\n\n');
    expect(old.stderr).toContain("nslookup: can't resolve 'kubernetes.default'\n");
    await s.exec('kubectl -n kube-system scale deployment coredns --replicas=2');
    await s.advance(60_000);
  });
});

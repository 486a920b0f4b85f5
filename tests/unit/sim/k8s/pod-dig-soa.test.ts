/**
 * dig in the docs' dnsutils pod: an empty answer from CoreDNS's cluster.local zone (NXDOMAIN, or a Service's AAAA)
 * carries the zone's SOA in the authority section, as plugin/kubernetes builds it (backend_lookup.go SOA: ttl 30
 * from kubeadm's Corefile, ns.dns. and hostmaster. under the zone, refresh 7200, retry 1800, expire 86400, the
 * serial the Unix time of the last change CoreDNS saw), and MSG SIZE counts the uncompressed message.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim';
import '../../../../src/sim/k8s/register';

type S = Awaited<ReturnType<typeof createSession>>;
let s: S;

beforeAll(async () => {
  s = await createSession({ lab: 'cluster', seed: 21 });
  await s.exec('kubectl apply -f https://k8s.io/examples/admin/dns/dnsutils.yaml');
  await s.advance(120_000);
});

const SOA = /;; AUTHORITY SECTION:\ncluster\.local\.\t\t30\tIN\tSOA\tns\.dns\.cluster\.local\. hostmaster\.cluster\.local\. (\d+) 7200 1800 86400 30\n\n/;

describe('dig and CoreDNS\'s SOA', () => {
  it('an unknown name in the zone is NXDOMAIN with the SOA in the authority section', async () => {
    const r = (await s.exec('kubectl exec dnsutils -- dig nope.default.svc.cluster.local')).stdout;
    expect(r).toContain(';; ->>HEADER<<- opcode: QUERY, status: NXDOMAIN, id: ');
    expect(r).toContain(';; flags: qr aa rd; QUERY: 1, ANSWER: 0, AUTHORITY: 1, ADDITIONAL: 1\n');
    expect(r).toMatch(/;; QUESTION SECTION:\n;nope\.default\.svc\.cluster\.local\. IN\tA\n\n;; AUTHORITY SECTION:\n/);
    const m = SOA.exec(r)!;
    // CoreDNS's serial: when its watches last saw a change, at or after CoreDNS started and not after now
    const started = Date.parse((await s.exec("kubectl get pods -n kube-system -l k8s-app=kube-dns -o jsonpath='{.items[0].status.startTime}'")).stdout) / 1000;
    expect(Number(m[1])).toBeGreaterThanOrEqual(Math.floor(started));
    // header 12, question 32 + 4, SOA 15 + 10 + 22 + 26 + 20, OPT 11
    expect(r).toContain(';; MSG SIZE  rcvd: 152\n');
  });

  it('a Service has no AAAA: NOERROR, no answer, the SOA', async () => {
    const r = (await s.exec('kubectl exec dnsutils -- dig kubernetes.default.svc.cluster.local AAAA')).stdout;
    expect(r).toContain('status: NOERROR');
    expect(r).toContain('ANSWER: 0, AUTHORITY: 1,');
    expect(r).toMatch(SOA);
  });

  it('the serial moves when a Service is added', async () => {
    const before = Number(SOA.exec((await s.exec('kubectl exec dnsutils -- dig nope.default.svc.cluster.local')).stdout)![1]);
    await s.advance(60_000);
    await s.exec('kubectl create service clusterip extra --tcp=80:80');
    const after = Number(SOA.exec((await s.exec('kubectl exec dnsutils -- dig nope.default.svc.cluster.local')).stdout)![1]);
    expect(after).toBeGreaterThan(before);
  });

  it('an answer has no authority section, and its size counts the owner name', async () => {
    const r = (await s.exec('kubectl exec dnsutils -- dig kubernetes.default.svc.cluster.local')).stdout;
    expect(r).toContain('AUTHORITY: 0,');
    expect(r).not.toContain('AUTHORITY SECTION');
    // 12 + (38 + 4) + (38 + 10 + 4) + 11
    expect(r).toContain(';; MSG SIZE  rcvd: 117\n');
  });
});

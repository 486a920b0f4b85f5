/**
 * The "Debugging DNS Resolution" task's dnsutils pod (registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3, bind
 * 9.9.5's nslookup, dig and host) over the cluster's DNS.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim';
import '../../../../src/sim/k8s/register';

type S = Awaited<ReturnType<typeof createSession>>;
let s: S;

beforeAll(async () => {
  s = await createSession({ lab: 'cluster', seed: 21 });
  await s.exec('kubectl apply -f https://k8s.io/examples/admin/dns/dnsutils.yaml');
  await s.exec('kubectl create deployment web --image=nginx --replicas=2');
  await s.exec('kubectl expose deployment web --port=80');
  await s.advance(120_000);
});

describe('the dnsutils pod', () => {
  it('runs from the docs manifest', async () => {
    expect((await s.exec('kubectl get pods dnsutils')).stdout).toMatch(/^NAME +READY +STATUS +RESTARTS +AGE\ndnsutils +1\/1 +Running +0 /);
  });
  it("nslookup kubernetes.default finds it through the search list, in bind's layout", async () => {
    const r = await s.exec('kubectl exec -i -t dnsutils -- nslookup kubernetes.default');
    expect(r.stdout).toBe('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\nName:\tkubernetes.default.svc.cluster.local\nAddress: 10.96.0.1\n\n');
    expect(r.exitCode).toBe(0);
  });
  it("nslookup says the server can't find an unknown name, status 1; a public name is non-authoritative", async () => {
    const r = await s.exec('kubectl exec dnsutils -- nslookup nope');
    expect(r.stdout).toBe("Server:\t\t10.96.0.10\nAddress:\t10.96.0.10#53\n\n** server can't find nope: NXDOMAIN\n\n");
    expect(r.exitCode).toBe(1);
    expect((await s.exec('kubectl exec dnsutils -- nslookup google.com')).stdout).toMatch(/\n\nNon-authoritative answer:\nName:\tgoogle\.com\nAddress: [\d.]+\n\n$/);
  });
  it("dig prints CoreDNS's authoritative answer in bind's columns", async () => {
    const r = await s.exec('kubectl exec dnsutils -- dig kubernetes.default.svc.cluster.local');
    expect(r.stdout).toMatch(
      /^\n; <<>> DiG 9\.9\.5-9\+deb8u19-Debian <<>> kubernetes\.default\.svc\.cluster\.local\n;; global options: \+cmd\n;; Got answer:\n;; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: \d+\n;; flags: qr aa rd; QUERY: 1, ANSWER: 1, AUTHORITY: 0, ADDITIONAL: 1\n;; WARNING: recursion requested but not available\n\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 4096\n;; QUESTION SECTION:\n;kubernetes\.default\.svc\.cluster\.local\. IN A\n\n;; ANSWER SECTION:\nkubernetes\.default\.svc\.cluster\.local\. 30 IN A\t10\.96\.0\.1\n\n;; Query time: \d+ msec\n;; SERVER: 10\.96\.0\.10#53\(10\.96\.0\.10\)\n;; WHEN: \w{3} \w{3} \d\d \d\d:\d\d:\d\d UTC \d{4}\n;; MSG SIZE  rcvd: \d+\n\n$/,
    );
    const web = (await s.exec('kubectl get svc web -o jsonpath={.spec.clusterIP}')).stdout;
    expect((await s.exec('kubectl exec dnsutils -- dig +short web.default.svc.cluster.local')).stdout).toBe(`${web}\n`);
  });
  it('host names the address it found and the Service behind a ClusterIP', async () => {
    const web = (await s.exec('kubectl get svc web -o jsonpath={.spec.clusterIP}')).stdout;
    expect((await s.exec('kubectl exec dnsutils -- host web')).stdout).toBe(`web.default.svc.cluster.local has address ${web}\n`);
    expect((await s.exec('kubectl exec dnsutils -- host 10.96.0.1')).stdout).toBe('1.0.96.10.in-addr.arpa domain name pointer kubernetes.default.svc.cluster.local.\n');
    const nx = await s.exec('kubectl exec dnsutils -- host nope');
    expect(nx.stdout).toBe('Host nope not found: 3(NXDOMAIN)\n');
  });
});

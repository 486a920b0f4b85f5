/**
 * busybox's ping, nc, hostname and ip inside pods, over the pod's network: pods answer ping (TTL 64 on the same
 * node, 62 across the VXLAN), a ClusterIP does not; nc -z reaches a Service's port; eth0 carries the pod's address.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim';
import '../../../../src/sim/k8s/register';

type S = Awaited<ReturnType<typeof createSession>>;
let s: S;
const get = async (line: string) => (await s.exec(line)).stdout;

beforeAll(async () => {
  s = await createSession({ lab: 'cluster', seed: 21 });
  for (const l of ['kubectl run bb --image=busybox:1.28 -- sleep 3600', 'kubectl run b36 --image=busybox:1.36 -- sleep 3600', 'kubectl create deployment web --image=nginx --replicas=2', 'kubectl expose deployment web --port=80', 'kubectl create ns other', 'kubectl -n other create service clusterip db --tcp=5432:5432'])
    await s.exec(l);
  await s.advance(90_000);
});

describe('ping in a busybox pod', () => {
  it('gets replies from another pod, TTL 64 on its node and 62 across nodes, and its statistics', async () => {
    const pods = JSON.parse(await get('kubectl get pods -o json')).items as { metadata: { name: string }; spec: { nodeName: string }; status: { podIP: string } }[];
    const me = pods.find((p) => p.metadata.name === 'b36')!;
    for (const p of pods.filter((x) => x.metadata.name.startsWith('web-'))) {
      const r = await s.exec(`kubectl exec b36 -- ping -c 2 ${p.status.podIP}`);
      const ttl = p.spec.nodeName === me.spec.nodeName ? 64 : 62;
      expect(r.stdout).toMatch(new RegExp(`^PING ${p.status.podIP} \\(${p.status.podIP}\\): 56 data bytes\\n64 bytes from ${p.status.podIP}: seq=0 ttl=${ttl} time=\\d+\\.\\d{3} ms\\n64 bytes from ${p.status.podIP}: seq=1 ttl=${ttl} time=\\d+\\.\\d{3} ms\\n\\n--- ${p.status.podIP} ping statistics ---\\n2 packets transmitted, 2 packets received, 0% packet loss\\nround-trip min/avg/max = \\d+\\.\\d{3}/\\d+\\.\\d{3}/\\d+\\.\\d{3} ms\\n$`));
      expect(r.exitCode).toBe(0);
    }
  });
  it("resolves a Service's name but its ClusterIP does not answer: 100% loss, status 1", async () => {
    const ip = await get('kubectl get svc web -o jsonpath={.spec.clusterIP}');
    const r = await s.exec('kubectl exec bb -- ping -c 3 web');
    expect(r.stdout).toBe(`PING web (${ip}): 56 data bytes\n\n--- web ping statistics ---\n3 packets transmitted, 0 packets received, 100% packet loss\n`);
    expect(r.exitCode).toBe(1);
  });
  it('says bad address for a name nothing resolves', async () => {
    const r = await s.exec('kubectl exec bb -- ping -c 1 nope');
    expect(r.stderr).toBe("ping: bad address 'nope'\ncommand terminated with exit code 1\n");
  });
  it('goes on a line a second until Ctrl+C in a shell, then prints its statistics', async () => {
    const pod = await get('kubectl get pods -l app=web -o jsonpath={.items[0].status.podIP}');
    const seen: string[] = [];
    const off = s.on('output', ({ text }: { text: string }) => seen.push(text));
    await s.submit('kubectl exec -it bb -- sh');
    await s.advance(100);
    await s.submit(`ping ${pod}`);
    await s.advance(3500);
    await s.interrupt();
    await s.advance(100);
    await s.submit('exit');
    await s.settle();
    off();
    const text = seen.join('');
    expect(text).toMatch(new RegExp(`PING ${pod} \\(${pod}\\): 56 data bytes\\n(64 bytes from ${pod}: seq=\\d ttl=6[24] time=[\\d.]+ ms\\n){4}\\^C\\n--- ${pod} ping statistics ---\\n4 packets transmitted, 4 packets received, 0% packet loss\\n`));
  });
});

describe('nc -z, hostname -i and ip in a busybox pod', () => {
  it("reports a Service's open port, a port the Service lacks as timed out, a Service without endpoints as refused", async () => {
    const web = await get('kubectl get svc web -o jsonpath={.spec.clusterIP}');
    const open = await s.exec('kubectl exec bb -- nc -zv web 80');
    expect(open.stderr).toBe(`web (${web}:80) open\n`);
    expect(open.exitCode).toBe(0);
    const other = await s.exec('kubectl exec bb -- nc -zv -w 2 web 81');
    expect(other.stderr).toBe(`nc: web (${web}:81): Connection timed out\ncommand terminated with exit code 1\n`);
    const db = await get('kubectl -n other get svc db -o jsonpath={.spec.clusterIP}');
    expect((await s.exec('kubectl exec b36 -- nc -zv db.other 5432')).stderr).toBe('command terminated with exit code 1\n');
    expect((await s.exec('kubectl exec b36 -- nc -zvv db.other 5432')).stderr).toBe(`nc: db.other (${db}:5432): Connection refused\ncommand terminated with exit code 1\n`);
  });
  it("prints the pod's address for hostname -i and its eth0 in ip addr", async () => {
    const ip = await get('kubectl get pod b36 -o jsonpath={.status.podIP}');
    expect(await get('kubectl exec b36 -- hostname -i')).toBe(`${ip}\n`);
    expect((await s.exec('kubectl exec b36 -- hostname other')).stderr).toBe('hostname: sethostname: Operation not permitted\ncommand terminated with exit code 1\n');
    const a = await get('kubectl exec b36 -- ip a');
    expect(a).toMatch(/^1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN qlen 1000\n {4}link\/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n {4}inet 127\.0\.0\.1\/8 scope host lo\n/);
    expect(a).toMatch(new RegExp(`\\n2: eth0@if\\d+: <BROADCAST,MULTICAST,UP,LOWER_UP,M-DOWN> mtu 1450 qdisc noqueue state UP \\n {4}link/ether [0-9a-f:]{17} brd ff:ff:ff:ff:ff:ff\\n {4}inet ${ip.replace(/\./g, '\\.')}/24 brd [\\d.]+\\.255 scope global eth0\\n`));
  });
});

describe('ps and id in a busybox pod', () => {
  it("lists the container's command as PID 1 and ps itself, in busybox's columns", async () => {
    const r = await s.exec('kubectl exec bb -- ps');
    expect(r.stdout).toMatch(/^PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 3600\n +\d+ root      0:00 ps\n$/);
  });
  it('prints the date with the day of the month space-padded, and whoami names root or says the uid is unknown', async () => {
    expect(await get('kubectl exec bb -- date')).toMatch(/^(Sun|Mon|Tue|Wed|Thu|Fri|Sat) [A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d UTC \d{4}\n$/);
    expect(await get('kubectl exec bb -- whoami')).toBe('root\n');
  });
  it("says root is in root's and wheel's groups, and numbers a runAsUser without a name", async () => {
    expect(await get('kubectl exec b36 -- id')).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'runas' }, spec: { securityContext: { runAsUser: 1234, runAsGroup: 1234 }, containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] } };
    expect((await s.exec(`echo '${JSON.stringify(pod)}' | kubectl apply -f -`)).stdout).toBe('pod/runas created\n');
    await s.advance(60_000);
    expect(await get('kubectl exec runas -- id')).toBe('uid=1234 gid=1234 groups=1234\n');
    expect((await s.exec('kubectl exec runas -- whoami')).stderr).toBe('whoami: unknown uid 1234\ncommand terminated with exit code 1\n');
  });
});

describe('wget in a busybox pod', () => {
  it('fetches a Service by name, and times out on a port the Service lacks (with -T: download timed out)', async () => {
    expect(await get('kubectl exec bb -- wget -T 2 -qO- web')).toContain('<title>Welcome to nginx!</title>');
    expect((await s.exec('kubectl exec bb -- wget -qO- -T 2 web:81')).stderr).toBe('wget: download timed out\ncommand terminated with exit code 1\n');
    const ip = await get('kubectl get svc web -o jsonpath={.spec.clusterIP}');
    expect((await s.exec('kubectl exec bb -- wget -qO- web:81')).stderr).toBe(`wget: can't connect to remote host (${ip}): Connection timed out\ncommand terminated with exit code 1\n`);
  });
});

describe("the files the kubelet writes into a pod", () => {
  it('resolv.conf adds dnsConfig to the cluster search list; hosts names the pod under its subdomain and lists hostAliases', async () => {
    const pod = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'cfg' }, spec: { hostname: 'box', subdomain: 'sub', hostAliases: [{ ip: '127.0.0.1', hostnames: ['foo.local', 'bar.local'] }], dnsConfig: { searches: ['example.org'], options: [{ name: 'ndots', value: '2' }, { name: 'edns0' }] }, containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] } };
    await s.exec(`echo '${JSON.stringify(pod)}' | kubectl apply -f -`);
    await s.advance(60_000);
    expect(await get('kubectl exec cfg -- cat /etc/resolv.conf')).toBe('search default.svc.cluster.local svc.cluster.local cluster.local example.org\nnameserver 10.96.0.10\noptions ndots:2 edns0\n');
    const ip = await get('kubectl get pod cfg -o jsonpath={.status.podIP}');
    expect(await get('kubectl exec cfg -- cat /etc/hosts')).toBe(`# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n${ip}\tbox.sub.default.svc.cluster.local\tbox\n\n# Entries added by HostAliases.\n127.0.0.1\tfoo.local\tbar.local\n`);
    expect(await get('kubectl exec cfg -- ping -c 1 -q foo.local')).toMatch(/^PING foo\.local \(127\.0\.0\.1\): 56 data bytes\n\n--- foo\.local ping statistics ---\n1 packets transmitted, 1 packets received, 0% packet loss\n/);
  });
});

describe('the routes in a busybox pod (flannel)', () => {
  it('route -n and ip route show the default via cni0, the cluster network, and the node subnet on eth0', async () => {
    const ip = await get('kubectl get pod bb -o jsonpath={.status.podIP}');
    const net = ip.split('.').slice(0, 3).join('.');
    expect(await get('kubectl exec bb -- route -n')).toBe(`Kernel IP routing table\nDestination     Gateway         Genmask         Flags Metric Ref    Use Iface\n0.0.0.0         ${(net + '.1').padEnd(15)} 0.0.0.0         UG    0      0        0 eth0\n10.244.0.0      ${(net + '.1').padEnd(15)} 255.255.0.0     UG    0      0        0 eth0\n${(net + '.0').padEnd(15)} 0.0.0.0         255.255.255.0   U     0      0        0 eth0\n`);
    expect(await get('kubectl exec bb -- ip route')).toBe(`default via ${net}.1 dev eth0 \n10.244.0.0/16 via ${net}.1 dev eth0 \n${net}.0/24 dev eth0 scope link  src ${ip} \n`);
  });
});

describe('netstat in a busybox pod', () => {
  it('has no sockets to list: only the section headers, as busybox prints them', async () => {
    expect(await get('kubectl exec bb -- netstat -tlnp')).toBe('Active Internet connections (only servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name    \n');
    expect(await get('kubectl exec bb -- netstat')).toBe('Active Internet connections (w/o servers)\nProto Recv-Q Send-Q Local Address           Foreign Address         State       \nActive UNIX domain sockets (w/o servers)\nProto RefCnt Flags       Type       State         I-Node Path\n');
    expect(await get('kubectl exec bb -- netstat -rn')).toContain('Destination     Gateway         Genmask         Flags   MSS Window  irtt Iface\n0.0.0.0         ');
  });
});

describe('ping as the program of kubectl run -it --rm', () => {
  it('streams a reply a second until Ctrl+C, prints the statistics, and the pod is deleted', async () => {
    const ip = await get('kubectl get pod bb -o jsonpath={.status.podIP}');
    const seen: string[] = [];
    const off = s.on('output', ({ text }: { text: string }) => seen.push(text));
    await s.submit(`kubectl run -it --rm pinger --image=busybox:1.36 --restart=Never -- ping ${ip}`);
    await s.advance(20_000);
    await s.interrupt();
    await s.settle();
    off();
    const text = seen.join('');
    expect(text).toMatch(new RegExp(`PING ${ip} \\(${ip}\\): 56 data bytes\\n(64 bytes from ${ip}: seq=\\d+ ttl=6[24] time=[\\d.]+ ms\\n)+\\^C\\n--- ${ip} ping statistics ---\\n(\\d+) packets transmitted, \\2 packets received, 0% packet loss\\n`));
    expect(text).toContain('pod "pinger" deleted\n');
  });
});

describe('traceroute in a busybox pod', () => {
  it("crosses the node's cni0 and the other node's flannel.1 to a pod there; a pod on its node is one hop", async () => {
    const pods = JSON.parse(await get('kubectl get pods -o json')).items as { metadata: { name: string }; spec: { nodeName: string }; status: { podIP: string } }[];
    const me = pods.find((p) => p.metadata.name === 'bb')!;
    const net = me.status.podIP.split('.').slice(0, 3).join('.');
    for (const p of pods.filter((x) => x.metadata.name.startsWith('web-'))) {
      const out = await get(`kubectl exec bb -- traceroute -n ${p.status.podIP}`);
      const ms = '  \\d+\\.\\d{3} ms'.repeat(3);
      const hops = p.spec.nodeName === me.spec.nodeName ? [p.status.podIP] : [`${net}.1`, p.status.podIP.replace(/\.\d+$/, '.0'), p.status.podIP];
      expect(out).toMatch(new RegExp(`^traceroute to ${p.status.podIP} \\(${p.status.podIP}\\), 30 hops max, 46 byte packets\\n${hops.map((h, i) => ` ${i + 1}  ${h.replace(/\./g, '\\.')}${ms}\\n`).join('')}$`));
    }
  });
});

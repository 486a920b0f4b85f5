/**
 * The pod's network as its programs see it: its network namespace (lo, and eth0 — the pod's end of a veth pair on
 * the node's cni0 bridge, MTU 1450 under flannel's VXLAN), and what answers from there: pods by IP (one hop through
 * the node's bridge on the same node, two routed hops plus the tunnel across nodes), the nodes, Services through
 * kube-proxy's rules (a ClusterIP forwards only its ports: it does not answer ping; a Service without ready
 * endpoints rejects connections), and the public names the nodes reach.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { fnv32a } from '../rand';
import { parseImage } from '../images';
import { PUBLIC_HOSTS } from '../../net/hosts';

export interface Iface {
  index: number;
  name: string;
  peer?: number;
  mac: string;
  mtu: number;
  ip: string;
  prefix: number;
  brd?: string;
  ip6: string;
}

const hex2 = (n: number) => (n & 255).toString(16).padStart(2, '0');

/** the pod's eth0: a locally administered MAC from the pod's uid, the link-local address made from it (EUI-64) */
export function podIfaces(c: Cluster, pod: Obj): Iface[] {
  const lo: Iface = { index: 1, name: 'lo', mac: '00:00:00:00:00:00', mtu: 65536, ip: '127.0.0.1', prefix: 8, ip6: '::1' };
  const ip = pod.status?.podIP;
  if (!ip) return [lo];
  const h = fnv32a(pod.metadata.uid ?? pod.metadata.name);
  const h2 = fnv32a(`${pod.metadata.uid}#mac`);
  const b = [(h & 0xfc) | 0x02, h >>> 8, h >>> 16, h >>> 24, h2, h2 >>> 8].map((x) => x & 255);
  const mac = b.map(hex2).join(':');
  const w = (x: number, y: number) => ((x << 8) | y).toString(16);
  const ip6 = `fe80::${w(b[0] ^ 2, b[1])}:${w(b[2], 0xff)}:${w(0xfe, b[3])}:${w(b[4], b[5])}`;
  const nodeNames = [...c.nodes.keys()];
  const peer = 5 + (Number(ip.split('.')[3]) || 0) + Math.max(0, nodeNames.indexOf(pod.spec?.nodeName));
  const net = ip.split('.').slice(0, 3).join('.');
  return [lo, { index: 2, name: 'eth0', peer, mac, mtu: 1450, ip, prefix: 24, brd: `${net}.255`, ip6 }];
}

export const gateway = (ip: string) => ip.split('.').slice(0, 3).join('.') + '.1';

export type Reach = { ttl: number; ms: number } | null;

/** whether an ICMP echo to `ip` from the pod gets an answer, with the TTL it comes back with */
export function echo(c: Cluster, pod: Obj, ip: string, seq: number): Reach {
  const jitter = (base: number, spread: number) => base + ((fnv32a(`${pod.metadata.name}|${ip}|${seq}`) % 1000) / 1000) * spread;
  if (ip.startsWith('127.') || ip === pod.status?.podIP) return { ttl: 64, ms: jitter(0.03, 0.05) };
  const target = c.list('Pod').find((p) => p.status?.podIP === ip && !p.spec?.hostNetwork && p.status?.phase === 'Running');
  if (target) return target.spec.nodeName === pod.spec.nodeName ? { ttl: 64, ms: jitter(0.05, 0.1) } : { ttl: 62, ms: jitter(0.4, 0.8) };
  const node = [...c.nodes.values()].find((n: any) => n.ip === ip) as any;
  if (node) return node.name === pod.spec.nodeName ? { ttl: 64, ms: jitter(0.05, 0.1) } : { ttl: 63, ms: jitter(0.3, 0.6) };
  if (ip === gateway(pod.status?.podIP ?? '')) return { ttl: 64, ms: jitter(0.05, 0.1) };
  if (Object.values(PUBLIC_HOSTS).includes(ip)) return { ttl: 116, ms: jitter(30, 8) };
  return null;
}

/** the ports a pod's containers listen on: the images' servers, and the ports they declare */
function listening(pod: Obj): number[] {
  const out: number[] = [];
  for (const ct of pod.spec?.containers ?? []) {
    const repo = parseImage(ct.image).repo;
    if (/\/(nginx|httpd|hpa-example)$/.test(repo)) out.push(80);
    if (/kubernetes-bootcamp$/.test(repo)) out.push(8080);
    if (/\/redis$/.test(repo)) out.push(6379);
    if (/\/mysql$/.test(repo)) out.push(3306);
    if (/\/postgres$/.test(repo)) out.push(5432);
    if (/coredns$/.test(repo)) out.push(53, 8080, 8181, 9153);
    for (const p of ct.ports ?? []) out.push(Number(p.containerPort));
  }
  return out;
}

const ready = (p: any) => (p.status?.conditions ?? []).some((x: any) => x.type === 'Ready' && x.status === 'True');

/** a TCP connection from the pod to ip:port: open, refused, or no answer (timeout) */
export function connect(c: Cluster, pod: Obj, ip: string, port: number): 'open' | 'refused' | 'timeout' {
  if (ip.startsWith('127.') || ip === pod.status?.podIP) return listening(pod).includes(port) ? 'open' : 'refused';
  const svc = c.list('Service').find((s) => s.spec?.clusterIP === ip);
  if (svc) {
    const sp = (svc.spec.ports ?? []).find((p: any) => p.port === port && (p.protocol ?? 'TCP') === 'TCP');
    if (!sp) return 'timeout';
    if (svc.metadata.name === 'kubernetes' && svc.metadata.namespace === 'default') return 'open';
    const ep = c.get('Endpoints', svc.metadata.namespace, svc.metadata.name);
    const addrs: any[] = (ep?.subsets ?? []).flatMap((s: any) => s.addresses ?? []);
    if (!addrs.length) return 'refused';
    const target = typeof sp.targetPort === 'number' ? sp.targetPort : Number((ep?.subsets?.[0]?.ports ?? []).find((p: any) => p.name === sp.name)?.port ?? sp.targetPort ?? port);
    const pods = addrs.map((a) => c.get('Pod', a.targetRef?.namespace, a.targetRef?.name)).filter(Boolean) as Obj[];
    return pods.some((p) => listening(p).includes(target)) ? 'open' : 'refused';
  }
  const target = c.list('Pod').find((p) => p.status?.podIP === ip && !p.spec?.hostNetwork && p.status?.phase === 'Running');
  if (target) return listening(target).includes(port) && ready(target) ? 'open' : 'refused';
  const node = [...c.nodes.values()].find((n: any) => n.ip === ip) as any;
  if (node) {
    const nodePorts = c.list('Service').flatMap((s) => (s.spec?.ports ?? []).map((p: any) => p.nodePort).filter(Boolean));
    const cp = c.list('Pod', 'kube-system').some((p) => p.spec?.nodeName === node.name && /kube-apiserver/.test(p.metadata.name));
    return [22, 10250, 10256, ...(cp ? [6443, 2379, 2380, 10257, 10259] : []), ...nodePorts].includes(port) ? 'open' : 'refused';
  }
  if (Object.values(PUBLIC_HOSTS).includes(ip)) return port === 80 || port === 443 ? 'open' : 'timeout';
  return 'timeout';
}

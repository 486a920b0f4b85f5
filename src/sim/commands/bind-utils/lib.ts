// What dig, host and nslookup share: the guests resolve through VirtualBox's NAT resolver (10.0.2.3,
// /etc/resolv.conf): /etc/hosts is not consulted, Service names are unknown, the public names of net/hosts.ts answer.
// Asked directly (`nslookup NAME 10.96.0.10`), CoreDNS answers from a cluster node through kube-proxy: the
// cluster's names with authority (SERVICE.NS.svc.cluster.local, headless ones with their pods' addresses),
// other names forwarded to the node's resolver.
import type { CommandContext } from '../../context';
import { PUBLIC_HOSTS } from '../../net/hosts';

export const VERSION = '9.16.23-RH';

export function server(ctx: CommandContext): string {
  const r = ctx.host.fs.read('/etc/resolv.conf');
  return (typeof r === 'string' ? /^nameserver\s+(\S+)/m.exec(r)?.[1] : undefined) ?? '10.0.2.3';
}

export const lookup = (name: string): string | null => PUBLIC_HOSTS[name.replace(/\.$/, '')] ?? null;

/* eslint-disable @typescript-eslint/no-explicit-any */
interface ClusterView {
  nodes: Map<string, unknown>;
  list(kind: string): any[];
}

const ready = (p: any) => p.status?.phase === 'Running' && (p.status?.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True');
const matches = (sel: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!sel && Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => labels?.[k] === v);

/** What a name server answers: addresses (none: NXDOMAIN), whether with authority; null when it does not answer. */
export interface DnsAnswer {
  addrs: string[];
  authoritative: boolean;
}

/** The answer of name server `ns` for `name`, asked from the current guest. */
export function resolve(ctx: CommandContext, name: string, ns: string): DnsAnswer | null {
  const c = (ctx.world.ext.get('k8s') as { cluster?: ClusterView } | undefined)?.cluster;
  const dns = c?.list('Service').find((s: any) => s.metadata?.namespace === 'kube-system' && s.metadata?.name === 'kube-dns');
  if (c && dns && ns === dns.spec?.clusterIP) {
    // reached through kube-proxy on a node, answered by a ready CoreDNS pod
    if (!c.nodes.has(ctx.host.hostname)) return null;
    const pods = c.list('Pod');
    if (!pods.some((p: any) => p.metadata?.namespace === 'kube-system' && matches(dns.spec?.selector, p.metadata?.labels) && ready(p))) return null;
    const n = name.replace(/\.$/, '').toLowerCase();
    const svc = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(n);
    if (svc) {
      const s = c.list('Service').find((x: any) => x.metadata?.name === svc[1] && x.metadata?.namespace === svc[2]);
      if (!s) return { addrs: [], authoritative: true };
      if (s.spec?.clusterIP && s.spec.clusterIP !== 'None') return { addrs: [s.spec.clusterIP], authoritative: true };
      const ips = pods.filter((p: any) => p.metadata?.namespace === svc[2] && matches(s.spec?.selector, p.metadata?.labels) && ready(p) && p.status?.podIP).map((p: any) => p.status.podIP as string);
      return { addrs: ips.sort(), authoritative: true };
    }
    const pod = /^(\d+)-(\d+)-(\d+)-(\d+)\.([a-z0-9-]+)\.pod\.cluster\.local$/.exec(n);
    if (pod) return { addrs: [pod.slice(1, 5).join('.')], authoritative: true };
    if (n === 'cluster.local' || n.endsWith('.cluster.local')) return { addrs: [], authoritative: true };
  }
  const addr = lookup(name);
  return { addrs: addr ? [addr] : [], authoritative: false };
}

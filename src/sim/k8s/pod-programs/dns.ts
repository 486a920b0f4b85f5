/**
 * The cluster's DNS as a pod sees it: the kubelet's /etc/resolv.conf (ClusterFirst: the cluster DNS address, the
 * search list NS.svc.cluster.local svc.cluster.local cluster.local, ndots:5) and CoreDNS behind kube-dns's ClusterIP
 * with kubeadm's Corefile: `kubernetes cluster.local in-addr.arpa ip6.arpa { pods insecure … }` answers with
 * authority for SERVICE.NS.svc.cluster.local (a ClusterIP, or a headless Service's ready pods), A-B-C-D.NS.pod.
 * cluster.local, and the reverse names of ClusterIPs (the Service's name) and of endpoint addresses
 * (A-B-C-D.SERVICE.NS.svc.cluster.local); other names are forwarded to the node's resolver, which knows the public
 * names of net/hosts.ts only. CoreDNS answers nothing while none of its pods is ready.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { PUBLIC_HOSTS } from '../../net/hosts';

/** the nameserver the kubelet writes into a pod's resolv.conf (its clusterDNS) */
export const CLUSTER_DNS = '10.96.0.10';

/**
 * The resolver configuration the kubelet gives a pod (pkg/kubelet/network/dns GetPodDNS): ClusterFirst (the
 * default; ClusterFirstWithHostNet too) has the cluster DNS as its only nameserver, the search list
 * NS.svc.cluster.local svc.cluster.local cluster.local and ndots:5; None starts empty; Default (and ClusterFirst
 * on the host network) takes the node's (VirtualBox's NAT resolver 10.0.2.3); spec.dnsConfig's nameservers,
 * searches and options are added, duplicates dropped, an option of the same name replacing the earlier one.
 */
export function resolvConf(pod: Obj): { search: string[]; nameserver: string; nameservers: string[]; ndots: number; options: string[] } {
  const ns = pod.metadata.namespace;
  const policy = pod.spec?.dnsPolicy ?? 'ClusterFirst';
  const cluster = policy === 'ClusterFirstWithHostNet' || (policy === 'ClusterFirst' && !pod.spec?.hostNetwork);
  let servers: string[] = [];
  let search: string[] = [];
  let options: string[] = [];
  if (cluster) {
    servers = [CLUSTER_DNS];
    search = [`${ns}.svc.cluster.local`, 'svc.cluster.local', 'cluster.local'];
    options = ['ndots:5'];
  } else if (policy !== 'None') servers = ['10.0.2.3'];
  const cfg = pod.spec?.dnsConfig;
  if (cfg) {
    const uniq = (l: string[]) => l.filter((x, i) => l.indexOf(x) === i);
    servers = uniq([...servers, ...(cfg.nameservers ?? [])]);
    search = uniq([...search, ...(cfg.searches ?? [])]);
    for (const o of cfg.options ?? []) {
      const text = o.value !== undefined && o.value !== '' ? `${o.name}:${o.value}` : o.name;
      const i = options.findIndex((x) => x.split(':')[0] === o.name);
      if (i >= 0) options[i] = text;
      else options.push(text);
    }
  }
  const nd = options.find((o) => o.startsWith('ndots:'));
  return { search, nameserver: servers[0] ?? '127.0.0.1', nameservers: servers, ndots: nd ? Number(nd.slice(6)) : 1, options };
}

/** /etc/resolv.conf as containerd writes it from the kubelet's DNS config */
export function resolvConfText(pod: Obj): string {
  const r = resolvConf(pod);
  return (r.search.length ? `search ${r.search.join(' ')}\n` : '') + r.nameservers.map((n) => `nameserver ${n}\n`).join('') + (r.options.length ? `options ${r.options.join(' ')}\n` : '');
}

/** /etc/hosts as the kubelet writes it (managedHostsFileContent): the pod's name, or NAME.SUBDOMAIN.NS.svc.cluster.local with a subdomain, then hostAliases */
export function etcHostsText(pod: Obj): string {
  let out = '# Kubernetes-managed hosts file.\n127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::0\tip6-localnet\nfe00::0\tip6-mcastprefix\nfe00::1\tip6-allnodes\nfe00::2\tip6-allrouters\n';
  const name = pod.spec?.hostname ?? pod.metadata.name;
  const ip = pod.status?.podIP;
  if (ip) out += pod.spec?.subdomain ? `${ip}\t${name}.${pod.spec.subdomain}.${pod.metadata.namespace}.svc.cluster.local\t${name}\n` : `${ip}\t${name}\n`;
  const aliases: any[] = pod.spec?.hostAliases ?? [];
  if (aliases.length) out += '\n# Entries added by HostAliases.\n' + aliases.map((a) => `${a.ip}\t${(a.hostnames ?? []).join('\t')}\n`).join('');
  return out;
}

export type Rcode = 'NOERROR' | 'NXDOMAIN';
export interface Answer {
  rcode: Rcode;
  /** whether the answer came with authority (CoreDNS's own zones) */
  aa: boolean;
  /** A records (or the PTR name, for a reverse query) */
  values: string[];
}

const ready = (p: any) => p.status?.phase === 'Running' && (p.status?.conditions ?? []).some((x: any) => x.type === 'Ready' && x.status === 'True');
const matches = (sel: Record<string, string> | undefined, labels: Record<string, string> | undefined) =>
  !!sel && Object.keys(sel).length > 0 && Object.entries(sel).every(([k, v]) => labels?.[k] === v);

/** whether a name server at this address answers from a pod (CoreDNS with a ready pod behind kube-dns) */
export function dnsUp(c: Cluster, server: string): boolean {
  const dns = c.get('Service', 'kube-system', 'kube-dns');
  if (!dns) return false;
  const pods = c.list('Pod', 'kube-system').filter((p) => matches(dns.spec?.selector, p.metadata?.labels) && ready(p));
  return server === dns.spec?.clusterIP ? pods.length > 0 : pods.some((p) => p.status?.podIP === server);
}

function headlessIps(c: Cluster, s: Obj): string[] {
  return c
    .list('Pod', s.metadata.namespace)
    .filter((p) => matches(s.spec?.selector, p.metadata?.labels) && ready(p) && p.status?.podIP)
    .map((p) => p.status.podIP as string)
    .sort();
}

/** CoreDNS's answer to an A query for a fully qualified name (no trailing dot) */
export function queryA(c: Cluster, fqdn: string): Answer {
  const n = fqdn.replace(/\.$/, '').toLowerCase();
  if (n === 'cluster.local' || n.endsWith('.cluster.local')) {
    const svc = /^([a-z0-9-]+)\.([a-z0-9-]+)\.svc\.cluster\.local$/.exec(n);
    if (svc) {
      const s = c.get('Service', svc[2], svc[1]);
      if (!s) return { rcode: 'NXDOMAIN', aa: true, values: [] };
      if (s.spec?.type === 'ExternalName') return { rcode: 'NOERROR', aa: true, values: [] };
      if (s.spec?.clusterIP && s.spec.clusterIP !== 'None') return { rcode: 'NOERROR', aa: true, values: [s.spec.clusterIP] };
      const ips = headlessIps(c, s);
      return { rcode: ips.length ? 'NOERROR' : 'NXDOMAIN', aa: true, values: ips };
    }
    const pod = /^(\d+)-(\d+)-(\d+)-(\d+)\.([a-z0-9-]+)\.pod\.cluster\.local$/.exec(n);
    if (pod) return { rcode: 'NOERROR', aa: true, values: [pod.slice(1, 5).join('.')] };
    // the zone's own names and a namespace's subdomain exist without addresses
    const nsOnly = /^([a-z0-9-]+)\.(svc|pod)\.cluster\.local$/.exec(n);
    const exists = n === 'cluster.local' || n === 'svc.cluster.local' || n === 'pod.cluster.local' || (nsOnly && c.get('Namespace', '', nsOnly[1]));
    return { rcode: exists ? 'NOERROR' : 'NXDOMAIN', aa: true, values: [] };
  }
  const addr = PUBLIC_HOSTS[n];
  return addr ? { rcode: 'NOERROR', aa: false, values: [addr] } : { rcode: 'NXDOMAIN', aa: false, values: [] };
}

/** CoreDNS's answer to an AAAA query: the cluster is IPv4 only, the public names have no IPv6 address here */
export function queryAAAA(c: Cluster, fqdn: string): Answer {
  const a = queryA(c, fqdn);
  return { ...a, values: [] };
}

/** the reverse name (in-addr.arpa) of an IPv4 address */
export function arpa(ip: string): string {
  return ip.split('.').reverse().join('.') + '.in-addr.arpa';
}

/** CoreDNS's answer to a PTR query for an IPv4 address: a ClusterIP's Service, or an endpoint's name */
export function queryPTR(c: Cluster, ip: string): Answer {
  const svc = c.list('Service').find((s) => s.spec?.clusterIP === ip);
  if (svc) return { rcode: 'NOERROR', aa: true, values: [`${svc.metadata.name}.${svc.metadata.namespace}.svc.cluster.local`] };
  for (const ep of c.list('Endpoints')) {
    for (const sub of ep.subsets ?? []) {
      const a = (sub.addresses ?? []).find((x: any) => x.ip === ip);
      if (a) return { rcode: 'NOERROR', aa: true, values: [`${a.hostname ?? ip.replace(/\./g, '-')}.${ep.metadata.name}.${ep.metadata.namespace}.svc.cluster.local`] };
    }
  }
  // CoreDNS is authoritative for in-addr.arpa but falls through: the node's resolver knows no other reverse names
  return { rcode: 'NXDOMAIN', aa: false, values: [] };
}

/** the names a stub resolver tries for `name`, in order (ndots and the search list, as glibc, musl and uClibc do) */
export function candidates(pod: Obj, name: string): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const { search, ndots } = resolvConf(pod);
  const dots = name.split('.').length - 1;
  const searched = search.map((d) => `${name}.${d}`);
  return dots >= ndots ? [name, ...searched] : [...searched, name];
}

const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;
export const isIp = (s: string) => IPV4.test(s);

/**
 * What getaddrinfo gives a program in the pod for `name`: the addresses and the name they were found under
 * (null: not resolved; `timeout`: no name server answered). /etc/hosts comes first (localhost, the pod's own name).
 */
export function getaddrinfo(c: Cluster, pod: Obj, name: string): { addrs: string[]; fqdn: string } | null | 'timeout' {
  if (isIp(name)) return { addrs: [name], fqdn: name };
  const hosts = etcHosts(pod);
  const h = hosts.find((e) => e.names.includes(name));
  if (h) return { addrs: [h.ip], fqdn: name };
  if (!dnsUp(c, resolvConf(pod).nameserver)) return 'timeout';
  for (const fq of candidates(pod, name)) {
    const a = queryA(c, fq);
    if (a.values.length) return { addrs: a.values, fqdn: fq };
  }
  return null;
}

/** the entries of the pod's /etc/hosts as the kubelet writes it (IPv4 ones) */
export function etcHosts(pod: Obj): { ip: string; names: string[] }[] {
  const out = [{ ip: '127.0.0.1', names: ['localhost'] }];
  const name = pod.spec?.hostname ?? pod.metadata.name;
  if (pod.status?.podIP) out.push({ ip: pod.status.podIP, names: pod.spec?.subdomain ? [`${name}.${pod.spec.subdomain}.${pod.metadata.namespace}.svc.cluster.local`, name] : [name] });
  for (const a of pod.spec?.hostAliases ?? []) out.push({ ip: a.ip, names: a.hostnames ?? [] });
  return out;
}

const msOf = (v: unknown): number => (typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) || 0 : 0);

/**
 * The serial of CoreDNS's SOA for cluster.local (plugin/kubernetes Serial: the Unix time of the last change its
 * watches saw, dnsControl.updateModified): CoreDNS's start (its informers add every object then), and each later
 * Service, Namespace or EndpointSlice added, or endpoint made ready. Deletions also count on a real server; the
 * world keeps no record of them.
 */
export function zoneSerial(c: Cluster): number {
  const coredns = c.list('Pod', 'kube-system').filter((p) => p.metadata?.labels?.['k8s-app'] === 'kube-dns' && p.status?.startTime);
  const start = Math.min(...coredns.map((p) => msOf(p.status.startTime)));
  if (!Number.isFinite(start)) return 0;
  let last = start;
  for (const kind of ['Service', 'Namespace', 'EndpointSlice']) for (const o of c.list(kind)) last = Math.max(last, msOf(o.metadata?.creationTimestamp));
  const selected = c.list('Service').map((s) => s.spec?.selector).filter((sel) => sel && Object.keys(sel).length);
  for (const p of c.list('Pod')) {
    if (!selected.some((sel) => matches(sel, p.metadata?.labels))) continue;
    const r = (p.status?.conditions ?? []).find((x: any) => x.type === 'Ready' && x.status === 'True');
    if (r) last = Math.max(last, msOf(r.lastTransitionTime));
  }
  return Math.floor(last / 1000);
}

/** plugin/backend_lookup.go SOA: the zone's record CoreDNS puts in the authority section of an empty answer (ttl 30 from kubeadm's Corefile). */
export function zoneSOA(c: Cluster): { owner: string; ttl: number; data: string } {
  const ttl = 30;
  return { owner: 'cluster.local.', ttl, data: `ns.dns.cluster.local. hostmaster.cluster.local. ${zoneSerial(c)} 7200 1800 86400 ${ttl}` };
}

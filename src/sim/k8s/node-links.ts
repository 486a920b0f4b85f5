/**
 * The pod network's devices on a node, for `ip addr`, `ip link` and `ip route`: flannel's VXLAN device flannel.1
 * (made by flanneld v0.26.1's vxlan backend once it runs on the node: MTU 1450, the VtepMAC its Node's backend-data
 * annotation names, the subnet's network address as a /32 with no broadcast, as vishvananda/netlink v1.3.0 adds it),
 * the bridge cni0 (made by the bridge plugin for the node's first pod on the pod network: the subnet's first address,
 * /24 with its broadcast) and the routes that come with them: the bridge's kernel route, and one route through
 * flannel.1 (onlink, via the other node's network address) for each other node's subnet. /run and the devices go
 * with a reboot; flannel.1 comes back when flanneld runs again, cni0 with the next pod.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../types';
import type { K8sState } from './world';
import { hostname } from './host';
import { fnv32a } from '../hash';

export interface PodNetLink {
  name: string;
  state: 'UP' | 'UNKNOWN';
  mtu: number;
  /** the device's txqueuelen as ip prints it (none for a VXLAN device) */
  qlen: number | null;
  mac: string;
  /** address/prefix */
  inet: string;
  brd: string | null;
}

export interface PodNetRoute {
  dest: string;
  prefix: number;
  /** the text after the destination, as `ip route` prints it */
  text: string;
}

/** a bridge's address made up the way the kernel does for a new device: locally administered, unicast */
function bridgeMac(node: string, since: number): string {
  const b = [0, 1, 2, 3, 4, 5].map((i) => fnv32a(`cni0|${node}|${since}|${i}`) & 0xff);
  b[0] = (b[0] & 0xfe) | 0x02;
  return b.map((x) => x.toString(16).padStart(2, '0')).join(':');
}

function subnetOf(cidr: string): { net: string; first: string; brd: string; bits: number } {
  const [addr, bits] = cidr.split('/');
  const o = addr.split('.').map(Number);
  return { net: addr, first: `${o[0]}.${o[1]}.${o[2]}.${o[3] + 1}`, brd: `${o[0]}.${o[1]}.${o[2]}.255`, bits: Number(bits) };
}

/** The node's pod-network devices and routes now (none off the cluster, or before flannel runs). */
export function podNetwork(st: K8sState, h: Host): { links: PodNetLink[]; routes: PodNetRoute[] } {
  const none = { links: [], routes: [] };
  const c = st.cluster;
  const name = hostname(h);
  const n = st.hostOf.get(name) === h.id ? c.nodes.get(name) : undefined;
  if (!h.up || c.cni !== 'flannel' || !n?.cni || n.runCleared) return none;
  const me = c.nodeObj(name);
  const cidr = me?.spec?.podCIDR;
  if (!cidr) return none;
  const mine = subnetOf(cidr);
  let vtep = '';
  try {
    vtep = JSON.parse(me.metadata.annotations?.['flannel.alpha.coreos.com/backend-data'] ?? '{}').VtepMAC ?? '';
  } catch {
    vtep = '';
  }
  if (!vtep) return none;
  const links: PodNetLink[] = [{ name: 'flannel.1', state: 'UNKNOWN', mtu: 1450, qlen: null, mac: vtep, inet: `${mine.net}/32`, brd: null }];
  const routes: PodNetRoute[] = [];
  // the bridge: once a pod on the pod network got its address here since the node booted
  const bootedAt = h.bootedAt;
  const pods = c.podsOn(name).filter((p) => !p.spec.hostNetwork && p.status?.podIP);
  const since = Math.max(bootedAt, n.cniSince ?? 0);
  if (pods.length) {
    links.push({ name: 'cni0', state: 'UP', mtu: 1450, qlen: 1000, mac: bridgeMac(name, since), inet: `${mine.first}/${mine.bits}`, brd: mine.brd });
    routes.push({ dest: mine.net, prefix: mine.bits, text: `dev cni0 proto kernel scope link src ${mine.first} ` });
  }
  for (const other of c.list('Node')) {
    if (other.metadata.name === name || !other.spec?.podCIDR) continue;
    if (!other.metadata.annotations?.['flannel.alpha.coreos.com/backend-data']) continue;
    const s = subnetOf(other.spec.podCIDR);
    routes.push({ dest: s.net, prefix: s.bits, text: `via ${s.net} dev flannel.1 onlink ` });
  }
  return { links, routes };
}

/**
 * The container-network files a node keeps on disk:
 * - /opt/cni/bin: the plugins the kubernetes-cni package puts there (its spec copies the containernetworking/plugins
 *   release's binaries: what build_linux.sh builds from plugins/{meta,main,ipam}/* less windows, v1.2.0 for
 *   kubernetes-cni 1.2.0 and v1.3.0, which adds tap, for 1.3.0), and `flannel`, which flannel's install-cni-plugin
 *   init container copies there (`cp -f /flannel /opt/cni/bin/flannel`) once its pod starts on the node;
 * - /etc/cni/net.d/10-flannel.conflist: kube-flannel-cfg's cni-conf.json, copied by the install-cni init container;
 * - /run/flannel/subnet.env: written by flanneld v0.26.1 (pkg/subnet/subnet.go WriteSubnetFile) from its net-conf
 *   Network, the node's lease (its podCIDR, the first address after the network's), the backend's MTU (the vxlan
 *   device's: the interface's 1500 less 50) and --ip-masq; /run is a tmpfs, so a reboot takes it until flanneld runs
 *   again.
 * The binaries' contents and sizes are not modelled (DIFFERENCES.md).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { World } from '../world';
import type { Host } from '../types';
import type { K8sState } from './world';
import { hostname, pkgVersion } from './host';

const PLUGINS_120 = ['bandwidth', 'bridge', 'dhcp', 'dummy', 'firewall', 'host-device', 'host-local', 'ipvlan', 'loopback', 'macvlan', 'portmap', 'ptp', 'sbr', 'static', 'tuning', 'vlan', 'vrf'];

/** the binaries a kubernetes-cni version installs in /opt/cni/bin */
export function cniPlugins(version: string): string[] {
  const [maj, min] = version.split('.').map(Number);
  return maj > 1 || (maj === 1 && min >= 3) ? [...PLUGINS_120, 'tap'].sort() : PLUGINS_120;
}

const BIN = '/opt/cni/bin';
const NETD = '/etc/cni/net.d';
const CONFLIST = `${NETD}/10-flannel.conflist`;
const SUBNET_ENV = '/run/flannel/subnet.env';

function dir(h: Host, path: string): void {
  if (!h.fs.isDir(path)) h.fs.mkdir(path, true);
}

/** flanneld's subnet.env for a node: its net-conf Network, the first address of the node's subnet, MTU, IP masquerade */
export function subnetEnv(network: string, podCidr: string, mtu: number, ipMasq: boolean): string {
  const [addr, bits] = podCidr.split('/');
  const o = addr.split('.').map(Number);
  const n = ((o[0] << 24) | (o[1] << 16) | (o[2] << 8) | o[3]) + 1;
  const first = [n >>> 24, (n >>> 16) & 255, (n >>> 8) & 255, n & 255].join('.');
  return `FLANNEL_NETWORK=${network}\nFLANNEL_SUBNET=${first}/${bits}\nFLANNEL_MTU=${mtu}\nFLANNEL_IPMASQ=${ipMasq}\n`;
}

/** a file as a program wrote it at a time */
function written(h: Host, path: string, text: string, mode: number, at: number): void {
  h.fs.write(path, text, false, mode);
  const f = h.fs.get(path);
  if (f) f.mtime = at;
}

const seen = new WeakMap<Host, string>();

/** Keeps a host's CNI files in step with its packages and with flannel on its node. */
export function syncCniFiles(world: World, st: K8sState, h: Host): void {
  if (!h.sys) return;
  const cni = pkgVersion(h, 'kubernetes-cni');
  const c = st.cluster;
  const name = hostname(h);
  const n = st.hostOf.get(name) === h.id ? c.nodes.get(name) : undefined;
  const flannel = c.cni === 'flannel' && !!n?.cni;
  const key = `${cni}|${flannel}|${n?.runCleared}|${h.up}|${h.bootedAt}|${flannel ? c.rv : 0}`;
  if (seen.get(h) === key) return;
  seen.set(h, key);
  const fs = h.fs;
  // the package's plugins come and go with it (its directories stay while they hold other files)
  const want = new Set(cni ? cniPlugins(cni) : []);
  if (cni) {
    dir(h, BIN);
    dir(h, NETD);
    for (const p of want) if (!fs.exists(`${BIN}/${p}`)) fs.write(`${BIN}/${p}`, '', false, 0o755);
  }
  for (const p of [...PLUGINS_120, 'tap']) if (!want.has(p) && fs.isFile(`${BIN}/${p}`)) fs.remove(`${BIN}/${p}`);
  if (!flannel || !n) return;
  // the init containers' copies, made when the pod first started on the node
  const cm = c.get('ConfigMap', 'kube-flannel', 'kube-flannel-cfg');
  dir(h, BIN);
  dir(h, NETD);
  const since = Math.min(world.now, n.cniSince ?? world.now);
  if (!fs.exists(`${BIN}/flannel`)) written(h, `${BIN}/flannel`, '', 0o755, since);
  const conf = cm?.data?.['cni-conf.json'];
  if (typeof conf === 'string' && !fs.exists(CONFLIST)) written(h, CONFLIST, conf, 0o644, since);
  // flanneld's lease, while it has run since the node booted
  if (n.runCleared || !h.up) {
    if (fs.exists(SUBNET_ENV)) fs.remove(SUBNET_ENV);
    return;
  }
  const podCidr = c.nodeObj(name)?.spec?.podCIDR;
  if (!podCidr) return;
  let network = c.podCidr || '10.244.0.0/16';
  try {
    network = JSON.parse(cm?.data?.['net-conf.json'] ?? '{}').Network ?? network;
  } catch {
    // flanneld would not start with a net-conf.json it cannot read; the node keeps what it had
  }
  const ds = c.get('DaemonSet', 'kube-flannel', 'kube-flannel-ds');
  const args: string[] = ds?.spec?.template?.spec?.containers?.find((x: any) => x.name === 'kube-flannel')?.args ?? ['--ip-masq'];
  const text = subnetEnv(network, podCidr, 1450, args.includes('--ip-masq'));
  dir(h, '/run/flannel');
  // written when flanneld started on the node: first with its network, else after the node's last boot
  if (fs.read(SUBNET_ENV) !== text) written(h, SUBNET_ENV, text, 0o644, since >= h.bootedAt ? since : world.now);
}

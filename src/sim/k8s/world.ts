/**
 * The cluster inside the simulated world: one Cluster per World (world.ext "k8s"), kept in step with the
 * guests — a halted VM, a stopped kubelet or containerd, an upgraded kubelet package all reach the nodes.
 */
import type { World } from '../world';
import type { Host } from '../types';
import { Cluster, type ClusterState } from './cluster';
import { httpGet } from './container';
import { joinNode } from './bootstrap';
import { servingCsrs } from './certificates/serving';
import { kubeletSwap } from './swap';
import { preloadYaml, staticManifests } from './static-manifests';
import { containerdCgroup, containerdLeftovers, kubeletJournal, syncRunDir, JOURNAL_KEEP } from './node-runtime';
import { syncCniFiles } from './cni-files';
import { podNetwork } from './node-links';
import { hostname, nodeIp, nodeSim, pkgVersion, systemdCgroup, unitActive } from './host';
import { setNodeKernels, type NodeKernel } from './pod-programs/busybox-sys';
import { memOf } from '../commands/procps/vmstat/stats';
import { loadavg } from '../commands/lib/procfs/system';
import { swapTotal } from '../commands/lib/swaps';

export { containerdConfig, hostname, nodeIp, nodeNameOf, nodeSim, osImage, pkgVersion, systemdCgroup, unitActive } from './host';

export interface K8sState {
  cluster: Cluster;
  /** node name → guest host id */
  hostOf: Map<string, string>;
  /** bootstrap tokens: token → expiry (ms) */
  tokens: Map<string, number>;
  caHash: string;
  /** host/package → version last seen, and when it changed (a kubelet must restart to run the new one) */
  pkgSeen: Map<string, string>;
  pkgChangedAt: Map<string, number>;
  /**
   * For `systemctl status`: the processes of a unit's cgroup on a host (containerd's shims, one per pod
   * sandbox on that node), or null when the cluster has nothing to add. Reached by the core through
   * `world.ext.get('k8s').cgroupLines(hostId, unit)`, so it needs no import of this module.
   */
  cgroupLines(hostId: string, unit: string): { tasks: number; lines: string[] } | null;
  /** curl from a guest to a Service (ClusterIP, NodePort on a node) or a pod IP; null when the cluster has no answer */
  http(hostId: string, url: URL): { status: number; body: string } | null;
  /** the pod network's devices and routes on a host (flannel.1, cni0), for ip */
  links?(hostId: string): ReturnType<typeof podNetwork> | null;
}






/** What a saved world keeps of the cluster: the cluster's state and the bookkeeping around it, all plain data. */
export interface K8sSaved {
  cluster: ClusterState;
  hostOf: Map<string, string>;
  tokens: Map<string, number>;
  caHash: string;
  pkgSeen: Map<string, string>;
  pkgChangedAt: Map<string, number>;
}

export function saveK8s(st: K8sState): K8sSaved {
  return { cluster: st.cluster.save(), hostOf: st.hostOf, tokens: st.tokens, caHash: st.caHash, pkgSeen: st.pkgSeen, pkgChangedAt: st.pkgChangedAt };
}

/**
 * Puts the cluster into a world: a new one, or the one `saved` describes (a restored snapshot). Either way
 * the world's tick and events drive it from here on.
 */
export function attach(world: World, saved?: K8sSaved): K8sState {
  const cluster = new Cluster((world.seed ^ 0x6b387) >>> 0, world.now);
  if (saved) cluster.restore(saved.cluster);
  const st: K8sState = {
    cluster,
    hostOf: saved?.hostOf ?? new Map(),
    tokens: saved?.tokens ?? new Map(),
    caHash: saved?.caHash ?? cluster.rng.hex(64),
    pkgSeen: saved?.pkgSeen ?? new Map(),
    pkgChangedAt: saved?.pkgChangedAt ?? new Map(),
    cgroupLines: (hostId, unit) => containerdCgroup(world, st, hostId, unit),
    links: (hostId) => {
      const h = world.hosts.get(hostId);
      return h ? podNetwork(st, h) : null;
    },
    http: (hostId, url) => {
      const h = world.hosts.get(hostId);
      // only the nodes of the cluster reach its service and pod networks
      if (!h || st.hostOf.get(hostname(h)) !== hostId) return null;
      // a node resolves names with its own resolver (VirtualBox's NAT DNS), not CoreDNS: Service names reach nothing
      if (!/^\d+\.\d+\.\d+\.\d+$/.test(url.hostname) && url.hostname !== 'localhost') return null;
      const nodeIps = [...st.hostOf.values()].map((id) => world.hosts.get(id)).filter((x): x is Host => !!x && x.up).map(nodeIp);
      return httpGet(st.cluster, url.hostname, Number(url.port || 80), url.pathname, nodeIp(h), 'default', nodeIps);
    },
  };
  world.ext.set('k8s', st);
  preloadYaml();
  // what a pod's programs read of their node's kernel: the node's own figures (uptime, free)
  const kernels = (node: string): NodeKernel | null => {
    const h = world.hosts.get(st.hostOf.get(node) ?? '');
    if (!h?.sys || !h.up) return null;
    const m = memOf(h);
    const swap = swapTotal(h.sys);
    const loads = loadavg(h, 1, 1, 1).split(' ').slice(0, 3) as [string, string, string];
    return { uptime: (world.now - h.bootedAt) / 1000, loads, mem: { total: m.total, free: m.free, shared: 8904, buffers: m.buffers, cached: m.cached, available: m.total - m.used, swapTotal: swap, swapFree: swap } };
  };
  setNodeKernels(st.cluster, kernels);
  world.onTick((now) => {
    setNodeKernels(st.cluster, kernels);
    for (const h of world.hosts.values()) kubeletSwap(world, h);
    syncNodes(world, st);
    st.cluster.advanceTo(now);
    staticManifests(world, st);
    nodeHosts(world, st);
  });
  world.on('machine-state', () => {
    for (const h of world.hosts.values()) kubeletSwap(world, h);
    syncNodes(world, st);
    nodeHosts(world, st);
  });
  world.on('unit-changed', (e) => {
    const h = world.hosts.get(e.hostId);
    if (h) kubeletCrashLoop(world, h);
    if (h) kubeletSwap(world, h);
    if (h && e.unit === 'containerd.service') containerdLeftovers(world, st, h);
    if (h && e.unit === 'containerd.service' && st.hostOf.get(hostname(h)) === h.id && st.cluster.nodes.get(hostname(h))?.controlPlane && unitActive(h, 'containerd.service'))
      st.cluster.setUnstable(!systemdCgroup(h));
    syncNodes(world, st);
    nodeHosts(world, st);
  });
  // etcd lives on the control-plane VM: its snapshot keeps the cluster's objects and tokens, its restore brings them back
  world.on('vm-snapshot', (e) => {
    const cp = [...st.hostOf].find(([name, id]) => id === e.hostId && st.cluster.nodes.get(name)?.controlPlane);
    if (!cp) return;
    if (e.action === 'take') e.data.set('k8s', { cluster: st.cluster.save(), tokens: new Map(st.tokens) });
    else {
      const saved = e.data.get('k8s') as { cluster: ReturnType<Cluster['save']>; tokens: Map<string, number> } | undefined;
      if (!saved) return;
      st.cluster.restore(saved.cluster);
      st.tokens.clear();
      for (const [t, exp] of saved.tokens) st.tokens.set(t, exp);
      syncNodes(world, st);
    }
  });
  world.on('packages-changed', () => {
    notePackages(world, st);
    syncNodes(world, st);
    for (const h of world.hosts.values()) syncCniFiles(world, st, h);
  });
  if (saved) return st;
  notePackages(world, st);
  for (const h of world.hosts.values()) kubeletCrashLoop(world, h);
  return st;
}

export function k8sOf(world: World): K8sState {
  const cur = world.ext.get('k8s') as K8sState | undefined;
  if (cur && cur.cluster instanceof Cluster) return cur;
  return attach(world);
}

/** The nodes' own state after a change: containerd's /run/containerd, the kubelet's journal. */
function nodeHosts(world: World, st: K8sState): void {
  // the CNI plugins come with the kubernetes-cni package, joined or not; flannel's files once it runs on the node
  for (const h of world.hosts.values()) syncCniFiles(world, st, h);
  for (const id of st.hostOf.values()) {
    const h = world.hosts.get(id);
    if (!h) continue;
    syncRunDir(world, st, h);
    kubeletJournal(world, st, h);
  }
}

/** Without /var/lib/kubelet/config.yaml (before kubeadm init/join) the kubelet exits and systemd restarts it. */
export function kubeletCrashLoop(world: World, h: Host): void {
  const u = h.sys?.units.get('kubelet.service');
  if (!u) return;
  const configured = h.fs.isFile('/var/lib/kubelet/config.yaml');
  if (u.active === 'active' && !configured) {
    u.active = 'activating';
    u.sub = 'auto-restart';
    const short = hostname(h);
    const d = new Date(world.now);
    const stamp = `${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2, '0')} ${d.toISOString().slice(11, 19)}`;
    u.log = [
      ...(u.log ?? []),
      `${stamp} ${short} kubelet[${u.pid || 4312}]: E${d.toISOString().slice(5, 7)}${d.toISOString().slice(8, 10)} ${d.toISOString().slice(11, 19)}.413085    ${u.pid || 4312} run.go:74] "command failed" err="failed to load kubelet config file, path: /var/lib/kubelet/config.yaml, error: failed to load Kubelet config file /var/lib/kubelet/config.yaml, error failed to read kubelet config file \\"/var/lib/kubelet/config.yaml\\", error: open /var/lib/kubelet/config.yaml: no such file or directory"`,
      `${stamp} ${short} systemd[1]: kubelet.service: Main process exited, code=exited, status=1/FAILURE`,
      `${stamp} ${short} systemd[1]: kubelet.service: Failed with result 'exit-code'.`,
    ].slice(-JOURNAL_KEEP);
  } else if (u.active === 'activating' && configured) {
    u.active = 'active';
    u.sub = 'running';
    u.pid = u.pid || 4312;
    u.since = world.now;
  }
}

/** Pushes guest state (power, kubelet, containerd, versions) into the cluster's nodes. */
export function syncNodes(world: World, st: K8sState): void {
  const c = st.cluster;
  for (const [name, hostId] of st.hostOf) {
    const h = world.hosts.get(hostId);
    let n = c.nodes.get(name);
    // a kubelet that still runs with its credentials registers its Node again after `kubectl delete node`
    if (!n && h?.up && c.initialized && unitActive(h, 'kubelet.service') && h.fs.isFile('/etc/kubernetes/kubelet.conf')) {
      joinNode(c, name, nodeIp(h), `v${pkgVersion(h, 'kubelet') ?? '1.28.15'}`, nodeSim(h, world.seed), null);
      n = c.nodes.get(name);
    }
    if (!n) continue;
    if (!h) {
      if (n.up) c.setNode(name, { up: false });
      continue;
    }
    const kv = pkgVersion(h, 'kubelet');
    const want = {
      up: h.up,
      kubelet: unitActive(h, 'kubelet.service'),
      runtime: unitActive(h, 'containerd.service'),
      runtimeVersion: pkgVersion(h, 'containerd.io') ?? n.runtimeVersion,
    };
    const change: Parameters<Cluster['setNode']>[1] = {};
    if (want.up !== n.up) change.up = want.up;
    if (want.kubelet !== n.kubelet) change.kubelet = want.kubelet;
    if (want.runtime !== n.runtime) change.runtime = want.runtime;
    if (want.runtimeVersion !== n.runtimeVersion) change.runtimeVersion = want.runtimeVersion;
    // the kubelet reports its new version once it runs again from the upgraded package
    const unit = h.sys?.units.get('kubelet.service');
    if (kv && `v${kv}` !== n.kubeletVersion && want.kubelet && unit && unit.since >= (st.pkgChangedAt.get(`${hostId}/kubelet`) ?? 0)) change.kubeletVersion = `v${kv}`;
    if (Object.keys(change).length) c.setNode(name, change);
    if (want.up && want.kubelet && unit) servingCsrs(c, h, name, nodeIp(h), unit.since, world.now);
  }
}

export function notePackages(world: World, st: K8sState): void {
  for (const h of world.hosts.values()) {
    const v = pkgVersion(h, 'kubelet');
    const key = `${h.id}/kubelet`;
    const prev = st.pkgSeen.get(key);
    if (v && prev && prev !== v) st.pkgChangedAt.set(key, world.now + 1);
    if (v) st.pkgSeen.set(key, v);
  }
}



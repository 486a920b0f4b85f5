/**
 * The Leases of a kubeadm cluster (coordination.k8s.io/v1), as their holders write them:
 *   - kube-node-lease/<node>: the kubelet's node lease (component-helpers/apimachinery/lease/controller.go newLease:
 *     holderIdentity and leaseDurationSeconds 40, renewTime every 10 s, the Node as owner from
 *     pkg/kubelet/util/nodelease.go SetNodeOwnerFunc);
 *   - kube-system/kube-controller-manager and kube-system/kube-scheduler: leader election (client-go leaselock,
 *     LeaderElectionRecordToLeaseSpec: acquireTime, holderIdentity "<hostname>_<uuid>", leaseDurationSeconds 15,
 *     leaseTransitions, renewTime every 2 s, the retry period);
 *   - kube-system/apiserver-<id>: the API server's identity lease (pkg/controlplane/instance.go: the id is
 *     "apiserver-" + base32 of the first 16 bytes of SHA-256 over the length-prefixed hostname and "kube-apiserver",
 *     the holder "<id>_<uuid>", leaseDurationSeconds 3600, renewed every 10 s, labelled by labelAPIServerHeartbeatFunc).
 * Renewals are not timers: a lease's renewTime is brought up to date when it is read (the last renewal its holder made
 * before now, or before it stopped: a halted VM, a stopped kubelet).
 */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { fnv32a } from '../rand';
import { DIGESTS } from '../../commands/coreutils/md5sum/digest';
import type { NodeSim } from './types';

/** a uuid drawn from a name (no draw from the cluster's random source, so nothing else moves) */
function uuidOf(name: string): string {
  let h = '';
  for (let i = 0; h.length < 32; i++) h += fnv32a(`${name}#${i}`).toString(16).padStart(8, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** metav1.MicroTime as the API serves it (RFC 3339 with microseconds) */
export function microTime(ms: number, salt: string): string {
  const us = String(fnv32a(salt) % 1000).padStart(3, '0');
  return new Date(Math.floor(ms)).toISOString().slice(0, 23) + us + 'Z';
}

const B32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
function base32(bytes: number[]): string {
  let out = '';
  let bits = 0;
  let v = 0;
  for (const b of bytes) {
    v = (v << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += B32[(v >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) out += B32[(v << (5 - bits)) & 31];
  return out;
}

/** the API server's identity on a host: its identity lease's name */
export function apiserverId(hostname: string): string {
  const enc = new TextEncoder();
  const part = (s: string) => {
    const b = enc.encode(s);
    return [b.length >> 8, b.length & 255, ...b];
  };
  const hex = DIGESTS.sha256(new Uint8Array([...part(hostname), ...part('kube-apiserver')]));
  const bytes = Array.from({ length: 16 }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
  return 'apiserver-' + base32(bytes).toLowerCase();
}

const RENEW: Record<string, number> = { node: 10_000, leader: 2_000, identity: 10_000 };

function lease(c: Cluster, ns: string, name: string, spec: Record<string, unknown>, extra: Partial<Obj['metadata']> = {}): Obj {
  return c.add({
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: { name, namespace: ns, uid: uuidOf(`lease/${ns}/${name}/${c.t}`), resourceVersion: '', creationTimestamp: c.t, ...extra },
    spec: { renewTime: microTime(c.t, `${name}|${c.t}`), ...spec },
  });
}

export const leaseMethods = {
  /** the kubelet's lease, created as its node registers */
  addNodeLease(this: Cluster, n: NodeSim, node: Obj): void {
    if (this.get('Lease', 'kube-node-lease', n.name)) return;
    lease(this, 'kube-node-lease', n.name, { holderIdentity: n.name, leaseDurationSeconds: 40 }, { ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: n.name, uid: node.metadata.uid }] as Obj['metadata']['ownerReferences'] });
  },
  /** the control plane's leases on its node: the two leaders and the API server's identity */
  addControlPlaneLeases(this: Cluster, host: string): void {
    for (const name of ['kube-controller-manager', 'kube-scheduler']) {
      // taken once the static pod has started and elected itself, a moment after kubeadm wrote its manifest
      const acquire = microTime(this.t + 2000 + (fnv32a(`${name}|${this.t}`) % 500), `${name}|acquire|${this.t}`);
      lease(this, 'kube-system', name, { acquireTime: acquire, holderIdentity: `${host}_${uuidOf(`${name}/${host}/${this.t}`)}`, leaseDurationSeconds: 15, leaseTransitions: 0, renewTime: acquire });
    }
    const id = apiserverId(host);
    lease(this, 'kube-system', id, { holderIdentity: `${id}_${uuidOf(`${id}/${this.t}`)}`, leaseDurationSeconds: 3600 }, { labels: { 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': host } });
  },
  /**
   * The control plane restarted (kubeadm upgrade apply): each leader comes back under a new identity and takes the
   * lease over (one more transition), the API server writes its lease with its new holder.
   */
  restartControlPlaneLeases(this: Cluster, host: string): void {
    for (const name of ['kube-controller-manager', 'kube-scheduler']) {
      const l = this.get('Lease', 'kube-system', name);
      if (!l) continue;
      l.spec.holderIdentity = `${host}_${uuidOf(`${name}/${host}/${this.t}`)}`;
      l.spec.acquireTime = microTime(this.t, `${name}|acquire|${this.t}`);
      l.spec.renewTime = l.spec.acquireTime;
      l.spec.leaseTransitions = (l.spec.leaseTransitions ?? 0) + 1;
      this.touch(l);
    }
    const id = this.get('Lease', 'kube-system', apiserverId(host));
    if (id) {
      id.spec.holderIdentity = `${id.metadata.name}_${uuidOf(`${id.metadata.name}/${this.t}`)}`;
      this.touch(id);
    }
  },
  /** Brings every lease's renewTime up to the last renewal its holder made (called as leases are read). */
  renewLeases(this: Cluster): void {
    const cp = [...this.nodes.values()].find((n) => n.controlPlane);
    // nothing reaches a stopped control plane: no lease is renewed while it is down
    const apiUntil = !cp || cp.up ? this.t : cp.lastHeartbeat;
    for (const l of this.store.get('Lease')?.values() ?? []) {
      const ns = l.metadata.namespace;
      let kind: string;
      let until: number;
      if (ns === 'kube-node-lease') {
        const n = this.nodes.get(l.metadata.name);
        if (!n) continue;
        kind = 'node';
        until = Math.min(apiUntil, this.heartbeat(n) ? this.t : n.lastHeartbeat);
      } else if (ns === 'kube-system' && (l.metadata.name === 'kube-controller-manager' || l.metadata.name === 'kube-scheduler' || l.metadata.labels?.['apiserver.kubernetes.io/identity'])) {
        kind = l.metadata.labels ? 'identity' : 'leader';
        until = apiUntil;
      } else continue;
      const every = RENEW[kind];
      const from = Date.parse(l.spec.acquireTime ?? '') || Number(l.metadata.creationTimestamp);
      if (until <= from) continue;
      const tick = from + Math.floor((until - from) / every) * every;
      // the lease controller's JitterUntil (factor 0.04) and the request's own time
      const at = tick + (fnv32a(`${l.metadata.name}|${tick}`) % Math.round(every * 0.04));
      const renew = microTime(Math.min(at, until), `${l.metadata.name}|${tick}`);
      if (renew !== l.spec.renewTime && Date.parse(renew) > Date.parse(l.spec.renewTime)) {
        l.spec.renewTime = renew;
        l.metadata.resourceVersion = String(++this.rv);
      }
    }
  },
};

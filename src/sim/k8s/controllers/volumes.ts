/**
 * The PersistentVolume controller: binds a claim to an Available volume that fits (class, access modes,
 * size). A bare kubeadm cluster has no StorageClass and no provisioner, so a claim nothing fits stays
 * Pending with the controller's FailedBinding event, repeated every 15 seconds.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';

const SRC = 'persistentvolume-controller';

/** a storage quantity in bytes (Ki, Mi, Gi, Ti, k, M, G, T) */
export function bytesOf(q: string | undefined): number {
  const m = /^(\d+(?:\.\d+)?)([KMGTP]i?|k)?$/.exec(q ?? '');
  if (!m) return 0;
  const f: Record<string, number> = { '': 1, k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5 };
  return Number(m[1]) * f[m[2] ?? ''];
}

export const volumeMethods = {
  volumeController(this: Cluster): void {
    const pvs = this.list('PersistentVolume');
    for (const pv of pvs) {
      if (!pv.status?.phase || pv.status.phase === 'Pending') this.setStatus(pv, { phase: 'Available' });
      // a volume whose claim is gone is Released (Retain) until an admin clears claimRef
      const ref = pv.spec.claimRef;
      if (ref && pv.status?.phase === 'Bound' && !this.get('PersistentVolumeClaim', ref.namespace, ref.name)) this.setStatus(pv, { phase: 'Released' });
    }
    for (const pvc of this.list('PersistentVolumeClaim')) {
      if (pvc.status?.phase === 'Bound' || pvc.metadata.deletionTimestamp) continue;
      const cls = pvc.spec.storageClassName ?? '';
      const want = bytesOf(pvc.spec.resources?.requests?.storage);
      const modes: string[] = pvc.spec.accessModes ?? [];
      const fits = pvs
        .filter((pv) => pv.status?.phase === 'Available' && (pv.spec.storageClassName ?? '') === cls && bytesOf(pv.spec.capacity?.storage) >= want && modes.every((m) => (pv.spec.accessModes ?? []).includes(m)))
        .filter((pv) => !pvc.spec.volumeName || pv.metadata.name === pvc.spec.volumeName)
        .sort((a, b) => bytesOf(a.spec.capacity?.storage) - bytesOf(b.spec.capacity?.storage));
      const pv = fits[0];
      if (pv) {
        this.bindClaim(pvc, pv);
        continue;
      }
      if (!this.pvcWaiting.has(pvc.metadata.uid)) {
        this.pvcWaiting.add(pvc.metadata.uid);
        this.pvcRetry(pvc.metadata.namespace!, pvc.metadata.name, pvc.metadata.uid);
      }
    }
  },
  /** the controller's periodic sync (every 15 s) for a claim still Pending: the event again */
  pvcRetry(this: Cluster, ns: string, name: string, uid: string): void {
    const pvc = this.get('PersistentVolumeClaim', ns, name);
    if (!pvc || pvc.metadata.uid !== uid || pvc.status?.phase === 'Bound') {
      this.pvcWaiting.delete(uid);
      return;
    }
    const cls = pvc.spec.storageClassName;
    if (cls) this.event(pvc, 'Warning', 'ProvisioningFailed', `storageclass.storage.k8s.io "${cls}" not found`, SRC);
    else this.event(pvc, 'Normal', 'FailedBinding', 'no persistent volumes available for this claim and no storage class is set', SRC);
    this.later(15_000, 'pvcRetry', ns, name, uid);
  },
  bindClaim(this: Cluster, pvc: Obj, pv: Obj): void {
    pv.spec.claimRef = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', name: pvc.metadata.name, namespace: pvc.metadata.namespace, resourceVersion: pvc.metadata.resourceVersion, uid: pvc.metadata.uid };
    pv.metadata.annotations = { ...pv.metadata.annotations, 'pv.kubernetes.io/bound-by-controller': 'yes' };
    pv.status = { phase: 'Bound' };
    this.touch(pv);
    pvc.spec.volumeName = pv.metadata.name;
    pvc.metadata.annotations = { ...pvc.metadata.annotations, 'pv.kubernetes.io/bind-completed': 'yes', 'pv.kubernetes.io/bound-by-controller': 'yes' };
    pvc.metadata.finalizers = pvc.metadata.finalizers ?? ['kubernetes.io/pvc-protection'];
    pvc.status = { phase: 'Bound', accessModes: [...(pv.spec.accessModes ?? [])], capacity: { ...pv.spec.capacity } };
    this.touch(pvc);
    this.pvcWaiting.delete(pvc.metadata.uid);
  },
};

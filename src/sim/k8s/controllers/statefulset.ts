/**
 * The StatefulSet controller: pods named <set>-0, <set>-1, ... created one at a time, each only once the one
 * before is Running and Ready (OrderedReady); a claim per volumeClaimTemplate and pod; scale-down from the
 * highest ordinal.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { clone, type Obj } from '../objects';
import { templateHash } from '../rand';

const SRC = 'statefulset-controller';

export const statefulSetMethods = {
  statefulSetController(this: Cluster): void {
    for (const ss of this.list('StatefulSet')) {
      if (ss.metadata.deletionTimestamp) continue;
      const ns = ss.metadata.namespace!;
      const name = ss.metadata.name;
      const want = ss.spec.replicas ?? 1;
      const revision = `${name}-${templateHash(ss.spec.template)}`;
      const pods = this.owned('Pod', ss);
      const byOrdinal = new Map<number, Obj>();
      for (const p of pods) byOrdinal.set(Number(p.metadata.name.slice(name.length + 1)), p);
      const parallel = ss.spec.podManagementPolicy === 'Parallel';
      // scale down: the highest ordinal first, one at a time
      const extra = [...byOrdinal.keys()].filter((i) => i >= want).sort((a, b) => b - a);
      if (extra.length) {
        const p = byOrdinal.get(extra[0])!;
        if (!p.metadata.deletionTimestamp) {
          this.deletePod(p);
          this.event(ss, 'Normal', 'SuccessfulDelete', `delete Pod ${p.metadata.name} in StatefulSet ${name} successful`, SRC);
        }
      } else {
        for (let i = 0; i < want; i++) {
          const p = byOrdinal.get(i);
          if (p) {
            if (!parallel && !(p.status.phase === 'Running' && this.podReady(p))) break;
            continue;
          }
          const podName = `${name}-${i}`;
          for (const t of ss.spec.volumeClaimTemplates ?? []) {
            const claim = `${t.metadata.name}-${podName}`;
            if (this.get('PersistentVolumeClaim', ns, claim)) continue;
            const pvc: Obj = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: claim, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: this.t, labels: clone(ss.spec.selector?.matchLabels) }, spec: { ...clone(t.spec), volumeMode: t.spec?.volumeMode ?? 'Filesystem' }, status: { phase: 'Pending' } };
            this.add(pvc);
            this.event(ss, 'Normal', 'SuccessfulCreate', `create Claim ${claim} Pod ${podName} in StatefulSet ${name} success`, SRC);
          }
          const tpl = clone(ss.spec.template);
          tpl.metadata = { ...tpl.metadata, labels: { ...tpl.metadata?.labels, 'apps.kubernetes.io/pod-index': String(i), 'controller-revision-hash': revision, 'statefulset.kubernetes.io/pod-name': podName } };
          tpl.spec = { ...tpl.spec, hostname: podName, subdomain: ss.spec.serviceName };
          const vols = (ss.spec.volumeClaimTemplates ?? []).map((t: any) => ({ name: t.metadata.name, persistentVolumeClaim: { claimName: `${t.metadata.name}-${podName}` } }));
          if (vols.length) tpl.spec.volumes = [...vols, ...(tpl.spec.volumes ?? [])];
          // recordPodEvent("create", …): a refused create is FailedCreate with the server's error
          if (!this.createPodAdmitted(ss, () => podName, tpl, undefined, SRC, (e) => `create Pod ${podName} in StatefulSet ${name} failed error: ${e}`)) break;
          this.event(ss, 'Normal', 'SuccessfulCreate', `create Pod ${podName} in StatefulSet ${name} successful`, SRC);
          if (!parallel) break;
        }
      }
      const live = this.owned('Pod', ss).filter((p) => !p.metadata.deletionTimestamp);
      const ready = live.filter((p) => this.podReady(p)).length;
      const status: any = { availableReplicas: ready, collisionCount: 0, currentReplicas: live.length, currentRevision: revision, observedGeneration: ss.metadata.generation ?? 1, readyReplicas: ready, replicas: live.length, updateRevision: revision, updatedReplicas: live.length };
      for (const k of ['readyReplicas', 'currentReplicas', 'updatedReplicas']) if (!status[k]) delete status[k];
      this.setStatus(ss, status);
    }
  },
};

/** The ReplicaSet controller: creates and deletes pods to match replicas (most expendable first), and reports status. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';

export const replicaSetMethods = {
  /** the ordering ReplicaSets use to choose pods to delete (most expendable first) */
  expendable(this: Cluster, a: Obj, b: Obj): number {
    const rank = (p: Obj) => [p.spec.nodeName ? 1 : 0, p.status.phase === 'Pending' ? 0 : p.status.phase === 'Running' ? 2 : 1, this.podReady(p) ? 1 : 0];
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < 3; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
    return b.metadata.creationTimestamp - a.metadata.creationTimestamp;
  },
  replicaSetController(this: Cluster): void {
    for (const rs of this.list('ReplicaSet')) {
      const pods = this.owned('Pod', rs);
      const active = pods.filter((p) => !p.metadata.deletionTimestamp && p.status.phase !== 'Succeeded' && p.status.phase !== 'Failed');
      const want = rs.spec.replicas ?? 1;
      // manageReplicasErr: the create that quota refused, while the ReplicaSet is still short of pods
      let failed: string | undefined;
      if (active.length < want) {
        for (let i = active.length; i < want; i++) {
          const p = this.createPodAdmitted(rs, () => this.uniqueName(rs.metadata.namespace!, rs.metadata.name + '-'), rs.spec.template, rs.metadata.name + '-', 'replicaset-controller');
          if (!p) {
            failed = this.createFailure(rs);
            break;
          }
          active.push(p);
          this.event(rs, 'Normal', 'SuccessfulCreate', `Created pod: ${p.metadata.name}`, 'replicaset-controller');
        }
      } else if (active.length > want) {
        active.sort((a, b) => this.expendable(a, b));
        for (const p of active.splice(0, active.length - want)) {
          this.deletePod(p);
          this.event(rs, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'replicaset-controller');
        }
      }
      const ready = active.filter((p) => this.podReady(p)).length;
      const status: any = { replicas: active.length, fullyLabeledReplicas: active.length, readyReplicas: ready, availableReplicas: ready, observedGeneration: rs.metadata.generation };
      if (!ready) {
        delete status.readyReplicas;
        delete status.availableReplicas;
      }
      if (!active.length) delete status.fullyLabeledReplicas;
      // calculateStatus(): a ReplicaFailure condition is added once, with the first error, and removed when none is left
      const conds: any[] = rs.status?.conditions ?? [];
      const cond = conds.find((c) => c.type === 'ReplicaFailure');
      if (failed && !cond) status.conditions = [...conds, { type: 'ReplicaFailure', status: 'True', lastTransitionTime: this.t, reason: 'FailedCreate', message: failed }];
      else if (!failed && cond) status.conditions = conds.filter((c) => c !== cond);
      else if (conds.length) status.conditions = conds;
      if (!status.conditions?.length) delete status.conditions;
      this.setStatus(rs, status);
    }
  },
};

/** The Deployment controller: a ReplicaSet per template (pod-template-hash), rolling and Recreate updates, rollbacks, history, conditions and the progress deadline. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { kubeadmTemplateHash } from '../bootstrap';
import { clone, matchLabels, type Obj } from '../objects';
import { templateHash } from '../rand';
import { intOrPercent } from '../quantity';

/** a ReplicaSet's revision number (its deployment.kubernetes.io/revision annotation) */
export function revision(rs: Obj): number {
  return Number(rs.metadata.annotations?.['deployment.kubernetes.io/revision'] ?? 0);
}
/** whether two pod templates are the same apart from the pod-template-hash label */
export function sameTemplate(a: any, b: any): boolean {
  const strip = (t: any) => {
    const c = clone(t);
    if (c.metadata?.labels) delete c.metadata.labels['pod-template-hash'];
    return JSON.stringify(c);
  };
  return strip(a) === strip(b);
}

/** Annotations deployment_util.go never copies from a Deployment to its ReplicaSets (annotationsToSkip). */
const SKIP_COPY = new Set(['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision', 'deployment.kubernetes.io/revision-history', 'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to']);

/** copyDeploymentAnnotationsToReplicaSet: the Deployment's annotations onto the set's; true when one changed */
function copyAnnotations(d: Obj, into: Record<string, string>): boolean {
  let changed = false;
  for (const [k, v] of Object.entries((d.metadata.annotations ?? {}) as Record<string, string>)) {
    if (SKIP_COPY.has(k) || into[k] === v) continue;
    into[k] = v;
    changed = true;
  }
  return changed;
}

export const deploymentMethods = {
  /** the ReplicaSets of a deployment, oldest first */
  replicaSetsOf(this: Cluster, d: Obj): Obj[] {
    return this.owned('ReplicaSet', d).sort((a, b) => a.metadata.creationTimestamp - b.metadata.creationTimestamp);
  },
  newReplicaSet(this: Cluster, d: Obj): Obj | undefined {
    return this.replicaSetsOf(d).find((rs) => sameTemplate(rs.spec.template, d.spec.template));
  },
  scaleRS(this: Cluster, d: Obj, rs: Obj, n: number): void {
    const old = rs.spec.replicas ?? 0;
    if (old === n) return;
    rs.spec.replicas = n;
    const surge = intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', d.spec.replicas, true);
    rs.metadata.annotations = { ...rs.metadata.annotations, 'deployment.kubernetes.io/desired-replicas': String(d.spec.replicas), 'deployment.kubernetes.io/max-replicas': String(d.spec.replicas + surge) };
    rs.metadata.generation = (rs.metadata.generation ?? 1) + 1;
    this.touch(rs);
    this.event(d, 'Normal', 'ScalingReplicaSet', `Scaled ${n > old ? 'up' : 'down'} replica set ${rs.metadata.name} to ${n} from ${old}`, 'deployment-controller');
  },
  deploymentController(this: Cluster): void {
    for (const d of this.list('Deployment')) {
      const all = this.replicaSetsOf(d);
      let nrs = all.find((rs) => sameTemplate(rs.spec.template, d.spec.template));
      const olds = all.filter((rs) => rs !== nrs);
      const want = d.spec.replicas ?? 1;
      const maxRev = all.reduce((m, rs) => Math.max(m, revision(rs)), 0);
      if (!d.spec.paused) {
        if (!nrs) {
          const tpl = clone(d.spec.template);
          let hash = kubeadmTemplateHash(d) ?? templateHash(tpl);
          for (let c = 1; this.get('ReplicaSet', d.metadata.namespace, `${d.metadata.name}-${hash}`); c++) hash = templateHash(tpl, c);
          tpl.metadata = { ...tpl.metadata, labels: { ...tpl.metadata?.labels, 'pod-template-hash': hash } };
          const anyActive = olds.some((rs) => (rs.spec.replicas ?? 0) > 0);
          const ann: Record<string, string> = { 'deployment.kubernetes.io/desired-replicas': String(want), 'deployment.kubernetes.io/max-replicas': String(want + intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', want, true)), 'deployment.kubernetes.io/revision': String(maxRev + 1) };
          copyAnnotations(d, ann);
          nrs = this.add({
            apiVersion: 'apps/v1',
            kind: 'ReplicaSet',
            metadata: { name: `${d.metadata.name}-${hash}`, namespace: d.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: this.t, labels: clone(tpl.metadata.labels), annotations: ann, ownerReferences: [this.ownerRef(d)] },
            spec: { replicas: 0, selector: { matchLabels: { ...d.spec.selector.matchLabels, 'pod-template-hash': hash } }, template: tpl },
            status: { replicas: 0 },
          });
          if (!anyActive || d.spec.strategy?.type === 'Recreate') {
            if (!anyActive) this.scaleRS(d, nrs, want);
          }
        } else if (revision(nrs) < maxRev) {
          // a rollback: the old template becomes the newest revision
          nrs.metadata.annotations = { ...nrs.metadata.annotations, 'deployment.kubernetes.io/revision': String(maxRev + 1) };
          copyAnnotations(d, nrs.metadata.annotations);
          this.touch(nrs);
        } else {
          // getNewReplicaSet: the new set takes the Deployment's annotations on every sync (kubectl annotate ... change-cause)
          nrs.metadata.annotations ??= {};
          if (copyAnnotations(d, nrs.metadata.annotations)) this.touch(nrs);
        }
        if (d.spec.strategy?.type === 'Recreate') {
          for (const rs of olds) this.scaleRS(d, rs, 0);
          const oldPods = olds.some((rs) => this.owned('Pod', rs).length > 0);
          if (!oldPods) this.scaleRS(d, nrs, want);
        } else this.rolling(d, nrs, olds, want);
      } else if (nrs && !olds.some((rs) => (rs.spec.replicas ?? 0) > 0)) this.scaleRS(d, nrs, want);
      // keep revisionHistoryLimit old sets
      const limit = d.spec.revisionHistoryLimit ?? 10;
      const dead = olds.filter((rs) => (rs.spec.replicas ?? 0) === 0 && !this.owned('Pod', rs).length);
      for (const rs of dead.slice(0, Math.max(0, dead.length - limit))) this.remove(rs);
      if (nrs && d.metadata.annotations?.['deployment.kubernetes.io/revision'] !== String(revision(nrs))) {
        d.metadata.annotations = { ...d.metadata.annotations, 'deployment.kubernetes.io/revision': String(revision(nrs)) };
        this.touch(d);
      }
      this.deploymentStatus(d, nrs, olds);
    }
  },
  rolling(this: Cluster, d: Obj, nrs: Obj, olds: Obj[], want: number): void {
    const surge = intOrPercent(d.spec.strategy?.rollingUpdate?.maxSurge ?? '25%', want, true);
    let unavail = intOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable ?? '25%', want, false);
    if (surge === 0 && unavail === 0) unavail = 1;
    const avail = (rs: Obj) => rs.status?.availableReplicas ?? 0;
    const all = [nrs, ...olds];
    const total = () => all.reduce((a, rs) => a + (rs.spec.replicas ?? 0), 0);
    // scale up the new set
    const cur = nrs.spec.replicas ?? 0;
    if (cur > want) this.scaleRS(d, nrs, want);
    else if (cur < want) {
      const up = Math.min(want + surge - total(), want - cur);
      if (up > 0) this.scaleRS(d, nrs, cur + up);
    }
    // scale down old sets
    const activeOld = olds.filter((rs) => (rs.spec.replicas ?? 0) > 0);
    if (!activeOld.length) return;
    const minAvail = want - unavail;
    const newUnavail = (nrs.spec.replicas ?? 0) - avail(nrs);
    let maxDown = total() - minAvail - newUnavail;
    if (maxDown <= 0) return;
    // first the old pods that are not available
    for (const rs of activeOld) {
      if (maxDown <= 0) break;
      const bad = (rs.spec.replicas ?? 0) - avail(rs);
      if (bad <= 0) continue;
      const n = Math.min(bad, maxDown);
      this.scaleRS(d, rs, (rs.spec.replicas ?? 0) - n);
      maxDown -= n;
    }
    const availAll = all.reduce((a, rs) => a + avail(rs), 0);
    let down = Math.min(maxDown, availAll - minAvail);
    for (const rs of activeOld) {
      if (down <= 0) break;
      const n = Math.min(rs.spec.replicas ?? 0, down);
      if (n > 0) {
        this.scaleRS(d, rs, (rs.spec.replicas ?? 0) - n);
        down -= n;
      }
    }
  },
  deploymentStatus(this: Cluster, d: Obj, nrs: Obj | undefined, olds: Obj[]): void {
    const all = nrs ? [nrs, ...olds] : olds;
    const sum = (f: (rs: Obj) => number) => all.reduce((a, rs) => a + f(rs), 0);
    const want = d.spec.replicas ?? 1;
    const replicas = sum((rs) => rs.status?.replicas ?? 0);
    const updated = nrs?.status?.replicas ?? 0;
    const ready = sum((rs) => rs.status?.readyReplicas ?? 0);
    const available = sum((rs) => rs.status?.availableReplicas ?? 0);
    const unavail = Math.max(0, replicas - available, want - available);
    const prev = d.status?.conditions ?? [];
    const since = (type: string, status: string, reason: string) => {
      const p = prev.find((c: any) => c.type === type);
      return p && p.status === status && p.reason === reason ? p.lastTransitionTime : this.t;
    };
    const isAvail = available >= want - intOrPercent(d.spec.strategy?.rollingUpdate?.maxUnavailable ?? '25%', want, false);
    const complete = nrs && updated === want && replicas === want && available === want && !olds.some((rs) => (rs.status?.replicas ?? 0) > 0);
    const avCond = isAvail
      ? { type: 'Available', status: 'True', reason: 'MinimumReplicasAvailable', message: 'Deployment has minimum availability.' }
      : { type: 'Available', status: 'False', reason: 'MinimumReplicasUnavailable', message: 'Deployment does not have minimum availability.' };
    let prog: any;
    if (d.spec.paused) prog = { type: 'Progressing', status: 'Unknown', reason: 'DeploymentPaused', message: 'Deployment is paused' };
    else if (complete) prog = { type: 'Progressing', status: 'True', reason: 'NewReplicaSetAvailable', message: `ReplicaSet "${nrs!.metadata.name}" has successfully progressed.` };
    else if (nrs && this.t - this.progressAt(d, `${updated}/${ready}/${available}/${replicas}`) >= (d.spec.progressDeadlineSeconds ?? 600) * 1000)
      prog = { type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded', message: `ReplicaSet "${nrs.metadata.name}" has timed out progressing.` };
    else prog = { type: 'Progressing', status: 'True', reason: nrs && this.t === nrs.metadata.creationTimestamp ? 'NewReplicaSetCreated' : 'ReplicaSetUpdated', message: `ReplicaSet "${nrs?.metadata.name}" is progressing.` };
    const conds = [avCond, prog].map((c) => {
      const p = prev.find((x: any) => x.type === c.type);
      return { ...c, lastUpdateTime: p && p.reason === c.reason && p.status === c.status && p.message === c.message ? p.lastUpdateTime : this.t, lastTransitionTime: since(c.type, c.status, c.reason) };
    });
    // getReplicaFailures(): the new ReplicaSet's ReplicaFailure, else an old one's, becomes the Deployment's
    const failure = [nrs, ...olds].flatMap((rs) => (rs?.status?.conditions ?? []).filter((c: any) => c.type === 'ReplicaFailure'))[0];
    if (failure) {
      const p = prev.find((x: any) => x.type === 'ReplicaFailure');
      const same = p && p.status === failure.status && p.reason === failure.reason;
      conds.push(same ? p : { type: 'ReplicaFailure', status: failure.status, lastUpdateTime: failure.lastTransitionTime, lastTransitionTime: failure.lastTransitionTime, reason: failure.reason, message: failure.message });
    }
    const status: any = { observedGeneration: d.metadata.generation, replicas, updatedReplicas: updated, readyReplicas: ready, availableReplicas: available, unavailableReplicas: unavail, conditions: conds };
    for (const k of ['replicas', 'updatedReplicas', 'readyReplicas', 'availableReplicas', 'unavailableReplicas']) if (!status[k]) delete status[k];
    this.setStatus(d, status);
  },
  /** when the deployment last made progress (counts changed) */
  progressAt(this: Cluster, d: Obj, key: string): number {
    const p = this.progress.get(d.metadata.uid);
    if (!p || p.key !== key) {
      this.progress.set(d.metadata.uid, { key, at: this.t });
      this.later((d.spec.progressDeadlineSeconds ?? 600) * 1000, 'markDirty');
      return this.t;
    }
    return p.at;
  },
  /** marks a deployment as progressing now (new rollout, resume) */
  resetProgress(this: Cluster, d: Obj): void {
    this.progress.delete(d.metadata.uid);
  },
};

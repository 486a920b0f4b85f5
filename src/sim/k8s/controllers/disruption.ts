/** The disruption controller's numbers for PodDisruptionBudgets, and the eviction API's check. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { matchLabels, ownerOf, type Obj } from '../objects';
import { intOrPercent } from '../quantity';

export const disruptionMethods = {
  /** A PodDisruptionBudget's numbers as the disruption controller computes them, from the pods as they are now. */
  pdbStatus(this: Cluster, b: Obj): { expectedPods: number; currentHealthy: number; desiredHealthy: number; disruptionsAllowed: number } {
    const ns = b.metadata.namespace;
    const sel = b.spec?.selector?.matchLabels;
    const pods = sel ? this.list('Pod', ns).filter((p) => matchLabels(sel, p.metadata.labels)) : [];
    const currentHealthy = pods.filter((p) => this.podReady(p)).length;
    // expected pods: the scale of the pods' controllers (a bare pod counts as one)
    const scale = new Map<string, number>();
    let bare = 0;
    for (const p of pods) {
      const o = ownerOf(p);
      const owner = o && this.list(o.kind, ns).find((x) => x.metadata.uid === o.uid);
      if (owner) scale.set(owner.metadata.uid, owner.spec?.replicas ?? 0);
      else if (!p.metadata.deletionTimestamp) bare++;
    }
    const expectedPods = [...scale.values()].reduce((a, n) => a + n, bare);
    const min = b.spec?.minAvailable;
    const max = b.spec?.maxUnavailable;
    const desiredHealthy = min !== undefined ? intOrPercent(min, expectedPods, true) : max !== undefined ? Math.max(0, expectedPods - intOrPercent(max, expectedPods, true)) : 0;
    return { expectedPods, currentHealthy, desiredHealthy, disruptionsAllowed: Math.max(0, currentHealthy - desiredHealthy) };
  },
  /** The eviction API's answer for a pod: the budget that forbids evicting it now, if any. */
  evictionBlockedBy(this: Cluster, p: Obj): Obj | undefined {
    const ready = this.podReady(p);
    for (const b of this.list('PodDisruptionBudget', p.metadata.namespace)) {
      const sel = b.spec?.selector?.matchLabels;
      if (!sel || !matchLabels(sel, p.metadata.labels)) continue;
      const s = this.pdbStatus(b);
      // an unready pod does not lower availability: it may go while the budget is met
      if (ready ? s.disruptionsAllowed < 1 : s.currentHealthy < s.desiredHealthy) return b;
    }
    return undefined;
  },
};

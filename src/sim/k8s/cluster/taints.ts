/**
 * Taint-based eviction as Kubernetes 1.28's NoExecuteTaintManager does it (pkg/controller/nodelifecycle/scheduler/
 * taint_manager.go, events from the component "taint-controller"): when a node's NoExecute taints change, each pod on
 * it that does not tolerate them all is deleted at once; one that tolerates them for a while (tolerationSeconds, 300 s
 * from the DefaultTolerationSeconds admission for not-ready and unreachable) is deleted when the shortest of its
 * tolerations runs out; one that tolerates them forever stays. Work for a pod whose taints went away is cancelled.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import type { NodeSim } from './types';

const SOURCE = 'taint-controller';

/** v1helper.GetMatchingTolerations: whether every taint is tolerated, and the tolerations used. */
function matching(pod: Obj, taints: any[]): { all: boolean; used: any[] } {
  const used: any[] = [];
  for (const taint of taints) {
    const t = (pod.spec.tolerations ?? []).find(
      (x: any) =>
        (!x.effect || x.effect === taint.effect) &&
        ((x.operator === 'Exists' && (!x.key || x.key === taint.key)) || (x.operator !== 'Exists' && x.key === taint.key && (x.value ?? '') === (taint.value ?? ''))),
    );
    if (!t) return { all: false, used };
    used.push(t);
  }
  return { all: true, used };
}

/** getMinTolerationTime: the shortest tolerationSeconds in ms (0 when none was used), or -1 for forever. */
function minToleration(used: any[]): number {
  if (!used.length) return 0;
  let min = Infinity;
  for (const t of used) if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null) min = Math.min(min, t.tolerationSeconds <= 0 ? 0 : t.tolerationSeconds);
  return min === Infinity ? -1 : min * 1000;
}

export const taintMethods = {
  /** handleNodeUpdate: the node's NoExecute taints now; schedules, keeps or cancels each pod's eviction. */
  taintManagerSync(this: Cluster, n: NodeSim, node: Obj): void {
    const taints = (node.spec.taints ?? []).filter((t: any) => t.effect === 'NoExecute');
    const work = (n.evictions ??= {});
    const pods = this.podsOn(n.name);
    const cancel = (p: Obj | undefined, uid: string) => {
      delete work[uid];
      if (p) this.event(p, 'Normal', 'TaintManagerEviction', `Cancelling deletion of Pod ${p.metadata.namespace}/${p.metadata.name}`, SOURCE);
    };
    if (!taints.length) {
      for (const uid of Object.keys(work)) cancel(pods.find((p) => p.metadata.uid === uid), uid);
      return;
    }
    for (const p of pods) {
      const uid = p.metadata.uid;
      const { all, used } = matching(p, taints);
      const delay = all ? minToleration(used) : 0;
      if (delay < 0) {
        if (work[uid] !== undefined) cancel(p, uid);
        continue;
      }
      if (work[uid] !== undefined) continue; // the work already scheduled keeps its start (processPodOnNode)
      work[uid] = this.t + delay;
      this.later(delay, 'taintEvict', n.name, uid, work[uid]);
    }
  },
  /** deletePodHandler: the event, then an API delete with the pod's own grace period. */
  taintEvict(this: Cluster, node: string, uid: string, at: number): void {
    const n = this.nodes.get(node);
    if (!n?.evictions || n.evictions[uid] !== at) return;
    delete n.evictions[uid];
    const p = this.podsOn(node).find((x) => x.metadata.uid === uid);
    if (!p || p.metadata.deletionTimestamp) return;
    this.event(p, 'Normal', 'TaintManagerEviction', `Marking for deletion Pod ${p.metadata.namespace}/${p.metadata.name}`, SOURCE);
    this.deletePod(p);
  },
};

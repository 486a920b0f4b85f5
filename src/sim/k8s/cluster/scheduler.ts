/** The scheduler: filters (taints, selectors, resources, pod count), spreading, and FailedScheduling with the real message. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { ownerOf, type Obj } from '../objects';
import { podRequests, tolerates } from '../quantity';
import type { NodeSim } from './types';

export const schedulerMethods = {
  /** the scheduler's volume check: why the pod's claims keep it unscheduled, if they do */
  unboundClaim(this: Cluster, p: Obj): string | undefined {
    for (const v of p.spec.volumes ?? []) {
      const name = v.persistentVolumeClaim?.claimName;
      if (!name) continue;
      const pvc = this.get('PersistentVolumeClaim', p.metadata.namespace, name);
      if (!pvc) return `persistentvolumeclaim "${name}" not found`;
      if (pvc.status?.phase !== 'Bound') return 'pod has unbound immediate PersistentVolumeClaims';
    }
    return undefined;
  },
  scheduler(this: Cluster): void {
    const nodes = [...this.nodes.values()].map((n) => ({ n, o: this.nodeObj(n.name)! })).filter((x) => x.o);
    let counts: Map<string, number> | undefined;
    let used: Map<string, { cpu: number; mem: number }> | undefined;
    let spread: Map<string, number> | undefined;
    for (const p of this.list('Pod')) {
      if (p.spec.nodeName || p.metadata.deletionTimestamp) continue;
      if (!counts || !used) {
        counts = new Map();
        used = new Map();
        spread = new Map();
        for (const q of this.list('Pod')) {
          if (!q.spec.nodeName || q.status.phase === 'Succeeded' || q.status.phase === 'Failed') continue;
          const qo = ownerOf(q);
          if (qo && !q.metadata.deletionTimestamp) spread.set(q.spec.nodeName + '|' + qo.uid, (spread.get(q.spec.nodeName + '|' + qo.uid) ?? 0) + 1);
          counts.set(q.spec.nodeName, (counts.get(q.spec.nodeName) ?? 0) + 1);
          const u = used.get(q.spec.nodeName) ?? { cpu: 0, mem: 0 };
          const r = podRequests(q);
          u.cpu += r.cpu;
          u.mem += r.mem;
          used.set(q.spec.nodeName, u);
        }
      }
      // volumes first: a claim that is missing or not bound yet keeps the pod off every node
      const claimMsg = this.unboundClaim(p);
      if (claimMsg) {
        const total = nodes.length;
        const msg = `0/${total} nodes are available: ${claimMsg}. preemption: 0/${total} nodes are available: ${total} Preemption is not helpful for scheduling..`;
        const last = p.status.conditions?.find((c: any) => c.type === 'PodScheduled');
        if (!last || last.message !== msg) {
          p.status.conditions = [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: this.t, reason: 'Unschedulable', message: msg }];
          this.event(p, 'Warning', 'FailedScheduling', msg, 'default-scheduler');
          this.touch(p);
        }
        continue;
      }
      const req = podRequests(p);
      const reasons = new Map<string, number>();
      const fits: { n: NodeSim; score: number }[] = [];
      const owner = ownerOf(p);
      for (const { n, o } of nodes) {
        let why: string | null = null;
        const taints: any[] = o.spec.taints ?? [];
        if (o.spec.unschedulable && !tolerates(p, { key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' })) why = 'node(s) were unschedulable';
        else {
          const bad = taints.find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(p, t));
          if (bad) why = `node(s) had untolerated taint {${bad.key}: ${bad.value ?? ''}}`;
        }
        const sel = p.spec.nodeSelector;
        if (!why && sel && Object.keys(sel).some((k) => o.metadata.labels?.[k] !== sel[k])) why = "node(s) didn't match Pod's node affinity/selector";
        const aff = p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0];
        if (!why && aff && aff.key === 'metadata.name' && !aff.values.includes(n.name)) why = "node(s) didn't match Pod's node affinity/selector";
        const u = used.get(n.name) ?? { cpu: 0, mem: 0 };
        if (!why && req.cpu && u.cpu + req.cpu > n.cpus * 1000) why = 'Insufficient cpu';
        if (!why && req.mem && u.mem + req.mem > n.memKi - 102400) why = 'Insufficient memory';
        if (!why && (counts.get(n.name) ?? 0) >= 110) why = 'Too many pods';
        if (why) reasons.set(why, (reasons.get(why) ?? 0) + 1);
        else {
          const same = owner ? (spread!.get(n.name + '|' + owner.uid) ?? 0) : 0;
          fits.push({ n, score: same * 1000 + (counts.get(n.name) ?? 0) * 10 + (u.cpu / (n.cpus * 1000)) * 5 });
        }
      }
      if (!fits.length) {
        const total = nodes.length;
        const parts = [...reasons.entries()].map(([r, c]) => `${c} ${r}`).sort();
        const pre = [...reasons.entries()].filter(([r]) => r.startsWith('Insufficient')).reduce((a, [, c]) => a + c, 0);
        const preParts = [pre ? `${pre} No preemption victims found for incoming pod` : '', total - pre ? `${total - pre} Preemption is not helpful for scheduling` : ''].filter(Boolean).join(', ');
        const msg = total === 0 ? 'no nodes available to schedule pods' : `0/${total} nodes are available: ${parts.join(', ')}. preemption: 0/${total} nodes are available: ${preParts}..`;
        const last = p.status.conditions?.find((c: any) => c.type === 'PodScheduled');
        if (!last || last.message !== msg) {
          p.status.conditions = [{ type: 'PodScheduled', status: 'False', lastProbeTime: null, lastTransitionTime: this.t, reason: 'Unschedulable', message: msg }];
          this.event(p, 'Warning', 'FailedScheduling', msg, 'default-scheduler');
          this.touch(p);
        }
        continue;
      }
      fits.sort((a, b) => a.score - b.score);
      const best = fits.filter((f) => f.score === fits[0].score);
      const pick = best[this.rng.int(best.length)].n;
      p.spec.nodeName = pick.name;
      p.status.conditions = [{ type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.t }];
      counts.set(pick.name, (counts.get(pick.name) ?? 0) + 1);
      if (owner) spread!.set(pick.name + '|' + owner.uid, (spread!.get(pick.name + '|' + owner.uid) ?? 0) + 1);
      const u = used.get(pick.name) ?? { cpu: 0, mem: 0 };
      u.cpu += req.cpu;
      u.mem += req.mem;
      used.set(pick.name, u);
      this.event(p, 'Normal', 'Scheduled', `Successfully assigned ${p.metadata.namespace}/${p.metadata.name} to ${pick.name}`, 'default-scheduler');
      this.touch(p);
    }
  },
};

/** The DaemonSet controller: one pod per eligible node, rolled one node at a time. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { clone, type Obj } from '../objects';
import { templateHash } from '../rand';
import { tolerates } from '../quantity';

export const daemonSetMethods = {
  daemonSetController(this: Cluster): void {
    for (const ds of this.list('DaemonSet')) {
      if (ds.metadata.deletionTimestamp) continue;
      const pods = this.owned('Pod', ds).filter((p) => !p.metadata.deletionTimestamp);
      const hash = templateHash(ds.spec.template).slice(0, 10);
      let desired = 0;
      let ready = 0;
      let updated = 0;
      for (const n of this.nodes.values()) {
        const o = this.nodeObj(n.name);
        if (!o) continue;
        const sel = ds.spec.template.spec?.nodeSelector;
        if (sel && Object.keys(sel).some((k) => o.metadata.labels?.[k] !== sel[k])) continue;
        const probe = { spec: ds.spec.template.spec } as Obj;
        if ((o.spec.taints ?? []).some((t: any) => t.effect === 'NoSchedule' && !t.key.startsWith('node.kubernetes.io/') && !tolerates(probe, t))) continue;
        desired++;
        const mine = pods.filter((p) => (p.spec.nodeName ?? p.spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms?.[0]?.matchFields?.[0]?.values?.[0]) === n.name);
        if (!mine.length) {
          const tpl = clone(ds.spec.template);
          tpl.metadata = { ...tpl.metadata, labels: { ...tpl.metadata?.labels, 'controller-revision-hash': hash, 'pod-template-generation': String(ds.metadata.generation ?? 1) } };
          tpl.spec.nodeName = undefined;
          tpl.spec.affinity = { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchFields: [{ key: 'metadata.name', operator: 'In', values: [n.name] }] }] } } };
          const dsTol = [
            { effect: 'NoExecute', key: 'node.kubernetes.io/not-ready', operator: 'Exists' },
            { effect: 'NoExecute', key: 'node.kubernetes.io/unreachable', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/disk-pressure', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/memory-pressure', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/pid-pressure', operator: 'Exists' },
            { effect: 'NoSchedule', key: 'node.kubernetes.io/unschedulable', operator: 'Exists' },
          ];
          if (tpl.spec.hostNetwork) dsTol.push({ effect: 'NoSchedule', key: 'node.kubernetes.io/network-unavailable', operator: 'Exists' });
          tpl.spec.tolerations = [...(tpl.spec.tolerations ?? []), ...dsTol];
          const p = this.createPodAdmitted(ds, () => this.uniqueName(ds.metadata.namespace!, ds.metadata.name + '-'), tpl, ds.metadata.name + '-', 'daemonset-controller');
          if (!p) continue;
          this.event(ds, 'Normal', 'SuccessfulCreate', `Created pod: ${p.metadata.name}`, 'daemonset-controller');
          mine.push(p);
        }
        if (mine.some((p) => this.podReady(p))) ready++;
        if (mine.some((p) => p.metadata.labels?.['controller-revision-hash'] === hash)) updated++;
      }
      // rolling update, one node at a time
      const stale = pods.filter((p) => p.metadata.labels?.['controller-revision-hash'] !== hash);
      if (stale.length && ready === desired) {
        const p = stale[0];
        this.deletePod(p);
        this.event(ds, 'Normal', 'SuccessfulDelete', `Deleted pod: ${p.metadata.name}`, 'daemonset-controller');
      }
      const current = pods.length;
      this.setStatus(ds, {
        currentNumberScheduled: Math.min(current, desired),
        desiredNumberScheduled: desired,
        numberAvailable: ready || undefined,
        numberMisscheduled: 0,
        numberReady: ready,
        numberUnavailable: desired - ready || undefined,
        observedGeneration: ds.metadata.generation,
        updatedNumberScheduled: updated,
      });
    }
  },
};

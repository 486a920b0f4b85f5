/** The Endpoints controller: the ready and not-ready addresses behind each Service selector. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { clone, matchLabels, type Obj } from '../objects';
import { annotateTrigger, forgetTriggers, triggerTime } from './trigger-time';

export const endpointsMethods = {
  endpointsController(this: Cluster): void {
    const svcs = this.list('Service');
    if (!svcs.length) return;
    const byNs = new Map<string, Obj[]>();
    for (const p of this.list('Pod')) {
      const a = byNs.get(p.metadata.namespace!) ?? [];
      a.push(p);
      byNs.set(p.metadata.namespace!, a);
    }
    forgetTriggers(this, new Set(svcs.map((x) => x.metadata.uid)));
    for (const s of svcs) {
      if (!s.spec.selector) continue;
      const selected = (byNs.get(s.metadata.namespace!) ?? []).filter((p) => matchLabels(s.spec.selector, p.metadata.labels));
      const trig = triggerTime(this, 'endpoints', s, selected);
      const pods = selected.filter((p) => p.status.podIP && !p.metadata.deletionTimestamp);
      pods.sort((a, b) => (a.status.podIP < b.status.podIP ? -1 : 1));
      const addr = (p: Obj) => ({ ip: p.status.podIP, nodeName: p.spec.nodeName, targetRef: { kind: 'Pod', name: p.metadata.name, namespace: p.metadata.namespace, uid: p.metadata.uid } });
      const ready = pods.filter((p) => this.podReady(p)).map(addr);
      const notReady = pods.filter((p) => !this.podReady(p)).map(addr);
      const ports = (s.spec.ports ?? []).map((p: any) => {
        const o: any = { port: typeof p.targetPort === 'number' ? p.targetPort : this.namedPort(pods[0], p.targetPort) ?? p.port, protocol: p.protocol ?? 'TCP' };
        if (p.name) o.name = p.name;
        return o;
      });
      const subsets = ready.length || notReady.length ? [{ ...(ready.length ? { addresses: ready } : {}), ...(notReady.length ? { notReadyAddresses: notReady } : {}), ports }] : undefined;
      // the Service's labels, and the headless label for a Service without a cluster IP
      const labels = { ...clone(s.metadata.labels ?? {}), ...(s.spec.clusterIP === 'None' ? { 'service.kubernetes.io/headless': '' } : {}) };
      let ep = this.get('Endpoints', s.metadata.namespace, s.metadata.name);
      if (!ep) {
        ep = this.add({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: s.metadata.name, namespace: s.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: this.t, ...(Object.keys(labels).length ? { labels } : {}) }, subsets });
        annotateTrigger(ep, trig);
        if (!subsets) delete ep.subsets;
        continue;
      }
      if (JSON.stringify(ep.subsets) !== JSON.stringify(subsets) || JSON.stringify(ep.metadata.labels ?? {}) !== JSON.stringify(labels)) {
        if (subsets) ep.subsets = subsets;
        else delete ep.subsets;
        if (Object.keys(labels).length) ep.metadata.labels = labels;
        else delete ep.metadata.labels;
        annotateTrigger(ep, trig);
        this.touch(ep);
      }
    }
  },
  namedPort(this: Cluster, p: Obj | undefined, name: any): number | undefined {
    if (!p || typeof name !== 'string') return Number(name) || undefined;
    for (const c of p.spec.containers ?? []) for (const port of c.ports ?? []) if (port.name === name) return port.containerPort;
    return undefined;
  },
};

/** The Endpoints controller: the ready and not-ready addresses behind each Service selector. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { clone, matchLabels, type Obj } from '../objects';

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
    for (const s of svcs) {
      if (!s.spec.selector) continue;
      const pods = (byNs.get(s.metadata.namespace!) ?? []).filter((p) => matchLabels(s.spec.selector, p.metadata.labels) && p.status.podIP && !p.metadata.deletionTimestamp);
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
      let ep = this.get('Endpoints', s.metadata.namespace, s.metadata.name);
      if (!ep) {
        ep = this.add({ apiVersion: 'v1', kind: 'Endpoints', metadata: { name: s.metadata.name, namespace: s.metadata.namespace, uid: '', resourceVersion: '', creationTimestamp: this.t, labels: clone(s.metadata.labels) }, subsets });
        if (!subsets) delete ep.subsets;
        continue;
      }
      if (JSON.stringify(ep.subsets) !== JSON.stringify(subsets)) {
        if (subsets) ep.subsets = subsets;
        else delete ep.subsets;
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

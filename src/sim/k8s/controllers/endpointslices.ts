/**
 * EndpointSlices, as a 1.28 cluster has them:
 * - the EndpointSlice controller (k8s.io/endpointslice reconciler.go, utils.go) gives every Service with a
 *   selector one IPv4 slice, named from the Service with a generated suffix, labelled with the Service's labels,
 *   kubernetes.io/service-name and endpointslice.kubernetes.io/managed-by, owned by the Service. A Service with no
 *   pods behind it keeps a placeholder slice with no ports and no endpoints. Terminating pods stay in, with
 *   ready false (EndpointSliceTerminatingCondition is GA).
 * - the API server's reconciler (pkg/controlplane/reconcilers/endpointsadapter.go) writes the `kubernetes`
 *   slice from the `kubernetes` Endpoints: same name, only the service-name label, ready conditions only.
 * Ports are stored in the order NewPortMapKey leaves them: sorted by the md5 of go-spew's `%#v` of each port
 * (k8s.io/endpointslice/util/controller_utils.go), so kube-dns's print as 9153,53,53 as on every real cluster.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from '../cluster';
import { DIGESTS } from '../../commands/coreutils/md5sum/digest';
import { ALPHANUMS, fnv32a } from '../rand';
import { nameUid } from '../bootstrap';
import { matchLabels, type Obj } from '../objects';
import { annotateTrigger, triggerTime } from './trigger-time';

const MANAGED_BY = 'endpointslice-controller.k8s.io';

/** deepHashObject's text of a discovery/v1 EndpointPort (go-spew, `%#v`, pointers shown with their type). */
function spewPort(p: { name: string; protocol: string; port: number }): string {
  return `(v1.EndpointPort){Name:(*string)${p.name} Protocol:(*v1.Protocol)${p.protocol} Port:(*int32)${p.port} AppProtocol:(*string)<nil>}`;
}

/** The order NewPortMapKey sorts a slice's ports into (it sorts in place, and that slice is what is stored). */
export function portsInOrder<T extends { name: string; protocol: string; port: number }>(ports: T[]): T[] {
  const keyed = ports.map((p) => ({ p, h: DIGESTS.md5(new TextEncoder().encode(spewPort(p))) }));
  keyed.sort((a, b) => (a.h < b.h ? -1 : a.h > b.h ? 1 : 0));
  return keyed.map((k) => k.p);
}

/** The generated suffix, drawn from the Service's uid rather than the cluster's random source. */
function sliceName(svc: Obj): string {
  let s = '';
  for (let i = 0; i < 5; i++) s += ALPHANUMS[fnv32a(`${svc.metadata.uid}#${i}`) % ALPHANUMS.length];
  return `${svc.metadata.name}-${s}`;
}

/** IsPodReady: the Ready condition alone (podReady also says no once the pod is terminating; `serving` must not) */
const isReady = (p: Obj) => !!p.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True');

export const endpointSliceMethods = {
  endpointSliceController(this: Cluster): void {
    const ep = this.get('Endpoints', 'default', 'kubernetes');
    if (ep && !this.get('EndpointSlice', 'default', 'kubernetes')) {
      const s = ep.subsets?.[0];
      this.add({
        apiVersion: 'discovery.k8s.io/v1',
        kind: 'EndpointSlice',
        metadata: { name: 'kubernetes', namespace: 'default', uid: nameUid('endpointslice/default/kubernetes'), resourceVersion: '', creationTimestamp: ep.metadata.creationTimestamp, labels: { 'kubernetes.io/service-name': 'kubernetes' } },
        addressType: 'IPv4',
        endpoints: (s?.addresses ?? []).map((a: any) => ({ addresses: [a.ip], conditions: { ready: true } })),
        ports: (s?.ports ?? []).map((p: any) => ({ name: p.name, port: p.port, protocol: p.protocol })),
      });
    }
    // one pass over pods and slices, not one per Service
    const podsIn = new Map<string, Obj[]>();
    for (const p of this.list('Pod')) {
      const a = podsIn.get(p.metadata.namespace!);
      if (a) a.push(p);
      else podsIn.set(p.metadata.namespace!, [p]);
    }
    const sliceOf = new Map<string, Obj>();
    for (const s of this.list('EndpointSlice')) for (const r of s.metadata.ownerReferences ?? []) if (r.kind === 'Service') sliceOf.set(r.uid, s);
    for (const svc of this.list('Service')) {
      if (!svc.spec?.selector || !Object.keys(svc.spec.selector).length) continue;
      const ns = svc.metadata.namespace!;
      const selected = (podsIn.get(ns) ?? []).filter((p) => matchLabels(svc.spec.selector, p.metadata.labels));
      const trig = triggerTime(this, 'endpointslice', svc, selected);
      const pods = selected.filter((p) => p.status?.podIP && !['Succeeded', 'Failed'].includes(p.status?.phase));
      const endpoints = pods.map((p) => {
        const serving = isReady(p);
        const terminating = !!p.metadata.deletionTimestamp;
        const e: any = {
          addresses: [p.status.podIP],
          conditions: { ready: !!svc.spec.publishNotReadyAddresses || (serving && !terminating), serving, terminating },
          targetRef: { kind: 'Pod', name: p.metadata.name, namespace: ns, uid: p.metadata.uid },
        };
        if (p.spec.hostname && p.spec.subdomain === svc.metadata.name) e.hostname = p.spec.hostname;
        if (p.spec.nodeName) e.nodeName = p.spec.nodeName;
        return e;
      });
      const ports = pods.length
        ? portsInOrder(
            (svc.spec.ports ?? []).map((sp: any) => ({
              name: sp.name ?? '',
              port: typeof sp.targetPort === 'number' ? sp.targetPort : (this.namedPort(pods[0], sp.targetPort ?? sp.port) ?? sp.port),
              protocol: sp.protocol ?? 'TCP',
            })),
          )
        : [];
      const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
      if (svc.spec.clusterIP === 'None') labels['service.kubernetes.io/headless'] = '';
      labels['kubernetes.io/service-name'] = svc.metadata.name;
      labels['endpointslice.kubernetes.io/managed-by'] = MANAGED_BY;
      const existing = sliceOf.get(svc.metadata.uid);
      if (!existing) {
        const name = sliceName(svc);
        this.add({
          apiVersion: 'discovery.k8s.io/v1',
          kind: 'EndpointSlice',
          metadata: {
            name,
            generateName: `${svc.metadata.name}-`,
            namespace: ns,
            uid: nameUid(`endpointslice/${ns}/${name}/${svc.metadata.uid}`),
            resourceVersion: '',
            creationTimestamp: this.t,
            generation: 1,
            labels,
            ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name, uid: svc.metadata.uid, controller: true, blockOwnerDeletion: true }],
          },
          addressType: 'IPv4',
          endpoints,
          ports,
        });
        annotateTrigger(this.get('EndpointSlice', ns, name)!, trig);
        continue;
      }
      const before = JSON.stringify([existing.endpoints, existing.ports, existing.metadata.labels]);
      if (before !== JSON.stringify([endpoints, ports, labels])) {
        existing.endpoints = endpoints;
        existing.ports = ports;
        existing.metadata.labels = labels;
        existing.metadata.generation = (existing.metadata.generation ?? 1) + 1;
        annotateTrigger(existing, trig);
        this.touch(existing);
      }
    }
  },
};

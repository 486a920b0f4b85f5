/**
 * The API server's side of a write: validation, defaulting (each kind's default fields), then the store.
 * kubectl and the cluster's bootstrap (the labs' flannel) both go through it.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { containerProbeDefaults } from './cluster/probes';
import type { Cluster } from './cluster';
import { clone, matchLabels, type Obj } from './objects';
import { parseImage } from './images';
import { lookupResource } from './resources';
import { canonicalizeQuantities } from './quantity';
import { bundledManifest } from './manifests';
import { toBase64 } from './podconfig';
import { csrCreated, csrInvalid } from './certificates/csr';

/** Validation the API server does before it stores a workload. */
export function validate(d: any, src: string): string | null {
  if (d.kind === 'Deployment' || d.kind === 'ReplicaSet' || d.kind === 'DaemonSet') {
    const sel = d.spec?.selector?.matchLabels;
    const labels = d.spec?.template?.metadata?.labels;
    if (!d.spec?.selector) return `The ${d.kind} "${d.metadata.name}" is invalid: spec.selector: Required value\n`;
    if (!matchLabels(sel, labels)) return `The ${d.kind} "${d.metadata.name}" is invalid: spec.template.metadata.labels: Invalid value: map[string]string{${Object.entries(labels ?? {}).map(([k, v]) => `"${k}":"${v}"`).join(', ')}}: \`selector\` does not match template \`labels\`\n`;
    if (!d.spec?.template?.spec?.containers?.length) return `The ${d.kind} "${d.metadata.name}" is invalid: spec.template.spec.containers: Required value\n`;
  }
  if (d.kind === 'Job' && !['Never', 'OnFailure'].includes(d.spec?.template?.spec?.restartPolicy))
    return `The Job "${d.metadata.name}" is invalid: spec.template.spec.restartPolicy: ${d.spec?.template?.spec?.restartPolicy ? `Unsupported value: "${d.spec.template.spec.restartPolicy}": supported values: "OnFailure", "Never"` : 'Required value: valid values: "OnFailure", "Never"'}\n`;
  if (d.kind === 'Pod' && !d.spec?.containers?.length) return `The Pod "${d.metadata.name}" is invalid: spec.containers: Required value\n`;
  if (d.kind === 'CertificateSigningRequest') {
    const bad = csrInvalid(d);
    if (bad) return `The CertificateSigningRequest "${d.metadata.name}" is invalid: ${bad}\n`;
  }
  for (const c of d.spec?.template?.spec?.containers ?? d.spec?.containers ?? []) if (!c.image) return `The ${d.kind} "${d.metadata.name}" is invalid: spec.${d.kind === 'Pod' ? '' : 'template.spec.'}containers[0].image: Required value\n`;
  void src;
  return null;
}

/** creates an API object from a manifest document */
/** A new object as the API server stores it: defaults filled in, then added (kubectl apply keeps its last configuration). */
export function createObject(c: Cluster, d: any, ns: string | undefined, applied: boolean, user?: { user: string; groups: string[] }): Obj {
  const o: Obj = clone(d);
  // a CSR records who asked (the strategy's PrepareForCreate: username, groups; uid and extra where the user has them)
  if (o.kind === 'CertificateSigningRequest' && user) o.spec = { ...o.spec, username: user.user, groups: user.groups };
  o.metadata = { ...o.metadata, namespace: ns, uid: '', resourceVersion: '', creationTimestamp: c.t };
  if (applied) {
    const last = clone(d);
    if (ns && !last.metadata.namespace) last.metadata.namespace = ns;
    o.metadata.annotations = { ...o.metadata.annotations, 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(sortKeys(last)) + '\n' };
  }
  return defaultsAndAdd(c, o);
}
/** The API server's defaulting for each kind, then the store. */
export function defaultsAndAdd(c: Cluster, o: Obj): Obj {
  canonicalizeQuantities(o);
  switch (o.kind) {
    case 'Deployment':
      o.spec.replicas = o.spec.replicas ?? 1;
      o.spec.revisionHistoryLimit = o.spec.revisionHistoryLimit ?? 10;
      o.spec.progressDeadlineSeconds = o.spec.progressDeadlineSeconds ?? 600;
      o.spec.strategy = o.spec.strategy ?? {};
      if (!o.spec.strategy.type) o.spec.strategy.type = 'RollingUpdate';
      if (o.spec.strategy.type === 'RollingUpdate') o.spec.strategy.rollingUpdate = { maxSurge: '25%', maxUnavailable: '25%', ...o.spec.strategy.rollingUpdate };
      podTemplateDefaults(o.spec.template);
      o.metadata.annotations = { 'deployment.kubernetes.io/revision': '1', ...o.metadata.annotations };
      o.status = {};
      break;
    case 'DaemonSet':
      o.spec.updateStrategy = o.spec.updateStrategy ?? { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 1 } };
      o.spec.revisionHistoryLimit = o.spec.revisionHistoryLimit ?? 10;
      podTemplateDefaults(o.spec.template);
      o.status = {};
      break;
    case 'ReplicaSet':
      o.spec.replicas = o.spec.replicas ?? 1;
      podTemplateDefaults(o.spec.template);
      o.status = { replicas: 0 };
      break;
    case 'Service': {
      o.spec.type = o.spec.type ?? 'ClusterIP';
      o.spec.sessionAffinity = o.spec.sessionAffinity ?? 'None';
      // a headless Service (clusterIP: None) keeps None
      o.spec.clusterIP = o.spec.clusterIP === 'None' ? 'None' : c.clusterIp(o.spec.clusterIP);
      o.spec.clusterIPs = [o.spec.clusterIP];
      o.spec.internalTrafficPolicy = 'Cluster';
      o.spec.ipFamilies = ['IPv4'];
      o.spec.ipFamilyPolicy = 'SingleStack';
      for (const port of o.spec.ports ?? []) {
        port.protocol = port.protocol ?? 'TCP';
        port.targetPort = port.targetPort ?? port.port;
        if (o.spec.type === 'NodePort' || o.spec.type === 'LoadBalancer') {
          const np = c.nodePort(port.nodePort);
          if (typeof np === 'number') port.nodePort = np;
        }
      }
      if (o.spec.type !== 'ClusterIP') o.spec.externalTrafficPolicy = 'Cluster';
      o.status = { loadBalancer: {} };
      break;
    }
    case 'Secret':
      secretDefaults(o);
      break;
    case 'Job':
      c.jobDefaults(o);
      podTemplateDefaults(o.spec.template);
      break;
    case 'CronJob':
      o.spec.concurrencyPolicy = o.spec.concurrencyPolicy ?? 'Allow';
      o.spec.failedJobsHistoryLimit = o.spec.failedJobsHistoryLimit ?? 1;
      o.spec.successfulJobsHistoryLimit = o.spec.successfulJobsHistoryLimit ?? 3;
      o.spec.suspend = o.spec.suspend ?? false;
      o.spec.jobTemplate = o.spec.jobTemplate ?? { spec: {} };
      o.spec.jobTemplate.metadata = { creationTimestamp: null, ...o.spec.jobTemplate.metadata };
      if (o.spec.jobTemplate.spec?.template) podTemplateDefaults(o.spec.jobTemplate.spec.template);
      o.status = {};
      break;
    case 'StatefulSet':
      o.spec.replicas = o.spec.replicas ?? 1;
      o.spec.podManagementPolicy = o.spec.podManagementPolicy ?? 'OrderedReady';
      o.spec.revisionHistoryLimit = o.spec.revisionHistoryLimit ?? 10;
      o.spec.updateStrategy = o.spec.updateStrategy ?? { rollingUpdate: { partition: 0 }, type: 'RollingUpdate' };
      o.spec.persistentVolumeClaimRetentionPolicy = o.spec.persistentVolumeClaimRetentionPolicy ?? { whenDeleted: 'Retain', whenScaled: 'Retain' };
      podTemplateDefaults(o.spec.template);
      for (const t of o.spec.volumeClaimTemplates ?? []) {
        t.apiVersion = 'v1';
        t.kind = 'PersistentVolumeClaim';
        t.spec = { volumeMode: 'Filesystem', ...t.spec };
        t.status = { phase: 'Pending' };
      }
      o.status = { replicas: 0, availableReplicas: 0 };
      break;
    case 'PersistentVolumeClaim':
      o.spec = { volumeMode: 'Filesystem', ...o.spec };
      o.metadata.finalizers = ['kubernetes.io/pvc-protection'];
      o.status = { phase: 'Pending' };
      break;
    case 'PersistentVolume':
      o.spec = { persistentVolumeReclaimPolicy: 'Retain', volumeMode: 'Filesystem', ...o.spec };
      if (o.spec.hostPath) o.spec.hostPath = { type: '', ...o.spec.hostPath };
      o.metadata.finalizers = ['kubernetes.io/pv-protection'];
      o.status = { phase: 'Pending' };
      break;
    case 'Ingress':
      o.status = { loadBalancer: {} };
      break;
    case 'CertificateSigningRequest':
      o.status = {};
      break;
    case 'Namespace':
      o.spec = { finalizers: ['kubernetes'] };
      o.status = { phase: 'Active' };
      o.metadata.labels = { 'kubernetes.io/metadata.name': o.metadata.name, ...o.metadata.labels };
      break;
    case 'Pod': {
      const p = c.newPod(o.metadata.namespace!, o.metadata.name, { metadata: o.metadata, spec: o.spec });
      return p;
    }
    case 'HorizontalPodAutoscaler':
      o.apiVersion = 'autoscaling/v2';
      if (o.spec.targetCPUUtilizationPercentage !== undefined) {
        o.spec.metrics = [{ type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: o.spec.targetCPUUtilizationPercentage } } }];
        delete o.spec.targetCPUUtilizationPercentage;
      }
      o.status = { currentReplicas: 0, desiredReplicas: 0 };
      break;
  }
  const added = c.add(o);
  if (o.kind === 'HorizontalPodAutoscaler') c.startHpa();
  if (o.kind === 'CronJob') c.startCron();
  if (o.kind === 'CertificateSigningRequest') csrCreated(c, added);
  if (o.kind === 'Namespace') {
    c.add({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kube-root-ca.crt', namespace: o.metadata.name, uid: '', resourceVersion: '', creationTimestamp: c.t, annotations: { 'kubernetes.io/description': 'Contains a CA bundle that can be used to verify the kube-apiserver when using internal endpoints such as the internal service IP or kubernetes.default.svc. No other usage is guaranteed across distributions of Kubernetes clusters.' } }, data: { 'ca.crt': c.get('ConfigMap', 'kube-system', 'kube-root-ca.crt')?.data?.['ca.crt'] ?? '' } });
    c.add({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'default', namespace: o.metadata.name, uid: '', resourceVersion: '', creationTimestamp: c.t } });
  }
  if (o.kind === 'DaemonSet' && /flannel/.test(o.metadata.name)) c.cni = 'flannel';
  if (o.kind === 'DaemonSet' && o.metadata.name === 'calico-node') c.cni = 'calico';
  return added;
}
/** a Secret as stored: type Opaque unless given, stringData merged into data as base64 */
function secretDefaults(o: Obj): void {
  o.type = o.type ?? 'Opaque';
  if (o.stringData) {
    o.data = { ...o.data };
    for (const [k, v] of Object.entries(o.stringData as Record<string, string>)) o.data[k] = toBase64(String(v));
    delete o.stringData;
  }
}
export function podTemplateDefaults(t: any): void {
  t.metadata = t.metadata ?? {};
  t.metadata.creationTimestamp = null;
  const s = t.spec;
  s.restartPolicy = s.restartPolicy ?? 'Always';
  s.dnsPolicy = s.dnsPolicy ?? 'ClusterFirst';
  s.schedulerName = s.schedulerName ?? 'default-scheduler';
  s.securityContext = s.securityContext ?? {};
  s.terminationGracePeriodSeconds = s.terminationGracePeriodSeconds ?? 30;
  for (const c of s.containers ?? []) {
    c.imagePullPolicy = c.imagePullPolicy ?? (parseImage(c.image).tag === 'latest' ? 'Always' : 'IfNotPresent');
    c.resources = c.resources ?? {};
    c.terminationMessagePath = c.terminationMessagePath ?? '/dev/termination-log';
    c.terminationMessagePolicy = c.terminationMessagePolicy ?? 'File';
    for (const port of c.ports ?? []) port.protocol = port.protocol ?? 'TCP';
    containerProbeDefaults(c);
  }
}

/** kubectl apply to an existing object: returns whether anything changed */
export function applyTo(c: Cluster, o: Obj, d: any, dry: boolean): boolean {
  const lastText = o.metadata.annotations?.['kubectl.kubernetes.io/last-applied-configuration'];
  const want = clone(d);
  if (o.metadata.namespace && !want.metadata.namespace) want.metadata.namespace = o.metadata.namespace;
  const newLast = JSON.stringify(sortKeys(want)) + '\n';
  if (lastText === newLast) return false;
  if (dry) return true;
  // the last-applied configuration keeps what the user wrote; the object, quantities as the server writes them
  d = clone(d);
  canonicalizeQuantities(d);
  if (d.spec) {
    if (o.kind === 'Deployment' || o.kind === 'DaemonSet' || o.kind === 'ReplicaSet') {
      const tpl = clone(d.spec.template);
      podTemplateDefaults(tpl);
      const tplChanged = JSON.stringify(tpl) !== JSON.stringify(o.spec.template);
      o.spec = { ...o.spec, ...clone(d.spec), template: tpl };
      if (o.kind === 'Deployment') {
        o.spec.replicas = d.spec.replicas ?? 1;
        o.spec.strategy = d.spec.strategy ? { ...clone(d.spec.strategy) } : o.spec.strategy;
        // SetDefaults_Deployment: an empty strategy (kubectl create --dry-run writes `strategy: {}`) is RollingUpdate
        if (!o.spec.strategy.type) o.spec.strategy.type = 'RollingUpdate';
        if (o.spec.strategy.type === 'RollingUpdate') o.spec.strategy.rollingUpdate = { maxSurge: '25%', maxUnavailable: '25%', ...o.spec.strategy.rollingUpdate };
      }
      if (tplChanged) c.resetProgress(o);
      o.metadata.generation = (o.metadata.generation ?? 1) + 1;
    } else if (o.kind === 'Service') {
      const ports = (d.spec.ports ?? []).map((p: any, i: number) => ({ protocol: 'TCP', targetPort: p.port, ...o.spec.ports?.[i], ...p }));
      o.spec = { ...o.spec, ...clone(d.spec), ports, clusterIP: o.spec.clusterIP, clusterIPs: o.spec.clusterIPs };
    } else if (o.kind !== 'Pod') o.spec = { ...o.spec, ...clone(d.spec) };
  }
  if (d.data) o.data = clone(d.data);
  if (o.kind === 'Secret' && d.stringData) {
    o.stringData = clone(d.stringData);
    secretDefaults(o);
  }
  o.metadata.labels = d.metadata.labels ? clone(d.metadata.labels) : o.metadata.labels;
  o.metadata.annotations = { ...o.metadata.annotations, ...d.metadata.annotations, 'kubectl.kubernetes.io/last-applied-configuration': newLast };
  c.touch(o);
  return true;
}


/** Applies a well-known manifest (by URL) as `kubectl apply -f URL` would on a fresh cluster. */
export function applyBundled(c: Cluster, url: string): void {
  for (const d of bundledManifest(url) ?? []) {
    const res = lookupResource(d.kind);
    if (!res) continue;
    const ns = res.namespaced ? (d.metadata?.namespace ?? 'default') : undefined;
    if (!c.get(d.kind, ns, d.metadata.name)) createObject(c, clone(d), ns, true);
  }
  c.settle();
}

export function sortKeys(v: any): any {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') {
    const o: any = {};
    for (const k of Object.keys(v).sort()) o[k] = sortKeys(v[k]);
    return o;
  }
  return v;
}

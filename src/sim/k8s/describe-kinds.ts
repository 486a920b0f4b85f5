/**
 * kubectl describe for Jobs, CronJobs, StatefulSets, PersistentVolumeClaims, PersistentVolumes, Ingresses,
 * ServiceAccounts, RBAC, EndpointSlices, PriorityClasses and ResourceQuotas, in the
 * order and words of kubectl 1.28's describers.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Cluster } from './cluster';
import { age, endpointsList, rfc1123 } from './format';
import { ownerOf, selectorString, type Obj } from './objects';
import { podTemplateText } from './kubectl/podtemplate';
import { annotations, eventsBlock, kv } from './describe-common';
import { describeCsr } from './certificates/describe';

const MODES: Record<string, string> = { ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' };
const modes = (m: string[] | undefined) => (m ?? []).map((x) => MODES[x] ?? x).join(',');
/** Go's %v of a string slice */
const goList = (a: string[] | undefined) => `[${(a ?? []).join(' ')}]`;

function describeJob(j: Obj, c: Cluster): string {
  const s = j.status ?? {};
  const L = [`Name:\t${j.metadata.name}`, `Namespace:\t${j.metadata.namespace}`, `Selector:\t${selectorString(j.spec.selector?.matchLabels)}`, `Labels:\t${kv(j.metadata.labels)}`, `Annotations:\t${annotations(j.metadata.annotations)}`];
  const owner = ownerOf(j);
  if (owner) L.push(`Controlled By:\t${owner.kind}/${owner.name}`);
  L.push(`Parallelism:\t${j.spec.parallelism ?? 1}`, `Completions:\t${j.spec.completions ?? '<unset>'}`, `Completion Mode:\t${j.spec.completionMode ?? 'NonIndexed'}`);
  if (s.startTime !== undefined) L.push(`Start Time:\t${rfc1123(s.startTime)}`);
  if (s.completionTime !== undefined) L.push(`Completed At:\t${rfc1123(s.completionTime)}`, `Duration:\t${age(s.completionTime - s.startTime)}`);
  if (j.spec.activeDeadlineSeconds !== undefined) L.push(`Active Deadline Seconds:\t${j.spec.activeDeadlineSeconds}s`);
  L.push(s.ready === undefined ? `Pods Statuses:\t${s.active ?? 0} Active / ${s.succeeded ?? 0} Succeeded / ${s.failed ?? 0} Failed` : `Pods Statuses:\t${s.active ?? 0} Active (${s.ready} Ready) / ${s.succeeded ?? 0} Succeeded / ${s.failed ?? 0} Failed`);
  L.push(podTemplateText(j.spec.template), eventsBlock(c, j));
  return L.join('\n');
}

function describeCronJob(cj: Obj, c: Cluster): string {
  const sp = cj.spec;
  const jt = sp.jobTemplate?.spec ?? {};
  const L = [`Name:\t${cj.metadata.name}`, `Namespace:\t${cj.metadata.namespace}`, `Labels:\t${kv(cj.metadata.labels)}`, `Annotations:\t${annotations(cj.metadata.annotations)}`];
  L.push(`Schedule:\t${sp.schedule}`, `Concurrency Policy:\t${sp.concurrencyPolicy ?? 'Allow'}`, `Suspend:\t${sp.suspend ? 'True' : 'False'}`);
  L.push(`Successful Job History Limit:\t${sp.successfulJobsHistoryLimit ?? '<unset>'}`, `Failed Job History Limit:\t${sp.failedJobsHistoryLimit ?? '<unset>'}`);
  L.push(`Starting Deadline Seconds:\t${sp.startingDeadlineSeconds !== undefined ? sp.startingDeadlineSeconds + 's' : '<unset>'}`);
  L.push(`Selector:\t${jt.selector ? selectorString(jt.selector.matchLabels) : '<unset>'}`, `Parallelism:\t${jt.parallelism ?? '<unset>'}`, `Completions:\t${jt.completions ?? '<unset>'}`);
  if (jt.activeDeadlineSeconds !== undefined) L.push(`Active Deadline Seconds:\t${jt.activeDeadlineSeconds}s`);
  L.push(podTemplateText(jt.template ?? {}));
  L.push(`Last Schedule Time:\t${cj.status?.lastScheduleTime !== undefined ? rfc1123(cj.status.lastScheduleTime) : '<unset>'}`);
  L.push(`Active Jobs:\t${(cj.status?.active ?? []).map((r: any) => r.name).join(', ') || '<none>'}`);
  L.push(eventsBlock(c, cj));
  return L.join('\n');
}

function describeStatefulSet(ss: Obj, c: Cluster): string {
  const pods = c.list('Pod', ss.metadata.namespace).filter((p) => ownerOf(p)?.uid === ss.metadata.uid);
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  const L = [`Name:\t${ss.metadata.name}`, `Namespace:\t${ss.metadata.namespace}`, `CreationTimestamp:\t${rfc1123(ss.metadata.creationTimestamp)}`, `Selector:\t${selectorString(ss.spec.selector?.matchLabels)}`, `Labels:\t${kv(ss.metadata.labels)}`, `Annotations:\t${annotations(ss.metadata.annotations)}`];
  L.push(`Replicas:\t${ss.spec.replicas ?? 1} desired | ${ss.status?.replicas ?? 0} total`, `Update Strategy:\t${ss.spec.updateStrategy?.type ?? 'RollingUpdate'}`);
  if (ss.spec.updateStrategy?.rollingUpdate?.partition !== undefined) L.push(`  Partition:\t${ss.spec.updateStrategy.rollingUpdate.partition}`);
  L.push(`Pods Status:\t${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed`);
  L.push(podTemplateText(ss.spec.template));
  const tpls: any[] = ss.spec.volumeClaimTemplates ?? [];
  if (!tpls.length) L.push('Volume Claims:\t<none>');
  else {
    L.push('Volume Claims:');
    for (const t of tpls) {
      L.push(`  Name:\t${t.metadata?.name}`, `  StorageClass:\t${t.spec?.storageClassName ?? ''}`, `  Labels:\t${kv(t.metadata?.labels).replace(/\n\t/g, '\n  \t')}`, `  Annotations:\t${kv(t.metadata?.annotations).replace(/\n\t/g, '\n  \t')}`);
      L.push(`  Capacity:\t${t.spec?.resources?.requests?.storage ?? '<default>'}`, `  Access Modes:\t${goList(t.spec?.accessModes)}`);
    }
  }
  L.push(eventsBlock(c, ss));
  return L.join('\n');
}

function describeClaim(pvc: Obj, c: Cluster): string {
  const bound = !!pvc.spec.volumeName;
  const users = c
    .list('Pod', pvc.metadata.namespace)
    .filter((p) => (p.spec.volumes ?? []).some((v: any) => v.persistentVolumeClaim?.claimName === pvc.metadata.name))
    .map((p) => p.metadata.name)
    .sort();
  const L = [`Name:\t${pvc.metadata.name}`, `Namespace:\t${pvc.metadata.namespace}`, `StorageClass:\t${pvc.spec.storageClassName ?? ''}`];
  L.push(pvc.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${age(c.t - pvc.metadata.deletionTimestamp)})` : `Status:\t${pvc.status?.phase ?? 'Pending'}`);
  L.push(`Volume:\t${pvc.spec.volumeName ?? ''}`, `Labels:\t${kv(pvc.metadata.labels)}`, `Annotations:\t${annotations(pvc.metadata.annotations)}`, `Finalizers:\t${goList(pvc.metadata.finalizers)}`);
  L.push(`Capacity:\t${bound ? (pvc.status?.capacity?.storage ?? '') : ''}`, `Access Modes:\t${bound ? modes(pvc.status?.accessModes) : ''}`);
  if (pvc.spec.volumeMode) L.push(`VolumeMode:\t${pvc.spec.volumeMode}`);
  L.push(`Used By:\t${users.length ? users.join('\n\t') : '<none>'}`);
  L.push(eventsBlock(c, pvc));
  return L.join('\n');
}

function describeVolume(pv: Obj, c: Cluster): string {
  const ref = pv.spec.claimRef;
  const L = [`Name:\t${pv.metadata.name}`, `Labels:\t${kv(pv.metadata.labels)}`, `Annotations:\t${annotations(pv.metadata.annotations)}`, `Finalizers:\t${goList(pv.metadata.finalizers)}`, `StorageClass:\t${pv.spec.storageClassName ?? ''}`];
  L.push(pv.metadata.deletionTimestamp ? `Status:\tTerminating (lasts ${age(c.t - pv.metadata.deletionTimestamp)})` : `Status:\t${pv.status?.phase ?? 'Pending'}`);
  L.push(`Claim:\t${ref ? `${ref.namespace}/${ref.name}` : ''}`, `Reclaim Policy:\t${pv.spec.persistentVolumeReclaimPolicy ?? 'Retain'}`, `Access Modes:\t${modes(pv.spec.accessModes)}`);
  if (pv.spec.volumeMode) L.push(`VolumeMode:\t${pv.spec.volumeMode}`);
  L.push(`Capacity:\t${pv.spec.capacity?.storage ?? ''}`, 'Node Affinity:\t<none>', `Message:\t${pv.status?.message ?? ''}`, 'Source:');
  if (pv.spec.hostPath) L.push('    Type:\tHostPath (bare host directory volume)', `    Path:\t${pv.spec.hostPath.path}`, `    HostPathType:\t${pv.spec.hostPath.type ?? ''}`);
  L.push(eventsBlock(c, pv));
  return L.join('\n');
}

/** an Ingress backend: service:port and the endpoints behind that port (or the error the lookup gives) */
function backendText(c: Cluster, ns: string, b: any): string {
  if (b?.service) {
    const port = b.service.port?.number ?? b.service.port?.name ?? '';
    const sb = `${b.service.name}:${port}`;
    const ep = c.get('Endpoints', ns, b.service.name);
    if (!ep) return `${sb} (<error: endpoints "${b.service.name}" not found>)`;
    const svc = c.get('Service', ns, b.service.name);
    if (!svc) return `${sb}(<error: services "${b.service.name}" not found>)`;
    const spName = (svc.spec.ports ?? []).find((p: any) => (b.service.port?.number && p.port === b.service.port.number) || (b.service.port?.name && p.name === b.service.port.name))?.name ?? '';
    const only = { ...ep, subsets: (ep.subsets ?? []).map((ss: any) => ({ ...ss, ports: (ss.ports ?? []).filter((p: any) => (p.name ?? '') === spName) })) };
    return `${sb} (${endpointsList(only)})`;
  }
  if (b?.resource) return `APIGroup: ${b.resource.apiGroup ?? '<none>'}, Kind: ${b.resource.kind}, Name: ${b.resource.name}`;
  return '';
}

function describeIngress(ing: Obj, c: Cluster): string {
  const ns = ing.metadata.namespace!;
  const lb = (ing.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip || i.hostname).join(',');
  const def = ing.spec.defaultBackend ? backendText(c, ns, ing.spec.defaultBackend) : '<default>';
  const L = [`Name:\t${ing.metadata.name}`, `Labels:\t${kv(ing.metadata.labels)}`, `Namespace:\t${ns}`, `Address:\t${lb}`, `Ingress Class:\t${ing.spec.ingressClassName ?? '<none>'}`, `Default backend:\t${def}`];
  if (ing.spec.tls?.length) {
    L.push('TLS:');
    for (const t of ing.spec.tls) L.push(t.secretName ? `  ${t.secretName} terminates ${(t.hosts ?? []).join(',')}` : `  SNI routes ${(t.hosts ?? []).join(',')}`);
  }
  L.push('Rules:', '  Host\tPath\tBackends', '  ----\t----\t--------');
  let count = 0;
  for (const r of ing.spec.rules ?? []) {
    if (!r.http) continue;
    count++;
    L.push(`  ${r.host || '*'}\t`);
    for (const p of r.http.paths ?? []) L.push(`    \t${p.path ?? ''} \t${backendText(c, ns, p.backend)}`);
  }
  if (!count) L.push(`  *\t*\t${def}`);
  L.push(`Annotations:\t${annotations(ing.metadata.annotations)}`, eventsBlock(c, ing));
  return L.join('\n');
}

function describeServiceAccount(sa: Obj, c: Cluster): string {
  const L = [`Name:\t${sa.metadata.name}`, `Namespace:\t${sa.metadata.namespace}`, `Labels:\t${kv(sa.metadata.labels)}`, `Annotations:\t${annotations(sa.metadata.annotations)}`];
  const lists: [string, string[]][] = [
    ['Image pull secrets:', (sa.imagePullSecrets ?? []).map((s: any) => s.name)],
    ['Mountable secrets: ', (sa.secrets ?? []).map((s: any) => s.name)],
    ['Tokens:            ', []],
  ];
  for (const [head, names] of lists) {
    if (!names.length) L.push(`${head}\t<none>`);
    else names.forEach((n, i) => L.push(`${i ? '                   ' : head}\t${n}${c.get('Secret', sa.metadata.namespace, n) ? '' : ' (not found)'}`));
  }
  L.push(eventsBlock(c, sa));
  return L.join('\n');
}

/** kubectl's rule listing: each rule broken down to one group, resource and name, the verbs of equal ones merged, sorted as Go prints them */
function policyRows(rules: any[]): string[] {
  const simple = new Map<string, any>();
  const other: any[] = [];
  for (const r of rules ?? []) {
    const parts: any[] = [];
    for (const g of r.apiGroups ?? [])
      for (const res of r.resources ?? [])
        for (const v of r.verbs ?? []) {
          if (r.resourceNames?.length) for (const n of r.resourceNames) parts.push({ apiGroups: [g], resources: [res], verbs: [v], resourceNames: [n] });
          else parts.push({ apiGroups: [g], resources: [res], verbs: [v] });
        }
    for (const u of r.nonResourceURLs ?? []) for (const v of r.verbs ?? []) parts.push({ nonResourceURLs: [u], verbs: [v] });
    for (const x of parts) {
      if (x.nonResourceURLs) {
        other.push(x);
        continue;
      }
      const key = `${x.apiGroups[0]}|${x.resources[0]}|${x.resourceNames?.[0] ?? ''}|${x.resourceNames ? 1 : 0}`;
      const ex = simple.get(key);
      // kubectl's CompactRules appends the verbs as they come, repeats included
      if (ex) ex.verbs.push(x.verbs[0]);
      else simple.set(key, { ...x, verbs: [...x.verbs] });
    }
  }
  const list = (a: string[] | undefined) => `[${(a ?? []).join(' ')}]`;
  const goString = (r: any) => `&PolicyRule{Verbs:${list(r.verbs)},APIGroups:${list(r.apiGroups)},Resources:${list(r.resources)},ResourceNames:${list(r.resourceNames)},NonResourceURLs:${list(r.nonResourceURLs)},}`;
  const all = [...other, ...simple.values()].sort((a, b) => (goString(a) < goString(b) ? -1 : goString(a) > goString(b) ? 1 : 0));
  return all.map((r) => {
    let res = '';
    if (r.resources?.length) {
      const [base, sub] = r.resources[0].split('/');
      res = base + (r.apiGroups?.[0] ? '.' + r.apiGroups[0] : '') + (sub !== undefined ? '/' + sub : '');
    }
    return `  ${res}\t${list(r.nonResourceURLs)}\t${list(r.resourceNames)}\t${list(r.verbs)}`;
  });
}

function describeRole(r: Obj): string {
  return [`Name:\t${r.metadata.name}`, `Labels:\t${kv(r.metadata.labels)}`, `Annotations:\t${annotations(r.metadata.annotations)}`, 'PolicyRule:', '  Resources\tNon-Resource URLs\tResource Names\tVerbs', '  ---------\t-----------------\t--------------\t-----', ...policyRows(r.rules)].join('\n');
}

function describeBinding(b: Obj): string {
  const L = [`Name:\t${b.metadata.name}`, `Labels:\t${kv(b.metadata.labels)}`, `Annotations:\t${annotations(b.metadata.annotations)}`, 'Role:', `  Kind:\t${b.roleRef?.kind ?? ''}`, `  Name:\t${b.roleRef?.name ?? ''}`, 'Subjects:', '  Kind\tName\tNamespace', '  ----\t----\t---------'];
  for (const x of b.subjects ?? []) L.push(`  ${x.kind}\t${x.name}\t${x.namespace ?? ''}`);
  return L.join('\n');
}

/** describeEndpointSliceV1: the ports in stored order, each endpoint with its conditions, target and node */
function describeEndpointSlice(s: Obj, c: Cluster): string {
  const L = [`Name:\t${s.metadata.name}`, `Namespace:\t${s.metadata.namespace}`, `Labels:\t${kv(s.metadata.labels)}`, `Annotations:\t${annotations(s.metadata.annotations)}`, `AddressType:\t${s.addressType}`];
  if (!s.ports?.length) L.push('Ports: <unset>');
  else {
    L.push('Ports:', '  Name\tPort\tProtocol', '  ----\t----\t--------');
    for (const p of s.ports) L.push(`  ${p.name || '<unset>'}\t${p.port ?? '<unset>'}\t${p.protocol}`);
  }
  if (!s.endpoints?.length) L.push('Endpoints: <none>');
  else {
    L.push('Endpoints:');
    for (const e of s.endpoints) {
      L.push(`  - Addresses:\t${(e.addresses ?? []).join(', ') || '<none>'}`, '    Conditions:', `      Ready:\t${e.conditions?.ready === undefined ? '<unset>' : String(e.conditions.ready)}`);
      L.push(`    Hostname:\t${e.hostname ?? '<unset>'}`);
      if (e.targetRef) L.push(`    TargetRef:\t${e.targetRef.kind}/${e.targetRef.name}`);
      L.push(`    NodeName:\t${e.nodeName ?? '<unset>'}`, `    Zone:\t${e.zone ?? '<unset>'}`);
    }
  }
  L.push(eventsBlock(c, s));
  return L.join('\n');
}

/** describePriorityClass: annotations as labels.FormatLabels prints them, on one line */
function describePriorityClass(pc: Obj, c: Cluster): string {
  const ann = Object.keys(pc.metadata.annotations ?? {}).sort().map((k) => `${k}=${pc.metadata.annotations![k]}`).join(',') || '<none>';
  return [`Name:\t${pc.metadata.name}`, `Value:\t${pc.value ?? 0}`, `GlobalDefault:\t${pc.globalDefault ? 'true' : 'false'}`, `PreemptionPolicy:\t${pc.preemptionPolicy ?? 'PreemptLowerPriority'}`, `Description:\t${pc.description ?? ''}`, `Annotations:\t${ann}`, eventsBlock(c, pc)].join('\n');
}

/** The Resource/Used/Hard rows of a quota (describeQuota; DescribeResourceQuotas under a namespace with `---` rules) */
export function quotaRows(q: Obj, indent: string, rule: string): string[] {
  const L = [`${indent}Resource\tUsed\tHard`, `${indent}--------\t${rule}\t${rule}`];
  for (const r of Object.keys(q.status?.hard ?? {}).sort()) L.push(`${indent}${r}\t${q.status?.used?.[r] ?? '0'}\t${q.status.hard[r]}`);
  return L;
}

/** describeQuota: no labels, annotations or events */
function describeQuota(q: Obj): string {
  return [`Name:\t${q.metadata.name}`, `Namespace:\t${q.metadata.namespace}`, ...quotaRows(q, '', '----')].join('\n');
}

/** the describer of these kinds, or undefined for the others */
export function describeMore(o: Obj, c: Cluster): string | undefined {
  switch (o.kind) {
    case 'Job':
      return describeJob(o, c);
    case 'CronJob':
      return describeCronJob(o, c);
    case 'StatefulSet':
      return describeStatefulSet(o, c);
    case 'PersistentVolumeClaim':
      return describeClaim(o, c);
    case 'PersistentVolume':
      return describeVolume(o, c);
    case 'Ingress':
      return describeIngress(o, c);
    case 'ServiceAccount':
      return describeServiceAccount(o, c);
    case 'Role':
    case 'ClusterRole':
      return describeRole(o);
    case 'RoleBinding':
    case 'ClusterRoleBinding':
      return describeBinding(o);
    case 'EndpointSlice':
      return describeEndpointSlice(o, c);
    case 'PriorityClass':
      return describePriorityClass(o, c);
    case 'ResourceQuota':
      return describeQuota(o);
    case 'CertificateSigningRequest':
      return describeCsr(o, c);
  }
  return undefined;
}


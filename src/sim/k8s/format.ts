/** Printing: Go's tabwriter, ages, kubectl's table columns, YAML/JSON/JSONPath output. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Obj } from './objects';
import { selectorString } from './objects';
import type { Cluster } from './cluster';
import { lookupResource, qualified } from './resources';
import { csrStatus } from './certificates/csr';

/**
 * text/tabwriter with padchar ' ' and no flags: cells end with \t, the last cell of a line is not aligned; a column is
 * as wide as its widest cell plus `pad`, and at least `minwidth`.
 */
export function tabwrite(text: string, pad: number, minwidth = 0): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  // a plain table (every line with the same cells) is one block per column: its width is the column's widest cell
  const n = lines[0].length;
  if (lines.every((l) => l.length === n)) {
    const w: number[] = new Array(n - 1).fill(minwidth);
    for (const l of lines) for (let j = 0; j < n - 1; j++) if (l[j].length + pad > w[j]) w[j] = l[j].length + pad;
    let out = '';
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i];
      let row = '';
      for (let j = 0; j < n - 1; j++) row += l[j] + ' '.repeat(w[j] - l[j].length);
      out += (i ? '\n' : '') + row + l[n - 1];
    }
    return out;
  }
  const widths: number[][] = lines.map(() => []);
  const format = (l0: number, l1: number, col: number): void => {
    let i = l0;
    while (i < l1) {
      if (lines[i].length - 1 <= col) {
        i++;
        continue;
      }
      let j = i;
      let w = minwidth;
      while (j < l1 && lines[j].length - 1 > col) {
        w = Math.max(w, lines[j][col].length + pad);
        j++;
      }
      for (let k = i; k < j; k++) widths[k][col] = w;
      format(i, j, col + 1);
      i = j;
    }
  };
  format(0, lines.length, 0);
  return lines.map((cells, i) => cells.map((c, j) => (j < cells.length - 1 ? c.padEnd(widths[i][j]) : c)).join('')).join('\n');
}

/** duration.HumanDuration, as the AGE column prints it */
export function age(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < -1) return '<invalid>';
  if (s < 0) return '0s';
  if (s < 120) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 10) return s % 60 ? `${m}m${s % 60}s` : `${m}m`;
  if (m < 180) return `${m}m`;
  const h = Math.floor(m / 60);
  if (h < 8) return m % 60 ? `${h}h${m % 60}m` : `${h}h`;
  if (h < 48) return `${h}h`;
  if (h < 192) return h % 24 ? `${Math.floor(h / 24)}d${h % 24}h` : `${Math.floor(h / 24)}d`;
  if (h < 24 * 365 * 2) return `${Math.floor(h / 24)}d`;
  const y = Math.floor(h / 24 / 365);
  const d = Math.floor(h / 24) % 365;
  if (h < 24 * 365 * 8) return d ? `${y}y${d}d` : `${y}y`;
  return `${y}y`;
}

export function rfc3339(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** time.RFC1123Z, as describe prints times */
export function rfc1123(ms: number): string {
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${DAYS[d.getUTCDay()]}, ${p(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

// ------------------------------------------------------------------ columns

export interface Columns {
  head: string[];
  wide?: string[];
  row(o: Obj, c: Cluster): string[];
  wideRow?(o: Obj, c: Cluster): string[];
  /** where the wide cells go when not all at the end */
  merge?(base: string[], wide: string[]): string[];
}

const none = (s: string | undefined) => (s ? s : '<none>');
const containers = (tpl: any) => (tpl?.spec?.containers ?? []).map((c: any) => c.name).join(',');
/** RWO, ROX, RWX, RWOP: access modes as the tables print them */
const accessModes = (m: string[] | undefined) =>
  (m ?? []).map((x) => ({ ReadWriteOnce: 'RWO', ReadOnlyMany: 'ROX', ReadWriteMany: 'RWX', ReadWriteOncePod: 'RWOP' })[x] ?? x).join(',');
const images = (tpl: any) => (tpl?.spec?.containers ?? []).map((c: any) => c.image).join(',');

export function podStatus(p: Obj): { ready: string; status: string; restarts: string } {
  let reason: string = p.status?.reason || p.status?.phase || 'Pending';
  let restarts = 0;
  let ready = 0;
  let hasRunning = false;
  let lastRestart = 0;
  let initializing = false;
  const ics: any[] = p.status?.initContainerStatuses ?? [];
  for (let i = 0; i < ics.length; i++) {
    const c = ics[i];
    restarts += c.restartCount ?? 0;
    if (c.state?.terminated?.exitCode === 0) continue;
    initializing = true;
    if (c.state?.terminated) reason = c.state.terminated.reason ? `Init:${c.state.terminated.reason}` : `Init:ExitCode:${c.state.terminated.exitCode}`;
    else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') reason = `Init:${c.state.waiting.reason}`;
    else reason = `Init:${i}/${(p.spec?.initContainers ?? []).length}`;
    break;
  }
  const cs: any[] = initializing ? [] : (p.status?.containerStatuses ?? []);
  for (let i = cs.length - 1; i >= 0; i--) {
    const c = cs[i];
    restarts += c.restartCount ?? 0;
    if (c.lastState?.terminated) lastRestart = Math.max(lastRestart, c.lastState.terminated.finishedAt ?? 0);
    if (c.state?.waiting?.reason) reason = c.state.waiting.reason;
    else if (c.state?.terminated?.reason) reason = c.state.terminated.reason;
    else if (c.state?.terminated) reason = c.state.terminated.signal ? `Signal:${c.state.terminated.signal}` : `ExitCode:${c.state.terminated.exitCode}`;
    else if (c.ready && c.state?.running) {
      hasRunning = true;
      ready++;
    }
  }
  if (reason === 'Completed' && hasRunning) reason = p.status?.conditions?.some((c: any) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
  if (p.metadata.deletionTimestamp && p.status?.reason === 'NodeLost') reason = 'Unknown';
  else if (p.metadata.deletionTimestamp) reason = 'Terminating';
  return { ready: `${ready}/${(p.spec?.containers ?? []).length}`, status: reason, restarts: String(restarts) + (restarts && lastRestart ? `\u0000${lastRestart}` : '') };
}

function restartsCell(r: string, now: number): string {
  const [n, at] = r.split('\u0000');
  return at ? `${n} (${age(now - Number(at))} ago)` : n;
}

function nodeRoles(o: Obj): string {
  const roles = Object.keys(o.metadata.labels ?? {})
    .filter((k) => k.startsWith('node-role.kubernetes.io/'))
    .map((k) => k.slice('node-role.kubernetes.io/'.length))
    .sort();
  return roles.length ? roles.join(',') : '<none>';
}

export function nodeStatus(o: Obj): string {
  const r = (o.status?.conditions ?? []).find((c: any) => c.type === 'Ready');
  let s = r?.status === 'True' ? 'Ready' : r ? 'NotReady' : 'Unknown';
  if (o.spec?.unschedulable) s += ',SchedulingDisabled';
  return s;
}

export function servicePorts(s: Obj): string {
  const ps = s.spec?.ports ?? [];
  if (!ps.length) return '<none>';
  return ps.map((p: any) => (p.nodePort ? `${p.port}:${p.nodePort}/${p.protocol ?? 'TCP'}` : `${p.port}/${p.protocol ?? 'TCP'}`)).join(',');
}

export function endpointsList(e: Obj, max = 3): string {
  const all: string[] = [];
  for (const ss of e.subsets ?? []) for (const p of ss.ports?.length ? ss.ports : [{}]) for (const a of ss.addresses ?? []) all.push(p.port ? `${a.ip}:${p.port}` : a.ip);
  if (!all.length) return '<none>';
  return all.slice(0, max).join(',') + (all.length > max ? ` + ${all.length - max} more...` : '');
}

/** listWithMoreString: up to three, then "+ N more..."; <unset> for none */
function moreList(items: string[]): string {
  if (items.length > 3) return `${items.slice(0, 3).join(',')} + ${items.length - 3} more...`;
  return items.join(',') || '<unset>';
}

export function hpaTargets(h: Obj): string {
  const m = h.spec?.metrics?.[0];
  const target = m?.resource?.target?.averageUtilization;
  const cur = h.status?.currentMetrics?.[0]?.resource?.current?.averageUtilization;
  if (target === undefined) return '<none>';
  return `${cur === undefined ? '<unknown>' : cur + '%'}/${target}%`;
}

export const COLUMNS: Record<string, Columns> = {
  Pod: {
    head: ['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'],
    wide: ['IP', 'NODE', 'NOMINATED NODE', 'READINESS GATES'],
    row: (o, c) => {
      const s = podStatus(o);
      return [o.metadata.name, s.ready, s.status, restartsCell(s.restarts, c.t), age(c.t - o.metadata.creationTimestamp)];
    },
    wideRow: (o) => [none(o.status?.podIP), none(o.spec?.nodeName), '<none>', '<none>'],
  },
  Node: {
    head: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
    wide: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
    row: (o, c) => [o.metadata.name, nodeStatus(o), nodeRoles(o), age(c.t - o.metadata.creationTimestamp), o.status?.nodeInfo?.kubeletVersion ?? ''],
    wideRow: (o) => {
      const i = o.status?.nodeInfo ?? {};
      const ip = (o.status?.addresses ?? []).find((a: any) => a.type === 'InternalIP')?.address;
      return [none(ip), '<none>', i.osImage ?? '<unknown>', i.kernelVersion ?? '<unknown>', i.containerRuntimeVersion ?? '<unknown>'];
    },
  },
  Namespace: { head: ['NAME', 'STATUS', 'AGE'], row: (o, c) => [o.metadata.name, o.status?.phase ?? 'Active', age(c.t - o.metadata.creationTimestamp)] },
  Deployment: {
    head: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (o, c) => [o.metadata.name, `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`, String(o.status?.updatedReplicas ?? 0), String(o.status?.availableReplicas ?? 0), age(c.t - o.metadata.creationTimestamp)],
    wideRow: (o) => [containers(o.spec.template), images(o.spec.template), selectorString(o.spec.selector?.matchLabels)],
  },
  ReplicaSet: {
    head: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (o, c) => [o.metadata.name, String(o.spec?.replicas ?? 1), String(o.status?.replicas ?? 0), String(o.status?.readyReplicas ?? 0), age(c.t - o.metadata.creationTimestamp)],
    wideRow: (o) => [containers(o.spec.template), images(o.spec.template), selectorString(o.spec.selector?.matchLabels)],
  },
  DaemonSet: {
    head: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'NODE SELECTOR', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (o, c) => {
      const s = o.status ?? {};
      return [o.metadata.name, String(s.desiredNumberScheduled ?? 0), String(s.currentNumberScheduled ?? 0), String(s.numberReady ?? 0), String(s.updatedNumberScheduled ?? 0), String(s.numberAvailable ?? 0), none(selectorString(o.spec.template?.spec?.nodeSelector)), age(c.t - o.metadata.creationTimestamp)];
    },
    wideRow: (o) => [containers(o.spec.template), images(o.spec.template), selectorString(o.spec.selector?.matchLabels)],
  },
  Service: {
    head: ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL-IP', 'PORT(S)', 'AGE'],
    wide: ['SELECTOR'],
    row: (o, c) => [o.metadata.name, o.spec?.type ?? 'ClusterIP', o.spec?.clusterIP ?? '<none>', o.spec?.externalIPs?.join(',') || (o.spec?.type === 'LoadBalancer' ? '<pending>' : '<none>'), servicePorts(o), age(c.t - o.metadata.creationTimestamp)],
    wideRow: (o) => [none(selectorString(o.spec?.selector))],
  },
  Endpoints: { head: ['NAME', 'ENDPOINTS', 'AGE'], row: (o, c) => [o.metadata.name, endpointsList(o), age(c.t - o.metadata.creationTimestamp)] },
  Secret: { head: ['NAME', 'TYPE', 'DATA', 'AGE'], row: (o, c) => [o.metadata.name, o.type ?? 'Opaque', String(Object.keys(o.data ?? {}).length), age(c.t - o.metadata.creationTimestamp)] },
  ConfigMap: { head: ['NAME', 'DATA', 'AGE'], row: (o, c) => [o.metadata.name, String(Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length), age(c.t - o.metadata.creationTimestamp)] },
  Job: {
    head: ['NAME', 'COMPLETIONS', 'DURATION', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (o, c) => {
      const s = o.status ?? {};
      const done = o.spec?.completions != null ? `${s.succeeded ?? 0}/${o.spec.completions}` : `${s.succeeded ?? 0}/1 of ${o.spec?.parallelism ?? 1}`;
      const dur = s.startTime !== undefined ? age((s.completionTime ?? c.t) - s.startTime) : '';
      return [o.metadata.name, done, dur, age(c.t - o.metadata.creationTimestamp)];
    },
    wideRow: (o) => [containers(o.spec.template), images(o.spec.template), selectorString(o.spec.selector?.matchLabels)],
  },
  CronJob: {
    head: ['NAME', 'SCHEDULE', 'SUSPEND', 'ACTIVE', 'LAST SCHEDULE', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
    row: (o, c) => [o.metadata.name, o.spec.schedule, o.spec.suspend ? 'True' : 'False', String(o.status?.active?.length ?? 0), o.status?.lastScheduleTime !== undefined ? age(c.t - o.status.lastScheduleTime) : '<none>', age(c.t - o.metadata.creationTimestamp)],
    wideRow: (o) => [containers(o.spec.jobTemplate?.spec?.template), images(o.spec.jobTemplate?.spec?.template), none(selectorString(o.spec.jobTemplate?.spec?.selector?.matchLabels))],
  },
  StatefulSet: {
    head: ['NAME', 'READY', 'AGE'],
    wide: ['CONTAINERS', 'IMAGES'],
    row: (o, c) => [o.metadata.name, `${o.status?.readyReplicas ?? 0}/${o.spec?.replicas ?? 1}`, age(c.t - o.metadata.creationTimestamp)],
    wideRow: (o) => [containers(o.spec.template), images(o.spec.template)],
  },
  PersistentVolumeClaim: {
    head: ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'ACCESS MODES', 'STORAGECLASS', 'AGE'],
    wide: ['VOLUMEMODE'],
    row: (o, c) => {
      const bound = o.status?.phase === 'Bound';
      return [o.metadata.name, o.status?.phase ?? 'Pending', o.spec?.volumeName ?? '', bound ? (o.status?.capacity?.storage ?? '') : '', bound ? accessModes(o.status?.accessModes) : '', o.spec?.storageClassName ?? '', age(c.t - o.metadata.creationTimestamp)];
    },
    wideRow: (o) => [o.spec?.volumeMode ?? 'Filesystem'],
  },
  PersistentVolume: {
    head: ['NAME', 'CAPACITY', 'ACCESS MODES', 'RECLAIM POLICY', 'STATUS', 'CLAIM', 'STORAGECLASS', 'REASON', 'AGE'],
    wide: ['VOLUMEMODE'],
    row: (o, c) => {
      const ref = o.spec?.claimRef;
      return [o.metadata.name, o.spec?.capacity?.storage ?? '', accessModes(o.spec?.accessModes), o.spec?.persistentVolumeReclaimPolicy ?? 'Retain', o.status?.phase ?? 'Pending', ref ? `${ref.namespace}/${ref.name}` : '', o.spec?.storageClassName ?? '', o.status?.reason ?? '', age(c.t - o.metadata.creationTimestamp)];
    },
    wideRow: (o) => [o.spec?.volumeMode ?? 'Filesystem'],
  },
  Ingress: {
    head: ['NAME', 'CLASS', 'HOSTS', 'ADDRESS', 'PORTS', 'AGE'],
    row: (o, c) => {
      const hosts = [...new Set((o.spec?.rules ?? []).map((r: any) => r.host || '*'))].join(',') || '*';
      const lb = (o.status?.loadBalancer?.ingress ?? []).map((i: any) => i.ip || i.hostname).join(',');
      return [o.metadata.name, o.spec?.ingressClassName ?? '<none>', hosts, lb, o.spec?.tls?.length ? '80, 443' : '80', age(c.t - o.metadata.creationTimestamp)];
    },
  },
  // printEndpointSlice: formatDiscoveryPorts / formatDiscoveryEndpoints, three of each then "+ N more...", <unset> when none
  EndpointSlice: {
    head: ['NAME', 'ADDRESSTYPE', 'PORTS', 'ENDPOINTS', 'AGE'],
    row: (o, c) => [o.metadata.name, o.addressType ?? '', moreList((o.ports ?? []).map((p: any) => (p.port !== undefined ? String(p.port) : (p.name ?? '*')))), moreList((o.endpoints ?? []).flatMap((e: any) => e.addresses ?? [])), age(c.t - o.metadata.creationTimestamp)],
  },
  // printPriorityClass: the value and globalDefault as Go prints an int64 and a bool
  PriorityClass: { head: ['NAME', 'VALUE', 'GLOBAL-DEFAULT', 'AGE'], row: (o, c) => [o.metadata.name, String(o.value ?? 0), o.globalDefault ? 'true' : 'false', age(c.t - o.metadata.creationTimestamp)] },
  // printResourceQuota: "resource: used/hard" for status.hard's resources in SortableResourceNames order, limits.* in LIMIT
  ResourceQuota: {
    head: ['NAME', 'AGE', 'REQUEST', 'LIMIT'],
    row: (o, c) => {
      const req: string[] = [];
      const lim: string[] = [];
      for (const r of Object.keys(o.status?.hard ?? {}).sort()) (r.split('.').length > 1 && r.split('.')[0] === 'limits' ? lim : req).push(`${r}: ${o.status?.used?.[r] ?? '0'}/${o.status.hard[r]}`);
      return [o.metadata.name, age(c.t - o.metadata.creationTimestamp), req.join(', '), lim.join(', ')];
    },
  },
  // printCertificateSigningRequest: <none> for an empty signer or no requested duration (HumanDuration of it)
  CertificateSigningRequest: {
    head: ['NAME', 'AGE', 'SIGNERNAME', 'REQUESTOR', 'REQUESTEDDURATION', 'CONDITION'],
    row: (o, c) => [o.metadata.name, age(c.t - o.metadata.creationTimestamp), o.spec?.signerName || '<none>', o.spec?.username ?? '', o.spec?.expirationSeconds !== undefined ? age(o.spec.expirationSeconds * 1000) : '<none>', csrStatus(o)],
  },
  // the aggregator's ConvertToTable (registry/apiservice/etcd/etcd.go): Local without a service; the Available
  // condition's status, with its reason unless True; Unknown without one
  APIService: {
    head: ['NAME', 'SERVICE', 'AVAILABLE', 'AGE'],
    row: (o, c) => {
      const svc = o.spec?.service ? `${o.spec.service.namespace}/${o.spec.service.name}` : 'Local';
      const a = (o.status?.conditions ?? []).find((x: any) => x.type === 'Available');
      const avail = !a ? 'Unknown' : a.status === 'True' || !a.reason ? a.status : `${a.status} (${a.reason})`;
      return [o.metadata.name, svc, avail, age(c.t - o.metadata.creationTimestamp)];
    },
  },
  // printLease: the holder, empty when the lease has none
  Lease: { head: ['NAME', 'HOLDER', 'AGE'], row: (o, c) => [o.metadata.name, o.spec?.holderIdentity ?? '', age(c.t - o.metadata.creationTimestamp)] },
  ServiceAccount: { head: ['NAME', 'SECRETS', 'AGE'], row: (o, c) => [o.metadata.name, String(o.secrets?.length ?? 0), age(c.t - o.metadata.creationTimestamp)] },
  Role: { head: ['NAME', 'CREATED AT'], row: (o) => [o.metadata.name, rfc3339(o.metadata.creationTimestamp)] },
  ClusterRole: { head: ['NAME', 'CREATED AT'], row: (o) => [o.metadata.name, rfc3339(o.metadata.creationTimestamp)] },
  RoleBinding: { head: ['NAME', 'ROLE', 'AGE'], row: (o, c) => [o.metadata.name, `${o.roleRef?.kind}/${o.roleRef?.name}`, age(c.t - o.metadata.creationTimestamp)] },
  ClusterRoleBinding: { head: ['NAME', 'ROLE', 'AGE'], row: (o, c) => [o.metadata.name, `${o.roleRef?.kind}/${o.roleRef?.name}`, age(c.t - o.metadata.creationTimestamp)] },
  HorizontalPodAutoscaler: {
    head: ['NAME', 'REFERENCE', 'TARGETS', 'MINPODS', 'MAXPODS', 'REPLICAS', 'AGE'],
    row: (o, c) => [o.metadata.name, `${o.spec.scaleTargetRef.kind}/${o.spec.scaleTargetRef.name}`, hpaTargets(o), String(o.spec.minReplicas ?? 1), String(o.spec.maxReplicas), String(o.status?.currentReplicas ?? 0), age(c.t - o.metadata.creationTimestamp)],
  },
  PodDisruptionBudget: {
    head: ['NAME', 'MIN AVAILABLE', 'MAX UNAVAILABLE', 'ALLOWED DISRUPTIONS', 'AGE'],
    row: (o, c) => [o.metadata.name, o.spec?.minAvailable !== undefined ? String(o.spec.minAvailable) : 'N/A', o.spec?.maxUnavailable !== undefined ? String(o.spec.maxUnavailable) : 'N/A', String(c.pdbStatus(o).disruptionsAllowed), age(c.t - o.metadata.creationTimestamp)],
  },
  // printEvent: LAST SEEN is the last time alone (the "(xN over T)" form is `kubectl events`' and describe's);
  // -o wide puts SUBOBJECT and SOURCE after OBJECT, FIRST SEEN, COUNT and NAME after MESSAGE
  Event: {
    head: ['LAST SEEN', 'TYPE', 'REASON', 'OBJECT', 'MESSAGE'],
    row: (o, c) => [age(c.t - o.lastTimestamp), o.type, o.reason, `${o.involvedObject.kind.toLowerCase()}/${o.involvedObject.name}`, String(o.message ?? '').trim()],
    wide: ['SUBOBJECT', 'SOURCE', 'FIRST SEEN', 'COUNT', 'NAME'],
    wideRow: (o, c) => [o.involvedObject.fieldPath ?? '', o.source?.host ? `${o.source.component}, ${o.source.host}` : (o.source?.component ?? ''), age(c.t - o.firstTimestamp), String(o.count ?? 1), o.metadata.name],
    merge: (b, w) => [...b.slice(0, 4), w[0], w[1], b[4], ...w.slice(2)],
  },
};

/** the header row for a generic (unmodelled) resource */
export const GENERIC: Columns = { head: ['NAME', 'AGE'], row: (o, c) => [o.metadata.name, age(c.t - o.metadata.creationTimestamp)] };

export interface TableOpts {
  wide?: boolean;
  namespace?: boolean;
  showLabels?: boolean;
  kindPrefix?: boolean;
  noHeaders?: boolean;
  labelColumns?: string[];
}

export function tableRows(kind: string, objs: Obj[], c: Cluster, o: TableOpts): string[][] {
  const cols = COLUMNS[kind] ?? GENERIC;
  const prefix = o.kindPrefix ? qualified(lookupResource(kind)!) + '/' : '';
  const rows: string[][] = [];
  if (!o.noHeaders) {
    let h = [...cols.head];
    if (o.wide && cols.wide) h = cols.merge ? cols.merge(h, cols.wide) : [...h, ...cols.wide];
    for (const l of o.labelColumns ?? []) h.push(l.toUpperCase());
    if (o.showLabels) h.push('LABELS');
    if (o.namespace) h.unshift('NAMESPACE');
    rows.push(h);
  }
  for (const x of objs) {
    let r = cols.row(x, c);
    if (kind !== 'Event') r[0] = prefix + r[0];
    if (o.wide && cols.wideRow) r = cols.merge ? cols.merge(r, cols.wideRow(x, c)) : [...r, ...cols.wideRow(x, c)];
    for (const l of o.labelColumns ?? []) r.push(x.metadata.labels?.[l] ?? '');
    if (o.showLabels) r.push(labelsCell(x.metadata.labels));
    if (o.namespace) r.unshift(x.metadata.namespace ?? '');
    rows.push(r);
  }
  return rows;
}

export function labelsCell(l: Record<string, string> | undefined): string {
  const keys = Object.keys(l ?? {}).sort();
  return keys.length ? keys.map((k) => `${k}=${l![k]}`).join(',') : '<none>';
}

/**
 * Rows through a tabwriter; the defaults are cli-runtime's printers.GetNewTabWriter (minwidth 6, padding 3), what
 * kubectl's tables use.
 */
export function renderRows(rows: string[][], pad = 3, minwidth = 6): string {
  return tabwrite(rows.map((r) => r.join('\t')).join('\n'), pad, minwidth);
}

// ------------------------------------------------------------------ serialisation

const TIME_KEYS = new Set(['creationTimestamp', 'deletionTimestamp', 'lastTransitionTime', 'lastUpdateTime', 'lastHeartbeatTime', 'lastProbeTime', 'startTime', 'startedAt', 'finishedAt', 'timeAdded', 'firstTimestamp', 'lastTimestamp', 'lastScaleTime', 'eventTime', 'completionTime', 'lastScheduleTime', 'lastSuccessfulTime']);

/** The object as the API serves it: times as RFC 3339 strings, no undefined values. */
export function toApi(v: any, key = ''): any {
  if (v === undefined) return undefined;
  if (v === null) return null;
  if (typeof v === 'number' && TIME_KEYS.has(key)) return rfc3339(v);
  if (Array.isArray(v)) return v.map((x) => toApi(x));
  if (typeof v === 'object') {
    const o: any = {};
    for (const k of Object.keys(v)) {
      const x = toApi(v[k], k);
      if (x !== undefined) o[k] = x;
    }
    return o;
  }
  return v;
}

function yamlScalar(v: any): string {
  if (v === null) return 'null';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  const s = String(v);
  if (s === '') return '""';
  const ambiguous = /^(true|false|yes|no|on|off|y|n|null|~)$/i.test(s) || /^[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(s) || /^0x[0-9a-f]+$/i.test(s) || /^\d{4}-\d\d-\d\d/.test(s);
  // a string that would read as another type is double-quoted; one the plain style cannot hold, single-quoted
  if (ambiguous || /[\t]/.test(s)) return '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t') + '"';
  // go-yaml's analyze_scalar: '-', '?' and ':' first are indicators only before a blank or the end ("--flag" stays plain)
  if (/^([\s,[\]{}#&*!|>'"%@`]|[-?:](\s|$)|---|\.\.\.)/.test(s) || /: |\s#|\s$/.test(s) || s.endsWith(':')) return "'" + s.replace(/'/g, "''") + "'";
  return s;
}

/**
 * go-yaml v2's emitter breaks a long plain or single-quoted scalar at a space once the line is past 80 columns (its
 * best_width), when neither neighbour is a space, going on at the next indentation (yaml_emitter_write_plain_scalar,
 * yaml_emitter_write_single_quoted_scalar). `col`: where the scalar starts; `next`: the continuation lines' indent.
 */
function folded(text: string, col: number, next: string): string {
  const quoted = text.startsWith("'");
  if (text.startsWith('"') || text.includes('\n')) return text;
  let out = '';
  let column = col;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    const inner = quoted ? i > 1 && i < text.length - 2 : true;
    if (ch === ' ' && inner && text[i - 1] !== ' ' && text[i + 1] !== ' ' && column > 80) {
      out += '\n' + next;
      column = next.length;
      continue;
    }
    out += ch;
    column++;
  }
  return out;
}

/** YAML as kubectl -o yaml prints it (go-yaml v2: sorted keys, list items not indented). */
export function toYaml(v: any, indent = ''): string {
  if (Array.isArray(v)) {
    if (!v.length) return '[]';
    return v
      .map((x) => {
        if (x && typeof x === 'object' && !Array.isArray(x) && Object.keys(x).length) {
          const inner = toYaml(x, indent + '  ');
          return `${indent}- ${inner.slice(indent.length + 2)}`;
        }
        if (Array.isArray(x) && x.length) return `${indent}- ${toYaml(x, indent + '  ').trimStart()}`;
        return `${indent}- ${scalarOrEmpty(x, indent + '  ', indent.length + 2)}`;
      })
      .join('\n');
  }
  if (v && typeof v === 'object') {
    const keys = Object.keys(v).sort();
    if (!keys.length) return '{}';
    return keys
      .map((k) => {
        const x = v[k];
        const kk = yamlScalar(k);
        if (x && typeof x === 'object' && (Array.isArray(x) ? x.length : Object.keys(x).length)) {
          return Array.isArray(x) ? `${indent}${kk}:\n${toYaml(x, indent)}` : `${indent}${kk}:\n${toYaml(x, indent + '  ')}`;
        }
        return `${indent}${kk}: ${scalarOrEmpty(x, indent + '  ', indent.length + kk.length + 2)}`;
      })
      .join('\n');
  }
  return yamlScalar(v);
}
function scalarOrEmpty(x: any, indent: string, col = 0): string {
  if (Array.isArray(x)) return '[]';
  if (x && typeof x === 'object') return '{}';
  if (typeof x === 'string' && x.includes('\n')) {
    const body = x.endsWith('\n') ? x.slice(0, -1) : x;
    return (x.endsWith('\n') ? '|' : '|-') + '\n' + body.split('\n').map((l) => (l ? indent + l : '')).join('\n');
  }
  return typeof x === 'string' && col + x.length > 80 ? folded(yamlScalar(x), col, indent) : yamlScalar(x);
}

export { jsonpath, jsonpathValues } from './jsonpath';

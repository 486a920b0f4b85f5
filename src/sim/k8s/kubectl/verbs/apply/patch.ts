/**
 * The patch client-side `kubectl apply` sends to an object that exists: apimachinery's strategic merge patch
 * CreateThreeWayMergePatch(original = the last applied configuration, modified = the manifest with its new
 * last-applied annotation, current = the live object). Changes and additions come from current → modified, deletions
 * from original → modified; lists of objects with a merge key (containers by name, ...) are patched element by element
 * with a $setElementOrder directive, other lists are replaced. Keys print sorted, as Go marshals maps.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { sortKeys } from '../../../apiserver';

/** the patchMergeKey of the core types' lists that merge (k8s.io/api's struct tags) */
const MERGE_KEYS: Record<string, string> = {
  containers: 'name',
  initContainers: 'name',
  ephemeralContainers: 'name',
  env: 'name',
  volumes: 'name',
  volumeMounts: 'mountPath',
  volumeDevices: 'devicePath',
  imagePullSecrets: 'name',
  hostAliases: 'ip',
  topologySpreadConstraints: 'topologyKey',
  conditions: 'type',
  ownerReferences: 'uid',
};
/** ports merge by containerPort in a container, by port in a Service */
const mergeKey = (field: string, service: boolean) => (field === 'ports' ? (service ? 'port' : 'containerPort') : MERGE_KEYS[field]);

const isMap = (v: any) => !!v && typeof v === 'object' && !Array.isArray(v);
const same = (a: any, b: any) => JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));

/** the additions and changes that take `from` to `to` (fields only in `from` stay) */
function delta(from: any, to: any, service: boolean): any {
  const out: any = {};
  for (const k of Object.keys(to)) {
    const a = from?.[k];
    const b = to[k];
    if (same(a, b)) continue;
    if (isMap(a) && isMap(b)) {
      const d = delta(a, b, service);
      if (Object.keys(d).length) out[k] = d;
    } else if (Array.isArray(a) && Array.isArray(b) && mergeKey(k, service) && b.every(isMap)) {
      const key = mergeKey(k, service);
      const items: any[] = [];
      for (const e of b) {
        const cur = a.find((x: any) => isMap(x) && x[key] === e[key]);
        if (!cur) items.push(e);
        else {
          const d = delta(cur, e, service);
          if (Object.keys(d).length) items.push({ ...d, [key]: e[key] });
        }
      }
      if (items.length) {
        out[`$setElementOrder/${k}`] = b.map((e) => ({ [key]: e[key] }));
        out[k] = items;
      }
    } else out[k] = b;
  }
  return out;
}

/** the fields `original` had that `modified` drops, as null (map entries) */
function deletions(original: any, modified: any): any {
  const out: any = {};
  for (const k of Object.keys(original ?? {})) {
    if (!(k in (modified ?? {}))) out[k] = null;
    else if (isMap(original[k]) && isMap(modified[k])) {
      const d = deletions(original[k], modified[k]);
      if (Object.keys(d).length) out[k] = d;
    }
  }
  return out;
}

function merge(a: any, b: any): any {
  const out: any = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = isMap(out[k]) && isMap(v) ? merge(out[k], v) : v;
  return out;
}

/** The patch as kubectl prints it in "error when applying patch:". */
export function applyPatch(original: any, modified: any, current: any): string {
  const service = modified?.kind === 'Service';
  return JSON.stringify(sortKeys(merge(deletions(original ?? {}, modified), delta(current, modified, service))));
}

/**
 * The manifest as kubectl keeps it in the last-applied annotation: its namespace filled in, the annotations (an empty
 * map at least) without the last-applied one, keys sorted.
 */
export function lastApplied(d: any, ns: string | undefined): string {
  const o = JSON.parse(JSON.stringify(d));
  o.metadata = { ...o.metadata };
  if (ns && !o.metadata.namespace) o.metadata.namespace = ns;
  const annotations = { ...o.metadata.annotations };
  delete annotations['kubectl.kubernetes.io/last-applied-configuration'];
  o.metadata.annotations = annotations;
  return JSON.stringify(sortKeys(o)) + '\n';
}

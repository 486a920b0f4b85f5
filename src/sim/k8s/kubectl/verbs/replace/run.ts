/**
 * kubectl replace -f: each object in the files takes the place of the stored one (what the file leaves out
 * is gone, the server's defaults come back); --force deletes and creates it again.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { refusal } from '../../../rbac/requests';
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { gr, type KResult } from '../../result';
import { commit } from '../../update';
import { toApi } from '../../../format';
import { clone, type Obj } from '../../../objects';
import { apiVersionOf, lookupResource, qualified } from '../../../resources';
import * as api from '../../../apiserver';

const KEEP = ['apiVersion', 'kind', 'metadata', 'status'];

/** the stored object with the file's content in place of its own */
function replaced(cur: Obj, d: any): Obj {
  const next = clone(cur);
  for (const key of Object.keys(next)) if (!KEEP.includes(key) && !(key in d)) delete next[key];
  for (const key of Object.keys(d)) if (!KEEP.includes(key)) next[key] = clone(d[key]);
  next.metadata = { ...cur.metadata };
  for (const f of ['labels', 'annotations'] as const) {
    if (d.metadata?.[f]) next.metadata[f] = clone(d.metadata[f]);
    else delete next.metadata[f];
  }
  if (['Deployment', 'DaemonSet', 'ReplicaSet', 'StatefulSet'].includes(next.kind) && next.spec) {
    if (next.kind !== 'DaemonSet') next.spec.replicas = next.spec.replicas ?? 1;
    next.spec.revisionHistoryLimit = next.spec.revisionHistoryLimit ?? 10;
    if (next.spec.template?.spec) api.podTemplateDefaults(next.spec.template);
    if (next.kind === 'Deployment') {
      next.spec.progressDeadlineSeconds = next.spec.progressDeadlineSeconds ?? 600;
      next.spec.strategy = cur.spec.strategy && !d.spec?.strategy ? cur.spec.strategy : (next.spec.strategy ?? cur.spec.strategy);
    }
  }
  return next;
}

export function run(k: Kubectl, p: Parsed): KResult {
  const r = k.readManifests(p.flags.filename as string[], p);
  if ('code' in r) return r;
  let out = '';
  let err = '';
  r.docs.forEach((d, i) => {
    const src = r.src[i];
    const res = lookupResource(d.kind);
    if (!res || (d.apiVersion && d.apiVersion !== apiVersionOf(res))) {
      err += `error: resource mapping not found for name: "${d.metadata?.name}" namespace: "${d.metadata?.namespace ?? ''}" from "${src}": no matches for kind "${d.kind}" in version "${d.apiVersion}"\nensure CRDs are installed first\n`;
      return;
    }
    const ns = res.namespaced ? (d.metadata?.namespace ?? k.ns(p)) : undefined;
    // a PUT, without a GET before it
    const denied = p.flags.force ? null : refusal(k, p, { verb: 'update', group: res.group, resource: res.name, name: d.metadata?.name, namespace: ns ?? '' }, res);
    if (denied) {
      err += `Error from server (Forbidden): error when replacing "${src}": ${denied}\n`;
      return;
    }
    const cur = k.c.get(d.kind, ns, d.metadata?.name);
    if (!cur) {
      err += `Error from server (NotFound): error when replacing "${src}": ${gr(res)} "${d.metadata?.name}" not found\n`;
      return;
    }
    const q = qualified(res);
    const bad = api.validate(d, src);
    if (bad) {
      err += bad;
      return;
    }
    if (p.flags.force) {
      k.c.deleteObj(cur, 0);
      out += `${res.singular}${res.group ? '.' + res.group : ''} "${cur.metadata.name}" deleted\n`;
      const fresh = clone(d);
      delete fresh.status;
      k.createObject(fresh, ns, false);
      out += `${q}/${cur.metadata.name} replaced\n`;
      return;
    }
    const next = replaced(cur, d);
    const patch: any = {};
    for (const key of new Set([...Object.keys(cur), ...Object.keys(next)])) if (key !== 'status' && JSON.stringify(toApi(cur[key])) !== JSON.stringify(toApi(next[key]))) patch[key] = true;
    commit(k, cur, next, patch);
    out += `${q}/${cur.metadata.name} replaced\n`;
  });
  return { out, err, code: err ? 1 : 0 };
}

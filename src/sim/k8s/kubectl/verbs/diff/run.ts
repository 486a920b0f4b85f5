/**
 * kubectl diff -f: the live objects against what applying the files would make of them (a server-side dry
 * run), written to two temporary directories and compared with `diff -u -N`; exit status 1 when they differ.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import type { KResult } from '../../result';
import type { Cluster } from '../../../cluster';
import { toApi, toYaml } from '../../../format';
import { clone } from '../../../objects';
import { apiVersionOf, lookupResource } from '../../../resources';
import * as api from '../../../apiserver';
import { unifiedHunks } from '../../unidiff';

/** the object as kubectl diff writes it: no managed fields */
const text = (o: any) => {
  const a = toApi(o);
  if (a.metadata) delete a.metadata.managedFields;
  return toYaml(a) + '\n';
};

/** `2025-12-10 01:12:55.123456789 +0000`, as diff prints a file's time */
function stamp(ms: number, nanos: number): string {
  const iso = new Date(ms).toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}.${String(nanos).padStart(9, '0')} +0000`;
}

export function run(k: Kubectl, p: Parsed): KResult {
  const r = k.readManifests(p.flags.filename as string[], p);
  if ('code' in r) return r;
  const c = k.c;
  // the dry run touches nothing: a stand-in for the store's notifications
  const dry = { resetProgress() {}, touch() {}, t: c.t } as unknown as Cluster;
  const files: { name: string; live: string; merged: string }[] = [];
  let err = '';
  r.docs.forEach((d, i) => {
    const res = lookupResource(d.kind);
    if (!res || (d.apiVersion && d.apiVersion !== apiVersionOf(res))) {
      err += `error: resource mapping not found for name: "${d.metadata?.name}" namespace: "${d.metadata?.namespace ?? ''}" from "${r.src[i]}": no matches for kind "${d.kind}" in version "${d.apiVersion}"\nensure CRDs are installed first\n`;
      return;
    }
    const ns = res.namespaced ? (d.metadata?.namespace ?? k.ns(p)) : undefined;
    const name = `${apiVersionOf(res).replace('/', '.')}.${d.kind}.${ns ?? ''}.${d.metadata?.name}`;
    const cur = c.get(d.kind, ns, d.metadata?.name);
    if (!cur) {
      const fresh = clone(d);
      fresh.metadata = { ...fresh.metadata, ...(ns ? { namespace: ns } : {}) };
      files.push({ name, live: '', merged: text(fresh) });
      return;
    }
    const merged = clone(cur);
    api.applyTo(dry, merged, d, false);
    files.push({ name, live: text(cur), merged: text(merged) });
  });
  if (err) return { out: '', err, code: 1 };
  const live = `/tmp/LIVE-${c.rng.int(4294967295)}`;
  const mergedDir = `/tmp/MERGED-${c.rng.int(4294967295)}`;
  let out = '';
  for (const f of files.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const hunks = unifiedHunks(f.live, f.merged);
    if (!hunks) continue;
    const when = stamp(c.t, c.rng.int(999999999));
    out += `diff -u -N ${live}/${f.name} ${mergedDir}/${f.name}\n--- ${live}/${f.name}\t${f.live ? when : '1970-01-01 00:00:00.000000000 +0000'}\n+++ ${mergedDir}/${f.name}\t${when}\n${hunks}`;
  }
  return { out, err: '', code: out ? 1 : 0 };
}

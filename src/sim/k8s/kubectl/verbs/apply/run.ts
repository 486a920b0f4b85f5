/** kubectl apply -f and create -f: read the manifests, create what is new, configure what changed. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, gr } from '../../result';
import { type Parsed, helpText } from '../../cli';
import { apiVersionOf, lookupResource, qualified } from '../../../resources';

export function applyFiles(k: Kubectl, p: Parsed, mode: 'create' | 'apply'): KResult {
  const files = p.flags.filename as string[] | undefined;
  if (!files) {
    if (mode === 'create') return ok(helpText(['create'], k.minor));
    return fail(`error: must specify one of -f and -k\n`);
  }
  const r = k.readManifests(files, p);
  if ('code' in r) return r;
  let out = '';
  let err = '';
  const dry = p.flags['dry-run'] ? ' (dry run)' : '';
  r.docs.forEach((d, i) => {
    const res = lookupResource(d.kind);
    if (!res || (d.apiVersion && d.apiVersion !== apiVersionOf(res) && !(d.kind === 'HorizontalPodAutoscaler' && d.apiVersion === 'autoscaling/v1'))) {
      err += `error: resource mapping not found for name: "${d.metadata?.name}" namespace: "${d.metadata?.namespace ?? ''}" from "${r.src[i]}": no matches for kind "${d.kind}" in version "${d.apiVersion}"\nensure CRDs are installed first\n`;
      return;
    }
    const ns = res.namespaced ? (d.metadata?.namespace ?? k.ns(p)) : undefined;
    if (!d.metadata?.name) {
      err += `error: error when retrieving current configuration of:\nResource: "${gr(res)}", GroupVersionKind: "${apiVersionOf(res)}, Kind=${d.kind}"\nName: "", Namespace: "${ns ?? ''}"\nfrom server for: "${r.src[i]}": resource name may not be empty\n`;
      return;
    }
    if (ns && ns !== 'default' && !k.c.get('Namespace', undefined, ns) && !r.docs.some((x) => x.kind === 'Namespace' && x.metadata?.name === ns)) {
      err += `Error from server (NotFound): error when creating "${r.src[i]}": namespaces "${ns}" not found\n`;
      return;
    }
    const existing = k.c.get(d.kind, ns, d.metadata.name);
    const q = qualified(res);
    if (mode === 'create' || !existing) {
      if (existing) {
        err += `Error from server (AlreadyExists): error when creating "${r.src[i]}": ${gr(res)} "${d.metadata.name}" already exists\n`;
        return;
      }
      const bad = k.validate(d, r.src[i]);
      if (bad) {
        err += bad;
        return;
      }
      if (!dry) k.createObject(d, ns, mode === 'apply');
      out += `${q}/${d.metadata.name} created${dry}\n`;
      return;
    }
    const changed = k.applyTo(existing, d, !!dry);
    out += `${q}/${d.metadata.name} ${changed ? 'configured' : 'unchanged'}${dry}\n`;
  });
  return { out, err, code: err ? 1 : 0 };
}

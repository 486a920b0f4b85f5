/** kubectl apply -f and create -f: read the manifests, create what is new, configure what changed. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, gr } from '../../result';
import { type Parsed, helpText } from '../../cli';
import { apiVersionOf, lookupResource, qualified, type ResourceInfo } from '../../../resources';
import { refusal, requester } from '../../../rbac/requests';
import { admitCreate } from '../../../controllers/quota';
import { applyPatch, lastApplied } from './patch';
import { subjectRestriction } from '../../../certificates/csr';

const LAST = 'kubectl.kubernetes.io/last-applied-configuration';

/** `Resource: "apps/v1, Resource=deployments", GroupVersionKind: ...` and the object's name, as the apply errors name it */
const mapping = (res: ResourceInfo, d: any, ns: string | undefined) =>
  `Resource: "${res.group}/${res.version}, Resource=${res.name}", GroupVersionKind: "${res.group}/${res.version}, Kind=${d.kind}"\nName: "${d.metadata.name}", Namespace: "${ns ?? ''}"`;

/** client-side apply's warning before it patches an object no apply made (created by run, create, ...) */
const missingLast = (res: ResourceInfo, o: any) =>
  o.metadata.annotations?.[LAST] ? '' : `Warning: resource ${res.name}/${o.metadata.name} is missing the ${LAST} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;

/**
 * The API server's refusal of the requests apply and create -f send for one document, as the client prints it:
 * create -f POSTs; apply --server-side PATCHes; client-side apply GETs, then POSTs what is new or PATCHes what is there
 * (after its warning about a missing last-applied annotation).
 */
function refused(k: Kubectl, p: Parsed, mode: 'create' | 'apply', res: ResourceInfo, d: any, ns: string | undefined, src: string, existing: any): string | null {
  const a = (verb: string, name?: string) => ({ verb, group: res.group, resource: res.name, name, namespace: ns ?? '' });
  const name = d.metadata.name;
  if (mode === 'create') {
    const m = refusal(k, p, a('create'), res);
    return m && `Error from server (Forbidden): error when creating "${src}": ${m}\n`;
  }
  if (p.flags['server-side']) {
    const m = refusal(k, p, a('patch', name), res);
    return m && `Error from server (Forbidden): ${m}\n`;
  }
  const get = refusal(k, p, a('get', name), res);
  if (get) return `Error from server (Forbidden): error when retrieving current configuration of:\n${mapping(res, d, ns)}\nfrom server for: "${src}": ${get}\n`;
  if (!existing) {
    const m = refusal(k, p, a('create'), res);
    return m && `Error from server (Forbidden): error when creating "${src}": ${m}\n`;
  }
  const m = refusal(k, p, a('patch', name), res);
  if (!m) return null;
  const last = existing.metadata.annotations?.[LAST];
  const warn = missingLast(res, existing);
  const modified = JSON.parse(JSON.stringify(d));
  modified.metadata = { ...modified.metadata, annotations: { ...modified.metadata.annotations, [LAST]: lastApplied(d, ns) } };
  if (ns && !modified.metadata.namespace) modified.metadata.namespace = ns;
  const patch = applyPatch(last ? JSON.parse(last) : {}, modified, existing);
  return `${warn}Error from server (Forbidden): error when applying patch:\n${patch}\nto:\n${mapping(res, d, ns)}\nfor: "${src}": error when patching "${src}": ${m}\n`;
}

export function applyFiles(k: Kubectl, p: Parsed, mode: 'create' | 'apply'): KResult {
  const files = p.flags.filename as string[] | undefined;
  if (!files) {
    if (mode === 'create') return ok(helpText(['create'], k.minor));
    return fail(`error: must specify one of -f and -k\n`);
  }
  const r = k.readManifests(files, p);
  if ('code' in r) return r;
  // an empty file or standard input: the builder visits nothing
  if (!r.docs.length) return fail(`error: no objects passed to ${mode}`);
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
    const denied = refused(k, p, mode, res, d, ns, r.src[i], k.c.get(d.kind, ns, d.metadata.name));
    if (denied) {
      err += denied;
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
      const restricted = d.kind === 'CertificateSigningRequest' ? subjectRestriction(d) : null;
      if (restricted) {
        err += `Error from server (Forbidden): error when creating "${r.src[i]}": ${restricted}\n`;
        return;
      }
      const overQuota = !dry || p.flags['dry-run'] === 'server' ? admitCreate(k.c, ns, d, !dry) : null;
      if (overQuota) {
        err += `Error from server (Forbidden): error when creating "${r.src[i]}": ${overQuota}\n`;
        return;
      }
      if (!dry) k.createObject(d, ns, mode === 'apply', d.kind === 'CertificateSigningRequest' ? requester(k, p) : undefined);
      out += `${q}/${d.metadata.name} created${dry}\n`;
      return;
    }
    if (!p.flags['server-side']) err += missingLast(res, existing);
    const changed = k.applyTo(existing, d, !!dry);
    out += `${q}/${d.metadata.name} ${changed ? 'configured' : 'unchanged'}${dry}\n`;
  });
  // warnings alone leave the exit status 0
  return { out, err, code: err.split('\n').some((l) => l && !l.startsWith('Warning: ')) ? 1 : 0 };
}

/** kubectl auth can-i and auth whoami, for the kubeconfig's user or the one named by --as. */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { ok, type KResult } from '../../result';
import { renderRows, toYaml } from '../../../format';
import { lookupResource } from '../../../resources';
import { authorize, rulesFor, subjectFor } from './rbac';

const VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];

/** who the request is from: the kubeconfig's admin (kubeadm's admin.conf), or --as / --as-group */
function who(k: Kubectl, p: Parsed) {
  if (p.flags.as) return subjectFor(String(p.flags.as), (p.flags['as-group'] as string[] | undefined) ?? []);
  const group = Number(k.c.version.split('.')[1]) >= 29 ? 'kubeadm:cluster-admins' : 'system:masters';
  return subjectFor('kubernetes-admin', [group]);
}

/** `--list`: the rules as kubectl prints them (RESOURCE.GROUP, then the lists as Go prints them) */
function list(k: Kubectl, p: Parsed): KResult {
  const go = (l: string[] | undefined) => `[${(l ?? []).join(' ')}]`;
  const rows = rulesFor(k.c, who(k, p), k.ns(p)).map((r) => {
    const [res, sub] = (r.resources?.[0] ?? '').split('/');
    const group = r.apiGroups?.[0];
    const name = r.resources?.length ? `${res}${group ? `.${group}` : ''}${sub ? `/${sub}` : ''}` : '';
    return [name, go(r.nonResourceURLs), go(r.resourceNames), go(r.verbs)];
  });
  if (!p.flags['no-headers']) rows.unshift(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
  return ok(renderRows(rows) + '\n');
}

export function canI(k: Kubectl, p: Parsed): KResult {
  if (p.flags.list) return list(k, p);
  const [verb, what] = p.args;
  let err = '';
  if (!VERBS.includes(verb)) err += `Warning: verb '${verb}' is not a known verb\n`;
  const s = who(k, p);
  let allowed: boolean;
  if (what.startsWith('/')) allowed = authorize(k.c, s, { verb, group: '', resource: '', path: what });
  else {
    const [type, name] = what.split('/');
    const [res, ...groupParts] = type.split('.');
    const r = lookupResource(type);
    if (!r) err += `Warning: the server doesn't have a resource type '${res}'\n`;
    const all = !!p.flags['all-namespaces'];
    allowed = authorize(k.c, s, {
      verb,
      group: r ? r.group : groupParts.join('.'),
      resource: r ? r.name : res,
      subresource: (p.flags.subresource as string | undefined) || undefined,
      name,
      namespace: r && !r.namespaced ? undefined : all ? undefined : k.ns(p),
    });
  }
  if (p.flags.quiet) return { out: '', err, code: allowed ? 0 : 1 };
  const out = allowed ? 'yes\n' : 'no\n';
  // the warnings come before the answer
  return { out, err, code: allowed ? 0 : 1, ...(err ? { seq: [['err', err], ['out', out]] as [stream: 'out' | 'err', text: string][] } : {}) };
}

export function whoami(k: Kubectl, p: Parsed): KResult {
  const s = who(k, p);
  const out = p.flags.output as string | undefined;
  if (out === 'json' || out === 'yaml') {
    const review = { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1', metadata: { creationTimestamp: null }, status: { userInfo: { username: s.user, groups: s.groups } } };
    return ok(out === 'json' ? JSON.stringify(review, null, 4) + '\n' : toYaml({ apiVersion: review.apiVersion, kind: review.kind, metadata: review.metadata, status: review.status }) + '\n');
  }
  return ok(renderRows([['ATTRIBUTE', 'VALUE'], ['Username', s.user], ['Groups', `[${s.groups.join(' ')}]`]]) + '\n');
}

/** kubectl auth can-i and auth whoami, for the kubeconfig's user or the one named by --as. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, ok, type KResult } from '../../result';
import { renderRows, toYaml } from '../../../format';
import { lookupResource } from '../../../resources';
import { authorize, rulesFor } from '../../../rbac/authorizer';
import { requester } from '../../../rbac/requests';

const RESOURCE_VERBS = ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', 'use', 'bind', 'impersonate', '*', 'approve', 'sign', 'escalate', 'attest'];
const URL_VERBS = ['get', 'put', 'post', 'head', 'options', 'delete', 'patch', '*'];

const go = (l: string[] | undefined) => `[${(l ?? []).join(' ')}]`;
/** the generated PolicyRule.String() kubectl sorts by */
const ruleString = (r: any) => `&PolicyRule{Verbs:${go(r.verbs)},APIGroups:${go(r.apiGroups)},Resources:${go(r.resources)},ResourceNames:${go(r.resourceNames)},NonResourceURLs:${go(r.nonResourceURLs)},}`;

/**
 * `--list`: the SelfSubjectRulesReview's rules as kubectl prints them: broken down to one group, resource, verb and
 * name each, the simple ones merged back per group/resource/name (verbs in the order met), sorted by their string.
 */
function list(k: Kubectl, p: Parsed): KResult {
  const rules = rulesFor(k.c, requester(k, p), k.ns(p));
  const resourceRules = rules.filter((r) => r.resources?.length);
  const urlRules = rules.filter((r) => r.nonResourceURLs?.length).map((r) => ({ verbs: r.verbs, nonResourceURLs: r.nonResourceURLs }));
  const compact: any[] = [];
  const simple = new Map<string, any>();
  for (const r of resourceRules)
    for (const g of r.apiGroups ?? [])
      for (const res of r.resources)
        for (const v of r.verbs ?? []) {
          const names: (string | undefined)[] = r.resourceNames?.length ? r.resourceNames : [undefined];
          for (const n of names) {
            const key = JSON.stringify([g, res, n]);
            const hit = simple.get(key);
            if (hit) hit.verbs.push(v);
            else simple.set(key, { apiGroups: [g], resources: [res], verbs: [v], ...(n !== undefined ? { resourceNames: [n] } : {}) });
          }
        }
  for (const r of urlRules) for (const u of r.nonResourceURLs) for (const v of r.verbs ?? []) compact.push({ nonResourceURLs: [u], verbs: [v] });
  compact.push(...simple.values());
  const sorted = compact.map((r) => [ruleString(r), r] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const rows = sorted.map(([, r]) => {
    let name = '';
    if (r.resources?.length) {
      const [res, sub] = r.resources[0].split('/');
      const group = r.apiGroups?.[0];
      name = `${res}${group ? `.${group}` : ''}${sub !== undefined ? `/${sub}` : ''}`;
    }
    return [name, go(r.nonResourceURLs), go(r.resourceNames), go(r.verbs)];
  });
  if (!p.flags['no-headers']) rows.unshift(['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs']);
  return ok(renderRows(rows) + '\n');
}

export function canI(k: Kubectl, p: Parsed): KResult {
  const quiet = !!p.flags.quiet;
  const all = !!p.flags['all-namespaces'];
  const sub = (p.flags.subresource as string | undefined) ?? '';
  if (p.flags.list) {
    if (p.args.length) return fail('error: list option must be specified with no arguments');
    if (quiet || all || sub) return fail("error: list option can't be specified with neither quiet, all-namespaces nor subresource options");
    return list(k, p);
  }
  if (p.args.length !== 2) return fail("error: you must specify two arguments: verb resource or verb resource/resourceName.\nSee 'kubectl auth can-i -h' for help and examples.");
  const [verb, what] = p.args;
  let err = '';
  const warn = (s: string) => (err += `Warning: ${s}\n`);
  const s = requester(k, p);
  const namespace = all ? '' : k.ns(p);
  let decision;
  if (what.startsWith('/')) {
    if (sub) return fail('error: --subresource can not be used with NonResourceURL');
    if (!URL_VERBS.includes(verb)) warn(`verb '${verb}' is not a known verb\n`);
    if (p.flags['no-headers']) return fail('error: --no-headers cannot be set without --list specified');
    decision = authorize(k.c, s, { verb, group: '', resource: '', path: what });
  } else {
    const slash = what.indexOf('/');
    const type = slash < 0 ? what : what.slice(0, slash);
    const name = slash < 0 ? '' : what.slice(slash + 1);
    let group = '';
    let resource = type;
    let namespaced = true;
    if (type !== '*') {
      const lower = type.toLowerCase();
      const r = lookupResource(lower);
      if (r) {
        group = r.group;
        resource = r.name;
        namespaced = r.namespaced;
      } else {
        const dot = lower.indexOf('.');
        const [res, grp] = dot < 0 ? [lower, ''] : [lower.slice(0, dot), lower.slice(dot + 1)];
        if (!['users', 'groups'].includes(grp ? `${res}.${grp}` : res)) warn(grp ? `the server doesn't have a resource type '${res}' in group '${grp}'\n` : `the server doesn't have a resource type '${res}'\n`);
      }
    }
    if (!all) {
      if (!namespaced) warn(group ? `resource '${resource}' is not namespace scoped in group '${group}'\n` : `resource '${resource}' is not namespace scoped\n`);
      if (!RESOURCE_VERBS.includes(verb)) warn(`verb '${verb}' is not a known verb\n`);
    }
    if (p.flags['no-headers']) return { out: '', err: err + 'error: --no-headers cannot be set without --list specified\n', code: 1 };
    decision = authorize(k.c, s, { verb, group, resource, subresource: sub || undefined, name: name || undefined, namespace });
  }
  const out = quiet ? '' : decision.allowed ? 'yes\n' : `no${decision.reason ? ` - ${decision.reason}` : ''}\n`;
  const code = decision.allowed ? 0 : 1;
  // the warnings come before the answer
  return { out, err, code, ...(err && out ? { seq: [['err', err], ['out', out]] as ['out' | 'err', string][] } : {}) };
}

export function whoami(k: Kubectl, p: Parsed): KResult {
  const s = requester(k, p);
  const out = p.flags.output as string | undefined;
  if (out === 'json' || out === 'yaml') {
    const review = { kind: 'SelfSubjectReview', apiVersion: 'authentication.k8s.io/v1', metadata: { creationTimestamp: null }, status: { userInfo: { username: s.user, groups: s.groups } } };
    return ok(out === 'json' ? JSON.stringify(review, null, 4) + '\n' : toYaml({ apiVersion: review.apiVersion, kind: review.kind, metadata: review.metadata, status: review.status }) + '\n');
  }
  return ok(renderRows([['ATTRIBUTE', 'VALUE'], ['Username', s.user], ['Groups', `[${s.groups.join(' ')}]`]]) + '\n');
}

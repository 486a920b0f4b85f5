/** kubectl describe: the describer of each kind, name prefixes, selectors. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { describe as describeObj } from '../../../describe';
import { selectorMatches, type Obj } from '../../../objects';
import { lookupResource } from '../../../resources';
import { refusal } from '../../../rbac/requests';

export function run(k: Kubectl, p: Parsed): KResult {
  if (!p.args.length && !p.flags.filename) return fail(`You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n\nerror: Required resource not specified.\n${usage(['describe'])}`);
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  const ns = k.ns(p);
  const all = !!p.flags['all-namespaces'];
  const sel = k.selector(p);
  if (typeof sel === 'string') return fail(`error: ${sel}`);
  const parts: string[] = [];
  const errs: string[] = [];
  /** the describer's own lists, which it leaves out when the server refuses them */
  const may = (resource: string, namespace: string) => !refusal(k, p, { verb: 'list', group: lookupResource(resource)!.group, resource, namespace }, lookupResource(resource)!);
  const describe = (o: Obj) => describeObj(o, k.c, { events: !may('events', o.metadata.namespace ?? ''), replicaSets: o.kind === 'Deployment' && !may('replicasets', o.metadata.namespace ?? '') });
  for (const x of t) {
    if (x.name) {
      // describe matches name prefixes when there is no exact match
      let o = k.find(x.r, ns, x.name);
      let objs = o ? [o] : k.c.list(x.r.kind, x.r.namespaced ? ns : undefined).filter((y) => y.metadata.name.startsWith(x.name!));
      if (sel) objs = objs.filter((y) => selectorMatches(sel, y.metadata.labels));
      if (!objs.length) errs.push(k.notFound(x.r, x.name));
      for (o of objs) parts.push(describe(o));
    } else {
      let objs = k.c.list(x.r.kind, x.r.namespaced && !all ? ns : undefined);
      if (sel) objs = objs.filter((y) => selectorMatches(sel, y.metadata.labels));
      objs.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
      for (const o of objs) parts.push(describe(o));
      if (!objs.length && t.length === 1) errs.push(all || !x.r.namespaced ? 'No resources found' : `No resources found in ${ns} namespace.`);
    }
  }
  const out = parts.join('\n\n\n') + (parts.length ? '\n' : '');
  const noneFound = errs.length === 1 && errs[0].startsWith('No resources');
  return { out, err: errs.length ? errs.join('\n') + '\n' : '', code: errs.length && !noneFound ? 1 : 0 };
}

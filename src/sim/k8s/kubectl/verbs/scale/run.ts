/** kubectl scale. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, fail, gr, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import { selectorMatches } from '../../../objects';

export function run(k: Kubectl, p: Parsed): KResult {
  if (p.flags.replicas === undefined) return fail(`error: required flag(s) "replicas" not set`);
  const n = p.flags.replicas as number;
  if (n < 0) return fail(`error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0`);
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  if (!t.length) return fail(`error: resource(s) were provided, but no name was specified`);
  // --all or -l: every object of the type (in the namespace) the selector matches (ResourceTypeOrNameArgs(o.All, ...))
  const sel = k.selector(p);
  if (typeof sel === 'string') return fail(`error: ${sel}`);
  const items: { r: any; name: string }[] = [];
  for (const { r, name } of t) {
    if (name) items.push({ r, name });
    else if (p.flags.all || sel) {
      for (const o of k.c.list(r.kind, r.namespaced ? k.ns(p) : undefined).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1)))
        if (!sel || selectorMatches(sel, o.metadata.labels)) items.push({ r, name: o.metadata.name });
    } else return fail(`error: resource(s) were provided, but no name was specified`);
  }
  if (!items.length) return fail('error: no objects passed to scale');
  let out = '';
  const errs: string[] = [];
  for (const { r, name } of items) {
    const o = k.find(r, k.ns(p), name);
    if (!o) {
      errs.push(k.notFound(r, name));
      continue;
    }
    if (!['Deployment', 'ReplicaSet', 'StatefulSet'].includes(o.kind)) {
      errs.push(`error: no objects passed to scale ${gr(r)} "${name}"`);
      continue;
    }
    if (p.flags['current-replicas'] !== undefined && p.flags['current-replicas'] !== o.spec.replicas) {
      errs.push(`error: Expected replicas to be ${p.flags['current-replicas']}, was ${o.spec.replicas}`);
      continue;
    }
    if (o.spec.replicas !== n) {
      o.spec.replicas = n;
      o.metadata.generation = (o.metadata.generation ?? 1) + 1;
      k.c.touch(o);
    }
    out += `${nameOf(o)} scaled\n`;
  }
  return { out, err: errs.length ? errs.join('\n') + '\n' : '', code: errs.length ? 1 : 0 };
}

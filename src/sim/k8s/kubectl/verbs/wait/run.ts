/**
 * kubectl wait --for=condition=C[=V] | delete | jsonpath='{...}'=V: each object in turn, printed as
 * `TYPE/NAME condition met` once it holds; the timeout (30s by default) ends the wait with an error.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { fail, nameOf, type KResult } from '../../result';
import { jsonpath, toApi } from '../../../format';
import { selectorMatches, type Obj } from '../../../objects';
import type { ResourceInfo } from '../../../resources';
import { durationMs } from '../../duration';

type Check = (o: Obj | undefined, first: Obj) => boolean;

function condition(forText: string): Check {
  if (forText.toLowerCase() === 'delete') return (o, first) => !o || o.metadata.uid !== first.metadata.uid;
  if (forText === 'create') return (o) => !!o;
  if (forText.startsWith('jsonpath=')) {
    const body = forText.slice('jsonpath='.length);
    const close = body.lastIndexOf('}');
    const expr = body.slice(0, close + 1).replace(/^'|'$/g, '');
    const want = body.slice(close + 1).replace(/^=/, '');
    return (o) => {
      if (!o) return false;
      const r = jsonpath(expr, toApi(o));
      return 'out' in r && r.out === want;
    };
  }
  const [, type, value = 'true'] = forText.split('=');
  return (o) => !!o && !o.metadata.deletionTimestamp && (o.status?.conditions ?? []).some((c: any) => String(c.type).toLowerCase() === type.toLowerCase() && String(c.status).toLowerCase() === value.toLowerCase());
}

export function run(k: Kubectl, p: Parsed): KResult {
  const c = k.c;
  const forText = String(p.flags.for);
  const isDelete = forText.toLowerCase() === 'delete';
  const ns = k.ns(p);
  const all = !!p.flags['all-namespaces'];
  const sel = k.selector(p);
  if (typeof sel === 'string') return fail(`error: ${sel}`);
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  const objs: { r: ResourceInfo; o: Obj }[] = [];
  const errs: string[] = [];
  for (const x of t) {
    if (x.name) {
      const o = k.find(x.r, ns, x.name);
      if (o) objs.push({ r: x.r, o });
      else if (!isDelete) errs.push(k.notFound(x.r, x.name));
    } else {
      if (!sel && !p.flags.all) return fail('error: resource(s) were provided, but no name was specified');
      const list = c.list(x.r.kind, x.r.namespaced && !all ? ns : undefined).filter((o) => !sel || selectorMatches(sel, o.metadata.labels));
      for (const o of list.sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) objs.push({ r: x.r, o });
    }
  }
  if (errs.length) return fail(errs.join('\n'));
  if (!objs.length) return isDelete ? { out: '', err: '', code: 0 } : fail('error: no matching resources found');
  const met = condition(forText);
  const current = (x: { r: ResourceInfo; o: Obj }) => c.get(x.o.kind, x.o.metadata.namespace, x.o.metadata.name);
  const deadline = c.t + durationMs(String(p.flags.timeout ?? '30s'));
  let i = 0;
  const step = (): { out: string; err?: string; done?: number } => {
    let out = '';
    while (i < objs.length && met(current(objs[i]), objs[i].o)) out += `${nameOf(objs[i++].o)} condition met\n`;
    if (i >= objs.length) return { out, done: 0 };
    if (c.t >= deadline) return { out, err: `error: timed out waiting for the condition on ${objs[i].r.name}/${objs[i].o.metadata.name}\n`, done: 1 };
    return { out };
  };
  const first = step();
  if (first.done !== undefined) return { out: first.out, err: first.err ?? '', code: first.done };
  return { out: first.out, err: '', code: 0, follow: { poll: step } };
}

/** kubectl label and kubectl annotate: the same command on two maps of the metadata. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import { selectorMatches, type Obj } from '../../../objects';
import { resourcesAndPairs } from '../../pairs';

export function run(k: Kubectl, p: Parsed, key: string): KResult {
  const field = key === 'label' ? 'labels' : 'annotations';
  const verb = key === 'label' ? 'labeled' : 'annotated';
  const rp = resourcesAndPairs(p.args, key === 'label' ? 'label' : 'annotation');
  if ('error' in rp) return fail(`error: ${rp.error}`);
  const { resources: res, pairs: kvs } = rp;
  const t = k.targets(res, p.path);
  if ('code' in t) return t;
  if (!kvs.length && !p.flags.list) return fail(`error: at least one ${key === 'label' ? 'label' : 'annotation'} update is required\n${usage(p.path)}`);
  let objs: Obj[] = [];
  for (const { r, name } of t) {
    if (name) {
      const o = k.find(r, k.ns(p), name);
      if (!o) return fail(k.notFound(r, name));
      objs.push(o);
    } else if (p.flags.all || p.flags.selector) {
      const sel = k.selector(p);
      objs = k.c.list(r.kind, r.namespaced ? k.ns(p) : undefined).filter((o) => !sel || typeof sel === 'string' || selectorMatches(sel, o.metadata.labels));
    } else return fail(`error: resource(s) were provided, but no name was specified`);
  }
  let out = '';
  for (const o of objs) {
    const m: Record<string, string> = { ...(o.metadata as any)[field] };
    // label (not annotate) names each label to remove that the object does not have
    if (key === 'label') for (const kv of kvs) if (kv.endsWith('-') && !kv.includes('=') && !(kv.slice(0, -1) in m)) out += `label "${kv.slice(0, -1)}" not found.\n`;
    let changed = false;
    for (const kv of kvs) {
      if (kv.endsWith('-') && !kv.includes('=')) {
        const k = kv.slice(0, -1);
        if (k in m) {
          delete m[k];
          changed = true;
        }
        continue;
      }
      const [k, ...v] = kv.split('=');
      const val = v.join('=');
      if (k in m && m[k] !== val && !p.flags.overwrite) return fail(`error: '${k}' already has a value (${m[k]}), and --overwrite is false`);
      if (m[k] !== val) changed = true;
      m[k] = val;
    }
    (o.metadata as any)[field] = m;
    if (!Object.keys(m).length) delete (o.metadata as any)[field];
    k.c.touch(o);
    const removing = kvs.every((k) => k.endsWith('-') && !k.includes('='));
    out += `${nameOf(o)} ${changed ? (removing ? 'un' + verb : verb) : 'not ' + verb}\n`;
  }
  return ok(out);
}

/** kubectl patch: strategic, merge and JSON patches. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import { clone } from '../../../objects';

export function run(k: Kubectl, p: Parsed): KResult {
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  if (!t.length || !t[0].name) return fail(`error: resource(s) were provided, but no name was specified`);
  const o = k.find(t[0].r, k.ns(p), t[0].name!);
  if (!o) return fail(k.notFound(t[0].r, t[0].name!));
  const text = p.flags.patch as string | undefined;
  if (!text) return fail('error: must specify --patch or --patch-file containing the contents of the patch');
  let doc: any;
  try {
    doc = JSON.parse(text);
  } catch {
    try {
      doc = k.env.parseYaml?.(text)[0];
    } catch {
      doc = undefined;
    }
    if (doc === undefined) return fail(`error: unable to parse "${text}": yaml: line 1: did not find expected node content`);
  }
  const type = (p.flags.type as string) ?? 'strategic';
  if (!['strategic', 'merge', 'json'].includes(type)) return fail(`error: --type must be one of [json merge strategic], not "${type}"`);
  const before = JSON.stringify(o);
  const tplBefore = JSON.stringify(o.spec?.template);
  if (type === 'json') {
    if (!Array.isArray(doc)) return fail(`error: unable to parse "${text}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`);
    for (const op of doc) {
      const parts = String(op.path ?? '').split('/').slice(1).map((x: string) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
      let cur: any = o;
      for (const k of parts.slice(0, -1)) {
        cur = Array.isArray(cur) ? cur[Number(k)] : cur?.[k];
        if (cur === undefined) return fail(`The request is invalid: the server rejected our request due to an error in our request`);
      }
      const last = parts[parts.length - 1];
      if (op.op === 'add' || op.op === 'replace') {
        if (Array.isArray(cur)) {
          if (last === '-') cur.push(clone(op.value));
          else if (op.op === 'add') cur.splice(Number(last), 0, clone(op.value));
          else cur[Number(last)] = clone(op.value);
        } else cur[last] = clone(op.value);
      } else if (op.op === 'remove') {
        if (Array.isArray(cur)) cur.splice(Number(last), 1);
        else delete cur[last];
      }
    }
  } else {
    const merge = (dst: any, src: any): any => {
      if (src === null) return undefined;
      if (Array.isArray(src)) {
        if (type === 'strategic' && Array.isArray(dst) && src.every((x) => x && typeof x === 'object' && 'name' in x))
          return [...dst.map((d: any) => { const m = src.find((x: any) => x.name === d.name); return m ? merge(d, m) : d; }), ...src.filter((x: any) => !dst.some((d: any) => d.name === x.name)).map(clone)];
        return clone(src);
      }
      if (src && typeof src === 'object') {
        const out: any = dst && typeof dst === 'object' && !Array.isArray(dst) ? dst : {};
        for (const k of Object.keys(src)) {
          const v = merge(out[k], src[k]);
          if (v === undefined) delete out[k];
          else out[k] = v;
        }
        return out;
      }
      return src;
    };
    merge(o, doc);
  }
  const q = nameOf(o);
  if (JSON.stringify(o) === before) return ok(`${q} patched (no change)\n`);
  if (o.spec?.template && JSON.stringify(o.spec.template) !== tplBefore) k.c.resetProgress(o);
  if (['Deployment', 'ReplicaSet', 'DaemonSet'].includes(o.kind)) o.metadata.generation = (o.metadata.generation ?? 1) + 1;
  k.c.touch(o);
  return ok(`${q} patched\n`);
}

/** kubectl set image. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage, nameOf } from '../../result';
import type { Parsed } from '../../cli';

export function setImage(k: Kubectl, p: Parsed): KResult {
  const pairs = p.args.filter((a) => a.includes('='));
  const res = p.args.filter((a) => !a.includes('='));
  if (!pairs.length) return fail(`error: at least one image update is required\n${usage(p.path)}`);
  const t = k.targets(res, p.path);
  if ('code' in t) return t;
  if (!t.length) return fail(`error: one or more resources must be specified as <resource> <name> or <resource>/<name>\n${usage(p.path)}`);
  let out = '';
  for (const { r, name } of t) {
    const o = k.find(r, k.ns(p), name!);
    if (!o) return fail(k.notFound(r, name!));
    const spec = o.kind === 'Pod' ? o.spec : o.spec.template.spec;
    for (const pair of pairs) {
      const [cn, img] = pair.split('=');
      const targets = cn === '*' ? spec.containers : spec.containers.filter((c: any) => c.name === cn);
      if (!targets.length) return fail(`error: unable to find container named "${cn}"`);
      for (const c of targets) c.image = img;
    }
    if (o.kind === 'Deployment' || o.kind === 'DaemonSet') {
      o.metadata.generation = (o.metadata.generation ?? 1) + 1;
      k.c.resetProgress(o);
    }
    if (o.kind === 'Pod') k.c.touch(o);
    k.c.touch(o);
    out += `${nameOf(o)} image updated\n`;
  }
  return ok(out);
}

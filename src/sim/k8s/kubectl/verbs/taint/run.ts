/** kubectl taint. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, fail } from '../../result';
import type { Parsed } from '../../cli';

export function run(k: Kubectl, p: Parsed): KResult {
  let args = [...p.args];
  if (['node', 'nodes', 'no'].includes(args[0])) args = args.slice(1);
  const names = args.filter((a) => !a.includes(':') && !a.includes('=') && !a.endsWith('-'));
  const specs = args.filter((a) => !names.includes(a));
  // a plain error of Complete: no usage line (taint.go)
  if (!specs.length) return fail(`error: at least one taint update is required`);
  let out = '';
  const errs: string[] = [];
  const notFound: string[] = [];
  for (const nm of names.length ? names : k.c.list('Node').map((n) => n.metadata.name)) {
    const o = k.c.nodeObj(nm.replace(/^nodes?\//, ''));
    if (!o) return fail(`Error from server (NotFound): nodes "${nm}" not found`);
    let taints: any[] = [...(o.spec.taints ?? [])];
    let removed = false;
    for (const s0 of specs) {
      const del = s0.endsWith('-');
      const s = del ? s0.slice(0, -1) : s0;
      const m = /^([^=:]+)(?:=([^:]*))?(?::(NoSchedule|PreferNoSchedule|NoExecute))?$/.exec(s);
      if (!m || (!m[3] && !del)) return fail(`error: invalid taint spec: ${s0}, unknown taint effect: ""`);
      if (del) {
        const before = taints.length;
        taints = taints.filter((t) => !(t.key === m[1] && (!m[3] || t.effect === m[3])));
        if (before === taints.length) {
          notFound.push(`error: taint ${JSON.stringify(m[1] + (m[3] ? ':' + m[3] : ''))} not found`);
          continue;
        }
        removed = true;
      } else {
        if (taints.some((t) => t.key === m[1] && t.effect === m[3]) && !p.flags.overwrite) return fail(`error: node ${nm} already has ${m[1]} taint(s) with same effect(s) and --overwrite is false`);
        taints = taints.filter((t) => !(t.key === m[1] && t.effect === m[3]));
        taints.push({ key: m[1], ...(m[2] ? { value: m[2] } : {}), effect: m[3], ...(m[3] === 'NoExecute' ? { timeAdded: k.c.t } : {}) });
      }
    }
    if (notFound.length && !removed && specs.every((x) => x.endsWith('-'))) {
      errs.push(...notFound);
      notFound.length = 0;
      continue;
    }
    notFound.length = 0;
    o.spec.taints = taints.length ? taints : undefined;
    if (!taints.length) delete o.spec.taints;
    k.c.touch(o);
    out += `node/${o.metadata.name} ${removed ? 'untainted' : 'tainted'}\n`;
  }
  return { out, err: errs.length ? errs.join('\n') + '\n' : '', code: errs.length ? 1 : 0 };
}

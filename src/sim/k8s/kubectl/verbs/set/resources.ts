/** kubectl set resources: --limits and --requests on a workload's containers, as set_resources.go does it. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, fail, nameOf } from '../../result';
import type { Parsed } from '../../cli';
import { podSpecOf, selectContainers, templateChanged } from './env';
import { canonicalQuantity } from '../../../quantity';

const QUANTITY = /^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$/;

function resourceList(spec: string | undefined): Record<string, string> | string {
  const out: Record<string, string> = {};
  if (!spec) return out;
  for (const pair of spec.split(',')) {
    const eq = pair.indexOf('=');
    if (eq < 0) return `error: invalid argument syntax ${pair}`;
    const v = pair.slice(eq + 1);
    if (!QUANTITY.test(v)) return "error: quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
    // resource.ParseQuantity: the value as the typed ResourceList holds it
    out[pair.slice(0, eq)] = String(canonicalQuantity(v));
  }
  return out;
}

export function setResources(k: Kubectl, p: Parsed): KResult {
  const limits = resourceList(p.flags.limits as string | undefined);
  const requests = resourceList(p.flags.requests as string | undefined);
  if (typeof limits === 'string') return fail(limits);
  if (typeof requests === 'string') return fail(requests);
  if (!Object.keys(limits).length && !Object.keys(requests).length) return fail('error: you must specify an update to requests or limits (in the form of --requests/--limits)');
  const t = k.targets(p.args, p.path);
  if ('code' in t) return t;
  const sel = (p.flags.containers as string | undefined) ?? '*';
  let out = '';
  for (const { r, name } of t) {
    const o = k.find(r, k.ns(p), name!);
    if (!o) return fail(k.notFound(r, name!));
    const spec = podSpecOf(o);
    const cts = selectContainers(spec, sel).filter((c: any) => (spec.containers ?? []).includes(c));
    if (!cts.length) return { out, err: `error: unable to find container named ${sel}\n`, code: 1 };
    const before = JSON.stringify(spec);
    for (const c of cts) {
      c.resources ??= {};
      if (Object.keys(limits).length) c.resources.limits = { ...(c.resources.limits ?? {}), ...limits };
      if (Object.keys(requests).length) c.resources.requests = { ...(c.resources.requests ?? {}), ...requests };
    }
    if (JSON.stringify(spec) === before) continue;
    templateChanged(k, o);
    out += `${nameOf(o)} resource requirements updated\n`;
  }
  return { out, err: '', code: 0 };
}

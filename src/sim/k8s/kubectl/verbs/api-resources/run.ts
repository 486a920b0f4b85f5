/** kubectl api-resources, as kubectl 1.28's apiresources.go filters, sorts and prints discovery. */
import type { Kubectl } from '../../client';
import { fail, type KResult, ok, usage } from '../../result';
import type { Parsed } from '../../cli';
import { renderRows } from '../../../format';
import { preferredVersionOf, RESOURCES } from '../../../resources';
import { minorOf } from '../../cli';

/** a StringSlice flag's values (repeated or comma-separated) */
const slice = (v: unknown): string[] => (v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => String(x).split(',')));

export function run(k: Kubectl, p: Parsed): KResult {
  if (p.args.length) return fail(`error: unexpected arguments: [${p.args.join(' ')}]\n${usage(['api-resources'])}`);
  const output = (p.flags.output as string | undefined) ?? '';
  if (!['', 'wide', 'name'].includes(output)) return fail(`error: --output ${output} is not available`);
  const sortBy = (p.flags['sort-by'] as string | undefined) ?? '';
  if (!['', 'name', 'kind'].includes(sortBy)) return fail('error: --sort-by accepts only name or kind');
  const verbs = slice(p.flags.verbs);
  const categories = slice(p.flags.categories);
  // metrics.k8s.io is served once metrics-server's APIService is available
  let rs = RESOURCES.filter((r) => r.group !== 'metrics.k8s.io' || k.metricsReady());
  if (p.flags.namespaced !== undefined) rs = rs.filter((r) => r.namespaced === p.flags.namespaced);
  if (p.flags['api-group'] !== undefined) rs = rs.filter((r) => r.group === p.flags['api-group']);
  rs = rs.filter((r) => verbs.every((v) => r.verbs.includes(v)) && categories.every((c) => r.categories.includes(c)));
  // sort.Stable by the group (or the field asked for), then the name
  const key = (r: (typeof rs)[number]) => (sortBy === 'name' ? r.name : sortBy === 'kind' ? r.kind : r.group);
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  rs = [...rs].sort((a, b) => cmp(key(a), key(b)) || cmp(a.name, b.name));
  if (output === 'name') return ok(rs.map((r) => (r.group ? `${r.name}.${r.group}` : r.name)).join('\n') + (rs.length ? '\n' : ''));
  const wide = output === 'wide';
  const head = ['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND', ...(wide ? ['VERBS', 'CATEGORIES'] : [])];
  const rows = rs.map((r) => [r.name, r.short.join(','), preferredVersionOf(r, minorOf(k.c.version)), String(r.namespaced), r.kind, ...(wide ? [r.verbs.join(','), r.categories.join(',')] : [])]);
  if (!p.flags['no-headers']) rows.unshift(head);
  return ok(rows.length ? renderRows(rows) + '\n' : '');
}

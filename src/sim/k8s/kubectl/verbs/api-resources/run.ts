/** kubectl api-resources. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok } from '../../result';
import type { Parsed } from '../../cli';
import { renderRows } from '../../../format';
import { preferredVersionOf, RESOURCES } from '../../../resources';
import { minorOf } from '../../cli';

export function run(k: Kubectl, p: Parsed): KResult {
  // metrics.k8s.io is served once metrics-server's APIService is available
  let rs = RESOURCES.filter((r) => r.group !== 'metrics.k8s.io' || k.metricsReady());
  if (p.flags.namespaced !== undefined) rs = rs.filter((r) => r.namespaced === p.flags.namespaced);
  if (p.flags['api-group'] !== undefined) rs = rs.filter((r) => r.group === p.flags['api-group']);
  if (p.flags.output === 'name') return ok(rs.map((r) => (r.group ? `${r.name}.${r.group}` : r.name)).join('\n') + '\n');
  const rows = [['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], ...rs.map((r) => [r.name, r.short.join(','), preferredVersionOf(r, minorOf(k.c.version)), String(r.namespaced), r.kind])];
  if (p.flags['no-headers']) rows.shift();
  return ok(renderRows(rows) + '\n');
}

/** kubectl api-versions. */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { ok, type KResult } from '../../result';
import { apiVersionOf, RESOURCES } from '../../../resources';

export function run(k: Kubectl, p: Parsed): KResult {
  void p;
  const rs = RESOURCES.filter((r) => r.group !== 'metrics.k8s.io' || k.metricsReady());
  return ok([...new Set(rs.map(apiVersionOf))].sort().join('\n') + '\n');
}

/** kubectl api-versions. */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { ok, type KResult } from '../../result';
import { RESOURCES, servedVersions } from '../../../resources';
import { minorOf } from '../../cli';

export function run(k: Kubectl, p: Parsed): KResult {
  void p;
  const rs = RESOURCES.filter((r) => r.group !== 'metrics.k8s.io' || k.metricsReady());
  return ok(servedVersions(rs, minorOf(k.c.version)).join('\n') + '\n');
}

/** kubectl api-versions. */
import type { Kubectl } from '../../client';
import type { Parsed } from '../../cli';
import { ok, type KResult } from '../../result';
import { apiVersionOf, RESOURCES } from '../../../resources';

export function run(k: Kubectl, p: Parsed): KResult {
  void k;
  void p;
  return ok([...new Set(RESOURCES.map(apiVersionOf))].sort().join('\n') + '\n');
}

/** kubectl explain: the 1.28 schemas of the kinds the world has, in the client's plaintext layout. */
import type { Kubectl } from '../../client';
import type { KResult } from '../../result';
import type { Parsed } from '../../cli';
import { verbModules } from '../../cli';
import { RESOURCES } from '../../../resources';
import { explain } from './explain';

export function run(_k: Kubectl, p: Parsed): KResult {
  const data = verbModules.explain;
  if (!data) throw new Error('kubectl explain: schemas not loaded');
  return explain(p.args, { apiVersion: (p.flags['api-version'] as string) || undefined, recursive: p.flags.recursive === true || p.flags.recursive === 'true', output: (p.flags.output as string) || undefined }, RESOURCES, data.DOC, data.GROUP_VERSIONS);
}

/** kubectl explain: the 1.28 schemas of the kinds the cluster serves, in the client's plaintext layout.
 *  The schemas and the renderer load with the verb (verbModules.explain), not with the page. */
import type { Kubectl } from '../../client';
import type { KResult } from '../../result';
import type { Parsed } from '../../cli';
import { verbModules } from '../../cli';
import { RESOURCES } from '../../../resources';

export function run(_k: Kubectl, p: Parsed): KResult {
  const m = verbModules.explain;
  if (!m) throw new Error('kubectl explain: schemas not loaded');
  return m.explain(p.args, { apiVersion: (p.flags['api-version'] as string) || undefined, recursive: p.flags.recursive === true || p.flags.recursive === 'true', output: (p.flags.output as string) || undefined }, RESOURCES, (gv) => (m.GROUP_VERSIONS.includes(gv) ? m.DOC : undefined));
}

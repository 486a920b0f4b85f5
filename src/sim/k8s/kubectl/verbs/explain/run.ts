/** kubectl explain: the 1.28 schemas of the kinds the cluster serves, in the client's plaintext layout.
 *  The renderer loads with the verb (verbModules.explain), not with the page; the schemas of a group-version load
 *  when explain first reads them (explainLoad, called before run). */
import type { Kubectl } from '../../client';
import type { KResult } from '../../result';
import type { Parsed } from '../../cli';
import { verbModules } from '../../cli';
import { RESOURCES } from '../../../resources';

const options = (p: Parsed) => ({ apiVersion: (p.flags['api-version'] as string) || undefined, recursive: p.flags.recursive === true || p.flags.recursive === 'true', output: (p.flags.output as string) || undefined });

/** what must load before `run` can answer: the document of the group-version it will read, if not there yet */
export function explainLoad(_k: Kubectl, p: Parsed): (() => Promise<void>) | undefined {
  const m = verbModules.explain;
  const gv = m?.explainGroupVersion(p.args, options(p), RESOURCES);
  return m && gv && !m.docLoaded(gv) ? () => m.loadDoc(gv) : undefined;
}

export function run(_k: Kubectl, p: Parsed): KResult {
  const m = verbModules.explain;
  if (!m) throw new Error('kubectl explain: not loaded');
  return m.explain(p.args, options(p), RESOURCES, m.docOf);
}

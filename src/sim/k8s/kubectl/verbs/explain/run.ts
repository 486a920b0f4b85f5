/** kubectl explain: the schemas the API server publishes for the kinds it serves, in the client's plaintext layout:
 *  Kubernetes 1.28's built-in kinds, and the kinds of the CustomResourceDefinitions applied (Calico's).
 *  The renderer loads with the verb (verbModules.explain), not with the page; the schemas of a group-version load
 *  when explain first reads them (explainLoad, called before run). */
import type { Kubectl } from '../../client';
import type { KResult } from '../../result';
import type { Parsed } from '../../cli';
import { verbModules } from '../../cli';
import { RESOURCES } from '../../../resources';

const options = (p: Parsed) => ({ apiVersion: (p.flags['api-version'] as string) || undefined, recursive: p.flags.recursive === true || p.flags.recursive === 'true', output: (p.flags.output as string) || undefined });

type Module = NonNullable<typeof verbModules.explain>;

/** what discovery lists: the built-in resources, then those of the CRDs the cluster has; and the documents */
function served(k: Kubectl, m: Module) {
  const crds = k.c.list('CustomResourceDefinition');
  const resources = [...RESOURCES, ...m.crdResources(crds)];
  const docFor = (gv: string) => (m.GROUP_VERSIONS.includes(gv) ? m.docOf(gv) : m.crdGroupDocument(crds, gv, m.metaSchemas));
  return { resources, docFor };
}

/** what must load before `run` can answer: the document of the group-version it will read, if not there yet */
export function explainLoad(k: Kubectl, p: Parsed): (() => Promise<void>) | undefined {
  const m = verbModules.explain;
  if (!m || !k.env.cluster) return undefined;
  const { resources } = served(k, m);
  const gv = m.explainGroupVersion(p.args, options(p), resources);
  return gv && !m.docLoaded(gv) ? () => m.loadDoc(gv) : undefined;
}

export function run(k: Kubectl, p: Parsed): KResult {
  const m = verbModules.explain;
  if (!m) throw new Error('kubectl explain: not loaded');
  const { resources, docFor } = served(k, m);
  return m.explain(p.args, options(p), resources, docFor);
}

/** kubectl explain: the schemas the API server publishes for the kinds it serves, in the client's plaintext layout:
 *  the built-in kinds of the server's version (1.28, or 1.29 once the control plane is upgraded), metrics-server's
 *  metrics.k8s.io while it answers, and the kinds of the CustomResourceDefinitions applied (Calico's). The renderer loads with the verb (verbModules.explain), not with
 *  the page; the schemas of a group-version load when explain first reads them (explainLoad, called before run). */
import type { Kubectl } from '../../client';
import type { KResult } from '../../result';
import type { Parsed } from '../../cli';
import { verbModules } from '../../cli';
import { RESOURCES } from '../../../resources';

const options = (p: Parsed) => ({ apiVersion: (p.flags['api-version'] as string) || undefined, recursive: p.flags.recursive === true || p.flags.recursive === 'true', output: (p.flags.output as string) || undefined });

type Module = NonNullable<typeof verbModules.explain>;

/** what discovery lists: the built-in resources at the server's preferred versions, metrics.k8s.io's while
 *  metrics-server answers, then those of the CRDs the cluster has; and the documents the server publishes */
function served(k: Kubectl, m: Module) {
  const minor = Number(k.c.version.split('.')[1]) || 28;
  const preferred = m.preferredVersions(minor);
  const metrics = k.metricsReady();
  const crds = k.c.list('CustomResourceDefinition');
  const builtIn = RESOURCES.filter((r) => r.group !== 'metrics.k8s.io' || metrics).map((r) =>
    // metrics-server lists no singular names: the client guesses them from the kinds (podmetrics, nodemetrics)
    r.group === 'metrics.k8s.io' ? { ...r, singular: r.kind.toLowerCase() } : preferred[r.group] ? { ...r, version: preferred[r.group] } : r,
  );
  const resources = [...builtIn, ...m.crdResources(crds)];
  const gvs = [...m.groupVersions(minor), ...(metrics ? m.AGGREGATED : [])];
  const docFor = (gv: string, v2?: boolean) => (gvs.includes(gv) ? m.docOf(minor, gv) : m.crdGroupDocument(crds, gv, m.metaSchemas, v2));
  return { minor, resources, docFor };
}

/** what must load before `run` can answer: the document of the group-version it will read, if not there yet */
export function explainLoad(k: Kubectl, p: Parsed): (() => Promise<void>) | undefined {
  const m = verbModules.explain;
  if (!m || !k.env.cluster) return undefined;
  const { minor, resources } = served(k, m);
  const gv = m.explainGroupVersion(p.args, options(p), resources);
  return gv && !m.docLoaded(minor, gv) ? () => m.loadDoc(minor, gv) : undefined;
}

export function run(k: Kubectl, p: Parsed): KResult {
  const m = verbModules.explain;
  if (!m) throw new Error('kubectl explain: not loaded');
  const { resources, docFor } = served(k, m);
  return m.explain(p.args, options(p), resources, docFor);
}

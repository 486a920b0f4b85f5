/**
 * kubectl top node|pod (k8s.io/kubectl pkg/cmd/top, v0.28.15), once metrics-server answers: NAME or a label selector,
 * --sort-by, --no-headers, --containers, --sum, --show-capacity; the Metrics API's errors as metrics-server words them
 * (pkg/api/node.go, pod.go). What metrics-server would report comes from the cluster's usage model; printing is print.ts.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { selectorMatches, type Obj } from '../../../objects';
import { printNodeMetrics, printPodMetrics, type NodeUsage } from './print';
import { quantity } from '../../../quantity';
import { measured as isMeasured, nodeUsage, podUsage } from './metrics';

export function run(k: Kubectl, p: Parsed, nodes: boolean): KResult {
  const verb = nodes ? 'node' : 'pod';
  if (p.args.length > 1) return fail(`error: ${verb} [NAME | -l label]\n${usage(['top', verb])}`);
  const by = (p.flags['sort-by'] as string | undefined) ?? '';
  if (by && by !== 'cpu' && by !== 'memory') return fail('error: --sort-by accepts only cpu or memory');
  const name = p.args[0];
  const selText = p.flags.selector as string | undefined;
  if (name && (selText || (!nodes && p.flags['field-selector']))) return fail(`error: only one of NAME or ${nodes ? '--selector' : 'selector'} can be provided`);
  const sel = k.selector(p);
  if (typeof sel === 'string') return fail(`error: ${sel}`);
  if (!k.metricsReady()) return fail('error: Metrics API not available');
  const c = k.c;
  const noHeaders = !!p.flags['no-headers'];
  if (nodes) {
    let list = c.list('Node').filter((n) => !sel || selectorMatches(sel, n.metadata.labels));
    if (name) {
      const n = c.get('Node', undefined, name);
      if (!n) return fail(`Error from server (NotFound): nodes "${name}" not found`);
      if (!c.alive(c.nodes.get(name)!)) return fail(`Error from server (NotFound): nodemetrics.metrics.k8s.io "${name}" not found`);
      list = [n];
    }
    const metrics: NodeUsage[] = [];
    const available = new Map<string, { cpu: number; mem: number }>();
    for (const n of list) {
      const res = p.flags['show-capacity'] ? n.status?.capacity : n.status?.allocatable;
      available.set(n.metadata.name, { cpu: quantity(res?.cpu), mem: quantity(res?.memory) });
      const u = nodeUsage(c, n.metadata.name);
      if (u) metrics.push({ name: n.metadata.name, usage: u });
    }
    if (!metrics.length) return fail('error: metrics not available yet');
    return ok(printNodeMetrics(metrics, available, noHeaders, by));
  }
  const all = !!p.flags['all-namespaces'];
  const ns = k.ns(p);
  const measured = (x: Obj) => isMeasured(c, x);
  let pods: Obj[];
  if (name) {
    const x = c.get('Pod', ns, name);
    if (!x) return fail(`Error from server (NotFound): pods "${ns}/${name}" not found`);
    if (!measured(x)) return fail(`Error from server (NotFound): podmetrics.metrics.k8s.io "${ns}/${name}" not found`);
    pods = [x];
  } else pods = c.list('Pod', all ? undefined : ns).filter((x) => measured(x) && (!sel || selectorMatches(sel, x.metadata.labels)));
  if (!pods.length) {
    // verifyEmptyMetrics: pods that exist but have no metrics yet; it lists the namespace even with -A
    const waiting = c.list('Pod', ns).filter((x) => !sel || selectorMatches(sel, x.metadata.labels)).sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1));
    if (waiting.length) {
      const old = waiting.find((x) => c.t - Number(x.metadata.creationTimestamp) > 120_000);
      return fail(old ? `error: Metrics not available for pod ${ns}/${old.metadata.name}, age: ${goDuration(c.t - Number(old.metadata.creationTimestamp))}` : 'error: metrics not available yet');
    }
    return { out: '', err: all ? 'No resources found\n' : `No resources found in ${ns} namespace.\n`, code: 0 };
  }
  return ok(printPodMetrics(pods.map((x) => podUsage(c, x)), !!p.flags.containers, all, noHeaders, by, !!p.flags.sum));
}

/** Go's time.Duration String (the simulator's clock counts milliseconds) */
function goDuration(ms: number): string {
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor((ms % 3_600_000) / 60_000);
  const s = ((ms % 60_000) / 1000).toFixed(3).replace(/\.?0+$/, '');
  return h ? `${h}h${m}m${s}s` : m ? `${m}m${s}s` : `${s}s`;
}

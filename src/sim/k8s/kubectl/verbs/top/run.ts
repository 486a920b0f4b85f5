/** kubectl top node|pod, once metrics-server answers. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Kubectl } from '../../client';
import { type KResult, ok, fail, usage } from '../../result';
import type { Parsed } from '../../cli';
import { renderRows } from '../../../format';

export function run(k: Kubectl, p: Parsed, nodes: boolean): KResult {
  if (!k.metricsReady()) return fail('error: Metrics API not available');
  const c = k.c;
  if (nodes) {
    const rows = [['NAME', 'CPU(cores)', 'CPU%', 'MEMORY(bytes)', 'MEMORY%']];
    for (const n of c.list('Node').sort((a, b) => (a.metadata.name < b.metadata.name ? -1 : 1))) {
      const sim = c.nodes.get(n.metadata.name)!;
      if (!c.alive(sim)) {
        rows.push([n.metadata.name, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
        continue;
      }
      const pods = c.podsOn(n.metadata.name).filter((x) => x.status.phase === 'Running');
      const cpu = (sim.controlPlane ? 90 : 25) + pods.reduce((a, x) => a + c.usage(x).cpu, 0);
      const mem = (sim.controlPlane ? 820 : 380) + pods.reduce((a, x) => a + c.usage(x).mem, 0);
      rows.push([n.metadata.name, `${cpu}m`, `${Math.round((cpu / (sim.cpus * 1000)) * 100)}%`, `${mem}Mi`, `${Math.round(((mem * 1024) / (sim.memKi - 102400)) * 100)}%`]);
    }
    return ok(renderRows(rows) + '\n');
  }
  const all = !!p.flags['all-namespaces'];
  const ns = k.ns(p);
  const pods = c.list('Pod', all ? undefined : ns).filter((x) => x.status.phase === 'Running' && c.podStage(x) === 'running');
  if (!pods.length) return fail(`No resources found in ${ns} namespace.`, 0);
  pods.sort((a, b) => (a.metadata.namespace! + a.metadata.name < b.metadata.namespace! + b.metadata.name ? -1 : 1));
  const rows = [[...(all ? ['NAMESPACE'] : []), 'NAME', 'CPU(cores)', 'MEMORY(bytes)']];
  for (const x of pods) rows.push([...(all ? [x.metadata.namespace!] : []), x.metadata.name, `${c.usage(x).cpu}m`, `${c.usage(x).mem}Mi`]);
  return ok(renderRows(rows) + '\n');
}

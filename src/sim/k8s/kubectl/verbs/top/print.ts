/**
 * kubectl top's printer (k8s.io/kubectl pkg/metricsutil metrics_printer.go and metrics_sorter.go, v0.28.15): every
 * cell ends with a tab, so cli-runtime's tabwriter pads the last column too; CPU is the quantity's MilliValue
 * (rounded up) in `m`, memory whole Mi; percentages of the node's allocatable (or capacity) cut to an integer;
 * --sort-by cpu|memory sorts from the largest, else by namespace and name; --sum adds a rule and the totals.
 */
import { quantity } from '../../../quantity';
import { tabwrite } from '../../../format';

/** A usage: CPU in nanocores, memory in bytes (metrics-server reports `123456n` and `1234Ki`). */
export interface Usage {
  cpuN: number;
  memB: number;
}
export interface NodeUsage {
  name: string;
  usage: Usage;
}
export interface PodUsage {
  namespace: string;
  name: string;
  containers: { name: string; usage: Usage }[];
}

export const usageOf = (u: { cpu?: string; memory?: string } | undefined): Usage => ({ cpuN: Math.round(quantity(u?.cpu) * 1e9), memB: Math.round(quantity(u?.memory)) });

/** resource.Quantity MilliValue: rounded up */
const milliCpu = (u: Usage) => Math.ceil(u.cpuN / 1e6);
const cells = (u: Usage) => [`${milliCpu(u)}m`, `${Math.floor(u.memB / 1048576)}Mi`];
const table = (rows: string[][]) => tabwrite(rows.map((r) => r.map((c) => c + '\t').join('')).join('\n'), 3, 6) + '\n';

/** sort.Sort by the sorter's Less; the lists here are small enough for Go's insertion sort, which keeps ties in order */
function sortBy<T>(xs: T[], by: string, u: (x: T) => Usage, name: (x: T) => string[]): T[] {
  const key = (x: T) => (by === 'cpu' ? milliCpu(u(x)) : u(x).memB);
  return [...xs].sort((a, b) => {
    if (by === 'cpu' || by === 'memory') return key(b) - key(a);
    const [x, y] = [name(a), name(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
    return 0;
  });
}

/** PrintNodeMetrics: `available` holds each listed node's allocatable (or capacity) CPU in cores and memory in bytes. */
export function printNodeMetrics(metrics: NodeUsage[], available: Map<string, { cpu: number; mem: number }>, noHeaders: boolean, by: string): string {
  if (!metrics.length) return '';
  const rows: string[][] = noHeaders ? [] : [['NAME', 'CPU(cores)', 'CPU%', 'MEMORY(bytes)', 'MEMORY%']];
  const left = new Map(available);
  for (const m of sortBy(metrics, by, (x) => x.usage, (x) => [x.name])) {
    const a = left.get(m.name);
    const [cpu, mem] = cells(m.usage);
    if (a) rows.push([m.name, cpu, `${Math.trunc((milliCpu(m.usage) / (a.cpu * 1000)) * 100)}%`, mem, `${Math.trunc(((m.usage.memB * 1000) / (a.mem * 1000)) * 100)}%`]);
    else rows.push([m.name, cpu, mem]);
    left.delete(m.name);
  }
  for (const n of left.keys()) rows.push([n, '<unknown>', '<unknown>', '<unknown>', '<unknown>']);
  return table(rows);
}

const podTotal = (p: PodUsage): Usage => p.containers.reduce((t, c) => ({ cpuN: t.cpuN + c.usage.cpuN, memB: t.memB + c.usage.memB }), { cpuN: 0, memB: 0 });

/** PrintPodMetrics */
export function printPodMetrics(metrics: PodUsage[], containers: boolean, withNamespace: boolean, noHeaders: boolean, by: string, sum: boolean): string {
  if (!metrics.length) return '';
  const rows: string[][] = [];
  let width = 3;
  if (!noHeaders) {
    const head: string[] = [];
    if (withNamespace) {
      head.push('NAMESPACE');
      width++;
    }
    if (containers) {
      head.push('POD');
      width++;
    }
    rows.push([...head, 'NAME', 'CPU(cores)', 'MEMORY(bytes)']);
  }
  const sorted = sortBy(metrics, by, podTotal, (p) => (withNamespace ? [p.namespace, p.name] : [p.name]));
  for (const p of sorted) {
    const ns = withNamespace ? [p.namespace] : [];
    if (containers) for (const c of sortBy(p.containers, by, (x) => x.usage, (x) => [x.name])) rows.push([...ns, p.name, c.name, ...cells(c.usage)]);
    else rows.push([...ns, p.name, ...cells(podTotal(p))]);
  }
  if (sum) {
    const total = metrics.reduce((t, p) => {
      const u = podTotal(p);
      return { cpuN: t.cpuN + u.cpuN, memB: t.memB + u.memB };
    }, { cpuN: 0, memB: 0 });
    rows.push([...Array(width - 2).fill(''), '________', '________']);
    rows.push([...Array(width - 3).fill(''), '', ...cells(total)]);
  }
  return table(rows);
}

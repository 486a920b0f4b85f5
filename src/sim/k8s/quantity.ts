/** Resource quantities and the scheduler's pod arithmetic: CPU, memory, int-or-percent, tolerations. */
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Obj } from './objects';

export function intOrPercent(v: any, total: number, roundUp: boolean): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.endsWith('%')) {
    const x = (Number(v.slice(0, -1)) * total) / 100;
    return roundUp ? Math.ceil(x) : Math.floor(x);
  }
  return Number(v) || 0;
}

const SUFFIX: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18, Ki: 1024, Mi: 1024 ** 2, Gi: 1024 ** 3, Ti: 1024 ** 4, Pi: 1024 ** 5, Ei: 1024 ** 6 };
/** A resource quantity's value in base units (cores, bytes, objects); 0 for what does not parse. */
export function quantity(q: string | number | undefined): number {
  if (q === undefined || q === null) return 0;
  const m = /^([+-]?\d+(?:\.\d+)?)(n|u|m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei)?$/.exec(String(q).trim());
  return m ? Number(m[1]) * SUFFIX[m[2] ?? ''] : 0;
}

const BIN: [string, number][] = [['Ei', 1024 ** 6], ['Pi', 1024 ** 5], ['Ti', 1024 ** 4], ['Gi', 1024 ** 3], ['Mi', 1024 ** 2], ['Ki', 1024]];
const DEC: [string, number][] = [['E', 1e18], ['P', 1e15], ['T', 1e12], ['G', 1e9], ['M', 1e6], ['k', 1e3]];

/**
 * resource.Quantity's String() of a value in the format of `like`: binary suffixes if it has one, else decimal;
 * `milli` values (cpu) are in thousandths and print as "500m" unless whole.
 */
export function formatQuantityLike(value: number, like: string, milli: boolean): string {
  if (value === 0) return '0';
  if (milli) {
    if (value % 1000) return `${value}m`;
    value /= 1000;
  }
  const table = /[KMGTPE]i$/.test(String(like)) ? BIN : DEC;
  for (const [u, f] of table) if (value % f === 0) return `${value / f}${u}`;
  return String(value);
}

/** CPU quantity ("250m", "1") in millicores; memory ("128Mi", "1Gi") in Ki. */
export function cpuMilli(q: string | undefined): number {
  if (!q) return 0;
  return q.endsWith('m') ? Number(q.slice(0, -1)) : Math.round(Number(q) * 1000);
}
export function memKi(q: string | undefined): number {
  if (!q) return 0;
  const m = /^(\d+(?:\.\d+)?)(Ki|Mi|Gi|K|M|G)?$/.exec(q);
  if (!m) return 0;
  const f: Record<string, number> = { Ki: 1, Mi: 1024, Gi: 1048576, K: 1000 / 1024, M: 1e6 / 1024, G: 1e9 / 1024, '': 1 / 1024 };
  return Math.round(Number(m[1]) * f[m[2] ?? '']);
}

export function podRequests(pod: Obj): { cpu: number; mem: number } {
  let cpu = 0;
  let mem = 0;
  for (const c of pod.spec.containers ?? []) {
    cpu += cpuMilli(c.resources?.requests?.cpu);
    mem += memKi(c.resources?.requests?.memory);
  }
  return { cpu, mem };
}

export function tolerates(pod: Obj, taint: { key: string; value?: string; effect: string }): boolean {
  for (const t of pod.spec?.tolerations ?? []) {
    if (t.effect && t.effect !== taint.effect) continue;
    if (t.operator === 'Exists' && (!t.key || t.key === taint.key)) return true;
    if (t.key === taint.key && (t.value ?? '') === (taint.value ?? '')) return true;
  }
  return false;
}

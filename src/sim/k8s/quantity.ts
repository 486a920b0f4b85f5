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

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

const DEC_EXP: Record<string, number> = { n: -9, u: -6, m: -3, '': 0, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 };
const BIN_EXP: Record<string, number> = { Ki: 1, Mi: 2, Gi: 3, Ti: 4, Pi: 5, Ei: 6 };
const DEC_SUFFIX: Record<number, string> = { [-9]: 'n', [-6]: 'u', [-3]: 'm', 0: '', 3: 'k', 6: 'M', 9: 'G', 12: 'T', 15: 'P', 18: 'E' };

/**
 * resource.Quantity as the API server stores it (ParseQuantity, then CanonicalizeBytes): the input's format kept
 * (decimal SI, binary SI, or decimal exponent), trailing zeros folded into the largest suffix that keeps the number
 * whole ("1000m" → "1", "2000" → "2k", "0.5" → "500m", "1024Mi" → "1Gi", "1.5Gi" → "1536Mi"); a binary value under
 * 1024 or not whole is written in decimal SI ("0.5Ki" → "512"); precision past nano rounds up. What does not parse is
 * left as it is (the server would refuse it).
 */
export function canonicalQuantity(q: string | number): string | number {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(Ki|Mi|Gi|Ti|Pi|Ei|[numkMGTPE]|[eE][+-]?\d+)?$/.exec(String(q).trim());
  if (!m || (m[2] === '' && !m[3])) return q;
  const neg = m[1] === '-';
  const frac = m[3] ?? '';
  let value = BigInt((m[2] || '0') + frac);
  let scale = -frac.length;
  const suffix = m[4] ?? '';
  let format: 'dec' | 'bin' | 'exp' = 'dec';
  if (suffix in BIN_EXP) {
    format = 'bin';
    value *= 1024n ** BigInt(BIN_EXP[suffix]);
  } else if (/^[eE]/.test(suffix)) {
    format = 'exp';
    scale += Number(suffix.slice(1));
  } else scale += DEC_EXP[suffix];
  if (scale < -9) {
    const d = 10n ** BigInt(-9 - scale);
    value = (value + d - 1n) / d;
    scale = -9;
  }
  if (value === 0n) return '0';
  const sign = neg ? '-' : '';
  if (format === 'bin') {
    const unit = scale >= 0 ? value * 10n ** BigInt(scale) : value % 10n ** BigInt(-scale) === 0n ? value / 10n ** BigInt(-scale) : null;
    if (unit === null || unit < 1024n) format = 'dec';
    else {
      let n = unit;
      let e = 0;
      while (n % 1024n === 0n && e < 6) {
        n /= 1024n;
        e++;
      }
      return sign + n.toString() + ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'][e];
    }
  }
  while (value % 10n === 0n) {
    value /= 10n;
    scale++;
  }
  const mod = ((scale % 3) + 3) % 3;
  if (mod) {
    value *= 10n ** BigInt(mod);
    scale -= mod;
  }
  if (format === 'dec' && scale in DEC_SUFFIX) return sign + value.toString() + DEC_SUFFIX[scale];
  return sign + value.toString() + (scale === 0 ? '' : `e${scale}`);
}

const canonMap = (m: any) => {
  if (m && typeof m === 'object') for (const k of Object.keys(m)) if (typeof m[k] === 'string' || typeof m[k] === 'number') m[k] = canonicalQuantity(m[k]);
};

function canonPodSpec(s: any): void {
  if (!s) return;
  for (const c of [...(s.containers ?? []), ...(s.initContainers ?? []), ...(s.ephemeralContainers ?? [])]) {
    canonMap(c?.resources?.requests);
    canonMap(c?.resources?.limits);
  }
  canonMap(s.overhead);
  for (const v of s.volumes ?? []) if (v?.emptyDir?.sizeLimit !== undefined) v.emptyDir.sizeLimit = canonicalQuantity(v.emptyDir.sizeLimit);
}

/** The Quantity fields of an object as the API server writes them back (see canonicalQuantity). */
export function canonicalizeQuantities(o: any): void {
  const spec = o?.spec;
  if (!spec) return;
  switch (o.kind) {
    case 'Pod':
      canonPodSpec(spec);
      break;
    case 'CronJob':
      canonPodSpec(spec.jobTemplate?.spec?.template?.spec);
      break;
    case 'ResourceQuota':
      canonMap(spec.hard);
      break;
    case 'LimitRange':
      for (const l of spec.limits ?? []) for (const k of ['max', 'min', 'default', 'defaultRequest', 'maxLimitRequestRatio']) canonMap(l?.[k]);
      break;
    case 'PersistentVolumeClaim':
      canonMap(spec.resources?.requests);
      canonMap(spec.resources?.limits);
      break;
    case 'PersistentVolume':
      canonMap(spec.capacity);
      break;
    default:
      canonPodSpec(spec.template?.spec);
      for (const t of spec.volumeClaimTemplates ?? []) {
        canonMap(t?.spec?.resources?.requests);
        canonMap(t?.spec?.resources?.limits);
      }
  }
}

/** Deterministic random source and the hashing helpers Kubernetes uses for generated names. */

/** The alphabet of k8s.io/apimachinery/pkg/util/rand (no vowels, no confusable digits). */
export const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

export class Rng {
  private s: number;
  constructor(seed: number | string = 1) {
    this.s = typeof seed === 'number' ? seed >>> 0 : fnv32a(seed);
    if (this.s === 0) this.s = 0x9e3779b9;
  }
  /** the generator's whole state (for snapshots): setting it resumes the same sequence */
  get state(): number {
    return this.s;
  }
  set state(v: number) {
    this.s = v >>> 0;
  }
  /** mulberry32: a float in [0, 1). */
  next(): number {
    let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  range(lo: number, hi: number): number {
    return lo + this.int(hi - lo + 1);
  }
  pick<T>(a: readonly T[]): T {
    return a[this.int(a.length)];
  }
  /** utilrand.String(n): the 5-character pod name suffix. */
  str(n: number, alphabet = ALPHANUMS): string {
    let o = '';
    for (let i = 0; i < n; i++) o += alphabet[this.int(alphabet.length)];
    return o;
  }
  hex(n: number): string {
    return this.str(n, '0123456789abcdef');
  }
}

import { fnv32a } from '../hash';

export { fnv32a };

/** rand.SafeEncodeString over the decimal form of a 32-bit hash, as the pod-template-hash is made. */
export function safeEncode(s: string): string {
  let o = '';
  for (let i = 0; i < s.length; i++) o += ALPHANUMS[s.charCodeAt(i) % ALPHANUMS.length];
  return o;
}

/** pod-template-hash of a pod template (plus collision count); 10 characters. */
export function templateHash(template: unknown, collisions = 0): string {
  let h = fnv32a(JSON.stringify(template) + '#' + collisions);
  // uint32 values below 10^9 print with fewer digits; keep the common 10-character form
  if (h < 1e9) h += 1e9 * (1 + (h % 3));
  return safeEncode(String(h));
}

/** a uid derived from a name (version 4 layout), for objects made without a random draw */
export function nameUid(name: string): string {
  let h = '';
  for (let i = 0; h.length < 32; i++) h += fnv32a(`${name}#${i}`).toString(16).padStart(8, '0');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${'89ab'[parseInt(h[16], 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

import type { StorageLike } from '../../../src/progress/core';

/** An in-memory Storage with knobs: a byte quota, a broken mode, and other "tabs" sharing the same data. */
export class FakeStorage implements StorageLike {
  data = new Map<string, string>();
  /** Total characters (keys + values) allowed; Infinity by default. */
  quota = Infinity;
  /** When true every access throws a SecurityError, like a browser with storage turned off. */
  disabled = false;
  writes = 0;

  private guard(): void {
    if (this.disabled) throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
  }
  get length(): number {
    this.guard();
    return this.data.size;
  }
  key(i: number): string | null {
    this.guard();
    return [...this.data.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    this.guard();
    return this.data.has(k) ? (this.data.get(k) as string) : null;
  }
  setItem(k: string, v: string): void {
    this.guard();
    let used = 0;
    for (const [kk, vv] of this.data) if (kk !== k) used += kk.length + vv.length;
    if (used + k.length + v.length > this.quota) {
      throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError', code: 22 });
    }
    this.writes++;
    this.data.set(k, String(v));
  }
  removeItem(k: string): void {
    this.guard();
    this.data.delete(k);
  }
}

/** Timers run by hand. */
export class ManualTimers {
  private next = 1;
  private queue = new Map<number, () => void>();
  set = (fn: () => void): unknown => {
    const id = this.next++;
    this.queue.set(id, fn);
    return id;
  };
  clear = (h: unknown): void => {
    this.queue.delete(h as number);
  };
  get size(): number {
    return this.queue.size;
  }
  runAll(): void {
    const fns = [...this.queue.values()];
    this.queue.clear();
    for (const f of fns) f();
  }
}

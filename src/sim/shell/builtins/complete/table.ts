// bash 5.1's programmable-completion table (pcomplib.c over hashlib.c): 256 buckets to start, each new name put
// at the head of its bucket (hash_string & buckets-1), growing fourfold once it holds twice as many names as
// buckets (hash_rehash takes each old bucket's chain in turn and pushes its names onto the new heads). `complete
// -p` walks the buckets in order, each chain from its head; a name given again keeps its place.
import { hashString } from '../../hashlib';

/** One specification, as complete.def keeps it: the option and action names and the arguments given. */
export interface CompSpec {
  options: string[];
  actions: string[];
  G?: string;
  W?: string;
  P?: string;
  S?: string;
  X?: string;
  C?: string;
  F?: string;
}

interface Item {
  key: string;
  hash: number;
  spec: CompSpec;
}

export class CompTable {
  private buckets: Item[][] = Array.from({ length: 256 }, () => []);
  private count = 0;

  get(name: string): CompSpec | undefined {
    const h = hashString(name);
    return this.buckets[h & (this.buckets.length - 1)].find((i) => i.key === name)?.spec;
  }

  set(name: string, spec: CompSpec): void {
    const h = hashString(name);
    const found = this.buckets[h & (this.buckets.length - 1)].find((i) => i.key === name);
    if (found) {
      found.spec = spec;
      return;
    }
    if (this.count >= this.buckets.length * 2) this.grow();
    this.buckets[h & (this.buckets.length - 1)].unshift({ key: name, hash: h, spec });
    this.count++;
  }

  remove(name: string): boolean {
    const b = this.buckets[hashString(name) & (this.buckets.length - 1)];
    const i = b.findIndex((x) => x.key === name);
    if (i < 0) return false;
    b.splice(i, 1);
    this.count--;
    return true;
  }

  clear(): void {
    for (const b of this.buckets) b.length = 0;
    this.count = 0;
  }

  /** The names and their specifications in hash_walk order. */
  entries(): [string, CompSpec][] {
    return this.buckets.flatMap((b) => b.map((i): [string, CompSpec] => [i.key, i.spec]));
  }

  private grow(): void {
    const old = this.buckets;
    this.buckets = Array.from({ length: old.length * 4 }, () => []);
    for (const b of old) for (const i of b) this.buckets[i.hash & (this.buckets.length - 1)].unshift(i);
  }
}

// The order `for (k in a)` visits an array's keys in gawk 5.1.0: integer keys of an array whose first key was an
// integer (cint_array.c) come last in ascending order, after the other keys; string keys come in the order of
// str_array.c's hash table (awk_hash, chains of at most STR_CHAIN_MAX = 2 on average, prime sizes, new keys at
// the head of their chain). The table is rebuilt from the keys in insertion order.

const SIZES = [13, 127, 1021, 8191, 16381, 32749, 65497, 131101, 262147, 524309, 1048583, 2097169, 4194319, 8388617];
const STR_CHAIN_MAX = 2;
const UINT = /^(0|[1-9][0-9]{0,17})$/;
const encoder = new TextEncoder();

/** str_array.c awk_hash(): sdbm over the bytes (signed chars), kept to 32 bits. */
export function awkHash(s: string): number {
  let h = 0;
  if (/^[\x00-\x7f]*$/.test(s)) {
    for (let i = 0; i < s.length; i++) h = (Math.imul(h, 65599) + s.charCodeAt(i)) >>> 0;
    return h;
  }
  for (const b of encoder.encode(s)) h = (Math.imul(h, 65599) + (b >= 128 ? b - 256 : b)) >>> 0;
  return h;
}

/** str_list(): the keys as the hash table holds them after inserting them in this order. */
function strOrder(keys: string[]): string[] {
  let size = SIZES[0];
  let buckets: string[][] = Array.from({ length: size }, () => []);
  let count = 0;
  const codes = new Map<string, number>();
  for (const k of keys) {
    const code = awkHash(k);
    codes.set(k, code);
    count++;
    if (Math.floor(count / size) > STR_CHAIN_MAX) {
      const next = SIZES.find((s) => s > size);
      if (next) {
        const nb: string[][] = Array.from({ length: next }, () => []);
        for (const chain of buckets) for (const x of chain) nb[codes.get(x)! % next].unshift(x);
        buckets = nb;
        size = next;
      }
    }
    buckets[code % size].unshift(k);
  }
  return buckets.flat();
}

/** The keys of `a` (a Map in insertion order) in gawk's for-in order. */
export function forInOrder(keys: string[]): string[] {
  if (keys.length < 2) return keys;
  if (!UINT.test(keys[0])) return strOrder(keys);
  const ints: string[] = [];
  const rest: string[] = [];
  for (const k of keys) (UINT.test(k) ? ints : rest).push(k);
  ints.sort((a, b) => Number(a) - Number(b));
  return [...strOrder(rest), ...ints];
}

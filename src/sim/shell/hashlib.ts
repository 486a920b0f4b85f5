// bash's hashlib.c hash_string (FNV-1 over the bytes, 32 bits): the hash of its variable table, its command
// table and its associative arrays; each caller masks it to its table's bucket count.
export function hashString(s: string): number {
  let h = 2166136261;
  for (const b of new TextEncoder().encode(s)) h = (Math.imul(h, 16777619) ^ b) >>> 0;
  return h;
}

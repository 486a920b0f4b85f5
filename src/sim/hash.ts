// A string hash for the numbers the world derives from names (inodes, IDs, timings): the same each time, and no
// draw from the world's random generator. Kept out of the core so it loads with the commands that use it.

/** FNV-1a of a string: numbers derived from names, the same each time (no draw from the world's generator). */
export function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

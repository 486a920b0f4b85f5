// slabtop's reading and layout (slabtop.c and proc/slab.c of procps-ng 3.3.17): slabinfo's caches, their merge
// sort and the lines one pass prints.
import { cFixed } from '../../lib/c-fixed';
import { emptyGrid, type Grid } from '../watch/screen';

export interface Slab {
  name: string;
  active: number;
  num: number;
  objSize: number;
  perSlab: number;
  pages: number;
  activeSlabs: number;
  slabs: number;
  use: number;
  cacheSize: number;
}

export type Sort = (a: Slab, b: Slab) => boolean;
export const SORTS: Record<string, Sort> = {
  n: (a, b) => a.name < b.name,
  o: (a, b) => a.num > b.num,
  a: (a, b) => a.active > b.active,
  s: (a, b) => a.objSize > b.objSize,
  b: (a, b) => a.perSlab > b.perSlab,
  p: (a, b) => a.pages > b.pages,
  l: (a, b) => a.slabs > b.slabs,
  v: (a, b) => a.activeSlabs > b.activeSlabs,
  c: (a, b) => a.cacheSize > b.cacheSize,
  u: (a, b) => a.use > b.use,
};

/** slabsort(): the list's merge sort, split at its middle; on a tie the right half's entry goes first. */
export function slabsort(list: Slab[], sort: Sort): Slab[] {
  if (list.length < 2) return list;
  // the slow pointer stops at (n - 1) / 2: the left half is one longer for an even count
  const mid = Math.floor((list.length - 1) / 2) + 1;
  const a = slabsort(list.slice(0, mid), sort);
  const b = slabsort(list.slice(mid), sort);
  const out: Slab[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(sort(a[i], b[j]) ? a[i++] : b[j++]);
  return out.concat(i < a.length ? a.slice(i) : b.slice(j));
}

/** parse_slabinfo20(): the caches of a 2.x slabinfo, or the message get_slabinfo() prints. */
export function parse(text: string): Slab[] | string {
  const lines = text.split('\n');
  if (!/^slabinfo - version: 2\.\d+/.test(lines[0])) return 'not the good old slabinfo we know\n';
  return lines.slice(1).filter((l) => l && !l.startsWith('#')).map((l) => {
    const f = l.split(/\s+/);
    const [num, perSlab, pages, slabs] = [Number(f[2]), Number(f[4]), Number(f[5]), Number(f[14])];
    return { name: f[0], active: Number(f[1]), num, objSize: Number(f[3]), perSlab, pages, activeSlabs: Number(f[13]), slabs, use: num ? Math.trunc((100 * Number(f[1])) / num) : 0, cacheSize: slabs * pages * 4096 };
  });
}

const pct = (a: number, b: number) => cFixed((100 * a) / b, 1);
const k = (n: number) => cFixed(n / 1024, 2);

/** The lines one pass prints: the summary, the column header, then `max` caches. */
export function page(list: Slab[], max: number): { text: string; header: number } {
  let objs = 0, active = 0, total = 0, activeSize = 0, slabs = 0, activeSlabs = 0, caches = 0;
  let min = 2147483647, maxObj = 0;
  for (const c of list) {
    objs += c.num;
    active += c.active;
    total += c.num * c.objSize;
    activeSize += c.active * c.objSize;
    slabs += c.slabs;
    activeSlabs += c.activeSlabs;
    if (c.num) caches++;
    min = Math.min(min, c.objSize);
    maxObj = Math.max(maxObj, c.objSize);
  }
  const avg = objs ? Math.floor(total / objs) : 0;
  const label = (s: string) => ` ${s.padEnd(35)}: `;
  let text =
    `${label('Active / Total Objects (% used)')}${active} / ${objs} (${pct(active, objs)}%)\n` +
    `${label('Active / Total Slabs (% used)')}${activeSlabs} / ${slabs} (${pct(activeSlabs, slabs)}%)\n` +
    `${label('Active / Total Caches (% used)')}${caches} / ${list.length} (${pct(caches, list.length)}%)\n` +
    `${label('Active / Total Size (% used)')}${k(activeSize)}K / ${k(total)}K (${pct(activeSize, total)}%)\n` +
    `${label('Minimum / Average / Maximum Object')}${k(min)}K / ${k(avg)}K / ${k(maxObj)}K\n\n`;
  text += '  OBJS ACTIVE  USE OBJ SIZE  SLABS OBJ/SLAB CACHE SIZE NAME'.padEnd(78) + '\n';
  for (const c of list.slice(0, Math.max(0, max)))
    text += `${String(c.num).padStart(6)} ${String(c.active).padStart(6)} ${String(c.use).padStart(3)}% ${k(c.objSize).padStart(7)}K ${String(c.slabs).padStart(6)} ${String(c.perSlab).padStart(8)} ${String(Math.floor(c.cacheSize / 1024)).padStart(9)}K ${c.name.padEnd(23)}\n`;
  return { text, header: 6 };
}

/**
 * printw() of the page from the top left: a character fills its cell and the cursor wraps at the last column, a
 * newline clears the rest of the row and goes to the next, so a row of exactly the width leaves an empty row after
 * it; nothing is written past the last row. The column header (A_REVERSE) is the page's `header` line.
 */
export function printw(text: string, rows: number, cols: number, header: number): Grid {
  const grid = emptyGrid(rows, cols);
  let y = 0;
  let x = 0;
  let line = 0;
  for (const c of text) {
    if (y >= rows) break;
    if (c === '\n') {
      y++;
      x = 0;
      line++;
      continue;
    }
    grid[y][x] = { c, so: line === header, sgr: '' };
    if (++x === cols) {
      x = 0;
      y++;
    }
  }
  return grid;
}

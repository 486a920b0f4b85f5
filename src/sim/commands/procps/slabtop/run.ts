// slabtop of procps-ng 3.3.17 (slabtop.c, proc/slab.c; options and help in spec.ts): /proc/slabinfo (root's only,
// commands/lib/procfs/slab.ts) summed up and its caches sorted. -o prints once with printf; otherwise curses takes
// the terminal (the alternate screen, as watch does) and redraws every -d seconds until q or Ctrl+C, a sort key
// changing the order at once.
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { emptyGrid, fill, render } from '../watch/screen';
import { strtolOrErr } from '../lib/strtol';
import { spec } from './spec';

interface Slab {
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

type Sort = (a: Slab, b: Slab) => boolean;
const SORTS: Record<string, Sort> = {
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
function slabsort(list: Slab[], sort: Sort): Slab[] {
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

/** get_slabinfo(): the caches of a 2.x slabinfo, or the message it prints. */
function read(ctx: CommandContext): Slab[] | string {
  const r = readFile(ctx, '/proc/slabinfo');
  if (!r.ok) return `fopen /proc/slabinfo: ${r.errno === 'EACCES' ? 'Permission denied' : 'No such file or directory'}\n`;
  const lines = r.text.split('\n');
  if (!/^slabinfo - version: 2\.\d+/.test(lines[0])) return 'not the good old slabinfo we know\n';
  return lines.slice(1).filter((l) => l && !l.startsWith('#')).map((l) => {
    const f = l.split(/\s+/);
    const [num, perSlab, pages, slabs] = [Number(f[2]), Number(f[4]), Number(f[5]), Number(f[14])];
    return { name: f[0], active: Number(f[1]), num, objSize: Number(f[3]), perSlab, pages, activeSlabs: Number(f[13]), slabs, use: num ? Math.trunc((100 * Number(f[1])) / num) : 0, cacheSize: slabs * pages * 4096 };
  });
}

const pct = (a: number, b: number) => ((100 * a) / b).toFixed(1);
const k = (n: number) => (n / 1024).toFixed(2);

/** The lines one pass prints: the summary, the column header, then `max` caches. */
function page(list: Slab[], max: number): { text: string; header: number } {
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

function* slabtop(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let delay = 3;
  let sort: Sort = SORTS.o;
  let once = false;
  for (const e of o.list) {
    if (e.key === 'delay') {
      const v = strtolOrErr(String(e.value), 'illegal delay');
      if (typeof v === 'string') return (ctx.err(`slabtop: ${v}\n`), 1);
      if (v < 1) return (ctx.err('slabtop: delay must be positive integer\n'), 1);
      delay = v;
    } else if (e.key === 'sort') sort = SORTS[String(e.value)[0]] ?? SORTS.o;
    else if (e.key === 'once') once = true;
  }
  if ((ctx.operands ?? []).length) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 1;
  }
  if (once) {
    const list = read(ctx);
    if (typeof list === 'string') return (ctx.err(list), 1);
    ctx.out(page(slabsort(list, sort), 65535 - 8).text);
    return 0;
  }
  // initscr(): the alternate screen on a terminal; into a file or a pipe curses writes the same sequences
  const screen = (on: boolean) => (ctx.tty ? ctx.session.alternateScreen?.(on) : ctx.out(on ? '\x1b[?1049h' : '\x1b[?1049l'));
  const size = () => {
    const s = ctx.session.size?.();
    return s && s.rows > 10 ? s : { rows: 24, cols: 80 };
  };
  let status = 0;
  screen(true);
  try {
    for (;;) {
      const list = read(ctx);
      if (typeof list === 'string') {
        ctx.err(list);
        status = 1;
        break;
      }
      const { rows, cols } = size();
      const p = page(slabsort(list, sort), rows - 8);
      const grid = emptyGrid(rows, cols);
      fill(p.text, rows, cols, { top: 0, color: false, wrap: true }).forEach((row, y) => (grid[y] = row));
      for (let x = 0; x < Math.min(78, cols); x++) grid[p.header][x].so = true;
      if (ctx.tty) ctx.session.clear({ keepScrollback: true });
      else ctx.out('\x1b[H\x1b[2J');
      ctx.out(render(grid));
      if (!ctx.tty && ctx.stdin !== null) break; // select() finds standard input at its end: read() gives 0
      const key = (yield { key: true, timeout: delay * 1000 }) as string | undefined;
      if (key === undefined) continue;
      const c = key.toLowerCase();
      if (c === 'q') break;
      if (SORTS[c]) sort = SORTS[c];
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  screen(false);
  return status;
}

def({ name: 'slabtop', summary: 'display kernel slab cache information in real time', spec, run: slabtop });

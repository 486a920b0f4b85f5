// slabtop of procps-ng 3.3.17 (slabtop.c, proc/slab.c; options and help in spec.ts): /proc/slabinfo (root's only,
// commands/lib/procfs/slab.ts) summed up and its caches sorted. -o prints once with printf; otherwise curses takes
// the terminal (the alternate screen, as watch does) and redraws every -d seconds until q or Ctrl+C, a sort key
// changing the order at once.
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { render } from '../watch/screen';
import { strtolOrErr } from '../lib/strtol';
import { page, parse, printw, slabsort, SORTS, type Slab, type Sort } from './format';
import { spec } from './spec';

/** get_slabinfo(): the caches of /proc/slabinfo, or the message it prints. */
function read(ctx: CommandContext): Slab[] | string {
  const r = readFile(ctx, '/proc/slabinfo');
  if (!r.ok) return `fopen /proc/slabinfo: ${r.errno === 'EACCES' ? 'Permission denied' : 'No such file or directory'}\n`;
  return parse(r.text);
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
  // curses takes the alternate screen at its first refresh(): a read that fails before it leaves the message on the
  // normal screen (as a real terminal shows it)
  let taken = false;
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
      const grid = printw(p.text, rows, cols, p.header);
      if (!taken) screen((taken = true));
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
  if (taken) screen(false);
  return status;
}

def({ name: 'slabtop', summary: 'display kernel slab cache information in real time', spec, run: slabtop });

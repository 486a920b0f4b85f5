// watch of procps-ng 3.3.17 (options and help in spec.ts, the screen in screen.ts): runs its command through
// `sh -c` (or, with -x, as it is) every -n seconds of the world's time, the output (stderr too) on a full screen
// under the header, until Ctrl+C. curses takes the alternate screen (xterm's smcup), so when watch ends the
// lines above come back. Keys are read and dropped (cbreak, noecho: watch reads none; Ctrl+C ends it).
import type { CommandContext } from '../../../context';
import { runArgv, runBash } from '../../../shell/bash';
import { scriptFrame } from '../../../shell/exec';
import { ExitSignal, LoopSignal } from '../../../shell/signals';
import { Interrupt, type CommandRun, type Yield } from '../../../types';
import { findCommand } from '../../../registry';
import { def } from '../../lib/guest';
import { localTm } from '../../lib/clock';
import { ctime, emptyGrid, fill, header, render, type Grid } from './screen';

/** strtod_nol_or_err of lib/strutils.c: digits, one `.` or `,` and digits; else `watch: <what>: '<str>'` and exit 1. */
function interval(s: string, what: string): number | string {
  const m = /^\s*([-+]?)(\d*)(?:([.,])(\d*))?$/.exec(s);
  if (s !== '' && m) {
    const v = Number(`${m[2] || '0'}.${m[4] || '0'}`);
    return m[1] === '-' ? -v : v;
  }
  // a character after the digits that is not the radix: EINVAL; after the radix's digits, errno is what an earlier
  // call left (recorded from procps-ng 4.0.2's watch, which has the same function: ENOENT)
  const einval = s !== '' && !/^\s*[-+]?\d*[.,]/.test(s);
  return `watch: ${what}: '${s}': ${einval ? 'Invalid argument' : 'No such file or directory'}\n`;
}

/** The command's output, stdout and stderr in one pipe, and its status. */
function* runOnce(ctx: CommandContext, command: string, argv: string[] | null, size: { rows: number; cols: number }): Generator<Yield, { text: string; status: number }, unknown> {
  let text = '';
  const io = { out: (t: string) => (text += t), err: (t: string) => (text += t), tty: false };
  const sub = scriptFrame(ctx.frame, 'sh', [], true);
  // get_terminal_size(): watch puts the screen's size in the environment its command inherits
  sub.env = { ...sub.env, COLUMNS: String(size.cols), LINES: String(size.rows) };
  const rt = { world: ctx.world, hooks: ctx.session };
  let status: number;
  try {
    if (argv) {
      const d = findCommand('bash', argv[0]);
      if (!argv[0].includes('/') && (!d || (d.available && !d.available(ctx.host, ctx.world)))) {
        // the child's xerr(4, ...) after execvp fails, into the pipe
        return { text: `watch: unable to execute '${argv[0]}': No such file or directory\n`, status: 4 };
      }
      status = yield* runArgv(rt, sub, argv, io, null);
    } else status = yield* runBash(rt, sub, command, io);
  } catch (e) {
    if (e instanceof ExitSignal) status = e.code;
    else if (e instanceof LoopSignal) status = 0;
    else throw e;
  }
  return { text, status };
}

function* watch(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  let every = 2;
  const env = ctx.frame.env.WATCH_INTERVAL;
  if (env !== undefined) {
    const v = interval(env, 'Could not parse interval from WATCH_INTERVAL');
    if (typeof v === 'string') {
      ctx.err(v);
      return 1;
    }
    every = v;
  }
  for (const n of o.all('interval')) {
    const v = interval(n, 'failed to parse argument');
    if (typeof v === 'string') {
      ctx.err(v);
      return 1;
    }
    every = v;
  }
  every = Math.max(0.1, every);
  if (!ops.length) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 1;
  }
  const command = ops.join(' ');
  const argv = o.has('exec') ? ops : null;
  const diff = o.has('differences');
  const cumulative = diff && o.str('differences') !== undefined;
  const title = !o.has('no-title');
  const size = () => ctx.session.size?.() ?? { rows: 24, cols: 80 };

  // initscr(): the alternate screen on a terminal; into a file or a pipe curses writes the same sequences
  const screen = (on: boolean) => (ctx.tty ? ctx.session.alternateScreen?.(on) : ctx.out(on ? '\x1b[?1049h' : '\x1b[?1049l'));
  const draw = (grid: Grid) => {
    if (ctx.tty) ctx.session.clear({ keepScrollback: true });
    else ctx.out('\x1b[H\x1b[2J');
    ctx.out(render(grid));
  };

  let grid: Grid | null = null;
  let shownSize = '';
  let first = true;
  screen(true);
  try {
    for (let next = ctx.world.now; ; ) {
      const { rows, cols } = size();
      // SIGWINCH: a new size starts over (clear, first_screen)
      if (!grid || shownSize !== `${rows}x${cols}`) {
        grid = emptyGrid(rows, cols);
        shownSize = `${rows}x${cols}`;
        first = true;
      }
      const g: Grid = grid;
      if (title) {
        for (let x = 0; x < cols; x++) g[0][x] = { c: ' ', so: false, sgr: '' };
        header(g, cols, every, command, ctx.host.hostname, ctime(localTm(ctx.host, ctx.world.now, ctx.frame.env)));
      }
      const r = yield* runOnce(ctx, command, argv, { rows, cols });
      const top = title ? 2 : 0;
      const fresh = fill(r.text, rows, cols, { top, color: o.has('color'), wrap: !o.has('no-wrap') });
      let changed = false;
      fresh.forEach((row, i) => {
        const old = g[top + i];
        row.forEach((cell, x) => {
          if (!first && cell.c !== old[x].c) changed = true;
          if (diff) cell.so = !first && (cell.c !== old[x].c || (cumulative && old[x].so));
          old[x] = cell;
        });
      });
      first = false;
      draw(g);
      if (r.status !== 0) {
        if (o.has('beep')) ctx.out('\x07');
        if (o.has('errexit')) {
          const msg = 'command exit with a non-zero status, press a key to exit';
          for (let x = 0; x < cols; x++) g[rows - 1][x] = { c: x < msg.length ? msg[x] : ' ', so: false, sgr: '' };
          draw(g);
          yield { key: true };
          screen(false);
          return 8;
        }
      }
      if (o.has('chgexit') && changed) break;
      // usleep(interval), or with -p up to the next multiple of it from the start; keys typed meanwhile are dropped
      next = o.has('precise') ? next + every * 1000 : ctx.world.now + every * 1000;
      for (let left = Math.round(next - ctx.world.now); left > 0; left = Math.round(next - ctx.world.now)) yield { key: true, timeout: left };
    }
  } catch (e) {
    // SIGINT: die() ends curses (the screen comes back) and exits with success
    if (!(e instanceof Interrupt)) throw e;
  }
  screen(false);
  return 0;
}

def({ name: 'watch', summary: 'execute a program periodically, showing output fullscreen', run: watch });

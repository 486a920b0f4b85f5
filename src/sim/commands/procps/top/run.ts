// top of procps-ng 3.3.17: the summary (uptime, tasks, CPU, memory in MiB) and the task list by %CPU, once
// with -bn1, or refreshed every -d seconds (3 by default). On a terminal it is full-screen: each frame fills the
// screen, keys are read raw (top.c main: frame_make, then wait up to the delay for a key), `q` or Ctrl+C ends it.
// Options and texts in spec.ts.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { niceOf } from '../../util-linux/lib/sched';
import { Interrupt } from '../../../types';
import { two } from '../../../util';
import { def } from '../../lib/guest';
import { processes, type Proc } from '../../lib/procs';
import { uptimeText } from '../uptime/run';
import { spec } from './spec';
import { swapTotal } from '../../lib/swaps';
import { memOf } from '../vmstat/stats';

const mib = (kb: number) => (kb / 1024).toFixed(1).padStart(8);

/** VIRT/RES/SHR in KiB, scaled as top does when they do not fit. */
function mem(kb: number, width: number): string {
  if (String(kb).length <= width) return String(kb).padStart(width);
  const m = (kb / 1024).toFixed(1) + 'm';
  if (m.length <= width) return m.padStart(width);
  return ((kb / 1048576).toFixed(1) + 'g').padStart(width);
}

function timePlus(p: Proc, now: number): string {
  const cs = Math.max(0, Math.floor(((now - p.start) / 10) * p.load));
  const s = Math.floor(cs / 100);
  return `${Math.floor(s / 60)}:${two(s % 60)}.${two(cs % 100)}`;
}

function frame(ctx: CommandContext, users: string[], pids: number[]): string {
  const now = ctx.world.now;
  const sys = ctx.host.sys;
  const list = processes(ctx).filter((p) => !p.args.startsWith('[') || p.load > 0 || true);
  const total = list.length;
  const running = list.filter((p) => p.stat.startsWith('R')).length;
  const load = list.reduce((a, p) => a + p.load, 0);
  const cpus = sys?.cpus ?? 2;
  const us = Math.min(99, (load / cpus) * 100 * 0.7);
  const sy = Math.min(99 - us, (load / cpus) * 100 * 0.3);
  // /proc/meminfo's figures, as free shows them: used is total less free and buff/cache, avail is MemAvailable
  const m = memOf(ctx.host);
  const memKb = m.total;
  const used = m.used;
  const buff = m.buffers + m.cached;
  const free = m.free;
  const swap = swapTotal(sys);
  const t = new Date(now);
  const la = (load * 1.1).toFixed(2);
  let out = `top - ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())} up ${uptimeText(now - ctx.host.bootedAt)},  1 user,  load average: ${la}, ${(load * 0.9).toFixed(2)}, ${(load * 0.6).toFixed(2)}\n`;
  out += `Tasks: ${String(total).padStart(3)} total, ${String(running).padStart(3)} running, ${String(total - running).padStart(3)} sleeping,   0 stopped,   0 zombie\n`;
  out += `%Cpu(s): ${us.toFixed(1).padStart(4)} us, ${sy.toFixed(1).padStart(4)} sy,  0.0 ni, ${(100 - us - sy).toFixed(1).padStart(4)} id,  0.0 wa,  0.0 hi,  0.0 si,  0.0 st\n`;
  out += `MiB Mem : ${mib(memKb)} total, ${mib(free)} free, ${mib(used)} used, ${mib(buff)} buff/cache\n`;
  out += `MiB Swap: ${mib(swap)} total, ${mib(swap)} free, ${mib(0)} used. ${mib(memKb - used)} avail Mem\n\n`;
  out += '    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND\n';
  let rows = list.filter((p) => (!users.length || users.includes(p.user)) && (!pids.length || pids.includes(p.pid)));
  rows = rows.sort((a, b) => b.load - a.load || a.pid - b.pid);
  for (const p of rows) {
    // PR is 20 + NI (the nice value renice or nice gave), rt for the real-time threads
    const nice = niceOf(ctx, p);
    const pr = p.comm.startsWith('migration') || p.comm.startsWith('watchdog') ? ' rt' : String(20 + nice).padStart(3);
    const ni = String(nice).padStart(3);
    const user = (p.user.length > 8 ? p.user.slice(0, 7) + '+' : p.user).padEnd(8);
    const shr = Math.floor(p.rssKb * 0.3);
    out += `${String(p.pid).padStart(7)} ${user} ${pr} ${ni} ${mem(p.vszKb, 7)} ${mem(p.rssKb, 6)} ${mem(shr, 6)} ${p.stat[0]} ${(p.load * 100).toFixed(1).padStart(5)} ${((p.rssKb / memKb) * 100).toFixed(1).padStart(5)} ${timePlus(p, now).padStart(9)} ${p.comm}\n`;
  }
  return out;
}

/** Keys of top.c's do_key table (keys_global .. keys_xtra): the simulator redraws for them and does no more. */
const KNOWN_KEYS = new Set('?BdEeFfgHhIkrsXYZ0\n !1234Clmt#<>bciJjnOoRSUuVvxyz\x0f+-=_&AaGLwMNPTW\x1b'.split(''));
/** iokey()'s special keys (the terminal's arrows, Home, End, PgUp, PgDn, Insert, Delete, Backspace): top's scrolling
 * and editing keys, known commands (the scrolling itself is not simulated). */
const SPECIAL_KEYS = new Set(['A', 'B', 'C', 'D', 'H', 'F', '1~', '4~', '5~', '6~', '2~', '3~'].flatMap((f) => [`\x1b[${f}`, ...(f.length === 1 ? [`\x1bO${f}`] : [])]).concat('\x7f', '\b'));
/** top_nls.c UNKNOWN_cmds_txt, shown by show_msg on the message row for MSG_USLEEP (1.25 s). */
const UNKNOWN = " Unknown command - try 'h' for help ";

/** One full screen: the frame's lines cut to the terminal (rows lines, cols columns); the last line unended. */
function screen(text: string, rows: number, cols: number, msg?: string): { text: string; lines: number } {
  const lines = text.replace(/\n$/, '').split('\n').slice(0, rows);
  // the message row is the blank line after the summary (top.c Msg_row)
  if (msg !== undefined && lines.length > 5) lines[5] = msg;
  return { text: lines.map((l) => l.slice(0, cols)).join('\n'), lines: lines.length };
}

function* top(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const batch = o.has('b');
  const n = o.str('n') !== undefined ? Number(o.str('n')) : Infinity;
  const delay = Number(o.str('d') ?? 3);
  if (o.str('n') !== undefined && !/^\d+$/.test(o.str('n')!)) {
    ctx.err(`top: bad iterations argument '${o.str('n')}'\n`);
    return 1;
  }
  if (!Number.isFinite(delay) || delay < 0) {
    ctx.err(`top: bad delay interval '${o.str('d')}'\n`);
    return 1;
  }
  const users = [...o.all('u'), ...o.all('U')];
  const pids = o.all('p').flatMap((x) => x.split(',').map(Number));
  if (!batch && ctx.tty && ctx.stdin === null) return yield* fullScreen(ctx, n, delay, users, pids);
  try {
    for (let i = 0; i < n; i++) {
      // in batch mode frames follow one another; into a pipe each refresh still redraws the screen
      const f = frame(ctx, users, pids);
      ctx.out(batch ? (i ? '\n' : '') + f : '\x1b[H\x1b[2J' + f);
      if (i + 1 < n) yield { wait: delay * 1000 };
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  return 0;
}

/**
 * The terminal is top's: every frame clears the screen and fills it; between frames top waits up to the delay for a
 * key. `q` and Ctrl+C end it (bye_bye: the cursor goes to the screen's last row and a newline follows, so the
 * last frame stays above the prompt); other keys of its table redraw at once (their dialogs are not simulated), an
 * unknown key shows top's message for 1.25 s first. After -n frames it ends the same way.
 */
function* fullScreen(ctx: CommandContext, n: number, delay: number, users: string[], pids: number[]): CommandRun {
  // the size is read for each frame: top follows the window (SIGWINCH)
  const size = () => ctx.session.size?.() ?? { rows: 24, cols: 80 };
  let shown = 0;
  const draw = (msg?: string) => {
    const { rows, cols } = size();
    const s = screen(frame(ctx, users, pids), rows, cols, msg);
    ctx.session.clear();
    ctx.out(s.text);
    shown = s.lines;
  };
  try {
    for (let i = 0; i < n; i++) {
      draw();
      if (i + 1 >= n) break;
      const key = (yield { key: true, timeout: delay * 1000 }) as string | undefined;
      if (key === 'q') break;
      if (key !== undefined && key !== '\0' && !KNOWN_KEYS.has(key) && !SPECIAL_KEYS.has(key)) {
        draw(UNKNOWN);
        yield { wait: 1250 };
      }
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  ctx.out('\n'.repeat(Math.max(1, size().rows - shown + 1)));
  return 0;
}

def({ name: 'top', summary: 'display Linux processes', spec, run: top });

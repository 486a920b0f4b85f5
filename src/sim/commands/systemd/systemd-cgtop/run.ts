// systemd-cgtop of systemd 252 (src/cgtop/cgtop.c): the cgroups of the guest as systemd-cgls sees them (its tree.ts),
// to --depth (3) below the root, each with its tasks (pids.current: the tasks of the group and those below it;
// the root's from /proc/loadavg), memory (memory.current: the resident memory of its processes, a service's as
// `systemctl status` shows it; the root's MemTotal - MemAvailable of /proc/meminfo), CPU and I/O. CPU needs two
// readings: the first frame shows "-", later ones the processes' share of a CPU. The model has no block I/O, so
// Input/s and Output/s stay "-". Not on a terminal it prints one frame without a header (-n to print more, an
// empty line between them); on a terminal it redraws every --delay until q, with the keys of cgtop.c.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { Interrupt } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { getoptLong } from '../../lib/getopt-long';
import { memOf } from '../../procps/vmstat/stats';
import { processes } from '../../lib/procs';
import { formatTimespan } from '../systemd-analyze/timeutil';
import { formatBytes, unitUsage } from '../systemctl/status';
import { cgroupTree, type Group } from '../systemd-cgls/tree';
import { LONGS, SHORTS, spec } from './spec';

type Order = 'path' | 'tasks' | 'cpu' | 'memory' | 'io';

interface Row {
  path: string;
  tasks?: number;
  cpu?: number;
  cpuUsec: number;
  memory?: number;
}

const PROG = 'systemd-cgtop';

/** The rows of one reading: every group to the depth, the root first, with what the model knows of it. */
function readGroups(ctx: CommandContext, root: Group, rootPath: string, depth: number, iteration: number): Row[] {
  const rows: Row[] = [];
  const units = ctx.host.sys?.units;
  const mem = memOf(ctx.host);
  const now = ctx.world.now;
  const walk = (g: Group, path: string, d: number): { tasks: number; bytes: number; cpu: number; cpuUsec: number } => {
    let tasks = 0, bytes = 0, cpu = 0, cpuUsec = 0;
    const unit = units?.get(g.name);
    const use = unit && unit.active === 'active' ? unitUsage(ctx, unit) : undefined;
    for (const p of g.pids) {
      if (p.vszKb === 0 && p.args.startsWith('[')) continue;
      tasks++;
      bytes += p.rssKb * 1024;
      cpu += p.load;
      cpuUsec += Math.round(p.load * Math.max(now - p.start, 0) * 1000);
    }
    if (use) {
      tasks = Math.max(tasks, use.tasks);
      bytes = use.bytes ?? parseBytes(use.memory);
      cpuUsec = use.cpuUs;
    }
    const mine: Row = { path, cpuUsec };
    if (d <= depth) rows.push(mine);
    for (const c of g.children) {
      const r = walk(c, path === '/' ? `/${c.name}` : `${path}/${c.name}`, d + 1);
      tasks += r.tasks;
      bytes += r.bytes;
      cpu += r.cpu;
      cpuUsec += r.cpuUsec;
    }
    mine.cpuUsec = cpuUsec;
    if (tasks > 0) mine.tasks = tasks;
    if (bytes > 0) mine.memory = bytes;
    if (iteration > 0 && cpu > 0) mine.cpu = cpu;
    return { tasks, bytes, cpu, cpuUsec };
  };
  walk(root, rootPath, 0);
  // the root cgroup: /proc/loadavg's tasks and /proc/meminfo's used memory
  if (rootPath === '/') {
    const r = rows[0];
    r.tasks = Math.max(processes(ctx).length, 1);
    r.memory = mem.used * 1024;
  }
  return rows.filter((r) => r.tasks !== undefined || r.cpu !== undefined || r.memory !== undefined);
}

function parseBytes(s: string): number {
  const m = /^([\d.]+)([KMGT]?)/.exec(s);
  if (!m) return 0;
  return Math.round(Number(m[1]) * 1024 ** (' KMGT'.indexOf(m[2] || ' ') || 0));
}

/** group_compare(): a parent before its children, then by the order's figure (largest first), then by path. */
function sortRows(rows: Row[], order: Order, cpuTime: boolean): Row[] {
  const under = (a: string, b: string) => a === b || b === '/' || a.startsWith(b + '/');
  const cmp = (x: Row, y: Row): number => {
    if (under(y.path, x.path)) return -1;
    if (under(x.path, y.path)) return 1;
    const by = (a?: number, b?: number) => (a !== undefined && b !== undefined ? b - a : a !== undefined ? -1 : b !== undefined ? 1 : 0);
    let r = 0;
    if (order === 'cpu') r = cpuTime ? y.cpuUsec - x.cpuUsec : by(x.cpu, y.cpu);
    else if (order === 'tasks') r = by(x.tasks, y.tasks);
    else if (order === 'memory') r = by(x.memory, y.memory);
    return r || (x.path < y.path ? -1 : x.path > y.path ? 1 : 0);
  };
  return [...rows].sort(cmp);
}

function render(ctx: CommandContext, rows: Row[], o: { tty: boolean; order: Order; cpuTime: boolean; raw: boolean; color: boolean; underline: boolean }): string {
  const { cols, rows: lines } = o.tty ? (ctx.session.size?.() ?? { rows: 24, cols: 80 }) : { cols: 80, rows: 24 };
  const bytes = (v?: number) => (v === undefined ? '-' : o.raw ? String(v) : formatBytes(v));
  const cpuText = (r: Row) => (o.raw ? String(r.cpuUsec) : formatTimespan(BigInt(r.cpuUsec), 1n));
  const maxtcpu = Math.max(0, ...rows.map((r) => cpuText(r).length));
  const maxtpath = Math.max(3, ...rows.map((r) => r.path.length));
  let out = o.tty ? '\x1b[H\x1b[2J' : '';
  let pathColumns = maxtpath;
  if (o.tty) {
    const cpuLen = o.cpuTime ? maxtcpu : 6;
    pathColumns = Math.max(cols - 36 - cpuLen, 10);
    const ul = o.underline ? '\x1b[0m\x1b[0;4m' : o.color ? '\x1b[0m' : '';
    const on = o.underline ? '\x1b[0;1;39m\x1b[0;4m' : o.color ? '\x1b[0;1;39m' : '';
    const off = ul;
    const mark = (k: Order) => (o.order === k ? [on, off] : ['', '']);
    const [pa, pb] = mark('path'), [ta, tb] = mark('tasks'), [ca, cb] = mark('cpu'), [ma, mb] = mark('memory'), [ia, ib] = mark('io');
    out += `${ul}${pa}${'Control Group'.padEnd(pathColumns)}${pb} ${ta}${'Tasks'.padStart(7)}${tb} ${ca}${(o.cpuTime ? 'CPU Time' : '%CPU').padStart(cpuLen)}${cb} ${ma}${'Memory'.padStart(8)}${mb} ${ia}${'Input/s'.padStart(8)}${ib} ${ia}${'Output/s'.padStart(8)}${ib}${o.color ? '\x1b[0m' : ''}\n`;
  }
  const rowsMax = Math.max(lines, 10);
  rows.forEach((r, j) => {
    if (o.tty && j + 6 > rowsMax) return;
    out += ellipsize(r.path, pathColumns).padEnd(pathColumns);
    out += r.tasks !== undefined ? ' ' + String(r.tasks).padStart(7) : '       -';
    if (!o.cpuTime) out += r.cpu !== undefined ? ' ' + (r.cpu * 100).toFixed(1).padStart(6) : '      -';
    else out += ' ' + cpuText(r).padStart(maxtcpu);
    out += ' ' + bytes(r.memory).padStart(8) + ' ' + '-'.padStart(8) + ' ' + '-'.padStart(8) + '\n';
  });
  return out;
}

/** ascii_ellipsize_mem() at 33 % in a UTF-8 locale: the start and the end of the path around "…". */
function ellipsize(s: string, width: number): string {
  if (s.length <= width) return s;
  const x = Math.floor(((width - 1) * 33 + 50) / 100);
  return s.slice(0, x) + '…' + s.slice(s.length - (width - x - 1));
}

function* run(ctx: CommandContext): CommandRun {
  const fail = (m: string) => {
    ctx.err(m + '\n');
    return 1;
  };
  const p = getoptLong(PROG, ctx.args, SHORTS, LONGS);
  if (p.error) {
    ctx.err(p.error);
    return 1;
  }
  let order: Order = 'cpu';
  let cpuTime = false, batch = false, raw = false;
  let depth = 3, delay = 1000;
  let iterations: number | undefined;
  for (const [k, v] of p.opts) {
    if (k === 'h') {
      const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
      ctx.out(help);
      return 0;
    }
    if (k === 'version') {
      // version() of src/basic/util.c, with the box's build features
      ctx.out(((yield { load: () => import('../version') }) as typeof import('../version')).version);
      return 0;
    }
    if (k === 'cpu') {
      if (v === undefined || v === 'time') cpuTime = true;
      else if (v === 'percentage') cpuTime = false;
      else return fail(`Unknown argument to --cpu=: ${v}`);
    } else if (k === 'depth') {
      if (!/^\d+$/.test(v!)) return fail(`Failed to parse depth parameter '${v}': Invalid argument`);
      depth = Number(v);
    } else if (k === 'd') {
      const m = /^(\d+(?:\.\d+)?)(ms|s|sec|m|min)?$/.exec(v!);
      if (!m) return fail(`Failed to parse delay parameter '${v}': Invalid argument`);
      delay = Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 'm' || m[2] === 'min' ? 60000 : 1000);
      if (delay <= 0) return fail(`Invalid delay parameter '${v}'`);
    } else if (k === 'n') {
      if (!/^\d+$/.test(v!)) return fail(`Failed to parse iterations parameter '${v}': Invalid argument`);
      iterations = Number(v);
    } else if (k === '1') iterations = 1;
    else if (k === 'b') batch = true;
    else if (k === 'r') raw = true;
    else if ('ptcmi'.includes(k)) order = ({ p: 'path', t: 'tasks', c: 'cpu', m: 'memory', i: 'io' } as const)[k as 'p'];
    else if (k === 'order') {
      if (!['path', 'tasks', 'cpu', 'memory', 'io'].includes(v!)) return fail(`Invalid argument to --order=: ${v}`);
      order = v as Order;
    } else if (k === 'recursive') {
      if (!/^(1|yes|y|true|t|on|0|no|n|false|f|off)$/.test(v!)) return fail(`Failed to parse --recursive= argument '${v}': Invalid argument`);
      // counting tasks (the pids controller is there): no per-process counting to make non-recursive
      if (/^(0|no|n|false|f|off)$/.test(v!)) return fail('Non-recursive counting is only supported when counting processes, not tasks. Use -P or -k.');
    } else if (k === 'M') return fail('Failed to get root control group path: No such file or directory');
  }
  if (p.operands.length > 1) return fail('Too many arguments.');
  const rootPath = p.operands.length ? ('/' + p.operands[0].replace(/^\/sys\/fs\/cgroup/, '')).replace(/\/+/g, '/').replace(/(.)\/$/, '$1') : '/';
  const tty = ctx.tty;
  iterations ??= tty ? 0 : 1;
  const env = ctx.frame.env;
  const color = tty && env.TERM !== 'dumb' && env.NO_COLOR === undefined && env.SYSTEMD_COLORS !== '0';
  const underline = color && env.TERM !== 'linux';
  const reading = (i: number): Row[] => {
    const tree = cgroupTree(ctx);
    let g: Group | undefined = tree;
    for (const part of rootPath.split('/').filter(Boolean)) g = g?.children.find((c) => c.name === part);
    return g ? readGroups(ctx, g, rootPath, depth, i) : [];
  };
  let iteration = 0;
  let note = '';
  try {
    for (;;) {
      const rows = sortRows(reading(iteration++), order, cpuTime);
      if (tty) ctx.session.clear?.();
      ctx.out(render(ctx, rows, { tty, order, cpuTime, raw, color, underline }) + note);
      note = '';
      if (iterations && iteration >= iterations) break;
      if (!tty) ctx.out('\n');
      if (batch || !tty) {
        yield { wait: delay };
        continue;
      }
      const key = (yield { key: true, timeout: delay }) as string | undefined;
      if (key === undefined || key === '\0') continue;
      ctx.out('\r \r');
      if (key === 'q') break;
      if (key === ' ') continue;
      if ('ptcmi'.includes(key)) order = ({ p: 'path', t: 'tasks', c: 'cpu', m: 'memory', i: 'io' } as const)[key as 'p'];
      else if (key === '%') cpuTime = !cpuTime;
      else if (key === 'k' || key === 'P') {
        ctx.out(`\nCounting: ${key === 'k' ? 'all processes (incl. kernel)' : 'userspace processes (excl. kernel)'}.`);
        yield { wait: 1000 };
      } else if (key === 'r') {
        ctx.out('\n\x07Cannot toggle recursive counting, not available in task counting mode.');
        yield { wait: 1000 };
      } else if (key === '?' || key === 'h') {
        const [a, b] = color ? ['\x1b[0;1;39m', '\x1b[0m'] : ['', ''];
        ctx.out(
          `\t<${a}p${b}> By path; <${a}t${b}> By tasks/procs; <${a}c${b}> By CPU; <${a}m${b}> By memory; <${a}i${b}> By I/O\n` +
            `\t<${a}+${b}> Inc. delay; <${a}-${b}> Dec. delay; <${a}%${b}> Toggle time; <${a}SPACE${b}> Refresh\n` +
            `\t<${a}P${b}> Toggle count userspace processes; <${a}k${b}> Toggle count all processes\n` +
            `\t<${a}r${b}> Count processes recursively; <${a}q${b}> Quit`,
        );
        yield { wait: 3000 };
      } else if (key === '+' || key === '-') {
        delay = key === '+' ? delay + (delay < 1000 ? 250 : 1000) : delay <= 500 ? 250 : delay - (delay < 1250 ? 250 : 1000);
        ctx.out(`\n${key === '+' ? 'Increased' : 'Decreased'} delay to ${delay % 1000 ? (delay / 1000).toString().replace(/0+$/, '') + 's' : delay / 1000 + 's'}.`);
        yield { wait: 1000 };
      } else {
        ctx.out(key < ' ' ? `\nUnknown key '\\x${key.charCodeAt(0).toString(16)}'. Ignoring.` : `\nUnknown key '${key}'. Ignoring.`);
        yield { wait: 1000 };
      }
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    return 130;
  }
  return 0;
}

def({ name: 'systemd-cgtop', spec, summary: 'Show top control groups by their resource usage', available: linuxOnly, run });

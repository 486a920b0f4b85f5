// vmstat of procps-ng 3.3.17 (vmstat.c; options and help in spec.ts, the figures in stats.ts): one line of
// averages since boot, then with a delay a line every delay seconds of the world's time (count lines in all, or
// until Ctrl+C), the header again every screen's height less 3 rows; -s, -f, -d, -D, -p, -m as vmstat.c prints them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { localTm } from '../../lib/clock';
import { disks, meminfo, partition, stat, type Stat } from './stats';

const HEADER = 'procs -----------memory---------- ---swap-- -----io---- -system-- ------cpu-----';
const WIDE_HEADER = '--procs-- -----------------------memory---------------------- ---swap-- -----io---- -system-- --------cpu--------';
const TS_HEADER = ' -----timestamp-----';
const COLS = ['r', 'b', 'swpd', 'free', 'buff', 'cache', 'si', 'so', 'bi', 'bo', 'in', 'cs', 'us', 'sy', 'id', 'wa', 'st'];
const WIDTHS = [2, 2, 6, 6, 6, 6, 4, 4, 5, 5, 4, 4, 2, 2, 2, 2, 2];
const WIDE = [4, 4, 12, 12, 12, 12, 4, 4, 5, 5, 4, 4, 3, 3, 3, 3, 3];

const UNITS: Record<string, number> = { b: 1, B: 1, k: 1000, K: 1024, m: 1_000_000, M: 1_048_576 };

/** strtol_or_err: a whole decimal number, else `vmstat: failed to parse argument: '...'`. */
function number(s: string): number | null {
  return /^\s*[+-]?\d+$/.test(s) ? parseInt(s, 10) : null;
}

function* vmstat(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const fail = (m: string) => {
    ctx.err(`vmstat: ${m}\n`);
    return 1;
  };
  // getopt's order: -f prints and exits where it stands
  if (o.list.some((e) => e.key === 'forks')) {
    ctx.out(`${String(stat(ctx).forks).padStart(13)} forks\n`);
    return 0;
  }
  let unit = 1024;
  let unitName = 'K';
  const u = o.str('unit');
  if (u !== undefined) {
    if (UNITS[u[0]] === undefined) return fail('-S requires k, K, m or M (default is KiB)');
    unit = UNITS[u[0]];
    unitName = u[0];
  }
  let delay = 0;
  let count = 1;
  let infinite = false;
  if (ops.length) {
    const d = number(ops[0]);
    if (d === null) return fail(`failed to parse argument: '${ops[0]}'`);
    if (d < 1) return fail('delay must be positive integer');
    if (d > 4294967295) return fail('too large delay value');
    delay = d;
    infinite = true;
  }
  if (ops.length > 1) {
    const c = number(ops[1]);
    if (c === null) return fail(`failed to parse argument: '${ops[1]}'`);
    count = c;
    infinite = false;
  }
  if (ops.length > 2) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 1;
  }
  const modes = ['stats', 'disk', 'partition', 'slabs', 'disk-sum'].filter((k) => o.has(k));
  if (modes.length > 1) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 1;
  }
  const more = !o.has('one-header');
  const rows = ctx.tty ? (ctx.session.size?.().rows ?? 24) : 24;
  const height = rows - 3 > 0 ? rows - 3 : 22;
  const conv = (kb: number) => Math.floor((kb / unit) * 1024);
  const stamp = () => {
    const t = localTm(ctx.host, ctx.world.now, ctx.frame.env);
    const two = (n: number) => String(n).padStart(2, '0');
    return `${t.y}-${two(t.mo + 1)}-${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)}`;
  };
  /** strftime %Z, cut to the timestamp column's width */
  const zone = () => localTm(ctx.host, ctx.world.now, ctx.frame.env).abbr.slice(0, TS_HEADER.length - 1);
  const loop = function* (each: (i: number) => void): CommandRun {
    for (let i = 0; infinite || i < count; i++) {
      if (i) yield { wait: delay * 1000 };
      each(i);
      if (!delay) break;
    }
    return 0;
  };

  if (o.has('stats')) {
    const m = meminfo(ctx);
    const s = stat(ctx);
    const n = (v: number) => String(v).padStart(13);
    const mem: [number, string][] = [[m.total, 'total memory'], [m.used, 'used memory'], [m.active, 'active memory'], [m.inactive, 'inactive memory'], [m.free, 'free memory'], [m.buffers, 'buffer memory'], [m.cached, 'swap cache'], [m.swapTotal, 'total swap'], [m.swapUsed, 'used swap'], [m.swapTotal - m.swapUsed, 'free swap']];
    let out = mem.map(([v, l]) => `${n(conv(v))} ${unitName} ${l}\n`).join('');
    const ticks: [number, string][] = [[s.user, 'non-nice user cpu ticks'], [s.nice, 'nice user cpu ticks'], [s.system, 'system cpu ticks'], [s.idle, 'idle cpu ticks'], [s.iowait, 'IO-wait cpu ticks'], [s.irq, 'IRQ cpu ticks'], [s.softirq, 'softirq cpu ticks'], [s.steal, 'stolen cpu ticks'], [Math.floor(s.pgpgin / 4), 'pages paged in'], [Math.floor(s.pgpgout / 4), 'pages paged out'], [0, 'pages swapped in'], [0, 'pages swapped out'], [s.intr, 'interrupts'], [s.ctxt, 'CPU context switches'], [s.btime, 'boot time'], [s.forks, 'forks']];
    out += ticks.map(([v, l]) => `${n(v)} ${l}\n`).join('');
    ctx.out(out);
    return 0;
  }
  if (o.has('disk-sum')) {
    const d = disks(ctx);
    const sum = (f: (x: (typeof d)[0]) => number) => d.reduce((a, x) => a + f(x), 0);
    const n = (v: number) => String(v).padStart(13);
    ctx.out(
      `${n(d.length)} disks \n${n(4)} partitions \n` +
        [
          [sum((x) => x.reads), 'total reads'], [sum((x) => x.mergedReads), 'merged reads'], [sum((x) => x.readSectors), 'read sectors'],
          [sum((x) => x.msReading), 'milli reading'], [sum((x) => x.writes), 'writes'], [sum((x) => x.mergedWrites), 'merged writes'],
          [sum((x) => x.writtenSectors), 'written sectors'], [sum((x) => x.msWriting), 'milli writing'], [sum((x) => Math.floor(x.inprogress / 1000)), 'inprogress IO'],
          [sum((x) => Math.floor(x.msIO / 1000)), 'milli spent IO'],
        ].map(([v, l]) => `${n(v as number)} ${l}\n`).join(''),
    );
    return 0;
  }
  if (o.has('slabs')) {
    // slabformat(): /proc/slabinfo is root's only (mode 0400); its caches in the file's order, the header every
    // `height` lines (`Pages` shows the objects per slab, as the source prints them)
    const r = readFile(ctx, '/proc/slabinfo');
    if (!r.ok) {
      ctx.err('vmstat: your kernel does not support slabinfo or your permissions are insufficient\n');
      return 0;
    }
    const head = `${'Cache'.padEnd(24)} ${'Num'.padStart(6)} ${'Total'.padStart(6)} ${'Size'.padStart(6)} ${'Pages'.padStart(6)}\n`;
    const caches = () => {
      const t = readFile(ctx, '/proc/slabinfo');
      return (t.ok ? t.text : '').split('\n').filter((l) => l && !l.startsWith('slabinfo - version:') && !l.startsWith('#')).map((l) => l.split(/\s+/));
    };
    const row = (f: string[]) => `${f[0].padEnd(24)} ${f[1].padStart(6)} ${f[2].padStart(6)} ${f[3].padStart(6)} ${f[4].padStart(6)}\n`;
    let out = more ? '' : head;
    caches().forEach((f, k) => (out += (more && k % height === 0 ? head : '') + row(f)));
    ctx.out(out);
    for (let j = 1, k = 1; infinite || j < count; j++) {
      yield { wait: delay * 1000 };
      out = '';
      for (const f of caches()) out += (more && k++ % height === 0 ? head : '') + row(f);
      ctx.out(out);
    }
    return 0;
  }
  const wide = o.has('wide');
  const ts = o.has('timestamp');
  if (o.has('disk')) {
    const w = wide ? [9, 9, 11, 11, 9, 9, 11, 11, 7, 7] : [6, 6, 7, 7, 6, 6, 7, 7, 6, 6];
    const head = () =>
      (wide ? 'disk- -------------------reads------------------- -------------------writes------------------ ------IO-------' : 'disk- ------------reads------------ ------------writes----------- -----IO------') +
      (ts ? TS_HEADER : '') + '\n' +
      [' ', 'total', 'merged', 'sectors', 'ms', 'total', 'merged', 'sectors', 'ms', 'cur', 'sec'].map((c, i) => c.padStart(i ? w[i - 1] : 5)).join(' ') +
      (ts ? ' ' + zone().padStart(19) : '') + '\n';
    let k = 0;
    if (!more) ctx.out(head());
    return yield* loop(() => {
      const when = stamp();
      for (const d of disks(ctx)) {
        if (more && k % height === 0) ctx.out(head());
        k++;
        const v = [d.reads, d.mergedReads, d.readSectors, d.msReading, d.writes, d.mergedWrites, d.writtenSectors, d.msWriting, Math.floor(d.inprogress / 1000), Math.floor(d.msIO / 1000)];
        ctx.out(d.name.padEnd(5) + ' ' + v.map((x, i) => String(x).padStart(w[i])).join(' ') + (ts ? ' ' + when : '') + '\n');
      }
    });
  }
  if (o.has('partition')) {
    const name = o.str('partition')!.replace(/^\/dev\//, '');
    if (!partition(ctx, name)) {
      ctx.out('partition was not found\n');
      return 0;
    }
    const head = () => `${name.padEnd(10)} ${'reads'.padStart(10)}  ${'read sectors'.padStart(16)}  ${'writes'.padStart(10)}  ${'requested writes'.padStart(16)}\n`;
    ctx.out(head());
    return yield* loop((j) => {
      if (j && more && j % height === 0) ctx.out(head());
      const [r, rs, w, ws] = partition(ctx, name)!;
      ctx.out(`${String(r).padStart(21)}  ${String(rs).padStart(16)}  ${String(w).padStart(10)}  ${String(ws).padStart(16)}\n`);
    });
  }

  // new_format
  const widths = wide ? WIDE : WIDTHS;
  const a = o.has('active');
  const head = () => {
    const names = COLS.map((c, i) => (a && i === 4 ? 'inact' : a && i === 5 ? 'active' : c));
    let h = (wide ? WIDE_HEADER : HEADER) + (ts ? TS_HEADER : '') + '\n' + names.map((c, i) => c.padStart(widths[i])).join(' ');
    if (ts) h += ' ' + zone().padStart(TS_HEADER.length - 1);
    return h + '\n';
  };
  let prev: Stat | null = null;
  return yield* loop((i) => {
    if (i === 0 || (more && i % height === 0)) ctx.out(head());
    const m = meminfo(ctx);
    const s = stat(ctx);
    const d = (k: keyof Stat) => s[k] - (prev ? prev[k] : 0);
    const duse = d('user') + d('nice');
    const dsys = d('system') + d('irq') + d('softirq');
    let didl = d('idle');
    const diow = d('iowait');
    const dstl = d('steal');
    let div = duse + dsys + didl + diow + dstl;
    if (!div) {
      div = 1;
      didl = 1;
    }
    const half = Math.floor(div / 2);
    const pct = (x: number) => Math.floor((100 * x + half) / div);
    // the first line averages since boot (per CPU: the ticks of every CPU divide it); the others are per second
    const rate = (x: number) => (prev ? Math.floor((x + Math.floor(delay / 2)) / delay) : Math.floor((x * 100 + half) / div));
    const v = [
      s.running, s.blocked, conv(m.swapUsed), conv(m.free), conv(a ? m.inactive : m.buffers), conv(a ? m.active : m.cached), 0, 0,
      rate(d('pgpgin')), rate(d('pgpgout')), rate(d('intr')), rate(d('ctxt')), pct(duse), pct(dsys), pct(didl), pct(diow), pct(dstl),
    ];
    ctx.out(v.map((x, k) => String(x).padStart(widths[k])).join(' ') + (ts ? ' ' + stamp() : '') + '\n');
    prev = s;
  });
}

def({ name: 'vmstat', summary: 'Report virtual memory statistics', run: vmstat });

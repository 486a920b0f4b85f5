// pmap of procps-ng 3.3.17 (pmap.c one_proc; options and help in spec.ts): the memory map of the world's processes,
// laid out as an x86_64 process of Rocky 9 maps itself (the executable's segments, its heap, anonymous memory, glibc's
// libc.so.6 and ld-linux, the stack, vvar, vdso, vsyscall), sized to add up to the VSZ ps shows, RSS to its RSS.
// Only root reads another user's maps (the header line, then nothing, status 1); an unknown PID adds 42 to the status.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { processes, type Proc } from '../../lib/procs';
import { fnv32a } from '../../../hash';

interface Seg {
  start: bigint;
  kb: number;
  perms: string;
  /** The file mapped (a path) or null for anonymous memory. */
  file: string | null;
  offset: number;
  dev: string;
  rss: number;
  dirty: number;
  stack?: boolean;
}

const hash = fnv32a;

function exePath(p: Proc): string {
  const first = p.args.split(' ')[0];
  if (first.startsWith('/')) return first;
  const name = p.comm;
  return (['sshd', 'crond', 'chronyd', 'auditd', 'irqbalance', 'rpcbind', 'gssproxy'].includes(name) ? '/usr/sbin/' : '/usr/bin/') + name;
}

/** The process's mappings, lowest address first. */
function maps(p: Proc, seed: string): Seg[] {
  if (p.args.startsWith('[')) return [];
  const h = hash(seed + p.args);
  const exe = exePath(p);
  const page = (n: number) => Math.max(4, Math.round(n / 4) * 4);
  const e = [page(40 + (h % 160)), page(200 + ((h >>> 8) % 900)), page(60 + ((h >>> 16) % 240)), 16, 12];
  const libc = [160, 1572, 352, 16, 8];
  const ld = [8, 152, 40, 8, 8];
  const fixed = e.reduce((a, b) => a + b) + libc.reduce((a, b) => a + b) + 52 + ld.reduce((a, b) => a + b) + 132 + 16 + 8 + 4;
  const anon = Math.max(8, page(p.vszKb - fixed));
  const heap = Math.min(anon, page(132 + (h % 2000)));
  const rest = anon - heap;
  const out: Seg[] = [];
  let at = 0x550000000000n + BigInt((h % 0xaffff) * 0x1000) * 16n;
  const put = (kb: number, perms: string, file: string | null, offset: number, extra: Partial<Seg> = {}) => {
    out.push({ start: at, kb, perms, file, offset, dev: file ? '008:00004' : '000:00000', rss: 0, dirty: 0, ...extra });
    at += BigInt(kb * 1024);
  };
  const file = (path: string, sizes: number[]) => {
    let off = 0;
    sizes.forEach((kb, i) => {
      put(kb, ['r----', 'r-x--', 'r----', 'r----', 'rw---'][i], path, i === 4 ? off - 4096 : off);
      off += kb * 1024;
    });
  };
  file(exe, e);
  put(heap, 'rw---', null, 0);
  at = 0x7f0000000000n + BigInt(((h >>> 4) % 0xfffff) * 0x1000);
  if (rest) put(rest, 'rw---', null, 0);
  file('/usr/lib64/libc.so.6', libc);
  put(52, 'rw---', null, 0);
  file('/usr/lib64/ld-linux-x86-64.so.2', ld);
  at = 0x7ffc00000000n + BigInt(((h >>> 12) % 0x3ffff) * 0x1000);
  put(132, 'rw---', null, 0, { stack: true });
  at += 0x20000000n;
  put(16, 'r----', null, 0);
  put(8, 'r-x--', null, 0);
  at = 0xffffffffff600000n;
  put(4, '--x--', null, 0);
  // RSS: the executable's and the libraries' text first, then the heap and the rest of the anonymous memory
  let left = p.rssKb;
  const order = [...out].sort((a, b) => Number(!!b.file) - Number(!!a.file) || (a.perms === 'r-x--' ? -1 : 1));
  for (const s of order) {
    if (s.perms === '--x--') continue;
    const r = Math.min(s.kb, left);
    s.rss = r;
    s.dirty = s.perms.startsWith('rw') ? r : 0;
    left -= r;
  }
  return out;
}

const hex = (n: bigint, w = 16) => n.toString(16).padStart(w, '0');
const name = (s: Seg, showPath: boolean) => (s.file ? (showPath ? s.file : s.file.split('/').pop()!) : s.stack ? '  [ stack ]' : '  [ anon ]');

function* pmap(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const help = function* (): CommandRun {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 1;
  };
  if (!ctx.args.length) return yield* help();
  const x = o.has('extended');
  const X = o.list.filter((e) => e.key === 'X').length;
  const d = o.has('device');
  const q = o.has('quiet');
  const c = o.has('read-rc');
  const C = o.has('read-rc-from');
  const n = o.has('create-rc');
  const N = o.has('create-rc-to');
  const showPath = o.has('show-path');
  for (const e of o.list) if (e.key === 'r') ctx.err('pmap: option -r is ignored as SunOS compatibility\n');
  if (Number(c) + Number(C) + Number(d) + Number(n) + Number(N) + Number(x) + Number(X > 0) > 1) {
    ctx.err('pmap: options -c, -C, -d, -n, -N, -x, -X are mutually exclusive\n');
    return 1;
  }
  if ((n || N) && (q || showPath)) {
    ctx.err('pmap: options -p, -q are mutually exclusive with -n, -N\n');
    return 1;
  }
  const ops = ctx.operands ?? [];
  if ((n || N) && ops.length) {
    ctx.err('pmap: too many arguments\n');
    return 1;
  }
  if (!ops.length) {
    ctx.err('pmap: argument missing\n');
    return 1;
  }
  const pids: number[] = [];
  for (let a of ops) {
    if (a.startsWith('/proc/')) {
      a = a.slice(6);
      if (!/^\d/.test(a)) continue;
    }
    if (!/^\d+$/.test(a) || Number(a) < 1 || Number(a) > 0x7fffffff) return yield* help();
    pids.push(Number(a));
  }
  const all = processes(ctx);
  const seed = `${ctx.world.seed}:${ctx.host.id}`;
  let ret = 0;
  let found = 0;
  // readproc() walks /proc in PID order, whatever order the PIDs were given in
  for (const p of all.filter((q) => pids.includes(q.pid))) {
    found++;
    let out = `${p.pid}:   ${p.args}\n`;
    if (ctx.frame.user !== 'root' && p.user !== ctx.frame.user) {
      ctx.out(out);
      ret |= 1;
      continue;
    }
    const segs = maps(p, seed);
    const total = segs.reduce((a, s) => a + s.kb, 0);
    if (x || X || c || C) {
      if (!q) out += 'Address           Kbytes     RSS   Dirty Mode  Mapping\n';
      for (const s of segs) out += `${hex(s.start)} ${String(s.kb).padStart(7)} ${String(s.rss).padStart(7)} ${String(s.dirty).padStart(7)} ${s.perms} ${name(s, showPath)}\n`;
      if (!q) {
        const rss = segs.reduce((a, s) => a + s.rss, 0);
        const dirty = segs.reduce((a, s) => a + s.dirty, 0);
        out += `---------------- ------- ------- ------- \n${'total kB'.padEnd(16)} ${String(total).padStart(7)} ${String(rss).padStart(7)} ${String(dirty).padStart(7)}\n`;
      }
    } else if (d) {
      if (!q) out += 'Address           Kbytes Mode  Offset           Device    Mapping\n';
      for (const s of segs) out += `${hex(s.start)} ${String(s.kb).padStart(7)} ${s.perms} ${hex(BigInt(s.offset))} ${s.dev} ${name(s, showPath)}\n`;
      const writeable = segs.filter((s) => s.perms[1] === 'w').reduce((a, s) => a + s.kb, 0);
      if (!q) out += `mapped: ${total}K    writeable/private: ${writeable}K    shared: 0K\n`;
    } else {
      for (const s of segs) out += `${hex(s.start)} ${String(s.kb).padStart(6)}K ${s.perms} ${name(s, showPath)}\n`;
      if (!q) out += ` total ${String(total).padStart(16)}K\n`;
    }
    ctx.out(out);
  }
  if (found < pids.length) ret |= 42;
  return ret;
}

def({ name: 'pmap', summary: 'report memory map of a process', run: pmap });

// The numeric files of /proc/PID in Linux 5.14's formats: stat (fs/proc/array.c do_task_stat), statm
// (proc_pid_statm), io (fs/proc/base.c do_io_accounting) and limits (proc_pid_limits). Values come from the
// process table (commands/lib/procs.ts: state, parent, start, CPU share, VSZ and RSS as ps shows them), the nice
// value, policy and limits renice, chrt and prlimit keep (util-linux/lib/sched.ts), the shell's limits (ulimit).
// What the model does not keep is derived and listed in DIFFERENCES.md (fault counts, I/O counts, threads,
// the memory layout's addresses, which ASLR makes random on a real guest).
import type { CommandContext } from '../../../context';
import type { Proc } from '../procs';
import { LIMITS, limitOf, type Limit } from '../../../shell/builtins/ulimit/run';
import { niceOf, peek } from '../../util-linux/lib/sched';
import { fnv } from './tree';

/** USER_HZ: clock ticks of 1/100 s. */
const HZ = 100;
const kthread = (p: Proc) => p.args.startsWith('[');
/** ptrace_may_access(PTRACE_MODE_READ_FSCREDS): root, or the process's owner. */
export const permitted = (ctx: CommandContext, p: Proc) => ctx.user.uid === 0 || ctx.user.uid === p.uid;

/** CPU ticks used since start, user and system (vmstat's split of the load: 70 % user). */
export function cpuTicks(p: Proc, now: number): [number, number] {
  const t = Math.max(0, Math.floor(((now - p.start) / 1000) * HZ * p.load));
  const user = Math.round(t * 0.7);
  return [user, t - user];
}

/** Threads of a process ps marks multi-threaded (`l`): a number derived from it (the model keeps none). */
export const threadsOf = (p: Proc) => (p.stat.includes('l') ? 3 + (fnv(p.args) % 12) : 1);

/** policy numbers of include/uapi/linux/sched.h */
const POLICY: Record<string, number> = { SCHED_OTHER: 0, SCHED_FIFO: 1, SCHED_RR: 2, SCHED_BATCH: 3, SCHED_IDLE: 5, SCHED_DEADLINE: 6 };

/** new_encode_dev of a terminal: pts/N is 136:N, ttyN 4:N. */
function ttyNr(tty: string): number {
  const m = /^(pts|tty)\/?(\d+)$/.exec(tty);
  if (!m) return 0;
  const major = m[1] === 'pts' ? 136 : 4;
  const minor = Number(m[2]);
  return (minor & 0xff) | (major << 8) | ((minor & ~0xff) << 12);
}

/** The memory layout's addresses: a PIE binary above 0x550000000000, its stack below 0x7fff00000000 (derived). */
function layout(p: Proc) {
  const h = fnv(`${p.pid}:${p.args}`);
  const base = 0x550000000000 + (h % 0x1000000) * 0x1000;
  const text = Math.max(0x10000, Math.min(p.vszKb * 1024 / 24, 0x800000)) & ~0xfff;
  const startData = base + text + 0x200000 + ((h >>> 8) % 0x100) * 0x10;
  const stack = 0x7ffc00000000 + ((h >>> 4) % 0x3ffffff) * 0x10;
  return { startCode: base + 0x1000, endCode: base + 0x1000 + text, startStack: stack, startData, endData: startData + 0x9000 + (h % 0x1000), startBrk: base + 0x1000000 + (h % 0x100) * 0x1000, argStart: stack + 0x11fd, argEnd: stack + 0x11fd + p.args.length + 1 };
}

export interface StatView {
  ctx: CommandContext;
  boot: number;
  now: number;
  /** Session and process group of each process. */
  sid: (p: Proc) => number;
  pgid: (p: Proc) => number;
  /** The foreground process group of the terminal (what runs at the prompt). */
  fg: number;
}

/** do_task_stat: 52 fields. */
export function stat(p: Proc, v: StatView): string {
  const { ctx } = v;
  const kt = kthread(p);
  const ok = permitted(ctx, p);
  const a = peek(ctx, p.pid);
  const nice = niceOf(ctx, p);
  const policy = POLICY[a.policy ?? 'SCHED_OTHER'] ?? 0;
  const prio = policy === 1 || policy === 2 ? -1 - (a.rtprio ?? 0) : 20 + nice;
  const [utime, stime] = cpuTicks(p, v.now);
  const rssPages = Math.floor(p.rssKb / 4);
  const tty = ttyNr(p.tty);
  // kernel threads: PF_KTHREAD|PF_NOFREEZE|PF_FORKNOEXEC, workqueue ones also PF_WQ_WORKER|PF_NO_SETAFFINITY; user processes PF_RANDOMIZE, PF_SUPERPRIV for root's
  const flags = kt ? (p.stat.startsWith('I') ? 0x4208060 : 0x208040) : p.uid === 0 ? 0x400100 : 0x400000;
  const L = !kt && ok ? layout(p) : null;
  const f: (number | string)[] = [
    p.pid, `(${p.comm})`, p.stat[0], p.ppid, v.pgid(p), v.sid(p), tty, tty ? v.fg : -1, flags,
    kt ? 0 : rssPages + (fnv(`flt:${p.pid}`) % 200), 0, kt ? 0 : Math.floor(rssPages / 20), 0,
    utime, stime, 0, 0, prio, nice, threadsOf(p), 0, Math.floor(((p.start - v.boot) / 1000) * HZ),
    kt ? 0 : p.vszKb * 1024, kt ? 0 : rssPages, '18446744073709551615',
    kt ? 0 : L ? L.startCode : 1, kt ? 0 : L ? L.endCode : 1, L ? L.startStack : 0, 0, 0,
    // obsolete signal masks: kernel threads ignore every signal
    0, 0, kt ? 2147483647 : 0, 0,
    // wchan: whether it sleeps, shown to whom may look, for a process of one thread (RHEL 9's 5.14)
    ok && threadsOf(p) < 2 && !p.stat.startsWith('R') ? 1 : 0, 0, 0,
    // kthreadd and init were made without SIGCHLD as exit signal
    p.pid <= 2 ? 0 : 17, p.pid % (ctx.host.sys?.cpus ?? 1), a.rtprio ?? 0, policy, 0, 0, 0,
    ...(L ? [L.startData, L.endData, L.startBrk, L.argStart, L.argEnd, L.argEnd, L.argEnd + 0x1000 - (L.argEnd % 0x1000) - 0x17] : [0, 0, 0, 0, 0, 0, 0]),
    0,
  ];
  return f.join(' ') + '\n';
}

/** proc_pid_statm: size resident shared text lib(0) data dt(0), in pages. */
export function statm(p: Proc): string {
  if (kthread(p)) return '0 0 0 0 0 0 0\n';
  const size = Math.floor(p.vszKb / 4);
  const resident = Math.floor(p.rssKb / 4);
  const shared = Math.floor(resident * 0.6);
  const text = Math.max(16, Math.min(Math.floor(size / 24), 2048));
  const data = Math.floor(size * 0.12);
  return `${size} ${resident} ${shared} ${text} 0 ${data} 0\n`;
}

/** do_io_accounting: characters and system calls since start (derived from the CPU used), bytes of the disk. */
export function io(p: Proc, now: number): string {
  const [u, s] = cpuTicks(p, now);
  const h = fnv(`io:${p.pid}:${p.args}`);
  const syscr = kthread(p) ? 0 : 40 + (h % 300) + s * 30;
  const syscw = kthread(p) ? 0 : 5 + (h % 40) + s * 6;
  const rchar = kthread(p) ? 0 : syscr * 1900 + (h % 4096);
  const wchar = kthread(p) ? 0 : syscw * 230 + (h % 512);
  const rb = kthread(p) || u + s === 0 ? 0 : Math.floor(p.rssKb / 8) * 4096;
  return `rchar: ${rchar}\nwchar: ${wchar}\nsyscr: ${syscr}\nsyscw: ${syscw}\nread_bytes: ${rb}\nwrite_bytes: ${0}\ncancelled_write_bytes: 0\n`;
}

/** proc_pid_limits: lnames[] in RLIMIT order, with the ulimit letter and prlimit name of each. */
const LNAMES: [string, string, string, string][] = [
  ['Max cpu time', 'seconds', 't', 'CPU'], ['Max file size', 'bytes', 'f', 'FSIZE'], ['Max data size', 'bytes', 'd', 'DATA'],
  ['Max stack size', 'bytes', 's', 'STACK'], ['Max core file size', 'bytes', 'c', 'CORE'], ['Max resident set', 'bytes', 'm', 'RSS'],
  ['Max processes', 'processes', 'u', 'NPROC'], ['Max open files', 'files', 'n', 'NOFILE'], ['Max locked memory', 'bytes', 'l', 'MEMLOCK'],
  ['Max address space', 'bytes', 'v', 'AS'], ['Max file locks', 'locks', 'x', 'LOCKS'], ['Max pending signals', 'signals', 'i', 'SIGPENDING'],
  ['Max msgqueue size', 'bytes', 'q', 'MSGQUEUE'], ['Max nice priority', '', 'e', 'NICE'], ['Max realtime priority', '', 'r', 'RTPRIO'],
  ['Max realtime timeout', 'us', 'R', 'RTTIME'],
];

/**
 * The limits of a process: what prlimit set, else the shell's (ulimit) for the login's own processes, else the
 * defaults of the ulimit table as a service gets them (no pam_limits: root's figures).
 */
export function limits(ctx: CommandContext, p: Proc, own: boolean): string {
  const mem = ctx.host.sys?.memTotalKb ?? 1_790_000;
  const val = (n: number) => (n === Infinity ? 'unlimited' : String(n));
  const rows = LNAMES.map(([name, unit, c, key]) => {
    const l = LIMITS.find((x) => x.c === c) as Limit;
    const set = peek(ctx, p.pid).limits?.[key];
    const [soft, hard] = set ?? (own ? limitOf(ctx, l) : l.get(mem, true));
    const line = `${name.padEnd(25)} ${val(soft).padEnd(20)} ${val(hard).padEnd(20)} `;
    return unit ? `${line}${unit.padEnd(10)}\n` : `${line}\n`;
  });
  return `${'Limit'.padEnd(25)} ${'Soft Limit'.padEnd(20)} ${'Hard Limit'.padEnd(20)} ${'Units'.padEnd(10)}\n` + rows.join('');
}

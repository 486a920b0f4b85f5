// What renice, taskset, chrt, ionice and prlimit read and change of the world's processes (commands/lib/procs.ts):
// a process's nice value, CPU affinity, scheduling policy and priority, I/O class and its resource limits, kept in
// sys.procAttrs by PID (defaults: nice 0, or -20 for the kernel's high-priority threads; every CPU; SCHED_OTHER;
// no I/O class). The kernel's permission rules: root may do anything, a user may change only his own processes,
// and may not lower a nice value nor ask for a real-time policy (no CAP_SYS_NICE).
import type { CommandContext } from '../../../context';
import { processes, type Proc } from '../../lib/procs';

export type Attrs = NonNullable<NonNullable<CommandContext['host']['sys']>['procAttrs']>[string];

export function findProc(ctx: CommandContext, pid: number): Proc | undefined {
  // PID 0 is the caller itself (the command's own process)
  const all = processes(ctx);
  const me = all.find((p) => p.stat === 'R+');
  if (pid === 0) return me;
  return all.find((p) => p.pid === pid);
}

export function attrs(ctx: CommandContext, pid: number): Attrs {
  const sys = ctx.host.sys!;
  return ((sys.procAttrs ??= {})[String(pid)] ??= {});
}

export const peek = (ctx: CommandContext, pid: number): Attrs => ctx.host.sys?.procAttrs?.[String(pid)] ?? {};

export function niceOf(ctx: CommandContext, p: Proc): number {
  return peek(ctx, p.pid).nice ?? p.nice ?? (p.stat.includes('<') ? -20 : 0);
}

export const cpuCount = (ctx: CommandContext) => ctx.host.sys?.cpus ?? 2;

export function cpusOf(ctx: CommandContext, p: Proc): number[] {
  return peek(ctx, p.pid).cpus ?? [...Array(cpuCount(ctx)).keys()];
}

/** The caller may change this process (same user, or root). */
export const mayChange = (ctx: CommandContext, p: Proc) => ctx.frame.user === 'root' || p.user === ctx.frame.user;

/** cpulist_create(): ranges as `0-3,5,7,8`. */
export function cpuList(cpus: number[]): string {
  const out: string[] = [];
  for (let i = 0; i < cpus.length; ) {
    let j = i;
    while (j + 1 < cpus.length && cpus[j + 1] === cpus[j] + 1) j++;
    // lib/cpuset.c cpulist_create(): a run of two is written as two numbers
    out.push(j > i + 1 ? `${cpus[i]}-${cpus[j]}` : j === i + 1 ? `${cpus[i]},${cpus[j]}` : String(cpus[i]));
    i = j + 1;
  }
  return out.join(',');
}

export const cpuMask = (cpus: number[]) => cpus.reduce((m, c) => m | (1n << BigInt(c)), 0n).toString(16);

/** cpulist_parse() / cpumask_parse(): the CPUs, or null when it does not parse. */
export function parseCpus(s: string, list: boolean): number[] | null {
  if (list) {
    const out = new Set<number>();
    for (const part of s.split(',')) {
      const m = /^(\d+)(?:-(\d+)(?::(\d+))?)?$/.exec(part);
      if (!m) return null;
      const a = Number(m[1]);
      const b = m[2] !== undefined ? Number(m[2]) : a;
      const step = m[3] !== undefined ? Number(m[3]) : 1;
      if (b < a || step < 1) return null;
      for (let c = a; c <= b; c += step) out.add(c);
    }
    return [...out].sort((x, y) => x - y);
  }
  const hex = s.replace(/^0x/i, '').replace(/,/g, '');
  if (!/^[0-9a-f]+$/i.test(hex)) return null;
  const n = BigInt('0x' + hex);
  const out: number[] = [];
  for (let c = 0; c < 1024; c++) if ((n >> BigInt(c)) & 1n) out.push(c);
  return out;
}

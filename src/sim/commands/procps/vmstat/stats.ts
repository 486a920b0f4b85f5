// What vmstat reads from /proc/meminfo, /proc/stat, /proc/vmstat and /proc/diskstats, from the guest's model at a
// given moment: memory as free shows it (the same split of total, used and buff/cache), CPU ticks and counters that
// grow with the uptime at the rate the running processes' load gives, the disk's I/O since boot.
import type { CommandContext } from '../../../context';
import { processes } from '../../lib/procs';

export interface Mem {
  total: number;
  used: number;
  free: number;
  buffers: number;
  cached: number;
  active: number;
  inactive: number;
  swapTotal: number;
  swapUsed: number;
}

/** Memory in KiB: free's figures (used, buff/cache), buff/cache split into buffers and page cache. */
export function meminfo(ctx: CommandContext): Mem {
  return memOf(ctx.host);
}

/** The same figures for a host (what /proc/meminfo gives). */
export function memOf(host: CommandContext['host']): Mem {
  const sys = host.sys!;
  const total = sys.memTotalKb;
  // as free computes them (free/run.ts)
  const used = Math.round(total * 0.16 + (sys.units.get('kubelet.service')?.active === 'active' ? total * 0.25 : 0));
  const buffcache = Math.round(total * 0.25);
  const buffers = Math.round(buffcache * 0.045);
  const cached = buffcache - buffers;
  const active = Math.round(used * 0.55 + cached * 0.35);
  const inactive = Math.round(used * 0.2 + cached * 0.55 + buffers);
  const swapTotal = sys.swapOn ? sys.swapTotalKb : 0;
  return { total, used, free: total - used - buffcache, buffers, cached, active, inactive, swapTotal, swapUsed: 0 };
}

export interface Stat {
  user: number;
  nice: number;
  system: number;
  idle: number;
  iowait: number;
  irq: number;
  softirq: number;
  steal: number;
  /** KiB read and written (pgpgin, pgpgout). */
  pgpgin: number;
  pgpgout: number;
  intr: number;
  ctxt: number;
  running: number;
  blocked: number;
  btime: number;
  forks: number;
}

/** /proc/stat and /proc/vmstat at the world's time: ticks of 1/100 s over every CPU since boot. */
export function stat(ctx: CommandContext): Stat {
  const h = ctx.host;
  const cpus = h.sys?.cpus ?? 2;
  const up = Math.max(0, (ctx.world.now - h.bootedAt) / 1000);
  const procs = processes(ctx);
  const load = Math.min(cpus, procs.reduce((a, p) => a + p.load, 0));
  const total = Math.round(up * 100 * cpus);
  // the boot itself: a burst of CPU and disk reads in its first seconds
  const user = Math.round(up * 100 * load * 0.7) + 1150;
  const system = Math.round(up * 100 * load * 0.3) + 820;
  const nice = 12;
  const iowait = 340;
  const softirq = Math.round(up * 2) + 40;
  const idle = Math.max(0, total - user - system - nice - iowait - softirq);
  return {
    user,
    nice,
    system,
    idle,
    iowait,
    irq: 0,
    softirq,
    steal: 0,
    pgpgin: 523_000 + Math.round(up * 0.4),
    pgpgout: 31_000 + Math.round(up * (4 + 40 * load)),
    intr: 31_000 + Math.round(up * (60 + 250 * load) * cpus),
    ctxt: 58_000 + Math.round(up * (90 + 600 * load) * cpus),
    running: procs.filter((p) => p.stat.startsWith('R')).length + (load > 0.5 ? 1 : 0),
    blocked: 0,
    btime: Math.floor(h.bootedAt / 1000),
    forks: 1_800 + Math.round(up * (0.3 + 3 * load)),
  };
}

export interface Disk {
  name: string;
  reads: number;
  mergedReads: number;
  readSectors: number;
  msReading: number;
  writes: number;
  mergedWrites: number;
  writtenSectors: number;
  msWriting: number;
  inprogress: number;
  msIO: number;
}

/** /proc/diskstats of the guest's one disk (sda), from the KiB read and written. */
export function disks(ctx: CommandContext): Disk[] {
  const s = stat(ctx);
  const reads = Math.round(s.pgpgin / 62);
  const writes = Math.round(s.pgpgout / 9);
  return [
    {
      name: 'sda',
      reads,
      mergedReads: Math.round(reads * 0.27),
      readSectors: s.pgpgin * 2,
      msReading: Math.round(reads * 0.41),
      writes,
      mergedWrites: Math.round(writes * 0.62),
      writtenSectors: s.pgpgout * 2,
      msWriting: Math.round(writes * 0.9),
      inprogress: 0,
      msIO: Math.round((reads * 0.41 + writes * 0.9) * 0.8),
    },
  ];
}

/** The partitions of sda (vmstat -p): reads, read sectors, writes, requested writes. */
export function partition(ctx: CommandContext, name: string): [number, number, number, number] | null {
  const shares: Record<string, number> = { sda1: 0.001, sda2: 0.004, sda3: 0.02, sda4: 0.975 };
  if (shares[name] === undefined) return null;
  const d = disks(ctx)[0];
  const f = shares[name];
  return [Math.round(d.reads * f), Math.round(d.readSectors * f), Math.round(d.writes * f), Math.round(d.writtenSectors * f)];
}

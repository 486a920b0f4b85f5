// The texts of /proc's system files, from the guest's state. Formats: Linux 5.14 fs/proc/*.c (meminfo.c,
// loadavg.c, uptime.c, version.c), mm/swapfile.c (swaps), kernel/module.c (modules), block/genhd.c (partitions),
// fs/proc_namespace.c (mounts); see DIFFERENCES.md for what is left out.
import type { Host } from '../../../types';
import { padStart } from '../../../util';
import { holders, moduleSize } from '../../kmod/modules';
import { mounts, PARTITIONS } from '../mounts';
import { kernelOptions } from '../box-boot';
import { procSwaps, swapTotal } from '../swaps';
import { memOf } from '../../procps/vmstat/stats';
import { slabKb } from './slab';

/** /proc/version: the Rocky 9.5 kernel's build line. */
export function procVersion(host: Host): string {
  return `Linux version ${host.sys!.kernel} (mockbuild@iad1-prod-build001.bld.equ.rockylinux.org) (gcc (GCC) 11.5.0 20240719 (Red Hat 11.5.0-2), GNU ld version 2.35.2-54.el9) #1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024\n`;
}

/**
 * The kernel command line: GRUB's BOOT_IMAGE (the kernel on /boot, sda3: (hd0,gpt3)) and root=UUID=... ro, then the
 * rockylinux/9 kickstart's `bootloader --append` (rocky-linux/kickstarts r9, Rocky-9-Vagrant-Vbox.ks).
 */
export function kernelCmdline(host: Host): string {
  return `BOOT_IMAGE=(hd0,gpt3)/vmlinuz-${host.sys!.kernel} ${kernelOptions()}`;
}

export function swaps(host: Host): string {
  return procSwaps(host.sys);
}

/**
 * fs/proc/meminfo.c's keys the model knows, in its order, with free's figures (procps reads them here). free's
 * buff/cache is Buffers + Cached + SReclaimable, so Cached is the page cache less the reclaimable slab caches of
 * /proc/slabinfo (slab.ts).
 */
export function meminfo(host: Host): string {
  const m = memOf(host);
  const swap = swapTotal(host.sys!);
  const slab = slabKb(host);
  const rows: [string, number][] = [
    ['MemTotal', m.total], ['MemFree', m.free], ['MemAvailable', m.total - m.used], ['Buffers', m.buffers], ['Cached', m.cached - slab.reclaimable],
    ['Active', m.active], ['Inactive', m.inactive], ['SwapTotal', swap], ['SwapFree', swap], ['Shmem', 8904],
    ['Slab', slab.reclaimable + slab.unreclaimable], ['SReclaimable', slab.reclaimable], ['SUnreclaim', slab.unreclaimable],
  ];
  return rows.map(([k, v]) => `${(k + ':').padEnd(16)}${padStart(String(v), 8)} kB\n`).join('');
}

export function uptime(host: Host, now: number): string {
  const s = (now - host.bootedAt) / 1000;
  return `${s.toFixed(2)} ${(s * 1.9).toFixed(2)}\n`;
}

/** Newest first, each holder followed by a comma, addresses hidden from a user (kptr_restrict). */
export function modules(host: Host): string {
  const sys = host.sys!;
  return [...sys.modules].reverse().map((m) => {
    const by = holders(sys, m);
    return `${m} ${moduleSize(m)} ${by.length} ${by.length ? by.map((h) => h + ',').join('') : '-'} Live 0x0000000000000000\n`;
  }).join('');
}

/** The load averages uptime(1) shows (procps reads them here): the kubelet's node is busier. */
export function loadavg(host: Host, running: number, total: number, lastPid: number): string {
  const busy = host.sys?.units.get('kubelet.service')?.active === 'active';
  return `${busy ? '0.31 0.22 0.10' : '0.00 0.01 0.00'} ${running}/${total} ${lastPid}\n`;
}

/** fs/proc_namespace.c show_vfsmnt: `source target type options 0 0`. */
export function mountsText(host: Host): string {
  return mounts(host).map((m) => `${m.source} ${m.target} ${m.fstype} ${m.options} 0 0\n`).join('');
}

/** block/genhd.c show_partition: the disk (10 GiB, as the kernel log gives it) and its partitions, in 1 KiB blocks. */
export function partitions(): string {
  const row = (maj: number, min: number, kb: number, name: string) => `${padStart(String(maj), 4)}  ${padStart(String(min), 7)} ${padStart(String(kb), 10)} ${name}\n`;
  return 'major minor  #blocks  name\n\n' + row(8, 0, 10 * 1024 * 1024, 'sda') + PARTITIONS.map((p) => row(8, Number(p.majMin.split(':')[1]), p.kb, p.name)).join('');
}

/** The figures of /proc/stat (vmstat's model, procps/vmstat/stats.ts). */
export interface CpuStat { user: number; nice: number; system: number; idle: number; iowait: number; irq: number; softirq: number; steal: number; intr: number; ctxt: number; btime: number; forks: number; running: number; blocked: number }

/**
 * fs/proc/stat.c show_stat: the sum over the CPUs and each CPU (the ticks shared out evenly), then the counters.
 * intr and softirq give their totals only: the per-interrupt columns are left out (DIFFERENCES.md).
 */
export function procStat(s: CpuStat, cpus: number): string {
  const row = (name: string, d: number, i: number) => {
    const part = (v: number) => Math.floor(v / d) + (i < v % d ? 1 : 0);
    return `${name} ${[s.user, s.nice, s.system, s.idle, s.iowait, s.irq, s.softirq, s.steal, 0, 0].map((v) => (d === 1 ? v : part(v))).join(' ')}\n`;
  };
  let out = row('cpu ', 1, 0);
  for (let c = 0; c < cpus; c++) out += row(`cpu${c}`, cpus, c);
  return out + `intr ${s.intr}\nctxt ${s.ctxt}\nbtime ${s.btime}\nprocesses ${s.forks}\nprocs_running ${s.running}\nprocs_blocked ${s.blocked}\nsoftirq ${s.softirq}\n`;
}

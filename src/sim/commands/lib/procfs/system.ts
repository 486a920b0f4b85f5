// The texts of /proc's system files, from the guest's state. Formats: Linux 5.14 fs/proc/*.c (meminfo.c,
// loadavg.c, uptime.c, version.c), mm/swapfile.c (swaps), kernel/module.c (modules), block/genhd.c (partitions),
// fs/proc_namespace.c (mounts); see DIFFERENCES.md for what is left out.
import type { Host } from '../../../types';
import { padStart } from '../../../util';
import { holders, moduleSize } from '../../kmod/modules';
import { mounts, PARTITIONS } from '../mounts';
import { procSwaps, swapTotal } from '../swaps';

/** /proc/version: the Rocky 9.5 kernel's build line. */
export function procVersion(host: Host): string {
  return `Linux version ${host.sys!.kernel} (mockbuild@iad1-prod-build001.bld.equ.rockylinux.org) (gcc (GCC) 11.5.0 20240719 (Red Hat 11.5.0-2), GNU ld version 2.35.2-54.el9) #1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024\n`;
}

/** The root file system's UUID, as /etc/fstab names it (commands/lib/mounts.ts PARTITIONS). */
const rootUuid = () => PARTITIONS[3].uuid;

/**
 * The kernel command line: GRUB's BOOT_IMAGE (the kernel on /boot, sda3: (hd0,gpt3)) and root=UUID=... ro, then the
 * rockylinux/9 kickstart's `bootloader --append` (rocky-linux/kickstarts r9, Rocky-9-Vagrant-Vbox.ks).
 */
export function kernelCmdline(host: Host): string {
  return `BOOT_IMAGE=(hd0,gpt3)/vmlinuz-${host.sys!.kernel} root=UUID=${rootUuid()} ro no_timer_check console=tty0 console=ttyS0,115200n8 net.ifnames=0 biosdevname=0 elevator=noop`;
}

export function swaps(host: Host): string {
  return procSwaps(host.sys);
}

export function meminfo(host: Host): string {
  const sys = host.sys!;
  const free = Math.round(sys.memTotalKb * 0.62);
  const swap = swapTotal(sys);
  return `MemTotal:       ${padStart(String(sys.memTotalKb), 8)} kB\nMemFree:        ${padStart(String(free), 8)} kB\nMemAvailable:   ${padStart(String(Math.round(sys.memTotalKb * 0.8)), 8)} kB\nSwapTotal:      ${padStart(String(swap), 8)} kB\nSwapFree:       ${padStart(String(swap), 8)} kB\n`;
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

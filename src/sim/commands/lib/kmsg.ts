// The kernel's message buffer of a guest (dmesg): what the kernel printed while the guest booted, then what it
// printed as the world ran (a module loaded by modprobe, swap turned on). Each record keeps its syslog level and
// its time since boot.
//
// The boot part is modelled: no recorded log of this box was found. Its messages are worded as the 5.14 kernel
// prints them (the Linux version line is /proc/version's) and describe this guest: VirtualBox's DMI strings, the
// KVM paravirtualisation interface VirtualBox gives Linux guests, the VBOX HARDDISK of lsblk with its four
// partitions, the e1000 adapters with the MACs `ip link` shows, the XFS mounts of the mount table and the swap
// area of swapon. Their times are the simulator's. DIFFERENCES.md in commands/util-linux says what is left out.
import type { Host } from '../../types';
import { CPU } from './cpu';
import { kernelCmdline, procVersion } from './procfs/system';
import { PARTITIONS } from './mounts';

export interface KernelRecord {
  /** Microseconds since boot. */
  us: number;
  /** syslog level (6 info, 5 notice, 4 warning, 3 err). */
  level: number;
  text: string;
}

const INFO = 6;
const NOTICE = 5;

/** The line swapon(2) prints for the guest's swap partition (mm/swapfile.c; "FS": frontswap is built in). */
export function swapLine(host: Host): string {
  const kb = host.sys!.swapTotalKb;
  return `Adding ${kb}k swap on /dev/sda2.  Priority:-2 extents:1 across:${kb}k FS`;
}

/** What the kernel prints when these modules are inserted (net/bridge/br.c, br_netfilter.c). */
const ON_LOAD: Record<string, [number, string][]> = {
  bridge: [[INFO, 'bridge: filtering via arp/ip/ip6tables is no longer available by default. Update your scripts to load br_netfilter if you need this.']],
  br_netfilter: [[NOTICE, 'Bridge firewalling registered']],
};

/** Record a kernel message printed now. */
export function kmsg(host: Host, now: number, text: string, level = INFO): void {
  const sys = host.sys;
  if (!sys) return;
  (sys.kmsg ??= []).push({ at: now, level, text });
}

/** Record what inserting these modules prints, in insertion order. */
export function kmsgModules(host: Host, now: number, inserted: string[]): void {
  for (const m of inserted) for (const [level, text] of ON_LOAD[m] ?? []) kmsg(host, now, text, level);
}

export function bootLog(host: Host): KernelRecord[] {
  const sys = host.sys!;
  const version = procVersion(host).trimEnd();
  const sectors = 10 * 1024 * 1024 * 2;
  const eths = host.ifaces.filter((i) => i.name.startsWith('eth'));
  // VirtualBox puts the first adapter in PCI slot 3 and the next ones in slots 8, 9 and 10
  const slot = (i: number) => (i === 0 ? '03' : String(7 + i).padStart(2, '0'));
  const r: [number, number, string][] = [
    [0, NOTICE, version],
    // arch/x86/kernel/setup.c setup_arch(): the same line as /proc/cmdline
    [0, INFO, `Command line: ${kernelCmdline(host)}`],
    [0, INFO, 'DMI: innotek GmbH VirtualBox/VirtualBox, BIOS VirtualBox 12/01/2006'],
    [0, INFO, 'Hypervisor detected: KVM'],
    [0, INFO, 'kvm-clock: Using msrs 4b564d01 and 4b564d00'],
    [8_124, INFO, `smpboot: Allowing ${sys.cpus} CPUs, 0 hotplug CPUs`],
    [121_847, INFO, `smp: Brought up 1 node, ${sys.cpus} CPU${sys.cpus > 1 ? 's' : ''}`],
    [121_851, INFO, `smpboot: Total of ${sys.cpus} processors activated (${(Number(CPU.bogomips) * sys.cpus).toFixed(2)} BogoMIPS)`],
    [1_042_516, INFO, 'ata1.00: ATA-6: VBOX HARDDISK, 1.0, max UDMA/133'],
    [1_043_307, NOTICE, 'scsi 0:0:0:0: Direct-Access     ATA      VBOX HARDDISK    1.0  PQ: 0 ANSI: 5'],
    [1_049_625, NOTICE, `sd 0:0:0:0: [sda] ${sectors} 512-byte logical blocks: (10.7 GB/10.0 GiB)`],
    [1_049_641, NOTICE, 'sd 0:0:0:0: [sda] Write Protect is off'],
    [1_049_679, NOTICE, "sd 0:0:0:0: [sda] Write cache: enabled, read cache: enabled, doesn't support DPO or FUA"],
    [1_053_960, INFO, ` sda: ${PARTITIONS.map((p) => p.name).join(' ')}`],
    [1_054_288, NOTICE, 'sd 0:0:0:0: [sda] Attached SCSI disk'],
    ...eths.flatMap((e, i): [number, number, string][] => [
      [1_138_442 + i * 310_000, INFO, `e1000 0000:00:${slot(i)}.0 ${e.name}: (PCI:33MHz:32-bit) ${e.mac}`],
      [1_138_455 + i * 310_000, INFO, `e1000 0000:00:${slot(i)}.0 ${e.name}: Intel(R) PRO/1000 Network Connection`],
    ]),
    [2_081_960, NOTICE, 'SGI XFS with ACLs, security attributes, scrub, quota, no debug enabled'],
    [2_086_702, NOTICE, 'XFS (sda4): Mounting V5 Filesystem'],
    [2_131_225, INFO, 'XFS (sda4): Ending clean mount'],
    [4_612_935, NOTICE, 'XFS (sda3): Mounting V5 Filesystem'],
    [4_655_134, INFO, 'XFS (sda3): Ending clean mount'],
    // systemd-modules-load inserts what /etc/modules-load.d lists (br_netfilter brings llc, stp and bridge)
    ...bootModules(host).flatMap((m, i) => (ON_LOAD[m] ?? []).map(([level, text]): [number, number, string] => [3_912_447 + i * 5_113, level, text])),
    // systemd turns on the swap /etc/fstab lists
    ...(/^\s*[^#\s]\S*\s+\S+\s+swap\s/m.test((() => { const t = host.fs.read('/etc/fstab'); return /^E[A-Z]+$/.test(t) ? '' : t; })()) ? [[4_737_113, INFO, swapLine(host)] as [number, number, string]] : []),
    ...eths.map((e, i): [number, number, string] => [6_212_574 + i * 4_118, INFO, `e1000: ${e.name} NIC Link is Up 1000 Mbps Full Duplex, Flow Control: RX`]),
    ...eths.map((e, i): [number, number, string] => [6_214_880 + i * 4_118, INFO, `IPv6: ADDRCONF(NETDEV_CHANGE): ${e.name}: link becomes ready`]),
  ];
  return r.map(([us, level, text]) => ({ us, level, text })).sort((a, b) => a.us - b.us);
}

function bootModules(host: Host): string[] {
  const dir = host.fs.list('/etc/modules-load.d');
  // what systemd-modules-load read at this boot: the files written since (modprobe's messages are the world's) do not count
  const files = typeof dir === 'string' ? [] : dir.filter((e) => e.mtime <= host.bootedAt).map((e) => e.name).filter((f) => f.endsWith('.conf')).sort();
  const text = (p: string) => {
    const t = host.fs.read(p);
    return /^E[A-Z]+$/.test(t) ? '' : t;
  };
  const names = files.flatMap((f) => text('/etc/modules-load.d/' + f).split('\n'));
  const wanted = names.map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const out: string[] = [];
  for (const m of wanted) {
    if (m === 'br_netfilter') out.push('bridge');
    out.push(m);
  }
  return out;
}

/** Every record of the buffer since the guest last booted, oldest first. */
export function kernelLog(host: Host): KernelRecord[] {
  const later = (host.sys?.kmsg ?? [])
    .filter((k) => k.at >= host.bootedAt)
    .map((k) => ({ us: (k.at - host.bootedAt) * 1000, level: k.level, text: k.text }));
  return [...bootLog(host), ...later];
}

/**
 * busybox's uptime and free in a pod (procps/uptime.c, procps/free.c of 1.28.4 and 1.36.1). Both read the kernel's
 * figures (sysinfo(), /proc/meminfo), which a container shares with its node: the node's uptime, load and memory,
 * as the node's own uptime and free give them. uptime counts the users of /var/run/utmp, which the images do not
 * have: `0 users` (FEATURE_UPTIME_UTMP_SUPPORT is on in the images' defconfig). 1.36's free has procps-ng's
 * columns (total used free shared buff/cache available, %12s); 1.28's the old ones (buffers, cached, %11llu) and
 * the `-/+ buffers/cache:` line. The clock is UTC (no TZ in the images).
 */
import type { Cluster } from '../cluster';
import type { Obj } from '../objects';
import { showUsage, type Run } from './busybox';

/** What a node's kernel tells a program: seconds up, load averages, memory in KiB. */
export interface NodeKernel {
  uptime: number;
  loads: [string, string, string];
  mem: { total: number; free: number; shared: number; buffers: number; cached: number; available: number; swapTotal: number; swapFree: number };
}

const lookups = new WeakMap<Cluster, (node: string) => NodeKernel | null>();

/** The world tells each cluster how to reach its nodes' kernels (k8s/world.ts). */
export function setNodeKernels(c: Cluster, f: (node: string) => NodeKernel | null): void {
  lookups.set(c, f);
}

const kernelOf = (c: Cluster, pod: Obj): NodeKernel | null => (pod.spec?.nodeName ? (lookups.get(c)?.(pod.spec.nodeName) ?? null) : null);

export function uptime(c: Cluster, pod: Obj, minor: number, argv: string[]): Run | null {
  const k = kernelOf(c, pod);
  if (!k) return null;
  const d = new Date(c.t);
  const two = (n: number) => String(n).padStart(2, '0');
  // 1.36's getopt32("s"): -s prints the boot time, another option bb_show_usage; 1.28 reads no arguments
  if (minor >= 36 && argv.some((a) => /^-./.test(a))) {
    const opts = argv.filter((a) => /^-./.test(a)).join('').replace(/-/g, '');
    if (/[^s]/.test(opts)) return showUsage(minor, 'uptime', '\n\nDisplay the time since the last boot');
    const b = new Date(c.t - Math.floor(k.uptime) * 1000);
    return { out: `${b.getUTCFullYear()}-${two(b.getUTCMonth() + 1)}-${two(b.getUTCDate())} ${two(b.getUTCHours())}:${two(b.getUTCMinutes())}:${two(b.getUTCSeconds())}\n`, err: '', code: 0 };
  }
  const up = Math.floor(k.uptime);
  const days = Math.floor(up / 86400);
  const mins = Math.floor(up / 60);
  const hours = Math.floor(mins / 60) % 24;
  let out = ` ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} up `;
  if (days) out += `${days} day${days !== 1 ? 's' : ''}, `;
  out += hours ? `${String(hours).padStart(2)}:${two(mins % 60)}` : `${mins % 60} min`;
  out += `,  0 users,  load average: ${k.loads.join(', ')}\n`;
  return { out, err: '', code: 0 };
}

export function free(c: Cluster, pod: Obj, minor: number, argv: string[]): Run | null {
  const k = kernelOf(c, pod);
  if (!k) return null;
  const m = k.mem;
  const opt = argv[0]?.startsWith('-') ? argv[0][1] : undefined;
  const units: Record<string, number> = minor >= 36 ? { b: 1, k: 1024, m: 1 << 20, g: 1 << 30, h: 0 } : { b: 1, k: 1024, m: 1 << 20, g: 1 << 30 };
  if (opt !== undefined && !(opt in units)) {
    const usage = minor >= 36 ? '[-bkmgh]\n\nDisplay free and used memory' : '[-b/k/m/g]\n\nDisplay the amount of free and used system memory';
    return showUsage(minor, 'free', usage);
  }
  const unit = opt === undefined ? 1024 : units[opt];
  if (minor < 36) {
    // scale(): bytes shifted right by the unit's power of two
    const s = (kb: number) => String(Math.floor((kb * 1024) / unit));
    const f = (vals: number[], w = 11) => vals.map((v) => s(v).padStart(w)).join('');
    let out = `       ${['total', 'used', 'free', 'shared', 'buffers', 'cached'].map((h) => h.padStart(11)).join('')}\nMem:   `;
    out += f([m.total, m.total - m.free, m.free, m.shared, m.buffers, m.cached]) + '\n';
    const cached = m.cached + m.free + m.buffers;
    out += '-/+ buffers/cache:' + f([m.total - cached, cached]) + '\n';
    out += 'Swap:  ' + f([m.swapTotal, m.swapTotal - m.swapFree, m.swapFree]) + '\n';
    return { out, err: '', code: 0 };
  }
  // make_human_readable_str: rounded to the unit, or (-h) a value under 1024 with one decimal and a suffix
  const human = (bytes: number): string => {
    if (bytes === 0) return '0';
    if (unit) return String(Math.floor((bytes + Math.floor(unit / 2)) / unit));
    let v = bytes;
    let frac = 0;
    let u = 0;
    while (v >= 1024) {
      frac = Math.floor((((v % 1024) * 10) + 512) / 1024);
      v = Math.floor(v / 1024);
      u++;
    }
    if (frac >= 10) (v++, (frac = 0));
    return u ? `${v}.${frac}${' KMGTPEZY'[u]}` : String(v);
  };
  const s = (kb: number) => human(kb * 1024).padStart(12);
  const cache = m.buffers + m.cached;
  let out = `       ${['total', 'used', 'free', 'shared', 'buff/cache', 'available'].map((h) => h.padStart(12)).join('')}\nMem:   `;
  out += [m.total, m.total - cache - m.free, m.free, m.shared, cache, m.available].map(s).join('') + '\n';
  out += 'Swap:  ' + [m.swapTotal, m.swapTotal - m.swapFree, m.swapFree].map(s).join('') + '\n';
  return { out, err: '', code: 0 };
}

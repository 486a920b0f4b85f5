// The kernel modules of the Rocky 9.5 guests' kernel that the labs touch: what each needs loaded first (the
// depends= of its modinfo) and its size in /proc/modules. Loaded modules live in host.sys.modules, oldest first,
// as the kernel lists them newest first.
import type { LinuxSystem } from '../../types';

/** Direct dependencies: modprobe loads them first, deepest first. */
const DEPENDS: Record<string, string[]> = {
  br_netfilter: ['bridge'],
  bridge: ['stp', 'llc'],
  stp: ['llc'],
  overlay: [],
  ip_vs: ['nf_conntrack', 'nf_defrag_ipv6', 'nf_defrag_ipv4'],
  ip_vs_rr: ['ip_vs'],
  ip_vs_wrr: ['ip_vs'],
  ip_vs_sh: ['ip_vs'],
  nf_conntrack: ['nf_defrag_ipv6', 'nf_defrag_ipv4'],
  iptable_nat: ['ip_tables'],
  xfs: ['libcrc32c'],
  ata_piix: ['libata'],
  nf_tables: ['nfnetlink'],
};

/** The modules `m` needs directly (modinfo's depends). */
export const depends = (m: string) => DEPENDS[m] ?? [];

/** Module names modprobe can load, for Tab. */
export const knownModules = () => [...KNOWN].sort();

/** Modules of /lib/modules/<kernel> modprobe can find (more are built in or not modelled). */
const KNOWN = new Set([
  ...Object.keys(DEPENDS), 'llc', 'nf_defrag_ipv4', 'nf_defrag_ipv6', 'vxlan', 'ip_tables', 'xt_conntrack', 'dummy', 'tun', 'veth', 'xfs',
  'fuse', 'nf_tables', 'nfnetlink', 'libcrc32c', 'vboxguest', 'vboxsf', 'e1000', 'ata_piix', 'ahci', 'libata', 'sd_mod', 'sg',
]);

/** Sizes lsmod shows for the modules the lab loads; other modules get a stand-in size. */
const SIZE: Record<string, number> = { br_netfilter: 36864, bridge: 405504, stp: 16384, llc: 16384, overlay: 229376 };

/** Where the lab's modules lie under /lib/modules/<kernel>/kernel (the kernel tree's directories; RHEL 9 compresses modules with xz). */
const PATH: Record<string, string> = {
  br_netfilter: 'net/bridge/br_netfilter.ko.xz',
  bridge: 'net/bridge/bridge.ko.xz',
  stp: 'net/802/stp.ko.xz',
  llc: 'net/llc/llc.ko.xz',
  overlay: 'fs/overlayfs/overlay.ko.xz',
};

/** The module's file, when the simulator knows it. */
export const modulePath = (kernel: string, m: string) => (PATH[m] ? `/lib/modules/${kernel}/kernel/${PATH[m]}` : undefined);

/** What `m` needs and itself, deepest first, loaded or not (modprobe -D). */
export function chain(m: string): string[] {
  const out: string[] = [];
  const visit = (x: string) => {
    if (out.includes(x)) return;
    for (const d of DEPENDS[x] ?? []) visit(d);
    out.push(x);
  };
  visit(m);
  return out;
}

/** modprobe and the kernel know a name with `-` and `_` alike. */
export const moduleName = (m: string) => m.replace(/-/g, '_');

export const moduleExists = (m: string) => KNOWN.has(moduleName(m));

export const moduleSize = (m: string) => SIZE[m] ?? 16384 + ((m.length * 4096) % 65536);

/** The loaded modules that use `m` (its holders), by name. */
export function holders(sys: LinuxSystem, m: string): string[] {
  return [...sys.modules].filter((h) => DEPENDS[h]?.includes(m)).sort();
}

/** Load `m` and what it needs; returns the modules inserted, in order. */
export function load(sys: LinuxSystem, m: string): string[] {
  const done: string[] = [];
  const visit = (x: string) => {
    if (sys.modules.has(x)) return;
    for (const d of DEPENDS[x] ?? []) visit(d);
    sys.modules.add(x);
    done.push(x);
  };
  visit(m);
  return done;
}

/** The module whose file is `path` under /lib/modules/<kernel>/kernel, if the simulator knows it. */
export const moduleAt = (kernel: string, path: string) => Object.keys(PATH).find((m) => modulePath(kernel, m) === path);

/** The modules `m` needs that are not loaded yet (what an insert would have to load), deepest first. */
export function missing(sys: LinuxSystem, m: string): string[] {
  const out: string[] = [];
  const visit = (x: string) => {
    if (sys.modules.has(x) || out.includes(x)) return;
    for (const d of DEPENDS[x] ?? []) visit(d);
    out.push(x);
  };
  visit(m);
  return out;
}

/** Unload `m`, then each module it needed that nothing else holds any more (rmmod_do_remove_module); returns them in that order. */
export function unload(sys: LinuxSystem, m: string): string[] {
  sys.modules.delete(m);
  const out = [m];
  for (const d of DEPENDS[m] ?? []) if (sys.modules.has(d) && holders(sys, d).length === 0) out.push(...unload(sys, d));
  return out;
}

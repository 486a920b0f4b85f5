/** What the cluster reads from a guest: its node name and address, package versions, units, containerd's settings. */
import type { Host } from '../types';
import { productUuid } from '../commands/lib/sysfs/devices';

export function hostname(h: Host): string {
  return h.hostname.split('.')[0];
}

/** The private-network address a node registers with (eth1 under Vagrant, else the first address). */
export function nodeIp(h: Host): string {
  const eth1 = h.ifaces.find((i) => i.name === 'eth1');
  return (eth1 ?? h.ifaces.find((i) => i.name !== 'lo') ?? { addr: '10.0.2.15' }).addr;
}

export function pkgVersion(h: Host, name: string): string | null {
  return h.sys?.packages.get(name)?.version ?? null;
}

export function unitActive(h: Host, unit: string): boolean {
  return h.sys?.units.get(unit)?.active === 'active';
}

export function osImage(h: Host): string {
  return (h.sys?.release ?? 'Rocky Linux release 9.5 (Blue Onyx)').replace(' release ', ' ');
}

export function containerdConfig(h: Host): string {
  const r = h.fs.read('/etc/containerd/config.toml');
  return typeof r === 'string' ? r : '';
}

export function systemdCgroup(h: Host): boolean {
  return /^\s*SystemdCgroup\s*=\s*true/m.test(containerdConfig(h));
}

/** The host a shell runs on, as the cluster's node name. */
export function nodeNameOf(h: Host): string {
  return hostname(h);
}

export function nodeSim(h: Host, seed: number): Record<string, unknown> {
  return {
    // the kubelet reports /sys/class/dmi/id/product_uuid, the VM's SMBIOS UUID
    systemUuid: productUuid(seed, h.id),
    osImage: osImage(h),
    kernel: h.sys?.kernel,
    cpus: h.sys?.cpus ?? 2,
    memKi: h.sys?.memTotalKb ?? 3735748,
    runtimeVersion: pkgVersion(h, 'containerd.io') ?? '1.7.24',
    up: h.up,
    kubelet: true,
    runtime: unitActive(h, 'containerd.service'),
  };
}

/**
 * The static Pods the kubelet started on this host are running: the kubelet runs, or it was stopped after the host
 * booted (its containers live on without it); after a boot without the kubelet nothing started them.
 */
export function staticPodsUp(h: Host): boolean {
  const u = h.sys?.units.get('kubelet.service');
  if (!u) return false;
  return u.active === 'active' || u.since > h.bootedAt;
}

// Per-guest state the guest commands keep between runs (not part of the Linux system model itself).
import { defineSlot } from './world';

export interface GuestState {
  /** /etc/machine-id, made on first `hostnamectl`. */
  machineId?: string;
  /** Repositories whose dnf metadata was downloaded, and when. */
  dnfMetadata: Set<string>;
  dnfMetadataAt?: number;
  /** Repositories whose GPG key was imported. */
  gpgKeys: Set<string>;
  /** The transactions dnf ran on this guest in the simulation (`dnf history`), oldest first. */
  dnfHistory?: DnfTransaction[];
}

/** One dnf transaction as the history database keeps it. */
export interface DnfTransaction {
  id: number;
  /** dnf's arguments as typed (base.args joined by blanks). */
  cmdline: string;
  begin: number;
  end: number;
  /** The login user's uid (the loginuid, kept through sudo). */
  loginuid: number;
  /** Installed packages before and after: count and a digest, as libdnf's rpmdb version. */
  rpmdbBegin: string;
  rpmdbEnd: string;
  items: { action: 'Install' | 'Upgrade' | 'Upgraded' | 'Removed'; nevra: string; repo: string }[];
}

const GUESTS = defineSlot('guest-state', () => new Map<string, GuestState>());

export function guestState(world: import('./world').World, hostId: string): GuestState {
  const all = world.slot(GUESTS);
  let st = all.get(hostId);
  if (!st) all.set(hostId, (st = { dnfMetadata: new Set(), gpgKeys: new Set() }));
  return st;
}

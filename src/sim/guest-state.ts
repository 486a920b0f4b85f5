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
}

const GUESTS = defineSlot('guest-state', () => new Map<string, GuestState>());

export function guestState(world: import('./world').World, hostId: string): GuestState {
  const all = world.slot(GUESTS);
  let st = all.get(hostId);
  if (!st) all.set(hostId, (st = { dnfMetadata: new Set(), gpgKeys: new Set() }));
  return st;
}

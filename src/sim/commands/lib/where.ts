// Where a guest command exists: small predicates shared by the guest manifest (commands/guest.ts, in the guest's
// eager chunk) and the command modules, kept apart from lib/guest.ts and lib/packages.ts so the manifest stays small.
import type { Host } from '../../types';

/** A command of the Rocky guests only (not of hosts without a system model). */
export const linuxOnly = (h: Host) => h.kind === 'linux' && h.sys !== null;

/** Whether a package providing the command is installed on the host. */
export function hasCommand(host: Host, command: string): boolean {
  return !!host.sys?.extraCommands.has(command);
}

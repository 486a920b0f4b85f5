// What the cmd.exe builtins share: the raw argument text cmd.exe hands them, its common messages, and the host's
// VirtualBox Host-Only networks.
import type { CommandContext } from '../../context';

/** A builtin's context; `raw` is the command line after the name, as cmd.exe passes it (quotes and all). */
export type CmdCtx = CommandContext & { raw?: string };
export const raw = (ctx: CmdCtx) => (ctx.raw ?? ctx.args.join(' ')).replace(/^\s/, '');

export const SYNTAX = 'The syntax of the command is incorrect.\n';
export const NOT_FOUND_FILE = 'The system cannot find the file specified.\n';
export const NOT_FOUND_PATH = 'The system cannot find the path specified.\n';

/** Private networks the guests use (each gets a VirtualBox Host-Only adapter on the host). */
export function hostOnlyNets(ctx: CommandContext): string[] {
  const nets = new Set<string>();
  for (const h of ctx.world.hosts.values())
    for (const i of h.ifaces) if (i.name !== 'eth0' && i.name !== 'lo' && h.kind === 'linux') nets.add(i.addr.split('.').slice(0, 3).join('.'));
  return [...nets].sort();
}

/** What `ver` prints between its blank line and newline, and the prompt's $V. */
export const WINDOWS_VERSION = 'Microsoft Windows [Version 10.0.22631.4460]';

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

/** One network adapter of the host: what ipconfig and systeminfo both show. */
export interface HostNic {
  /** The connection's name (ipconfig's `Ethernet adapter <name>:`, systeminfo's Connection Name). */
  conn: string;
  addr: string;
  linkLocal: string;
  scope: number;
  /** The LAN's router, which is also its DHCP server; none on the host-only networks. */
  gateway: string;
}

/** The host's adapters: its LAN (DHCP from the home router) and one VirtualBox Host-Only adapter per private network. */
export function hostNics(ctx: CommandContext): HostNic[] {
  const list: HostNic[] = [
    { conn: 'Ethernet', addr: '192.168.0.10', linkLocal: 'fe80::4c1d:2b6e:9a31:7f20', scope: 12, gateway: '192.168.0.1' },
  ];
  const nets = hostOnlyNets(ctx);
  if (!nets.includes('192.168.56')) nets.unshift('192.168.56');
  nets.forEach((n, i) => {
    list.push({ conn: `VirtualBox Host-Only Network${i ? ` #${i + 1}` : ''}`, addr: `${n}.1`, linkLocal: `fe80::8d2a:11c4:5e0b:${(0x3a10 + i).toString(16)}`, scope: 17 + i, gateway: '' });
  });
  return list;
}

/** The adapter's description (ipconfig /all, route print's interface list): the LAN card or VirtualBox's i-th adapter. */
export function nicDesc(n: HostNic, i: number): string {
  return n.conn === 'Ethernet' ? 'Intel(R) Ethernet Connection (17) I219-V' : `VirtualBox Host-Only Ethernet Adapter${i > 1 ? ` #${i}` : ''}`;
}

/** The adapter's MAC address as ipconfig prints it; VirtualBox's end in their interface index. */
export function nicMac(n: HostNic): string {
  return n.conn === 'Ethernet' ? '3C-7C-3F-5A-19-E4' : `0A-00-27-00-00-${n.scope.toString(16).toUpperCase().padStart(2, '0')}`;
}

/** What `ver` prints between its blank line and newline, and the prompt's $V. */
export const WINDOWS_VERSION = 'Microsoft Windows [Version 10.0.22631.4460]';

/** The NUL device: `nul` in any folder, in any case (type nul, copy nul file, > nul): reads as empty, swallows writes. */
export const isNul = (arg: string): boolean => /^(?:[a-z]:)?(?:.*[\\/])?nul$/i.test(arg);

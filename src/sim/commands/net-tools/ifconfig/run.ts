// ifconfig of net-tools 2.0 (Rocky 9.5's net-tools-2.0-0.64.20160912git): every interface, one, or the short table
// (-s) from the guest's model, printed as lib/interface.c's ife_print_long() / ife_print_short() do; settings as a
// user fail as the kernel refuses them (EPERM), as root they are taken and the interface stays as Vagrant set it up
// (as with `ip`; DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { hasCommand } from '../../lib/where';
import { interfaces, type Iface } from '../lib';
import { longText, SHORT_HEADER, shortRow } from '../print';
import { spec } from './spec';

type Help = typeof import('./help');

/** The ioctl each setting word makes (ifconfig.c), and whether a failure comes from set_flag() (-1: status 255). */
const SETTINGS: Record<string, [ioctl: string, args: number, viaFlag?: boolean]> = {
  up: ['SIOCSIFFLAGS', 0, true], down: ['SIOCSIFFLAGS', 0, true], arp: ['SIOCSIFFLAGS', 0, true], '-arp': ['SIOCSIFFLAGS', 0, true],
  promisc: ['SIOCSIFFLAGS', 0, true], '-promisc': ['SIOCSIFFLAGS', 0, true], allmulti: ['SIOCSIFFLAGS', 0, true], '-allmulti': ['SIOCSIFFLAGS', 0, true],
  multicast: ['SIOCSIFFLAGS', 0, true], trailers: ['SIOCSIFFLAGS', 0, true], '-trailers': ['SIOCSIFFLAGS', 0, true],
  dynamic: ['SIOCSIFFLAGS', 0, true], '-dynamic': ['SIOCSIFFLAGS', 0, true],
  mtu: ['SIOCSIFMTU', 1], netmask: ['SIOCSIFNETMASK', 1], broadcast: ['SIOCSIFBRDADDR', 1], txqueuelen: ['SIOCSIFTXQLEN', 1],
  dstaddr: ['SIOCSIFDSTADDR', 1], pointopoint: ['SIOCSIFDSTADDR', 1],
};

function* ifconfig(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  let all = false;
  let short = false;
  while (args.length && args[0].startsWith('-')) {
    const w = args.shift()!;
    if (w === '-a') all = true;
    else if (w === '-s') short = true;
    else if (w === '-v') continue;
    else if (w === '-V' || w === '-version' || w === '--version') {
      const h = (yield { load: () => import('./help') }) as Help;
      ctx.err(h.version);
      return 0;
    } else if (w === '-?' || w === '-h' || w === '-help' || w === '--help') {
      const h = (yield { load: () => import('./help') }) as Help;
      ctx.err(h.usage);
      return 0;
    } else {
      ctx.err(`ifconfig: option \`${w}' not recognised.\nifconfig: \`--help' gives usage information.\n`);
      return 1;
    }
  }
  void all; // every interface of the guests is up: -a lists the same ones
  const list = interfaces(ctx);
  const print = (i: Iface) => (short ? shortRow(i) : longText(i));
  if (!args.length) {
    ctx.out((short ? SHORT_HEADER : '') + list.map(print).join(''));
    return 0;
  }
  const name = args.shift()!;
  const iface = list.find((i) => i.name === name);
  if (!args.length) {
    if (!iface) {
      if (short) ctx.out(SHORT_HEADER);
      ctx.err(`${name}: error fetching interface information: Device not found\n`);
      return 1;
    }
    ctx.out((short ? SHORT_HEADER : '') + print(iface));
    return 0;
  }
  // settings: each word's ioctl, in order; the kernel wants CAP_NET_ADMIN
  const root = ctx.frame.user === 'root';
  const errno = !iface ? 'No such device' : 'Operation not permitted';
  if (root && iface) return 0;
  let status = 0;
  if (['inet', 'inet6'].includes(args[0])) args.shift();
  for (let k = 0; k < args.length; k++) {
    const w = args[k];
    const known = SETTINGS[w];
    if (known) {
      k += known[1];
      if (known[2] && !iface) ctx.err(`${name}: ERROR while getting interface flags: No such device\n`);
      else ctx.err(`${known[0]}: ${errno}\n`);
      status = known[2] ? 255 : status || 1;
      continue;
    }
    if (w === 'hw') {
      k += 2;
      ctx.err(`SIOCSIFHWADDR: ${errno}\n`);
      status ||= 1;
      continue;
    }
    // anything else is the address: SIOCSIFADDR, then the interface is brought up
    ctx.err(`SIOCSIFADDR: ${errno}\n`);
    ctx.err(iface ? `SIOCSIFFLAGS: ${errno}\n` : `${name}: ERROR while getting interface flags: No such device\n`);
    status = 255;
  }
  return status;
}

def({ name: 'ifconfig', available: (h) => hasCommand(h, 'ifconfig'), summary: 'configure a network interface', spec, run: ifconfig });

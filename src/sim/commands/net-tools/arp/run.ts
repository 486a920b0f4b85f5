// arp of net-tools 2.0: the guest's ARP cache (lib.ts: the NAT gateway) in arp_disp_2()'s table or, with -a,
// arp_disp()'s BSD lines; names unless -n (_gateway from nss-myhostname); -d and -s as a user fail as the kernel
// refuses them (EPERM), as root they are taken and the cache stays as it is (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { hasCommand } from '../../lib/where';
import { hostByAddr, resolveHost } from '../../lib/net';
import { neighbours } from '../../lib/routes';
import { spec } from './spec';

type Help = typeof import('./help');

const FAMILIES = ['unix', 'inet', 'inet6', 'ax25', 'netrom', 'rose', 'ipx', 'ddp', 'ash', 'x25'];
/** lib/hw.c's types with an address length (ARP-capable), and those without. */
const HW_ARP = ['ash', 'ether', 'ax25', 'netrom', 'rose', 'arcnet', 'dlci', 'fddi', 'hippi', 'irda', 'x25', 'infiniband', 'eui64'];
const HW_OTHER = ['loop', 'slip', 'cslip', 'slip6', 'cslip6', 'adaptive', 'tunnel', 'ppp', 'hdlc', 'lapb', 'frad', 'sit'];

function* arp(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  if (o.has('version')) {
    const h = (yield { load: () => import('./help') }) as Help;
    ctx.err(h.version);
    return 0;
  }
  const proto = o.get('protocol');
  if (typeof proto === 'string') {
    if (!FAMILIES.includes(proto) && proto !== 'appletalk') {
      ctx.err(`arp: ${proto}: unknown address family.\n`);
      return 255;
    }
    if (proto !== 'inet') {
      ctx.err(`arp: ${proto}: kernel only supports 'inet'.\n`);
      return 255;
    }
  }
  const hw = o.get('hw-type');
  if (typeof hw === 'string') {
    if (HW_OTHER.includes(hw)) {
      ctx.err(`arp: ${hw}: hardware type without ARP support.\n`);
      return 255;
    }
    if (!HW_ARP.includes(hw)) {
      ctx.err(`arp: ${hw}: unknown hardware type.\n`);
      return 255;
    }
  }
  const numeric = o.has('numeric');
  const device = o.get('device');
  const action = [...o.list].reverse().find((x) => ['all', 'file', 'delete', 'set'].includes(x.key))?.key;
  if (action === 'delete' || action === 'set') {
    if (!ops.length) {
      ctx.err('arp: need host name\n');
      return 255;
    }
    if (action === 'set' && ops.length < 2) {
      ctx.err('arp: need hardware address\n');
      return 255;
    }
    if (!resolveIp(ctx, ops[0])) {
      ctx.err(`${ops[0]}: Unknown host\n`);
      return 255;
    }
    if (ctx.frame.user !== 'root') {
      ctx.err(action === 'set' ? 'SIOCSARP: Operation not permitted\n' : 'SIOCDARP(dontpub): Operation not permitted\n');
      return 255;
    }
    return 0;
  }
  if (action === 'file') {
    const file = ops[0] ?? '/etc/ethers';
    if (typeof ctx.host.fs.read(file) !== 'string' || ctx.host.fs.read(file) === 'ENOENT') {
      ctx.err(`arp: cannot open etherfile ${file} !\n`);
      return 255;
    }
    return 0;
  }
  // arp_show(): one host, or every entry
  let host = '';
  if (ops[0] !== undefined) {
    const ip = resolveIp(ctx, ops[0]);
    if (!ip) {
      ctx.err(`${ops[0]}: Unknown host\n`);
      return 255;
    }
    host = ip;
  }
  const list = neighbours(ctx.host);
  let shown = 0;
  let out = '';
  let title = false;
  for (const n of list) {
    if (typeof hw === 'string' && hw !== 'ether') continue;
    if (host && n.ip !== host) continue;
    if (typeof device === 'string' && n.dev !== device) continue;
    shown++;
    const name = numeric ? '?' : (hostByAddr(ctx, n.ip) ?? '?');
    if (action !== 'all') {
      if (!title) out += 'Address                  HWtype  HWaddress           Flags Mask            Iface\n';
      title = true;
      out += `${(name === '?' ? n.ip : name).slice(0, 23).padEnd(23)}  ${'ether'.padEnd(8)}${n.mac.padEnd(20)}${'C'.padEnd(6)}${''.padEnd(15)} ${n.dev}\n`;
    } else out += `${name} (${n.ip}) at ${n.mac} [ether] on ${n.dev}\n`;
  }
  if (o.has('verbose')) out += `Entries: ${list.length}\tSkipped: ${list.length - shown}\tFound: ${shown}\n`;
  if (!shown) {
    if (host && action !== 'all') out += `${ops[0]} (${host}) -- no entry\n`;
    else if (typeof hw === 'string' || host || typeof device === 'string') out += `arp: in ${list.length} entries no match found.\n`;
  }
  ctx.out(out);
  return 0;
}

/** INET_input() of a host operand: a dotted quad, or a name gethostbyname() finds. */
function resolveIp(ctx: CommandContext, word: string): string | null {
  if (/^\d+\.\d+\.\d+\.\d+$/.test(word)) return word;
  return resolveHost(ctx, word)?.addr ?? null;
}

def({ name: 'arp', available: (h) => hasCommand(h, 'arp'), summary: 'manipulate the system ARP cache', spec, run: arp });

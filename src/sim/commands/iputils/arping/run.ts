// arping of iputils 20210202 (arping.c; options and usage in spec.ts and help.ts). The device is -I's or the one the
// route to the destination leaves by (commands/lib/routes.ts: a local address goes out `lo`, which is not ARPable);
// the source is the address a UDP socket bound to that device and connected to the destination gets: the device's,
// on or off its network (nobody answers for an address off it). Who answers: VirtualBox's NAT gateway on eth0 (from its fixed MAC)
// and the running lab machines on a shared private network (from their interface's MAC); nothing else (down
// machines, free addresses, the guest's own address) does. A request goes out at once and every -i seconds; -c, -w,
// -f, a DAD reply or Ctrl+C end it, with finish()'s counts and exit status. Times are a hash of the hosts and the
// world's time, printed by recv_pack()'s arithmetic (which misplaces the half millisecond).
import type { CommandContext } from '../../../context';
import { Interrupt, type CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { resolveHost } from '../../lib/net';
import { GATEWAY, GATEWAY_MAC, routes } from '../../lib/routes';
import { fnv32a } from '../../../hash';
import { spec } from './spec';

const INT_MAX = 2147483647;

/** iputils_common.c strtol_or_err() with error()'s message; ERANGE past a long. */
function number(v: string, min: number, max: number): number | string {
  const m = /^[ \t\n\v\f\r]*([-+]?\d+)$/.exec(v);
  if (!m) return `arping: invalid argument: '${v}'\n`;
  const n = BigInt(m[1]);
  if (n > 2n ** 63n - 1n || n < -(2n ** 63n)) return `arping: invalid argument: '${v}': Numerical result out of range\n`;
  // %lu of a negative minimum would wrap; the minimums here are 0 and 1
  if (n < BigInt(min) || n > BigInt(max)) return `arping: invalid argument: '${v}': out of range: ${min} <= value <= ${max}\n`;
  return Number(n);
}

const ip = (a: string) => a.split('.').reduce((s, o) => s * 256 + Number(o), 0);
const inNet = (a: string, net: string, prefix: number) => prefix === 0 || Math.floor(ip(a) / 2 ** (32 - prefix)) === Math.floor(ip(net) / 2 ** (32 - prefix));
/** inet_aton(): a dotted quad (the shorter and hexadecimal forms are not modelled). */
const isQuad = (s: string) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((o) => Number(o) < 256);

/** The route's device (RTM_GETROUTE's RTA_OIF): `lo` for a local address, else the longest matching prefix's. */
function route(ctx: CommandContext, dst: string): string {
  if (dst.startsWith('127.') || ctx.host.ifaces.some((i) => i.addr === dst)) return 'lo';
  const r = routes(ctx.host)
    .filter((x) => inNet(dst, x.dest, x.prefix))
    .sort((a, b) => b.prefix - a.prefix || a.metric - b.metric)[0];
  return r ? r.iface : 'eth0';
}

/** The MAC that answers an ARP request for `dst` on `dev`, or null. */
function answerer(ctx: CommandContext, dev: string, dst: string): string | null {
  const me = ctx.host.ifaces.find((i) => i.name === dev);
  if (!me) return null;
  if (dev === 'eth0') return dst === GATEWAY ? GATEWAY_MAC : null;
  for (const h of ctx.world.hosts.values()) {
    if (h === ctx.host || !h.up) continue;
    const i = h.ifaces.find((x) => x.addr === dst && x.name !== 'eth0' && x.name !== 'lo' && inNet(dst, me.addr, me.prefix));
    if (i) return i.mac;
  }
  return null;
}

const hex = (mac: string) => mac.toUpperCase().replace(/-/g, ':');

function* arping(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let count = -1;
  let timeout = 0;
  let interval = 1;
  for (const e of o.list) {
    const v = String(e.value);
    if (e.key === 'c' || e.key === 'w' || e.key === 'i') {
      const n = number(v, e.key === 'c' ? 1 : 0, INT_MAX);
      if (typeof n === 'string') return (ctx.err(n), 1);
      if (e.key === 'c') count = n;
      else if (e.key === 'w') timeout = n;
      else interval = n;
    }
    if (e.key === 'V') {
      ctx.out('arping from iputils 20210202\n');
      return 0;
    }
  }
  const ops = ctx.operands ?? [];
  if (ops.length !== 1) {
    ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
    return 2;
  }
  const quiet = o.has('q');
  const dad = o.has('D');
  const unsolicited = o.has('U') || o.has('A');
  const quitOnReply = o.has('f') || dad;
  const target = ops[0];
  let gdst = target;
  if (!isQuad(target)) {
    const r = resolveHost(ctx, target);
    if (!r) return (ctx.err(`arping: ${target}: Name or service not known\n`), 2);
    gdst = r.addr;
  }
  const dev = o.str('I') || route(ctx, gdst);
  const iface = ctx.host.ifaces.find((i) => i.name === dev);
  if (!iface) return (ctx.err(`arping: Device ${dev} not available.\n`), 2);
  if (iface.name === 'lo') {
    if (!quiet) ctx.out(`Interface "lo" is not ARPable\n`);
    return dad ? 0 : 2;
  }
  const source = o.str('s');
  if (source !== undefined && !isQuad(source)) return (ctx.err(`arping: invalid source ${source}\n`), 2);
  let gsrc = source ?? (!dad && unsolicited ? gdst : '0.0.0.0');
  if (!dad || source !== undefined) {
    if (source !== undefined || gsrc !== '0.0.0.0') {
      // bind() to the source: only an address of this machine
      if (!ctx.host.ifaces.some((i) => i.addr === gsrc)) return (ctx.err('arping: bind: Cannot assign requested address\n'), 2);
    } else {
      // connect() of a UDP socket bound to the device gives the device's address, whether or not the destination
      // is on its network
      gsrc = iface.addr;
    }
  }
  if (!quiet) ctx.out(`ARPING ${gdst} from ${gsrc} ${iface.name}\n`);

  // who answers: a request for another machine's address from a source it can answer (not in -U/-A mode, whose
  // requests carry the target as their sender)
  const mac = unsolicited && !dad ? null : answerer(ctx, iface.name, gdst);
  let sent = 0;
  let brd = 0;
  let received = 0;
  let unicasting = false;
  let final = false;
  const start = ctx.world.now;
  const send = (answered = true) => {
    sent++;
    if (!unicasting) brd++;
    if (!mac || !answered) return;
    // recv_pack(): the reply (unicast to this machine); its time as the source's arithmetic prints it
    const rtt = 180 + (fnv32a(`${ctx.host.id}:${gdst}:${ctx.world.now}:${sent}`) % 620);
    const msecs = Math.floor((rtt + 500) / 1000);
    const usecs = rtt - (msecs * 1000 - 500);
    if (!quiet) ctx.out(`Unicast reply from ${gdst} [${hex(mac)}]  ${msecs}.${String(usecs).padStart(3, '0')}ms\n`);
    received++;
    if (timeout && received === count) final = true;
    else if (quitOnReply) final = true;
    else if (!o.has('b')) unicasting = true;
  };
  try {
    send();
    // the interval timer (disarmed by -i 0) and the timeout (disarmed by -w 0): a tick at the same second as the
    // timeout is read first, so one more request goes out
    for (let k = 1, expires = 1; !final; k++) {
      const tick = interval > 0 ? k * interval * 1000 : Infinity;
      const end = timeout > 0 ? timeout * 1000 : Infinity;
      const next = Math.min(tick, end);
      if (next === Infinity) {
        for (;;) yield { wait: 3_600_000 };
      }
      yield { wait: Math.max(0, start + next - ctx.world.now) };
      if (tick <= end) {
        expires++;
        if (count > 0 && count < expires) break;
        // at the timeout's second the loop ends before the reply is read
        send(tick < end);
      }
      if (end <= tick) break;
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
  }
  // finish()
  if (!quiet) ctx.out(`Sent ${sent} probes (${brd} broadcast(s))\nReceived ${received} response(s)\n`);
  let rc = dad ? (received ? 1 : 0) : unsolicited ? 0 : received ? 0 : 1;
  if (unsolicited) {
    /* nothing */
  } else if (dad && quitOnReply) rc |= brd !== received ? 0 : 1;
  else rc |= sent !== received ? 1 : 0;
  return rc;
}

def({ name: 'arping', summary: 'send ARP REQUEST to a neighbour host', spec, run: arping });

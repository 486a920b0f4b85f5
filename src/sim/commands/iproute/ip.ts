// ip of iproute2 6.2: address (with the IPv6 link-local addresses the kernel derives from each MAC), route,
// link, -br[ief]; the usage and unknown options and objects in ip's words.
import { def } from '../lib/guest';
import { usage } from './ip-usage';

/** The fe80:: address of an interface: its MAC as an EUI-64 (universal/local bit flipped, ff:fe in the middle). */
export function linkLocal(mac: string): string {
  const b = mac.split(':').map((x) => parseInt(x, 16));
  const e = [b[0] ^ 2, b[1], b[2], 0xff, 0xfe, b[3], b[4], b[5]];
  const groups = [0, 2, 4, 6].map((k) => ((e[k] << 8) | e[k + 1]).toString(16));
  return `fe80::${groups.join(':')}`;
}

def({
  name: 'ip',
  summary: 'show / manipulate routing, network devices, interfaces and tunnels',
  *run(ctx) {
    const OPTS = /^-(V(e(r(s(i(o(n)?)?)?)?)?)?|s(t(a(t(i(s(t(i(c(s)?)?)?)?)?)?)?)?)?|d(e(t(a(i(l(s)?)?)?)?)?)?|r(e(s(o(l(v(e)?)?)?)?)?)?|4|6|0|br(i(e(f)?)?)?|o(n(e(l(i(n(e)?)?)?)?)?)?|c(o(l(o(r)?)?)?)?(=\w+)?|j(s(o(n)?)?)?|p(r(e(t(t(y)?)?)?)?)?|N(u(m(e(r(i(c)?)?)?)?)?)?|a(l(l)?)?|t(i(m(e(s(t(a(m(p)?)?)?)?)?)?)?)?|ts(h(o(r(t)?)?)?)?|iec|h(u(m(a(n(-(r(e(a(d(a(b(l(e)?)?)?)?)?)?)?)?)?)?)?)?)?)$/;
    const first = ctx.args[0];
    if (((first === '-h' || first === '-help') && ctx.args.length === 1) || first === 'help' || ctx.args.length === 0) {
      ctx.err(usage);
      return 255;
    }
    const badOpt = ctx.args.find((a, k) => a.startsWith('-') && !OPTS.test(a) && ctx.args.slice(0, k).every((x) => x.startsWith('-')));
    if (badOpt) {
      ctx.err(`Option "${badOpt}" is unknown, try "ip -help".\n`);
      return 255;
    }
    const brief = ctx.args.some((a) => /^-br(i(e(f)?)?)?$/.test(a));
    const args = ctx.args.filter((a) => !a.startsWith('-'));
    const obj = args[0] ?? '';
    const host = ctx.host;
    if (obj === '') {
      ctx.err(usage);
      return 255;
    }
    const devIdx = args.findIndex((a) => a === 'dev');
    const dev = devIdx >= 0 ? args[devIdx + 1] : args[1] === 'show' && args[2] ? args[2] : undefined;
    if (dev && !host.ifaces.some((i) => i.name === dev)) {
      ctx.err(`Device "${dev}" does not exist.\n`);
      return 1;
    }
    if ('address'.startsWith(obj) || obj === 'a') {
      if (brief) {
        ctx.out(host.ifaces.filter((i) => !dev || i.name === dev).map((i) => `${i.name.padEnd(16)} ${(i.name === 'lo' ? 'UNKNOWN' : 'UP').padEnd(14)} ${i.addr}/${i.prefix} ${i.name === 'lo' ? '::1/128' : linkLocal(i.mac) + '/64'} \n`).join(''));
        return 0;
      }
      let out = '';
      host.ifaces.forEach((i, n) => {
        if (dev && i.name !== dev) return;
        const alt = ['enp0s3', 'enp0s8', 'enp0s9', 'enp0s10'][n - 1];
        if (i.name === 'lo') {
          out += `1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536 qdisc noqueue state UNKNOWN group default qlen 1000\n    link/loopback 00:00:00:00:00:00 brd 00:00:00:00:00:00\n    inet 127.0.0.1/8 scope host lo\n       valid_lft forever preferred_lft forever\n    inet6 ::1/128 scope host \n       valid_lft forever preferred_lft forever\n`;
          return;
        }
        const brd = i.addr.split('.').slice(0, 3).join('.') + '.255';
        out += `${n + 1}: ${i.name}: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP group default qlen 1000\n    link/ether ${i.mac} brd ff:ff:ff:ff:ff:ff\n    altname ${alt}\n`;
        out += i.name === 'eth0'
          ? `    inet ${i.addr}/${i.prefix} brd ${brd} scope global dynamic noprefixroute ${i.name}\n       valid_lft 86013sec preferred_lft 86013sec\n`
          : `    inet ${i.addr}/${i.prefix} brd ${brd} scope global noprefixroute ${i.name}\n       valid_lft forever preferred_lft forever\n`;
        out += `    inet6 ${linkLocal(i.mac)}/64 scope link noprefixroute \n       valid_lft forever preferred_lft forever\n`;
      });
      ctx.out(out);
      return 0;
    }
    if ('route'.startsWith(obj) || obj === 'r') {
      let out = 'default via 10.0.2.2 dev eth0 proto dhcp src 10.0.2.15 metric 100 \n10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.15 metric 100 \n';
      host.ifaces.filter((i) => i.name.startsWith('eth') && i.name !== 'eth0').forEach((i, n) => {
        out += `${i.addr.split('.').slice(0, 3).join('.')}.0/24 dev ${i.name} proto kernel scope link src ${i.addr} metric ${101 + n} \n`;
      });
      ctx.out(out);
      return 0;
    }
    if ('link'.startsWith(obj)) {
      ctx.out(host.ifaces.map((i, n) => `${n + 1}: ${i.name}: <${i.name === 'lo' ? 'LOOPBACK' : 'BROADCAST,MULTICAST'},UP,LOWER_UP> mtu ${i.name === 'lo' ? 65536 : 1500} qdisc ${i.name === 'lo' ? 'noqueue' : 'fq_codel'} state ${i.name === 'lo' ? 'UNKNOWN' : 'UP'} mode DEFAULT group default qlen 1000\n    link/${i.name === 'lo' ? 'loopback' : 'ether'} ${i.mac} brd ${i.name === 'lo' ? '00:00:00:00:00:00' : 'ff:ff:ff:ff:ff:ff'}\n`).join(''));
      return 0;
    }
    ctx.err(`Object "${obj}" is unknown, try "ip help".\n`);
    return 1;
  },
});

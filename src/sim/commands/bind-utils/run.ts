// nslookup, dig and host of bind-utils 9.16 (not in the box: `dnf install bind-utils`). The guests resolve
// through VirtualBox's NAT resolver (10.0.2.3, /etc/resolv.conf): /etc/hosts is not consulted, Service names
// are unknown, the public names of net/hosts.ts answer.
import type { CommandContext } from '../../context';
import { PUBLIC_HOSTS } from '../../net/hosts';
import { tm, two } from '../../util';
import { def } from '../lib/guest';
import { hasCommand } from '../lib/packages';

function server(ctx: CommandContext): string {
  const r = ctx.host.fs.read('/etc/resolv.conf');
  return (typeof r === 'string' ? /^nameserver\s+(\S+)/m.exec(r)?.[1] : undefined) ?? '10.0.2.3';
}

const lookup = (name: string) => PUBLIC_HOSTS[name.replace(/\.$/, '')] ?? null;

def({
  name: 'nslookup',
  summary: 'query Internet name servers interactively',
  available: (h) => hasCommand(h, 'nslookup'),
  *run(ctx) {
    const name = ctx.args.find((a) => !a.startsWith('-'));
    const ns = server(ctx);
    if (!name) {
      ctx.err('nslookup: interactive mode is not available here; give a name: nslookup NAME\n');
      return 1;
    }
    yield { wait: 30 };
    const addr = lookup(name);
    if (!addr) {
      ctx.out(`Server:\t\t${ns}\nAddress:\t${ns}#53\n\n** server can't find ${name}: NXDOMAIN\n\n`);
      return 1;
    }
    ctx.out(`Server:\t\t${ns}\nAddress:\t${ns}#53\n\nNon-authoritative answer:\nName:\t${name}\nAddress: ${addr}\n\n`);
    return 0;
  },
});

def({
  name: 'host',
  summary: 'DNS lookup utility',
  available: (h) => hasCommand(h, 'host'),
  *run(ctx) {
    const name = ctx.args.find((a) => !a.startsWith('-'));
    if (!name) {
      ctx.err('Usage: host [-aCdilrTvVw] [-c class] [-N ndots] [-t type] [-W time]\n            [-R number] [-m flag] [-p port] hostname [server]\n');
      return 1;
    }
    yield { wait: 30 };
    const addr = lookup(name);
    if (!addr) {
      ctx.out(`Host ${name} not found: 3(NXDOMAIN)\n`);
      return 1;
    }
    ctx.out(`${name} has address ${addr}\n`);
    return 0;
  },
});

def({
  name: 'dig',
  summary: 'DNS lookup utility',
  available: (h) => hasCommand(h, 'dig'),
  *run(ctx) {
    const short = ctx.args.includes('+short');
    const name = ctx.args.find((a) => !a.startsWith('-') && !a.startsWith('+') && !a.startsWith('@')) ?? '.';
    const ns = server(ctx);
    yield { wait: 30 };
    const addr = name === '.' ? null : lookup(name);
    if (short) {
      if (addr) ctx.out(addr + '\n');
      return 0;
    }
    const fq = name.endsWith('.') ? name : name + '.';
    const t = tm(ctx.world.now);
    const id = 1000 + ctx.world.rng.int(0, 64000);
    let out = `\n; <<>> DiG 9.16.23-RH <<>> ${ctx.args.join(' ')}\n;; global options: +cmd\n;; Got answer:\n`;
    out += `;; ->>HEADER<<- opcode: QUERY, status: ${addr ? 'NOERROR' : 'NXDOMAIN'}, id: ${id}\n;; flags: qr rd ra; QUERY: 1, ANSWER: ${addr ? 1 : 0}, AUTHORITY: 0, ADDITIONAL: 1\n\n`;
    out += `;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 4096\n;; QUESTION SECTION:\n;${fq}\t\t\tIN\tA\n\n`;
    if (addr) out += `;; ANSWER SECTION:\n${fq}\t\t300\tIN\tA\t${addr}\n\n`;
    out += `;; Query time: 31 msec\n;; SERVER: ${ns}#53(${ns})\n;; WHEN: ${t.dayName} ${t.monName} ${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)} UTC ${t.y}\n;; MSG SIZE  rcvd: ${addr ? 55 : 39}\n\n`;
    ctx.out(out);
    return 0;
  },
});

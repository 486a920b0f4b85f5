// dig of bind 9.16.23 (not in the box: `dnf install bind-utils`): A records of the public names in dig's
// sections, +short; -h, -v and the unknown dash options as dig.c's dash_option() answers them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { tm, two } from '../../../util';
import { def } from '../../lib/guest';
import { hasCommand } from '../../lib/packages';
import { resolve, server, VERSION } from '../lib';
import { spec } from './spec';

const SINGLE = '46dhimnruv';
const VALUE = 'bcfkpqtxy';

function* invalid(ctx: CommandContext, option: string): CommandRun {
  const { usage } = (yield { load: () => import('./help') }) as typeof import('./help');
  ctx.err(`Invalid option: -${option}\n${usage}`);
  return 1;
}

function* dig(ctx: CommandContext): CommandRun {
  const words: string[] = [];
  let short = false;
  let at: string | undefined;
  for (let i = 0; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (a.startsWith('@')) at = a.slice(1);
    else if (a === '+short') short = true;
    else if (a.startsWith('+')) continue;
    else if (a.startsWith('-') && a.length > 1) {
      // dash_option(): single letters first, then one that takes a value (attached or the next word)
      let opt = a.slice(1);
      while (opt && SINGLE.includes(opt[0])) {
        if (opt[0] === 'h') {
          const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
          ctx.out(help);
          return 0;
        }
        if (opt[0] === 'v') {
          ctx.err(`DiG ${VERSION}\n`);
          return 0;
        }
        opt = opt.slice(1);
      }
      if (!opt) continue;
      if (!VALUE.includes(opt[0])) return yield* invalid(ctx, a.slice(1));
      let value = opt.slice(1);
      if (!value) {
        if (i + 1 >= ctx.args.length) return yield* invalid(ctx, opt);
        value = ctx.args[++i];
      }
      if (opt[0] === 'x') words.push(value);
    } else words.push(a);
  }
  const name = words.find((w) => !/^(A|AAAA|MX|NS|SOA|TXT|CNAME|PTR|ANY|IN|CH|HS)$/i.test(w)) ?? '.';
  const ns = at ?? server(ctx);
  yield { wait: 30 };
  const a = name === '.' ? { addrs: [], authoritative: false } : resolve(ctx, name, ns);
  if (!a) {
    ctx.out(`\n; <<>> DiG ${VERSION} <<>> ${ctx.args.join(' ')}\n;; global options: +cmd\n;; connection timed out; no servers could be reached\n`);
    return 9;
  }
  if (short) {
    for (const addr of a.addrs) ctx.out(addr + '\n');
    return 0;
  }
  const fq = name.endsWith('.') ? name : name + '.';
  const t = tm(ctx.world.now);
  const id = 1000 + ctx.world.rng.int(0, 64000);
  const n = a.addrs.length;
  // CoreDNS answers the cluster's names with authority and without recursion
  const flags = a.authoritative ? 'qr aa rd' : 'qr rd ra';
  let out = `\n; <<>> DiG ${VERSION} <<>> ${ctx.args.join(' ')}\n;; global options: +cmd\n;; Got answer:\n`;
  out += `;; ->>HEADER<<- opcode: QUERY, status: ${n ? 'NOERROR' : 'NXDOMAIN'}, id: ${id}\n;; flags: ${flags}; QUERY: 1, ANSWER: ${n}, AUTHORITY: 0, ADDITIONAL: 1\n`;
  if (a.authoritative) out += ';; WARNING: recursion requested but not available\n';
  out += `\n;; OPT PSEUDOSECTION:\n; EDNS: version: 0, flags:; udp: 4096\n;; QUESTION SECTION:\n;${fq}\t\t\tIN\tA\n\n`;
  if (n) out += `;; ANSWER SECTION:\n${a.addrs.map((addr) => `${fq}\t\t${a.authoritative ? 30 : 300}\tIN\tA\t${addr}\n`).join('')}\n`;
  // header, question (the name in wire form and its type and class), answers (a pointer, type, class, TTL, length, address), OPT
  const wire = fq === '.' ? 1 : fq.length + 1;
  const size = n ? 12 + wire + 4 + n * 16 + 11 : 39;
  out += `;; Query time: 31 msec\n;; SERVER: ${ns}#53(${ns})\n;; WHEN: ${t.dayName} ${t.monName} ${two(t.d)} ${two(t.h)}:${two(t.mi)}:${two(t.s)} UTC ${t.y}\n;; MSG SIZE  rcvd: ${size}\n\n`;
  ctx.out(out);
  return 0;
}

def({ name: 'dig', summary: 'DNS lookup utility', available: (h) => hasCommand(h, 'dig'), spec, run: dig });

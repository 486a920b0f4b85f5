// `nslookup` (loaded on first use): asks the host's DNS server (the home router, 192.168.0.1, as `ipconfig /all`
// shows; it has no name of its own, so `UnKnown`) or the server named after the host. The answers come from the
// world's public names (net/hosts.ts); the guests' names are in no DNS zone, so they are `Non-existent domain`.
// The layout and streams follow public Windows transcripts (tests/golden/cmd/SOURCES.md): the server lines and
// the answer on stdout, `Non-authoritative answer:` and the `***` errors on stderr. Without a host it runs
// interactively: `> ` reads a name to look up, `exit` leaves.
import { Interrupt, type CommandRun } from '../../../types';
import type { CommandContext } from '../../../context';
import { PUBLIC_HOSTS } from '../../../net/hosts';
import { spec } from './spec';

const help = () => import('./help').then((m) => m.default);
const DEFAULT = '192.168.0.1';
/** The public resolvers' reverse names. */
const SERVERS: Record<string, string> = { '8.8.8.8': 'dns.google', '8.8.4.4': 'dns.google', '1.1.1.1': 'one.one.one.one', '1.0.0.1': 'one.one.one.one', [DEFAULT]: 'UnKnown' };
const isIp = (s: string) => /^\d{1,3}(\.\d{1,3}){3}$/.test(s);

function* lookup(ctx: CommandContext, name: string, server: string): Generator<{ wait: number }, number, unknown> {
  const sname = SERVERS[server];
  if (!sname) {
    // a server that does not answer: the reverse lookup of its address times out first, then the query
    yield { wait: 2000 };
    ctx.out(`DNS request timed out.\n    timeout was 2 seconds.\nServer:  UnKnown\nAddress:  ${server}\n\n`);
    yield { wait: 4000 };
    ctx.out('DNS request timed out.\n    timeout was 2 seconds.\nDNS request timed out.\n    timeout was 2 seconds.\n');
    ctx.err(`*** Request to UnKnown timed-out\n`);
    return 1;
  }
  yield { wait: 30 };
  ctx.out(`Server:  ${sname}\nAddress:  ${server}\n\n`);
  const key = name.toLowerCase().replace(/\.$/, '');
  if (key === 'localhost') {
    ctx.out('Name:    localhost\nAddress:  127.0.0.1\n\n');
    return 0;
  }
  const addr = PUBLIC_HOSTS[key];
  if (!addr) {
    ctx.err(`*** ${sname} can't find ${name}: Non-existent domain\n`);
    return 1;
  }
  ctx.err('Non-authoritative answer:\n');
  ctx.out(`Name:    ${key}\nAddress:  ${addr}\n\n`);
  return 0;
}

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.args.filter((a) => !a.startsWith('-') || a === '-');
  if (ctx.args.some((a) => a === '/?' || a === '-?') || words.length > 2) {
    ctx.err((yield { load: help }) as string);
    return 1;
  }
  let server = words[1] && words[1] !== '-' ? words[1] : DEFAULT;
  if (words[0] && words[0] !== '-') {
    if (!isIp(server)) {
      ctx.err(`*** Can't find address for server ${server}: Non-existent domain\n`);
      return 1;
    }
    return yield* lookup(ctx, words[0], server);
  }
  // interactive: the default server first, then a prompt per query until `exit`
  ctx.out(`Default Server:  ${SERVERS[server] ?? 'UnKnown'}\nAddress:  ${server}\n\n`);
  try {
    for (;;) {
      const line = String(yield { ask: '> ' }).trim();
      if (!line) continue;
      const [cmd, arg] = line.split(/\s+/);
      if (cmd.toLowerCase() === 'exit') return 0;
      if ((cmd.toLowerCase() === 'server' || cmd.toLowerCase() === 'lserver') && arg && isIp(arg)) {
        server = arg;
        ctx.out(`Default Server:  ${SERVERS[server] ?? 'UnKnown'}\nAddress:  ${server}\n\n`);
        continue;
      }
      yield* lookup(ctx, cmd, server);
    }
  } catch (e) {
    if (e instanceof Interrupt) return 0;
    throw e;
  }
}

export { spec };

// telnet 0.17 as Rocky 9.5 packages it (telnet-0.17-85.el9): the client is the OpenBSD telnet Fedora ships in
// telnet-client.tar.gz, so its texts are those of OpenBSD's commands.c: tn() resolves the host and port with
// getaddrinfo() ("telnet: HOST: Name or service not known" and herror()'s "HOST: Unknown host"; "telnet: PORT: bad
// port"), prints "Trying ADDR..." for each address, "telnet: connect to address ADDR: Connection refused" when
// nothing listens (lib/tcp-connect.ts: the world's sockets), then connection_status()'s "Connected to HOST." and
// "Escape character is '^]'.". What the peer sends: sshd's identification line on port 22, and its answer to a
// line that is not an SSH one ("Invalid SSH identification string.", then it closes: "Connection closed by foreign
// host.", status 1). Ctrl+] gives command()'s "telnet> " prompt: quit and close end with "Connection closed.",
// an empty line goes back to the connection, an unknown word is "?Invalid command". Lines typed to other services
// get no answer: DIFFERENCES.md.
import type { CommandContext } from '../../context';
import type { CommandRun, Yield } from '../../types';
import { def } from '../lib/guest';
import { SERVICES } from '../lib/services';
import { sockets } from '../lib/sockets';
import { connectTargets, tcpConnect } from '../lib/tcp-connect';
import { hasCommand } from '../lib/where';
import { hostAt } from '../openssh/lib/remote';
import { spec } from './spec';

/** OpenSSH 8.7's identification string (sshd on every guest; ssh-keyscan reads the same). */
const SSH_BANNER = 'SSH-2.0-OpenSSH_8.7';
const ESCAPE = '\x1d';
/** cmdtab and cmdtab2 of commands.c: getcmd() asks genget() of the first, then of the second (prefixes allowed). */
const CMDTAB = ['close', 'logout', 'display', 'mode', 'open', 'quit', 'send', 'set', 'unset', 'status', 'toggle', 'slc', 'z', '!', 'environ', '?'];
const CMDTAB2 = ['help', 'escape', 'crmod'];

type Found = { name: string } | 'ambiguous' | null;
function genget(word: string, table: string[]): Found {
  const exact = table.find((c) => c === word);
  if (exact) return { name: exact };
  const hits = table.filter((c) => c.startsWith(word));
  return hits.length === 1 ? { name: hits[0] } : hits.length > 1 ? 'ambiguous' : null;
}
const getcmd = (word: string): Found => genget(word, CMDTAB) ?? genget(word, CMDTAB2);

/** The port getaddrinfo() makes of PORT: a number, or a tcp service name; null when it knows none. */
function portOf(p: string): number | null {
  if (/^\d+$/.test(p)) return Number(p) <= 65535 ? Number(p) : null;
  if (p === 'telnet') return 23;
  const e = Object.entries(SERVICES.tcp).find(([, n]) => n === p);
  return e ? Number(e[0]) : null;
}

/** Who listens at addr:port (the socket's process name), once the connection is made. */
function listener(ctx: CommandContext, addr: string, port: number): string | undefined {
  const host = hostAt(ctx, addr);
  if (!host) return undefined;
  return sockets({ ...ctx, host }).find((s) => s.proto === 'tcp' && s.state === 'LISTEN' && s.port === port)?.users[0]?.[0];
}

/** The command mode after Ctrl+] (or at the top without a host): 'quit', 'close' or 'resume'. */
function* command(ctx: CommandContext, connected: boolean): Generator<Yield, 'quit' | 'close' | 'resume' | { open: string[] }, unknown> {
  for (;;) {
    const line = (yield { ask: 'telnet> ' }) as string | null | undefined;
    if (line === null || line === undefined) return 'quit';
    const words = line.trim().split(/\s+/).filter(Boolean);
    if (!words.length) {
      if (connected) return 'resume';
      continue;
    }
    const c = getcmd(words[0]);
    if (c === 'ambiguous') ctx.out('?Ambiguous command\n');
    else if (!c) ctx.out('?Invalid command\n');
    else if ((c.name === 'close' || c.name === 'logout') && !connected) ctx.out('?Need to be connected first.\n');
    else if (c.name === 'quit') return 'quit';
    else if (c.name === 'close') return 'close';
    else if (c.name === 'open' && !connected) {
      if (words.length > 1) return { open: words.slice(1) };
      // tn() without a host asks for it
      const to = ((yield { ask: '(to) ' }) as string | null | undefined) ?? '';
      const more = to.trim().split(/\s+/).filter(Boolean);
      if (more.length) return { open: more };
    }
  }
}

/** tn(): resolve, try each address, and talk to the peer; the exit status. */
function* tn(ctx: CommandContext, host: string, portArg: string | undefined): CommandRun {
  const port = portOf(portArg ?? 'telnet');
  if (port === null) {
    ctx.err(`telnet: ${portArg}: bad port\n`);
    return 1;
  }
  const targets = connectTargets(ctx, host);
  if (!targets) {
    ctx.err(`telnet: ${host}: Name or service not known\n${host}: Unknown host\n`);
    return 1;
  }
  let addr: string | null = null;
  for (const a of targets) {
    ctx.out(`Trying ${a}...\n`);
    const r = tcpConnect(ctx, a, port);
    if (r === 'open') {
      addr = a;
      break;
    }
    if (r === 'timeout') yield { wait: 127_000 };
    ctx.err(`telnet: connect to address ${a}: ${r === 'refused' ? 'Connection refused' : 'Connection timed out'}\n`);
  }
  if (addr === null) return 1;
  ctx.out(`Connected to ${host}.\nEscape character is '^]'.\n`);
  const ssh = listener(ctx, addr, port) === 'sshd';
  if (ssh) ctx.out(`${SSH_BANNER}\n`);
  let typed = '';
  for (;;) {
    const key = (yield { key: true }) as string | undefined;
    if (key === undefined) continue;
    if (key === ESCAPE) {
      // the terminal echoes ^] (echoctl); command() starts on a new line
      ctx.out('^]\n');
      const what = yield* command(ctx, true);
      if (what === 'resume') continue;
      ctx.out('Connection closed.\n');
      return 0;
    }
    if (key === '\n') {
      ctx.out('\n');
      const line = typed;
      typed = '';
      // sshd's kex_exchange_identification(): a server takes no line before the client's SSH- one
      if (ssh && !line.startsWith('SSH-')) {
        ctx.out('Invalid SSH identification string.\nConnection closed by foreign host.\n');
        return 1;
      }
      continue;
    }
    typed += key;
    ctx.out(key);
  }
}

function* telnet(ctx: CommandContext): CommandRun {
  const words = ctx.args;
  if (words.length) return yield* tn(ctx, words[0], words[1]);
  // no host: command mode at the top until quit (open HOST [PORT] connects)
  for (;;) {
    const what = yield* command(ctx, false);
    if (what === 'quit' || what === 'close') return 0;
    if (what !== 'resume') return yield* tn(ctx, what.open[0], what.open[1]);
  }
}

def({ name: 'telnet', available: (h) => hasCommand(h, 'telnet'), summary: 'user interface to the TELNET protocol', spec, run: telnet });

// ncat of Nmap 7.92 as nc and ncat: -z (zero-I/O: report whether the port takes the connection) with -v's lines
// (print_banner(), connect_report(), the try-next-address lines of connect_handler(), the byte count at the end),
// connection errors (socket_strerror(): Connection refused, or TIMEOUT after -w), bye()'s fatal lines (status 2),
// and -l (listen on :: and 0.0.0.0 until interrupted; ss sees the socket). What a connection carries is not
// modelled: DIFFERENCES.md.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { listen } from '../../net/listeners';
import { def } from '../lib/guest';
import { connectTargets, tcpConnect } from '../lib/tcp-connect';
import { hasCommand } from '../lib/where';
import { spec } from './spec';

const SHORT = '46UCc:e:g:G:i:km:hp:d:lo:x:ts:uvw:nz';
const LONG_VALUE = new Set(['sh-exec', 'exec', 'lua-exec', 'max-conns', 'delay', 'output', 'hex-dump', 'idle-timeout', 'source-port', 'source', 'wait', 'allow', 'allowfile', 'deny', 'denyfile', 'proxy', 'proxy-type', 'proxy-auth', 'proxy-dns', 'ssl-cert', 'ssl-key', 'ssl-trustfile', 'ssl-ciphers', 'ssl-servername', 'ssl-alpn', 'append-output']);
const LONG_FLAG = new Set(['unixsock', 'vsock', 'crlf', 'help', 'keep-open', 'nodns', 'telnet', 'udp', 'sctp', 'verbose', 'send-only', 'recv-only', 'no-shutdown', 'broker', 'chat', 'ssl', 'ssl-verify', 'version', 'listen']);
const LONG_SHORT: Record<string, string> = { udp: 'u', verbose: 'v', listen: 'l', nodns: 'n', 'keep-open': 'k', help: 'h', wait: 'w' };

/** parse_timespec() in seconds (a number with an optional ms, s, m or h), or null. */
function seconds(v: string): number | null {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] === 'ms' ? n / 1000 : m[2] === 'm' ? n * 60 : m[2] === 'h' ? n * 3600 : n;
}

function* ncat(ctx: CommandContext): CommandRun {
  const me = ctx.name;
  const bye = (msg: string) => {
    ctx.err(`Ncat: ${msg} QUITTING.\n`);
    return 2;
  };
  const opts = new Map<string, string>();
  let verbose = 0;
  const operands: string[] = [];
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--') && a.length > 2) {
      const [name, inline] = a.slice(2).split(/=(.*)/s);
      const hits = [...LONG_VALUE, ...LONG_FLAG].filter((n) => n === name || n.startsWith(name));
      const exact = hits.find((n) => n === name);
      const long = exact ?? (hits.length === 1 ? hits[0] : undefined);
      if (!long) {
        ctx.err(hits.length > 1 ? `${me}: option '${a}' is ambiguous\n` : `${me}: unrecognized option '${a}'\n`);
        return bye("Try `--help' or man(1) ncat for more information, usage options and help.");
      }
      let v: string | undefined = inline;
      if (LONG_VALUE.has(long) && v === undefined) {
        v = args[++i];
        if (v === undefined) {
          ctx.err(`${me}: option '--${long}' requires an argument\n`);
          return bye("Try `--help' or man(1) ncat for more information, usage options and help.");
        }
      }
      const key = LONG_SHORT[long] ?? long;
      if (key === 'v') verbose++;
      else opts.set(key, v ?? '');
      continue;
    }
    if (a.startsWith('-') && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        const at = SHORT.indexOf(c);
        if (at < 0 || c === ':') {
          ctx.err(`${me}: invalid option -- '${c}'\n`);
          return bye("Try `--help' or man(1) ncat for more information, usage options and help.");
        }
        if (SHORT[at + 1] === ':') {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) {
            ctx.err(`${me}: option requires an argument -- '${c}'\n`);
            return bye("Try `--help' or man(1) ncat for more information, usage options and help.");
          }
          opts.set(c, v);
          break;
        }
        if (c === 'v') verbose++;
        else opts.set(c, '');
      }
      continue;
    }
    operands.push(a);
  }
  if (opts.has('h')) {
    const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
    ctx.out(help);
    return 0;
  }
  const banner = 'Ncat: Version 7.92 ( https://nmap.org/ncat )\n';
  if (opts.has('version')) {
    ctx.err(banner);
    return 0;
  }
  let wait: number | null = null;
  if (opts.has('w')) {
    const v = opts.get('w')!;
    wait = seconds(v);
    // parse_timespec()
    if (wait === null || wait <= 0 || wait > 2_147_483) return bye(`Invalid -w timeout "${v}" (must be greater than 0 and less than 2147483s).`);
  }
  const listenMode = opts.has('l');
  let host: string | undefined;
  if (!listenMode) host = operands.shift();
  if (operands.length > 1) {
    ctx.err(`Ncat: Got more than one port specification: ${operands.join(' ')}. QUITTING.\n`);
    return 2;
  }
  let port = 31337;
  if (operands.length) {
    const p = operands[0];
    if (!/^\d+$/.test(p) || Number(p) > 65535) return bye(`Invalid port number "${p}".`);
    port = Number(p);
  }
  if (listenMode) {
    if (verbose) ctx.err(banner);
    const close6 = listen(ctx.world, { hostId: ctx.host.id, port, addr: '::', process: 'ncat', pid: 5000 + (ctx.world.now % 900 | 0), fd: 3 });
    if (!close6) return bye(`bind to :::${port}: Address already in use.`);
    if (verbose) ctx.err(`Ncat: Listening on :::${port}\nNcat: Listening on 0.0.0.0:${port}\n`);
    try {
      for (;;) yield { wait: 1000 };
    } finally {
      close6();
    }
  }
  if (host === undefined) return bye('You must specify a host to connect to.');
  if (verbose) ctx.err(banner);
  const targets = connectTargets(ctx, host);
  if (targets === null) return bye(`Could not resolve hostname "${host}": Name or service not known.`);
  const zero = opts.has('z');
  const start = ctx.world.now;
  for (let t = 0; t < targets.length; t++) {
    const addr = targets[t];
    const r = tcpConnect(ctx, addr, port);
    if (r === 'open') {
      yield { wait: addr.includes(':') || addr.startsWith('127.') ? 1 : 2 };
      if (verbose) ctx.err(`Ncat: Connected to ${addr}:${port}.\n`);
      if (!zero) yield { wait: 1 };
      if (verbose) ctx.err(`Ncat: 0 bytes sent, 0 bytes received in ${((ctx.world.now - start) / 1000 + 0.005).toFixed(2)} seconds.\n`);
      return 0;
    }
    // no answer: the kernel gives up after its SYN retries (about 127 s) unless -w cuts it short
    if (r === 'timeout') yield { wait: wait !== null ? wait * 1000 : 127_000 };
    const why = r === 'refused' ? 'Connection refused' : wait !== null ? 'TIMEOUT' : 'Connection timed out';
    if (t + 1 < targets.length) {
      if (verbose) ctx.err(`Ncat: Connection to ${addr} failed: ${why}.\nNcat: Trying next address...\n`);
      continue;
    }
    if (!zero || verbose) ctx.err(`Ncat: ${why}.\n`);
    return 1;
  }
  return 1;
}

def({ name: 'nc', aliases: ['ncat'], available: (h) => hasCommand(h, 'nc'), summary: 'Concatenate and redirect sockets', spec, run: ncat });

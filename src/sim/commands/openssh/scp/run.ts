// scp of OpenSSH 8.7p1 (options in spec.ts), the legacy scp protocol that 8.7 still uses by default: each local
// source goes over one ssh connection to `scp -t` on the other guest, each remote source over its own to
// `scp -f`. Errors found on the far side come back with "scp: " (run_err through the protocol); errors found
// here are printed without it. On a terminal each file gets the progress meter (meter.ts).
import type { CommandContext } from '../../../context';
import type { Host, Yield } from '../../../types';
import { canRead, canWrite } from '../../../util';
import { byteLength } from '../../../fs';
import { def, linuxOnly } from '../../lib/guest';
import { addOption, authenticate, connect, verifyHostKey, type Peer, type SshOptions } from '../lib/remote';
import { help } from './help';
import { meterLine, transferSeconds } from './meter';
import { spec } from './spec';
import { loginUmask, umaskOf } from '../../../fs-owner';

type Gen<T> = Generator<Yield, T, unknown>;

interface Loc {
  remote: boolean;
  user?: string;
  host?: string;
  path: string;
}

/** colon() of scp.c: `[user@]host:path` when a ':' comes before any '/'; `[v6]:path` too. */
export function parseLoc(arg: string): Loc {
  if (arg.startsWith(':') || arg.startsWith('/')) return { remote: false, path: arg };
  let i = 0;
  if (arg.startsWith('[') || /^[^@]*@\[/.test(arg)) {
    i = arg.indexOf(']');
    if (i < 0) return { remote: false, path: arg };
  }
  for (; i < arg.length; i++) {
    if (arg[i] === '/') return { remote: false, path: arg };
    if (arg[i] === ':') {
      const hostPart = arg.slice(0, i);
      const at = hostPart.lastIndexOf('@');
      return { remote: true, user: at >= 0 ? hostPart.slice(0, at) : undefined, host: (at >= 0 ? hostPart.slice(at + 1) : hostPart).replace(/^\[|\]$/g, ''), path: arg.slice(i + 1) };
    }
  }
  return { remote: false, path: arg };
}

/** One end of a copy: a host, the user there, and how its errors are printed. */
interface End {
  host: Host;
  user: string;
  home: string;
  /** "scp: " for the far side. */
  prefix: string;
}

interface Item {
  rel: string;
  dir: boolean;
  content: string;
  mode: number;
}

const abs = (end: End, p: string) => (p.startsWith('/') ? p : `${end.home.replace(/\/$/, '')}/${p === '.' ? '' : p}`.replace(/\/$/, '') || '/');

/** source()/rsource(): what `name` sends, or the error it reports. */
function collect(end: End, name: string, recursive: boolean): Item[] | string {
  let shown = name;
  while (shown.length > 1 && shown.endsWith('/')) shown = shown.slice(0, -1);
  const path = end.host.fs.resolve('/', abs(end, shown));
  const node = end.host.fs.get(path);
  if (!node) return `${shown}: No such file or directory`;
  if (!canRead(end.user, path)) return `${shown}: Permission denied`;
  const base = shown.slice(shown.lastIndexOf('/') + 1) || shown;
  if (node.type === 'file') return [{ rel: base, dir: false, content: node.content, mode: node.mode }];
  if (!recursive) return `${shown}: not a regular file`;
  const out: Item[] = [{ rel: base, dir: true, content: '', mode: node.mode }];
  const walk = (dir: string, rel: string) => {
    const list = end.host.fs.list(dir);
    if (typeof list === 'string') return;
    for (const e of list) {
      const n = end.host.fs.get(`${dir}/${e.name}`);
      if (!n) continue;
      out.push({ rel: `${rel}/${e.name}`, dir: n.type === 'dir', content: n.type === 'file' ? n.content : '', mode: n.mode });
      if (n.type === 'dir') walk(`${dir}/${e.name}`, `${rel}/${e.name}`);
    }
  };
  walk(path, base);
  return out;
}

/** sink(): write the items under `targ` on the receiving end; returns the number of errors. */
function* receive(ctx: CommandContext, to: End, targ: string, items: Item[], meter: boolean): Gen<number> {
  const fs = to.host.fs;
  // the receiving scp's umask: this shell's here, the login's (pam_umask) where sshd started it
  const umask = to.host === ctx.host ? umaskOf(ctx.frame, ctx.host) : loginUmask(to.host, to.user);
  const target = abs(to, targ || '.');
  const targIsDir = fs.isDir(fs.resolve('/', target));
  let errs = 0;
  const skip: string[] = [];
  for (const it of items) {
    if (skip.some((s) => it.rel.startsWith(s + '/'))) continue;
    const shownTarg = targ || '.';
    const np = targIsDir ? `${shownTarg}${shownTarg === '/' ? '' : '/'}${it.rel}` : it.rel.includes('/') ? `${shownTarg}${it.rel.slice(it.rel.indexOf('/'))}` : shownTarg;
    const path = fs.resolve('/', abs(to, np));
    const fail = (why: string) => {
      ctx.err(`${to.prefix}${np}: ${why}\n`);
      errs++;
    };
    const parent = fs.dirname(path);
    if (it.dir) {
      if (fs.isDir(path)) continue;
      if (fs.exists(path)) fail('Not a directory');
      else if (!fs.isDir(parent)) fail('No such file or directory');
      else if (!canWrite(to.user, path)) fail('Permission denied');
      else {
        fs.mkdir(path);
        const n = fs.get(path);
        if (n) n.mode = (it.mode | 0o700) & 0o7777;
        continue;
      }
      skip.push(it.rel);
      continue;
    }
    if (fs.isDir(path) || (!fs.exists(path) && np.endsWith('/'))) fail('Is a directory');
    else if (!fs.isDir(parent)) fail(fs.exists(parent) ? 'Not a directory' : 'No such file or directory');
    else if (!canWrite(to.user, path)) fail('Permission denied');
    else {
      const name = it.rel.slice(it.rel.lastIndexOf('/') + 1);
      const size = byteLength(it.content);
      const secs = transferSeconds(size);
      const cols = ctx.session.size?.().cols ?? 80;
      if (meter) ctx.out(meterLine(cols, name, size, false, 0));
      yield { wait: Math.max(1, Math.round(secs * 1000)) };
      const existed = fs.exists(path);
      fs.write(path, it.content, false, it.mode & 0o755);
      const n = fs.get(path);
      if (n && !existed) n.mode = it.mode & 0o7777 & ~umask;
      if (meter) ctx.out(meterLine(cols, name, size, true, secs) + '\n');
    }
  }
  return errs;
}

/** do_cmd(): ssh to the host of `loc` and log in; prints ssh's errors and "lost connection" when that fails. */
function* open(ctx: CommandContext, loc: Loc, port: number, ids: string[], options: SshOptions): Gen<End | number> {
  const name = /^[\d.]+$/.test(loc.host!) ? loc.host! : loc.host!.toLowerCase();
  const user = loc.user ?? options.get('user') ?? ctx.frame.user;
  const lost = () => {
    ctx.err('lost connection\n');
    return 1;
  };
  const peer: Peer | number = yield* connect(ctx, name, port);
  if (typeof peer === 'number') return lost();
  if ((yield* verifyHostKey(ctx, peer, options)) !== true) return lost();
  if ((yield* authenticate(ctx, peer, user, ids, options)) !== true) return lost();
  const host = peer.host!;
  return { host, user, home: host.users.get(user)?.home ?? '/', prefix: 'scp: ' };
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

def({
  name: 'scp',
  summary: 'OpenSSH secure file copy',
  spec,
  available: linuxOnly,
  *run(ctx) {
    const opts = ctx.opts!;
    const operands = ctx.operands ?? [];
    if (operands.length < 2) {
      ctx.err(help);
      return 1;
    }
    const options: SshOptions = new Map();
    for (const o of opts.all('o')) addOption(options, o);
    const portText = opts.str('P') ?? options.get('port') ?? '22';
    const port = Number(portText);
    const ids = opts.all('i');
    const recursive = opts.has('r');
    const meter = ctx.tty && !opts.has('q');
    const here: End = { host: ctx.host, user: ctx.frame.user, home: ctx.user.home || '/', prefix: '' };
    const targ = parseLoc(operands[operands.length - 1]);
    const sources = operands.slice(0, -1).map(parseLoc);
    let errs = 0;
    if (!targ.remote && sources.every((s) => !s.remote)) {
      // both local: scp runs cp
      const flags = `${recursive ? '-r ' : ''}${opts.has('p') ? '-p ' : ''}`;
      const r = ctx.runLine(`cp ${flags}-- ${operands.map(quote).join(' ')}`);
      const code = yield* r;
      return code === 0 ? 0 : 1;
    }
    let toEnd: End | null = targ.remote ? null : here;
    for (const src of sources) {
      let from: End = here;
      if (src.remote) {
        const e = yield* open(ctx, src, port, ids, options);
        if (typeof e === 'number') return e;
        from = e;
      }
      if (!toEnd) {
        const e = yield* open(ctx, targ, port, ids, options);
        if (typeof e === 'number') return e;
        toEnd = e;
        if (sources.length > 1 && !toEnd.host.fs.isDir(toEnd.host.fs.resolve('/', abs(toEnd, targ.path || '.')))) {
          ctx.err(`scp: ${targ.path || '.'}: Not a directory\n`);
          return 1;
        }
      }
      const items = collect(from, src.path || '.', recursive);
      if (typeof items === 'string') {
        ctx.err(from.prefix + items + '\n');
        errs++;
        continue;
      }
      errs += yield* receive(ctx, toEnd, targ.path, items, meter);
    }
    return errs ? 1 : 0;
  },
});

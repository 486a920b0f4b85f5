// fuser of psmisc 23.4 (src/fuser.c main, parse_file, parse_inet, print_matches, kill_matched_proc): which of the
// world's processes use a file (as root directory, working directory or executable), a file system (-m), or a TCP or
// UDP port (-n tcp 6443, 6443/tcp: the sockets ss lists). The name goes to stderr and the PIDs to stdout, as fuser
// writes them. A user who is not root sees only their own processes (the others' /proc/PID entries are closed).
import type { CommandContext } from '../../../context';
import type { CommandRun, Yield } from '../../../types';
import { def } from '../../lib/guest';
import { processes, SYSTEM_UIDS, type Proc } from '../../lib/procs';
import { sockets } from '../../lib/sockets';
import { mountOf, mounts } from '../../lib/mounts';
import { deliver } from '../../lib/signal';
import { cwdOf, selfAndShell } from '../../lib/proc-cwd';
import { getSignal, listSignals } from '../signals';
import { spec } from './spec';

const NAME_FIELD = 20;
const LONG: Record<string, string> = { all: 'a', kill: 'k', interactive: 'i', inode: 'I', 'list-signals': 'l', mount: 'm', ismountpoint: 'M', namespace: 'n', silent: 's', user: 'u', verbose: 'v', writeonly: 'w', version: 'V', ipv4: '4', ipv6: '6' };

interface Match {
  proc: Proc | null;
  /** r, c, e as print_matches shows them; for a socket F (open for writing). */
  access: { file?: boolean; root?: boolean; cwd?: boolean; exe?: boolean };
  /** The kernel's own use: `mount` of the name's mount point. */
  mount?: string;
}

interface Name {
  filename: string;
  matches: Match[];
}

/** Where a process's executable is: the first word of its command line when that is a path. */
function exeOf(p: Proc): string | null {
  const first = p.args.split(' ')[0];
  return !p.args.startsWith('[') && first.startsWith('/') ? first : null;
}

function* fuser(ctx: CommandContext): CommandRun {
  const texts = () => import('./help');
  const load = function* (): Generator<Yield, Awaited<ReturnType<typeof texts>>, unknown> {
    return (yield { load: texts }) as Awaited<ReturnType<typeof texts>>;
  };
  const usage = function* (msg?: string): CommandRun {
    ctx.err((msg ? msg + '\n' : '') + (yield* load()).usage);
    return 1;
  };
  const argv0 = ctx.argv0 ?? ctx.name;
  const opts = new Set<string>();
  let sig = 9;
  let space: 'file' | 'tcp' | 'udp' = 'file';
  const names: { arg: string; space: 'file' | 'tcp' | 'udp' }[] = [];
  const args = ctx.args;
  for (let i = 0; i < args.length; i++) {
    const w = args[i];
    if (!w.startsWith('-')) {
      const at = w.indexOf('/');
      let ns = space;
      let arg = w;
      if (at > 0 && ['tcp', 'udp', 'file'].includes(w.slice(at + 1))) {
        ns = w.slice(at + 1) as typeof ns;
        arg = w.slice(0, at);
      }
      if ((opts.has('m') || opts.has('M')) && ns !== 'file') return yield* usage('You can only use files with mountpoint options');
      names.push({ arg, space: ns });
      continue;
    }
    let letters = w.slice(1);
    if (w.startsWith('--')) {
      if (w === '--') break;
      const c = LONG[w.slice(2)];
      if (!c) {
        ctx.err(`${argv0}: Invalid option ${w}\n`);
        return yield* usage();
      }
      letters = c;
    }
    for (let k = 0; k < letters.length; k++) {
      const c = letters[k];
      if ('4 6 a c f i I k m M s u v w'.split(' ').includes(c)) {
        opts.add(c === 'c' ? 'm' : c);
        continue;
      }
      if (c === 'h') return yield* usage();
      if (c === 'l') {
        ctx.out(listSignals());
        return 0;
      }
      if (c === 'V') {
        ctx.err((yield* load()).version);
        return 0;
      }
      if (c === 'n') {
        i++;
        if (i >= args.length) return yield* usage('Namespace option requires an argument.');
        if (!['tcp', 'udp', 'file'].includes(args[i])) return yield* usage('Invalid namespace name');
        space = args[i] as typeof space;
        break;
      }
      if (/[A-Z0-9]/.test(c)) {
        // -SIGNAL: the rest of the word from its first letter
        const s = getSignal(w.slice(1), argv0);
        if (typeof s === 'string') {
          ctx.err(s);
          return 1;
        }
        sig = s;
        break;
      }
      ctx.err(`${argv0}: Invalid option ${c}\n`);
      return yield* usage();
    }
  }
  if (!names.length) return yield* usage('No process specification given');
  if (opts.has('s')) {
    opts.delete('v');
    opts.delete('u');
    if (opts.has('a')) return yield* usage('all option cannot be used with silent option.');
  }
  if (opts.has('4') && opts.has('6')) return yield* usage('You cannot search for only IPv4 and only IPv6 sockets at the same time');

  const root = ctx.frame.user === 'root';
  const all = processes(ctx);
  // scan_procs() skips fuser itself (the last `R+` process); the shell running it is its parent
  const { self, shell } = selfAndShell(all);
  const procs = all.filter((p) => p !== self && (root || p.user === ctx.frame.user));
  const resolved: Name[] = [];
  for (const n of names) {
    if (n.space !== 'file') {
      const [port] = n.arg.split(',');
      if (port !== '' && !/^\d+$/.test(port)) {
        ctx.err(`Cannot resolve local port ${port}: Servname not supported for ai_socktype\n`);
        resolved.push({ filename: `${n.arg}/${n.space}`, matches: [] });
        continue;
      }
      const socks = sockets(ctx).filter((s) => s.proto === n.space && (port === '' || s.port === Number(port)));
      const fam = (l: string) => (l === '*' ? 'both' : l.startsWith('[') ? '6' : '4');
      const matches: Match[] = [];
      for (const s of socks) {
        const f = fam(s.local);
        if ((opts.has('4') && f === '6') || (opts.has('6') && f === '4')) continue;
        for (const [, pid] of s.users) {
          const p = procs.find((q) => q.pid === pid);
          if (p && !matches.some((m) => m.proc === p)) matches.push({ proc: p, access: { file: true } });
        }
      }
      resolved.push({ filename: `${n.arg}/${n.space}`, matches });
      continue;
    }
    const path = ctx.resolve(n.arg).replace(/(.)\/+$/, '$1');
    if (!ctx.host.fs.exists(path)) {
      ctx.err(`Specified filename ${path} does not exist.\n`);
      continue;
    }
    if (opts.has('M') && !mounts(ctx.host).some((m) => m.target === path)) {
      ctx.err(`Specified filename ${path} is not a mountpoint.\n`);
      continue;
    }
    const matches: Match[] = [];
    const mnt = mounts(ctx.host).find((m) => m.target === path);
    if (mnt) matches.push({ proc: null, access: {}, mount: path });
    const fsOf = (p: string) => mountOf(ctx.host, p)?.target;
    const target = opts.has('m') ? fsOf(path) : path;
    const same = (p: string | null) => p !== null && (opts.has('m') ? fsOf(p) === target : p === target);
    for (const p of procs) {
      const access = { root: same('/'), cwd: same(cwdOf(ctx, p, shell)), exe: same(exeOf(p)) };
      if (access.root || access.cwd || access.exe) matches.push({ proc: p, access });
    }
    resolved.push({ filename: path, matches });
  }

  const verbose = opts.has('v');
  let head = false;
  let haveMatch = false;
  let haveKill = false;
  const userName = (p: Proc) => (ctx.host.users.get(p.user) || SYSTEM_UIDS[p.user] !== undefined ? p.user : null);
  for (const n of resolved) {
    const normal = n.matches.filter((m) => m.proc);
    if (opts.has('s')) {
      if (normal.length) haveMatch = true;
    } else {
      const hasProcs = verbose ? n.matches.length > 0 : normal.length > 0;
      let len = 0;
      if (hasProcs || opts.has('a')) {
        if (!head && verbose) {
          ctx.err(`${' '.repeat(NAME_FIELD)} USER        PID ACCESS COMMAND\n`);
          head = true;
        }
        ctx.err(`${n.filename}:`);
        len = n.filename.length + 1;
      }
      let first = true;
      for (const m of n.matches) {
        if (!verbose && !m.proc) continue;
        if (m.proc) haveMatch = true;
        if (len > NAME_FIELD && verbose) {
          ctx.err('\n');
          len = 0;
        }
        if (verbose || first) ctx.err(' '.repeat(Math.max(0, NAME_FIELD - len)));
        const who = m.proc ? userName(m.proc) : 'root';
        if (verbose) ctx.err(` ${(who ?? '(unknown)').padEnd(8)} `);
        ctx.out(m.proc ? ` ${String(m.proc.pid).padStart(5)}` : 'kernel');
        const a = m.access;
        if (verbose) ctx.err(m.mount ? ' mount ' : ` ${a.file ? 'F' : '.'}${a.root ? 'r' : '.'}${a.cwd ? 'c' : '.'}${a.exe ? 'e' : '.'}. `);
        else ctx.err(`${a.root ? 'r' : ''}${a.cwd ? 'c' : ''}${a.exe ? 'e' : ''}`);
        if (opts.has('u')) ctx.err(who === null ? ` ${'(unknown)'.padEnd(8)} ` : `(${who})`);
        if (verbose) ctx.err(`${m.mount ?? m.proc!.comm}\n`);
        len = 0;
        first = false;
      }
      if (verbose) {
        if (!n.matches.length && opts.has('a')) ctx.err('\n');
      } else if (hasProcs || opts.has('a')) ctx.err('\n');
    }
    if (opts.has('k')) {
      for (const m of normal) {
        const p = m.proc!;
        if (opts.has('w') && !m.access.file) continue;
        if (opts.has('i')) {
          let yes: boolean | null = null;
          while (yes === null) {
            const line = String((yield { ask: `Kill process ${p.pid} ? (y/N) `, stderr: true }) ?? '');
            yes = line === '' ? false : /^[yY]/.test(line) ? true : /^[nN]/.test(line) ? false : null;
          }
          if (!yes) continue;
        }
        deliver(ctx, p, sig);
        haveKill = true;
      }
    }
  }
  return opts.has('k') ? (haveKill ? 0 : 1) : haveMatch ? 0 : 1;
}

def({ name: 'fuser', summary: 'identify processes using files or sockets', spec, run: fuser });

// killall of psmisc 23.4 (src/killall.c): signals the world's processes by name as pkill does (lib/signal.ts says
// what a signal does here). Its words are read as main() reads them: getopt_long_only with opterr off, so `-HUP`,
// `-9`, `-KILL` and `-INT` are signals, `-ve` is -v -e, and an unknown lowercase option prints the usage.
import type { CommandContext, CompleteContext } from '../../../context';
import { detachedHooks } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { processes, SYSTEM_UIDS, type Proc } from '../../lib/procs';
import { deliver, leaders } from '../../lib/signal';
import { getSignal, listSignals } from '../signals';
import { spec } from './spec';

const LONG: [string, string][] = [
  ['exact', 'e'], ['ignore-case', 'I'], ['process-group', 'g'], ['younger-than', 'y'], ['older-than', 'o'], ['interactive', 'i'],
  ['list-signals', 'l'], ['quiet', 'q'], ['regexp', 'r'], ['signal', 's'], ['user', 'u'], ['verbose', 'v'], ['wait', 'w'], ['ns', 'n'],
  ['context', 'Z'], ['version', 'V'],
];
const SHORT = 'egyoilqrsuvwZVIn';
const WITH_ARG = 'yosuZn';

/** parse_time_units(): a number and a unit (s m h d w M y) in seconds; -1 when there is no unit or no number. */
function timeUnits(s: string): number {
  const m = /^\s*([+-]?\d+)(.?)/.exec(s);
  if (!m || m[2] === '') return -1;
  const n = Number(m[1]);
  const unit: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400, w: 604800, M: 2419200, y: 29030400 };
  return unit[m[2]] !== undefined ? n * unit[m[2]] : -1;
}

interface Opts {
  sig: number;
  set: Set<string>;
  user?: string;
  younger: number;
  older: number;
  names: string[];
  context?: string;
}

type Parsed = Opts | { out?: string; err?: string; status: number };

function parse(args: string[]): Parsed {
  const o: Opts = { sig: 15, set: new Set(), younger: 0, older: 0, names: [] };
  const argv = ['killall', ...args];
  const usage = (msg?: string): Parsed => ({ err: (msg ? msg + '\n' : '') + USAGE_MARK, status: 1 });
  let skipError = -1;
  let optind = 1;
  /** One option: `c` with its argument (undefined when missing); `at` is optind after it. */
  const apply = (c: string, arg: string | undefined, word: number, at: number): Parsed | null => {
    optind = at;
    if (WITH_ARG.includes(c) && arg === undefined) return unknown(word);
    switch (c) {
      case 'y':
      case 'o': {
        const t = timeUnits(arg!.slice(0, 63));
        if (t <= 0) return usage('Invalid time format');
        if (c === 'y') o.younger = t;
        else o.older = t;
        return null;
      }
      case 'l':
        return { out: listSignals(), status: 0 };
      case 's': {
        const s = getSignal(arg!, 'killall');
        if (typeof s === 'string') return { err: s, status: 1 };
        o.sig = s;
        return null;
      }
      case 'u':
        o.user = arg;
        return null;
      case 'n':
        if (!/^\s*[+-]?\d/.test(arg!)) return usage('Invalid namespace PID');
        return null;
      case 'Z':
        o.context = arg;
        return null;
      case 'I':
      case 'V': {
        // "option check is optind-1 but sig name is optind"
        const prev = argv[optind - 1];
        if (prev === '-' + c || prev.startsWith('--')) {
          if (c === 'V') return { err: VERSION_MARK, status: 0 };
          o.set.add('I');
          return null;
        }
        const s = getSignal(argv[optind].slice(1), 'killall');
        if (typeof s === 'string') return { err: s, status: 1 };
        o.sig = s;
        skipError = optind;
        return null;
      }
      default:
        o.set.add(c);
        return null;
    }
  };
  /** getopt's '?': a signal written as an option (-HUP, -9), the -ve hack, else the usage. */
  const unknown = (word: number): Parsed | null => {
    if (skipError === optind) return null;
    const prev = argv[optind - 1] ?? '';
    if (prev.startsWith('-ve')) {
      o.set.add('v').add('e');
      return null;
    }
    const c = prev[1] ?? '';
    if (c >= 'A' && c <= 'Z') {
      const s = getSignal(prev.slice(1), 'killall');
      if (typeof s === 'string') return { err: s, status: 1 };
      o.sig = s;
      return null;
    }
    if (c >= '0' && c <= '9') {
      o.sig = parseInt(prev.slice(1), 10);
      return null;
    }
    void word;
    return usage();
  };
  let dashdash = false;
  for (let i = 1; i < argv.length; i++) {
    const w = argv[i];
    if (dashdash || !w.startsWith('-') || w === '-') {
      o.names.push(w);
      continue;
    }
    if (w === '--') {
      dashdash = true;
      continue;
    }
    const long = w.startsWith('--');
    const body = w.slice(long ? 2 : 1);
    // getopt_long_only tries the long options first for `--x`, for `-xy...`, and for `-x` when x is not a letter of its own
    if (long || body.length > 1 || !SHORT.includes(body)) {
      const name = body.split('=')[0];
      const exact = LONG.find(([n]) => n === name);
      const prefixed = LONG.filter(([n]) => n.startsWith(name));
      const hit = exact ?? (prefixed.length === 1 ? prefixed[0] : undefined);
      if (hit) {
        const [, c] = hit;
        let arg: string | undefined = body.includes('=') ? body.slice(body.indexOf('=') + 1) : undefined;
        let at = i + 1;
        if (WITH_ARG.includes(c) && arg === undefined && i + 1 < argv.length) {
          arg = argv[i + 1];
          at = i + 2;
          i++;
        }
        const r = apply(c, arg, i, at);
        if (r) return r;
        continue;
      }
      // ambiguous, or no such long option and the first letter is no short one: the whole word is skipped
      if (long || prefixed.length > 1 || !SHORT.includes(body[0])) {
        optind = i + 1;
        const r = unknown(i);
        if (r) return r;
        continue;
      }
    }
    for (let k = 0; k < body.length; k++) {
      const c = body[k];
      const last = k === body.length - 1;
      if (!SHORT.includes(c)) {
        optind = last ? i + 1 : i;
        const r = unknown(i);
        if (r) return r;
        continue;
      }
      if (WITH_ARG.includes(c)) {
        let arg: string | undefined = body.slice(k + 1) || undefined;
        let at = i + 1;
        if (arg === undefined && i + 1 < argv.length) {
          arg = argv[i + 1];
          at = i + 2;
          i++;
        }
        const r = apply(c, arg, i, at);
        if (r) return r;
        break;
      }
      const r = apply(c, undefined, i, last ? i + 1 : i);
      if (r) return r;
    }
  }
  if (!o.names.length && o.user === undefined && o.context === undefined) return usage();
  return o;
}

const USAGE_MARK = '\0usage';
const VERSION_MARK = '\0version';

function* killall(ctx: CommandContext): CommandRun {
  const texts = () => import('./help');
  if (!ctx.args.length) {
    ctx.err(((yield { load: texts }) as Awaited<ReturnType<typeof texts>>).usage);
    return 1;
  }
  const p = parse(ctx.args);
  if (!('names' in p)) {
    if (p.out) ctx.out(p.out);
    if (p.err) {
      const t = p.err.includes('\0') ? ((yield { load: texts }) as Awaited<ReturnType<typeof texts>>) : null;
      ctx.err(p.err.replace(USAGE_MARK, t?.usage ?? '').replace(VERSION_MARK, t?.version ?? ''));
    }
    return p.status;
  }
  let uid: number | undefined;
  if (p.user !== undefined) {
    uid = ctx.host.users.get(p.user)?.uid ?? SYSTEM_UIDS[p.user];
    if (uid === undefined) {
      ctx.err(`Cannot find user ${p.user}\n`);
      return 1;
    }
  }
  if (p.context !== undefined) {
    try {
      new RegExp(p.context);
    } catch {
      ctx.err(`Bad regular expression: ${p.context}\n`);
      return 1;
    }
  }
  if (p.names.length > 64) {
    ctx.err('killall: Maximum number of names is 64\n');
    return 1;
  }
  const set = p.set;
  const icase = set.has('I');
  let regs: RegExp[] = [];
  if (set.has('r')) {
    for (const n of p.names) {
      try {
        regs.push(new RegExp(n, icase ? 'i' : ''));
      } catch {
        ctx.err(`killall: Bad regular expression: ${n}\n`);
        return 1;
      }
    }
  } else {
    for (const n of p.names) {
      if (n.includes('/') && !ctx.host.fs.exists(ctx.resolve(n))) {
        ctx.err(`${n}: No such file or directory\n`);
        return 1;
      }
    }
    regs = [];
  }
  const now = ctx.world.now;
  const all = processes(ctx);
  // the process list leaves killall itself out
  const self = all.filter((q) => q.stat === 'R+').pop();
  const procs = all.filter((q) => q !== self);
  const groups = leaders(procs);
  const eq = (a: string, b: string) => (icase ? a.toLowerCase() === b.toLowerCase() : a === b);
  const matches = (q: Proc, j: number): boolean => {
    const name = p.names[j];
    if (set.has('r')) return regs[j].test(q.comm);
    if (name.includes('/')) return q.args.split(' ')[0] === ctx.resolve(name);
    // a name the kernel cut to 15 characters: the first 15 of the name
    if (q.comm.length === 15 && name.length >= 15) return eq(name.slice(0, 15), q.comm);
    return eq(name, q.comm);
  };
  const found = new Set<number>();
  const killed: number[] = [];
  const seenGroups = new Set<number>();
  for (const q of procs) {
    if (uid !== undefined && q.uid !== uid) continue;
    const age = (now - q.start) / 1000;
    if (p.younger && age > p.younger) continue;
    if (p.older && age < p.older) continue;
    let j = -1;
    for (let k = 0; k < p.names.length; k++) {
      if (matches(q, k)) {
        j = k;
        break;
      }
    }
    if (p.names.length && j < 0) continue;
    const group = set.has('g');
    const id = group ? (groups.get(q.pid) ?? q.pid) : q.pid;
    if (group) {
      if (seenGroups.has(id)) continue;
      seenGroups.add(id);
    }
    if (set.has('i')) {
      let yes: boolean | null = null;
      while (yes === null) {
        const line = String((yield { ask: `${p.sig === 15 ? 'Kill' : 'Signal'} ${q.comm}(${group ? 'pgid ' : ''}${id}) ? (y/N) ` }) ?? '');
        // rpmatch(): y or n first; an empty answer is no; anything else asks again
        yes = line === '' ? false : /^[yY]/.test(line) ? true : /^[nN]/.test(line) ? false : null;
      }
      if (!yes) continue;
    }
    const targets = group ? procs.filter((r) => groups.get(r.pid) === id) : [q];
    const me = ctx.frame.user;
    if (p.sig < 0 || p.sig > 64 || (me !== 'root' && targets.some((r) => r.user !== me))) {
      ctx.err(`${q.comm}(${id}): ${p.sig < 0 || p.sig > 64 ? 'Invalid argument' : 'Operation not permitted'}\n`);
      continue;
    }
    if (set.has('v')) ctx.err(`Killed ${q.comm}(${group ? 'pgid ' : ''}${id}) with signal ${p.sig}\n`);
    if (j >= 0) found.add(j);
    killed.push(id);
    for (const r of targets) deliver(ctx, r, p.sig);
  }
  if (!set.has('q')) p.names.forEach((n, i) => {
      if (!found.has(i)) ctx.err(`${n}: no process found\n`);
    });
  const status = p.names.length ? (found.size === p.names.length ? 0 : 1) : killed.length ? 0 : 1;
  // -w: every second, until none of them is left
  while (set.has('w') && killed.length) {
    const left = new Set(processes(ctx).map((r) => r.pid));
    if (!killed.some((id) => left.has(id))) break;
    yield { wait: 1000 };
  }
  return status;
}

/**
 * Tab after killall: bash-completion 2.11's _killall over _pnames, each process's command as `ps axo command=`
 * lists it (the ps of the command substitution among them): a `[name]` or `(name)` line whole, else its first
 * word without the directory and a leading -; never `<defunct>`. No file names (complete -F _killall killall).
 */
function completeKillall(_operands: string[], word: string, ctx: CompleteContext): string[] {
  if (ctx.host.kind !== 'linux') return [];
  const view = { world: ctx.world, host: ctx.host, frame: ctx.frame, session: ctx.session ?? detachedHooks(), name: 'ps', args: ['axo', 'command='] };
  const names = processes(view).flatMap((p) => {
    const m = /^[[(](.+)[\])]$/.exec(p.args);
    return m ? m[1].split(/\s+/) : [p.args.split(' ')[0].replace(/^(.*\/|-)/, '')];
  });
  return names.filter((n) => n && n !== '<defunct>' && n.startsWith(word));
}

def({ name: 'killall', summary: 'kill processes by name', spec: { ...spec, complete: completeKillall, completeOnly: true }, run: killall });

// find of GNU findutils 4.8.0 (Rocky 9): the leading options (-H -L -P -D -O, util.c process_leading_options),
// the expression (parse.ts), and the walk (ftsfind.c over fts): each file is judged as it is reached, so -exec's
// commands, -delete and -prune act during the walk; directories in the order the file system lists them.
import type { CommandContext } from '../../../context';
import type { FsNode } from '../../../fs';
import type { CommandRun, Yield } from '../../../types';
import { canRead } from '../../../util';
import { def } from '../../lib/guest';
import { deviceOf } from '../../lib/inode';
import { spec } from './spec';
import { buildTree } from './parse';
import type { ParseEnv } from './primaries';
import { lsWidths } from './printf';
import { access, baseName, stat } from './predicates';
import { REGEX_TYPES } from './regextype';
import { FindError, type Entry, type Follow, type Options, type Pred, type RunState } from './types';

const DAY = 86_400_000;

const DEBUG: [string, string][] = [
  ['exec', 'Show diagnostic information relating to -exec, -execdir, -ok and -okdir'],
  ['opt', 'Show diagnostic information relating to optimisation'],
  ['rates', 'Indicate how often each predicate succeeded'],
  ['search', 'Navigate the directory tree verbosely'],
  ['stat', 'Trace calls to stat(2) and lstat(2)'],
  ['time', 'Show diagnostic information relating to time-of-day and timestamp comparisons'],
  ['tree', 'Display the expression tree'],
  ['all', 'Set all of the debug flags (but help)'],
  ['help', 'Explain the various -D options'],
];
const TRY = "Try 'find --help' for more information.\n";

/** Evaluates the expression for one file (apply_predicate). */
function* evaluate(p: Pred, e: Entry): Generator<Yield, boolean, unknown> {
  if (p.type === 'prim') return p.act ? yield* p.act(e) : p.test!(e);
  if (p.op === 'not') return !(yield* evaluate(p.right!, e));
  if (p.op === 'and') return (yield* evaluate(p.left!, e)) && (yield* evaluate(p.right!, e));
  if (p.op === 'or') return (yield* evaluate(p.left!, e)) || (yield* evaluate(p.right!, e));
  yield* evaluate(p.left!, e);
  return yield* evaluate(p.right!, e);
}

function* find(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  const fs = ctx.host.fs;
  let follow: Follow = 'P';
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-H' || a === '-L' || a === '-P') follow = a[1] as Follow;
    else if (a === '--') {
      i++;
      break;
    } else if (a === '-D') {
      if (i + 1 >= args.length) {
        ctx.err('find: Missing argument after the -D option.\n' + TRY);
        return 1;
      }
      const arg = args[++i];
      const words = arg.split(',').filter(Boolean);
      if (!words.length) {
        ctx.err('find: Empty argument to the -D option.\n' + TRY);
        return 1;
      }
      for (const w of words) if (!DEBUG.some(([n]) => n === w)) ctx.err(`find: Ignoring unrecognised debug flag ‘${arg}’\n`);
      if (words.includes('help')) {
        ctx.out('Valid arguments for -D:\n' + DEBUG.map(([n, d]) => `${n.padEnd(10)} ${d}\n`).join(''));
        return 0;
      }
    } else if (a.startsWith('-O')) {
      const lv = a.slice(2);
      const fail = !lv
        ? 'The -O option must be immediately followed by a decimal integer'
        : !/^\d/.test(lv)
          ? 'Please specify a decimal number immediately after -O'
          : !/^\d+$/.test(lv)
            ? `Invalid optimisation level ${lv}`
            : Number(lv) > 65535
              ? `Optimisation level ${Number(lv)} is too high.  If you want to find files very quickly, consider using GNU locate.`
              : '';
      if (fail) {
        ctx.err(`find: ${fail}\n`);
        return 1;
      }
    } else break;
  }
  const now = ctx.world.now;
  const opts: Options = {
    maxdepth: -1,
    mindepth: -1,
    dirFirst: true,
    explicitDepth: false,
    follow,
    xdev: false,
    warnings: ctx.stdin === null,
    regex: REGEX_TYPES.emacs,
    start: now,
    dayStart: now - DAY,
    fullDays: false,
    ignoreRace: false,
  };
  const state: RunState = { status: 0, prune: false, quit: false };
  /** stat or lstat as -P / -H / -L say for a name given on the command line */
  const lookup = (abs: string, top: boolean): { node: FsNode; lnode: FsNode } | null => {
    const lnode = fs.lget(abs);
    if (!lnode) return null;
    const deref = opts.follow === 'L' || (opts.follow === 'H' && top);
    return {
      lnode,
      node: deref && lnode.type === 'link' ? (fs.get(abs) ?? lnode) : lnode,
    };
  };
  const env: ParseEnv = {
    ctx,
    opts,
    state,
    warn: (t) => ctx.err(`find: ${t}\n`),
    exists: (p) => fs.lget(ctx.resolve(p)) !== null,
    statArg: (p) => {
      const abs = ctx.resolve(p);
      const r = lookup(abs, true);
      if (!r) throw new FindError(`‘${p}’: No such file or directory`);
      return { node: r.node, abs };
    },
    print: {
      host: ctx.host,
      follow: (e) => {
        const n = fs.get(e.abs);
        return n ? { ...e, node: n } : null;
      },
    },
    openFile: (name) => {
      if (name === '/dev/stdout') return (t) => ctx.out(t);
      if (name === '/dev/stderr') return (t) => ctx.err(t);
      const abs = ctx.resolve(name);
      const err = fs.write(abs, '');
      if (err) throw new FindError(`‘${name}’: ${err === 'ENOENT' ? 'No such file or directory' : err === 'EISDIR' ? 'Is a directory' : 'Permission denied'}`);
      return (t) => void fs.write(abs, t, true);
    },
    lsw: lsWidths(),
    starts: [],
  };
  let parsed;
  try {
    parsed = buildTree(args.slice(i), env);
  } catch (e) {
    if (!(e instanceof FindError)) throw e;
    if (e.text) ctx.err(`find: ${e.text}\n`);
    return e.code;
  }
  const { tree, list } = parsed;
  const starts = parsed.starts.length ? parsed.starts : ['.'];
  const within = (d: number) => (opts.mindepth < 0 || d >= opts.mindepth) && (opts.maxdepth < 0 || d <= opts.maxdepth);

  function* judge(e: Entry): Generator<Yield, void, unknown> {
    if (!within(e.depth)) return;
    state.prune = false;
    yield* evaluate(tree, e);
  }

  function* visit(e: Entry, dev: number, seen: string[]): Generator<Yield, void, unknown> {
    if (opts.dirFirst) yield* judge(e);
    if (state.quit) return;
    const descend = e.node.type === 'dir' && (opts.maxdepth < 0 || e.depth < opts.maxdepth) && !state.prune && !(opts.xdev && deviceOf(e.abs) !== dev);
    state.prune = false;
    if (descend && e.node.type === 'dir') {
      if (!fs.lget(e.abs)) {
        // gone while it was judged (-exec rm, -delete elsewhere): fts cannot open it
        ctx.err(`find: ‘${e.path}’: No such file or directory\n`);
        state.status = 1;
        if (opts.dirFirst) return;
      } else if (
        !canRead(ctx.frame.user, e.abs) ||
        e.node.errno === 'EACCES' ||
        !access({ name: ctx.user.name, uid: ctx.user.uid }, stat(ctx.host, e.node, e.abs), 'r', e.abs, () => true)
      ) {
        ctx.err(`find: ‘${e.path}’: Permission denied\n`);
        state.status = 1;
        if (opts.dirFirst) return;
      } else {
        const real = fs.realpath(e.abs);
        const here = typeof real === 'string' ? real : e.abs;
        for (const c of [...fs.kids(e.node).values()]) {
          if (!fs.lget(fs.join(e.abs, c.name))) continue;
          const path = e.path.endsWith('/') ? e.path + c.name : `${e.path}/${c.name}`;
          const abs = fs.join(e.abs, c.name);
          const r = lookup(abs, false)!;
          if (opts.follow === 'L' && r.lnode.type === 'link' && fs.lookup(abs) === 'ELOOP') {
            ctx.err(`find: ‘${path}’: Too many levels of symbolic links\n`);
            state.status = 1;
            continue;
          }
          if (opts.follow !== 'P' && r.node.type === 'dir') {
            const target = fs.realpath(abs);
            const at = typeof target === 'string' ? [...seen, here].indexOf(target) : -1;
            if (at >= 0) {
              ctx.err(`find: File system loop detected; ‘${path}’ is part of the same file system loop as ‘${ancestor(e.path, seen.length - at)}’.\n`);
              state.status = 1;
              continue;
            }
          }
          yield* visit(
            {
              path,
              abs,
              node: r.node,
              lnode: r.lnode,
              depth: e.depth + 1,
              start: e.start,
              dir: e.abs,
              base: c.name,
            },
            dev,
            [...seen, here],
          );
          if (state.quit) return;
        }
      }
    }
    if (!opts.dirFirst) yield* judge(e);
  }

  for (const s of starts) {
    const abs = ctx.resolve(s);
    let r = !s ? null : s.endsWith('/') ? (fs.get(abs) ? { node: fs.get(abs)!, lnode: fs.get(abs)! } : null) : lookup(abs, true);
    if (r && opts.follow !== 'P' && r.lnode.type === 'link' && fs.lookup(abs) === 'ELOOP') r = null;
    const notDir = r !== null && s.endsWith('/') && r.node.type !== 'dir';
    if (!r || notDir) {
      const why = notDir ? 'ENOTDIR' : s ? fs.lookup(abs, opts.follow === 'P' && !s.endsWith('/')) : 'ENOENT';
      const text = why === 'ENOTDIR' ? 'Not a directory' : why === 'ELOOP' ? 'Too many levels of symbolic links' : 'No such file or directory';
      ctx.err(`find: ‘${s}’: ${text}\n`);
      state.status = 1;
      continue;
    }
    const dir = fs.dirname(abs);
    yield* visit(
      {
        path: s,
        abs,
        node: r.node,
        lnode: r.lnode,
        depth: 0,
        start: s,
        dir: s.includes('/') && s !== '/' ? dir : ctx.frame.cwd,
        base: baseName(s),
      },
      deviceOf(abs),
      [],
    );
    if (state.quit) break;
  }
  // cleanup(): what -exec … + and -execdir … + still hold
  for (const p of list) if (p.flush) yield* p.flush();
  return state.status;
}

/** The path of the directory `up` levels above `path`. */
function ancestor(path: string, up: number): string {
  let p = path;
  for (let k = 0; k < up; k++) p = p.slice(0, Math.max(p.lastIndexOf('/'), 0)) || p;
  return p;
}

def({
  name: 'find',
  summary: 'search for files in a directory hierarchy',
  spec,
  run: find,
});

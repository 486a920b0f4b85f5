// find's parse_table (find/parser.c, v4.8.0): each primary's argument reader, its errors and what it tests or
// does. A reader returns the predicate and the next index, or where it failed: `missing` / an index (find then
// says `missing argument to` or `invalid argument … to`) unless it dies with its own words (FindError).
import type { CommandContext } from '../../../context';
import type { FsNode } from '../../../fs';
import { compile, RegexError } from '../../lib/posix-regex';
import { findGroup, findUser } from '../../lib/accounts';
import { canWrite } from '../../../util';
import { localTm } from '../../lib/clock';
import { parseDate } from '../../coreutils/date/format';
import { FindError, type Entry, type Options, type Pred, type RunState } from './types';
import { access, baseName, compare, compileMode, fnmatch, getNum, inWindow, relativeTime, stat, typeLetter, typeList } from './predicates';
import { compileFormat, fsType, lsLine, lsWidths, render, type PrintEnv } from './printf';
import { REGEX_TYPES } from './regextype';
import { execPred } from './exec';
import { help as HELP } from './help';

/** parse_version: version_etc's text for 4.8.0 and the features a Rocky 9 build reports (SELinux on). */
const VERSION =
  'find (GNU findutils) 4.8.0\nCopyright (C) 2021 Free Software Foundation, Inc.\nLicense GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.\nThis is free software: you are free to change and redistribute it.\nThere is NO WARRANTY, to the extent permitted by law.\n\nWritten by Eric B. Decker, James Youngman, and Kevin Dalley.\nFeatures enabled: D_TYPE O_NOFOLLOW(enabled) LEAF_OPTIMISATION SELINUX FTS(FTS_CWDFD) CBO(level=2) \n';

export type Kind = 'test' | 'action' | 'option' | 'posopt' | 'punct';

export interface ParseEnv {
  ctx: CommandContext;
  opts: Options;
  state: RunState;
  warn(text: string): void;
  exists(p: string): boolean;
  /** stat of a file named in the expression (-newer, -samefile): its node, or find's error */
  statArg(p: string): { node: FsNode; abs: string };
  print: PrintEnv;
  /** where -fprint and friends write: a file opened (truncated) now */
  openFile(name: string): (text: string) => void;
  lsw: ReturnType<typeof lsWidths>;
  /** the starting points (is_feasible_path_argument) */
  starts: string[];
}

type Result = { pred: Partial<Pred>; next: number } | number | 'missing' | 'invalid';
export interface Primary {
  kind: Kind;
  parse(args: string[], at: number, name: string, env: ParseEnv): Result;
}

const DAY = 86_400_000;
const yes = (): Partial<Pred> => ({ test: () => true });

/** A primary taking no argument. */
const noArg = (kind: Kind, make: (env: ParseEnv, name: string) => Partial<Pred>): Primary => ({
  kind,
  parse: (_a, at, name, env) => ({ pred: make(env, name), next: at }),
});
/** A primary taking one argument. */
const oneArg = (kind: Kind, make: (arg: string, env: ParseEnv, name: string, at: number) => Partial<Pred> | number): Primary => ({
  kind,
  parse: (args, at, name, env) => {
    if (at >= args.length) return 'missing';
    const r = make(args[at], env, name, at);
    return typeof r === 'number' ? r : { pred: r, next: at + 1 };
  },
});
const option = (set: (o: Options, arg: string, env: ParseEnv, name: string) => void, withArg = false): Primary =>
  withArg
    ? oneArg('option', (arg, env, name) => (set(env.opts, arg, env, name), yes()))
    : noArg('option', (env, name) => (set(env.opts, '', env, name), yes()));
const posopt = (set: (o: Options, arg: string, env: ParseEnv) => void, withArg = false): Primary =>
  withArg ? oneArg('posopt', (arg, env) => (set(env.opts, arg, env), yes())) : noArg('posopt', (env) => (set(env.opts, '', env), yes()));

const numTest = (get: (e: Entry, env: ParseEnv) => number): Primary =>
  oneArg('test', (arg, env, _n, at) => {
    const n = getNum(arg);
    if (!n) return at;
    return { test: (e) => compare(n.cmp, get(e, env), n.n) };
  });

const st = (e: Entry, env: ParseEnv) => stat(env.ctx.host, e.node, e.abs);

function nameTest(kind: 'name' | 'iname'): Primary {
  return oneArg('test', (pat, env) => {
    if (env.opts.warnings && pat.includes('/'))
      env.warn(
        `warning: ‘-${kind}’ matches against basenames only, but the given pattern contains a directory separator (‘/’), thus the expression will evaluate to false all the time.  Did you mean ‘${kind === 'name' ? '-wholename' : '-iwholename'}’?`,
      );
    return { test: (e) => fnmatch(pat, baseName(e.path), kind === 'iname') };
  });
}

function pathTest(shown: string, fold: boolean): Primary {
  return oneArg('test', (pat, env) => {
    if (/\/$/.test(pat) && pat.length > 0) {
      const feasible = env.starts.some((s) => (fold ? s.toLowerCase() === pat.toLowerCase() : s === pat));
      if (!feasible) env.warn(`warning: -${shown} ${pat} will not match anything because it ends with /.`);
    }
    return { test: (e) => fnmatch(pat, e.path, fold) };
  });
}

function regexTest(icase: boolean): Primary {
  return oneArg('test', (rx, env) => {
    let re: ReturnType<typeof compile>;
    try {
      re = compile(rx, { ...env.opts.regex, icase, whole: 'line' });
    } catch (err) {
      if (!(err instanceof RegexError)) throw err;
      throw new FindError(`failed to compile regular expression '${rx}': ${err.message}`);
    }
    return { test: (e) => ((re.lastIndex = 0), re.test(e.path)) };
  });
}

/** -[acm]time N and -[acm]min N (parse_time, do_parse_xmin). */
function timeTest(field: 'atime' | 'ctime' | 'mtime', minutes: boolean): Primary {
  return oneArg('test', (arg, env, _n, at) => {
    let origin = env.opts.dayStart;
    if (minutes) origin += DAY;
    else if (arg[0] === '-') origin += DAY - 1000;
    const r = relativeTime(arg, origin, minutes ? 60_000 : DAY);
    if (!r) return at;
    return {
      test: (e) => inWindow(st(e, env)[field], r, minutes ? 60_000 : DAY),
    };
  });
}

function newerTest(field: 'atime' | 'ctime' | 'mtime'): Primary {
  return oneArg('test', (arg, env) => {
    const r = env.statArg(arg);
    const ref = stat(env.ctx.host, r.node, r.abs).mtime;
    return { test: (e) => st(e, env)[field] > ref };
  });
}

/** -newerXY (parse_newerXY): X and Y of aBcmt, X not t; B is refused (no birth time in struct stat). */
const newerXY: Primary = {
  kind: 'test',
  parse: (args, at, name, env) => {
    const x = name[6];
    const y = name[7];
    if (x === 'B' || y === 'B') {
      env.warn('This system does not provide a way to find the birth time of a file.');
      throw new FindError(`invalid predicate \`${name}'`);
    }
    if (x === 't' || !'acmt'.includes(x) || !'acmt'.includes(y)) throw new FindError(`invalid predicate \`${name}'`);
    const arg = args[at + 1];
    if (arg === undefined) throw new FindError(`The ‘${name}’ test needs an argument`);
    const field = x === 'a' ? 'atime' : x === 'c' ? 'ctime' : 'mtime';
    let ref: number;
    if (y === 't') {
      const host = env.ctx.host;
      const now = env.opts.start;
      const t = parseDate(arg, now, (yy, mo, d, h, mi, s) => Date.UTC(yy, mo, d, h, mi, s), localTm(host, now));
      if (t === null) throw new FindError(`I cannot figure out how to interpret ‘${arg}’ as a date or time`);
      ref = t;
    } else {
      const r = env.statArg(arg);
      const i = stat(env.ctx.host, r.node, r.abs);
      ref = y === 'a' ? i.atime : y === 'c' ? i.ctime : i.mtime;
    }
    return { pred: { test: (e) => st(e, env)[field] > ref }, next: at + 2 };
  },
};

function typeTest(x: boolean): Primary {
  return oneArg('test', (arg, env) => {
    const set = typeList(arg, x ? '-xtype' : '-type');
    if (typeof set === 'string') throw new FindError(set);
    return {
      test: (e) => {
        if (!x) return set.has(typeLetter(e.node));
        // -xtype: the other side of the link: stat where find would lstat, and the reverse under -L
        if (e.lnode.type !== 'link') return set.has(typeLetter(e.node));
        if (env.opts.follow === 'L') return set.has('l');
        const f = env.print.follow(e);
        return f === null || f === 'loop' ? set.has('l') : set.has(typeLetter(f.node));
      },
    };
  });
}

function accessTest(what: 'r' | 'w' | 'x'): Primary {
  return noArg('test', (env) => ({
    test: (e) => {
      const u = env.ctx.user;
      return access({ name: u.name, uid: u.uid }, st(e, env), what, e.abs, (p) => canWrite(env.ctx.frame.user, p));
    },
  }));
}

function output(env: ParseEnv, name: string | null): (text: string) => void {
  return name === null ? (t) => env.ctx.out(t) : env.openFile(name);
}

const printTo = (sep: string, file: boolean): Primary =>
  file
    ? oneArg('action', (name, env) => {
        const w = output(env, name);
        return {
          sideEffects: true,
          noDefaultPrint: true,
          test: (e) => (w(e.path + sep), true),
        };
      })
    : noArg('action', (env) => ({
        sideEffects: true,
        noDefaultPrint: true,
        test: (e) => (env.ctx.out(e.path + sep), true),
      }));

function printfAct(file: boolean): Primary {
  return {
    kind: 'action',
    parse: (args, at, _name, env) => {
      if (at >= args.length) return 'missing';
      let w = (t: string) => env.ctx.out(t);
      if (file) {
        if (at + 1 >= args.length) return 'missing';
        w = output(env, args[at]);
        at++;
      }
      const segs = compileFormat(args[at], (t) => env.warn(t));
      return {
        pred: {
          sideEffects: true,
          noDefaultPrint: true,
          test: (e) => (w(render(segs, e, env.print)), true),
        },
        next: at + 1,
      };
    },
  };
}

const lsAct = (file: boolean): Primary =>
  (file ? oneArg : (k: Kind, f: (a: string, env: ParseEnv) => Partial<Pred>) => noArg(k, (env) => f('', env)))('action', (name: string, env: ParseEnv) => {
    const w = file ? output(env, name) : (t: string) => env.ctx.out(t);
    return {
      sideEffects: true,
      noDefaultPrint: true,
      test: (e: Entry) => (w(lsLine(e, env.ctx.host, env.opts.start, env.lsw)), true),
    };
  });

const depthSpec = (key: 'maxdepth' | 'mindepth'): Primary =>
  oneArg('option', (arg, env, name) => {
    if (!/^\d+$/.test(arg)) throw new FindError(`Expected a positive decimal integer argument to ${name}, but got ‘${arg}’`);
    env.opts[key] = Number(arg);
    return yes();
  });

export const PRIMARIES: Record<string, Primary> = {
  amin: timeTest('atime', true),
  anewer: newerTest('atime'),
  atime: timeTest('atime', false),
  cmin: timeTest('ctime', true),
  cnewer: newerTest('ctime'),
  ctime: timeTest('ctime', false),
  context: oneArg('test', (pat, env) => ({
    test: (e) => fnmatch(pat, stat(env.ctx.host, e.node, e.abs).context),
  })),
  daystart: posopt((o, _a, env) => {
    if (o.fullDays) return;
    const now = Math.floor((o.dayStart + DAY) / 1000) * 1000;
    const t = localTm(env.ctx.host, now);
    o.dayStart = now - (t.h * 3600 + t.mi * 60 + t.s) * 1000;
    o.fullDays = true;
  }),
  delete: noArg('action', (env) => {
    env.opts.dirFirst = false;
    return {
      sideEffects: true,
      noDefaultPrint: true,
      isDelete: true,
      test: (e) => {
        if (e.base === '.' && e.depth === 0) return true;
        const fs = env.ctx.host.fs;
        const err = !canWrite(env.ctx.frame.user, e.abs) ? 'EACCES' : fs.remove(e.abs, false);
        if (!err) return true;
        env.ctx.err(
          `find: cannot delete ‘${e.path}’: ${err === 'ENOTEMPTY' ? 'Directory not empty' : err === 'ENOENT' ? 'No such file or directory' : 'Permission denied'}\n`,
        );
        env.state.status = 1;
        return false;
      },
    };
  }),
  d: option((o, _a, env) => {
    if (o.warnings) env.warn('warning: the -d option is deprecated; please use -depth instead, because the latter is a POSIX-compliant feature.');
    o.dirFirst = false;
    o.explicitDepth = true;
  }),
  depth: option((o) => {
    o.dirFirst = false;
    o.explicitDepth = true;
  }),
  empty: noArg('test', (env) => ({
    test: (e) => (e.node.type === 'dir' ? e.node.children.size === 0 : e.node.type === 'file' && typeLetter(e.node) === 'f' && st(e, env).size === 0),
  })),
  exec: execPred('-exec'),
  execdir: execPred('-execdir'),
  executable: accessTest('x'),
  false: noArg('test', () => ({ test: () => false })),
  fls: lsAct(true),
  follow: posopt((o) => (o.follow = 'L')),
  fprint: printTo('\n', true),
  fprint0: printTo('\0', true),
  fprintf: printfAct(true),
  fstype: oneArg('test', (t) => ({ test: (e) => fsType(e.abs) === t })),
  gid: numTest((e, env) => st(e, env).gid),
  group: oneArg('test', (name, env) => {
    const g = findGroup(env.ctx.host, name);
    let gid: number;
    if (g) gid = g.gid;
    else {
      const m = /^(\d+)(.*)$/.exec(name);
      if (m && !m[2]) gid = Number(m[1]);
      else if (m)
        throw new FindError(
          `‘${name}’ is not the name of an existing group and it does not look like a numeric group ID because it has the unexpected suffix ‘${m[2]}’`,
        );
      else if (name) throw new FindError(`‘${name}’ is not the name of an existing group`);
      else throw new FindError('argument to -group is empty, but should be a group name');
    }
    return { test: (e) => st(e, env).gid === gid };
  }),
  ignore_readdir_race: option((o) => (o.ignoreRace = true)),
  ilname: oneArg('test', (pat) => ({
    test: (e) => e.lnode.type === 'link' && fnmatch(pat, e.lnode.target, true),
  })),
  iname: nameTest('iname'),
  inum: numTest((e, env) => st(e, env).ino),
  ipath: pathTest('ipath', true),
  iregex: regexTest(true),
  iwholename: pathTest('iwholename', true),
  links: numTest((e, env) => st(e, env).nlink),
  lname: oneArg('test', (pat) => ({
    test: (e) => e.lnode.type === 'link' && fnmatch(pat, e.lnode.target),
  })),
  ls: lsAct(false),
  maxdepth: depthSpec('maxdepth'),
  mindepth: depthSpec('mindepth'),
  mmin: timeTest('mtime', true),
  mount: option((o) => (o.xdev = true)),
  mtime: timeTest('mtime', false),
  name: nameTest('name'),
  newer: newerTest('mtime'),
  '-newerXY': newerXY,
  noleaf: option(() => {}),
  nogroup: noArg('test', () => ({ test: () => false })),
  nouser: noArg('test', () => ({ test: () => false })),
  noignore_readdir_race: option((o) => (o.ignoreRace = false)),
  nowarn: posopt((o) => (o.warnings = false)),
  warn: posopt((o) => (o.warnings = true)),
  ok: execPred('-ok'),
  okdir: execPred('-okdir'),
  path: pathTest('path', false),
  perm: oneArg('test', (arg, env) => {
    const kind = arg[0] === '-' ? 'least' : arg[0] === '/' ? 'any' : 'exact';
    const body = kind === 'exact' ? arg : arg.slice(1);
    const val = /^\+[0-7]/.test(arg) ? null : compileMode(body);
    if (!val) throw new FindError(`invalid mode ‘${arg}’`);
    let k: string = kind;
    if (kind === 'any' && !val[0] && !val[1]) {
      env.warn(
        `warning: you have specified a mode pattern ${arg} (which is equivalent to /000). The meaning of -perm /000 has now been changed to be consistent with -perm -000; that is, while it used to match no files, it now matches all files.`,
      );
      k = 'least';
    }
    return {
      test: (e) => {
        const mode = st(e, env).mode;
        const v = val[e.node.type === 'dir' ? 1 : 0];
        if (k === 'least') return (mode & v) === v;
        if (k === 'any') return v === 0 || (mode & v) !== 0;
        return (mode & 0o7777) === v;
      },
    };
  }),
  print: printTo('\n', false),
  print0: printTo('\0', false),
  printf: printfAct(false),
  prune: noArg('action', (env) => ({
    sideEffects: true,
    isPrune: true,
    test: (e) => {
      if (env.opts.dirFirst && e.node.type === 'dir') env.state.prune = true;
      return true;
    },
  })),
  quit: noArg('action', (env) => ({
    sideEffects: true,
    test: () => ((env.state.quit = true), true),
  })),
  readable: accessTest('r'),
  regex: regexTest(false),
  regextype: posopt((o, t) => {
    if (!Object.hasOwn(REGEX_TYPES, t))
      throw new FindError(
        `Unknown regular expression type ‘${t}’; valid types are ${Object.keys(REGEX_TYPES)
          .map((n) => `‘${n}’`)
          .join(', ')}.`,
      );
    o.regex = REGEX_TYPES[t];
  }, true),
  samefile: oneArg('test', (arg, env) => {
    const r = env.statArg(arg);
    const ref = stat(env.ctx.host, r.node, r.abs);
    return {
      test: (e) => ((i) => i.ino === ref.ino && i.dev === ref.dev)(st(e, env)),
    };
  }),
  size: {
    kind: 'test',
    parse: (args, at, _n, env) => {
      if (at >= args.length) return 'missing';
      const arg = args[at];
      if (!arg) throw new FindError('invalid null argument to -size');
      const suffix = arg[arg.length - 1];
      const units: Record<string, number> = {
        b: 512,
        c: 1,
        k: 1024,
        M: 1 << 20,
        G: 1 << 30,
        w: 2,
      };
      let unit = 512;
      let body = arg;
      if (Object.hasOwn(units, suffix)) {
        unit = units[suffix];
        body = arg.slice(0, -1);
      } else if (!/\d/.test(suffix)) throw new FindError(`invalid -size type \`${suffix}'`);
      const n = getNum(body);
      if (!n) throw new FindError(`Invalid argument \`${body}${/\d/.test(suffix) ? '' : suffix}' to -size`);
      return {
        pred: {
          test: (e) => compare(n.cmp, Math.ceil(st(e, env).size / unit), n.n),
        },
        next: at + 1,
      };
    },
  },
  help: noArg('test', (env) => {
    env.ctx.out(HELP);
    throw new FindError('', 0);
  }),
  '-help': noArg('test', (env) => {
    env.ctx.out(HELP);
    throw new FindError('', 0);
  }),
  version: noArg('test', (env) => {
    env.ctx.out(VERSION);
    throw new FindError('', 0);
  }),
  '-version': noArg('test', (env) => {
    env.ctx.out(VERSION);
    throw new FindError('', 0);
  }),
  true: noArg('test', () => ({ test: () => true })),
  type: typeTest(false),
  uid: numTest((e, env) => st(e, env).uid),
  used: oneArg('test', (arg, env, _n, at) => {
    const r = relativeTime(arg, 0, DAY);
    if (!r) throw new FindError(`Invalid argument ${arg} to -used`);
    void at;
    return {
      test: (e) => ((i) => inWindow(i.atime - i.ctime, r, DAY))(st(e, env)),
    };
  }),
  user: oneArg('test', (name, env) => {
    const u = findUser(env.ctx.host, name);
    let uid: number;
    if (u) uid = u.uid;
    else if (/^\d+$/.test(name)) uid = Number(name);
    else if (name) throw new FindError(`‘${name}’ is not the name of a known user`);
    else throw new FindError('The argument to -user should not be empty');
    return { test: (e) => st(e, env).uid === uid };
  }),
  wholename: pathTest('wholename', false),
  writable: accessTest('w'),
  xdev: option((o) => (o.xdev = true)),
  xtype: typeTest(true),
};

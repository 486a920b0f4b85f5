// find of GNU findutils 4.8: paths walked in directory order (as readdir gives them), the tests -name, -iname,
// -path, -regex, -iregex (after -regextype), -type, -maxdepth, -mindepth, -empty, -newer, the actions -print,
// -exec … \; / +, -delete, -print0, -size, -mtime/-mmin, -links, -true/-false, and ( ) / -not / ! / -a / -o
// between them. Errors in find's words.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { byteLength, type FsNode } from '../../fs';
import { canRead, globMatch } from '../../util';
import { def } from '../lib/guest';
import { compile, RegexError, type Syntax } from '../lib/posix-regex';
import { spec } from './find.spec';

/**
 * -regextype's names (lib/regextype.c regex_map, in its order) and the gnulib syntax each stands for, as the
 * POSIX matcher reads it: RE_SYNTAX_EMACS (the default) is its own flavour; ed, sed, grep and the basic ones BRE;
 * the egrep and extended ones ERE; the awk ones awk's.
 */
const REGEX_TYPES: Record<string, Syntax> = {
  'findutils-default': { kind: 'emacs' },
  ed: { kind: 'bre' },
  emacs: { kind: 'emacs' },
  'gnu-awk': { kind: 'awk' },
  grep: { kind: 'bre' },
  'posix-awk': { kind: 'awk' },
  awk: { kind: 'awk' },
  'posix-basic': { kind: 'bre' },
  'posix-egrep': { kind: 'ere', intervalOrd: true },
  egrep: { kind: 'ere', intervalOrd: true },
  'posix-extended': { kind: 'ere', invalidOps: true, parenOrd: true },
  'posix-minimal-basic': { kind: 'bre' },
  sed: { kind: 'bre' },
};

type Test = (path: string, node: FsNode, depth: number) => boolean;
interface Expr {
  test: Test;
  /** -exec … + collects paths to run at the end */
  batch?: { argv: string[]; paths: string[] };
  exec?: string[];
  del?: boolean;
}

function* find(ctx: CommandContext): CommandRun {
  const args = ctx.args;
  let i = 0;
  const starts: string[] = [];
  while (i < args.length && !args[i].startsWith('-') && args[i] !== '!' && args[i] !== '(') starts.push(args[i++]);
  if (!starts.length) starts.push('.');
  let regexType: Syntax = REGEX_TYPES.emacs;
  let maxdepth = Infinity;
  let mindepth = 0;
  let hasAction = false;
  const execs: { argv: string[]; batch: boolean; paths: string[] }[] = [];
  const deletes: string[] = [];
  const fs = ctx.host.fs;
  // expression: ( ) groups, ! / -not, -a / implicit and, -o, as find's parser binds them
  const ors: Test[][] = [[]];
  const stack: { ors: Test[][]; negate: boolean }[] = [];
  let negate = false;
  const push = (t: Test) => {
    const n = negate;
    negate = false;
    ors[ors.length - 1].push(n ? (p, node, d) => !t(p, node, d) : t);
  };
  const need = (opt: string) => {
    if (i + 1 >= args.length) {
      ctx.err(`find: missing argument to \`${opt}'\n`);
      return null;
    }
    return args[++i];
  };
  const now = ctx.world.now;
  /** N, +N, -N of a numeric test. */
  const numArg = (a: string, v: string): ((x: number) => boolean) | null => {
    const m = /^([-+]?)(\d+)$/.exec(v);
    if (!m) {
      ctx.err(`find: invalid argument \`${v}' to \`${a}'\n`);
      return null;
    }
    const n = Number(m[2]);
    return m[1] === '+' ? (x) => x > n : m[1] === '-' ? (x) => x < n : (x) => x === n;
  };
  const sizeOf = (n: FsNode) => (n.type === 'file' ? byteLength(n.content) + (n.zeros ?? 0) : n.type === 'link' ? byteLength(n.target) : 4096);
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '!' || a === '-not') negate = !negate;
    else if (a === '-a' || a === '-and') continue;
    else if (a === '-o' || a === '-or') ors.push([]);
    else if (a === '(') {
      stack.push({ ors: ors.splice(0, ors.length, []), negate });
      negate = false;
    } else if (a === ')') {
      const outer = stack.pop();
      if (!outer) {
        ctx.err("find: you have too many ')'\n");
        return 1;
      }
      const inner = ors.splice(0, ors.length, ...outer.ors);
      if (inner.length === 1 && !inner[0].length) {
        ctx.err("find: invalid expression; empty parentheses are not allowed.\n");
        return 1;
      }
      negate = outer.negate;
      push((p, n, d) => inner.some((and) => and.every((t) => t(p, n, d))));
    } else if (a === '-true' || a === '-false') push(() => a === '-true');
    else if (a === '-print0') {
      hasAction = true;
      push((p) => (ctx.out(p + '\0'), true));
    } else if (a === '-size') {
      const v = need(a);
      if (v === null) return 1;
      const m = /^([-+]?\d+)([bcwkMG]?)$/.exec(v);
      if (!m) {
        ctx.err(`find: invalid -size type \`${v.replace(/^[-+]?\d+/, '')[0] ?? ''}'\n`);
        return 1;
      }
      const unit = { b: 512, c: 1, w: 2, k: 1024, M: 1048576, G: 1073741824, '': 512 }[m[2]]!;
      const cmp = numArg(a, m[1]);
      if (!cmp) return 1;
      push((_p, n) => cmp(Math.ceil(sizeOf(n) / unit)));
    } else if (a === '-mtime' || a === '-mmin' || a === '-ctime' || a === '-cmin' || a === '-atime' || a === '-amin') {
      const v = need(a);
      if (v === null) return 1;
      const cmp = numArg(a, v);
      if (!cmp) return 1;
      const unit = a.endsWith('min') ? 60_000 : 86_400_000;
      const field = a[1];
      push((_p, n) => cmp(Math.floor((now - (field === 'c' ? Math.max(n.ctime ?? 0, n.mtime) : n.mtime)) / unit)));
    } else if (a === '-links') {
      const v = need(a);
      if (v === null) return 1;
      const cmp = numArg(a, v);
      if (!cmp) return 1;
      push((_p, n) => cmp(n.nlink ?? (n.type === 'dir' ? 2 + [...n.children.values()].filter((c) => c.type === 'dir').length : 1)));
    }
    else if (a === '-name' || a === '-iname') {
      const pat = need(a);
      if (pat === null) return 1;
      const ci = a === '-iname';
      push((p) => globMatch(ci ? pat.toLowerCase() : pat, ci ? fs.basename(p).toLowerCase() || p : fs.basename(p) || p));
    } else if (a === '-path' || a === '-wholename') {
      const pat = need(a);
      if (pat === null) return 1;
      push((p) => globMatch(pat, p));
    } else if (a === '-regextype') {
      const t = need(a);
      if (t === null) return 1;
      if (!Object.hasOwn(REGEX_TYPES, t)) {
        ctx.err(`find: Unknown regular expression type ‘${t}’; valid types are ${Object.keys(REGEX_TYPES).map((n) => `‘${n}’`).join(', ')}.\n`);
        return 1;
      }
      regexType = REGEX_TYPES[t];
    } else if (a === '-regex' || a === '-iregex') {
      // pred_regex: re_match from the start must take the whole path
      const rx = need(a);
      if (rx === null) return 1;
      let re;
      try {
        re = compile(rx, { ...regexType, icase: a === '-iregex', whole: 'line' });
      } catch (e) {
        if (!(e instanceof RegexError)) throw e;
        ctx.err(`find: failed to compile regular expression '${rx}': ${e.message}\n`);
        return 1;
      }
      push((p) => ((re.lastIndex = 0), re.test(p)));
    } else if (a === '-type') {
      const t = need(a);
      if (t === null) return 1;
      if (!/^[fdlbcps]$/.test(t)) {
        ctx.err(`find: Unknown argument to -type: ${t}\n`);
        return 1;
      }
      push((_p, n) => (t === 'f' ? n.type === 'file' : t === 'd' ? n.type === 'dir' : t === 'l' ? n.type === 'link' : false));
    } else if (a === '-maxdepth' || a === '-mindepth') {
      const v = need(a);
      if (v === null) return 1;
      if (!/^\d+$/.test(v)) {
        ctx.err(`find: Expected a positive decimal integer argument to ${a}, but got ‘${v}’\n`);
        return 1;
      }
      if (a === '-maxdepth') maxdepth = Number(v);
      else mindepth = Number(v);
    } else if (a === '-empty') push((_p, n) => (n.type === 'file' ? n.content === '' : n.type === 'dir' && n.children.size === 0));
    else if (a === '-newer') {
      const ref = need(a);
      if (ref === null) return 1;
      const r = fs.get(ctx.resolve(ref));
      if (!r) {
        ctx.err(`find: ‘${ref}’: No such file or directory\n`);
        return 1;
      }
      push((_p, n) => n.mtime > r.mtime);
    } else if (a === '-print') {
      hasAction = true;
      push((p) => (ctx.out(p + '\n'), true));
    } else if (a === '-delete') {
      hasAction = true;
      push((p) => (deletes.push(p), true));
    } else if (a === '-exec') {
      const argv: string[] = [];
      let j = i + 1;
      while (j < args.length && args[j] !== ';' && !(args[j] === '+' && args[j - 1] === '{}')) argv.push(args[j++]);
      if (j >= args.length) {
        ctx.err("find: missing argument to `-exec'\n");
        return 1;
      }
      const e = { argv, batch: args[j] === '+', paths: [] as string[] };
      execs.push(e);
      hasAction = true;
      i = j;
      push((p) => (e.paths.push(p), true));
    } else if (a.startsWith('-')) {
      ctx.err(`find: unknown predicate \`${a}'\n`);
      return 1;
    } else {
      ctx.err(`find: paths must precede expression: \`${a}'\nfind: possible unquoted pattern after predicate \`${args[i - 1] ?? ''}'?\n`);
      return 1;
    }
  }
  if (stack.length) {
    ctx.err("find: invalid expression; I was expecting to find a ')' somewhere but did not see one.\n");
    return 1;
  }
  const match: Test = (p, n, d) => ors.some((and) => and.every((t) => t(p, n, d)));
  let code = 0;
  const visit = (shown: string, abs: string, node: FsNode, depth: number) => {
    if (depth >= mindepth && depth <= maxdepth) {
      const hit = match(shown, node, depth);
      if (hit && !hasAction) ctx.out(shown + '\n');
    }
    if (node.type !== 'dir' || depth >= maxdepth) return;
    if (!canRead(ctx.frame.user, abs)) {
      ctx.err(`find: ‘${shown}’: Permission denied\n`);
      code = 1;
      return;
    }
    for (const c of node.children.values()) visit(shown === '/' ? '/' + c.name : `${shown.replace(/\/$/, '')}/${c.name}`, fs.join(abs, c.name), c, depth + 1);
  };
  for (const s of starts) {
    const abs = ctx.resolve(s);
    // find -P: a link named as a starting point is not followed, unless written with a trailing /
    const node = s.endsWith('/') ? fs.get(abs) : fs.lget(abs);
    if (!node) {
      ctx.err(`find: ‘${s}’: No such file or directory\n`);
      code = 1;
      continue;
    }
    visit(s, abs, node, 0);
  }
  for (const e of execs) {
    const runs = e.batch ? [e.argv.flatMap((x) => (x === '{}' ? e.paths : [x]))] : e.paths.map((p) => e.argv.map((x) => x.replace(/\{\}/g, p)));
    for (const argv of runs) {
      if (!e.paths.length) break;
      const line = argv.map((x) => `'${x.replace(/'/g, `'\\''`)}'`).join(' ');
      const r = yield* ctx.runLine(line);
      if (r !== 0) code = 1;
    }
  }
  for (const p of deletes.reverse()) {
    const e = fs.remove(ctx.resolve(p), false);
    if (e) {
      ctx.err(`find: cannot delete ‘${p}’: ${e === 'ENOTEMPTY' ? 'Directory not empty' : 'Permission denied'}\n`);
      code = 1;
    }
  }
  return code;
}

def({ name: 'find', summary: 'search for files in a directory hierarchy', spec, run: find });

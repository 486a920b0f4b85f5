// tree 1.8.0 (Rocky 9.5's tree-1.8.0-10.el9): the guest's file system drawn as tree.c and unix.c draw it. read_dir()
// skips . and .., hidden names without -a, files that miss -P, names that match -I, and non-directories with -d;
// unix_listdir() sorts (alnumsort: the locale's collation; -v, -t, -c, -U, -r, --dirsfirst, --sort), draws each
// entry after indent() and fillinfo()'s bracket ([inode mode user group size date]), recurses into directories (into
// a link to one only with -l), and the report counts what was listed. The lines are the UTF-8 set of color.c's
// initlinedraw() in a UTF-8 locale, the ASCII one otherwise; names coloured as color.c does (color.ts). The
// XML/JSON/HTML outputs are not modelled: DIFFERENCES.md.
import { canRead, tm, two } from '../../util';
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import type { FsNode } from '../../fs';
import { collate as byLine } from '../coreutils/lib/input';
import { def } from '../lib/guest';
import { ownerOf } from '../lib/files';
import { inodeOf, sizeOf } from '../lib/inode';
import { rootOnly } from '../lib/var-log';
import { hasCommand } from '../lib/where';
import { patmatch } from './pattern';
import { spec } from './spec';
import { colorOf, dirColors, paint, stMode } from './color';

type Help = typeof import('./help');

/** strcoll() in en_US.UTF-8: punctuation (a leading dot) is ignored at the first levels, as glibc's tables do. */
const ICU = new Intl.Collator('en-US', { ignorePunctuation: true });
const collate = (a: string, b: string) => ICU.compare(a, b) || byLine(a, b);

interface Opts {
  a: boolean; d: boolean; l: boolean; f: boolean; i: boolean; s: boolean; h: boolean; si: boolean; u: boolean; g: boolean;
  p: boolean; D: boolean; F: boolean; Q: boolean; inodes: boolean; noreport: boolean; dirsfirst: boolean; reverse: boolean;
  ignorecase: boolean; level: number; flimit: number; sort: 'name' | 'version' | 'size' | 'mtime' | 'ctime' | null;
  pattern: string | null; ipattern: string | null; ctime: boolean;
}

interface Entry { name: string; node: FsNode; target: FsNode | null; isdir: boolean }

const SORTS = ['name', 'version', 'size', 'mtime', 'ctime'] as const;

/** printf's %.Nf of num/den, ties to even as glibc rounds an exact binary value. */
function fixed(num: number, den: number, digits: number): string {
  const scale = 10 ** digits;
  const q = Math.floor((num * scale) / den);
  const r = num * scale - q * den;
  const v = r * 2 > den || (r * 2 === den && q % 2 === 1) ? q + 1 : q;
  return digits ? `${Math.floor(v / scale)}.${String(v % scale).padStart(digits, '0')}` : String(v);
}

/** psize(): %11lld bytes, or with -h / --si one unit letter and one decimal below 10. */
function psize(o: Opts, size0: number): string {
  if (!o.h && !o.si) return ' ' + String(size0).padStart(11);
  const usize = o.si ? 1000 : 1024;
  const unit = o.si ? 'dkMGTPEZY' : 'BKMGTPEZY';
  let size = size0;
  let idx = size < usize ? 0 : 1;
  for (; size >= usize * usize; idx++) size = Math.floor(size / usize);
  if (!idx) return ' ' + String(size).padStart(4);
  return ' ' + fixed(size, usize, size / usize >= 10 ? 0 : 1).padStart(3) + unit[idx];
}

function prot(node: FsNode): string {
  const m = node.mode;
  const t = node.type === 'dir' ? 'd' : node.type === 'link' ? 'l' : ({ 0o020000: 'c', 0o060000: 'b', 0o140000: 's', 0o010000: 'p' } as Record<number, string>)[m & 0o170000] ?? '-';
  const b = [...'rwxrwxrwx'].map((c, i) => (m & (0o400 >> i) ? c : '-'));
  if (m & 0o4000) b[2] = b[2] === '-' ? 'S' : 's';
  if (m & 0o2000) b[5] = b[5] === '-' ? 'S' : 's';
  if (m & 0o1000) b[8] = b[8] === '-' ? 'T' : 't';
  return t + b.join('');
}

const MON = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** do_date(): "%b %e %R", or "%b %e  %Y" for a time in the future or more than six 31-day months ago. */
function doDate(ms: number, now: number): string {
  const t = tm(ms);
  const old = ms > now || ms + 6 * 31 * 86400_000 < now;
  return `${MON[t.mo]} ${String(t.d).padStart(2)} ${old ? ' ' + t.y : `${two(t.h)}:${two(t.mi)}`}`;
}

/** Ftype(): the -F mark. */
function ftype(node: FsNode | null, o: Opts): string {
  if (!node) return '';
  const m = node.mode & 0o170000;
  if (node.type === 'dir') return o.d ? '' : '/';
  if (m === 0o140000) return '=';
  if (m === 0o010000) return '|';
  return node.type === 'file' && m !== 0o020000 && m !== 0o060000 && node.mode & 0o111 ? '*' : '';
}

/** strverscmp() for -v: digit runs compare as numbers (a run with leading zeros as a fraction). */
function verscmp(a: string, b: string): number {
  const re = /(\d+|\D+)/g;
  const pa = a.match(re) ?? [];
  const pb = b.match(re) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy && !x.startsWith('0') && !y.startsWith('0')) return x.length - y.length || (x < y ? -1 : 1);
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}

function* tree(ctx: CommandContext): CommandRun {
  const argv = ctx.args;
  const o: Opts = {
    a: false, d: false, l: false, f: false, i: false, s: false, h: false, si: false, u: false, g: false, p: false, D: false,
    F: false, Q: false, inodes: false, noreport: false, dirsfirst: false, reverse: false, ignorecase: false, level: -1,
    flimit: 0, sort: 'name', pattern: null, ipattern: null, ctime: false,
  };
  const dirnames: string[] = [];
  const help = () => import('./help');
  const invalid = function* (what: string): Generator<{ load: () => Promise<unknown> }, number, unknown> {
    const h = (yield { load: help }) as Help;
    ctx.err(`tree: Invalid argument ${what}.\n${h.synopsis}`);
    return 1;
  };
  let optf = true;
  let force = false;
  let nocolor = false;
  let plainOut = false;
  for (let n = 0, i = 0; i < argv.length; i = n) {
    n++;
    const w = argv[i];
    if (!(optf && w[0] === '-' && w.length > 1)) {
      dirnames.push(w);
      continue;
    }
    for (let j = 1; j < w.length; j++) {
      const c = w[j];
      const need = (opt: string, msg = `tree: missing argument to -${opt} option.\n`): string | null => {
        if (argv[n] === undefined) return (ctx.err(msg), null);
        return argv[n++];
      };
      const FLAG: Record<string, keyof Opts> = { a: 'a', d: 'd', l: 'l', f: 'f', i: 'i', s: 's', u: 'u', g: 'g', p: 'p', D: 'D', F: 'F', Q: 'Q', r: 'reverse' };
      const SORT: Record<string, Opts['sort']> = { t: 'mtime', c: 'ctime', v: 'version', U: null };
      if (c in FLAG) (o as unknown as Record<string, boolean>)[FLAG[c]] = true;
      else if (c in SORT) (o.sort = SORT[c]), c === 'c' && (o.ctime = true);
      else if (c === 'C') force = true;
      else if (c === 'n') nocolor = true;
      // -X and -J turn colour off (their outputs are not modelled); no effect here: -N and -q (the names are
      // printable), -x (one device per listing), -A and -S (other line sets), -R: DIFFERENCES.md
      else if ('XJ'.includes(c)) plainOut = true;
      else if ('NqxASR'.includes(c)) continue;
      else if (c === 'H' || c === 'T' || c === 'o') {
        if (c === 'H') plainOut = true;
        if (need(c) === null) return 1;
      } else if (c === 'h') (o.h = true), (o.s = true);
      else if (c === 'P' || c === 'I') {
        const v = need(c);
        if (v === null) return 1;
        if (c === 'P') o.pattern = v;
        else o.ipattern = v;
      } else if (c === 'L') {
        const v = need('L', 'tree: Missing argument to -L option.\n');
        if (v === null) return 1;
        const m = /^\s*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)?/.exec(v)!;
        const num = m[2] === undefined ? 0 : parseInt(m[2], /^0[xX]/.test(m[2]) ? 16 : m[2].startsWith('0') ? 8 : 10);
        o.level = m[1] === '-' && num ? -2 : num - 1;
        if (o.level < 0) {
          ctx.err('tree: Invalid level, must be greater than 0.\n');
          return 1;
        }
      } else if (c === '-' && j === 1) {
        j = w.length;
        if (w === '--') optf = false;
        else if (w === '--help') {
          const h = (yield { load: help }) as Help;
          ctx.out(h.synopsis + h.options);
          return 0;
        } else if (w === '--version') {
          const h = (yield { load: help }) as Help;
          ctx.out(h.version);
          return 0;
        } else if (w === '--inodes') o.inodes = true;
        else if (w === '--noreport') o.noreport = true;
        else if (w === '--dirsfirst') o.dirsfirst = true;
        else if (w === '--device' || w === '--nolinks' || w.startsWith('--matchdirs') || w.startsWith('--prune')) continue;
        else if (w.startsWith('--si')) (o.s = true), (o.h = true), (o.si = true);
        else if (w.startsWith('--ignore-case')) o.ignorecase = true;
        else if (w.startsWith('--filelimit') || w.startsWith('--sort')) {
          const long = w.startsWith('--sort') ? '--sort' : '--filelimit';
          let v: string | null;
          if (w[long.length] === '=') {
            v = w.slice(long.length + 1);
            if (!v) return (ctx.err(`tree: missing argument to ${long}=\n`), 1);
          } else if (argv[n] !== undefined) v = argv[n++];
          else return (ctx.err(`tree: missing argument to ${long}\n`), 1);
          if (long === '--filelimit') o.flimit = parseInt(v, 10) || 0;
          else {
            const s = SORTS.find((x) => x === v!.toLowerCase());
            // the list goes to stdout with printf, the message to stderr (tree.c)
            if (!s) return (ctx.err(`tree: sort type '${v}' not valid, should be one of: `), ctx.out(SORTS.join(',') + '\n'), 1);
            o.sort = s;
          }
        } else return yield* invalid(`\`${w}'`);
      } else return yield* invalid(`-\`${c}'`);
    }
  }
  const fs = ctx.host.fs;
  const env = ctx.frame.env;
  const utf8 = /utf-?8/i.test(env.LC_ALL || env.LC_CTYPE || env.LANG || '');
  const [VERT, VLEFT, CORNER] = utf8 ? ['\u2502\u00a0\u00a0', '\u251c\u2500\u2500', '\u2514\u2500\u2500'] : ['|  ', '|--', '`--'];
  const user = ctx.frame.user;
  const now = ctx.world.now;
  // -H never reads the colours, -X and -J turn them off after
  const colors = plainOut ? null : dirColors(env, ctx.tty, force, nocolor);
  const hue = (code: () => string | null, text: string) => (colors ? paint(colors, code(), text) : text);
  /** printit(): in a UTF-8 locale what is printable as is, the rest as \ooo; otherwise C escapes and `\ `. */
  const printit = (s: string): string => {
    let out = '';
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (!utf8 && ((c >= 7 && c <= 13) || ch === '\\' || (ch === '"' && o.Q) || (ch === ' ' && !o.Q))) out += '\\' + (c > 13 ? ch : 'abtnvfr'[c - 7]);
      else if (c < 0x20 || c === 0x7f) out += '\\' + c.toString(8).padStart(3, '0');
      else out += ch;
    }
    return o.Q ? `"${out}"` : out;
  };
  const match = (name: string, pat: string) => patmatch(name, pat, o.ignorecase) === 1;
  const cmp = (a: Entry, b: Entry): number => {
    if (o.dirsfirst && a.isdir !== b.isdir) return a.isdir ? -1 : 1;
    let v: number;
    if (o.sort === 'version') v = verscmp(a.name, b.name);
    else if (o.sort === 'size') v = sizeOf(a.node) === sizeOf(b.node) ? collate(a.name, b.name) : sizeOf(a.node) < sizeOf(b.node) ? 1 : -1;
    else if (o.sort === 'mtime' || o.sort === 'ctime') {
      const t = (e: Entry) => (o.sort === 'ctime' ? Math.max(e.node.ctime ?? 0, e.node.mtime) : e.node.mtime);
      v = t(a) === t(b) ? collate(a.name, b.name) : t(a) < t(b) ? -1 : 1;
    } else v = collate(a.name, b.name);
    return o.reverse ? -v : v;
  };
  /** read_dir(): null when the directory cannot be opened. */
  const readDir = (path: string): Entry[] | null => {
    const node = fs.get(path);
    if (!node || node.type !== 'dir' || !canRead(user, path) || (user !== 'root' && rootOnly(path))) return null;
    const out: Entry[] = [];
    for (const child of fs.kids(node).values()) {
      const name = child.name;
      if (!o.a && name.startsWith('.')) continue;
      const target = child.type === 'link' ? fs.get(fs.join(path, name)) : child;
      const isdir = target?.type === 'dir';
      if (child.type !== 'dir' && !(o.l && isdir) && o.pattern && !match(name, o.pattern)) continue;
      if (o.ipattern && match(name, o.ipattern)) continue;
      if (o.d && !isdir) continue;
      out.push({ name, node: child, target, isdir });
    }
    return out;
  };
  const seen = new Set<FsNode>();
  const dirs: number[] = [];
  let out = '';
  let dt = 0;
  let ft = 0;
  const indent = (lev: number) => {
    for (let i = 0; i <= lev && dirs[i]; i++) out += (dirs[i + 1] ? (dirs[i] === 1 ? VERT : '   ') : dirs[i] === 1 ? VLEFT : CORNER) + ' ';
  };
  const fillinfo = (e: Entry, path: string): string => {
    let b = '';
    if (o.inodes) b += ' ' + String(inodeOf(e.node, path)).padStart(7);
    if (o.p) b += ' ' + prot(e.node);
    const own = o.u || o.g ? ownerOf(e.node, path) : null;
    if (o.u) b += ' ' + own!.user.slice(0, 32).padEnd(8);
    if (o.g) b += ' ' + own!.group.slice(0, 32).padEnd(8);
    if (o.s) b += psize(o, sizeOf(e.node));
    if (o.D) b += ' ' + doDate(o.ctime ? Math.max(e.node.ctime ?? 0, e.node.mtime) : e.node.mtime, now);
    return b;
  };
  const listdir = (d: string, lev: number): void => {
    if (o.level >= 0 && lev > o.level) return void (out += '\n');
    const list = readDir(ctx.resolve(d));
    if (!list) return void (out += ' [error opening dir]\n');
    if (!list.length) return void (out += '\n');
    if (o.flimit > 0 && list.length > o.flimit) return void (out += ` [${list.length} entries exceeds filelimit, not opening dir]\n`);
    if (o.sort) list.sort(cmp);
    dirs[lev] = list.length === 1 ? 2 : 1;
    out += '\n';
    list.forEach((e, k) => {
      let nlf = false;
      if (!o.i) indent(lev);
      const full = d === '/' ? d + e.name : `${d}/${e.name}`;
      const info = fillinfo(e, ctx.resolve(full));
      if (info) out += `[${info.slice(1)}]  `;
      const isLink = e.node.type === 'link';
      const orphan = isLink && !e.target;
      const lnkmode = e.target ? stMode(e.target) : 0;
      out += hue(() => colorOf(colors!, isLink && colors!.linkTarget ? lnkmode : stMode(e.node), e.name, orphan, false), printit(o.f ? full : e.name));
      if (o.F && e.node.type !== 'link') out += ftype(e.node, o);
      if (e.node.type === 'link') {
        out += ' -> ' + hue(() => colorOf(colors!, lnkmode, e.node.type === 'link' ? e.node.target : '', orphan, true), printit(e.node.target));
        if (o.F) out += ftype(e.target, o);
      }
      if (e.isdir) {
        if (e.node.type === 'link') {
          if (o.l) {
            if (seen.has(e.target!)) out += '  [recursive, not followed]';
            else {
              seen.add(e.target!);
              const t = e.node.target;
              listdir(t.startsWith('/') ? t : d === '/' && o.f ? d + t : `${d}/${t}`, lev + 1);
              nlf = true;
            }
          }
        } else {
          seen.add(e.node);
          listdir(full, lev + 1);
          nlf = true;
        }
        dt++;
      } else ft++;
      if (k === list.length - 2) dirs[lev] = 2;
      if (!nlf) out += '\n';
    });
    dirs[lev] = 0;
  };
  for (let d of dirnames.length ? dirnames : ['.']) {
    if (o.f) while (d.length > 1 && d.endsWith('/')) d = d.slice(0, -1);
    const top = fs.lget(ctx.resolve(d));
    if (top) seen.add(top);
    const label = dirnames.length ? printit(d) : '.';
    out += top ? hue(() => colorOf(colors!, stMode(top), dirnames.length ? d : '.', false, false), label) : label;
    listdir(d, 0);
  }
  if (!o.noreport) {
    const dirsWord = `${dt} director${dt === 1 ? 'y' : 'ies'}`;
    out += o.d ? `\n${dirsWord}\n` : `\n${dirsWord}, ${ft} file${ft === 1 ? '' : 's'}\n`;
  }
  ctx.out(out);
  return 0;
}

def({ name: 'tree', available: (h) => hasCommand(h, 'tree'), summary: 'list contents of directories in a tree-like format', spec, run: tree });

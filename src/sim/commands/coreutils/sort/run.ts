// sort of GNU coreutils 8.32 (options and help in spec.ts): keys (-k POS1[,POS2] with their own ordering letters),
// -t, -b -d -f -i, -n -g -h -M -V -R, -r, -s, -u, -c/-C, -o, -z, as sort.c compares: each key in turn, then the
// whole line as the last resort (unless -s or -u). Text compares in the locale's order (en_US.UTF-8 on the box,
// code point order under C and C.UTF-8); the thousands separator of en_US counts in numbers.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { canWrite } from '../../../util';
import { coreErr, readFile } from '../../lib/files';
import { codecmp, filevercmp, generalcompare, getmonth, humancompare, isBlank, numcompare } from './compare';

interface Order {
  b: boolean; // skip leading blanks of the start (skipsblanks)
  e: boolean; // skip leading blanks of the end position (skipeblanks)
  d: boolean;
  f: boolean;
  i: boolean;
  n: boolean;
  g: boolean;
  h: boolean;
  M: boolean;
  V: boolean;
  R: boolean;
  r: boolean;
}
interface Key extends Order {
  sf: number; // start field (0-based), -1: the line's start
  sc: number; // start char (0-based)
  ef: number; // end field (0-based), -1: end of line
  ec: number; // end char (0 = end of field)
}
type Flags = Record<string, boolean>;

const LETTERS = 'bdfgiMhnRrV';
const LONG: Record<string, string> = { 'ignore-leading-blanks': 'b', 'dictionary-order': 'd', 'ignore-case': 'f', 'general-numeric-sort': 'g', 'ignore-nonprinting': 'i', 'month-sort': 'M', 'human-numeric-sort': 'h', 'numeric-sort': 'n', 'random-sort': 'R', reverse: 'r', 'version-sort': 'V' };
const none = (): Order => ({ b: false, e: false, d: false, f: false, i: false, n: false, g: false, h: false, M: false, V: false, R: false, r: false });
/** default_key_compare: a key with no ordering of its own. */
const plain = (k: Order) => !(k.i || k.d || k.f || k.b || k.e || k.M || k.n || k.V || k.R || k.g || k.h);

/** set_ordering: the letters after a position; returns the rest. */
function setOrdering(s: string, k: Order, end: boolean | null): string {
  let i = 0;
  for (; i < s.length && LETTERS.includes(s[i]); i++) {
    const c = s[i];
    if (c === 'b') {
      if (end !== true) k.b = true;
      if (end !== false) k.e = true;
    } else (k as unknown as Flags)[c] = true;
  }
  return s.slice(i);
}

/** parse_field_count: the leading count and the rest, or null when there is no number. */
function count(s: string): [number, string] | null {
  const m = /^[ \t]*\+?(\d+)/.exec(s);
  return m ? [Math.min(Number(m[1]), Number.MAX_SAFE_INTEGER), s.slice(m[0].length)] : null;
}

/** sort.c's -k parsing: "F[.C][OPTS][,F[.C][OPTS]]"; a string is the error. */
function parseKey(spec: string): Key | string {
  const k: Key = { ...none(), sf: 0, sc: 0, ef: -1, ec: 0 };
  const bad = (what: string) => `${what}: invalid field specification ‘${spec}’`;
  const invalid = (what: string, s: string) => `${what}: invalid count at start of ‘${s}’`;
  let c = count(spec);
  if (!c) return invalid('invalid number at field start', spec);
  if (c[0] === 0) return bad('field number is zero');
  k.sf = c[0] - 1;
  let s = c[1];
  if (s[0] === '.') {
    c = count(s.slice(1));
    if (!c) return invalid("invalid number after '.'", s.slice(1));
    if (c[0] === 0) return bad('character offset is zero');
    k.sc = c[0] - 1;
    s = c[1];
  }
  if (k.sf === 0 && k.sc === 0) k.sf = -1;
  s = setOrdering(s, k, false);
  if (s[0] === ',') {
    c = count(s.slice(1));
    if (!c) return invalid("invalid number after ','", s.slice(1));
    if (c[0] === 0) return bad('field number is zero');
    k.ef = c[0] - 1;
    s = c[1];
    if (s[0] === '.') {
      c = count(s.slice(1));
      if (!c) return invalid("invalid number after '.'", s.slice(1));
      k.ec = c[0];
      s = c[1];
    }
    s = setOrdering(s, k, true);
  }
  if (s) return bad('stray character in field spec');
  return k;
}

/** key_to_opts, for the incompatibility message. */
const keyOpts = (k: Order) => (k.d ? 'd' : '') + (k.f ? 'f' : '') + (k.g ? 'g' : '') + (k.h ? 'h' : '') + (k.i && !k.d ? 'i' : '') + (k.M ? 'M' : '') + (k.n ? 'n' : '') + (k.R ? 'R' : '') + (k.V ? 'V' : '');

/** begfield: where the key starts. */
function begfield(line: string, k: Key, tab: string | null): number {
  const lim = line.length;
  let p = 0;
  let sword = k.sf;
  if (tab !== null)
    while (p < lim && sword-- > 0) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim) p++;
    }
  else
    while (p < lim && sword-- > 0) {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  if (k.b) while (p < lim && isBlank(line[p])) p++;
  return Math.min(lim, p + k.sc);
}

/** limfield: one past the key's end. */
function limfield(line: string, k: Key, tab: string | null): number {
  const lim = line.length;
  let p = 0;
  let eword = k.ef + (k.ec === 0 ? 1 : 0);
  if (tab !== null)
    while (p < lim && eword-- > 0) {
      while (p < lim && line[p] !== tab) p++;
      if (p < lim && (eword > 0 || k.ec)) p++;
    }
  else
    while (p < lim && eword-- > 0) {
      while (p < lim && isBlank(line[p])) p++;
      while (p < lim && !isBlank(line[p])) p++;
    }
  if (k.ec !== 0) {
    if (k.e) while (p < lim && isBlank(line[p])) p++;
    p = Math.min(lim, p + k.ec);
  }
  return p;
}

/** The key's text in the line. */
function keyText(line: string, k: Key, tab: string | null): string {
  const lim = k.ef < 0 ? line.length : limfield(line, k, tab);
  let beg: number;
  if (k.sf >= 0) beg = begfield(line, k, tab);
  else {
    beg = 0;
    if (k.b) while (beg < lim && isBlank(line[beg])) beg++;
  }
  return lim > beg ? line.slice(beg, lim) : '';
}

function hash(s: string, seed: number): number {
  let h = seed | 0 || 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

const SORTS: Record<string, string> = { 'general-numeric': 'g', 'human-numeric': 'h', month: 'M', numeric: 'n', random: 'R', version: 'V' };
const CHECKS: Record<string, string> = { 'diagnose-first': 'c', quiet: 'C', silent: 'C' };

/** argmatch's answer to an unknown or ambiguous word (status 1, as ARGMATCH_DIE). */
function argmatch(ctx: CommandContext, word: string, opt: string, table: Record<string, string>): string | null {
  if (word in table) return table[word];
  const hits = Object.keys(table).filter((w) => w.startsWith(word));
  if (word && hits.length && hits.every((w) => table[w] === table[hits[0]])) return table[hits[0]];
  const valid: string[] = [];
  const seen = new Map<string, number>();
  for (const w of Object.keys(table)) {
    const i = seen.get(table[w]);
    if (i !== undefined) valid[i] += `, ‘${w}’`;
    else {
      seen.set(table[w], valid.length);
      valid.push(`  - ‘${w}’`);
    }
  }
  ctx.err(`sort: ${hits.length > 1 && word ? 'ambiguous' : 'invalid'} argument ‘${word}’ for ‘--${opt}’\nValid arguments are:\n${valid.join('\n')}\nTry 'sort --help' for more information.\n`);
  return null;
}

function* sort(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const die = (msg: string) => {
    ctx.err(`sort: ${msg}\n`);
    return 2;
  };
  const g: Order = none();
  const keys: Key[] = [];
  let tab: string | null = null;
  let checkonly = '';
  let outfile: string | undefined;
  for (const { key, value } of o.list) {
    const v = typeof value === 'string' ? value : '';
    if (key in LONG) setOrdering(LONG[key], g, null);
    else if (key === 'sort') {
      const l = argmatch(ctx, v, 'sort', SORTS);
      if (!l) return 1;
      setOrdering(l, g, null);
    } else if (key === 'key') {
      const k = parseKey(v);
      if (typeof k === 'string') return die(k);
      keys.push(k);
    } else if (key === 'field-separator') {
      let t = v;
      if (!t) return die('empty tab');
      if (new TextEncoder().encode(t).length > 1) {
        if (t === '\\0') t = '\0';
        else return die(`multi-character tab ‘${v}’`);
      }
      if (tab !== null && tab !== t) return die('incompatible tabs');
      tab = t;
    } else if (key === 'check' || key === 'c' || key === 'C') {
      let c = key === 'C' ? 'C' : 'c';
      if (key === 'check' && v) {
        const r = argmatch(ctx, v, 'check', CHECKS);
        if (!r) return 1;
        c = r;
      }
      if (checkonly && checkonly !== c) return die("options '-cC' are incompatible");
      checkonly = c;
    } else if (key === 'output') {
      if (outfile !== undefined && outfile !== v) return die('multiple output files specified');
      outfile = v;
    }
  }
  // keys without an ordering of their own take the global one
  for (const k of keys) if (plain(k) && !k.r) Object.assign(k, g, { sf: k.sf, sc: k.sc, ef: k.ef, ec: k.ec });
  if (!keys.length && !plain(g)) keys.push({ ...g, sf: -1, sc: 0, ef: -1, ec: 0 });
  for (const k of keys)
    if (Number(k.n) + Number(k.g) + Number(k.h) + Number(k.M) + Number(k.V || k.R || k.d || k.i) > 1) return die(`options '-${keyOpts(k)}' are incompatible`);

  const stable = o.has('stable');
  const unique = o.has('unique');
  const sep = o.has('zero-terminated') ? '\0' : '\n';
  const env = ctx.frame.env;
  const hard = (l: string) => !(l === 'C' || l === 'POSIX' || l.startsWith('C.'));
  const collator = hard(env.LC_ALL || env.LC_COLLATE || env.LANG || 'C') ? new Intl.Collator('en-US') : null;
  const thousands = hard(env.LC_ALL || env.LC_NUMERIC || env.LANG || 'C') ? ',' : null;
  const text = (a: string, b: string) => (a === b ? 0 : collator ? collator.compare(a, b) || codecmp(a, b) : codecmp(a, b));
  const seed = ctx.world.seed;

  const cmpKey = (k: Key, x: string, y: string): number => {
    let a = keyText(x, k, tab);
    let b = keyText(y, k, tab);
    // -d and -i drop characters, -f folds to upper case (bytes past ASCII are neither alphanumeric nor printable)
    if (k.d) {
      a = a.replace(/[^A-Za-z0-9 \t\n]/g, '');
      b = b.replace(/[^A-Za-z0-9 \t\n]/g, '');
    } else if (k.i) {
      a = a.replace(/[^\x20-\x7e]/g, '');
      b = b.replace(/[^\x20-\x7e]/g, '');
    }
    if (k.f) {
      a = a.replace(/[a-z]/g, (c) => c.toUpperCase());
      b = b.replace(/[a-z]/g, (c) => c.toUpperCase());
    }
    let d: number;
    if (k.n) d = numcompare(a, b, thousands);
    else if (k.g) d = generalcompare(a, b);
    else if (k.h) d = humancompare(a, b, thousands);
    else if (k.M) d = getmonth(a) - getmonth(b);
    else if (k.R) d = hash(a, seed) - hash(b, seed) || text(a, b);
    else if (k.V) d = filevercmp(a, b);
    else d = text(a, b);
    return k.r ? -d : d;
  };
  const byKeys = (x: string, y: string) => {
    for (const k of keys) {
      const d = cmpKey(k, x, y);
      if (d) return d;
    }
    return 0;
  };
  const cmp = (x: string, y: string) => {
    if (keys.length) {
      const d = byKeys(x, y);
      if (d || stable || unique) return d;
    }
    const l = text(x, y);
    return g.r ? -l : l;
  };

  const files = ctx.operands?.length ? ctx.operands : ['-'];
  if (checkonly) {
    if (files.length > 1) return die(`extra operand '${files[1]}' not allowed with -${checkonly}`);
    if (outfile !== undefined) return die(`options '-${checkonly}o' are incompatible`);
  }
  let all: string[] = [];
  for (const f of files) {
    let t = ctx.stdin ?? '';
    if (f !== '-') {
      const r = readFile(ctx, ctx.resolve(f));
      if (!r.ok) {
        ctx.err(coreErr(r.errno === 'EISDIR' ? 'sort: read failed' : 'sort: cannot read', f, r.errno));
        return 2;
      }
      t = r.text;
    }
    const parts = t.split(sep);
    if (parts[parts.length - 1] === '') parts.pop();
    all = all.concat(parts);
  }
  if (checkonly) {
    for (let i = 1; i < all.length; i++) {
      const d = cmp(all[i - 1], all[i]);
      if (d > 0 || (unique && d === 0)) {
        if (checkonly === 'c') ctx.err(`sort: ${files[0]}:${i + 1}: disorder: ${all[i]}${sep}`);
        return 1;
      }
    }
    return 0;
  }
  all = all.map((l, i) => [l, i] as const).sort((a, b) => cmp(a[0], b[0]) || a[1] - b[1]).map(([l]) => l);
  if (unique) all = all.filter((x, i) => i === 0 || cmp(all[i - 1], x) !== 0);
  const out = all.map((l) => l + sep).join('');
  if (outfile !== undefined) {
    const p = ctx.resolve(outfile);
    if (!canWrite(ctx.frame.user, p) || ctx.host.fs.write(p, out, false)) {
      ctx.err(`sort: open failed: ${outfile}: ${canWrite(ctx.frame.user, p) ? 'No such file or directory' : 'Permission denied'}\n`);
      return 2;
    }
    return 0;
  }
  ctx.out(out);
  return 0;
}

def({ name: 'sort', summary: 'sort lines of text files', run: sort });

// awk's built-in functions: strings (length, substr, index, split, sub, gsub, gensub, match, sprintf, tolower,
// toupper), numbers (int, sqrt, exp, log, sin, cos, atan2, rand, srand), I/O (system, close, fflush) and the common
// gawk ones (systime, strftime, asort, asorti, strtonum, typeof, isarray).
import type { Expr } from './ast';
import type { Gen, Interp } from './interp';
import { splitFields, splitRegex } from './records';
import { globalOf, type Rx } from '../lib/posix-regex/index';
import { format, input, StrNum, toNum, UNINIT, type Value } from './values';

const chars = (s: string) => (/^[\x00-\x7f]*$/.test(s) ? null : [...s]);
const len = (s: string) => chars(s)?.length ?? s.length;

function arrayArg(it: Interp, e: Expr | undefined, fn: string): Map<string, Value> {
  if (!e || e.k !== 'var') it.fatal(`${fn}: second argument is not an array`);
  return it.cellOf(e).arr();
}

/** The replacement text of sub/gsub (gawk's rules): & is the match, \& a literal &, \\& a backslash and the match; other backslashes stay. */
function subRepl(repl: string, m: string): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '\\' && repl[i + 1] === '&') out += repl[++i];
    else if (c === '\\' && repl[i + 1] === '\\' && repl[i + 2] === '&') {
      out += '\\' + m;
      i += 2;
    } else if (c === '&') out += m;
    else out += c;
  }
  return out;
}

/** gensub's replacement: \0 and & the match, \1..\9 the groups. */
function genRepl(repl: string, m: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '\\' && /[0-9]/.test(repl[i + 1] ?? '')) out += m[Number(repl[++i])] ?? '';
    else if (c === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) out += repl[++i];
    else if (c === '&') out += m[0];
    else out += c;
  }
  return out;
}

/** Replace matches of `re` in `s` (all, or only the `which`-th); empty matches right after a match do not count. */
function replace(s: string, re: Rx, which: number | 'all', make: (m: RegExpExecArray) => string): [string, number] {
  const g = globalOf(re);
  let out = '';
  let pos = 0;
  let count = 0;
  let seen = 0;
  let lastEnd = -1;
  while (pos <= s.length) {
    g.lastIndex = pos;
    const m = g.exec(s);
    if (!m) break;
    if (m[0] === '' && m.index === lastEnd) {
      // no empty match right where the last one ended
      if (m.index >= s.length) break;
      out += s.slice(pos, m.index + 1);
      pos = m.index + 1;
      continue;
    }
    seen++;
    const hit = which === 'all' || seen === which;
    out += s.slice(pos, m.index) + (hit ? make(m) : m[0]);
    if (hit) count++;
    lastEnd = m.index + m[0].length;
    if (m[0] === '') {
      if (m.index < s.length) out += s[m.index];
      pos = m.index + 1;
    } else pos = lastEnd;
    if (which !== 'all' && seen >= which) break;
  }
  if (pos < s.length) out += s.slice(pos);
  return [out, count];
}

function strftime(fmt: string, t: number, utc: boolean): string {
  const d = new Date(t * 1000);
  const get = (f: 'FullYear' | 'Month' | 'Date' | 'Hours' | 'Minutes' | 'Seconds' | 'Day') => (utc ? d[`getUTC${f}`]() : d[`getUTC${f}`]());
  const p2 = (n: number) => String(n).padStart(2, '0');
  const days = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const map: Record<string, () => string> = {
    Y: () => String(get('FullYear')),
    y: () => p2(get('FullYear') % 100),
    m: () => p2(get('Month') + 1),
    d: () => p2(get('Date')),
    e: () => String(get('Date')).padStart(2),
    H: () => p2(get('Hours')),
    M: () => p2(get('Minutes')),
    S: () => p2(get('Seconds')),
    a: () => days[get('Day')].slice(0, 3),
    A: () => days[get('Day')],
    b: () => months[get('Month')].slice(0, 3),
    h: () => months[get('Month')].slice(0, 3),
    B: () => months[get('Month')],
    Z: () => 'UTC',
    z: () => '+0000',
    s: () => String(t),
    j: () => String(Math.floor((Date.UTC(get('FullYear'), get('Month'), get('Date')) - Date.UTC(get('FullYear'), 0, 1)) / 864e5) + 1).padStart(3, '0'),
    n: () => '\n',
    t: () => '\t',
    '%': () => '%',
  };
  map.F = () => `${map.Y()}-${map.m()}-${map.d()}`;
  map.T = () => `${map.H()}:${map.M()}:${map.S()}`;
  map.D = () => `${map.m()}/${map.d()}/${map.y()}`;
  map.c = () => `${map.a()} ${map.b()} ${map.e()} ${map.T()} ${map.Y()}`;
  return fmt.replace(/%([A-Za-z%])/g, (all, c: string) => (map[c] ? map[c]() : all));
}

/** A deterministic generator for rand(): the same sequence for the same srand() seed. */
function nextRand(it: Interp): number {
  let x = it.rand.state | 0 || 0x2545f491;
  x ^= x << 13;
  x ^= x >>> 17;
  x ^= x << 5;
  it.rand.state = x;
  return (x >>> 0) / 4294967296;
}

export function* callBuiltin(it: Interp, name: string, args: Expr[], parens: boolean): Gen<Value> {
  const st = it.st;
  const str = function* (i: number) {
    return st.toStr(yield* it.ev(args[i]));
  };
  const num = function* (i: number) {
    return toNum(yield* it.ev(args[i]));
  };
  const need = (min: number, max = min) => {
    if (args.length < min || args.length > max) it.fatal(`${name}: called with ${args.length} arguments`);
  };
  switch (name) {
    case 'length': {
      if (!args.length) return len(parens ? st.record() : st.record());
      const a = args[0];
      if (a.k === 'var' && !(a.local === undefined && a.name === 'NF')) {
        const c = it.cellOf(a);
        if (c.a || (c.link && c.link.a)) return c.arr().size;
      }
      return len(yield* str(0));
    }
    case 'substr': {
      need(2, 3);
      const s = yield* str(0);
      let start = yield* num(1);
      let n = Infinity;
      if (args.length === 3) {
        const l = yield* num(2);
        if (!(l >= 1)) return '';
        n = Math.trunc(l);
      }
      if (!(start >= 1)) start = 1;
      const idx = Math.trunc(start - 1);
      const cs = chars(s);
      const total = cs ? cs.length : s.length;
      if (idx >= total) return '';
      const end = Math.min(total, idx + n);
      return cs ? cs.slice(idx, end).join('') : s.slice(idx, end);
    }
    case 'index': {
      need(2);
      const s = yield* str(0);
      const t = yield* str(1);
      const i = s.indexOf(t);
      return i < 0 ? 0 : len(s.slice(0, i)) + 1;
    }
    case 'split': {
      need(2, 4);
      const s = yield* str(0);
      const arr = arrayArg(it, args[1], 'split');
      let parts: string[];
      if (args.length >= 3) {
        const sep = args[2];
        if (sep.k === 're') parts = splitRegex(s, it.regexOf(sep.src));
        else parts = splitFields(s, yield* str(2), false, st.ignoreCase);
      } else parts = splitFields(s, st.str('FS'), st.str('RS') === '', st.ignoreCase);
      arr.clear();
      parts.forEach((p, i) => arr.set(String(i + 1), input(p)));
      return parts.length;
    }
    case 'sub':
    case 'gsub': {
      need(2, 3);
      const re = yield* it.reArg(args[0]);
      const repl = yield* str(1);
      const target = args[2] ?? ({ k: 'field', e: { k: 'num', v: 0, line: 0 }, line: 0 } as Expr);
      if (args[2] && !(target.k === 'var' || target.k === 'idx' || target.k === 'field')) {
        // gawk allows a constant target with a warning; the result is thrown away
        const [, n] = replace(st.toStr(yield* it.ev(target)), re, name === 'sub' ? 1 : 'all', (m) => subRepl(repl, m[0]));
        return n;
      }
      const s = st.toStr(yield* it.ev(target));
      const [out, n] = replace(s, re, name === 'sub' ? 1 : 'all', (m) => subRepl(repl, m[0]));
      if (n > 0) yield* it.assign(target, out);
      return n;
    }
    case 'gensub': {
      need(3, 4);
      const re = yield* it.reArg(args[0]);
      const repl = yield* str(1);
      const how = yield* it.ev(args[2]);
      const s = args.length === 4 ? yield* str(3) : st.record();
      const hs = st.toStr(how);
      let which: number | 'all' = /^[gG]/.test(hs) ? 'all' : Math.trunc(toNum(how));
      if (which !== 'all' && which < 1) {
        it.io.warn(`gensub: third argument \`${hs}' treated as 1`);
        which = 1;
      }
      return replace(s, re, which, (m) => genRepl(repl, m))[0];
    }
    case 'match': {
      need(2, 3);
      const s = yield* str(0);
      const re = yield* it.reArg(args[1]);
      const m = re.exec(s);
      const arr = args.length === 3 ? arrayArg(it, args[2], 'match') : null;
      arr?.clear();
      if (!m) {
        st.setVar('RSTART', 0);
        st.setVar('RLENGTH', -1);
        return 0;
      }
      const start = len(s.slice(0, m.index)) + 1;
      st.setVar('RSTART', start);
      st.setVar('RLENGTH', len(m[0]));
      if (arr) {
        m.forEach((g, i) => {
          if (g === undefined) return;
          arr.set(String(i), input(g));
          const at = s.indexOf(g, i === 0 ? m.index : m.index);
          arr.set(`${i}\x1cstart`, len(s.slice(0, at)) + 1);
          arr.set(`${i}\x1clength`, len(g));
        });
      }
      return start;
    }
    case 'sprintf': {
      if (!args.length) it.fatal('sprintf: no arguments');
      const vals = yield* it.evalAll(args);
      return format(st.toStr(vals[0]), vals.slice(1), st.convfmt, (at) => it.fatal(`not enough arguments to satisfy format string\n\t\`${it.st.toStr(vals[0])}'\n\t${' '.repeat(at)}^ ran out for this one`));
    }
    case 'tolower':
      need(1);
      return (yield* str(0)).toLowerCase();
    case 'toupper':
      need(1);
      return (yield* str(0)).toUpperCase();
    case 'int':
      need(1);
      return Math.trunc(yield* num(0));
    case 'sqrt': {
      need(1);
      const x = yield* num(0);
      if (x < 0) it.io.warn(`sqrt: called with negative argument ${format('%g', [x])}`);
      return Math.sqrt(x);
    }
    case 'exp':
      need(1);
      return Math.exp(yield* num(0));
    case 'log': {
      need(1);
      const x = yield* num(0);
      if (x < 0) it.io.warn(`log: received negative argument ${format('%g', [x])}`);
      return Math.log(x);
    }
    case 'sin':
      need(1);
      return Math.sin(yield* num(0));
    case 'cos':
      need(1);
      return Math.cos(yield* num(0));
    case 'atan2':
      need(2);
      return Math.atan2(yield* num(0), yield* num(1));
    case 'rand':
      need(0);
      return nextRand(it);
    case 'srand': {
      need(0, 1);
      const prev = it.rand.seed;
      const seed = args.length ? yield* num(0) : Math.floor(it.sys.now() / 1000);
      it.rand.seed = seed;
      it.rand.state = (Math.trunc(seed) ^ 0x2545f491) | 0;
      return prev;
    }
    case 'system': {
      need(1);
      const cmd = yield* str(0);
      yield* it.io.fflush();
      const r = yield* it.sys.run(cmd, null, false);
      return r.status;
    }
    case 'close': {
      need(1, 2);
      return yield* it.io.close(yield* str(0));
    }
    case 'fflush':
      yield* it.io.fflush();
      return 0;
    case 'systime':
      return Math.floor(it.sys.now() / 1000);
    case 'strftime': {
      const fmt = args.length ? yield* str(0) : '%a %b %e %H:%M:%S %Z %Y';
      const t = args.length > 1 ? Math.trunc(yield* num(1)) : Math.floor(it.sys.now() / 1000);
      return strftime(fmt, t, true);
    }
    case 'mktime': {
      need(1, 2);
      const m = /^\s*(-?\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+(\d+)/.exec(yield* str(0));
      if (!m) return -1;
      const [, y, mo, d, h, mi, s] = m.map(Number);
      return Math.floor(Date.UTC(y, mo - 1, d, h, mi, s) / 1000);
    }
    case 'asort':
    case 'asorti': {
      need(1, 2);
      const src = arrayArg(it, args[0], name);
      const dest = args[1] ? arrayArg(it, args[1], name) : src;
      let items: Value[] = name === 'asort' ? [...src.values()] : [...src.keys()];
      const rank = (v: Value) => (typeof v === 'number' || v instanceof StrNum ? 0 : v === UNINIT ? -1 : 1);
      items = items.sort((a, b) => {
        if (name === 'asorti') return st.toStr(a) < st.toStr(b) ? -1 : st.toStr(a) > st.toStr(b) ? 1 : 0;
        const ra = rank(a);
        const rb = rank(b);
        if (ra !== rb) return ra - rb;
        if (ra === 0) return toNum(a) - toNum(b);
        return st.toStr(a) < st.toStr(b) ? -1 : st.toStr(a) > st.toStr(b) ? 1 : 0;
      });
      dest.clear();
      items.forEach((v, i) => dest.set(String(i + 1), v));
      return items.length;
    }
    case 'strtonum': {
      need(1);
      const v = yield* it.ev(args[0]);
      if (typeof v === 'number') return v;
      const s = st.toStr(v).trim();
      if (/^0[xX][0-9a-fA-F]+/.test(s)) return parseInt(s, 16);
      if (/^0[0-7]+$/.test(s)) return parseInt(s, 8);
      return toNum(s);
    }
    case 'isarray': {
      need(1);
      const a = args[0];
      return a.k === 'var' && it.cellOf(a).a ? 1 : 0;
    }
    case 'typeof': {
      need(1, 2);
      const a = args[0];
      if (a.k === 'var' && it.cellOf(a).a) return 'array';
      const v = yield* it.ev(a);
      return typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : v === UNINIT ? 'untyped' : 'strnum';
    }
  }
  it.fatal(`function \`${name}' not defined`);
}

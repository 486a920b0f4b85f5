// numfmt of GNU coreutils 8.32 (options and help in spec.ts): numbers read with --from (none, auto, si, iec, iec-i)
// and --from-unit, written with --to (si, iec, iec-i) and --to-unit, rounded as --round says (from-zero by default),
// with --suffix, --padding or --format, in the --field(s) of each line (blank-separated, or -d), --header lines
// passed through, and the --invalid policy (abort: status 2 at the first bad number) as numfmt.c does them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote } from '../lib/quote';

type Scale = 'none' | 'auto' | 'si' | 'iec' | 'iec-i';
type Round = 'up' | 'down' | 'from-zero' | 'towards-zero' | 'nearest';

class Abort extends Error {
  constructor(readonly status: number) {
    super();
  }
}

const SUFFIXES = 'KMGTPEZY';

/** printf's %Lg: six significant digits, the exponent form below 1e-4 and from 1e6 on. */
function g(v: number): string {
  const [mant, e] = v.toExponential(5).split('e');
  const exp = Number(e);
  const trim = (s: string) => (s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s);
  if (exp < -4 || exp >= 6) return `${trim(mant)}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
  return trim(v.toFixed(5 - exp));
}

function roundWith(v: number, r: Round): number {
  if (r === 'up') return Math.ceil(v);
  if (r === 'down') return Math.floor(v);
  if (r === 'from-zero') return v < 0 ? Math.floor(v) : Math.ceil(v);
  if (r === 'towards-zero') return Math.trunc(v);
  return Math.trunc(v < 0 ? v - 0.5 : v + 0.5);
}

/** Field numbers as cut reads them (`1,3-5,7-`); null when the list is not valid. */
function fieldList(s: string): ((n: number) => boolean) | null {
  const ranges: [number, number][] = [];
  for (const part of s.split(',')) {
    const m = /^(\d*)(-?)(\d*)$/.exec(part);
    if (!m || (!m[1] && !m[3]) || (!m[2] && !m[1])) return null;
    const lo = m[1] ? Number(m[1]) : 1;
    const hi = m[2] ? (m[3] ? Number(m[3]) : Infinity) : lo;
    if (lo === 0 || hi < lo) return null;
    ranges.push([lo, hi]);
  }
  return (n) => ranges.some(([lo, hi]) => n >= lo && n <= hi);
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const die = (m: string): never => {
    ctx.err(`numfmt: ${m}\n`);
    throw new Abort(1);
  };
  let out = '';
  try {
    /** XARGMATCH: an argument or an unambiguous prefix of one, else argmatch's complaint and the Try line. */
    const choice = <T extends string>(v: string, opt: string, allowed: readonly T[]): T => {
      if (allowed.includes(v as T)) return v as T;
      const hit = allowed.filter((a) => a.startsWith(v));
      if (hit.length === 1 && v) return hit[0];
      die(`${hit.length > 1 && v ? 'ambiguous' : 'invalid'} argument ${quote(v)} for ${quote(opt)}\nValid arguments are:\n${allowed.map((a) => `  - ${quote(a)}`).join('\n')}\nTry 'numfmt --help' for more information.`);
      return allowed[0];
    };
    const unit = (v: string): number => {
      const m = /^(\d+)([KMGTPEZY]?)(i?)$/.exec(v);
      if (!m || (m[3] && !m[2])) die(`invalid unit size: ${quote(v)}`);
      return Number(m![1]) * (m![2] ? (m![3] ? 1024 : 1000) ** (SUFFIXES.indexOf(m![2]) + 1) : 1);
    };
    let from: Scale = 'none';
    let to: Scale = 'none';
    let fromUnit = 1;
    let toUnit = 1;
    let round: Round = 'from-zero';
    let suffix: string | undefined;
    let padding = 0;
    let delimiter: string | undefined;
    let fields: ((n: number) => boolean) | null = null;
    let header = 0;
    let invalid: 'abort' | 'fail' | 'warn' | 'ignore' = 'abort';
    let format: string | undefined;
    for (const { key, value } of o.list) {
      const v = typeof value === 'string' ? value : '';
      if (key === 'from') from = choice(v, '--from', ['none', 'auto', 'si', 'iec', 'iec-i'] as const);
      else if (key === 'to') to = choice(v, '--to', ['none', 'si', 'iec', 'iec-i'] as const);
      else if (key === 'from-unit') fromUnit = unit(v);
      else if (key === 'to-unit') toUnit = unit(v);
      else if (key === 'round') round = choice(v, '--round', ['up', 'down', 'from-zero', 'towards-zero', 'nearest'] as const);
      else if (key === 'suffix') suffix = v;
      else if (key === 'padding') {
        if (!/^[-+]?\d+$/.test(v) || Number(v) === 0) die(`invalid padding value ${quote(v)}`);
        padding = Number(v);
      } else if (key === 'delimiter') {
        if (v.length > 1) die('the delimiter must be a single character');
        delimiter = v;
      } else if (key === 'field') {
        if (fields) die('multiple field specifications');
        fields = fieldList(v === '-' ? '1-' : v);
        if (!fields) die(`invalid field value ${quote(v)}`);
      } else if (key === 'header') {
        if (v && (!/^\d+$/.test(v) || Number(v) === 0)) die(`invalid header value ${quote(v)}`);
        header = v ? Number(v) : 1;
      } else if (key === 'invalid') invalid = choice(v, '--invalid', ['abort', 'fail', 'warn', 'ignore'] as const);
      else if (key === 'format') format = v;
    }
    if (format !== undefined && o.has('grouping')) die('--grouping cannot be combined with --format');
    if (o.has('grouping') && to !== 'none') die('grouping cannot be combined with --to');

    // --format: a prefix, one %[-0'][width][.precision]f, a suffix
    let prefix = '';
    let after = '';
    let precision = -1;
    let zeroPad = 0;
    if (format !== undefined) {
      const at = format.replace(/%%/g, '\0\0').indexOf('%');
      if (at < 0) die(`format ${quote(format)} has no % directive`);
      prefix = format.slice(0, at).replace(/%%/g, '%');
      const m = /^%([-0' ]*)(\d*)(?:\.(\d*))?/.exec(format.slice(at));
      const rest = format.slice(at + m![0].length);
      if (rest === '') die(`format ${quote(format)} ends in %`);
      if (rest[0] !== 'f') die(`invalid format ${quote(format)}, directive must be %[0]['][-][N][.][N]f`);
      if (rest.slice(1).replace(/%%/g, '').includes('%')) die(`format ${quote(format)} has too many % directives`);
      after = rest.slice(1).replace(/%%/g, '%');
      const width = Number(m![2] || 0);
      if (m![1].includes('0') && !m![1].includes('-')) zeroPad = width;
      else if (width) {
        if (padding) ctx.err('numfmt: --format padding overriding --padding\n');
        padding = m![1].includes('-') ? -width : width;
      }
      if (m![3] !== undefined) precision = Number(m![3] || 0);
    }
    const autoPadding = padding === 0 && delimiter === undefined;
    const status = invalid === 'abort' ? 2 : 0;
    const complain = (msg: string) => {
      if (invalid === 'ignore') return;
      ctx.out(out);
      out = '';
      ctx.err(`numfmt: ${msg}\n`);
      if (status) throw new Abort(status);
    };

    /** simple_strtod_human: the value and the digits after the point, or null after the complaint. */
    const parse = (s: string): { v: number; prec: number } | null => {
      const m = /^(-?)(\d*)(?:\.(\d*))?/.exec(s)!;
      if (!m[2] && m[3] === undefined) return complain(`invalid number: ${quote(s)}`), null;
      if (!m[2] && !m[3]) return complain(`invalid number: ${quote(s)}`), null;
      if ((m[2] + (m[3] ?? '')).replace(/^0+/, '').length > 27) return complain(`value too large to be converted: ${quote(s)}`), null;
      let v = Number(`${m[1]}${m[2] || '0'}.${m[3] || '0'}`);
      let prec = m[3]?.length ?? 0;
      let rest = s.slice(m[0].length);
      if (rest) {
        rest = rest.replace(/^[ \t]+/, '');
        if (!SUFFIXES.includes(rest[0]) || !rest[0]) return complain(`invalid suffix in input: ${quote(s)}`), null;
        if (from === 'none') return complain(`rejecting suffix in input: ${quote(s)} (consider using --from)`), null;
        const power = SUFFIXES.indexOf(rest[0]) + 1;
        rest = rest.slice(1);
        // with a suffix the output precision comes from the scale, not the input
        prec = 0;
        let base = from === 'si' || from === 'auto' ? 1000 : 1024;
        if (from === 'auto' && rest[0] === 'i') {
          base = 1024;
          rest = rest.slice(1);
        }
        if (from === 'iec-i') {
          if (rest[0] !== 'i') return complain(`missing 'i' suffix in input: ${quote(s)} (e.g Ki/Mi/Gi)`), null;
          rest = rest.slice(1);
        }
        v *= base ** power;
        if (rest) return complain(`invalid suffix in input ${quote(s)}: ${quote(rest)}`), null;
      } else if (from === 'iec-i') return complain(`missing 'i' suffix in input: ${quote(s)} (e.g Ki/Mi/Gi)`), null;
      return { v, prec };
    };

    /** double_to_human and the padding. */
    const human = (v: number, inPrec: number): string | null => {
      const prec = precision === -1 ? inPrec : precision;
      let x = 0;
      for (let a = Math.abs(v); a >= 10; a /= 10) x++;
      if (to === 'none' && x + prec > 18) {
        complain(prec ? `value/precision too large to be printed: '${g(v)}/${prec}' (consider using --to)` : `value too large to be printed: '${g(v)}' (consider using --to)`);
        return null;
      }
      let s: string;
      if (to === 'none') s = (roundWith(v * 10 ** prec, round) / 10 ** prec).toFixed(prec);
      else {
        const base = to === 'si' ? 1000 : 1024;
        let power = 0;
        while (Math.abs(v) >= base) {
          power++;
          v /= base;
        }
        const adjust = precision !== -1 ? Math.min(power * 3, precision) : Math.abs(v) < 10 ? 1 : 0;
        v = roundWith(v * 10 ** adjust, round) / 10 ** adjust;
        if (Math.abs(v) >= base) {
          v /= base;
          power++;
        }
        const showPoint = v !== 0 && Math.abs(v) < 10 && power > 0 ? 1 : 0;
        s = v.toFixed(precision === -1 ? showPoint : precision) + (power ? SUFFIXES[power - 1] : '') + (to === 'iec-i' && power ? 'i' : '');
      }
      if (zeroPad && s.length < zeroPad) s = s.startsWith('-') ? '-' + s.slice(1).padStart(zeroPad - 1, '0') : s.padStart(zeroPad, '0');
      return s + (suffix ?? '');
    };

    const field = (text: string, n: number): { text: string; ok: boolean } => {
      if (!(fields ?? ((k: number) => k === 1))(n)) return { text, ok: true };
      let t = text;
      if (suffix && t.length > suffix.length && t.endsWith(suffix)) t = t.slice(0, -suffix.length);
      const p = t.replace(/^[ \t]+/, '');
      const width = autoPadding ? (p.length < t.length || n > 1 ? t.length : 0) : Math.abs(padding);
      const parsed = parse(p);
      if (!parsed) return { text, ok: false };
      const h = human((parsed.v * fromUnit) / toUnit, parsed.prec);
      if (h === null) return { text, ok: false };
      const padded = width && h.length < width ? (padding < 0 ? h.padEnd(width) : h.padStart(width)) : h;
      return { text: prefix + padded + after, ok: true };
    };

    const line = (l: string): boolean => {
      let ok = true;
      const parts: string[] = [];
      if (delimiter !== undefined) parts.push(...l.split(delimiter));
      else {
        // a field keeps the blanks before it; one blank after it is the separator
        const re = /[ \t]*[^ \t]*/y;
        let at = 0;
        for (;;) {
          re.lastIndex = at;
          const m = re.exec(l)!;
          parts.push(m[0]);
          at += m[0].length;
          if (at >= l.length) break;
          at++;
        }
      }
      const texts: string[] = [];
      parts.forEach((p, i) => {
        const r = field(p, i + 1);
        ok &&= r.ok;
        texts.push(r.text);
      });
      out += texts.join(delimiter ?? ' ');
      return ok;
    };

    const eol = o.has('zero-terminated') ? '\0' : '\n';
    let ok = true;
    const ops = ctx.operands ?? [];
    if (ops.length) for (const a of ops) (ok = line(a) && ok), (out += eol);
    else {
      const text = ctx.stdin ?? '';
      const recs = text.split(eol);
      const last = recs.pop()!;
      if (last !== '') recs.push(last);
      recs.forEach((r, i) => {
        if (i < header) out += r + eol;
        else {
          ok = line(r) && ok;
          if (i < recs.length - 1 || last === '') out += eol;
        }
      });
    }
    ctx.out(out);
    return !ok && invalid !== 'warn' && invalid !== 'ignore' ? 2 : 0;
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    ctx.out(out);
    return e.status;
  }
}

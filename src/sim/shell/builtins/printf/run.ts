// printf: a format applied to the arguments, again while arguments are left (builtins/printf.def).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strftime } from '../../prompt';
import { escapes } from '../echo/run';
import { spec } from './spec';
import { byteChar, canonical } from '../../../commands/lib/bytes';
import { assign } from '../../vars';
import { setElement } from '../../arrays';

function num(ctx: CommandContext, a: string | undefined, bad: { v: boolean }): number {
  if (a === undefined || a === '') return 0;
  if (/^[-+]?\d+$/.test(a)) return parseInt(a, 10);
  if (/^[-+]?0x[0-9a-f]+$/i.test(a)) return parseInt(a, 16);
  if (/^['"]/.test(a)) return a.codePointAt(1) ?? 0;
  const lead = /^[-+]?\d+/.exec(a);
  ctx.err(`-bash: printf: ${a}: invalid number\n`);
  bad.v = true;
  return lead ? parseInt(lead[0], 10) : 0;
}

/** %q: bash's ansic_quote for text with unprintable characters, else sh_backslash_quote (lib/sh). */
function shquote(a: string): string {
  if (a === '') return "''";
  if (/[\x00-\x1f\x7f]/.test(a)) {
    const named: Record<string, string> = { '\x1b': 'E', '\x07': 'a', '\v': 'v', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\\': '\\', "'": "'" };
    let r = "$'";
    for (const c of a) {
      if (c in named) r += '\\' + named[c];
      else if (/[\x00-\x1f\x7f]/.test(c)) r += '\\' + c.charCodeAt(0).toString(8).padStart(3, '0');
      else r += c;
    }
    return r + "'";
  }
  let r = '';
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    if (' \t\n!"$&\'()*,;<>?[\\]^`{|}'.includes(c) || (c === '#' && i === 0) || (c === '~' && (i === 0 || a[i - 1] === ':' || a[i - 1] === '='))) r += '\\';
    r += c;
  }
  return r;
}

/** toFixed with glibc's rounding: an exact tie goes to the even digit. */
function cFixed(x: number, p: number): string {
  const s = x.toFixed(p);
  if (p > 80) return s;
  const long = Math.abs(x).toFixed(Math.min(100, p + 20));
  const dot = long.indexOf('.');
  if (!/^50*$/.test(long.slice(dot + 1 + p))) return s;
  const cut = p === 0 ? long.slice(0, dot) : long.slice(0, dot + 1 + p);
  if (Number(cut.slice(-1)) % 2 !== 0) return s;
  return (x < 0 ? '-' : '') + cut;
}

/** %e and %g of C's printf (precision 6 unless given; %g drops trailing zeros unless #). */
function floatConv(v: number, conv: string, prec: number | undefined, alt: boolean): string {
  if (!Number.isFinite(v)) return (Number.isNaN(v) ? 'nan' : v < 0 ? '-inf' : 'inf')[conv === conv.toUpperCase() ? 'toUpperCase' : 'toLowerCase']();
  const exp = (x: number, p: number) => x.toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
  let s: string;
  if (conv === 'e' || conv === 'E') s = exp(v, prec ?? 6);
  else {
    const p = prec === undefined ? 6 : prec === 0 ? 1 : prec;
    const x = v === 0 ? 0 : Number(exp(v, p - 1).split('e')[1]);
    s = x < -4 || x >= p ? exp(v, p - 1) : cFixed(v, p - 1 - x);
    if (!alt) s = s.includes('e') ? s.replace(/\.?0+e/, 'e') : s.includes('.') ? s.replace(/\.?0+$/, '') : s;
  }
  return conv === conv.toUpperCase() ? s.toUpperCase() : s;
}

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? ctx.args;
  if (!words.length) {
    ctx.err(`printf: usage: ${spec.synopsis}\n`);
    return 2;
  }
  const vname = ctx.opts?.str('v');
  const vm = vname === undefined ? null : /^([A-Za-z_][A-Za-z0-9_]*)(?:\[(.+)\])?$/s.exec(vname);
  if (vname !== undefined && !vm) {
    ctx.err(`-bash: printf: \`${vname}': not a valid identifier\n`);
    return 2;
  }
  const [format, ...args] = words;
  const bad = { v: false };
  let out = '';
  let k = 0;
  let stop = false;
  do {
    const before = k;
    for (let i = 0; i < format.length && !stop; i++) {
      const c = format[i];
      if (c === '\\') {
        const m = /^\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|.)/.exec(format.slice(i));
        // the format's \NNN is octal without the 0 that echo -e and %b want
        const r = m && /^[0-7]/.test(m[1]) ? { text: byteChar(parseInt(m[1], 8) & 255) } : escapes(m ? m[0] : '\\');
        out += r.text;
        i += (m ? m[0].length : 1) - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sbqcdioxXufFeEgG%]|\(([^)]*)\)T)/.exec(format.slice(i));
      if (!m) {
        ctx.err(`-bash: printf: \`${format[i + 1] ?? ''}': invalid format character\n`);
        ctx.out(out);
        return 1;
      }
      i += m[0].length - 1;
      const conv = m[4];
      if (conv === '%') {
        out += '%';
        continue;
      }
      const width = m[2] === '*' ? num(ctx, args[k++], bad) : m[2] ? Number(m[2]) : 0;
      const prec = m[3] === '*' ? num(ctx, args[k++], bad) : m[3] !== undefined ? Number(m[3]) : undefined;
      const arg = args[k++];
      let s: string;
      if (conv === 's') s = (arg ?? '').slice(0, prec ?? undefined);
      else if (conv.endsWith(')T')) {
        // %(fmt)T: seconds since the epoch (-1 now, the default; -2 when the shell started) through strftime
        const n = arg === undefined ? -1 : num(ctx, arg, bad);
        const secs = n === -1 || n === -2 ? Math.floor(ctx.world.now / 1000) : n;
        s = strftime(m[5] || '%X', new Date(secs * 1000)).slice(0, prec ?? undefined);
      }
      else if (conv === 'b') {
        const r = escapes(arg ?? '');
        s = r.text;
        stop = r.stop;
      } else if (conv === 'q') s = shquote(arg ?? '').slice(0, prec ?? undefined);
      else if (conv === 'c') s = (arg ?? '').slice(0, 1);
      else if ('fFeEgG'.includes(conv)) {
        const v = arg === undefined ? 0 : Number(arg);
        if (arg !== undefined && Number.isNaN(v)) {
          ctx.err(`-bash: printf: ${arg}: invalid number\n`);
          bad.v = true;
        }
        const x = Number.isNaN(v) ? 0 : v;
        s = conv === 'f' || conv === 'F' ? cFixed(x, prec ?? 6) : floatConv(x, conv, prec, m[1].includes('#'));
        if (m[1].includes('+') && x >= 0) s = '+' + s;
      } else {
        const v = num(ctx, arg, bad);
        s = conv === 'x' ? v.toString(16) : conv === 'X' ? v.toString(16).toUpperCase() : conv === 'o' ? v.toString(8) : String(v);
        if (m[1].includes('+') && v >= 0 && (conv === 'd' || conv === 'i')) s = '+' + s;
      }
      if (s.length < width) s = m[1].includes('-') ? s.padEnd(width) : m[1].includes('0') && /^[dioxXufeEgG]$/.test(conv) ? s.padStart(width, '0') : s.padStart(width);
      out += s;
    }
    if (k === before) break;
  } while (k < args.length && !stop);
  if (vm) {
    // -v NAME or NAME[sub]: assigned as the shell assigns (attributes, namerefs, arrays)
    out = canonical(out);
    const e = vm[2] !== undefined ? setElement(ctx.frame, vm[1], vm[2], out) : assign(ctx.frame, vm[1], out) ? null : `${vm[1]}: readonly variable`;
    if (e) {
      ctx.err(`-bash: printf: ${e}\n`);
      return 1;
    }
  } else ctx.out(canonical(out));
  return bad.v ? 1 : 0;
}

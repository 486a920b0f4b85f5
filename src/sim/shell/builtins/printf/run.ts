// printf: a format applied to the arguments, again while arguments are left (builtins/printf.def).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { escapes } from '../echo/run';
import { spec } from './spec';
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
        const r = escapes(m ? m[0] : '\\');
        out += r.text;
        i += (m ? m[0].length : 1) - 1;
        continue;
      }
      if (c !== '%') {
        out += c;
        continue;
      }
      const m = /^%([-+ #0]*)(\*|\d+)?(?:\.(\*|\d+))?([sbcdioxXufeEgG%])/.exec(format.slice(i));
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
      else if (conv === 'b') {
        const r = escapes(arg ?? '');
        s = r.text;
        stop = r.stop;
      } else if (conv === 'c') s = (arg ?? '').slice(0, 1);
      else if ('fFeEgG'.includes(conv)) {
        const v = arg === undefined ? 0 : Number(arg);
        if (arg !== undefined && Number.isNaN(v)) {
          ctx.err(`-bash: printf: ${arg}: invalid number\n`);
          bad.v = true;
        }
        s = conv === 'f' || conv === 'F' ? (Number.isNaN(v) ? 0 : v).toFixed(prec ?? 6) : (Number.isNaN(v) ? 0 : v).toExponential(prec ?? 6).replace(/e([+-])(\d)$/, 'e$10$2');
      } else {
        const v = num(ctx, arg, bad);
        s = conv === 'x' ? v.toString(16) : conv === 'X' ? v.toString(16).toUpperCase() : conv === 'o' ? v.toString(8) : String(v);
        if (m[1].includes('+') && v >= 0 && (conv === 'd' || conv === 'i')) s = '+' + s;
      }
      if (s.length < width) s = m[1].includes('-') ? s.padEnd(width) : m[1].includes('0') && conv !== 's' ? s.padStart(width, '0') : s.padStart(width);
      out += s;
    }
    if (k === before) break;
  } while (k < args.length && !stop);
  if (vm) {
    // -v NAME or NAME[sub]: assigned as the shell assigns (attributes, namerefs, arrays)
    const e = vm[2] !== undefined ? setElement(ctx.frame, vm[1], vm[2], out) : assign(ctx.frame, vm[1], out) ? null : `${vm[1]}: readonly variable`;
    if (e) {
      ctx.err(`-bash: printf: ${e}\n`);
      return 1;
    }
  } else ctx.out(out);
  return bad.v ? 1 : 0;
}

// A parameter's value and shell arithmetic over variables: what expansion, arrays and attributes share.
import type { Frame } from '../context';
import { ArithError, evalArithBig, type ArithScope } from './arith';

/**
 * How arithmetic reaches array elements and assigns with attributes: arrays.ts and vars.ts fill these in when
 * they load (they import this module, so it cannot import them).
 */
export const varHooks: {
  getElement?: (frame: Frame, name: string, sub: string) => string | undefined;
  setElement?: (frame: Frame, name: string, sub: string, v: string) => string | null;
  assign?: (frame: Frame, name: string, v: string) => boolean;
  /** bash's dynamic variables (RANDOM, SECONDS ...): their value now, or undefined for any other name. */
  dynamic?: (frame: Frame, name: string) => string | undefined;
  /** An assignment a dynamic variable takes itself (RANDOM=n seeds); false for any other. */
  assignDynamic?: (frame: Frame, name: string, v: string) => boolean;
} = {};

/** The variable a name stands for: a nameref (`declare -n`) is followed to the one it names. */
export function refTarget(frame: Frame, name: string): string {
  let n = name;
  for (let k = 0; k < 8; k++) {
    const a = frame.attrs?.[n];
    if (a === undefined || !a.includes('n')) return n;
    const t = frame.env[n];
    if (!t) return n;
    n = t;
  }
  return n;
}

function frameScope(frame: Frame): ArithScope {
  return {
    get(name, sub) {
      const n = refTarget(frame, name);
      if (sub !== undefined) return varHooks.getElement?.(frame, n, sub);
      const arr = frame.arrays?.[n];
      if (arr) return arr.items.find(([k]) => k === '0')?.[1];
      return varValue(frame, n);
    },
    set(name, value, sub) {
      const n = refTarget(frame, name);
      if (sub !== undefined || frame.arrays?.[n]) {
        const e = varHooks.setElement?.(frame, n, sub ?? '0', value);
        if (e) throw new ArithError(e);
        return;
      }
      if (varHooks.assign) {
        if (!varHooks.assign(frame, n, value)) throw new ArithError(`${n}: readonly variable`);
      } else frame.env[n] = value;
    },
  };
}

/** Expand $NAME / ${NAME} inside an arithmetic expression, then evaluate it. */
export function arith(frame: Frame, src: string): number {
  return Number(arithBig(frame, src));
}

/** The same in intmax_t (what `$(( ))` and `declare -i` print). */
export function arithBig(frame: Frame, src: string): bigint {
  const expanded = src.indexOf('$') < 0 ? src : src.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9#?])\}?/g, (_m, n: string) => varValue(frame, n) ?? '');
  return evalArithBig(expanded, frameScope(frame));
}

export function varValue(frame: Frame, name: string): string | undefined {
  if (name === '?') return String(frame.lastExit);
  if (name === '$') return String(frame.pid ?? 2741);
  if (name === 'PPID' && frame.ppid !== undefined) return String(frame.ppid);
  if (name === 'BASHPID') return String(frame.bashpid ?? frame.pid ?? 2741);
  if (name === '#') return frame.env['#'] ?? '0';
  if (name === '0') return frame.script?.name ?? frame.argv0 ?? '-bash';
  if (name === '-') return (frame.dyn && varHooks.dynamic?.(frame, '-')) ?? 'himBHs';
  if (/^[1-9][0-9]*$/.test(name)) return frame.env[name];
  if (name === '@' || name === '*') {
    const n = Number(frame.env['#'] ?? 0);
    return Array.from({ length: n }, (_, i) => frame.env[String(i + 1)] ?? '').join(' ');
  }
  if (name === 'BASH_COMMAND') return frame.bashCommand ?? '';
  if (name === 'LINENO') return frame.script ? String(frame.script.line) : frame.lines ? String(frame.lines.now) : undefined;
  if (name === '!') return frame.lastBg === undefined ? undefined : String(frame.lastBg);
  const a = frame.attrs?.[name];
  if (a !== undefined && a.includes('n')) return frame.env[refTarget(frame, name)];
  return (frame.dyn && varHooks.dynamic?.(frame, name)) ?? frame.env[name];
}

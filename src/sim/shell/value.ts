// A parameter's value and shell arithmetic over variables: what expansion, arrays and attributes share.
import type { Frame } from '../context';
import { evalArith } from './arith';

/** Expand $NAME / ${NAME} inside an arithmetic expression, then evaluate it. */
export function arith(frame: Frame, src: string): number {
  const expanded = src.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*|[0-9#?])\}?/g, (_m, n: string) => varValue(frame, n) ?? '');
  return evalArith(expanded, frame.env);
}

export function varValue(frame: Frame, name: string): string | undefined {
  if (name === '?') return String(frame.lastExit);
  if (name === '$') return '2741';
  if (name === '#') return frame.env['#'] ?? '0';
  if (name === '0') return frame.script?.name ?? '-bash';
  if (name === '-') return 'himBHs';
  if (/^[1-9][0-9]*$/.test(name)) return frame.env[name];
  if (name === '@' || name === '*') {
    const n = Number(frame.env['#'] ?? 0);
    return Array.from({ length: n }, (_, i) => frame.env[String(i + 1)] ?? '').join(' ');
  }
  if (name === '!') return frame.lastBg === undefined ? undefined : String(frame.lastBg);
  return frame.env[name];
}

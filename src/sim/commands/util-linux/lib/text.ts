// What util-linux's text tools share: wcwidth() of a character, the width of a string as column.c's width()
// counts it (non-printable characters take no cell), mbs_invalid_encode()'s `\x??` for bytes that are not UTF-8
// (kept as U+DC80..U+DCFF in the file system, fs.ts), and the terminal width of get_terminal_width().
import type { CommandContext } from '../../../context';

/** wcwidth(): 2 for East Asian wide and fullwidth characters, 0 for combining marks and controls, else 1. */
export function wcwidth(c: number): number {
  if (c < 0x20 || (c >= 0x7f && c < 0xa0)) return -1;
  if ((c >= 0x300 && c <= 0x36f) || c === 0x200b) return 0;
  if (
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) ||
    (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Cells a string takes, non-printable characters ignored (column.c's width()). */
export function cells(s: string): number {
  let n = 0;
  for (const ch of s) {
    const w = wcwidth(ch.codePointAt(0)!);
    if (w > 0) n += w;
  }
  return n;
}

/** Bytes that are not UTF-8 as `\x??` (lib/mbsalign.c mbs_invalid_encode). */
export const invalidEncode = (s: string): string => s.replace(/[\udc80-\udcff]/gu, (c) => '\\x' + (c.charCodeAt(0) & 0xff).toString(16).padStart(2, '0'));

/** get_terminal_width(dflt): the terminal's columns when standard output is one, else $COLUMNS, else dflt. */
export function terminalWidth(ctx: CommandContext, dflt: number): number {
  if (ctx.tty) return ctx.session.size?.().cols ?? dflt;
  const env = Number(ctx.frame.env.COLUMNS);
  return Number.isInteger(env) && env > 0 ? env : dflt;
}

/** strtosize() of lib/strutils.c: a number (with a fraction) and an optional K M G T P E Z Y suffix, iB (1024) or B (1000). */
export function strtosize(s: string): number | null {
  const m = /^\s*(\d+)(?:\.(\d+))?\s*(?:([KMGTPEZY])(iB|B)?|(B))?$/i.exec(s);
  if (!m) return null;
  const pow = m[3] ? 'KMGTPEZY'.indexOf(m[3].toUpperCase()) + 1 : 0;
  const base = m[4] === 'B' || m[4] === 'b' ? 1000 : 1024;
  const mult = base ** pow;
  let n = Number(m[1]) * mult;
  if (m[2] && pow) n += Math.floor((Number('0.' + m[2]) * mult));
  return n;
}

/**
 * Columns a character takes on a terminal: 2 for East Asian wide characters (Hangul, CJK, fullwidth forms) and
 * emoji, else 1. The lab's line editor places its cursor with it and a second Tab pads its columns with it
 * (complete.ts), so both agree with what the terminal draws. The line editor loads before the first prompt:
 * keep this module free of imports.
 */
export function charWidth(ch: string): number {
  const c = ch.codePointAt(0) ?? 0;
  if (
    (c >= 0x1100 && c <= 0x115f) ||
    (c >= 0x2e80 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) ||
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) ||
    (c >= 0x20000 && c <= 0x3fffd)
  )
    return 2;
  return 1;
}

/** Columns a string takes on a terminal (see charWidth). */
export function textWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch);
  return w;
}

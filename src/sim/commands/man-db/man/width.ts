// The line length man-db 2.9.3 has groff use (src/man.c get_line_length, get_roff_line_length): the width is
// MANWIDTH, else COLUMNS, else the terminal's; at 80 columns no length is passed and groff's an-old.tmac keeps its
// 78n; otherwise it is width*39/40, at most width-2. The pages are kept rendered for MIN_COLS..MAX_COLS.
export const MIN_COLS = 40;
export const MAX_COLS = 200;

export function roffLineLength(cols: number): number {
  if (cols === 80) return 78;
  return Math.min(Math.floor((cols * 39) / 40), cols - 2);
}

/** The distinct line lengths of MIN_COLS..MAX_COLS, ascending: the order of a page's renders. */
export function lineLengths(): number[] {
  const out = new Set<number>();
  for (let c = MIN_COLS; c <= MAX_COLS; c++) out.add(roffLineLength(c));
  return [...out].sort((a, b) => a - b);
}

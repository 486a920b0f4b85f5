// tload's screen (tload.c of procps-ng 3.3.17): a buffer of rows x cols characters, one column per update with the
// 1-minute load as a bar of `*`, the scale's lines as `-` (`=` over a bar), scrolled left when full, the three load
// averages written over its start. Each update returns what tload writes: `ESC [ H` and the buffer less its last
// cell (setsize() puts a NUL in the one before it, which the bars may overwrite).
import { cFixed } from '../../lib/c-fixed';

export function tloadScreen(nrows: number, ncols: number, maxScaleArg: number): (av: number[]) => string {
  const size = nrows * ncols;
  const screen: string[] = new Array(size).fill(' ');
  screen[size - 2] = '\0';
  const maxScale = maxScaleArg === 0 ? nrows : maxScaleArg;
  let scale = maxScale;
  let col = 0;
  return (av) => {
    if (scale < maxScale) scale *= 2.0;
    let lines: number;
    let row: number;
    do {
      lines = Math.trunc(av[0] * scale);
      row = nrows - 1;
      while (0 <= --lines) {
        screen[row * ncols + col] = '*';
        if (--row < 0) {
          scale /= 2.0;
          break;
        }
      }
    } while (0 <= lines);
    while (row >= 0) screen[row-- * ncols + col] = ' ';
    for (let i = 1; ; ++i) {
      row = Math.trunc(nrows - i * scale);
      if (row < 0 || row >= nrows) break;
      const at = row * ncols + col;
      screen[at] = screen[at] === ' ' ? '-' : '=';
    }
    if (++col === ncols) {
      --col;
      screen.copyWithin(0, 1, size);
      for (row = nrows - 2; row >= 0; --row) screen[row * ncols + col] = ' ';
    }
    // snprintf(screen, scr_size, " %.2f, %.2f, %.2f"): its NUL turned back into a space
    const head = ` ${cFixed(av[0], 2)}, ${cFixed(av[1], 2)}, ${cFixed(av[2], 2)}`;
    for (let i = 0; i < head.length && i < size; i++) screen[i] = head[i];
    if (head.length < size) screen[head.length] = ' ';
    return '\x1b[H' + screen.slice(0, size - 1).join('');
  };
}

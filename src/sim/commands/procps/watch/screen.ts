// What watch of procps-ng 3.3.17 (built with --enable-watch8bit) puts on its curses screen: the header line
// (output_header) and the command's output laid into the rows below it (run_command), as watch.c does it.
import { charWidth } from '../../../width';

/** One character cell: the character, standout (-d), and the SGR attributes -c carried over from the output. */
export interface Cell {
  c: string;
  so: boolean;
  sgr: string;
}

export type Grid = Cell[][];

export const blank = (): Cell => ({ c: ' ', so: false, sgr: '' });

export function emptyGrid(height: number, width: number): Grid {
  return Array.from({ length: height }, () => Array.from({ length: width }, blank));
}

/** ctime(3): `Wed Dec 10 01:16:57 2025\n`. */
export function ctime(t: { dayName: string; monName: string; d: number; h: number; mi: number; s: number; y: number }): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${t.dayName} ${t.monName} ${String(t.d).padStart(2)} ${two(t.h)}:${two(t.mi)}:${two(t.s)} ${t.y}\n`;
}

/** `%.1f` of printf: rounded half to even on the binary value, as glibc does. */
export function oneDecimal(n: number): string {
  return n.toFixed(1);
}

/**
 * output_header: `Every 2.0s: command` on the left, `hostname: ctime` on the right, clipped to the width by the
 * rules of watch.c (nothing when even the right part does not fit; `... ` when the command is cut).
 */
export function header(grid: Grid, width: number, interval: number, command: string, host: string, ts: string): void {
  const head = `Every ${oneDecimal(interval)}s: `;
  const right = `${host}: ${ts}`;
  const hlen = head.length;
  const rhlen = right.length;
  const row = grid[0];
  const put = (x: number, s: string) => {
    for (const ch of s) {
      if (ch === '\n') {
        // addstr of a newline clears the rest of the row
        for (let i = x; i < width; i++) row[i] = blank();
        return;
      }
      if (x >= 0 && x < width) row[x] = { c: ch, so: false, sgr: '' };
      x += charWidth(ch);
    }
  };
  if (width < rhlen) return;
  if (rhlen + hlen + 1 <= width) {
    put(0, head);
    if (rhlen + hlen + 2 <= width) {
      if (width < rhlen + hlen + 4) put(width - rhlen - 4, '... ');
      else {
        const chars = [...command];
        let cols = chars.reduce((a, ch) => a + charWidth(ch), 0);
        if (width < rhlen + hlen + cols) {
          const available = width - rhlen - hlen;
          let n = chars.length;
          while (available - 4 < cols) cols -= charWidth(chars[--n]);
          put(hlen, chars.slice(0, n).join(''));
          put(width - rhlen - 4, '... ');
        } else put(hlen, command);
      }
    }
  }
  put(width - rhlen + 1, right);
}

/** SGR parameters watch.c's set_ansi_attribute understands (others end the sequence's processing). */
function understood(n: number): boolean {
  return [0, 1, 2, 3, 4, 5, 7, 21, 22, 23, 24, 25, 27, 39, 49].includes(n) || (n >= 30 && n <= 37) || (n >= 40 && n <= 47) || (n >= 90 && n <= 97) || (n >= 100 && n <= 107);
}

export interface FillOptions {
  /** First row of the output (2 under the header, 0 with -t). */
  top: number;
  color: boolean;
  wrap: boolean;
}

/**
 * run_command's loop: the output fills the rows from `top` to the screen's end, `width` cells a row. Lines wrap
 * (a newline right after a full row is swallowed), tabs go to the next multiple of 8, characters that are not
 * printable are dropped (ESC too unless -c, so `[32m` shows). Without wrapping, the rest of each row's line is
 * read and dropped after the row, newline included, as find_eol does (so a line that ended within the row takes
 * the next line with it). Returns the new cells of those rows.
 */
export function fill(text: string, height: number, width: number, o: FillOptions): Cell[][] {
  const chars = [...text];
  let pos = 0;
  let carry: string | undefined;
  const next = (): string | undefined => (pos < chars.length ? chars[pos++] : undefined);
  const printable = (c: string) => {
    const cp = c.codePointAt(0)!;
    return cp >= 0x20 && cp !== 0x7f && !(cp >= 0x80 && cp < 0xa0);
  };
  let sgr: string[] = [];
  const rows: Cell[][] = [];
  let oldeol = true;
  /** process_ansi: after ESC, `[` and digits/semicolons up to `m` (anything else ends it, eaten). */
  const ansi = () => {
    let c = next();
    if (c === '(') {
      next();
      c = next();
    }
    if (c !== '[') {
      if (c !== undefined) pos--;
      return;
    }
    let buf = '';
    for (let i = 0; i < 100; i++) {
      c = next();
      if (c === 'm') break;
      if (c === undefined || !/[0-9;]/.test(c)) return;
      buf += c;
    }
    if (buf === '') {
      sgr = [];
      return;
    }
    for (const part of buf.split(';')) {
      const n = Number(part || 0);
      if (!understood(n)) break;
      if (n === 0) sgr = [];
      else sgr.push(String(n));
    }
  };
  for (let y = o.top; y < height; y++) {
    const row: Cell[] = Array.from({ length: width }, blank);
    rows.push(row);
    let eol = false;
    let tab = false;
    for (let x = 0; x < width; x++) {
      let c: string | undefined = ' ';
      if (!eol) {
        if (!tab) {
          do {
            if (carry !== undefined) {
              c = carry;
              carry = undefined;
            } else c = next();
          } while (c !== undefined && !printable(c) && c !== '\n' && c !== '\t' && (c !== '\x1b' || !o.color));
        }
        if (c === '\x1b' && o.color) {
          x--;
          ansi();
          continue;
        }
        if (c === '\n') {
          if (!oldeol && x === 0) {
            x = -1;
            continue;
          }
          eol = true;
        } else if (c === '\t') tab = true;
        if (c !== undefined && x === width - 1 && charWidth(c) === 2) {
          // a double-width character that does not fit goes to the next row
          carry = c;
          break;
        }
        if (c === undefined || c === '\n' || c === '\t') c = ' ';
        if (tab && (x + 1) % 8 === 0) tab = false;
      }
      row[x] = { c, so: false, sgr: o.color && !eol ? sgr.join(';') : '' };
      if (charWidth(c) === 2 && x + 1 < width) row[++x] = { c: '', so: false, sgr: row[x - 1]?.sgr ?? '' };
    }
    oldeol = eol;
    if (!o.wrap) {
      sgr = [];
      let c: string | undefined;
      do c = next();
      while (c !== undefined && c !== '\n');
    }
  }
  return rows;
}

/** The grid as text for the terminal: rows end at their last drawn cell; standout is reverse video (xterm smso). */
export function render(grid: Grid): string {
  return grid
    .map((row) => {
      let end = row.length;
      while (end > 0 && row[end - 1].c === ' ' && !row[end - 1].so && !row[end - 1].sgr) end--;
      let out = '';
      let so = false;
      let sgr = '';
      for (let x = 0; x < end; x++) {
        const cell = row[x];
        if (cell.sgr !== sgr || cell.so !== so) {
          if (sgr || so) out += '\x1b[0m';
          if (cell.sgr) out += `\x1b[${cell.sgr}m`;
          if (cell.so) out += '\x1b[7m';
          sgr = cell.sgr;
          so = cell.so;
        }
        out += cell.c;
      }
      if (sgr || so) out += '\x1b[0m';
      return out;
    })
    .join('\n');
}

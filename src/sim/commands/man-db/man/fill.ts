// groff 1.22.4's nroff fill and adjust for a page's paragraphs, and grotty's SGR escapes for the lines.
//
// A unit that starts with \x0e is a title (.tl, the header and footer lines): its left, centre and right
// parts (\x0f between them) at 0, half the rest (rounded to the nearest cell) and the end of the line length;
// grotty writes characters that fall on one cell one over the other, with a backspace between them.
//
// A unit (one line of a block's stored form) is `Ic\t` (the indent of its later lines; `Icl\t` when the lines
// are adjusted left, .ad l) then its first line's
// indent and its text on one line: a space is an inter-word space of groff (a space node: a breakpoint that the
// adjusting widens), \x05 a fixed motion (a tag's gap, `\ `), \x06 a place where the word may be hyphenated (a
// hyphen is added), \x07 one where it may be broken without one (after an explicit hyphen). SGR escapes are as
// grotty writes them for the unbroken line.
//
// src/roff/troff/env.cpp possibly_break_line(): at each space, while the line without the space is longer than
// the line length less the indent, break at the last breakpoint that fits (the earliest when none does; only the
// last word has its hyphenation points), spread the missing width over the line's space nodes
// (distribute_space(): each gets the rest divided by the spaces still to do, from the right end, or from the left
// on every other broken line of the document) and drop the spaces after the break. grotty (tty.cpp): underline
// is turned off before a space, an attribute is set before the character that has it, and a line ends with CSI 0m
// when one is still on.

interface Glyph {
  c: string; // the character; ' ' a space node, \x05 a fixed cell, \x06/\x07 a breakpoint in a word
  b: boolean;
  u: boolean;
}

const SGR = /^\x1b\[([0-9;]*)m/;

/** A line of grotty's output (or a unit's text) as characters with their bold and underline. */
export function parse(line: string): Glyph[] {
  const out: Glyph[] = [];
  let b = false;
  let u = false;
  for (let i = 0; i < line.length; ) {
    const m = SGR.exec(line.slice(i, i + 8));
    if (m) {
      for (const code of m[1].split(';')) {
        if (code === '1') b = true;
        else if (code === '22') b = false;
        else if (code === '4') u = true;
        else if (code === '24') u = false;
        else if (code === '0' || code === '') b = u = false;
      }
      i += m[0].length;
      continue;
    }
    const c = String.fromCodePoint(line.codePointAt(i)!);
    out.push({ c, b, u });
    i += c.length;
  }
  return out;
}

/** grotty's text for a line of glyphs (spaces and fixed cells as spaces). */
export function emit(glyphs: Glyph[]): string {
  let s = '';
  let b = false;
  let u = false;
  for (const g of glyphs) {
    if (g.c === ' ' || g.c === '\x05') {
      if (u) s += '\x1b[24m';
      u = false;
      s += ' ';
      continue;
    }
    if (g.u && !u) s += '\x1b[4m';
    else if (!g.u && u) s += '\x1b[24m';
    u = g.u;
    if (g.b && !b) s += '\x1b[1m';
    else if (!g.b && b) s += '\x1b[22m';
    b = g.b;
    s += g.c;
  }
  if (b || u) s += '\x1b[0m';
  return s;
}

/** A unit's text kept in the stored form (spaces as they are, the marks as they are). */
export function emitUnit(glyphs: Glyph[]): string {
  let s = '';
  let b = false;
  let u = false;
  for (const g of glyphs) {
    if (g.c === ' ' || g.c === '\x05' || g.c === '\x06' || g.c === '\x07') {
      s += g.c;
      continue;
    }
    if (g.u !== u) s += g.u ? '\x1b[4m' : '\x1b[24m';
    if (g.b !== b) s += g.b ? '\x1b[1m' : '\x1b[22m';
    u = g.u;
    b = g.b;
    s += g.c;
  }
  return s;
}

/** The state of distribute_space() over the document: true when the next broken line is spread from the left. */
export interface FillState {
  reverse: boolean;
}

/** A block's units filled and adjusted at line length ll. */
export function fillBlock(form: string, ll: number, st: FillState): string {
  return form
    .split('\n')
    .map((u) => fillUnit(u, ll, st))
    .join('\n');
}

function fillUnit(unit: string, ll: number, st: FillState): string {
  if (unit === '') return '';
  if (unit.startsWith('\x0e')) return title(unit.slice(1).split('\x0f'), ll);
  const tab = unit.indexOf('\t');
  const later = parseInt(unit.slice(0, tab), 10);
  const left = unit[tab - 1] === 'l'; // .ad l: broken lines are not spread
  const text = unit.slice(tab + 1);
  const first = text.length - text.trimStart().length;
  const glyphs = parse(text.slice(first));
  const lines: string[] = [];
  let indent = first;
  let start = 0;
  // glyph positions: a breakpoint at a space (its index) or a mark in a word
  const out = (from: number, to: number, spread: number, hyph: boolean) => {
    const line: Glyph[] = [];
    for (let i = from; i < to; i++) {
      const g = glyphs[i];
      if (g.c === '\x06' || g.c === '\x07') continue;
      line.push({ ...g });
    }
    if (hyph) line.push({ c: '\u2010', b: glyphs[to - 1].b, u: glyphs[to - 1].u });
    if (spread >= 0) {
      // space nodes: runs of spaces are one node each
      const nodes: number[][] = [];
      for (let i = 0; i < line.length; i++) {
        if (line[i].c !== ' ') continue;
        if (i > 0 && line[i - 1].c === ' ') nodes[nodes.length - 1].push(i);
        else nodes.push([i]);
      }
      let n = nodes.length;
      let desired = spread;
      const order = st.reverse ? nodes : [...nodes].reverse();
      const extra = new Map<number, number>();
      for (const nd of order) {
        const e = n === 1 ? desired : Math.floor(desired / n);
        desired -= e;
        n--;
        extra.set(nd[0], e);
      }
      const spaced: Glyph[] = [];
      line.forEach((g, i) => {
        for (let k = 0; k < (extra.get(i) ?? 0); k++) spaced.push({ c: ' ', b: g.b, u: false });
        spaced.push(g);
      });
      st.reverse = !st.reverse;
      lines.push(' '.repeat(indent) + emit(spaced));
    } else lines.push(' '.repeat(indent) + emit(line));
  };
  const width = (from: number, to: number) => {
    let w = 0;
    for (let i = from; i < to; i++) if (glyphs[i].c !== '\x06' && glyphs[i].c !== '\x07') w++;
    return w;
  };
  for (let i = 0; i <= glyphs.length; i++) {
    const atSpace = i === glyphs.length || (glyphs[i].c === ' ' && (i === 0 || glyphs[i - 1].c !== ' '));
    if (!atSpace) continue;
    // possibly_break_line at this space
    for (;;) {
      const target = ll - indent;
      if (width(start, i) <= target) break;
      // breakpoints: the spaces of the line, the marks of its last word
      let lastSpace = -1;
      for (let j = i - 1; j > start; j--)
        if (glyphs[j].c === ' ') {
          lastSpace = j;
          break;
        }
      const bps: { at: number; w: number; hyph: boolean; resume: number }[] = [];
      for (let j = start + 1; j < i; j++) {
        const c = glyphs[j].c;
        if (c === ' ' && glyphs[j - 1].c !== ' ') {
          let k = j;
          while (glyphs[k].c === ' ') k++;
          bps.push({ at: j, w: width(start, j), hyph: false, resume: k });
        } else if ((c === '\x06' || c === '\x07') && j > lastSpace) {
          bps.push({ at: j, w: width(start, j) + (c === '\x06' ? 1 : 0), hyph: c === '\x06', resume: j + 1 });
        }
      }
      if (!bps.length) break;
      let bp = bps[0];
      for (let k = bps.length - 1; k >= 0; k--)
        if (bps[k].w <= target) {
          bp = bps[k];
          break;
        }
      const spreadBy = !left && glyphs.slice(start, bp.at).some((g) => g.c === ' ') ? target - bp.w : 0;
      out(start, bp.at, spreadBy, bp.hyph);
      start = bp.resume;
      indent = later;
    }
  }
  out(start, glyphs.length, -1, false);
  return lines.join('\n');
}

function title(parts: string[], ll: number): string {
  const cells: string[][] = [];
  const put = (at: number, text: string) => {
    [...text].forEach((c, i) => (cells[at + i] ??= []).push(c));
  };
  const len = (t: string) => [...t].length;
  put(0, parts[0]);
  put(Math.floor((ll - len(parts[1]) + 1) / 2), parts[1]);
  put(ll - len(parts[2]), parts[2]);
  let s = '';
  for (let i = 0; i < cells.length; i++) s += cells[i] ? cells[i].join('\b') : ' ';
  return s;
}

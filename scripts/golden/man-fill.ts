/**
 * The stored form of a page's renders (src/sim/commands/man-db/man/unpack.ts): each paragraph block once, as the
 * units fill.ts fills at any line length, found from the block's renders at every width; a block the filling does
 * not give back exactly at some width keeps its render at that width.
 */
import { parse, emitUnit, fillBlock, type FillState } from '../../src/sim/commands/man-db/man/fill';

type Gap = { k: 'none' } | { k: 'sp'; n: number } | { k: 'nl'; hyph: boolean; next: number };

interface Stream {
  glyphs: ReturnType<typeof parse>;
  gaps: Gap[]; // gaps[i]: between glyph i and i+1
  first: number;
}

function stream(text: string): Stream {
  const glyphs: ReturnType<typeof parse> = [];
  const gaps: Gap[] = [];
  const lines = text.split('\n');
  let first = -1;
  let pending: Gap | null = null;
  let prevHyph = false;
  lines.forEach((line, li) => {
    const g = parse(line);
    let ind = 0;
    while (ind < g.length && g[ind].c === ' ') ind++;
    if (li === 0) first = ind;
    else pending = { k: 'nl', hyph: prevHyph, next: ind };
    let end = g.length;
    prevHyph = false;
    if (end > ind && g[end - 1].c === '\u2010' && li < lines.length - 1) {
      prevHyph = true;
      end--;
    }
    let sp = 0;
    for (let i = ind; i < end; i++) {
      if (g[i].c === ' ') {
        sp++;
        continue;
      }
      if (glyphs.length) gaps[glyphs.length - 1] = pending ?? (sp ? { k: 'sp', n: sp } : { k: 'none' });
      pending = null;
      sp = 0;
      glyphs.push(g[i]);
    }
  });
  return { glyphs, gaps, first };
}

/** The block's units from its texts, or null. fixedConst: gaps of one width in every text are motions. */
export function derive(texts: string[], fixedConst: boolean): string | null {
  const ss = texts.map(stream);
  const n = ss[0].glyphs.length;
  if (n === 0 || ss.some((s) => s.glyphs.length !== n)) return null;
  for (let i = 0; i < n; i++) {
    const g = ss[0].glyphs[i];
    if (ss.some((s) => s.glyphs[i].c !== g.c || s.glyphs[i].b !== g.b || s.glyphs[i].u !== g.u)) return null;
  }
  const units: string[] = [];
  let cur = ss[0].first;
  if (ss.some((s) => s.first !== cur)) return null;
  let firstIndent = cur;
  let later: number | null = null;
  let text: ReturnType<typeof parse> = [];
  const mark = (c: string, k: number) => { for (let j = 0; j < k; j++) text.push({ c, b: false, u: false }); };
  const g0 = ss[0].glyphs;
  for (let i = 0; i < n; i++) {
    text.push(g0[i]);
    if (i === n - 1) break;
    const gs = ss.map((s) => s.gaps[i] ?? ({ k: 'none' } as Gap));
    const nl = gs.filter((g) => g.k === 'nl') as { k: 'nl'; hyph: boolean; next: number }[];
    const sp = gs.filter((g) => g.k === 'sp') as { k: 'sp'; n: number }[];
    const none = gs.filter((g) => g.k === 'none');
    if (nl.length === gs.length && !nl.some((g) => g.hyph)) {
      const next = nl[0].next;
      if (nl.some((g) => g.next !== next)) return null;
      units.push(`${later ?? firstIndent}\t${' '.repeat(firstIndent)}${emitUnit(text)}`);
      text = [];
      firstIndent = next;
      later = null;
      continue;
    }
    for (const g of nl) {
      if (later === null) later = g.next;
      else if (later !== g.next && !g.hyph) return null;
    }
    if (sp.length && none.length) return null;
    if (sp.length) {
      if (nl.some((g) => g.hyph)) return null;
      const base = Math.min(...sp.map((g) => g.n));
      const constant = sp.every((g) => g.n === base);
      mark(fixedConst && constant && !nl.length ? '\x05' : ' ', base);
    } else if (nl.length) {
      const h = nl.some((g) => g.hyph);
      if (h && nl.some((g) => !g.hyph)) return null;
      mark(h ? '\x06' : '\x07', 1);
    }
  }
  units.push(`${later ?? firstIndent}\t${' '.repeat(firstIndent)}${emitUnit(text)}`);
  return units.join('\n');
}

export { fillBlock, type FillState };

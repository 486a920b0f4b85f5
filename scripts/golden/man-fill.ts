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

/** The block's units from its texts, or null. fixed: which gaps of one width in every text are motions (none, a unit's first, all). */
export function derive(texts: string[], fixed: 0 | 1 | 2): string | null {
  let seen = false; // a space gap of the unit seen (mode 2: only a unit's first gap may be a motion)
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
      seen = false;
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
      mark((fixed === 1 || (fixed === 2 && !seen)) && constant && !nl.length ? '\x05' : ' ', base);
      seen = true;
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

/** A title line (a block of one line, maybe with an empty one after it, of three parts), from its widest render. */
function titleOf(text: string): string | null {
  const m = /^([^\n\x1b\b]+?) {2,}([^\n\x1b\b]+?) {2,}([^\n\x1b\b]+)(\n?)$/.exec(text);
  return m ? `\x0e${m[1]}\x0f${m[2]}\x0f${m[3]}${m[4]}` : null;
}

/** The stored form of a page's renders (one per line length of lls, in order): see unpack.ts. */
export function pack(renders: string[], lls: number[]): { packed: string; blocks: number; kept: number } {
  const keyOf = (b: string) => b.replace(/\x1b\[[0-9;]*m/g, '').replace(/\u2010\n\s*/g, '').replace(/\s+/g, '');
  const blocks = renders.map((r) => r.split('\n\n'));
  const byKey = new Map<string, Set<string>>();
  for (const bs of blocks)
    for (const b of bs) {
      const k = keyOf(b);
      if (!byKey.has(k)) byKey.set(k, new Set());
      byKey.get(k)!.add(b);
    }
  const keys = [...byKey.keys()];
  const index = new Map(keys.map((k, i) => [k, i]));
  const forms = new Map<string, (string | null)[]>();
  for (const [k, ts] of byKey) {
    const fs = [derive([...ts], 0), derive([...ts], 2), derive([...ts], 1)];
    forms.set(k, [...fs, ...fs.map((f) => f && f.replace(/^(\d+)\t/gm, '$1l\t'))]);
  }
  const titles = [titleOf(blocks.at(-1)![0]), titleOf(blocks.at(-1)!.at(-1)!)].filter((t): t is string => t !== null);
  // each key keeps the form that gives the most of its renders (at either direction of the spreading)
  const uses = new Map<string, Map<string, number>>(); // key: text: a line length it has
  blocks.forEach((bs, ri) => bs.forEach((b) => {
    const k = keyOf(b);
    if (!uses.has(k)) uses.set(k, new Map());
    uses.get(k)!.set(`${ri}\0${b}`, ri);
  }));
  const gives = (form: string, ri: number, b: string) =>
    fillBlock(form, lls[ri], { reverse: false }) === b || fillBlock(form, lls[ri], { reverse: true }) === b;
  const chosen = new Map<string, string>();
  for (const [k, u] of uses) {
    let best = 0;
    for (const form of [...titles, ...forms.get(k)!.filter((f): f is string => f !== null)]) {
      let n = 0;
      for (const [rb, ri] of u) if (gives(form, ri, rb.slice(rb.indexOf('\0') + 1))) n++;
      if (n > best) {
        best = n;
        chosen.set(k, form);
      }
      if (n === u.size) break;
    }
  }
  const kept = new Map<string, string[]>();
  let nblocks = 0;
  let nkept = 0;
  const lines = blocks.map((bs, ri) => {
    const st: FillState = { reverse: false };
    return bs
      .map((b) => {
        nblocks++;
        const k = keyOf(b);
        const id = index.get(k)!.toString(36);
        const cands = chosen.has(k) ? [chosen.get(k)!] : [];
        for (const form of cands)
          for (const flip of [false, true]) {
            const s2 = { reverse: flip ? !st.reverse : st.reverse };
            if (fillBlock(form, lls[ri], s2) === b) {
              st.reverse = s2.reverse;
              return (flip ? '!' : '') + id;
            }
          }
        nkept++;
        if (!kept.has(k)) kept.set(k, []);
        const texts = kept.get(k)!;
        let t = texts.indexOf(b);
        if (t < 0) t = texts.push(b) - 1;
        return `${id}.${t.toString(36)}`;
      })
      .join(' ');
  });
  const packed = keys.map((k) => [chosen.get(k) ?? '', ...(kept.get(k) ?? [])].join('\x01')).join('\0') + '\x02' + lines.join('\n');
  return { packed, blocks: nblocks, kept: nkept };
}

/** The renders in the form scripts/golden/man-pages.ts records them (tests/golden/man-renders): the block texts by
 * key (SOH between a key's texts, NUL between keys), STX, then each render's blocks as `key.text` (base 36). */
export function unpackRenders(packed: string): string[] {
  const stx = packed.indexOf('\x02');
  const texts = packed.slice(0, stx).split('\0').map((k) => k.split('\x01'));
  return packed
    .slice(stx + 1)
    .split('\n')
    .map((line) =>
      line
        .split(' ')
        .map((kt) => {
          const [k, t] = kt.split('.');
          return texts[parseInt(k, 36)][parseInt(t, 36)];
        })
        .join('\n\n'),
    );
}

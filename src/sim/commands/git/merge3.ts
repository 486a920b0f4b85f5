// A file's three-way merge as xdiff's xdl_merge does it for merge-ort (XDL_MERGE_ZEALOUS, the default style): the
// changes of each side against the base, taken where only one side changed or both made the same change; changes
// that overlap or touch are a conflict, written between `<<<<<<< ours`, `=======` and `>>>>>>> theirs` markers with
// the lines both sides share at its start and end moved out of it. Lines are matched as GNU diff's Myers search
// does (diffutils/diff/compare.ts), as the rest of the model's diffs are.
import { changes, compare } from '../diffutils/diff/compare';

interface Hunk {
  a0: number;
  a1: number;
  b0: number;
  b1: number;
}

const lines = (t: string) => (t === '' ? [] : (t.endsWith('\n') ? t.slice(0, -1) : t + '\0').split('\n'));

function hunksOf(base: string[], side: string[]): Hunk[] {
  const [ca, cb] = compare(base, side, base, side, 0);
  return changes(ca, cb);
}

const text = (ls: string[]) => ls.map((l) => (l.endsWith('\0') ? l.slice(0, -1) : l + '\n')).join('');

/** The merged text and how many conflicts it has. */
export function merge3(baseText: string, oursText: string, theirsText: string, oursName: string, theirsName: string): { text: string; conflicts: number } {
  const base = lines(baseText);
  const ours = lines(oursText);
  const theirs = lines(theirsText);
  const h1 = hunksOf(base, ours).map((h) => ({ ...h, side: 1 }));
  const h2 = hunksOf(base, theirs).map((h) => ({ ...h, side: 2 }));
  const all = [...h1, ...h2].sort((x, y) => x.a0 - y.a0 || x.side - y.side);
  const out: string[] = [];
  let conflicts = 0;
  let pos = 0; // base line
  // offsets between base and each side before the next region
  let d1 = 0;
  let d2 = 0;
  let i = 0;
  while (i < all.length) {
    // a region: hunks that overlap or touch, in base coordinates
    let a0 = all[i].a0;
    let a1 = all[i].a1;
    const group = [all[i++]];
    while (i < all.length && all[i].a0 <= a1) {
      a1 = Math.max(a1, all[i].a1);
      group.push(all[i++]);
    }
    a0 = Math.min(...group.map((h) => h.a0));
    out.push(...base.slice(pos, a0));
    const g1 = group.filter((h) => h.side === 1);
    const g2 = group.filter((h) => h.side === 2);
    // each side's lines for base[a0, a1)
    const span = (g: typeof group, side: string[], d: number) => {
      if (!g.length) return { lines: base.slice(a0, a1), d };
      const first = g[0];
      const last = g[g.length - 1];
      const s0 = first.b0 - (first.a0 - a0);
      const s1 = last.b1 + (a1 - last.a1);
      return { lines: side.slice(s0, s1), d: s1 - a1 };
    };
    const o = span(g1, ours, d1);
    const t = span(g2, theirs, d2);
    d1 = o.d;
    d2 = t.d;
    if (!g2.length) out.push(...o.lines);
    else if (!g1.length) out.push(...t.lines);
    else if (o.lines.join('\n') === t.lines.join('\n')) out.push(...o.lines);
    else {
      // zealous: the lines both sides begin and end with stay outside the markers
      let pre = 0;
      while (pre < o.lines.length && pre < t.lines.length && o.lines[pre] === t.lines[pre]) pre++;
      let suf = 0;
      while (suf < o.lines.length - pre && suf < t.lines.length - pre && o.lines[o.lines.length - 1 - suf] === t.lines[t.lines.length - 1 - suf]) suf++;
      out.push(...o.lines.slice(0, pre));
      const eol = (ls: string[]) => ls.map((l) => (l.endsWith('\0') ? l.slice(0, -1) : l));
      out.push(`<<<<<<< ${oursName}`, ...eol(o.lines.slice(pre, o.lines.length - suf)), '=======', ...eol(t.lines.slice(pre, t.lines.length - suf)), `>>>>>>> ${theirsName}`);
      out.push(...o.lines.slice(o.lines.length - suf));
      conflicts++;
    }
    pos = a1;
  }
  out.push(...base.slice(pos));
  return { text: text(out), conflicts };
}

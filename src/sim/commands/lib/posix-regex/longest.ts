// Leftmost-longest matching over the parsed tree, as glibc's regexec finds matches: the leftmost start, the
// longest match there, and the submatches of the first path (alternatives in order, repetitions greedy) that
// reaches that end (glibc's set_regs walks the automaton the same way). A JavaScript RegExp of the same pattern
// finds the start; a backtracking walk over the tree finds the ends.
import type { Node } from './parse';

/** JavaScript source for a tree (leftmost-first, but the same starts and the same language). */
export function emit(n: Node): string {
  switch (n.t) {
    case 'atom':
    case 'assert':
      return n.js;
    case 'cat':
      return n.items.map((x) => (x.t === 'alt' ? `(?:${emit(x)})` : emit(x))).join('');
    case 'alt':
      return n.alts.map(emit).join('|');
    case 'group':
      return `(${emit(n.body)})`;
    case 'backref':
      return `(?:\\${n.n})`;
    case 'rep': {
      const q = n.max === Infinity ? (n.min === 0 ? '*' : n.min === 1 ? '+' : `{${n.min},}`) : n.min === 0 && n.max === 1 ? '?' : n.min === n.max ? `{${n.min}}` : `{${n.min},${n.max}}`;
      return (n.body.t === 'atom' || n.body.t === 'group' ? emit(n.body) : `(?:${emit(n.body)})`) + q;
    }
  }
}

type Cont = (j: number) => boolean;
type M = (i: number, k: Cont) => boolean;

class Budget extends Error {}
/** steps before the walk gives up and keeps JavaScript's match (patterns like (a|ab)*c over long lines) */
const STEPS = 200_000;

interface State {
  s: string;
  caps: Int32Array;
  steps: number;
}

const ESCAPABLE = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/', '-']);
/** The character an atom stands for when it is a plain literal (lit() in parse.ts), else null. */
function literal(n: Node): string | null {
  if (n.t !== 'atom') return null;
  const js = n.js;
  if (js === '\\n') return '\n';
  if (js.length === 2 && js[0] === '\\') return ESCAPABLE.has(js[1]) ? js[1] : null;
  if (js === '.' || js === '\\') return null;
  return [...js].length === 1 ? js : null;
}

function build(n: Node, st: State, flags: string, icase: boolean): M {
  if (!icase) {
    // a run of literal characters compares as a string
    const items = n.t === 'cat' ? n.items : [n];
    const chars = items.map(literal);
    if (chars.every((c) => c !== null)) {
      const word = chars.join('');
      return (i, k) => st.s.startsWith(word, i) && k(i + word.length);
    }
    if (n.t === 'cat' && chars.some((c, x) => c !== null && chars[x + 1] != null)) {
      // merge the runs, keep the rest
      const merged: Node[] = [];
      for (let x = 0; x < items.length; ) {
        if (chars[x] === null) merged.push(items[x++]);
        else {
          let y = x;
          while (y < items.length && chars[y] !== null) y++;
          merged.push(y - x === 1 ? items[x] : { t: 'cat', items: items.slice(x, y) });
          x = y;
        }
      }
      n = { t: 'cat', items: merged };
    }
  }
  switch (n.t) {
    case 'atom':
    case 'assert': {
      const re = new RegExp(n.js, flags + 'y');
      return (i, k) => {
        if (++st.steps > STEPS) throw new Budget();
        re.lastIndex = i;
        return re.test(st.s) && k(re.lastIndex);
      };
    }
    case 'cat': {
      const ms = n.items.map((x) => build(x, st, flags, icase));
      const at = (idx: number, i: number, k: Cont): boolean => (idx === ms.length ? k(i) : ms[idx](i, (j) => at(idx + 1, j, k)));
      return (i, k) => at(0, i, k);
    }
    case 'alt': {
      const ms = n.alts.map((x) => build(x, st, flags, icase));
      return (i, k) => {
        for (const m of ms) if (m(i, k)) return true;
        return false;
      };
    }
    case 'group': {
      const body = build(n.body, st, flags, icase);
      const a = 2 * n.n;
      return (i, k) =>
        body(i, (j) => {
          const os = st.caps[a];
          const oe = st.caps[a + 1];
          st.caps[a] = i;
          st.caps[a + 1] = j;
          if (k(j)) return true;
          st.caps[a] = os;
          st.caps[a + 1] = oe;
          return false;
        });
    }
    case 'backref': {
      const a = 2 * n.n;
      return (i, k) => {
        const s0 = st.caps[a];
        if (s0 < 0) return false;
        const sub = st.s.slice(s0, st.caps[a + 1]);
        const here = st.s.slice(i, i + sub.length);
        if (here.length !== sub.length) return false;
        if (icase ? here.toLowerCase() !== sub.toLowerCase() : here !== sub) return false;
        return k(i + sub.length);
      };
    }
    case 'rep': {
      const body = build(n.body, st, flags, icase);
      const { min, max } = n;
      const rep = (i: number, count: number, k: Cont): boolean => {
        if (++st.steps > STEPS) throw new Budget();
        // one more round (greedy). A round that matches nothing, as glibc sets submatches (recorded with sed -E):
        // the first round keeps it ((a*)* on "b": the group is "" at 0); a later one keeps it only in a bounded
        // loop with two or more optional rounds ((a*){1,3} on "aaa": ""; (a*){1,2}, (a*)+, (a*){2,}: "aaa"), else
        // the loop ends with the groups of the last round that matched something
        let emptyOk = false;
        const next = (j: number): boolean => {
          if (j !== i) return rep(j, count + 1, k);
          if (count === 0) return max === Infinity ? k(j) : rep(j, count + 1, k);
          if (max !== Infinity && max - min >= 2) return rep(j, count + 1, k);
          emptyOk = true;
          return false;
        };
        if (count < max && body(i, next)) return true;
        if (emptyOk) return k(i);
        return count >= min && k(i);
      };
      return (i, k) => rep(i, 0, k);
    }
  }
}

/** A compiled matcher: longest(s, start) → the match's end and submatches, or null when none starts there. */
export function longestMatcher(root: Node, nsub: number, flags: string, icase: boolean): (s: string, start: number) => Int32Array | null | undefined {
  const st: State = { s: '', caps: new Int32Array(2 * nsub + 2), steps: 0 };
  const m = build(root, st, flags, icase);
  return (s, start) => {
    st.s = s;
    st.steps = 0;
    st.caps.fill(-1);
    let best: Int32Array | null = null;
    try {
      m(start, (j) => {
        if (best === null || j > best[1]) {
          best = st.caps.slice();
          best[0] = start;
          best[1] = j;
        }
        // nothing can be longer than the rest of the string
        return j === s.length;
      });
    } catch (e) {
      if (e instanceof Budget) return undefined;
      throw e;
    }
    return best;
  };
}

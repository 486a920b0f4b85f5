// grep's patterns as POSIX regular expressions (lib/posix-regex): basic (-G), extended (-E) or fixed strings (-F),
// with -i, -w and -x; several patterns are one alternation, matched leftmost-longest as grep does.
import { fromTree, parseTree, RegexError, type Rx } from '../lib/posix-regex/index';
import type { Node } from '../lib/posix-regex/parse';
import { lit } from '../lib/posix-regex/parse';

export interface Matcher {
  test(line: string): boolean;
  /** The matches of a line, left to right, as [index, text] (-o). */
  all(line: string): [number, string][];
}

/** Group numbers moved up by `by` (the second pattern's \( \) come after the first's). */
function renumber(n: Node, by: number): Node {
  switch (n.t) {
    case 'group':
      return { t: 'group', n: n.n + by, body: renumber(n.body, by) };
    case 'backref':
      return { t: 'backref', n: n.n + by };
    case 'cat':
      return { t: 'cat', items: n.items.map((x) => renumber(x, by)) };
    case 'alt':
      return { t: 'alt', alts: n.alts.map((x) => renumber(x, by)) };
    case 'rep':
      return { ...n, body: renumber(n.body, by) };
    default:
      return n;
  }
}

/** An error as grep reports it (regcomp's words), or a matcher. */
export function compile(pats: string[], o: { mode: 'G' | 'E' | 'F'; ignoreCase: boolean; word: boolean; line: boolean }): Matcher | string {
  const alts: Node[] = [];
  let nsub = 0;
  let complex = pats.length > 1;
  let backrefs = false;
  for (const p of pats) {
    if (o.mode === 'F') {
      alts.push({ t: 'cat', items: [...p].map((c) => ({ t: 'atom', js: lit(c) })) });
      continue;
    }
    try {
      const t = parseTree(p, o.mode === 'G' ? { kind: 'bre' } : { kind: 'ere', intervalOrd: true, parenOrd: true });
      alts.push(nsub ? renumber(t.root, nsub) : t.root);
      nsub += t.nsub;
      complex ||= t.complex;
      backrefs ||= t.backrefs;
    } catch (e) {
      if (e instanceof RegexError) return e.message;
      throw e;
    }
  }
  const root: Node = alts.length === 1 ? alts[0] : { t: 'alt', alts };
  const re: Rx = fromTree(root, nsub, complex, backrefs, { kind: 'ere', icase: o.ignoreCase, global: true, whole: o.line ? 'line' : o.word ? 'word' : undefined });
  return {
    test(line) {
      re.lastIndex = 0;
      return re.test(line);
    },
    all(line) {
      const found: [number, string][] = [];
      re.lastIndex = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        found.push([m.index, m[0]]);
        if (m[0] === '') re.lastIndex = m.index + 1;
        if (re.lastIndex > line.length) break;
      }
      return found;
    },
  };
}

/** fnmatch() of --include/--exclude globs: *, ? and [...] against a file name. */
export function fnmatch(glob: string, name: string): boolean {
  let src = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') src += '.*';
    else if (c === '?') src += '.';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end < 0) src += '\\[';
      else {
        src += '[' + glob.slice(i + 1, end).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = end;
      }
    } else if (c === '\\' && i + 1 < glob.length) src += '\\' + glob[++i];
    else src += c.replace(/[.+^${}()|\\/]/g, '\\$&');
  }
  try {
    return new RegExp(`^${src}$`, 's').test(name);
  } catch {
    return glob === name;
  }
}

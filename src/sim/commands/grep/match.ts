// grep's patterns in JavaScript terms: basic (-G), extended (-E) or fixed strings (-F), with -i, -w and -x.
import { breToJs } from '../lib/regex';

export interface Matcher {
  test(line: string): boolean;
  /** The matches of a line, left to right, as [index, text] (-o). */
  all(line: string): [number, string][];
}

/** \< and \> (GNU word anchors) and the other GNU escapes, inside an already converted expression. */
function gnuEscapes(src: string): string {
  return src.replace(/\\([<>`'])/g, (_, c: string) => (c === '<' ? '\\b(?=\\w)' : c === '>' ? '\\b(?<=\\w)' : c === '`' ? '^' : '$'));
}

/** An error as grep reports it, or a matcher. */
export function compile(pats: string[], o: { mode: 'G' | 'E' | 'F'; ignoreCase: boolean; word: boolean; line: boolean }): Matcher | string {
  const parts: string[] = [];
  for (const p of pats) {
    let src = o.mode === 'F' ? p.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&') : o.mode === 'G' ? breToJs(p) : p;
    if (o.mode !== 'F') src = gnuEscapes(src);
    // in an ERE a leading `*` is literal, as are `{` not starting an interval
    if (o.mode === 'E' && src.startsWith('*')) src = '\\' + src;
    if (o.line) src = `^(?:${src})$`;
    else if (o.word) src = `(?<![\\p{L}\\p{N}_])(?:${src})(?![\\p{L}\\p{N}_])`;
    parts.push(`(?:${src})`);
  }
  let re: RegExp;
  try {
    re = new RegExp(parts.join('|'), 'gu' + (o.ignoreCase ? 'i' : ''));
  } catch {
    try {
      re = new RegExp(parts.join('|'), 'g' + (o.ignoreCase ? 'i' : ''));
    } catch {
      const open = pats.some((p) => (o.mode === 'G' ? /\\\(/.test(p) : /\(/.test(p)));
      const bracket = pats.some((p) => /\[/.test(p) && !/\[.*\]/.test(p));
      return bracket ? 'Unmatched [, [^, [:, [., or [=' : open ? 'Unmatched ( or \\(' : 'Unmatched ) or \\)';
    }
  }
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
        if (m[0] === '') re.lastIndex++;
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

/** The word wrapping kubectl's explain templates use: words move to the next line once a line would pass `lim`
 *  characters; a word longer than the limit stays whole; spaces at a break are dropped; newlines are kept. */
export function wordWrap(s: string, lim: number): string {
  let out = '';
  let current = 0;
  let word = '';
  let space = '';
  const isSpace = (c: string) => c === ' ' || c === '\t' || c === '\v' || c === '\f' || c === '\r' || c === '\u0085' || c === '\u00a0' || /\s/u.test(c);
  for (const c of s) {
    if (c === '\n') {
      if (!word.length) {
        if (current + [...space].length <= lim) out += space;
      } else {
        out += space + word;
      }
      space = '';
      word = '';
      out += c;
      current = 0;
    } else if (isSpace(c)) {
      if (!space.length || word.length) {
        current += [...space].length + [...word].length;
        out += space + word;
        space = '';
        word = '';
      }
      space += c;
    } else {
      word += c;
      const wl = [...word].length;
      if (current + [...space].length + wl > lim && wl < lim) {
        out += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (!word.length) {
    if (current + [...space].length <= lim) out += space;
  } else {
    out += space + word;
  }
  return out;
}

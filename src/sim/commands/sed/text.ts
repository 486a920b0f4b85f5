// sed's texts: the replacement of `s` and the escaped line of `l`.

/** The replacement of `s`: & and \1..\9, \n, and GNU's case conversions \U \L \u \l \E. */
export function replace(rep: string, m: RegExpExecArray): string {
  let out = '';
  let mode: 'U' | 'L' | '' = '';
  let once: 'u' | 'l' | '' = '';
  const put = (s: string) => {
    for (const ch of s) {
      let c = mode === 'U' ? ch.toUpperCase() : mode === 'L' ? ch.toLowerCase() : ch;
      if (once) {
        c = once === 'u' ? c.toUpperCase() : c.toLowerCase();
        once = '';
      }
      out += c;
    }
  };
  for (let i = 0; i < rep.length; i++) {
    const c = rep[i];
    if (c === '&') put(m[0]);
    else if (c === '\\' && i + 1 < rep.length) {
      const n = rep[++i];
      if (/\d/.test(n)) put(m[Number(n)] ?? '');
      else if (n === 'n') put('\n');
      else if (n === 't') put('\t');
      else if (n === 'U' || n === 'L') mode = n;
      else if (n === 'E') mode = '';
      else if (n === 'u' || n === 'l') once = n;
      else put(n);
    } else put(c);
  }
  return out;
}

/** `l`: the line with C escapes, wrapped at 70 columns, ending in $. */
export function visible(s: string): string {
  const esc: Record<string, string> = { '\\': '\\\\', '\x07': '\\a', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\v': '\\v' };
  let out = '';
  let col = 0;
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    const piece = esc[ch] ?? (code < 32 || code === 127 ? '\\' + code.toString(8).padStart(3, '0') : ch);
    if (col + piece.length > 69) {
      out += '\\\n';
      col = 0;
    }
    out += piece;
    col += piece.length;
  }
  return out + '$\n';
}

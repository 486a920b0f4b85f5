// ls's -Q / --quoting-style=c (gnulib quotearg's c_quoting_style): the name in double quotes, `"` and `\` escaped,
// \a \b \f \n \r \t \v for those controls, any other control byte (and a byte that is not UTF-8) as \ooo.
const C_ESCAPES: Record<string, string> = { '\x07': 'a', '\b': 'b', '\f': 'f', '\n': 'n', '\r': 'r', '\t': 't', '\v': 'v', '\\': '\\', '"': '"' };

export function cQuote(n: string): string {
  let out = '"';
  for (const ch of n) {
    const c = ch.codePointAt(0)!;
    if (C_ESCAPES[ch] !== undefined) out += '\\' + C_ESCAPES[ch];
    else if (c < 0x20 || c === 0x7f) out += '\\' + c.toString(8).padStart(3, '0');
    else if (c >= 0xdc80 && c <= 0xdcff) out += '\\' + (c & 0xff).toString(8).padStart(3, '0');
    else out += ch;
  }
  return out + '"';
}

/** The quoting style of the last of -b, -N, -Q and --quoting-style (escape, literal and c are modelled). */
export function quotingStyle(list: { key: string; value?: unknown }[], initial: 'escape' | 'literal'): 'escape' | 'literal' | 'c' {
  let style: 'escape' | 'literal' | 'c' = initial;
  for (const x of list) {
    if (x.key === 'escape') style = 'escape';
    else if (x.key === 'literal') style = 'literal';
    else if (x.key === 'quote-name') style = 'c';
    else if (x.key === 'quoting-style' && (x.value === 'escape' || x.value === 'literal' || x.value === 'c')) style = x.value;
  }
  return style;
}

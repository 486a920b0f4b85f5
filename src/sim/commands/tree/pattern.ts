// patmatch() of tree 1.8.0 (tree.c, by Thomas Moore; '|' alternatives by David MacMahon; --ignore-case by Jason A.
// Donenfeld): 1 on a match, 0 on a mismatch, -1 on a syntax error in the pattern. *, ?, [...] with ranges and ^,
// backslash escapes, and `a|b` alternatives over the whole pattern.
export function patmatch(buf: string, pat: string, ignorecase = false): number {
  const low = (c: string | undefined) => (c === undefined ? '' : ignorecase ? c.toLowerCase() : c);
  const bar = pat.indexOf('|');
  if (bar >= 0) {
    if (bar === 0 || bar === pat.length - 1) return -1;
    const m = patmatch(buf, pat.slice(0, bar), ignorecase);
    return m ? m : patmatch(buf, pat.slice(bar + 1), ignorecase);
  }
  let b = 0;
  let p = 0;
  let match = 1;
  while (p < pat.length && match) {
    switch (pat[p]) {
      case '[': {
        p++;
        let n: number;
        if (pat[p] !== '^') (n = 1), (match = 0);
        else (p++, (n = 0));
        while (pat[p] !== ']') {
          if (pat[p] === '\\') p++;
          if (p >= pat.length) return -1;
          if (pat[p + 1] === '-') {
            const m = pat[p];
            p += 2;
            if (pat[p] === '\\' && p < pat.length) p++;
            if (b < buf.length && low(buf[b]) >= low(m) && low(buf[b]) <= low(pat[p])) match = n;
            if (p >= pat.length) p--;
          } else if (low(buf[b]) === low(pat[p])) match = n;
          p++;
        }
        b++;
        break;
      }
      case '*':
        p++;
        if (p >= pat.length) return 1;
        while (b < buf.length && !(match = patmatch(buf.slice(b++), pat.slice(p), ignorecase)));
        return match;
      case '?':
        if (b >= buf.length) return 0;
        b++;
        break;
      default:
        if (pat[p] === '\\' && p + 1 < pat.length) p++;
        match = low(buf[b++]) === low(pat[p]) ? 1 : 0;
        break;
    }
    p++;
    if (match < 1) return match;
  }
  return b >= buf.length ? match : 0;
}

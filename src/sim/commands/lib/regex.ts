// POSIX basic regular expressions in JavaScript terms (grep, sed).


/** Basic regular expression → JavaScript. */
export function breToJs(p: string): string {
  let out = '';
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '\\' && i + 1 < p.length) {
      const n = p[i + 1];
      if ('(){}|+?'.includes(n)) out += n;
      else out += '\\' + n;
      i++;
      continue;
    }
    if ('(){}|+?'.includes(c)) out += '\\' + c;
    else out += c;
  }
  return out;
}

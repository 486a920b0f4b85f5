// bashgetopt.c's internal_getopt for the builtins that read their own words: `x:` takes a value, `x;` may take
// one (not a word that looks like an option), a leading `+` in the option string lets `+x` through as well.
export type Got = { c: string; arg?: string; plus?: boolean };

/** The options and the words after them; `error` is the message after `NAME: ` (the usage line follows it). */
export function internalGetopt(words: string[], opts: string): { got: Got[]; rest: string[]; error?: string; help?: boolean } {
  const plus = opts.startsWith('+');
  if (plus) opts = opts.slice(1);
  const notOpt = (w: string) => !(w[0] === '-' || (plus && w[0] === '+')) || w.length === 1;
  const got: Got[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (notOpt(w)) break;
    if (w === '--help') return { got, rest: words.slice(i), help: true };
    if (w === '--') {
      i++;
      break;
    }
    for (let sp = 1; sp < w.length; sp++) {
      const c = w[sp];
      const at = c === ':' || c === ';' ? -1 : opts.indexOf(c);
      if (at < 0) return { got, rest: words.slice(i + 1), error: `${w[0]}${c}: invalid option` };
      const kind = opts[at + 1];
      if (kind === ':' || kind === ';') {
        if (sp + 1 < w.length) got.push({ c, arg: w.slice(sp + 1), plus: w[0] === '+' });
        else if (i + 1 < words.length && (kind === ':' || notOpt(words[i + 1]))) got.push({ c, arg: words[++i], plus: w[0] === '+' });
        else if (kind === ';') got.push({ c, plus: w[0] === '+' });
        else return { got, rest: [], error: `${w[0]}${c}: option requires an argument` };
        break;
      }
      got.push({ c, plus: w[0] === '+' });
    }
    i++;
  }
  return { got, rest: words.slice(i) };
}

// History expansion of a typed line, before it is parsed, as bash 5.1 does it (readline's histexpand.c with
// bash's settings: single quotes inhibit it, `!` before a blank, `=`, the end of the line or, in double quotes, `"`
// stays; bash_history_inhibit_expansion leaves `[!`, `${!`, `$!`, `!(` with extglob, and what is quoted or in a
// `$(...)`). Events `!!`, `!n`, `!-n`, `!str`, `!?str?`, `!#`; words `:n`, `^`, `$`, `*`, `x-y`, `%`; modifiers
// `h t r e p q x s & g G`; `^old^new` at the start of a line.

export type Expanded = { line: string; changed: boolean; print?: boolean } | { error: string };

/** What a previous expansion leaves for the next: the last `!?str?` search and `:s` substitution. */
interface State {
  searchString?: string;
  searchMatch?: string;
  lhs?: string;
  rhs?: string;
}
const states = new WeakMap<readonly string[], State>();

const NO_EXPAND = ' \t\n\r=';
const WORD_DELIMS = ' \t\n;&()|<>';
const QUOTES = '"\'`';
const EVENT_DELIMS = '^$*%-';
const SEARCH_DELIMS = ';&()|<>';
const SLASHIFY_IN_QUOTES = '\\`"$';

class HistError extends Error {}

function histError(s: string, start: number, current: number, msg: string): never {
  throw new HistError(`${s.slice(start, current)}: ${msg}`);
}

/** Index of the closing `'` of a single-quoted string whose text starts at `i` (`$'...'` lets `\` quote). */
function skipSingle(s: string, i: number, backslash: boolean): number {
  while (i < s.length && s[i] !== "'") {
    if (backslash && s[i] === '\\' && i + 1 < s.length) i++;
    i++;
  }
  return i;
}

/** subst.c skip_to_histexp: the first unquoted `!` at or after `start` (double quotes do not quote it). */
function skipToHistexp(s: string, start: number): number {
  let i = start;
  let pass = false;
  let backq = false;
  let dquote = false;
  let oldDquote = false;
  let comsub = 0;
  while (i < s.length) {
    const c = s[i];
    if (pass) {
      pass = false;
      i++;
    } else if (c === '\\') {
      pass = true;
      i++;
    } else if (backq && c === '`') {
      backq = false;
      dquote = oldDquote;
      i++;
    } else if (c === '`') {
      backq = true;
      oldDquote = dquote;
      dquote = false;
      i++;
    } else if (dquote && c === '!' && s[i + 1] === '"') i += 1;
    else if (c === '!') break;
    else if (dquote && c === "'") i++;
    else if (c === "'") i = skipSingle(s, i + 1, false) + 1;
    else if (c === '"') {
      dquote = !dquote;
      i++;
    } else if ((c === '$' || c === '<' || c === '>') && s[i + 1] === '(' && s[i + 2] !== '(') {
      if (i + 2 >= s.length) return i + 2;
      i += 2;
      comsub++;
      oldDquote = dquote;
      dquote = false;
    } else if (comsub && c === ')') {
      comsub--;
      dquote = oldDquote;
      i++;
    } else i++;
  }
  return i;
}

/** bashhist.c bash_history_inhibit_expansion: the `!` at `i` is not a history expansion. */
function inhibited(s: string, i: number, extglob: boolean): boolean {
  if (i > 0 && s[i - 1] === '[' && s.slice(i + 1).includes(']')) return true;
  if (i > 1 && s[i - 1] === '{' && s[i - 2] === '$' && s.slice(i + 1).includes('}')) return true;
  if (i > 1 && s[i - 1] === '$') return true;
  if (extglob && i > 1 && s[i + 1] === '(' && s.slice(i + 2).includes(')')) return true;
  let t = skipToHistexp(s, 0);
  if (t <= 0) return false;
  while (t < i) {
    t = skipToHistexp(s, t + 1);
    if (t <= 0) return false;
  }
  return t > i;
}

/** histexpand.c history_tokenize_word: the end of the word that starts at `ind`. */
function tokenizeWord(s: string, ind: number): number {
  let i = ind;
  let delimiter = '';
  let nest = 0;
  const at = (k: number) => s[k] ?? '';
  if ('()\n'.includes(at(i)) && at(i) !== '') return i + 1;
  let getWord = false;
  if (/[0-9]/.test(at(i))) {
    let j = i;
    while (/[0-9]/.test(at(j))) j++;
    if (j >= s.length) return j;
    i = j;
    if (at(j) !== '<' && at(j) !== '>') getWord = true;
  }
  if (!getWord && at(i) !== '' && '<>;&|'.includes(at(i))) {
    const peek = at(i + 1);
    if (peek === at(i)) {
      if (peek === '<' && (at(i + 2) === '-' || at(i + 2) === '<')) i++;
      return i + 2;
    }
    if (peek === '&' && (at(i) === '>' || at(i) === '<')) {
      let j = i + 2;
      while (/[0-9]/.test(at(j))) j++;
      if (at(j) === '-') j++;
      return j;
    }
    if ((peek === '>' && at(i) === '&') || (peek === '|' && at(i) === '>')) return i + 2;
    if (peek === '(' && (at(i) === '>' || at(i) === '<')) {
      i += 2;
      delimiter = ')';
      nest = 1;
    } else return i + 1;
  }
  if (!delimiter && at(i) !== '' && QUOTES.includes(at(i))) delimiter = s[i++];
  for (; i < s.length; i++) {
    const c = s[i];
    if (c === '\\' && at(i + 1) === '\n') {
      i++;
      continue;
    }
    if (c === '\\' && delimiter !== "'" && (delimiter !== '"' || SLASHIFY_IN_QUOTES.includes(c))) {
      i++;
      continue;
    }
    if (nest && c === '(') {
      nest++;
      continue;
    }
    if (nest && c === delimiter) {
      nest--;
      if (nest === 0) delimiter = '';
      continue;
    }
    if (delimiter && c === delimiter) {
      delimiter = '';
      continue;
    }
    if (!nest && !delimiter && '<>$!@?+*'.includes(c) && at(i + 1) === '(') {
      i++;
      delimiter = ')';
      nest = 1;
      continue;
    }
    if (!delimiter && WORD_DELIMS.includes(c)) break;
    if (!delimiter && QUOTES.includes(c)) delimiter = c;
  }
  return i;
}

/** histexpand.c history_tokenize_internal: the words of a line, and which one holds index `wind`. */
function tokenize(s: string, wind = -1): { words: string[]; at: number } {
  const words: string[] = [];
  let at = -1;
  let i = 0;
  while (i < s.length) {
    while (i < s.length && (s[i] === ' ' || s[i] === '\t' || s[i] === '\n')) i++;
    if (i >= s.length || s[i] === '#') break;
    const start = i;
    i = tokenizeWord(s, start);
    if (i === start) {
      i++;
      while (i < s.length && WORD_DELIMS.includes(s[i])) i++;
    }
    if (wind !== -1 && wind >= start && wind < i) at = words.length;
    words.push(s.slice(start, i));
  }
  return { words, at };
}

/** history_arg_extract: words FIRST to LAST (`$` the last; negative: -1 as `x-`) joined by spaces. */
function argExtract(first: number | '$', last: number | '$', line: string): string | null {
  const list = tokenize(line).words;
  const len = list.length;
  let f = first === '$' ? len - 1 : first;
  let l = last === '$' ? len - 1 : last < 0 ? len + last - 1 : last;
  if (f < 0) f = len + f - 1;
  l++;
  if (f >= len || l > len || f < 0 || l < 0 || f > l) return null;
  return list.slice(f, l).join(' ');
}

/** get_history_event: the line an event names; `i` is at the `!`. Returns the line and the index after it. */
function getEvent(s: string, i0: number, qc: string, hist: readonly string[], st: State): [string | null, number] {
  let i = i0 + 1;
  if (s[i] === '!') return [hist[hist.length - 1] ?? null, i + 1];
  let sign = 1;
  if (s[i] === '-' && /[0-9]/.test(s[i + 1] ?? '')) {
    sign = -1;
    i++;
  }
  if (/[0-9]/.test(s[i] ?? '')) {
    let which = 0;
    for (; /[0-9]/.test(s[i] ?? ''); i++) which = which * 10 + Number(s[i]);
    if (sign < 0) which = hist.length + 1 - which;
    return [hist[which - 1] ?? null, i];
  }
  let substring = false;
  if (s[i] === '?') {
    substring = true;
    i++;
  }
  const local = i;
  for (; i < s.length; i++) {
    const c = s[i];
    if (
      (!substring &&
        (c === ' ' || c === '\t' || c === ':' || (i > local && c === '-') || (c !== '-' && EVENT_DELIMS.includes(c)) || SEARCH_DELIMS.includes(c) || (qc !== '' && c === qc))) ||
      c === '\n' ||
      (substring && c === '?')
    )
      break;
  }
  let temp = s.slice(local, i);
  if (substring && s[i] === '?') i++;
  if (temp === '' && substring) {
    if (st.searchString === undefined) return [null, i];
    temp = st.searchString;
  }
  for (let k = hist.length - 1; k >= 0; k--) {
    const line = hist[k];
    const at = substring ? line.indexOf(temp) : line.startsWith(temp) ? 0 : -1;
    if (at < 0) continue;
    if (substring) {
      st.searchString = temp;
      const t = tokenize(line, at);
      st.searchMatch = t.at === -1 ? undefined : t.words[t.at];
    }
    return [line, i];
  }
  return [null, i];
}

/** get_history_word_specifier: null when there is none, else the words (a bad one throws). */
function wordSpec(s: string, from: string, i0: number, st: State, start: number): [string | null, number] {
  let i = i0;
  let expecting = false;
  if (s[i] === ':') {
    i++;
    expecting = true;
  }
  if (s[i] === '%') return [st.searchMatch ?? '', i + 1];
  if (s[i] === '*') return [argExtract(1, '$', from) ?? '', i + 1];
  if (s[i] === '$') return [argExtract('$', '$', from), i + 1];
  let first: number;
  const digits = () => {
    let n = 0;
    for (; /[0-9]/.test(s[i] ?? ''); i++) n = n * 10 + Number(s[i]);
    return n;
  };
  if (s[i] === '-') first = 0;
  else if (s[i] === '^') {
    first = 1;
    i++;
  } else if (/[0-9]/.test(s[i] ?? '') && expecting) first = digits();
  else return [null, i0];
  let last: number | '$';
  if (s[i] === '^' || s[i] === '*') {
    last = s[i] === '^' ? 1 : '$';
    i++;
  } else if (s[i] !== '-') last = first;
  else {
    i++;
    if (/[0-9]/.test(s[i] ?? '')) last = digits();
    else if (s[i] === '$') {
      i++;
      last = '$';
    } else if (s[i] === '^') {
      i++;
      last = 1;
    } else last = -1;
  }
  const r = last === '$' || last < 0 || last >= first ? argExtract(first, last, from) : null;
  if (r === null) histError(s, start, i, 'bad word specifier');
  return [r, i];
}

/** get_subst_pattern: the text up to the delimiter (a backslash quotes it); null for an empty left side. */
function substPattern(s: string, i0: number, delim: string, rhs: boolean): [string | null, number] {
  let si = i0;
  for (; si < s.length && s[si] !== delim; si++) if (s[si] === '\\' && s[si + 1] === delim) si++;
  let out: string | null = null;
  if (si > i0 || rhs) {
    out = '';
    for (let k = i0; k < si; k++) {
      if (s[k] === '\\' && s[k + 1] === delim) k++;
      out += s[k];
    }
  }
  return [out, si < s.length ? si + 1 : si];
}

/** history_expand_internal: one `!...` at `start`; the text, the index of its last character, and `:p`. */
function expandOne(s: string, start: number, qc: string, current: string, hist: readonly string[], st: State): [string, number, boolean] {
  let i = start;
  let event: string | null;
  if (':$*%^'.includes(s[i + 1] ?? '\0')) {
    i++;
    event = hist[hist.length - 1] ?? null;
  } else if (s[i + 1] === '#') {
    i += 2;
    event = current;
  } else [event, i] = getEvent(s, i, qc, hist, st);
  if (event === null) histError(s, start, i, 'event not found');
  const [word, after] = wordSpec(s, event, i, st, i);
  i = after;
  let temp = word ?? event;
  let quotes = '';
  let global = 0;
  let byWords = false;
  let print = false;
  const startingIndex = i;
  while (s[i] === ':') {
    let c = s[i + 1] ?? '';
    if (c === 'g' || c === 'a') {
      global = 1;
      i++;
      c = s[i + 1] ?? '';
    } else if (c === 'G') {
      byWords = true;
      i++;
      c = s[i + 1] ?? '';
    }
    if (c === 'q' || c === 'x') quotes = c;
    else if (c === 'p') print = true;
    else if (c === 't') {
      const k = temp.lastIndexOf('/');
      if (k >= 0) temp = temp.slice(k + 1);
    } else if (c === 'h') {
      const k = temp.lastIndexOf('/');
      if (k >= 0) temp = temp.slice(0, k);
    } else if (c === 'r') {
      const k = temp.lastIndexOf('.');
      if (k >= 0) temp = temp.slice(0, k);
    } else if (c === 'e') {
      const k = temp.lastIndexOf('.');
      if (k >= 0) temp = temp.slice(k);
    } else if (c === 's' || c === '&') {
      if (c === 's') {
        if (i + 2 >= s.length) {
          i += 2;
          continue;
        }
        const delim = s[i + 2];
        i += 3;
        let t: string | null;
        [t, i] = substPattern(s, i, delim, false);
        if (t !== null) st.lhs = t;
        else if (st.lhs === undefined) st.lhs = st.searchString || undefined;
        let r: string | null;
        [r, i] = substPattern(s, i, delim, true);
        st.rhs = r ?? '';
        if (st.rhs.includes('&')) st.rhs = st.rhs.replace(/\\&|&/g, (m) => (m === '&' ? st.lhs ?? '' : '&'));
      } else i += 2;
      const lhs = st.lhs ?? '';
      const rhs = st.rhs ?? '';
      if (lhs === '') histError(s, startingIndex, i, 'no previous substitution');
      if (lhs.length > temp.length) histError(s, startingIndex, i, 'substitution failed');
      let failed = true;
      let we = 0;
      for (let si = 0; si + lhs.length <= temp.length; si++) {
        if (byWords && si > we) {
          while (si < temp.length && (temp[si] === ' ' || temp[si] === '\t')) si++;
          we = tokenizeWord(temp, si);
        }
        if (temp.startsWith(lhs, si)) {
          temp = temp.slice(0, si) + rhs + temp.slice(si + lhs.length);
          failed = false;
          if (global) {
            si += rhs.length - 1;
            global++;
            continue;
          } else if (byWords) {
            si = we;
            continue;
          } else break;
        }
      }
      if (global > 1) {
        global = 0;
        continue;
      }
      if (!failed) continue;
      histError(s, startingIndex, i, 'substitution failed');
    } else histError(s, i + 1, i + 2, 'unrecognized history modifier');
    i += 2;
  }
  if (quotes === 'q') temp = `'${temp.replace(/'/g, `'\\''`)}'`;
  else if (quotes === 'x') temp = quoteBreaks(temp);
  return [temp, i - 1, print];
}

/** `:x`: quoted as `:q`, with blanks and newlines breaking it into words. */
function quoteBreaks(s: string): string {
  let r = "'";
  for (const c of s) {
    if (c === "'") r += `'\\''`;
    else if (c === ' ' || c === '\t' || c === '\n') r += `'${c}'`;
    else r += c;
  }
  return r + "'";
}

/** Expand history references in `line` against `hist` (oldest first). */
export function expandHistory(line: string, hist: readonly string[], opts: { extglob?: boolean } = {}): Expanded {
  const extglob = opts.extglob ?? true;
  let st = states.get(hist);
  if (!st) states.set(hist, (st = {}));
  let s = line;
  if (s[0] === '^') s = '!!:s' + s;
  else {
    // is there an expansion at all?
    let dquote = false;
    let i = 0;
    for (; i < s.length; i++) {
      const c = s[i];
      const cc = s[i + 1] ?? '';
      if (c === '#' && !dquote && (i === 0 || WORD_DELIMS.includes(s[i - 1]))) return { line, changed: false };
      if (c === '!') {
        if (cc === '' || NO_EXPAND.includes(cc) || (dquote && cc === '"') || inhibited(s, i, extglob)) continue;
        break;
      } else if (dquote && c === '\\' && cc === '"') i++;
      else if (c === '"') dquote = !dquote;
      else if (!dquote && c === "'") i = skipSingle(s, i + 1, i > 0 && s[i - 1] === '$');
      else if (c === '\\' && (cc === "'" || cc === '!')) i++;
    }
    if (s[i] !== '!') return { line, changed: false };
  }
  let out = '';
  let modified = false;
  let print = false;
  let dquote = false;
  try {
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        out += c + (s[i + 1] ?? '');
        i++;
      } else if (c === '"') {
        dquote = !dquote;
        out += c;
      } else if (c === "'" && !dquote) {
        const q = i;
        i = skipSingle(s, i + 1, i > 0 && s[i - 1] === '$');
        out += s.slice(q, i + 1);
      } else if (c === '#' && !dquote && (i === 0 || WORD_DELIMS.includes(s[i - 1]))) {
        out += s.slice(i);
        break;
      } else if (c === '!') {
        const cc = s[i + 1] ?? '';
        if (cc === '' || NO_EXPAND.includes(cc) || (dquote && cc === '"') || inhibited(s, i, extglob)) {
          out += c;
          continue;
        }
        const [text, end, p] = expandOne(s, i, dquote ? '"' : '', out, hist, st);
        modified = true;
        out += text;
        if (p) print = true;
        i = end;
      } else out += c;
    }
  } catch (e) {
    if (e instanceof HistError) return { error: `-bash: ${e.message}\n` };
    throw e;
  }
  return { line: out, changed: modified, print };
}

// POSIX regular expressions as glibc's regcomp reads them: basic (BRE, with GNU's \+ \? \| \{m,n\}), extended (ERE)
// and gawk's dialect, into a small tree. The syntax differences between the tools are options (see Syntax); the
// error texts are glibc's (regcomp.c __re_error_msgid).

/** A bad pattern, in regcomp's words. */
export class RegexError extends Error {}

export type Node =
  /** one character: a literal, `.` or a bracket expression, as a JavaScript atom */
  | { t: 'atom'; js: string }
  /** a zero-width assertion as JavaScript source: ^ $ \b \B \< \> \` \' */
  | { t: 'assert'; js: string }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; alts: Node[] }
  | { t: 'group'; n: number; body: Node }
  | { t: 'rep'; min: number; max: number; body: Node }
  | { t: 'backref'; n: number };

export interface Syntax {
  /**
   * 'bre': \( \) \{ \} \| \+ \?; 'ere': ( ) { } | + ?; 'awk': ERE with awk's escapes (\n, \/, octal), no back-references;
   * 'emacs': RE_SYNTAX_EMACS (no syntax bits, find's default -regextype): \( \) \| and back-references as in BRE,
   * `+` and `?` unescaped, no intervals (braces are characters), no [:class:] in brackets
   */
  kind: 'bre' | 'ere' | 'awk' | 'emacs';
  /** ERE: `*` `+` `?` `{` with nothing before them are an error (sed -E, bash), not ignored (grep -E) or literal (awk) */
  invalidOps?: boolean;
  /** ERE: a `{` that starts no valid interval is literal (grep -E, gawk) rather than an error */
  intervalOrd?: boolean;
  /** an unmatched `)` is literal (grep) */
  parenOrd?: boolean;
}

export interface Parsed {
  root: Node;
  nsub: number;
  /** some alternation, repeated group or back-reference: leftmost-first matching may pick another match */
  complex: boolean;
  backrefs: boolean;
}

const SYNTAX_CHARS = new Set(['^', '$', '\\', '.', '*', '+', '?', '(', ')', '[', ']', '{', '}', '|', '/', '-']);
/** A literal character as a JavaScript atom (valid with the u flag). */
export const lit = (c: string): string => (SYNTAX_CHARS.has(c) ? (c === '-' ? '-' : '\\' + c) : c === '\n' ? '\\n' : c);
const litIn = (c: string): string => ('\\]^-['.includes(c) ? '\\' + c : c === '\n' ? '\\n' : c);

const CLASSES: Record<string, string> = {
  alpha: '\\p{L}',
  digit: '0-9',
  alnum: '\\p{L}\\p{Nd}',
  upper: '\\p{Lu}',
  lower: '\\p{Ll}',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: '\\P{Cc}',
  graph: '!-~\\u00a1-\\uffff',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

const WORD = '[\\p{L}\\p{Nd}_]';
/** GNU's word operators as assertions */
const ANCHORS: Record<string, string> = {
  b: `(?:(?<=${WORD})(?!${WORD})|(?<!${WORD})(?=${WORD}))`,
  B: `(?:(?<=${WORD})(?=${WORD})|(?<!${WORD})(?!${WORD}))`,
  '<': `(?<!${WORD})(?=${WORD})`,
  '>': `(?<=${WORD})(?!${WORD})`,
  '`': '(?<![\\s\\S])',
  "'": '(?![\\s\\S])',
};
const ESCAPED_ATOMS: Record<string, string> = { w: WORD, W: '[^\\p{L}\\p{Nd}_]', s: '\\s', S: '\\S' };
const AWK_ESC: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', a: '\x07', b: '\b' };
const RE_DUP_MAX = 0x7fff;

export function parse(src: string, syn: Syntax): Parsed {
  const emacs = syn.kind === 'emacs';
  // emacs reads groups, alternation, anchors and a leading `*` as BRE does
  const bre = syn.kind === 'bre' || emacs;
  const awk = syn.kind === 'awk';
  let i = 0;
  let nsub = 0;
  let complex = false;
  let backrefs = false;
  const closed = new Set<number>();
  let depth = 0;

  /** the token at i: its kind and length */
  const isOpen = () => (bre ? src[i] === '\\' && src[i + 1] === '(' : src[i] === '(');
  const isClose = () => (bre ? src[i] === '\\' && src[i + 1] === ')' : src[i] === ')');
  const isAlt = () => (bre ? src[i] === '\\' && src[i + 1] === '|' : src[i] === '|');
  /** a repetition operator at i: [min, max, length] */
  const repOp = (): [number, number, number] | null => {
    const c = src[i];
    if (c === '*') return [0, Infinity, 1];
    if (emacs) return c === '+' ? [1, Infinity, 1] : c === '?' ? [0, 1, 1] : null;
    if (bre) {
      if (c !== '\\') return null;
      const n = src[i + 1];
      if (n === '+') return [1, Infinity, 2];
      if (n === '?') return [0, 1, 2];
      if (n === '{') return interval(i + 2, true);
      return null;
    }
    if (c === '+') return [1, Infinity, 1];
    if (c === '?') return [0, 1, 1];
    if (c === '{') return interval(i + 1, false);
    return null;
  };
  const interval = (at: number, bk: boolean): [number, number, number] | null => {
    const m = (bk ? /^(\d*)(,(\d*))?\\\}/ : /^(\d*)(,(\d*))?\}/).exec(src.slice(at));
    if (!m || (m[1] === '' && m[2] === undefined)) {
      if (!bk && (syn.intervalOrd || awk)) return null;
      throw new RegexError((bk ? /\\\}/ : /\}/).test(src.slice(at)) ? 'Invalid content of \\{\\}' : 'Unmatched \\{');
    }
    const min = m[1] === '' ? 0 : Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    if (max < min) throw new RegexError('Invalid content of \\{\\}');
    if (min > RE_DUP_MAX || (max !== Infinity && max > RE_DUP_MAX)) throw new RegexError('Regular expression too big');
    return [min, max, at - i + m[0].length];
  };

  const bracket = (): string => {
    // src[i] === '['
    let j = i + 1;
    // regcomp.c parse_bracket_exp: a `[` that ends the pattern is REG_BADPAT (emacs: find's own words)
    if (emacs && (j >= src.length || (src[j] === '^' && j + 1 >= src.length))) throw new RegexError('Invalid regular expression');
    let out = '[';
    if (src[j] === '^') {
      out += '^';
      j++;
    }
    let first = true;
    let prev: string | null = null;
    for (; j < src.length; j++) {
      let c = src[j];
      if (c === ']' && !first) {
        i = j + 1;
        return out + ']';
      }
      first = false;
      if (c === '[' && src[j + 1] === ':' && !emacs) {
        const end = src.indexOf(':]', j + 2);
        if (end < 0) break;
        const name = src.slice(j + 2, end);
        if (!(name in CLASSES)) throw new RegexError('Invalid character class name');
        out += CLASSES[name];
        j = end + 1;
        prev = null;
        continue;
      }
      if (c === '[' && (src[j + 1] === '.' || src[j + 1] === '=')) {
        const end = src.indexOf(src[j + 1] + ']', j + 2);
        if (end < 0) break;
        const name = src.slice(j + 2, end);
        if ([...name].length !== 1) throw new RegexError('Invalid collation character');
        c = name;
        j = end + 1;
      } else if (c === '\\' && awk && j + 1 < src.length) {
        const n = src[++j];
        c = AWK_ESC[n] ?? n;
      } else if (c === '-' && prev !== null && src[j + 1] !== ']' && j + 1 < src.length) {
        // a range prev-hi
        let hi = src[j + 1];
        let k = j + 1;
        if (hi === '[' && (src[k + 1] === '.' || src[k + 1] === '=')) {
          const end = src.indexOf(src[k + 1] + ']', k + 2);
          if (end < 0) break;
          hi = src.slice(k + 2, end);
          k = end + 1;
        } else if (hi === '\\' && awk) {
          k++;
          hi = AWK_ESC[src[k]] ?? src[k];
        }
        if ((hi.codePointAt(0) ?? 0) < (prev.codePointAt(0) ?? 0)) throw new RegexError('Invalid range end');
        out += '-' + litIn(hi);
        j = k;
        prev = null;
        continue;
      }
      const cp = c.codePointAt(0)!;
      if (cp > 0xffff && c.length === 1) {
        c = String.fromCodePoint(src.codePointAt(j)!);
        j++;
      }
      out += litIn(c);
      prev = c;
    }
    throw new RegexError('Unmatched [, [^, [:, [., or [=');
  };

  /** one alternative: a run of pieces up to `|`, the closing paren or the end */
  const branch = (): Node => {
    const items: Node[] = [];
    const start = i;
    for (;;) {
      if (i >= src.length || isAlt() || (isClose() && (depth > 0 || !syn.parenOrd))) break;
      const atStart = i === start || (bre && items.length === 1 && items[0].t === 'assert' && items[0].js === '^' && start + 1 === i);
      // a repetition operator with nothing to repeat
      const op = repOp();
      if (op && atStart) {
        if (emacs) {
          items.push({ t: 'atom', js: lit(src[i]) });
          i++;
          continue;
        }
        if (bre) {
          if (src[i] !== '*' && src[i + 1] === '{') throw new RegexError('Invalid preceding regular expression');
          items.push({ t: 'atom', js: lit(src[i] === '*' ? '*' : src[i + 1]) });
          i += src[i] === '*' ? 1 : 2;
          continue;
        }
        if (syn.invalidOps) throw new RegexError('Invalid preceding regular expression');
        if (awk) {
          items.push({ t: 'atom', js: lit(src[i]) });
          i++;
        } else i += op[2];
        continue;
      }
      let atom: Node;
      const c = src[i];
      if (isOpen()) {
        i += bre ? 2 : 1;
        const n = ++nsub;
        depth++;
        const body = alternation();
        if (!isClose()) throw new RegexError('Unmatched ( or \\(');
        i += bre ? 2 : 1;
        depth--;
        closed.add(n);
        atom = { t: 'group', n, body };
      } else if (isClose()) {
        // an unmatched `)` taken literally (parenOrd)
        atom = { t: 'atom', js: '\\)' };
        i++;
      } else if (c === '[') atom = { t: 'atom', js: bracket() };
      else if (c === '.') {
        atom = { t: 'atom', js: '.' };
        i++;
      } else if (c === '^' && (!bre || atStart)) {
        atom = { t: 'assert', js: '^' };
        i++;
      } else if (c === '$' && (!bre || i + 1 === src.length || (src[i + 1] === '\\' && (src[i + 2] === ')' || src[i + 2] === '|')))) {
        atom = { t: 'assert', js: '$' };
        i++;
      } else if (c === '\\') {
        if (i + 1 >= src.length) throw new RegexError('Trailing backslash');
        const n = src[i + 1];
        i += 2;
        if (!awk && n >= '1' && n <= '9') {
          if (!closed.has(Number(n))) throw new RegexError('Invalid back reference');
          backrefs = true;
          atom = { t: 'backref', n: Number(n) };
        } else if (n in ANCHORS && !(awk && n === 'b')) atom = { t: 'assert', js: ANCHORS[n] };
        else if (awk && n === 'y') atom = { t: 'assert', js: ANCHORS.b };
        else if (n in ESCAPED_ATOMS) atom = { t: 'atom', js: ESCAPED_ATOMS[n] };
        else if (awk && n in AWK_ESC) atom = { t: 'atom', js: lit(AWK_ESC[n]) };
        else if (awk && /[0-7]/.test(n)) {
          let o = n;
          while (o.length < 3 && /[0-7]/.test(src[i] ?? '')) o += src[i++];
          atom = { t: 'atom', js: lit(String.fromCharCode(parseInt(o, 8))) };
        } else atom = { t: 'atom', js: lit(n) };
      } else {
        const ch = String.fromCodePoint(src.codePointAt(i)!);
        atom = { t: 'atom', js: lit(ch) };
        i += ch.length;
      }
      // repetitions after the atom (a** is a*)
      for (let r = atom.t === 'assert' && bre ? null : repOp(); r; r = repOp()) {
        i += r[2];
        if (atom.t === 'assert' && !bre) continue;
        if (atom.t !== 'atom') complex = true;
        atom = { t: 'rep', min: r[0], max: r[1], body: atom };
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { t: 'cat', items };
  };
  const alternation = (): Node => {
    const alts = [branch()];
    while (i < src.length && isAlt()) {
      i += bre ? 2 : 1;
      alts.push(branch());
    }
    if (alts.length === 1) return alts[0];
    complex = true;
    return { t: 'alt', alts };
  };

  const root = alternation();
  if (i < src.length) {
    // only a `)` with no `(` stops the top level
    throw new RegexError('Unmatched ) or \\)');
  }
  if (backrefs) complex = true;
  return { root, nsub, complex, backrefs };
}

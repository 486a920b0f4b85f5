// gawk's regular expressions (POSIX ERE with GNU operators) as JavaScript RegExps.

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** A bad regular expression, with regcomp's words. */
export class RegexError extends Error {}

const META = new Set(['.', '[', ']', '(', ')', '*', '+', '?', '{', '}', '|', '^', '$', '\\', '/']);
const esc = (c: string) => (META.has(c) || c === '-' ? '\\' + c : c);
const SIMPLE_ESC: Record<string, string> = { n: '\\n', t: '\\t', r: '\\r', f: '\\f', v: '\\v', a: '\\x07', b: '\\x08' };

function bracket(src: string, i: number): [string, number] {
  // src[i] === '['
  let j = i + 1;
  let out = '[';
  if (src[j] === '^') {
    out += '^';
    j++;
  }
  let first = true;
  for (; j < src.length; j++) {
    const c = src[j];
    if (c === ']' && !first) return [out + ']', j];
    first = false;
    if (c === '[' && src[j + 1] === ':') {
      const end = src.indexOf(':]', j + 2);
      const name = end > 0 ? src.slice(j + 2, end) : '';
      if (!(name in CLASSES)) throw new RegexError('Invalid character class name');
      out += CLASSES[name];
      j = end + 1;
    } else if (c === '[' && (src[j + 1] === '.' || src[j + 1] === '=')) {
      const end = src.indexOf(src[j + 1] + ']', j + 2);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      out += esc(src.slice(j + 2, end));
      j = end + 1;
    } else if (c === '\\' && j + 1 < src.length) {
      const n = src[++j];
      out += SIMPLE_ESC[n] ?? esc(n);
    } else if (c === '-') out += '-';
    else out += c === ']' || c === '\\' || c === '^' || c === '[' ? '\\' + c : c;
  }
  throw new RegexError('Unmatched [, [^, [:, [., or [=');
}

/** The JavaScript source for an awk regular expression. */
export function translate(src: string): string {
  let out = '';
  // where a repetition operator has nothing to repeat (gawk takes it literally)
  let atStart = true;
  let depth = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    const wasStart = atStart;
    atStart = false;
    if (c === '\\') {
      if (i + 1 >= src.length) throw new RegexError('Trailing backslash');
      const n = src[++i];
      if (n === 'y') out += '\\b';
      else if (n === 'B') out += '\\B';
      else if (n === '<') out += '\\b(?=\\w)';
      else if (n === '>') out += '\\b(?<=\\w)';
      else if (n === '`') out += '(?<![\\s\\S])';
      else if (n === "'") out += '(?![\\s\\S])';
      else if ('sSwW'.includes(n)) out += '\\' + n;
      else if (n in SIMPLE_ESC) out += SIMPLE_ESC[n];
      else if (/[0-7]/.test(n)) {
        let o = n;
        while (o.length < 3 && /[0-7]/.test(src[i + 1] ?? '')) o += src[++i];
        out += esc(String.fromCharCode(parseInt(o, 8)));
      } else out += esc(n);
    } else if (c === '[') {
      const [cls, end] = bracket(src, i);
      out += cls;
      i = end;
    } else if (c === '(') {
      depth++;
      out += '(';
      atStart = true;
    } else if (c === ')') {
      if (depth === 0) throw new RegexError('Unmatched ) or \\)');
      depth--;
      out += ')';
    } else if (c === '|') {
      out += '|';
      atStart = true;
    } else if (c === '^') {
      out += '^';
      atStart = true;
    } else if (c === '*' || c === '+' || c === '?') out += wasStart ? '\\' + c : c;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
      if (m && !wasStart) {
        if (m[3] && Number(m[3]) < Number(m[1])) throw new RegexError('Invalid content of \\{\\}');
        out += m[0];
        i += m[0].length - 1;
      } else out += '\\{';
    } else if (c === '}') out += '\\}';
    else if (c === '/') out += '\\/';
    else out += c;
  }
  if (depth > 0) throw new RegexError('Unmatched ( or \\(');
  return out;
}

const cache = new Map<string, RegExp>();

/** The compiled regex (flags: g for scanning, i for IGNORECASE); throws RegexError. */
export function compile(src: string, ignoreCase = false, global = false): RegExp {
  const key = (ignoreCase ? 'i' : '-') + (global ? 'g' : '-') + src;
  let re = cache.get(key);
  if (!re) {
    try {
      re = new RegExp(translate(src), 's' + (ignoreCase ? 'i' : '') + (global ? 'g' : ''));
    } catch (e) {
      if (e instanceof RegexError) throw e;
      throw new RegexError('Invalid regular expression');
    }
    if (cache.size > 500) cache.clear();
    cache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

// The awk program's words: numbers, strings, regular expressions, names and operators, with their place in the
// source for gawk's syntax error lines.

export type TokKind = 'num' | 'str' | 're' | 'name' | 'func' | 'builtin' | 'kw' | 'op' | 'nl' | 'eof';

export interface Token {
  kind: TokKind;
  /** The word: operator text, name, keyword, the string's value (escapes done), the regex source. */
  text: string;
  num?: number;
  /** Offset of the token's first character in the source. */
  pos: number;
  line: number;
}

export const KEYWORDS = new Set(['BEGIN', 'END', 'BEGINFILE', 'ENDFILE', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile', 'exit', 'return', 'delete', 'getline', 'print', 'printf', 'in']);

export const BUILTINS = new Set([
  'length', 'substr', 'index', 'split', 'sub', 'gsub', 'gensub', 'match', 'sprintf', 'sin', 'cos', 'atan2', 'exp', 'log', 'sqrt', 'int', 'rand', 'srand',
  'tolower', 'toupper', 'system', 'close', 'fflush', 'systime', 'strftime', 'mktime', 'asort', 'asorti', 'isarray', 'typeof', 'strtonum',
]);

const OPS = ['+=', '-=', '*=', '/=', '%=', '^=', '**=', '==', '<=', '>=', '!=', '++', '--', '&&', '||', '>>', '!~', '**', '|&', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];

/** A problem in the program text: gawk prints the line with a caret under `pos`. */
export class AwkSyntaxError extends Error {
  constructor(
    message: string,
    readonly pos: number,
    readonly line: number,
  ) {
    super(message);
  }
}

/** What a backslash escape stands for in a string; `warn` gets gawk's warning for an unknown one. */
export function unescape(s: string, warn?: (c: string) => void): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };
    if (n in simple) out += simple[n];
    else if (/[0-7]/.test(n)) {
      let o = n;
      while (o.length < 3 && /[0-7]/.test(s[i + 1] ?? '')) o += s[++i];
      out += String.fromCharCode(parseInt(o, 8) & 255);
    } else if (n === 'x' && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) {
      let h = '';
      while (h.length < 2 && /[0-9a-fA-F]/.test(s[i + 1] ?? '')) h += s[++i];
      out += String.fromCharCode(parseInt(h, 16));
    } else if (n === '\n') continue;
    else {
      warn?.(n);
      out += n;
    }
  }
  return out;
}

export class Lexer {
  pos = 0;
  line = 1;
  private last: Token | null = null;
  private peeked: Token[] = [];
  /** Warnings met while reading (unknown escapes), in gawk's words without the `awk: ` prefix. */
  warnings: { line: number; msg: string }[] = [];

  constructor(readonly src: string) {}

  peek(n = 0): Token {
    while (this.peeked.length <= n) this.peeked.push(this.read());
    return this.peeked[n];
  }

  next(): Token {
    const t = this.peeked.length ? this.peeked.shift()! : this.read();
    return t;
  }

  private divAllowed(): boolean {
    const t = this.last;
    if (!t) return false;
    if (t.kind === 'num' || t.kind === 'str' || t.kind === 'name' || t.kind === 're' || t.kind === 'builtin') return true;
    if (t.kind === 'kw') return t.text === 'getline';
    return t.kind === 'op' && (t.text === ')' || t.text === ']' || t.text === '$' || t.text === '++' || t.text === '--');
  }

  private read(): Token {
    const t = this.scan();
    this.last = t;
    return t;
  }

  private scan(): Token {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t' || c === '\r') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') {
        this.pos += 2;
        this.line++;
      } else if (c === '\\' && s[this.pos + 1] === '\r' && s[this.pos + 2] === '\n') {
        this.pos += 3;
        this.line++;
      } else if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else break;
    }
    const pos = this.pos;
    const line = this.line;
    const tok = (kind: TokKind, text: string, extra: Partial<Token> = {}): Token => ({ kind, text, pos, line, ...extra });
    if (pos >= s.length) return tok('eof', '');
    const c = s[pos];
    if (c === '\n') {
      this.pos++;
      this.line++;
      return tok('nl', '\n');
    }
    if (c === '"') {
      let i = pos + 1;
      let raw = '';
      for (;;) {
        if (i >= s.length || s[i] === '\n') throw new AwkSyntaxError('unterminated string', pos, line);
        if (s[i] === '"') break;
        if (s[i] === '\\' && i + 1 < s.length) {
          if (s[i + 1] === '\n') this.line++;
          raw += s[i] + s[i + 1];
          i += 2;
        } else raw += s[i++];
      }
      this.pos = i + 1;
      return tok('str', unescape(raw, (ch) => this.warnings.push({ line, msg: `escape sequence \`\\${ch}' treated as plain \`${ch}'` })));
    }
    if (c === '/' && !this.divAllowed()) {
      let i = pos + 1;
      let raw = '';
      let inBracket = false;
      for (;;) {
        if (i >= s.length || s[i] === '\n') throw new AwkSyntaxError('unterminated regexp', pos + 1, line);
        const ch = s[i];
        if (ch === '\\' && i + 1 < s.length) {
          raw += ch + s[i + 1];
          i += 2;
          continue;
        }
        if (inBracket) {
          if (ch === ']' && !/\[\^?$/.test(raw.slice(raw.lastIndexOf('[')))) inBracket = false;
          else if (ch === '[' && s[i + 1] === ':') {
            const end = s.indexOf(':]', i + 2);
            if (end > 0) {
              raw += s.slice(i, end + 2);
              i = end + 2;
              continue;
            }
          }
        } else if (ch === '[') inBracket = true;
        else if (ch === '/') break;
        raw += ch;
        i++;
      }
      this.pos = i + 1;
      return tok('re', raw);
    }
    if (/[0-9.]/.test(c) && (c !== '.' || /[0-9]/.test(s[pos + 1] ?? ''))) {
      const m = /^(0[xX][0-9a-fA-F]+|(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?)/.exec(s.slice(pos))!;
      this.pos += m[0].length;
      const v = /^0[xX]/.test(m[0]) ? parseInt(m[0], 16) : /^0[0-7]+$/.test(m[0]) ? parseInt(m[0], 8) : Number(m[0]);
      return tok('num', m[0], { num: v });
    }
    if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(s.slice(pos))!;
      this.pos += m[0].length;
      const w = m[0];
      if (KEYWORDS.has(w)) return tok('kw', w === 'func' ? 'function' : w);
      if (BUILTINS.has(w)) return tok('builtin', w);
      if (s[this.pos] === '(') return tok('func', w);
      return tok('name', w);
    }
    for (const op of OPS) {
      if (s.startsWith(op, pos)) {
        this.pos += op.length;
        return tok('op', op === '**' ? '^' : op === '**=' ? '^=' : op);
      }
    }
    this.pos++;
    throw new AwkSyntaxError(`invalid char '${c}' in expression`, pos, line);
  }
}

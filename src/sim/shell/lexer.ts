// The bash lexer: words with quoting and substitutions, operators, redirections, here-document bodies.
import type { Redir, RedirOp, Word, WordPart } from './ast';
import { byteChar, canonical } from '../commands/lib/bytes';

export type Tok = { t: 'word'; w: Word; line?: number } | { t: 'op'; v: string } | { t: 'redir'; op: RedirOp; pendingHeredoc?: boolean; fd?: number; varFd?: string; force?: boolean } | { t: 'nl' } | { t: 'arith'; v: string };

export class Incomplete extends Error {
  constructor(readonly reason: 'quote' | 'heredoc' | 'operator' | 'escape') {
    super(reason);
  }
}
export class SyntaxErr extends Error {}

const OPS = ['&&', '||', ';;', '|', ';', '&', '(', ')'];

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t';
}
function isMeta(c: string): boolean {
  return c === '|' || c === '&' || c === ';' || c === '<' || c === '>' || c === '(' || c === ')' || c === '\n' || isSpace(c);
}

/** Lexer over the whole text; here-document bodies are read after the newline that ends their line. */
export class Lexer {
  pos = 0;
  toks: Tok[] = [];
  pendingHeredocs: { redir: Redir }[] = [];
  /** inArg: the word inside `${x:-...}`, where blanks and operators are its own characters */
  constructor(readonly s: string, readonly inArg = false) {}
  /** `shopt extglob`: whether `!(...)`, `@(...)`... are read as one word (without it `(` is an operator there). */
  extglob = true;

  /** Whether the tokens so far leave a `[[` open. */
  private inCond(): boolean {
    for (let k = this.toks.length - 1; k >= 0; k--) {
      const t = this.toks[k];
      if (t.t === 'word' && t.w.raw === ']]') return false;
      if (t.t === 'word' && t.w.raw === '[[') return true;
    }
    return false;
  }

  /** parse.y assignment_acceptable: the next word may be an assignment (a command's first words). */
  private assignmentAcceptable(): boolean {
    for (let k = this.toks.length - 1; k >= 0; k--) {
      const t = this.toks[k];
      if (t.t === 'op' || t.t === 'nl') return true;
      if (t.t === 'redir' || t.t === 'arith') return false;
      if (t.t === 'word') {
        if (/^[A-Za-z_][A-Za-z0-9_]*(\[.*\])?\+?=/s.test(t.w.raw)) continue;
        // a redirection's target is not a command word
        if (k > 0 && this.toks[k - 1].t === 'redir') continue;
        return ['then', 'do', 'else', 'elif', 'if', 'while', 'until', '{', '!', 'time'].includes(t.w.raw);
      }
    }
    return true;
  }

  /** `name[sub]=value` in a command's first words: the subscript may hold blanks (parse_matched_pair P_ARRAYSUB). */
  private readSubscripted(): Word | null {
    const m = /^[A-Za-z_][A-Za-z0-9_]*\[/.exec(this.s.slice(this.pos));
    if (!m || !this.assignmentAcceptable()) return null;
    let d = 0;
    let k = this.pos + m[0].length - 1;
    for (; k < this.s.length; k++) {
      const c = this.s[k];
      if (c === '\\') k++;
      else if (c === '[') d++;
      else if (c === ']' && --d === 0) break;
      else if (c === '\n') return null;
    }
    if (k >= this.s.length || !/^\+?=/.test(this.s.slice(k + 1))) return null;
    const head = this.s.slice(this.pos, k + 1);
    if (!/[ \t]/.test(head)) return null;
    this.pos = k + 1;
    const w = this.readWord() ?? { parts: [], raw: '' };
    return { parts: [{ k: 'lit', t: head, q: true }, ...w.parts], raw: head + w.raw };
  }

  /** Where each token starts and ends in the text (a background job is named by its text). */
  spans: [number, number][] = [];

  run(): Tok[] {
    const s = this.s;
    let iterStart = 0;
    const mark = () => {
      while (this.spans.length < this.toks.length) this.spans.push([iterStart, this.pos]);
    };
    while (this.pos < s.length) {
      mark();
      iterStart = this.pos;
      const c = s[this.pos];
      if (isSpace(c)) {
        this.pos++;
        continue;
      }
      if (c === '\\' && s[this.pos + 1] === '\n') {
        this.pos += 2;
        continue;
      }
      if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (c === '\n') {
        this.pos++;
        this.toks.push({ t: 'nl' });
        this.readHeredocBodies();
        continue;
      }
      // `<(list)` and `>(list)`: process substitution, a word of its own
      if ((c === '<' || c === '>') && s[this.pos + 1] === '(') {
        const part = this.readDollar(false) as { k: 'sub'; src: string; q: boolean; proc?: boolean; out?: boolean };
        part.proc = true;
        if (c === '>') part.out = true;
        this.toks.push({ t: 'word', w: { parts: [part], raw: s.slice(iterStart, this.pos) }, line: this.lineAt(iterStart) });
        continue;
      }
      // redirections, possibly with a leading fd number
      const rest = s.slice(this.pos);
      const rm = /^(\d+|\{[A-Za-z_][A-Za-z0-9_]*\})?(&>>|&>|>>|>\||>&|<&|<<<|<<-|<<|<>|>|<)/.exec(rest);
      if (rm && !(rm[1] && rm[2].startsWith('&'))) {
        this.pos += rm[0].length;
        const pre = rm[1];
        let op = rm[2] === '>|' ? '>' : rm[2];
        const num = pre && !pre.startsWith('{') ? Number(pre) : undefined;
        const after = s.slice(this.pos);
        const word1 = /^1(?![^\s|&;<>()])/.test(after);
        const word2 = /^2(?![^\s|&;<>()])/.test(after);
        let fd: number | undefined;
        if (op === '>&' && num === 2 && word1) {
          op = '2>&1';
          this.pos++;
        } else if (op === '>&' && (!pre || num === 1) && word2) {
          op = '>&2';
          this.pos++;
        } else if (num === 2 && (op === '>' || op === '>>')) op = '2' + op;
        else if (num !== undefined && !(num === 1 && (op === '>' || op === '>>' || op === '>&')) && !(num === 0 && (op === '<' || op.startsWith('<<') || op === '<&' || op === '<>'))) fd = num;
        if (op === '<<' || op === '<<-') {
          this.skipSpaces();
          const w = this.readWord();
          if (!w) throw new SyntaxErr(this.pos >= s.length ? 'newline' : s[this.pos]);
          const quoted = /['"\\]/.test(w.raw);
          const delim = w.parts.map((p) => (p.k === 'lit' ? p.t : p.k === 'var' ? '$' + p.name : '')).join('');
          const redir: Redir = { op: op as RedirOp, heredoc: { delim, quoted, body: '' }, ...(fd !== undefined ? { fd } : {}) };
          this.pendingHeredocs.push({ redir });
          this.toks.push({ t: 'redir', op: op as RedirOp });
          (this.toks[this.toks.length - 1] as { redirObj?: Redir }).redirObj = redir;
          continue;
        }
        const tok: Tok = { t: 'redir', op: op as RedirOp };
        if (fd !== undefined) tok.fd = fd;
        // >| writes over a file even with noclobber
        if (rm[2] === '>|') tok.force = true;
        if (pre?.startsWith('{')) tok.varFd = pre.slice(1, -1);
        this.toks.push(tok);
        continue;
      }
      if (s.startsWith('((', this.pos)) {
        const end = s.indexOf('))', this.pos + 2);
        if (end === -1) throw new Incomplete('operator');
        this.toks.push({ t: 'arith', v: s.slice(this.pos + 2, end) });
        this.pos = end + 2;
        continue;
      }
      const op = OPS.find((o) => s.startsWith(o, this.pos));
      if (op) {
        this.pos += op.length;
        this.toks.push({ t: 'op', v: op });
        continue;
      }
      const at = this.pos;
      const arr = /^[A-Za-z_][A-Za-z0-9_]*(\[[^\]]*\])?\+?=\(/.exec(rest);
      if (arr) {
        this.toks.push({ t: 'word', w: this.readList(arr[0]), line: this.lineAt(at) });
        continue;
      }
      // parse.y cond_term: the word after `=`, `==` or `!=` in [[ ]] is read as if extglob were on
      const prev = this.toks[this.toks.length - 1];
      const glob = this.extglob;
      if (prev?.t === 'word' && ['=', '==', '!='].includes(prev.w.raw) && this.inCond()) this.extglob = true;
      const w = this.readSubscripted() ?? this.readWord();
      this.extglob = glob;
      if (w) this.toks.push({ t: 'word', w, line: this.lineAt(at) });
      else this.pos++;
    }
    mark();
    if (this.pendingHeredocs.length) throw new Incomplete('heredoc');
    return this.toks;
  }

  private lineCache = { pos: 0, line: 1 };
  /** Line number (from 1) of a position, counted forward from the last one asked. */
  lineAt(pos: number): number {
    const c = this.lineCache;
    if (pos < c.pos) {
      c.pos = 0;
      c.line = 1;
    }
    for (let i = c.pos; i < pos; i++) if (this.s[i] === '\n') c.line++;
    c.pos = pos;
    return c.line;
  }

  skipSpaces(): void {
    while (this.pos < this.s.length && isSpace(this.s[this.pos])) this.pos++;
  }

  readHeredocBodies(): void {
    const s = this.s;
    while (this.pendingHeredocs.length) {
      const { redir } = this.pendingHeredocs[0];
      const hd = redir.heredoc!;
      const lines: string[] = [];
      let found = false;
      while (this.pos < s.length) {
        let end = s.indexOf('\n', this.pos);
        const last = end === -1;
        if (last) end = s.length;
        let line = s.slice(this.pos, end);
        this.pos = last ? end : end + 1;
        if (redir.op === '<<-') line = line.replace(/^\t+/, '');
        if (line === hd.delim) {
          found = true;
          break;
        }
        lines.push(line);
      }
      if (!found) throw new Incomplete('heredoc');
      hd.body = lines.length ? lines.join('\n') + '\n' : '';
      this.pendingHeredocs.shift();
    }
  }

  /** `name=(words)`: the words of a compound assignment (blanks, newlines and comments between them). */
  readList(head: string): Word {
    const s = this.s;
    const start = this.pos;
    this.pos += head.length;
    const list: Word[] = [];
    for (;;) {
      while (this.pos < s.length && (isSpace(s[this.pos]) || s[this.pos] === '\n')) this.pos++;
      if (s[this.pos] === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
        continue;
      }
      if (this.pos >= s.length) throw new Incomplete('operator');
      if (s[this.pos] === ')') {
        this.pos++;
        break;
      }
      const w = this.readWord();
      if (!w) throw new SyntaxErr(s[this.pos]);
      list.push(w);
    }
    return { parts: [{ k: 'lit', t: head.slice(0, -1), q: false }], raw: s.slice(start, this.pos), list };
  }

  /** The index of the `}` that closes a `${` whose text starts at `from`; -1 when there is none. */
  closeBrace(from: number): number {
    const s = this.s;
    let depth = 1;
    for (let j = from; j < s.length; j++) {
      const c = s[j];
      if (c === '\\') j++;
      else if (c === "'" && depth > 0) {
        const e = s.indexOf("'", j + 1);
        if (e < 0) return -1;
        j = e;
      } else if (c === '{' && s[j - 1] === '$') depth++;
      else if (c === '}' && --depth === 0) return j;
    }
    return -1;
  }

  /** `${inner}` as a part (subst.c parameter_brace_expand's forms); a bad one is a syntax error. */
  paramPart(inner: string, text: string, q: boolean): WordPart {
    // a form parameter_brace_expand does not know is an error when it is expanded (the line runs up to it)
    const bad = (): WordPart => ({ k: 'var', name: '', q, text, bad: true });
    const p: Extract<WordPart, { k: 'var' }> = { k: 'var', name: '', q, text };
    let i = 0;
    if (inner.length > 1 && inner[0] === '#' && !/^#[-=+?:]/.test(inner)) {
      p.length = true;
      i = 1;
    } else if (inner.length > 1 && inner[0] === '!') {
      p.indirect = true;
      i = 1;
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?#$@*!0-])/.exec(inner.slice(i));
    if (!m) return bad();
    p.name = m[1];
    i += m[1].length;
    if (p.indirect && /^[A-Za-z_]/.test(p.name) && (inner.slice(i) === '*' || inner.slice(i) === '@')) {
      p.prefix = inner.slice(i);
      return p;
    }
    if (inner[i] === '[' && /^[A-Za-z_]/.test(p.name)) {
      let depth = 0;
      let j = i;
      for (; j < inner.length; j++) {
        if (inner[j] === '[') depth++;
        else if (inner[j] === ']' && --depth === 0) break;
      }
      if (j >= inner.length) return bad();
      p.index = inner.slice(i + 1, j);
      i = j + 1;
    }
    const rest = inner.slice(i);
    if (rest === '') return p;
    if (p.length) return bad();
    const o = /^(:[-=+?]|[-=+?]|##|#|%%|%|\/\/|\/#|\/%|\/|\^\^|\^|,,|,|~~|~|@|:)/.exec(rest);
    if (!o) return bad();
    p.op = o[1];
    const arg = rest.slice(o[1].length);
    const word = (t: string): Word => new Lexer(t, true).readWord() ?? { parts: [], raw: '' };
    if (p.op === '@') {
      if (!/^[QEPAaULuK]$/.test(arg)) return bad();
      p.transform = arg;
    } else if (p.op === ':') {
      if (arg === '') return bad();
      const c = arg.indexOf(':');
      p.offset = c < 0 ? arg : arg.slice(0, c);
      if (c >= 0) p.len = arg.slice(c + 1);
    } else if (p.op[0] === '/') {
      let j = 0;
      for (; j < arg.length && arg[j] !== '/'; j++) if (arg[j] === '\\') j++;
      p.arg = word(arg.slice(0, j));
      if (j < arg.length) p.arg2 = word(arg.slice(j + 1));
    } else if (arg !== '') p.arg = word(arg);
    return p;
  }

  /** Read one word at pos; null if nothing word-like is there. */
  readWord(): Word | null {
    const s = this.s;
    const start = this.pos;
    const parts: WordPart[] = [];
    const lit = (t: string, q: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.k === 'lit' && last.q === q) last.t += t;
      else parts.push({ k: 'lit', t, q });
    };
    if (s[this.pos] === '~') {
      const m = /^~([a-z_][a-z0-9_-]*)?(?=$|[\/\s;|&<>)])/.exec(s.slice(this.pos));
      if (m) {
        parts.push({ k: 'tilde', user: m[1] ?? '' });
        this.pos += m[0].length;
      }
    }
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (c === '(' && this.pos > start && '?*+@!'.includes(s[this.pos - 1]) && !this.inArg && this.extglob) {
        // an extglob group, `!(*.txt)`: part of the word up to its matching `)`
        let d = 0;
        let k = this.pos;
        for (; k < s.length; k++) {
          if (s[k] === '\\') k++;
          else if (s[k] === '(') d++;
          else if (s[k] === ')' && --d === 0) break;
        }
        if (k < s.length) {
          lit(s.slice(this.pos, k + 1), false);
          this.pos = k + 1;
          continue;
        }
      }
      if (!this.inArg && isMeta(c)) break;
      if (c === '\\') {
        if (this.pos + 1 >= s.length) throw new Incomplete('escape');
        if (s[this.pos + 1] === '\n') {
          this.pos += 2;
          continue;
        }
        lit(s[this.pos + 1], true);
        this.pos += 2;
        continue;
      }
      if (c === '$' && s[this.pos + 1] === "'") {
        // $'...': ANSI-C quoting (its backslash escapes decoded)
        let j = this.pos + 2;
        for (; j < s.length && s[j] !== "'"; j++) if (s[j] === '\\') j++;
        if (j >= s.length) throw new Incomplete('quote');
        lit(ansiC(s.slice(this.pos + 2, j)), true);
        if (j === this.pos + 2) parts.push({ k: 'lit', t: '', q: true });
        this.pos = j + 1;
        continue;
      }
      if (c === "'") {
        const end = s.indexOf("'", this.pos + 1);
        if (end === -1) throw new Incomplete('quote');
        lit(s.slice(this.pos + 1, end), true);
        // an empty '' still makes a word
        if (end === this.pos + 1) parts.push({ k: 'lit', t: '', q: true });
        this.pos = end + 1;
        continue;
      }
      if (c === '"') {
        this.pos++;
        let any = false;
        while (true) {
          if (this.pos >= s.length) throw new Incomplete('quote');
          const d = s[this.pos];
          if (d === '"') {
            this.pos++;
            break;
          }
          any = true;
          if (d === '\\' && this.pos + 1 < s.length && '$`"\\\n'.includes(s[this.pos + 1])) {
            if (s[this.pos + 1] !== '\n') lit(s[this.pos + 1], true);
            this.pos += 2;
            continue;
          }
          if (this.pushDollar(d, true, parts)) continue;
          lit(d, true);
          this.pos++;
        }
        if (!any) parts.push({ k: 'lit', t: '', q: true });
        continue;
      }
      if (this.pushDollar(c, false, parts)) continue;
      lit(c, false);
      this.pos++;
    }
    if (this.pos === start) return null;
    return { parts, raw: s.slice(start, this.pos) };
  }

  /** $NAME ${NAME} ${NAME:-x} $(...) `...` $? $$ $# $0-9; null when "$" is literal. */
  /** At `$` or a backtick, reads an expansion into `parts`; false when there is none here. */
  pushDollar(c: string, quoted: boolean, parts: WordPart[]): boolean {
    if (c !== '$' && c !== '`') return false;
    const p = this.readDollar(quoted);
    if (p) parts.push(p);
    return p !== null;
  }

  readDollar(q: boolean): WordPart | null {
    const s = this.s;
    if (s[this.pos] === '`') {
      const end = s.indexOf('`', this.pos + 1);
      if (end === -1) throw new Incomplete('quote');
      const src = s.slice(this.pos + 1, end);
      this.pos = end + 1;
      return { k: 'sub', src, q };
    }
    const n = s[this.pos + 1];
    if (n === '(') {
      let depth = 0;
      let i = this.pos + 1;
      let inS = false;
      let inD = false;
      for (; i < s.length; i++) {
        const ch = s[i];
        if (inS) {
          if (ch === "'") inS = false;
          continue;
        }
        if (ch === '\\') {
          i++;
          continue;
        }
        if (inD) {
          if (ch === '"') inD = false;
          continue;
        }
        if (ch === "'") inS = true;
        else if (ch === '"') inD = true;
        else if (ch === '(') depth++;
        else if (ch === ')') {
          depth--;
          if (depth === 0) break;
        }
      }
      if (i >= s.length) throw new Incomplete('quote');
      const src = s.slice(this.pos + 2, i);
      this.pos = i + 1;
      if (src.startsWith('(') && src.endsWith(')')) return { k: 'arith', src: src.slice(1, -1), q };
      return { k: 'sub', src, q };
    }
    if (n === '{') {
      const end = this.closeBrace(this.pos + 2);
      if (end === -1) throw new Incomplete('quote');
      const inner = s.slice(this.pos + 2, end);
      const text = s.slice(this.pos, end + 1);
      this.pos = end + 1;
      return this.paramPart(inner, text, q);
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?#$@*!-])/.exec(s.slice(this.pos + 1));
    if (!m) return null;
    this.pos += 1 + m[1].length;
    return { k: 'var', name: m[1], q };
  }
}


const ANSI: Record<string, string> = { a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"', '?': '?' };

/**
 * The text of `$'...'` with its escapes decoded (bash's ansicstr). Octal and hex escapes are bytes: a run of them that
 * is valid UTF-8 reads as its characters, any other byte is kept as the raw byte (see commands/lib/bytes.ts); a NUL
 * ends the string, as bash's C strings do.
 */
export function ansiC(t: string): string {
  if (!t.includes('\\')) return t;
  let nul = false;
  const out = t.replace(/\\(?:([0-7]{1,3})|x([0-9a-fA-F]{1,2})|u([0-9a-fA-F]{1,4})|U([0-9a-fA-F]{1,8})|c(.)|(.))/gs, (m, o?: string, x?: string, u?: string, U?: string, c?: string, e?: string) => {
    if (nul) return '';
    if (o || x) {
      const b = o ? parseInt(o, 8) & 255 : parseInt(x!, 16);
      if (b === 0) nul = true;
      return b === 0 ? '\0' : byteChar(b);
    }
    if (u || U) return String.fromCodePoint(parseInt((u ?? U)!, 16));
    if (c) {
      const code = c.toUpperCase().charCodeAt(0) & 31;
      if (code === 0) nul = true;
      return String.fromCharCode(code);
    }
    return ANSI[e!] ?? m;
  });
  return canonical(nul ? out.slice(0, out.indexOf('\0')) : out);
}

// The bash lexer: words with quoting and substitutions, operators, redirections, here-document bodies.
import type { Redir, RedirOp, Word, WordPart } from './ast';

export type Tok = { t: 'word'; w: Word; line?: number } | { t: 'op'; v: string } | { t: 'redir'; op: RedirOp; pendingHeredoc?: boolean } | { t: 'nl' } | { t: 'arith'; v: string };

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
  constructor(readonly s: string) {}

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
      // redirections, possibly with a leading fd number
      const rest = s.slice(this.pos);
      const rm = /^(2>&1|>&2|1>&2|&>|2>>|2>|1>>|1>|<<<|<<-|<<|>>|>\||>|<)/.exec(rest);
      if (rm) {
        let op = rm[1];
        this.pos += op.length;
        if (op === '1>') op = '>';
        if (op === '1>>') op = '>>';
        if (op === '>|') op = '>';
        if (op === '1>&2') op = '>&2';
        if (op === '<<' || op === '<<-') {
          this.skipSpaces();
          const w = this.readWord();
          if (!w) throw new SyntaxErr(this.pos >= s.length ? 'newline' : s[this.pos]);
          const quoted = /['"\\]/.test(w.raw);
          const delim = w.parts.map((p) => (p.k === 'lit' ? p.t : p.k === 'var' ? '$' + p.name : '')).join('');
          const redir: Redir = { op: op as RedirOp, heredoc: { delim, quoted, body: '' } };
          this.pendingHeredocs.push({ redir });
          this.toks.push({ t: 'redir', op: op as RedirOp });
          (this.toks[this.toks.length - 1] as { redirObj?: Redir }).redirObj = redir;
          continue;
        }
        this.toks.push({ t: 'redir', op: op as RedirOp });
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
      const w = this.readWord();
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
      if (isMeta(c)) break;
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
      const end = s.indexOf('}', this.pos + 2);
      if (end === -1) throw new Incomplete('quote');
      const inner = s.slice(this.pos + 2, end);
      this.pos = end + 1;
      const len = /^#([A-Za-z_][A-Za-z0-9_]*|[0-9@*])$/.exec(inner);
      if (len) return { k: 'var', name: len[1], q, length: true };
      const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?#$@*])(?::?-(.*))?$/.exec(inner);
      if (!m) throw new SyntaxErr('bad substitution:' + inner);
      return { k: 'var', name: m[1], q, def: m[2] };
    }
    const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9?#$@*!])/.exec(s.slice(this.pos + 1));
    if (!m) return null;
    this.pos += 1 + m[1].length;
    return { k: 'var', name: m[1], q };
  }
}


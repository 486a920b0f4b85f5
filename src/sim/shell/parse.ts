// A bash command-line parser: words with quoting and substitutions, redirections, here-documents,
// pipelines, && || ; lists. Also the public tokenizer used to compare typed answers.

export type WordPart =
  | { k: 'lit'; t: string; q: boolean } // q: came from quotes (no globbing/splitting)
  | { k: 'var'; name: string; q: boolean; def?: string }
  | { k: 'sub'; src: string; q: boolean }
  | { k: 'tilde'; user: string }
  | { k: 'arith'; src: string; q: boolean };

export interface Word {
  parts: WordPart[];
  /** The word as typed. */
  raw: string;
}

export type RedirOp = '>' | '>>' | '<' | '2>' | '2>>' | '&>' | '2>&1' | '>&2' | '<<' | '<<-' | '<<<';

export interface Redir {
  op: RedirOp;
  target?: Word;
  heredoc?: { delim: string; quoted: boolean; body: string };
}

export interface SimpleCommand {
  assigns: { name: string; value: Word }[];
  words: Word[];
  redirs: Redir[];
}

export type CompoundCommand =
  | { kind: 'for'; name: string; words: Word[] | null; body: AndOr[] }
  | { kind: 'cfor'; init: string; cond: string; step: string; body: AndOr[] }
  | { kind: 'if'; clauses: { cond: AndOr[]; body: AndOr[] }[]; otherwise: AndOr[] | null }
  | { kind: 'while'; until: boolean; cond: AndOr[]; body: AndOr[] }
  | { kind: 'arith'; expr: string }
  | { kind: 'group'; body: AndOr[] };

export type Command = SimpleCommand | CompoundCommand;

export function isCompound(c: Command): c is CompoundCommand {
  return 'kind' in c;
}

export interface Pipeline {
  cmds: Command[];
  negate: boolean;
}

export interface AndOr {
  first: Pipeline;
  rest: { op: '&&' | '||'; p: Pipeline }[];
  background: boolean;
}

export type ParseResult =
  | { ok: true; list: AndOr[] }
  | { ok: false; incomplete: true; reason: 'quote' | 'heredoc' | 'operator' | 'escape' }
  | { ok: false; incomplete: false; error: string };

type Tok = { t: 'word'; w: Word } | { t: 'op'; v: string } | { t: 'redir'; op: RedirOp; pendingHeredoc?: boolean } | { t: 'nl' } | { t: 'arith'; v: string };

class Incomplete extends Error {
  constructor(readonly reason: 'quote' | 'heredoc' | 'operator' | 'escape') {
    super(reason);
  }
}
class SyntaxErr extends Error {}

const OPS = ['&&', '||', ';;', '|', ';', '&', '(', ')'];

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t';
}
function isMeta(c: string): boolean {
  return c === '|' || c === '&' || c === ';' || c === '<' || c === '>' || c === '(' || c === ')' || c === '\n' || isSpace(c);
}

/** Lexer over the whole text; here-document bodies are read after the newline that ends their line. */
class Lexer {
  pos = 0;
  toks: Tok[] = [];
  pendingHeredocs: { redir: Redir }[] = [];
  constructor(readonly s: string) {}

  run(): Tok[] {
    const s = this.s;
    while (this.pos < s.length) {
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
      const w = this.readWord();
      if (w) this.toks.push({ t: 'word', w });
      else this.pos++;
    }
    if (this.pendingHeredocs.length) throw new Incomplete('heredoc');
    return this.toks;
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

/** Parse a (possibly multi-line) bash script. */
export function parseBash(text: string): ParseResult {
  let toks: Tok[];
  const lx = new Lexer(text);
  try {
    toks = lx.run();
  } catch (e) {
    if (e instanceof Incomplete) return { ok: false, incomplete: true, reason: e.reason };
    if (e instanceof SyntaxErr) {
      if (e.message.startsWith('bad substitution:')) return { ok: false, incomplete: false, error: `bash: \${${e.message.slice(17)}}: bad substitution` };
      return { ok: false, incomplete: false, error: `bash: syntax error near unexpected token \`${e.message}'` };
    }
    throw e;
  }
  let i = 0;
  const peek = () => toks[i];
  const tokText = (t: Tok | undefined) => (!t ? 'newline' : t.t === 'op' ? t.v : t.t === 'redir' ? t.op : t.t === 'nl' ? 'newline' : t.t === 'arith' ? '((' : t.w.raw);
  const syntax = (t: Tok | undefined): ParseResult => ({ ok: false, incomplete: false, error: `bash: syntax error near unexpected token \`${tokText(t)}'` });

  const parseSimple = (): SimpleCommand | ParseResult => {
    const cmd: SimpleCommand = { assigns: [], words: [], redirs: [] };
    while (i < toks.length) {
      const t = toks[i];
      if (t.t === 'word') {
        const m = cmd.words.length === 0 ? /^([A-Za-z_][A-Za-z0-9_]*)=/.exec(t.w.raw) : null;
        if (m) {
          // strip "NAME=" from the word's parts
          const parts = t.w.parts.slice();
          const first = parts[0];
          if (first && first.k === 'lit' && !first.q && first.t.startsWith(m[0])) {
            const restLit = first.t.slice(m[0].length);
            parts[0] = { k: 'lit', t: restLit, q: false };
            cmd.assigns.push({ name: m[1], value: { parts, raw: t.w.raw.slice(m[0].length) } });
            i++;
            continue;
          }
        }
        cmd.words.push(t.w);
        i++;
        continue;
      }
      if (t.t === 'redir') {
        const obj = (t as { redirObj?: Redir }).redirObj;
        if (obj) {
          cmd.redirs.push(obj);
          i++;
          continue;
        }
        if (t.op === '2>&1' || t.op === '>&2') {
          cmd.redirs.push({ op: t.op });
          i++;
          continue;
        }
        const n = toks[i + 1];
        if (!n || n.t !== 'word') return syntax(n);
        cmd.redirs.push({ op: t.op, target: n.w });
        i += 2;
        continue;
      }
      break;
    }
    return cmd;
  };
  const RESERVED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', '}']);
  const isWord = (t: Tok | undefined, w: string) => !!t && t.t === 'word' && t.w.raw === w;
  const skipSeps = () => {
    while (i < toks.length && (toks[i].t === 'nl' || (toks[i].t === 'op' && (toks[i] as { v: string }).v === ';'))) i++;
  };
  const INCOMPLETE: ParseResult = { ok: false, incomplete: true, reason: 'operator' };
  type R<T> = T | ParseResult;
  const failed = (x: unknown): x is ParseResult => typeof x === 'object' && x !== null && 'ok' in x;

  const expect = (w: string): ParseResult | null => {
    skipSeps();
    if (i >= toks.length) return INCOMPLETE;
    if (!isWord(peek(), w)) return syntax(peek());
    i++;
    return null;
  };

  const parseCompound = (): R<CompoundCommand> | null => {
    const t = peek();
    if (t && t.t === 'arith') {
      i++;
      return { kind: 'arith', expr: t.v };
    }
    if (!t || t.t !== 'word') return null;
    const w = t.w.raw;
    if (w === 'for') {
      i++;
      const n = peek();
      if (!n) return INCOMPLETE;
      if (n.t === 'arith') {
        i++;
        const parts = n.v.split(';');
        if (parts.length !== 3) return syntax(n);
        const e = expect('do');
        if (e) return e;
        const body = parseList(['done']);
        if (failed(body)) return body;
        const e2 = expect('done');
        if (e2) return e2;
        return { kind: 'cfor', init: parts[0], cond: parts[1], step: parts[2], body };
      }
      if (n.t !== 'word' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(n.w.raw)) return syntax(n);
      i++;
      let words: Word[] | null = null;
      if (isWord(peek(), 'in')) {
        i++;
        words = [];
        while (peek() && peek().t === 'word') words.push((toks[i++] as { w: Word }).w);
      }
      const e = expect('do');
      if (e) return e;
      const body = parseList(['done']);
      if (failed(body)) return body;
      const e2 = expect('done');
      if (e2) return e2;
      return { kind: 'for', name: n.w.raw, words, body };
    }
    if (w === 'while' || w === 'until') {
      i++;
      const cond = parseList(['do']);
      if (failed(cond)) return cond;
      const e = expect('do');
      if (e) return e;
      const body = parseList(['done']);
      if (failed(body)) return body;
      const e2 = expect('done');
      if (e2) return e2;
      return { kind: 'while', until: w === 'until', cond, body };
    }
    if (w === 'if') {
      i++;
      const clauses: { cond: AndOr[]; body: AndOr[] }[] = [];
      let otherwise: AndOr[] | null = null;
      for (;;) {
        const cond = parseList(['then']);
        if (failed(cond)) return cond;
        const e = expect('then');
        if (e) return e;
        const body = parseList(['elif', 'else', 'fi']);
        if (failed(body)) return body;
        clauses.push({ cond, body });
        skipSeps();
        if (i >= toks.length) return INCOMPLETE;
        if (isWord(peek(), 'elif')) {
          i++;
          continue;
        }
        if (isWord(peek(), 'else')) {
          i++;
          const b = parseList(['fi']);
          if (failed(b)) return b;
          otherwise = b;
        }
        const e2 = expect('fi');
        if (e2) return e2;
        return { kind: 'if', clauses, otherwise };
      }
    }
    if (w === '{') {
      i++;
      const body = parseList(['}']);
      if (failed(body)) return body;
      const e = expect('}');
      if (e) return e;
      return { kind: 'group', body };
    }
    return null;
  };

  const parsePipeline = (): Pipeline | ParseResult => {
    const p: Pipeline = { cmds: [], negate: false };
    const t0 = peek();
    if (t0 && t0.t === 'word' && t0.w.raw === '!') {
      p.negate = true;
      i++;
    }
    while (true) {
      const t = peek();
      if (t && t.t === 'op') return syntax(t);
      if (t && t.t === 'word' && RESERVED.has(t.w.raw)) return syntax(t);
      const comp = parseCompound();
      if (comp) {
        if (failed(comp)) return comp;
        p.cmds.push(comp);
      } else {
        const c = parseSimple();
        if ('ok' in c) return c;
        if (c.words.length === 0 && c.assigns.length === 0 && c.redirs.length === 0) return syntax(peek());
        p.cmds.push(c);
      }
      const n = peek();
      if (n && n.t === 'op' && n.v === '|') {
        i++;
        while (peek()?.t === 'nl') i++;
        if (i >= toks.length) return INCOMPLETE;
        continue;
      }
      return p;
    }
  };

  /** A list of and-or lists; stops before a reserved word in `terms` (incomplete at the end if any). */
  const parseList = (terms: string[]): AndOr[] | ParseResult => {
    const list: AndOr[] = [];
    for (;;) {
      skipSeps();
      if (i >= toks.length) return terms.length ? INCOMPLETE : list;
      const t = peek();
      if (t.t === 'word' && terms.includes(t.w.raw)) return list;
      const first = parsePipeline();
      if ('ok' in first) return first;
      const ao: AndOr = { first, rest: [], background: false };
      while (true) {
        const n = peek();
        if (n && n.t === 'op' && (n.v === '&&' || n.v === '||')) {
          i++;
          while (peek()?.t === 'nl') i++;
          if (i >= toks.length) return INCOMPLETE;
          const p = parsePipeline();
          if ('ok' in p) return p;
          ao.rest.push({ op: n.v as '&&' | '||', p });
          continue;
        }
        break;
      }
      list.push(ao);
      const n = peek();
      if (!n) continue;
      if (n.t === 'nl' || (n.t === 'op' && n.v === ';')) continue;
      if (n.t === 'op' && n.v === '&') {
        ao.background = true;
        i++;
        continue;
      }
      if (n.t === 'word' && terms.includes(n.w.raw)) continue;
      return syntax(n);
    }
  };

  const list = parseList([]);
  if (failed(list)) return list;
  return { ok: true, list };
}

// ---------------------------------------------------------------- public tokenizer

/** A word as written, with quotes removed and substitutions kept as typed ($HOME stays "$HOME"). */
function wordText(w: Word): string {
  return w.parts
    .map((p) => {
      if (p.k === 'lit') return p.t;
      if (p.k === 'var') return p.def !== undefined ? `\${${p.name}:-${p.def}}` : '$' + p.name;
      if (p.k === 'sub') return '$(' + p.src + ')';
      if (p.k === 'arith') return '$((' + p.src + '))';
      return '~' + p.user;
    })
    .join('');
}

/**
 * Split a command line into words and operators the way a shell does: quotes removed, escapes
 * applied, operators (`|`, `&&`, `||`, `;`, `>`, `>>`, `<`, `2>&1`...) as their own tokens.
 * Substitutions are not expanded. Unbalanced quotes are closed at the end of the line.
 */
export function tokenize(line: string): string[] {
  let text = line;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const toks = new Lexer(text).run();
      return toks.flatMap((t) => (t.t === 'word' ? [wordText(t.w)] : t.t === 'op' ? [t.v] : t.t === 'redir' ? [t.op] : t.t === 'arith' ? [`((${t.v}))`] : []));
    } catch (e) {
      if (e instanceof Incomplete) {
        if (e.reason === 'heredoc') {
          // keep what was typed on the first line
          text = text.split('\n')[0] + '\nEOF';
          const m = /<<-?\s*['"]?(\w+)/.exec(text);
          text = text.replace(/\nEOF$/, '\n' + (m ? m[1] : 'EOF'));
          continue;
        }
        text = text + (text.split("'").length % 2 === 0 ? "'" : '"');
        continue;
      }
      break;
    }
  }
  return line.trim().split(/\s+/).filter(Boolean);
}

export interface ParsedCommand {
  argv: string[];
  assigns: Record<string, string>;
  redirects: { op: string; target: string }[];
}

export interface ParsedLine {
  /** Each entry: the operator that joins it to the previous entry (null for the first). */
  list: { op: ';' | '&&' | '||' | '&' | null; pipeline: ParsedCommand[] }[];
}

/** Parse a command line into pipelines of argv arrays (unexpanded). Returns null on a syntax error. */
export function parseCommandLine(line: string): ParsedLine | null {
  const r = parseBash(line);
  if (!r.ok) return null;
  const out: ParsedLine = { list: [] };
  const conv = (p: Pipeline): ParsedCommand[] =>
    p.cmds.filter((c): c is SimpleCommand => !isCompound(c)).map((c) => ({
      argv: c.words.map(wordText),
      assigns: Object.fromEntries(c.assigns.map((a) => [a.name, wordText(a.value)])),
      redirects: c.redirs.map((r) => ({ op: r.op, target: r.target ? wordText(r.target) : r.heredoc ? r.heredoc.delim : '' })),
    }));
  r.list.forEach((ao, idx) => {
    out.list.push({ op: idx === 0 ? null : r.list[idx - 1].background ? '&' : ';', pipeline: conv(ao.first) });
    for (const x of ao.rest) out.list.push({ op: x.op, pipeline: conv(x.p) });
  });
  return out;
}

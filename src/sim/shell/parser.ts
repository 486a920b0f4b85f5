// The bash parser: pipelines, && || ; & lists and compound commands over the lexer's tokens.
import { isCompound, type AndOr, type CompoundCommand, type ParseResult, type Pipeline, type Redir, type SimpleCommand, type Word } from './ast';
import { Incomplete, Lexer, SyntaxErr, type Tok } from './lexer';
import type { WordPart } from './ast';

/** The word after =~: ( ) | are its own characters; quotes, $var, ${...} and $(...) as in any word. */
function regexParts(src: string): WordPart[] {
  const parts: WordPart[] = [];
  let run = '';
  const flush = () => {
    if (!run) return;
    const lx = new Lexer(run, true);
    const w = lx.readWord();
    if (w && lx.pos === run.length) parts.push(...w.parts);
    else parts.push({ k: 'lit', t: run, q: false });
    run = '';
  };
  /** the end of a bracketed piece from k (its opening character at k + at), nested and quoted pieces skipped */
  const close = (k: number, open: string, shut: string): number => {
    let depth = 0;
    for (let x = k; x < src.length; x++) {
      if (src[x] === '\\') x++;
      else if (src[x] === open) depth++;
      else if (src[x] === shut && --depth === 0) return x + 1;
    }
    return src.length;
  };
  for (let k = 0; k < src.length; ) {
    const c = src[k];
    let e = k + 1;
    if (c === '(' || c === ')' || c === '|') {
      flush();
      parts.push({ k: 'lit', t: c, q: false });
      k++;
      continue;
    }
    if (c === '\\') e = k + 2;
    else if (c === "'") e = src.indexOf("'", k + 1) + 1 || src.length;
    else if (c === '"') {
      for (e = k + 1; e < src.length && src[e] !== '"'; e++) if (src[e] === '\\') e++;
      e++;
    } else if (c === '$' && src[k + 1] === '(') e = close(k + 1, '(', ')');
    else if (c === '$' && src[k + 1] === '{') e = close(k + 1, '{', '}');
    run += src.slice(k, e);
    k = e;
  }
  flush();
  return parts;
}

/**
 * Trees of the lines parsed lately, by their text: a line is parsed to see whether it is complete, again to run it,
 * and an alias's value at every use. Nothing changes a tree once made, so one parse serves them all.
 */
const parsed = new Map<string, ParseResult>();

/** Parse a (possibly multi-line) bash script; `extglob: false` as after `shopt -u extglob`. */
export function parseBash(text: string, extglob = true): ParseResult {
  const key = extglob ? text : '\0' + text;
  let r = parsed.get(key);
  if (r) return r;
  r = parseText(text, extglob);
  if (text.length <= 4096) {
    if (parsed.size >= 64) parsed.delete(parsed.keys().next().value!);
    parsed.set(key, r);
  }
  return r;
}

/**
 * A script with a syntax error: bash reads and runs it command by command, so what comes before the line where
 * the error is found runs first. The lines that parse whole before it, the error's line (1-based), its text and
 * the message; null when the script parses (or only ends too early).
 */
export function syntaxErrorAt(text: string, extglob: boolean): { before: string; line: number; text: string; error: string } | null {
  const r = parseBash(text, extglob);
  if (r.ok || r.incomplete) return null;
  const lines = text.split('\n');
  let good = 0;
  for (let k = 1; k <= lines.length; k++) {
    const p = parseText(lines.slice(0, k).join('\n') + '\n', extglob);
    if (p.ok) good = k;
    else if (!p.incomplete) return { before: lines.slice(0, good).join('\n'), line: k, text: lines[k - 1], error: p.error };
  }
  return null;
}

function parseText(text: string, extglob: boolean): ParseResult {
  let toks: Tok[];
  const lx = new Lexer(text);
  lx.extglob = extglob;
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
    const first = toks[i];
    if (first?.t === 'word' && first.line !== undefined) cmd.line = first.line;
    while (i < toks.length) {
      const t = toks[i];
      if (t.t === 'word') {
        const m = cmd.words.length === 0 ? /^([A-Za-z_][A-Za-z0-9_]*)(?:\[([^\]]*)\])?(\+?)=/.exec(t.w.raw) : null;
        if (m) {
          // NAME=value, NAME+=value, NAME[sub]=value, NAME=(words): the value is the text after `=`
          const raw = t.w.raw.slice(m[0].length);
          const value = t.w.list ? { parts: [], raw } : new Lexer(raw).readWord() ?? { parts: [], raw: '' };
          cmd.assigns.push({ name: m[1], value, ...(m[2] !== undefined ? { index: m[2] } : {}), ...(m[3] ? { append: true } : {}), ...(t.w.list ? { list: t.w.list } : {}) });
          i++;
          continue;
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
        cmd.redirs.push({ op: t.op, target: n.w, ...(t.fd !== undefined ? { fd: t.fd } : {}), ...(t.varFd ? { varFd: t.varFd } : {}), ...(t.force ? { force: true } : {}) });
        i += 2;
        continue;
      }
      break;
    }
    return cmd;
  };
  const RESERVED = new Set(['then', 'else', 'elif', 'fi', 'do', 'done', '}', 'esac']);
  const OPENERS = new Set(['if', 'while', 'until', 'case', 'for', 'select']);
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
    const c = parseCompoundBody();
    if (!c || failed(c)) return c;
    // redirections after the end of a compound command apply to all of it
    const redirs: Redir[] = [];
    while (peek()?.t === 'redir') {
      const r = parseSimple();
      if ('ok' in r) return r;
      redirs.push(...r.redirs);
      if (r.words.length) return syntax(toks[i - 1]);
    }
    return redirs.length ? { ...c, redirs } : c;
  };

  const isOp = (t: Tok | undefined, v: string) => !!t && t.t === 'op' && t.v === v;

  /** `name () compound` or `function name [()] compound`. */
  const parseFunction = (name: string): R<CompoundCommand> => {
    while (peek()?.t === 'nl') i++;
    if (i >= toks.length) return INCOMPLETE;
    const body = parseCompound();
    if (!body) return syntax(peek());
    if (failed(body)) return body;
    return { kind: 'func', name, body };
  };

  const parseCompoundBody = (): R<CompoundCommand> | null => {
    const t = peek();
    if (t && t.t === 'arith') {
      i++;
      return { kind: 'arith', expr: t.v };
    }
    if (isOp(t, '(')) {
      i++;
      const body = parseList([')']);
      if (failed(body)) return body;
      skipSeps();
      if (i >= toks.length) return INCOMPLETE;
      if (!isOp(peek(), ')')) return syntax(peek());
      i++;
      return { kind: 'subshell', body };
    }
    if (!t || t.t !== 'word') return null;
    const w = t.w.raw;
    if (w === 'function') {
      const n = toks[i + 1];
      if (!n) return INCOMPLETE;
      if (n.t !== 'word') return syntax(n);
      i += 2;
      if (isOp(peek(), '(')) {
        if (!isOp(toks[i + 1], ')')) return syntax(toks[i + 1]);
        i += 2;
      }
      return parseFunction(n.w.raw);
    }
    // `if (`, `while (`, `until (`: a reserved word opening a compound command starts it, never a function definition
    if (/^[A-Za-z_][A-Za-z0-9_.:-]*$/.test(w) && isOp(toks[i + 1], '(') && !RESERVED.has(w) && !OPENERS.has(w)) {
      if (!isOp(toks[i + 2], ')')) return syntax(toks[i + 2]);
      i += 3;
      return parseFunction(w);
    }
    if (w === 'for' || w === 'select') {
      i++;
      const n = peek();
      if (!n) return INCOMPLETE;
      if (n.t === 'arith' && w === 'for') {
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
      return { kind: 'for', name: n.w.raw, words, body, ...(w === 'select' ? { select: true } : {}) };
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
    if (w === '[[') {
      // [[ expression ]]: words are not split or globbed; && || ( ) ! < > are the expression's own
      i++;
      const items: (Word | string)[] = [];
      for (;;) {
        const t = peek();
        if (!t) return INCOMPLETE;
        i++;
        if (t.t === 'word' && t.w.raw === ']]') break;
        if (t.t === 'word' && t.w.raw === '=~') {
          // the regular expression after =~ is one word up to the next blank, ( ) | included
          items.push(t.w);
          let j = i;
          let end = lx.spans[i - 1]?.[1] ?? 0;
          const start = lx.spans[j]?.[0] ?? 0;
          while (j < toks.length && lx.spans[j] && (j === i || lx.spans[j][0] === end) && !(toks[j].t === 'word' && (toks[j] as { w: Word }).w.raw === ']]')) {
            end = lx.spans[j][1];
            j++;
          }
          if (j > i) {
            const src = text.slice(start, end);
            items.push({ parts: regexParts(src), raw: src, regex: true });
            i = j;
          }
          continue;
        }
        if (t.t === 'word') items.push(t.w);
        else if (t.t === 'op' && ['&&', '||', '(', ')'].includes(t.v)) items.push(t.v);
        else if (t.t === 'redir' && (t.op === '<' || t.op === '>')) items.push(t.op);
        else if (t.t === 'nl') continue;
        else return syntax(t);
      }
      return { kind: 'cond', items };
    }
    if (w === 'case') {
      i++;
      const wt = peek();
      if (!wt) return INCOMPLETE;
      if (wt.t !== 'word') return syntax(wt);
      i++;
      while (peek()?.t === 'nl') i++;
      if (i >= toks.length) return INCOMPLETE;
      if (!isWord(peek(), 'in')) return syntax(peek());
      i++;
      const items: { patterns: Word[]; body: AndOr[] }[] = [];
      for (;;) {
        skipSeps();
        if (i >= toks.length) return INCOMPLETE;
        if (isWord(peek(), 'esac')) {
          i++;
          break;
        }
        if (isOp(peek(), '(')) i++;
        const patterns: Word[] = [];
        for (;;) {
          const p = peek();
          if (!p) return INCOMPLETE;
          if (p.t !== 'word') return syntax(p);
          patterns.push(p.w);
          i++;
          if (isOp(peek(), '|')) {
            i++;
            continue;
          }
          break;
        }
        if (i >= toks.length) return INCOMPLETE;
        if (!isOp(peek(), ')')) return syntax(peek());
        i++;
        const body = parseList([';;', 'esac']);
        if (failed(body)) return body;
        items.push({ patterns, body });
        if (isOp(peek(), ';;')) i++;
      }
      return { kind: 'case', word: wt.w, items };
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
    // `!` and `time [-p] [--]` in front of a pipeline, in either order; `time` alone times nothing
    for (;;) {
      const t0 = peek();
      if (t0 && t0.t === 'word' && t0.w.raw === '!' && !p.negate) {
        p.negate = true;
        i++;
        continue;
      }
      if (t0 && t0.t === 'word' && t0.w.raw === 'time' && !p.time) {
        i++;
        p.time = 'bash';
        if (isWord(peek(), '-p')) {
          i++;
          p.time = 'posix';
          if (isWord(peek(), '--')) i++;
        }
        const n = peek();
        if (!n || n.t === 'nl' || (n.t === 'op' && (n.v === ';' || n.v === '&' || n.v === '&&' || n.v === '||'))) return p;
        continue;
      }
      break;
    }
    while (true) {
      const t = peek();
      if (t && t.t === 'op' && t.v !== '(') return syntax(t);
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
      if (t.t === 'op' && terms.includes(t.v)) return list;
      const startTok = i;
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
      const [from] = lx.spans[startTok] ?? [0, 0];
      const [, to] = lx.spans[i - 1] ?? [0, text.length];
      ao.text = text.slice(from, to);
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
      if (n.t === 'op' && terms.includes(n.v)) continue;
      return syntax(n);
    }
  };

  const list = parseList([]);
  if (failed(list)) return list;
  return { ok: true, list };
}


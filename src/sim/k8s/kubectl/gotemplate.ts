/**
 * kubectl's `-o go-template=T` (cli-runtime printers/template.go): Go's text/template named "output" over the object
 * decoded from JSON, with kubectl's extra function base64decode. The subset here: text with {{- -}} trimming, field
 * chains on . $ and $var, string / number / bool literals, pipelines, variables (:=), range (with $i, $v), if / with /
 * else / end, and the functions base64decode, index, len, printf, print, println, eq, ne, lt, le, gt, ge, not, and, or.
 * A missing key prints <no value> (allow-missing-template-keys defaults to true).
 */
/* eslint-disable @typescript-eslint/no-explicit-any */
import { goValue } from '../gofmt';

const MISSING = Symbol('no value');
type Tok = { k: 'field' | 'var' | 'str' | 'num' | 'bool' | 'nil' | 'ident' | 'pipe' | 'decl' | 'comma' | 'lp' | 'rp'; v: string; pos: number; path?: string[] };
type Pipe = { decl: string[]; cmds: Tok[][] };
type Node =
  | { t: 'text'; s: string }
  | { t: 'act'; p: Pipe }
  | { t: 'range' | 'if' | 'with'; p: Pipe; body: Node[]; els: Node[] };

const FUNCS = new Set(['base64decode', 'index', 'len', 'printf', 'print', 'println', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'not', 'and', 'or', 'html', 'js', 'urlquery', 'slice', 'call', 'exists']);
class TplError extends Error {}

/** the lexed actions and texts of a template, or its parse error */
function lex(t: string): { items: ({ text: string } | { toks: Tok[]; line: number })[] } | { error: string } | { unsupported: true } {
  const items: ({ text: string } | { toks: Tok[]; line: number })[] = [];
  let i = 0;
  let trimNext = false;
  while (i < t.length) {
    const open = t.indexOf('{{', i);
    let text = open < 0 ? t.slice(i) : t.slice(i, open);
    if (trimNext) text = text.replace(/^\s+/, '');
    if (open < 0) {
      items.push({ text });
      break;
    }
    let j = open + 2;
    if (/^- /.test(t.slice(j)) || t.slice(j, j + 2) === '-\t' || t.slice(j, j + 2) === '-\n') {
      text = text.replace(/\s+$/, '');
      j += 1;
    }
    items.push({ text });
    const line = t.slice(0, open).split('\n').length;
    const toks: Tok[] = [];
    let closed = false;
    trimNext = false;
    while (j < t.length) {
      const c = t[j];
      if (t.startsWith(' -}}', j) || t.startsWith('\t-}}', j) || t.startsWith('\n-}}', j)) {
        trimNext = true;
        j += 4;
        closed = true;
        break;
      }
      if (t.startsWith('}}', j)) {
        j += 2;
        closed = true;
        break;
      }
      if (/\s/.test(c)) {
        j++;
        continue;
      }
      const m = /^(?:"(?:[^"\\\n]|\\.)*"|`[^`]*`|:=|\||,|\(|\)|\$[\w]*(?:\.[\w]+)*|(?:\.[\w]+)+|\.|-?\d+(?:\.\d+)?|[A-Za-z_]\w*)/.exec(t.slice(j));
      if (!m) return { unsupported: true };
      const w = m[0];
      const pos = j;
      j += w.length;
      if (w[0] === '"') toks.push({ k: 'str', v: JSON.parse(w), pos });
      else if (w[0] === '`') toks.push({ k: 'str', v: w.slice(1, -1), pos });
      else if (w === ':=') toks.push({ k: 'decl', v: w, pos });
      else if (w === '|') toks.push({ k: 'pipe', v: w, pos });
      else if (w === ',') toks.push({ k: 'comma', v: w, pos });
      else if (w === '(' || w === ')') toks.push({ k: w === '(' ? 'lp' : 'rp', v: w, pos });
      else if (w[0] === '$') {
        const [name, ...path] = w.split('.');
        toks.push({ k: 'var', v: name, pos, path });
      } else if (w[0] === '.') toks.push({ k: 'field', v: w, pos, path: w === '.' ? [] : w.slice(1).split('.') });
      else if (/^-?\d/.test(w)) toks.push({ k: 'num', v: w, pos });
      else if (w === 'true' || w === 'false') toks.push({ k: 'bool', v: w, pos });
      else if (w === 'nil') toks.push({ k: 'nil', v: w, pos });
      else toks.push({ k: 'ident', v: w, pos });
    }
    if (!closed) return { error: `template: output:${line}: unclosed action` };
    items.push({ toks, line });
    i = j;
  }
  return { items };
}

function parse(t: string): { nodes: Node[] } | { error: string } | { unsupported: true } {
  const lx = lex(t);
  if ('error' in lx || 'unsupported' in lx) return lx;
  const stack: { n: Node[]; block?: Extract<Node, { body: Node[] }>; inElse?: boolean }[] = [{ n: [] }];
  const cur = () => stack[stack.length - 1];
  for (const it of lx.items) {
    if ('text' in it) {
      if (it.text) cur().n.push({ t: 'text', s: it.text });
      continue;
    }
    const [first, ...rest] = it.toks;
    const err = (m: string) => ({ error: `template: output:${it.line}: ${m}` });
    if (!first) return err('missing value for command');
    const kw = first.k === 'ident' ? first.v : '';
    if (kw === 'end' || kw === 'else') {
      const top = cur();
      if (!top.block) return err(`unexpected {{${kw}}}`);
      if (kw === 'else') {
        if (top.inElse) return { unsupported: true };
        top.inElse = true;
        top.n = top.block.els;
      } else stack.pop();
      continue;
    }
    const pipe = pipeline(kw === 'range' || kw === 'if' || kw === 'with' ? rest : it.toks);
    if ('unsupported' in pipe) return pipe;
    if ('error' in pipe) return err(pipe.error);
    if (kw === 'range' || kw === 'if' || kw === 'with') {
      const block = { t: kw, p: pipe, body: [] as Node[], els: [] as Node[] } as Extract<Node, { body: Node[] }>;
      cur().n.push(block);
      stack.push({ n: block.body, block });
    } else cur().n.push({ t: 'act', p: pipe });
  }
  if (stack.length > 1) return { error: `template: output:${t.split('\n').length}: unexpected EOF` };
  return { nodes: stack[0].n };
}

function pipeline(toks: Tok[]): Pipe | { error: string } | { unsupported: true } {
  const decl: string[] = [];
  const d = toks.findIndex((x) => x.k === 'decl');
  if (d >= 0) {
    for (const x of toks.slice(0, d)) if (x.k === 'var') decl.push(x.v);
    toks = toks.slice(d + 1);
  }
  const cmds: Tok[][] = [[]];
  for (const x of toks) {
    if (x.k === 'pipe') cmds.push([]);
    else cmds[cmds.length - 1].push(x);
  }
  for (let i = 0; i < cmds.length; i++) {
    // a whole command in parentheses, (index .data "k"), is the command itself; other parentheses are not modelled
    const c = cmds[i];
    if (c.length > 2 && c[0].k === 'lp' && c[c.length - 1].k === 'rp') cmds[i] = c.slice(1, -1);
    if (cmds[i].some((x) => x.k === 'lp' || x.k === 'rp' || x.k === 'comma' || x.k === 'nil')) return { unsupported: true };
  }
  for (const c of cmds) {
    if (!c.length) return { error: 'missing value for command' };
    for (const x of c) if (x.k === 'ident' && !FUNCS.has(x.v)) return { error: `function "${x.v}" not defined` };
  }
  return { decl, cmds };
}

/** a field chain's value; Go reports a failure at the chain's second field (the parser's ChainNode position) */
function field(v: any, path: string[], tok?: Tok): any {
  for (const k of path) {
    if (v === MISSING || v === null || v === undefined) return MISSING;
    if (typeof v !== 'object' || Array.isArray(v)) {
      const pos = tok ? tok.pos + (path.length > 1 ? 1 + path[0].length : 0) + (tok.k === 'var' ? tok.v.length : 0) : 0;
      throw Object.assign(new TplError(`can't evaluate field ${k} in type ${Array.isArray(v) ? '[]interface {}' : 'interface {}'}`), { at: { ...tok!, pos, v: tok!.k === 'var' ? tok!.v + '.' + path.join('.') : tok!.v } });
    }
    v = k in v ? v[k] : MISSING;
  }
  return v;
}

const truth = (v: any) => !(v === MISSING || v === null || v === undefined || v === false || v === 0 || v === '' || (Array.isArray(v) ? !v.length : typeof v === 'object' && !Object.keys(v).length));
const show = (v: any): string => (v === MISSING ? '<no value>' : goValue(v));

function base64decode(s: any): string {
  const str = String(s === MISSING ? '' : s);
  const bad = str.search(/[^A-Za-z0-9+/=]/);
  const pad = str.indexOf('=');
  const at = bad >= 0 ? bad : pad >= 0 && (pad % 4 < 2 || /[^=]/.test(str.slice(pad))) ? pad : str.length % 4 ? str.length - (str.length % 4) : -1;
  if (at >= 0 && (bad >= 0 || str.length % 4 || pad >= 0)) throw new TplError(`error calling base64decode: base64 decode failed: illegal base64 data at input byte ${at}`);
  const bin = atob(str);
  return new TextDecoder().decode(Uint8Array.from(bin, (ch) => ch.charCodeAt(0)));
}

function printf(f: string, args: any[]): string {
  let n = 0;
  return f.replace(/%([%svdq])/g, (_m, c) => {
    if (c === '%') return '%';
    const a = args[n++];
    if (c === 'q') return JSON.stringify(String(a === MISSING ? '' : a));
    return show(a);
  });
}

function call(name: string, args: any[]): any {
  const cmp = (a: any, b: any) => (a < b ? -1 : a > b ? 1 : 0);
  switch (name) {
    case 'base64decode':
      return base64decode(args[0]);
    case 'index': {
      let v = args[0];
      for (const k of args.slice(1)) v = v === MISSING || v == null ? MISSING : Array.isArray(v) ? v[Number(k)] : typeof v === 'object' ? (k in v ? v[k] : MISSING) : MISSING;
      return v;
    }
    case 'len':
      return typeof args[0] === 'string' ? new TextEncoder().encode(args[0]).length : Array.isArray(args[0]) ? args[0].length : Object.keys(args[0] ?? {}).length;
    case 'printf':
      return printf(String(args[0]), args.slice(1));
    case 'print':
      return args.map(show).join('');
    case 'println':
      return args.map(show).join(' ') + '\n';
    case 'eq':
      return args.slice(1).some((b) => b === args[0]);
    case 'ne':
      return args[0] !== args[1];
    case 'lt':
      return cmp(args[0], args[1]) < 0;
    case 'le':
      return cmp(args[0], args[1]) <= 0;
    case 'gt':
      return cmp(args[0], args[1]) > 0;
    case 'ge':
      return cmp(args[0], args[1]) >= 0;
    case 'not':
      return !truth(args[0]);
    case 'and':
      return args.find((a) => !truth(a)) ?? args[args.length - 1];
    case 'or':
      return args.find((a) => truth(a)) ?? args[args.length - 1];
  }
  throw new TplError(`function "${name}" not supported`);
}

type Scope = { dot: any; vars: Map<string, any> };

function evalPipe(p: Pipe, s: Scope): any {
  let prev: any;
  let have = false;
  for (const cmd of p.cmds) {
    const arg = (x: Tok): any => {
      if (x.k === 'field') return field(s.dot, x.path!, x);
      if (x.k === 'var') return field(s.vars.get(x.v), x.path!, x);
      if (x.k === 'str') return x.v;
      if (x.k === 'num') return Number(x.v);
      if (x.k === 'bool') return x.v === 'true';
      return null;
    };
    const [head, ...rest] = cmd;
    if (head.k === 'ident') {
      const args = rest.map(arg);
      if (have) args.push(prev);
      try {
        prev = call(head.v, args);
      } catch (e) {
        if (e instanceof TplError && !(e as TplError & { at?: Tok }).at) throw Object.assign(e, { at: head });
        throw e;
      }
    } else prev = arg(head);
    have = true;
  }
  for (const v of p.decl) s.vars.set(v, prev);
  return prev;
}

function run(nodes: Node[], s: Scope): string {
  let out = '';
  for (const n of nodes) {
    if (n.t === 'text') out += n.s;
    else if (n.t === 'act') {
      const v = evalPipe(n.p, s);
      if (!n.p.decl.length) out += show(v);
    } else if (n.t === 'if' || n.t === 'with') {
      const v = evalPipe({ ...n.p, decl: [] }, s);
      const inner: Scope = { dot: n.t === 'with' && truth(v) ? v : s.dot, vars: new Map(s.vars) };
      for (const d of n.p.decl) inner.vars.set(d, v);
      out += truth(v) ? run(n.body, inner) : run(n.els, { dot: s.dot, vars: new Map(s.vars) });
    } else {
      const v = evalPipe({ ...n.p, decl: [] }, s);
      const entries: [any, any][] = Array.isArray(v) ? v.map((e, i) => [i, e]) : v && typeof v === 'object' ? Object.keys(v).sort().map((k) => [k, v[k]]) : [];
      if (!entries.length) out += run(n.els, { dot: s.dot, vars: new Map(s.vars) });
      for (const [k, e] of entries) {
        const inner: Scope = { dot: e, vars: new Map(s.vars) };
        if (n.p.decl.length === 1) inner.vars.set(n.p.decl[0], e);
        else if (n.p.decl.length === 2) {
          inner.vars.set(n.p.decl[0], k);
          inner.vars.set(n.p.decl[1], e);
        }
        out += run(n.body, inner);
      }
    }
  }
  return out;
}

/**
 * The template's output for `data`, or kubectl's error line: a parse error as `error parsing template T, ...`,
 * a failed execution as `error executing template "T": template: output:L:C: executing "output" at <fn>: ...`.
 */
export function goTemplateOutput(tpl: string, data: any): { out: string } | { error: string } | { unsupported: true } {
  const parsed = parse(tpl);
  if ('unsupported' in parsed) return parsed;
  if ('error' in parsed) return { error: `error: error parsing template ${tpl}, ${parsed.error}` };
  try {
    return { out: run(parsed.nodes, { dot: data, vars: new Map([['$', data]]) }) };
  } catch (e) {
    if (!(e instanceof TplError)) throw e;
    const at = (e as TplError & { at?: Tok }).at;
    const pos = at ? at.pos : 0;
    const line = tpl.slice(0, pos).split('\n').length;
    const col = pos - (tpl.lastIndexOf('\n', pos - 1) + 1);
    return { error: `error: error executing template "${tpl}": template: output:${line}:${col}: executing "output" at <${at?.v ?? ''}>: ${e.message}` };
  }
}

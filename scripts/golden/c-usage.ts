/**
 * Reads a GNU tool's `--help` text out of its C source: evaluates the usage() function's printf/fputs calls
 * (string concatenation, _() and the shared macros and emit_* helpers of coreutils' system.h), so the help of
 * the exact version the lab ships (coreutils 8.32 on Rocky 9.5) can be had without building it.
 * Checked against the host's own binaries: the same evaluator run on the host's version must print what the
 * host prints (see record.ts).
 */

export interface UsageEnv {
  /** Source of the tool (`src/ls.c`). */
  source: string;
  /** Source of `src/system.h` of the same version (macros and emit_* helpers). */
  systemH: string;
  program: string;
  /** Identifiers with known string values (PACKAGE_NAME, ...). */
  known?: Record<string, string>;
  /** Answers for `if (...)` conditions met in usage(), by the condition's text; default: error. */
  conditions?: Record<string, boolean>;
  /** Preprocessor symbols for `#if NAME` / `#ifdef NAME` blocks inside usage(); an unknown one is an error. */
  defines?: Record<string, boolean>;
  /** gnulib's emit_bug_reporting_address(): the package's bug address and home page. */
  bugs?: { address: string; home: string };
}

/** Keep the lines of the branches `defines` selects in `#if`/`#ifdef`/`#ifndef` ... `#else` ... `#endif`. */
export function preprocess(src: string, defines: Record<string, boolean> = {}): string {
  const out: string[] = [];
  const stack: { on: boolean; parentOn: boolean }[] = [];
  const active = () => stack.every((f) => f.on);
  for (const line of src.split('\n')) {
    const m = /^\s*#\s*(ifdef|ifndef|if|else|endif|elif)\b\s*(.*)$/.exec(line);
    if (!m) {
      if (active()) out.push(line);
      continue;
    }
    const [, d, rest] = m;
    const name = rest.replace(/\/\*.*$/, '').trim();
    const val = () => {
      if (!(name in defines)) throw new UsageError(`preprocessor symbol needs an answer: ${name}`);
      return defines[name];
    };
    if (d === 'ifdef' || d === 'if') stack.push({ on: val(), parentOn: active() });
    else if (d === 'ifndef') stack.push({ on: !val(), parentOn: active() });
    else if (d === 'else') stack[stack.length - 1].on = !stack[stack.length - 1].on;
    else if (d === 'endif') stack.pop();
    else throw new UsageError('#elif is not read');
  }
  return out.join('\n');
}

type Tok = { t: 'str'; v: string } | { t: 'id'; v: string } | { t: 'p'; v: string } | { t: 'num'; v: string };

function unescape(body: string): string {
  return body.replace(/\\(n|t|\\|"|'|\n|a|0|[0-7]{1,3}|x[0-9a-fA-F]+)/g, (_m, c: string) => {
    if (c === 'n') return '\n';
    if (c === 't') return '\t';
    if (c === '\n') return '';
    if (c === 'a') return '\x07';
    if (c[0] === 'x') return String.fromCharCode(parseInt(c.slice(1), 16));
    if (/^[0-7]+$/.test(c)) return String.fromCharCode(parseInt(c, 8));
    return c;
  });
}

export function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c) || (c === '\\' && src[i + 1] === '\n')) {
      i++;
      continue;
    }
    if (src.startsWith('/*', i)) {
      i = src.indexOf('*/', i + 2) + 2;
      continue;
    }
    if (src.startsWith('//', i)) {
      i = src.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '#') {
      // preprocessor line (with continuations)
      while (i < src.length && src[i] !== '\n') {
        if (src[i] === '\\' && src[i + 1] === '\n') i++;
        i++;
      }
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (src[j] !== '"') j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'str', v: unescape(src.slice(i + 1, j)) });
      i = j + 1;
      continue;
    }
    if (c === "'") {
      let j = i + 1;
      while (src[j] !== "'") j += src[j] === '\\' ? 2 : 1;
      out.push({ t: 'num', v: src.slice(i, j + 1) });
      i = j + 1;
      continue;
    }
    const id = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i, i + 200));
    if (id) {
      out.push({ t: 'id', v: id[0] });
      i += id[0].length;
      continue;
    }
    const num = /^[0-9][0-9a-zA-Z.]*/.exec(src.slice(i, i + 50));
    if (num) {
      out.push({ t: 'num', v: num[0] });
      i += num[0].length;
      continue;
    }
    const two = src.slice(i, i + 2);
    if (['==', '!=', '&&', '||', '->', '<=', '>='].includes(two)) {
      out.push({ t: 'p', v: two });
      i += 2;
      continue;
    }
    out.push({ t: 'p', v: c });
    i++;
  }
  return out;
}

/** The text of a C function body `name (...) { ... }` (first definition at column 0). */
export function functionBody(src: string, name: string, from = 0): string | null {
  const re = new RegExp(`(?:^|[\\s*])${name}\\s*\\([^)]*\\)\\s*\\n\\{`, 'm');
  const m = re.exec(src.slice(from));
  if (!m) return null;
  let i = from + m.index + m[0].length;
  let depth = 1;
  const start = i;
  while (depth > 0 && i < src.length) {
    const c = src[i];
    if (c === '"' || c === "'") {
      const q = c;
      i++;
      while (src[i] !== q) i += src[i] === '\\' ? 2 : 1;
    } else if (src.startsWith('/*', i)) i = src.indexOf('*/', i) + 1;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    i++;
  }
  return src.slice(start, i - 1);
}

function macros(src: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /^#\s*define\s+([A-Z_][A-Z0-9_]*)\s+((?:.*\\\n)*.*)$/gm;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    const toks = tokenize(m[2].replace(/\\\n/g, '\n'));
    if (toks.length === 1 && toks[0].t === 'num' && /^\d+$/.test(toks[0].v)) {
      out.set(m[1], toks[0].v);
      continue;
    }
    const strs = toks.filter((t) => t.t === 'str');
    if (strs.length && toks.every((t) => t.t === 'str' || (t.t === 'id' && (t.v === '_' || t.v === 'N_')) || (t.t === 'p' && (t.v === '(' || t.v === ')')))) {
      out.set(m[1], strs.map((t) => t.v).join(''));
    }
  }
  // string constants: `static char const fmt_terse_fs[] = "..." "...";` (stat.c)
  const arr = /^static\s+(?:const\s+)?char\s+(?:const\s+)?([A-Za-z_]\w*)\s*\[\]\s*=\s*((?:"(?:[^"\\]|\\.)*"\s*)+);/gm;
  for (let m = arr.exec(src); m; m = arr.exec(src)) out.set(m[1], tokenize(m[2]).map((t) => t.v).join(''));
  return out;
}

export class UsageError extends Error {}

/** Calls in usage() that print nothing on stdout. */
const IGNORED = new Set(['exit', 'emit_try_help', 'fflush', 'assert', 'ck_fclose']);

/** Expand one-parameter function-like macros (`#define USAGE_MAN_TAIL(_man) _("...%s.\\n"), _man`) in `src`. */
function expandMacros(src: string, headers: string): string {
  const re = /^#\s*define\s+([A-Z][A-Z0-9_]+)\((\w+)\)\s+(.*)$/gm;
  let out = src;
  for (let m = re.exec(headers); m; m = re.exec(headers)) {
    const [, name, param, body] = m;
    out = out.replace(new RegExp(`\\b${name}\\s*\\(\\s*("(?:[^"\\\\]|\\\\.)*"|[^()]*)\\s*\\)`, 'g'), (_x, arg: string) => body.replace(new RegExp(`\\b${param}\\b`, 'g'), arg));
  }
  return out;
}

/** Evaluate the success branch of usage() and return what it prints on stdout. */
export function usageText(env: UsageEnv): string {
  const known = new Map<string, string>([
    ['PACKAGE_NAME', 'GNU coreutils'],
    ['PACKAGE_URL', 'https://www.gnu.org/software/coreutils/'],
    ['program_name', env.program],
    ['program_invocation_short_name', env.program],
    ...macros(env.systemH),
    ...macros(env.source),
    ...Object.entries(env.known ?? {}),
  ]);
  const body0 = functionBody(env.source, 'usage');
  const preBody = body0 === null ? null : preprocess(body0, env.defines);
  const body = preBody === null ? null : expandMacros(preBody, env.systemH);
  if (!body) throw new UsageError('no usage() in source');
  const toks = tokenize(body);
  // skip to the success branch: `else {` after emit_try_help (), or the whole body
  let start = 0;
  const tryIdx = toks.findIndex((t) => t.t === 'id' && t.v === 'emit_try_help');
  if (tryIdx >= 0) {
    let k = tryIdx;
    while (!(toks[k].t === 'id' && toks[k].v === 'else')) k++;
    start = k + 1;
  }
  let out = '';
  const helpers = new Map<string, { params: string[]; body: Tok[] }>();
  for (const name of ['emit_stdin_note', 'emit_mandatory_arg_note', 'emit_size_note', 'emit_blocksize_note', 'emit_backup_suffix_note', 'emit_update_parameters_note', 'emit_exec_status']) {
    const b = functionBody(env.systemH, name) ?? functionBody(env.source, name);
    const sig = new RegExp(`^${name} \\(([^)]*)\\)`, 'm').exec(env.systemH) ?? new RegExp(`^${name} \\(([^)]*)\\)`, 'm').exec(env.source);
    if (b && sig) {
      const params = sig[1].trim() === 'void' ? [] : sig[1].split(',').map((p) => p.trim().split(/[\s*]+/).pop()!);
      helpers.set(name, { params, body: tokenize(b) });
    }
  }
  // emit_ancillary_info's infomap: the info node of programs documented together (`[`, the sha2 utilities)
  const infomap = new Map([...(/infomap\[\]\s*=\s*\{([\s\S]*?)\};/.exec(env.systemH)?.[1] ?? '').matchAll(/\{\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\}/g)].map((m) => [m[1], m[2]]));
  const ancillary = (program: string) => {
    const node = infomap.get(program) ?? (program === '[' ? 'test invocation' : program);
    const url = program === '[' ? 'test' : program;
    return `\n${known.get('PACKAGE_NAME')} online help: <${known.get('PACKAGE_URL')}>\nFull documentation <${known.get('PACKAGE_URL')}${url}>\nor available locally via: info '(coreutils) ${node}${node === program ? ' invocation' : ''}'\n`;
  };

  const run = (ts: Tok[], scope: Map<string, string>): void => {
    let i = 0;
    const peek = () => ts[i];
    const expr = (): string | null => {
      // string-valued expression: concatenated literals, _(...), known identifiers
      let s = '';
      let any = false;
      for (;;) {
        const t = peek();
        if (!t) break;
        if (t.t === 'str') {
          s += t.v;
          i++;
          any = true;
        } else if (t.t === 'id' && (t.v === '_' || t.v === 'N_' || t.v === 'gettext') && ts[i + 1]?.v === '(') {
          i += 2;
          const inner = expr();
          if (ts[i]?.v !== ')') throw new UsageError('unbalanced _()');
          i++;
          s += inner ?? '';
          any = true;
        } else if (t.t === 'id' && t.v === 'getprogname' && ts[i + 1]?.v === '(' && ts[i + 2]?.v === ')') {
          s += env.program;
          i += 3;
          any = true;
        } else if (t.t === 'id' && (scope.has(t.v) || known.has(t.v))) {
          s += scope.get(t.v) ?? known.get(t.v)!;
          i++;
          any = true;
        } else break;
      }
      return any ? s : null;
    };
    const args = (): (string | null)[] => {
      const list: (string | null)[] = [];
      if (ts[i]?.v !== '(') throw new UsageError('expected (');
      i++;
      for (;;) {
        if (ts[i]?.v === ')') {
          i++;
          break;
        }
        // `COND ? "a" : "b"` (ln.c's LINK_FOLLOWS_SYMLINKS, dd.c's SIGINFO): the branch env.conditions picks
        let end = i;
        let q = -1;
        let colon = -1;
        for (let depth = 0; ts[end] && !(depth === 0 && (ts[end].v === ',' || ts[end].v === ')')); end++) {
          if (ts[end].v === '(') depth++;
          if (ts[end].v === ')') depth--;
          if (depth === 0 && ts[end].v === '?' && q < 0) q = end;
          if (depth === 0 && ts[end].v === ':' && q >= 0 && colon < 0) colon = end;
        }
        if (q >= 0 && colon >= 0) {
          const cond = ts.slice(i, q).map((x) => (x.t === 'str' ? JSON.stringify(x.v) : x.v)).join(' ');
          const ans = env.conditions?.[cond];
          if (ans === undefined) throw new UsageError(`condition needs an answer: ${cond}`);
          i = ans ? q + 1 : colon + 1;
          list.push(expr());
          i = end;
          if (ts[i]?.v === ',') i++;
          continue;
        }
        const v = expr();
        if (v === null) {
          // skip an expression we cannot evaluate, remember it as null
          let depth = 0;
          while (!(depth === 0 && (ts[i].v === ',' || ts[i].v === ')'))) {
            if (ts[i].v === '(') depth++;
            if (ts[i].v === ')') depth--;
            i++;
          }
        }
        list.push(v);
        if (ts[i]?.v === ',') i++;
      }
      return list;
    };
    const fmt = (f: string, a: (string | null)[]): string => {
      let k = 0;
      return f.replace(/%(%|\d+\$s|[-0-9.*]*[sdc])/g, (_m, spec: string) => {
        if (spec === '%') return '%';
        // a positional argument (`%1$s`, util-linux's synopsis lines)
        const pos = /^(\d+)\$s$/.exec(spec);
        const v = pos ? a[Number(pos[1]) - 1] : a[k++];
        if (v === null || v === undefined) throw new UsageError(`printf argument ${k} of "${f.slice(0, 40)}" is not a known string`);
        // a field width (`%-26s`, `%12s`) pads as printf does
        const w = /^(-?)(\d+)s$/.exec(spec);
        if (w) return w[1] ? v.padEnd(Number(w[2])) : v.padStart(Number(w[2]));
        return v;
      });
    };
    const statement = (): void => {
      const t = peek();
      if (!t) return;
      if (t.v === '{') {
        i++;
        let depth = 1;
        const start2 = i;
        while (depth) {
          if (ts[i].v === '{') depth++;
          if (ts[i].v === '}') depth--;
          i++;
        }
        run(ts.slice(start2, i - 1), scope);
        return;
      }
      if (t.v === ';' || t.v === '}') {
        i++;
        return;
      }
      if (t.t === 'id' && t.v === 'if') {
        i++;
        const s0 = i;
        let depth = 0;
        do {
          if (ts[i].v === '(') depth++;
          if (ts[i].v === ')') depth--;
          i++;
        } while (depth);
        const cond = ts.slice(s0 + 1, i - 1).map((x) => (x.t === 'str' ? JSON.stringify(x.v) : x.v)).join(' ');
        const ans = env.conditions?.[cond];
        if (ans === undefined) throw new UsageError(`condition needs an answer: ${cond}`);
        const bStart = i;
        skipStatement();
        const thenToks = ts.slice(bStart, i);
        let elseToks: Tok[] = [];
        if (peek()?.v === 'else') {
          i++;
          const e0 = i;
          skipStatement();
          elseToks = ts.slice(e0, i);
        }
        run(ans ? thenToks : elseToks, scope);
        return;
      }
      if (t.t === 'id') {
        const name = t.v;
        i++;
        if (peek()?.v !== '(') {
          // declaration or assignment: skip
          while (peek() && peek().v !== ';') i++;
          i++;
          return;
        }
        const a = args();
        if (IGNORED.has(name)) {
          /* prints nothing on stdout */
        } else if (name === 'printf') out += fmt(a[0] ?? '', a.slice(1));
        else if (name === 'fprintf') out += fmt(a[1] ?? '', a.slice(2));
        else if (name === 'fputs' || name === 'fputs_unlocked') {
          if (a[0] === null) throw new UsageError('fputs of an unknown string');
          out += a[0];
        } else if (name === 'putchar' || name === 'putchar_unlocked') out += '\n';
        else if (name === 'emit_ancillary_info') out += ancillary(a[0] ?? env.program);
        else if (name === 'emit_bug_reporting_address') {
          if (!env.bugs) throw new UsageError('emit_bug_reporting_address needs env.bugs');
          out += `\nReport bugs to: ${env.bugs.address}\n${known.get('PACKAGE_NAME')} home page: <${env.bugs.home}>\nGeneral help using GNU software: <https://www.gnu.org/gethelp/>\n`;
        } else if (!helpers.has(name) && functionBody(env.source, name)) {
          const sig = new RegExp(`^${name} \\(([^)]*)\\)`, 'm').exec(env.source);
          const params = !sig || sig[1].trim() === 'void' ? [] : sig[1].split(',').map((p) => p.trim().split(/[\s*]+/).pop()!);
          const sc = new Map(scope);
          params.forEach((p, k) => sc.set(p, a[k] ?? ''));
          run(tokenize(preprocess(functionBody(env.source, name)!, env.defines)), sc);
        } else if (helpers.has(name)) {
          const h = helpers.get(name)!;
          const sc = new Map(scope);
          h.params.forEach((p, k) => sc.set(p, a[k] ?? ''));
          run(h.body, sc);
        } else throw new UsageError(`unknown call ${name}()`);
        if (peek()?.v === ';') i++;
        return;
      }
      throw new UsageError(`cannot read statement at ${t.v}`);
    };
    const skipStatement = () => {
      if (ts[i].v === '{') {
        let depth = 0;
        do {
          if (ts[i].v === '{') depth++;
          if (ts[i].v === '}') depth--;
          i++;
        } while (depth);
      } else {
        let depth = 0;
        while (!(depth === 0 && ts[i].v === ';')) {
          if (ts[i].v === '(') depth++;
          if (ts[i].v === ')') depth--;
          i++;
        }
        i++;
      }
    };
    while (i < ts.length) statement();
  };
  // the success branch is the statement right after `else`
  const rest = toks.slice(start);
  let depth = 0;
  let end = 0;
  if (rest[0]?.v === '{') {
    do {
      if (rest[end].v === '{') depth++;
      if (rest[end].v === '}') depth--;
      end++;
    } while (depth);
    run(rest.slice(1, end - 1), new Map());
  } else run(rest, new Map());
  return out;
}

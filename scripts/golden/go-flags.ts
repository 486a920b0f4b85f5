/**
 * Reads pflag registrations out of Go sources: the calls `fs.XxxVar(&p, "name", default, "usage")`,
 * `fs.Var(value, "name", "usage")`, fs.MarkDeprecated and fs.MarkHidden of one function body, with their name, usage
 * and default arguments evaluated as far as Go constant expressions go (string literals, +, fmt.Sprintf,
 * strings.Join over lists the caller names). What the source computes at run time (a field set by a constructor, a
 * Value's String()) the caller gives by flag name. Used by the scripts that write the component help data.
 */
export interface GoFlag {
  name: string;
  short?: string;
  /** pflag's Value.Type() */
  type: string;
  /** DefValue as pflag keeps it */
  def: string;
  usage: string;
  deprecated?: string;
  hidden?: boolean;
  noOpt?: string;
  /** a Go flag wrapped by pflag: its zero test reads the Value's String() */
  go?: boolean;
}

export interface Env {
  /** identifiers (constants, variables, parameters) → their value: a string, or a list for strings.Join */
  vals: Record<string, string | string[]>;
  /** flag name → DefValue, where the default argument is not a literal */
  defaults: Record<string, string>;
  /** flag name → Type(), for fs.Var */
  types: Record<string, string>;
  /** when given, what could not be evaluated is listed here instead of failing */
  unknown?: string[];
}

/** the body of `func (...) Name(` or `func Name(` in src */
export function fnBody(src: string, header: string): string {
  const at = src.indexOf(header);
  if (at < 0) throw new Error(`no ${header}`);
  const open = src.indexOf('{\n', at);
  const end = src.indexOf('\n}\n', open);
  return src.slice(open + 1, end);
}

/** splits s at top-level occurrences of ch (outside quotes and brackets) */
function splitTop(s: string, ch: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === '`' || c === "'") {
      const q = c;
      let j = i + 1;
      while (j < s.length && s[j] !== q) j += s[j] === '\\' && q !== '`' ? 2 : 1;
      cur += s.slice(i, j + 1);
      i = j;
      continue;
    }
    if (c === '/' && s[i + 1] === '/') {
      const nl = s.indexOf('\n', i);
      i = nl < 0 ? s.length : nl;
      cur += '\n';
      continue;
    }
    if ('([{'.includes(c)) depth++;
    if (')]}'.includes(c)) depth--;
    if (depth === 0 && c === ch) {
      out.push(cur);
      cur = '';
      continue;
    }
    cur += c;
  }
  out.push(cur);
  return out;
}

/** the argument text of the call whose '(' is at open */
function callArgs(src: string, open: number): [string[], number] {
  let depth = 0;
  for (let i = open; i < src.length; i++) {
    const c = src[i];
    if (c === '"' || c === '`' || c === "'") {
      let j = i + 1;
      while (j < src.length && src[j] !== c) j += src[j] === '\\' && c !== '`' ? 2 : 1;
      i = j;
      continue;
    }
    if (c === '/' && src[i + 1] === '/') {
      i = src.indexOf('\n', i);
      continue;
    }
    if (c === '(') depth++;
    if (c === ')' && --depth === 0) return [splitTop(src.slice(open + 1, i), ',').map((a) => a.trim()).filter((a, k, all) => a !== '' || k < all.length - 1), i];
  }
  throw new Error('unbalanced call');
}

const goUnquote = (lit: string) => JSON.parse(lit.replace(/\\'/g, "'").replace(/\\x([0-9a-f]{2})/gi, '\\u00$1')) as string;

function sprintf(format: string, args: string[]): string {
  let k = 0;
  return format.replace(/%([-+# 0]*\d*)([sdvqt%])/g, (_, _f, verb) => (verb === '%' ? '%' : verb === 'q' ? JSON.stringify(args[k++]) : String(args[k++])));
}

export function evalString(expr: string, env: Env): string {
  const v = evalExpr(expr, env);
  if (Array.isArray(v)) throw new Error(`list where a string was wanted: ${expr}`);
  return v;
}

function evalExpr(expr: string, env: Env): string | string[] {
  const terms = splitTop(expr.trim(), '+').map((t) => t.trim());
  if (terms.length > 1) return terms.map((t) => evalString(t, env)).join('');
  const e = terms[0];
  if (/^"/.test(e)) return goUnquote(e);
  if (/^`/.test(e)) return e.slice(1, -1);
  if (/^-?\d+$/.test(e) || e === 'true' || e === 'false') return e;
  let m = /^fmt\.Sprintf\(/.exec(e);
  if (m) {
    const [args] = callArgs(e, e.indexOf('('));
    return sprintf(evalString(args[0], env), args.slice(1).map((a) => evalString(a, env)));
  }
  m = /^strings\.Join\(/.exec(e);
  if (m) {
    const [args] = callArgs(e, e.indexOf('('));
    const list = evalExpr(args[0], env);
    if (!Array.isArray(list)) return env.unknown ? list : (() => { throw new Error(`not a list: ${args[0]}`); })();
    return list.join(evalString(args[1], env));
  }
  m = /^string\((.*)\)$/s.exec(e);
  if (m) return evalString(m[1], env);
  const key = e.replace(/\s+/g, '');
  if (key in env.vals) return env.vals[key];
  if (env.unknown) {
    env.unknown.push(key);
    return `<${key}>`;
  }
  throw new Error(`cannot evaluate ${e}`);
}

const TYPE_OF: Record<string, string> = {
  Bool: 'bool', String: 'string', Int: 'int', Int32: 'int32', Int64: 'int64', Uint: 'uint', Uint32: 'uint32', Uint64: 'uint64',
  Float32: 'float32', Float64: 'float64', Duration: 'duration', StringSlice: 'stringSlice', StringArray: 'stringArray',
  IP: 'ip', IPNet: 'ipNet', IPSlice: 'ipSlice', StringToString: 'stringToString', IntSlice: 'intSlice',
};

/** the pflag registrations of a function body, in order; `fsName` is the FlagSet parameter's name */
export function flagsOf(body: string, env: Env, fsName = 'fs', missing?: string[]): GoFlag[] {
  const flags: GoFlag[] = [];
  const byName = new Map<string, GoFlag>();
  const re = new RegExp(`\\b${fsName}\\.(\\w+)\\(`, 'g');
  for (let m: RegExpExecArray | null; (m = re.exec(body)); ) {
    const method = m[1];
    const [args, end] = callArgs(body, m.index + m[0].length - 1);
    re.lastIndex = end;
    if (method === 'MarkDeprecated' || method === 'MarkHidden' || method === 'MarkShorthandDeprecated') {
      const f = byName.get(evalString(args[0], env));
      if (!f) throw new Error(`${method} of an unknown flag ${args[0]}`);
      if (method === 'MarkDeprecated') Object.assign(f, { deprecated: evalString(args[1], env), hidden: true });
      if (method === 'MarkHidden') f.hidden = true;
      continue;
    }
    const vm = /^(\w*?)(Var)?(P)?$/.exec(method)!;
    if (method === 'Var' || method === 'VarP') {
      const name = evalString(args[1], env);
      if (env.unknown && !(name in env.types)) env.unknown.push(`type of --${name}`);
      const f: GoFlag = { name, type: env.unknown ? env.types[name] ?? '?' : need(env.types, name, 'type'), def: env.defaults[name] ?? '', usage: evalString(args[method === 'VarP' ? 3 : 2], env) };
      if (method === 'VarP') f.short = evalString(args[2], env);
      flags.push(f);
      byName.set(name, f);
      continue;
    }
    const type = TYPE_OF[vm[1]];
    if (!type) continue; // Lookup, AddFlagSet, SetNormalizeFunc, …
    const withPtr = vm[2] === 'Var';
    const p = vm[3] === 'P';
    const at = withPtr ? 1 : 0;
    const name = evalString(args[at], env);
    const short = p ? evalString(args[at + 1], env) : undefined;
    const defExpr = args[at + (p ? 2 : 1)];
    const usage = evalString(args[at + (p ? 3 : 2)], env);
    let def = env.defaults[name];
    if (def === undefined) {
      const lit = /^("(?:[^"\\]|\\.)*"|-?\d+|true|false)$/.exec(defExpr.trim());
      if (lit) def = lit[1].startsWith('"') ? goUnquote(lit[1]) : lit[1];
      else if (/^\[\]string\{\s*\}$/.test(defExpr.trim()) || defExpr.trim() === 'nil') def = type === 'stringSlice' || type === 'stringArray' ? '[]' : '';
      else if (/^\[\]string\{/.test(defExpr.trim())) {
        const items = splitTop(defExpr.trim().slice(9, -1), ',').map((x) => x.trim()).filter(Boolean).map((x) => evalString(x, env));
        def = `[${items.join(',')}]`;
      } else if (missing) {
        missing.push(`${name} ${type} (${defExpr.replace(/\s+/g, ' ')})`);
        def = '';
      } else throw new Error(`no default for --${name}: ${defExpr}`);
    }
    const f: GoFlag = { name, type, def, usage, ...(short ? { short } : {}) };
    flags.push(f);
    byName.set(name, f);
  }
  for (const m of body.matchAll(new RegExp(`\\b${fsName}\\.Lookup\\(("[\\w-]+")\\)\\.Hidden = false`, 'g'))) byName.get(goUnquote(m[1]))!.hidden = false;
  return flags;
}

function need(t: Record<string, string>, k: string, what: string): string {
  if (!(k in t)) throw new Error(`no ${what} for --${k}`);
  return t[k];
}

/** every `fs.Method(args…)` call of a body: the method and its argument texts */
export function calls(body: string, fsName = 'fs'): [string, string[]][] {
  const out: [string, string[]][] = [];
  const re = new RegExp(`\\b${fsName}\\.(\\w+)\\(`, 'g');
  for (let m: RegExpExecArray | null; (m = re.exec(body)); ) {
    const [args, end] = callArgs(body, m.index + m[0].length - 1);
    re.lastIndex = end;
    out.push([m[1], args]);
  }
  return out;
}

/** NAME = "…" (+ "…")* in a file: its string constants and variables */
export function stringConsts(src: string): Record<string, string> {
  const lit = '(?:"(?:[^"\\\\\\n]|\\\\.)*"|`[^`]*`)';
  const re = new RegExp(`\\b(\\w+)\\s*:?=\\s*(${lit}(?:\\s*\\+\\s*(?://[^\\n]*\\n\\s*)*${lit})*)`, 'g');
  const out: Record<string, string> = {};
  for (const m of src.matchAll(re)) out[m[1]] = evalString(m[2], { vals: {}, defaults: {}, types: {} });
  return out;
}


// The pod and container config files of `crictl runp`, `create` and `run`, read as cri-tools v1.28.0 reads them
// (cmd/crictl/util.go openFile, loadPodSandboxConfig, loadContainerConfig): os.Open, then apimachinery's
// YAMLOrJSONDecoder (buffer 4096): a file whose first non-blank byte is `{` is one JSON value for encoding/json's
// Decoder (a syntax error as `json: offset N: ...`, a cut-off value as `unexpected EOF`), anything else the first YAML
// document for sigs.k8s.io/yaml v1.3.0 (go-yaml v2 to JSON with the target's string fields as strings, then
// encoding/json: `error converting YAML to JSON: ...`, `error unmarshaling JSON: while decoding JSON: ...`). Decoding
// into the CRI structs (cri-schema.ts) is encoding/json's (Go 1.20): keys matched exactly or case-insensitively,
// unknown keys ignored, the first type error reported as UnmarshalTypeError's text.
/* eslint-disable @typescript-eslint/no-explicit-any */
import type { Host } from '../../types';
import { ENUMS, STRUCTS } from './cri-schema';

export type Root = 'PodSandboxConfig' | 'ContainerConfig';
type Yaml = typeof import('yaml');

/** os.Open's error or the file's text */
export function openConfig(h: Host, cwd: string, path: string): { text: string } | { error: string } {
  const abs = h.fs.resolve(cwd, path);
  if (h.fs.isDir(abs)) return { error: `read ${path}: is a directory` };
  const r = h.fs.readFile(abs);
  if (r.ok) return { text: r.text };
  if (r.errno === 'ENOENT') return { error: `config at ${path} not found` };
  const why: Record<string, string> = { ENOTDIR: 'not a directory', EACCES: 'permission denied', ELOOP: 'too many levels of symbolic links', EISDIR: 'is a directory' };
  return { error: `open ${path}: ${why[r.errno] ?? 'permission denied'}` };
}

/** hasJSONPrefix: the first byte after white space is `{` */
export const isJson = (text: string) => /^[\s\u0085\u00a0]*\{/.test(text);

/** YAMLOrJSONDecoder.Decode into the root struct: the decoded config or the error's text */
export function decodeConfig(text: string, root: Root, yaml: Yaml | null): { config: any } | { error: string } {
  if (isJson(text)) {
    const v = scanJson(text);
    if ('error' in v) return v;
    const d = new Decoder();
    const out = d.value(v.value, root);
    return d.err ? { error: d.err } : { config: out ?? {} };
  }
  const doc = firstDocument(text);
  if ('error' in doc) return doc;
  if (doc.text === null) return { error: 'EOF' };
  if (!yaml) throw new Error('yaml module not loaded');
  const y = yamlToJson(doc.text, root, yaml);
  if ('error' in y) return { error: `error converting YAML to JSON: ${y.error}` };
  const d = new Decoder();
  const out = d.value(y.value, root);
  return d.err ? { error: `error unmarshaling JSON: while decoding JSON: ${d.err}` } : { config: out ?? {} };
}

// ---- encoding/json's scanner: the first value, or its syntax error at the byte offset it reports ----

type J = null | boolean | string | { num: string } | J[] | { obj: [string, J][] };

function quoteChar(c: string): string {
  if (c === "'") return "'\\''";
  if (c === '"') return "'\"'";
  const q = JSON.stringify(c).slice(1, -1).replace(/\\u00([0-7][0-9a-f])/g, '\\x$1');
  return `'${q}'`;
}

class Syntax extends Error {}

function scanJson(text: string): { value: J } | { error: string } {
  const s = text;
  let i = 0;
  // byte offsets: characters beyond ASCII count as their UTF-8 length
  const offset = (at: number) => new TextEncoder().encode(s.slice(0, at + 1)).length;
  const fail = (what: string): never => {
    throw new Syntax(`json: offset ${offset(i)}: invalid character ${quoteChar(s[i])} ${what}`);
  };
  const eof = (): never => {
    throw new Syntax('unexpected EOF');
  };
  const ws = () => {
    while (i < s.length && ' \t\r\n'.includes(s[i])) i++;
  };
  const literal = (word: string): void => {
    for (let k = 1; k < word.length; k++) {
      i++;
      if (i >= s.length) eof();
      if (s[i] !== word[k]) fail(`in literal ${word} (expecting '${word[k]}')`);
    }
    i++;
  };
  const str = (): string => {
    i++; // the quote
    let out = '';
    for (;;) {
      if (i >= s.length) eof();
      const c = s[i];
      if (c === '"') {
        i++;
        return out;
      }
      if (c < ' ') fail('in string literal');
      if (c === '\\') {
        i++;
        if (i >= s.length) eof();
        const e = s[i];
        const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e in map) {
          out += map[e];
          i++;
        } else if (e === 'u') {
          let hex = '';
          for (let k = 0; k < 4; k++) {
            i++;
            if (i >= s.length) eof();
            if (!/[0-9a-fA-F]/.test(s[i])) fail('in \\u hexadecimal character escape');
            hex += s[i];
          }
          out += String.fromCharCode(parseInt(hex, 16));
          i++;
        } else fail('in string escape code');
        continue;
      }
      out += c;
      i++;
    }
  };
  const num = (): { num: string } => {
    const start = i;
    if (s[i] === '-') {
      i++;
      if (i >= s.length) eof();
      if (!/[0-9]/.test(s[i])) fail('in numeric literal');
    }
    if (s[i] === '0') i++;
    else while (i < s.length && /[0-9]/.test(s[i])) i++;
    if (s[i] === '.') {
      i++;
      if (i >= s.length) eof();
      if (!/[0-9]/.test(s[i])) fail('after decimal point in numeric literal');
      while (i < s.length && /[0-9]/.test(s[i])) i++;
    }
    if (s[i] === 'e' || s[i] === 'E') {
      i++;
      if (s[i] === '+' || s[i] === '-') i++;
      if (i >= s.length) eof();
      if (!/[0-9]/.test(s[i])) fail('in exponent of numeric literal');
      while (i < s.length && /[0-9]/.test(s[i])) i++;
    }
    if (i >= s.length) eof();
    return { num: s.slice(start, i) };
  };
  const value = (): J => {
    ws();
    if (i >= s.length) eof();
    const c = s[i];
    if (c === '{') {
      i++;
      const obj: [string, J][] = [];
      ws();
      if (i >= s.length) eof();
      if (s[i] === '}') {
        i++;
        return { obj };
      }
      for (;;) {
        ws();
        if (i >= s.length) eof();
        if (s[i] !== '"') fail('looking for beginning of object key string');
        const k = str();
        ws();
        if (i >= s.length) eof();
        if (s[i] !== ':') fail('after object key');
        i++;
        const v = value();
        obj.push([k, v]);
        ws();
        if (i >= s.length) eof();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === '}') {
          i++;
          return { obj };
        }
        fail('after object key:value pair');
      }
    }
    if (c === '[') {
      i++;
      const arr: J[] = [];
      ws();
      if (i >= s.length) eof();
      if (s[i] === ']') {
        i++;
        return arr;
      }
      for (;;) {
        arr.push(value());
        ws();
        if (i >= s.length) eof();
        if (s[i] === ',') {
          i++;
          continue;
        }
        if (s[i] === ']') {
          i++;
          return arr;
        }
        fail('after array element');
      }
    }
    if (c === '"') return str();
    if (c === '-' || /[0-9]/.test(c)) return num();
    if (c === 't') return literal('true'), true;
    if (c === 'f') return literal('false'), false;
    if (c === 'n') return literal('null'), null;
    return fail('looking for beginning of value');
  };
  try {
    return { value: value() };
  } catch (e) {
    if (e instanceof Syntax) return { error: e.message };
    throw e;
  }
}

// ---- encoding/json's decoding into the CRI structs ----

const INTS: Record<string, [bigint, bigint]> = {
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
};

/** reflect.Type.String() of a Go type of the schema */
const goType = (t: string): string => t.replace(/(^|[\]*])([A-Z]\w*)/g, '$1v1.$2');

class Decoder {
  err = '';
  /** the struct being decoded and the json names down to the field (errorContext) */
  private struct = '';
  private path: string[] = [];

  private typeError(value: string, t: string): void {
    if (this.err) return;
    const type = goType(t.replace(/^\*+/, ''));
    this.err = this.struct ? `json: cannot unmarshal ${value} into Go struct field ${this.struct}.${this.path.join('.')} of type ${type}` : `json: cannot unmarshal ${value} into Go value of type ${type}`;
  }

  /** a JSON value decoded into Go type t; undefined when it leaves the zero value */
  value(v: J, t: string): any {
    if (v === null) return undefined;
    if (t.startsWith('*')) return this.value(v, t.slice(1));
    const kind = Array.isArray(v) ? 'array' : typeof v === 'object' ? ('num' in v ? 'number' : 'object') : typeof v === 'string' ? 'string' : 'bool';
    if (t.startsWith('[]')) {
      if (kind !== 'array') return this.typeError(kind, t);
      return (v as J[]).map((x) => this.value(x, t.slice(2)) ?? zero(t.slice(2)));
    }
    if (t.startsWith('map[string]')) {
      if (kind !== 'object') return this.typeError(kind, t);
      const out: Record<string, any> = {};
      for (const [k, x] of (v as { obj: [string, J][] }).obj) out[k] = this.value(x, t.slice('map[string]'.length)) ?? zero(t.slice('map[string]'.length));
      return out;
    }
    if (STRUCTS[t]) {
      if (kind !== 'object') return this.typeError(kind, t);
      const fields = STRUCTS[t];
      const out: Record<string, any> = {};
      for (const [k, x] of (v as { obj: [string, J][] }).obj) {
        const f = fields.find(([n]) => n === k) ?? fields.find(([n]) => n.toLowerCase() === k.toLowerCase());
        if (!f) continue;
        const saved = [this.struct, this.path];
        this.struct = t;
        this.path = [...this.path, f[0]];
        const r = this.value(x, f[1]);
        [this.struct, this.path] = saved as [string, string[]];
        if (r !== undefined) out[f[0]] = r;
        else if (x === null) delete out[f[0]];
      }
      return out;
    }
    if (t === 'string') return kind === 'string' ? v : this.typeError(kind, t);
    if (t === 'bool') return kind === 'bool' ? v : this.typeError(kind, t);
    const range = INTS[ENUMS.includes(t) ? 'int32' : t];
    if (range) {
      if (kind !== 'number') return this.typeError(kind, t);
      const n = (v as { num: string }).num;
      if (!/^-?\d+$/.test(n) || BigInt(n) < range[0] || BigInt(n) > range[1]) return this.typeError(`number ${n}`, t);
      return Number(n);
    }
    return undefined;
  }
}

const zero = (t: string): any => (t === 'string' ? '' : t === 'bool' ? false : INTS[t] || ENUMS.includes(t) ? 0 : t.startsWith('*') ? null : {});

// ---- the YAML side: the first document (YAMLReader), then sigs.k8s.io/yaml's YAML to JSON ----

/** YAMLReader.Read: the lines up to a `---` line; null at the end of the stream */
function firstDocument(text: string): { text: string | null } | { error: string } {
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let buf = '';
  for (const line of lines) {
    if (line.startsWith('---')) {
      const rest = line.slice(3).trim();
      if (rest && !rest.startsWith('#')) return { error: `invalid Yaml document separator: ${rest}` };
      if (buf) return { text: buf };
      continue;
    }
    buf += line + '\n';
  }
  return { text: buf || null };
}

/** go-yaml v2's text for the YAML error, as far as the cases map onto each other (scanner errors name the 1-based
 * line of the problem, parser errors problem_mark's 0-based line and none on the first line: decode.go fail) */
function yamlError(text: string, errors: any[]): string {
  const lines = text.split('\n');
  const tab = lines.findIndex((l) => /^ *\t/.test(l));
  if (tab >= 0) return `yaml: line ${tab + 1}: found character that cannot start any token`;
  const e = errors[0];
  const line = (e.linePos?.[0]?.line as number | undefined) ?? 1;
  const parser = (msg: string) => (line > 1 ? `yaml: line ${line - 1}: ${msg}` : `yaml: ${msg}`);
  const code = String(e.code ?? '');
  if (code === 'MISSING_CHAR' && /quote|quoted/i.test(e.message)) return `yaml: line ${lines.length}: found unexpected end of stream`; // the mark at the end of the stream, past the last line break
  if (code === 'BLOCK_AS_IMPLICIT_KEY' || code === 'MULTILINE_IMPLICIT_KEY') {
    // the `:` the scanner stops at: on the key's line, or the next line of a key spread over two
    const multi = errors.find((x) => x.code === 'MULTILINE_IMPLICIT_KEY');
    return `yaml: line ${multi ? multi.linePos?.[1]?.line ?? line : line}: mapping values are not allowed in this context`;
  }
  if (/^Flow sequence/.test(e.message)) return parser("did not find expected ',' or ']'");
  if (/^Flow map/.test(e.message)) return parser("did not find expected ',' or '}'");
  return parser('did not find expected key');
}

/** yamlToJSON with the root struct as the JSON target: scalars of string fields become strings */
function yamlToJson(text: string, root: Root, yaml: Yaml): { value: J } | { error: string } {
  const doc = yaml.parseDocument(text, { version: '1.1', uniqueKeys: false, merge: true });
  if (doc.errors.length) return { error: yamlError(text, doc.errors) };
  const js = doc.toJS({ maxAliasCount: -1 });
  const conv = (v: any, t: string | null): J => {
    const base = t ? t.replace(/^\*+/, '') : null;
    if (v === null || v === undefined) return null;
    if (Array.isArray(v)) return v.map((x) => conv(x, base?.startsWith('[]') ? base.slice(2) : null));
    if (v instanceof Map || typeof v === 'object') {
      const entries: [string, any][] = v instanceof Map ? [...v.entries()].map(([k, x]) => [String(k), x]) : Object.entries(v);
      const fields = base && STRUCTS[base];
      return {
        obj: entries.map(([k, x]) => {
          const f = fields ? fields.find(([n]) => n === k) ?? fields.find(([n]) => n.toLowerCase() === k.toLowerCase()) : undefined;
          const sub = fields ? f?.[1] ?? null : base?.startsWith('map[string]') ? base.slice('map[string]'.length) : null;
          return [k, conv(x, sub)];
        }),
      };
    }
    if (base === 'string') return typeof v === 'string' ? v : typeof v === 'number' ? goFloat(v) : String(v);
    if (typeof v === 'number') return { num: Number.isInteger(v) ? String(v) : goFloat(v) };
    if (typeof v === 'bigint') return { num: String(v) };
    if (typeof v === 'boolean') return v;
    return String(v);
  };
  return { value: conv(js, root) };
}

/** strconv.FormatFloat(f, 'g', -1, 64) for the numbers a config file holds */
function goFloat(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e21) return String(v);
  const s = String(v);
  return s.replace(/e\+?(-?)(\d)$/, 'e$1' + '0$2').replace(/e\+/, 'e+');
}

/** encoding/json's output of a decoded CRI struct (the gogo json tags: omitempty leaves zero fields out) */
export function goValue(v: any, t: string): any {
  if (t.startsWith('*')) return goValue(v, t.slice(1));
  if (t.startsWith('[]')) return (v as any[]).map((x) => (x === null ? null : goValue(x, t.slice(2))));
  if (t.startsWith('map[string]')) return Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]]));
  const fields = STRUCTS[t];
  if (!fields) return v;
  const out: Record<string, any> = {};
  for (const [name, ft] of fields) {
    const x = v?.[name];
    if (x === undefined || x === null || x === '' || x === 0 || x === false) continue;
    if ((ft.startsWith('[]') && !x.length) || (ft.startsWith('map[') && !Object.keys(x).length)) continue;
    out[name] = goValue(x, ft);
  }
  return out;
}

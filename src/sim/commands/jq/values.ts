// jq 1.6's values as JavaScript holds them: null, booleans, numbers (doubles), strings, arrays and objects (a Map
// keeps jq's insertion order, numeric-looking keys included). Ordering, equality, number printing (jv_dump_term's
// jvp_dtoa_fmt) and the dump of a value with jq's indentation, key sorting, ASCII and colour options.

export type Value = null | boolean | number | string | Value[] | JObject;
export type JObject = Map<string, Value>;

/** An error a jq program raised (error/1, a failed index, ...): its value is what `catch` sees. */
export class JqError {
  /** silent: error(null), which ends the results without a message. */
  constructor(
    readonly value: Value,
    readonly silent = false,
  ) {}
}

export const isObject = (v: Value): v is JObject => v instanceof Map;

export function kind(v: Value): 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object' {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'string') return 'string';
  return Array.isArray(v) ? 'array' : 'object';
}

const ORDER = { null: 0, boolean: 1, number: 3, string: 4, array: 5, object: 6 };
const rank = (v: Value) => (v === true ? 2 : ORDER[kind(v)]);

/** Code points, so strings order as their UTF-8 bytes do (jq compares with memcmp). */
function cmpStr(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
}

export const sortedKeys = (o: JObject) => [...o.keys()].sort(cmpStr);

/** jv_cmp: null < false < true < numbers < strings < arrays < objects. */
export function compare(a: Value, b: Value): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra < rb ? -1 : 1;
  if (typeof a === 'number') {
    const d = a - (b as number);
    return d < 0 ? -1 : d > 0 ? 1 : 0;
  }
  if (typeof a === 'string') return cmpStr(a, b as string);
  if (Array.isArray(a)) {
    const bb = b as Value[];
    for (let i = 0; ; i++) {
      if (i >= a.length || i >= bb.length) return a.length === bb.length ? 0 : a.length < bb.length ? -1 : 1;
      const c = compare(a[i], bb[i]);
      if (c) return c;
    }
  }
  if (isObject(a)) {
    const bo = b as JObject;
    const ka = sortedKeys(a);
    const kb = sortedKeys(bo);
    const c = compare(ka, kb);
    if (c) return c;
    for (const k of ka) {
      const d = compare(a.get(k)!, bo.get(k)!);
      if (d) return d;
    }
  }
  return 0;
}

export const equal = (a: Value, b: Value) => compare(a, b) === 0;

/** jvp_dtoa_fmt: the shortest digits, exponent form below 1e-4 or past 15 digits beyond the significant ones. */
export function fmtNum(x: number): string {
  if (Number.isNaN(x)) return 'null';
  if (x > Number.MAX_VALUE) x = Number.MAX_VALUE;
  if (x < -Number.MAX_VALUE) x = -Number.MAX_VALUE;
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  const neg = x < 0;
  const [m, e] = Math.abs(x).toExponential().split('e');
  const digits = m.replace('.', '');
  const nd = digits.length;
  const exp = Number(e);
  const decpt = exp + 1;
  let s: string;
  if (decpt <= -4 || decpt > nd + 15) {
    const ee = Math.abs(exp);
    s = digits[0] + (nd > 1 ? '.' + digits.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + (ee < 10 ? '0' : '') + ee;
  } else if (decpt <= 0) s = '0.' + '0'.repeat(-decpt) + digits;
  else if (decpt >= nd) s = digits + '0'.repeat(decpt - nd);
  else s = digits.slice(0, decpt) + '.' + digits.slice(decpt);
  return neg ? '-' + s : s;
}

export function quote(s: string, ascii = false): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (c < 0x20 || c === 0x7f) {
      const esc: Record<string, string> = { '\b': '\\b', '\t': '\\t', '\r': '\\r', '\n': '\\n', '\f': '\\f' };
      out += esc[ch] ?? '\\u' + c.toString(16).padStart(4, '0');
    } else if (ascii && c > 0x7e) {
      if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
      else {
        const d = c - 0x10000;
        out += '\\u' + (0xd800 | (d >> 10)).toString(16) + '\\u' + (0xdc00 | (d & 0x3ff)).toString(16);
      }
    } else out += ch;
  }
  return out + '"';
}

export interface DumpOpts {
  /** Spaces per level (0: compact), or 'tab'. */
  indent: number | 'tab';
  sort?: boolean;
  ascii?: boolean;
  color?: boolean;
}

const ESC = '\x1b[';
const COLORS: Record<string, string> = { null: ESC + '1;30m', false: ESC + '0;39m', true: ESC + '0;39m', number: ESC + '0;39m', string: ESC + '0;32m', array: ESC + '1;39m', object: ESC + '1;39m' };
const RESET = ESC + '0m';
const FIELD = ESC + '34;1m';

/** jv_dump_term. */
export function dump(v: Value, o: DumpOpts, level = 0): string {
  const pretty = o.indent !== 0;
  const ind = (n: number) => (o.indent === 'tab' ? '\t'.repeat(n) : ' '.repeat(n * (o.indent as number)));
  const color = o.color ? COLORS[v === true ? 'true' : v === false ? 'false' : kind(v)] : '';
  let s = color;
  if (v === null) s += 'null';
  else if (typeof v === 'boolean') s += String(v);
  else if (typeof v === 'number') s += fmtNum(v);
  else if (typeof v === 'string') s += quote(v, o.ascii);
  else if (Array.isArray(v)) {
    if (!v.length) s += '[]';
    else {
      s += '[' + (pretty ? '\n' + ind(level + 1) : '');
      v.forEach((e, i) => {
        if (i) s += pretty ? ',\n' + ind(level + 1) : ',';
        s += dump(e, o, level + 1) + color;
      });
      if (pretty) s += '\n' + ind(level);
      s += color + ']';
    }
  } else if (!v.size) s += '{}';
  else {
    s += '{' + (pretty ? '\n' + ind(level + 1) : '');
    const keys = o.sort ? sortedKeys(v) : [...v.keys()];
    keys.forEach((k, i) => {
      if (i) s += pretty ? ',\n' + ind(level + 1) : ',';
      if (color) s += RESET + FIELD + quote(k, o.ascii) + RESET + color + (pretty ? ': ' : ':') + RESET;
      else s += quote(k, o.ascii) + (pretty ? ': ' : ':');
      s += dump(v.get(k)!, o, level + 1) + color;
    });
    if (pretty) s += '\n' + ind(level);
    s += color + '}';
  }
  return color ? s + RESET : s;
}

/** jv_dump_string(v, 0): compact JSON text (tojson, tostring, error messages). */
export const toJson = (v: Value) => dump(v, { indent: 0 });

/** jv_dump_string_trunc into a buffer of `size` bytes (15 by default): the last three "..." when cut. */
export function trunc(v: Value, size = 15): string {
  const s = toJson(v);
  const bytes = new TextEncoder().encode(s);
  if (bytes.length <= size - 1) return s;
  return new TextDecoder().decode(bytes.slice(0, size - 4)).replace(/\uFFFD$/, '') + '...';
}

/** `number (1)`: a value named by its type with its truncated JSON, as jq's type errors print it. */
export const desc = (v: Value) => `${kind(v)} (${trunc(v)})`;

export const fail = (msg: string): never => {
  throw new JqError(msg);
};

export function truthy(v: Value): boolean {
  return v !== null && v !== false;
}

export const obj = (entries: [string, Value][] = []): JObject => new Map(entries);

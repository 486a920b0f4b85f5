// The json module of CPython 3.9 as `python3 -m json.tool` uses it: the C scanner's decoding (Modules/_json.c
// scanstring_unicode, _parse_object_unicode, _parse_array_unicode, _match_number_unicode, scan_once_unicode) with
// JSONDecoder.decode's "Extra data" and "Expecting value" (Lib/json/decoder.py), and the pure-Python encoder that
// json.dump runs (Lib/json/encoder.py _make_iterencode, encode_basestring[_ascii], float.__repr__). Positions are
// counted in code points, as Python's str indexes them.

/** A decoded value: Python ints keep their digits, floats are doubles, objects keep their key order (a dict). */
export type PyJson = null | boolean | string | { int: string } | { float: number } | PyJson[] | Map<string, PyJson>;

export class JSONDecodeError extends Error {
  constructor(msg: string, doc: string[], pos: number) {
    let line = 1;
    let last = -1;
    for (let i = 0; i < pos; i++) if (doc[i] === '\n') (line++, (last = i));
    super(`${msg}: line ${line} column ${pos - last} (char ${pos})`);
  }
}

class StopIteration {
  constructor(readonly value: number) {}
}

const WS = new Set([' ', '\t', '\n', '\r']);
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function scanString(s: string[], end: number): [string, number] {
  const begin = end - 1;
  let out = '';
  for (;;) {
    let next = end;
    let c = '';
    for (; next < s.length; next++) {
      c = s[next];
      if (c === '"' || c === '\\') break;
      if (c.codePointAt(0)! <= 0x1f) throw new JSONDecodeError('Invalid control character at', s, next);
    }
    if (next >= s.length || (c !== '"' && c !== '\\')) throw new JSONDecodeError('Unterminated string starting at', s, begin);
    out += s.slice(end, next).join('');
    next++;
    if (c === '"') return [out, next];
    if (next === s.length) throw new JSONDecodeError('Unterminated string starting at', s, begin);
    c = s[next];
    if (c !== 'u') {
      end = next + 1;
      const map: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (!(c in map)) throw new JSONDecodeError('Invalid \\escape', s, end - 2);
      out += map[c];
      continue;
    }
    next++;
    end = next + 4;
    if (end >= s.length) throw new JSONDecodeError('Invalid \\uXXXX escape', s, next - 1);
    const hex = (from: number, to: number) => {
      const h = s.slice(from, to).join('');
      if (!/^[0-9a-fA-F]{4}$/.test(h)) throw new JSONDecodeError('Invalid \\uXXXX escape', s, to - 5);
      return parseInt(h, 16);
    };
    let code = hex(next, end);
    next = end;
    if (code >= 0xd800 && code <= 0xdbff && end + 6 < s.length && s[next] === '\\' && s[next + 1] === 'u') {
      const c2 = hex(next + 2, end + 6);
      if (c2 >= 0xdc00 && c2 <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (c2 - 0xdc00);
        end += 6;
      }
    }
    out += String.fromCodePoint(code);
  }
}

function skip(s: string[], i: number): number {
  while (i < s.length && WS.has(s[i])) i++;
  return i;
}

function scanOnce(s: string[], idx: number): [PyJson, number] {
  if (idx >= s.length) throw new StopIteration(idx);
  const at = (w: string) => s.slice(idx, idx + w.length).join('') === w;
  switch (s[idx]) {
    case '"':
      return scanString(s, idx + 1);
    case '{':
      return parseObject(s, idx + 1);
    case '[':
      return parseArray(s, idx + 1);
    case 'n':
      if (at('null')) return [null, idx + 4];
      break;
    case 't':
      if (at('true')) return [true, idx + 4];
      break;
    case 'f':
      if (at('false')) return [false, idx + 5];
      break;
    case 'N':
      if (at('NaN')) return [{ float: NaN }, idx + 3];
      break;
    case 'I':
      if (at('Infinity')) return [{ float: Infinity }, idx + 8];
      break;
    case '-':
      if (at('-Infinity')) return [{ float: -Infinity }, idx + 9];
      break;
  }
  return matchNumber(s, idx);
}

function matchNumber(s: string[], start: number): [PyJson, number] {
  const last = s.length - 1;
  let idx = start;
  if (s[idx] === '-') {
    idx++;
    if (idx > last) throw new StopIteration(start);
  }
  if (s[idx] >= '1' && s[idx] <= '9') {
    idx++;
    while (idx <= last && isDigit(s[idx])) idx++;
  } else if (s[idx] === '0') idx++;
  else throw new StopIteration(start);
  let isFloat = false;
  if (idx < last && s[idx] === '.' && isDigit(s[idx + 1])) {
    isFloat = true;
    idx += 2;
    while (idx <= last && isDigit(s[idx])) idx++;
  }
  if (idx < last && (s[idx] === 'e' || s[idx] === 'E')) {
    const eStart = idx++;
    if (idx < last && (s[idx] === '-' || s[idx] === '+')) idx++;
    while (idx <= last && isDigit(s[idx])) idx++;
    if (isDigit(s[idx - 1])) isFloat = true;
    else idx = eStart;
  }
  const text = s.slice(start, idx).join('');
  return [isFloat ? { float: Number(text) } : { int: BigInt(text).toString() }, idx];
}

function parseObject(s: string[], idx: number): [PyJson, number] {
  const obj = new Map<string, PyJson>();
  idx = skip(s, idx);
  if (idx >= s.length || s[idx] !== '}') {
    for (;;) {
      if (idx >= s.length || s[idx] !== '"') throw new JSONDecodeError('Expecting property name enclosed in double quotes', s, idx);
      const [key, afterKey] = scanString(s, idx + 1);
      idx = skip(s, afterKey);
      if (idx >= s.length || s[idx] !== ':') throw new JSONDecodeError("Expecting ':' delimiter", s, idx);
      idx = skip(s, idx + 1);
      const [val, next] = scanOnce(s, idx);
      obj.set(key, val);
      idx = skip(s, next);
      if (idx < s.length && s[idx] === '}') break;
      if (idx >= s.length || s[idx] !== ',') throw new JSONDecodeError("Expecting ',' delimiter", s, idx);
      idx = skip(s, idx + 1);
    }
  }
  return [obj, idx + 1];
}

function parseArray(s: string[], idx: number): [PyJson, number] {
  const list: PyJson[] = [];
  idx = skip(s, idx);
  if (idx >= s.length || s[idx] !== ']') {
    for (;;) {
      const [val, next] = scanOnce(s, idx);
      list.push(val);
      idx = skip(s, next);
      if (idx < s.length && s[idx] === ']') break;
      if (idx >= s.length || s[idx] !== ',') throw new JSONDecodeError("Expecting ',' delimiter", s, idx);
      idx = skip(s, idx + 1);
    }
  }
  return [list, idx + 1];
}

/** json.loads(text): the value, or a JSONDecodeError with CPython's message. */
export function loads(text: string): PyJson {
  const s = Array.from(text);
  if (s[0] === '\ufeff') throw new JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0);
  const start = skip(s, 0);
  let value: PyJson;
  let end: number;
  try {
    [value, end] = scanOnce(s, start);
  } catch (e) {
    if (e instanceof StopIteration) throw new JSONDecodeError('Expecting value', s, e.value);
    throw e;
  }
  end = skip(s, end);
  if (end !== s.length) throw new JSONDecodeError('Extra data', s, end);
  return value;
}

/** float.__repr__: the shortest digits that round-trip, in exponent form below 1e-4 and from 1e16. */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const sign = x < 0 ? '-' : '';
  const [mant, exp] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const decpt = Number(exp) + 1;
  if (decpt <= -4 || decpt > 16) {
    const e = decpt - 1;
    return `${sign}${digits[0]}${digits.length > 1 ? '.' + digits.slice(1) : ''}e${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  }
  if (decpt <= 0) return `${sign}0.${'0'.repeat(-decpt)}${digits}`;
  if (decpt >= digits.length) return `${sign}${digits}${'0'.repeat(decpt - digits.length)}.0`;
  return `${sign}${digits.slice(0, decpt)}.${digits.slice(decpt)}`;
}

const SHORT: Record<string, string> = { '\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const u4 = (n: number) => '\\u' + n.toString(16).padStart(4, '0');

/** encode_basestring_ascii / encode_basestring. */
export function encodeString(str: string, ensureAscii: boolean): string {
  let out = '"';
  for (const ch of str) {
    const n = ch.codePointAt(0)!;
    if (SHORT[ch]) out += SHORT[ch];
    else if (n < 0x20) out += u4(n);
    else if (!ensureAscii || n <= 0x7e) out += ch;
    else if (n > 0xffff) {
      const v = n - 0x10000;
      out += u4(0xd800 | (v >> 10)) + u4(0xdc00 | (v & 0x3ff));
    } else out += u4(n);
  }
  return out + '"';
}

export interface DumpOptions {
  /** null: one line; a string: the indent unit (' ' * n or '\t') */
  indent: string | null;
  itemSeparator: string;
  keySeparator: string;
  sortKeys: boolean;
  ensureAscii: boolean;
}

const byCodePoint = (a: string, b: string) => {
  const x = Array.from(a);
  const y = Array.from(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
};

/** json.dump(obj, fp, indent=…, separators=…, sort_keys=…, ensure_ascii=…): the text written. */
export function dumps(v: PyJson, o: DumpOptions, level = 0): string {
  if (v === null) return 'null';
  if (v === true) return 'true';
  if (v === false) return 'false';
  if (typeof v === 'string') return encodeString(v, o.ensureAscii);
  if (!Array.isArray(v) && !(v instanceof Map)) {
    if ('int' in v) return v.int;
    const f = v.float;
    return Number.isNaN(f) ? 'NaN' : f === Infinity ? 'Infinity' : f === -Infinity ? '-Infinity' : floatRepr(f);
  }
  const items: string[] = Array.isArray(v)
    ? v.map((x) => dumps(x, o, level + 1))
    : (o.sortKeys ? [...v.entries()].sort((a, b) => byCodePoint(a[0], b[0])) : [...v.entries()]).map(([k, x]) => encodeString(k, o.ensureAscii) + o.keySeparator + dumps(x, o, level + 1));
  const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
  if (!items.length) return open + close;
  if (o.indent === null) return open + items.join(o.itemSeparator) + close;
  const nl = '\n' + o.indent.repeat(level + 1);
  return open + nl + items.join(o.itemSeparator + nl) + '\n' + o.indent.repeat(level) + close;
}

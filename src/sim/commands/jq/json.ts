// jq 1.6's JSON reader (jv_parse.c's behaviour): one character at a time, literals gathered until a structural
// character or white space, values emitted as soon as they are complete, and its error messages with the line
// and column it had reached ("Expected separator between values at line 1, column 7").
import { obj, type JObject, type Value } from './values';

type Frame = Value[] | JObject | { key: string };

export type Parsed = { value: Value; end: number } | { error: string };

const NUM = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const WS = new Set([' ', '\t', '\r', '\n']);
const STRUCT = new Set(['[', ',', ']', '{', ':', '}']);

export class JsonReader {
  private pos = 0;
  private line = 1;
  private column = 0;
  private stack: Frame[] = [];
  private next: { v: Value } | null = null;
  private token = '';
  /** 0 normal, 1 in a string, 2 after a backslash in a string. */
  private st = 0;
  private str = '';

  constructor(private readonly text: string) {}

  /** Where the reader stopped (the character after the last value's end). */
  get offset(): number {
    return this.pos;
  }

  private value(v: Value): string | null {
    if (this.next) return 'Expected separator between values';
    this.next = { v };
    return null;
  }

  private checkLiteral(): string | null {
    if (!this.token) return null;
    const t = this.token;
    this.token = '';
    const pat = t[0] === 't' ? 'true' : t[0] === 'f' ? 'false' : t[0] === 'n' ? 'null' : null;
    if (pat) {
      if (t !== pat) return 'Invalid literal';
      return this.value(pat === 'true' ? true : pat === 'false' ? false : null);
    }
    if (!NUM.test(t)) return 'Invalid numeric literal';
    return this.value(Number(t));
  }

  private top(): Frame | undefined {
    return this.stack[this.stack.length - 1];
  }

  private structure(ch: string): string | null {
    const top = this.top();
    switch (ch) {
      case '[':
      case '{':
        if (this.stack.length >= 256) return 'Exceeds depth limit for parsing';
        if (this.next) return 'Expected separator between values';
        this.stack.push(ch === '[' ? [] : obj());
        return null;
      case ':':
        if (!this.next) return "Expected string key before ':'";
        if (!(top instanceof Map)) return "':' not as part of an object";
        if (typeof this.next.v !== 'string') return 'Object keys must be strings';
        this.stack.push({ key: this.next.v });
        this.next = null;
        return null;
      case ',':
        if (!this.next) return "Expected value before ','";
        if (!top) return "',' not as part of an object or array";
        if (Array.isArray(top)) top.push(this.next.v);
        else if (!(top instanceof Map)) {
          this.stack.pop();
          (this.top() as JObject).set(top.key, this.next.v);
        } else return 'Objects must consist of key:value pairs';
        this.next = null;
        return null;
      case ']':
        if (!Array.isArray(top)) return "Unmatched ']'";
        if (this.next) top.push(this.next.v);
        else if (top.length) return 'Expected another array element';
        this.stack.pop();
        this.next = { v: top };
        return null;
      default: {
        if (!top) return "Unmatched '}'";
        if (this.next) {
          if (top instanceof Map || Array.isArray(top)) return 'Objects must consist of key:value pairs';
          this.stack.pop();
          (this.top() as JObject).set(top.key, this.next.v);
        } else {
          if (!(top instanceof Map)) return "Unmatched '}'";
          if (top.size) return 'Expected another key-value pair';
        }
        const o = this.stack.pop()!;
        this.next = { v: o as JObject };
        return null;
      }
    }
  }

  private done(): { v: Value } | null {
    if (!this.stack.length && this.next) {
      const n = this.next;
      this.next = null;
      return n;
    }
    return null;
  }

  private endString(): string | null {
    const s = this.str;
    let out = '';
    for (let i = 0; i < s.length; i++) {
      const c = s[i];
      if (c === '\\') {
        i++;
        if (i >= s.length) return 'Expected escape character at end of string';
        const e = s[i];
        const simple: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', b: '\b', f: '\f', t: '\t', n: '\n', r: '\r' };
        if (e in simple) out += simple[e];
        else if (e === 'u') {
          if (i + 4 >= s.length + 0 && s.length - i - 1 < 4) return 'Invalid \\uXXXX escape';
          const h = s.slice(i + 1, i + 5);
          if (!/^[0-9a-fA-F]{4}$/.test(h)) return 'Invalid characters in \\uXXXX escape';
          let cp = parseInt(h, 16);
          i += 4;
          if (cp >= 0xd800 && cp <= 0xdbff) {
            const lo = s.slice(i + 1, i + 7);
            if (!/^\\u[dD][c-fC-F][0-9a-fA-F]{2}$/.test(lo)) cp = 0xfffd;
            else {
              cp = 0x10000 + ((cp - 0xd800) << 10) + (parseInt(lo.slice(2), 16) - 0xdc00);
              i += 6;
            }
          } else if (cp >= 0xdc00 && cp <= 0xdfff) cp = 0xfffd;
          out += String.fromCodePoint(cp);
        } else return 'Invalid escape';
      } else {
        if (c.charCodeAt(0) < 0x20) return 'Invalid string: control characters from U+0000 through U+001F must be escaped';
        out += c;
      }
    }
    this.str = '';
    return this.value(out);
  }

  private err(msg: string, eof = false): { error: string } {
    return { error: `${msg} at ${eof ? 'EOF at ' : ''}line ${this.line}, column ${this.column}` };
  }

  /** The next value, a parse error, or null at the end of the text. */
  read(): Parsed | null {
    const t = this.text;
    while (this.pos < t.length) {
      const ch = t[this.pos++];
      this.column++;
      if (ch === '\n') {
        this.line++;
        this.column = 0;
      }
      let msg: string | null = null;
      let out: { v: Value } | null = null;
      if (this.st === 0) {
        const lit = !WS.has(ch) && !STRUCT.has(ch) && ch !== '"';
        if (!lit) {
          msg = this.checkLiteral();
          if (!msg) out = this.done();
        }
        if (!msg) {
          if (lit) this.token += ch;
          else if (ch === '"') this.st = 1;
          else if (STRUCT.has(ch)) msg = this.structure(ch);
        }
        if (!msg && !out) out = this.done();
      } else if (ch === '"' && this.st === 1) {
        msg = this.endString();
        this.st = 0;
        if (!msg) out = this.done();
      } else {
        this.str += ch;
        this.st = ch === '\\' && this.st === 1 ? 2 : 1;
      }
      if (msg) {
        this.reset();
        return this.err(msg);
      }
      if (out) return { value: out.v, end: this.pos - 1 };
    }
    if (this.st !== 0) {
      this.st = 0;
      return this.err('Unfinished string', true);
    }
    const msg = this.checkLiteral();
    if (msg) {
      this.reset();
      return this.err(msg, true);
    }
    if (this.stack.length) {
      this.reset();
      return this.err('Unfinished JSON term', true);
    }
    const out = this.done();
    return out ? { value: out.v, end: this.pos } : null;
  }

  /** Where the last parse error was found. */
  errAt = 0;

  private reset() {
    this.errAt = Math.max(0, this.pos - 1);
    this.stack = [];
    this.next = null;
    this.token = '';
    this.str = '';
    this.st = 0;
    this.pos = this.text.length;
  }
}

/** jv_parse: exactly one JSON text (fromjson, tonumber, --argjson, --jsonargs). */
export function parseJson(text: string): { value: Value } | { error: string } {
  const r = new JsonReader(text);
  const first = r.read();
  if (!first) return { error: 'Expected JSON value' };
  if ('error' in first) return first;
  const second = r.read();
  if (second && 'error' in second) return second;
  if (second) return { error: 'Unexpected extra JSON values' };
  return { value: first.value };
}

// jq 1.6's string builtins: @formats (builtin.c f_format), regular expressions (f_match over Oniguruma, here
// JavaScript's RegExp with Oniguruma's flags mapped), and the date functions in UTC.
import { desc, dump, fail, fmtNum, isObject, kind, obj, type Value } from './values';

const tostr = (v: Value) => (typeof v === 'string' ? v : dump(v, { indent: 0 }));

function b64(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin);
}

function b64d(s: string, v: Value): string {
  const clean = s.replace(/=+$/, '');
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const c of clean) {
    const i = chars.indexOf(c);
    if (i < 0) fail(`${desc(v)} is not valid base64 data`);
    acc = (acc << 6) | i;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push((acc >> bits) & 0xff);
    }
  }
  if (clean.length % 4 === 1) fail(`${desc(v)} trailing base64 byte found`);
  return new TextDecoder().decode(new Uint8Array(out));
}

export function format(at: string, v: Value): string {
  const name = at.replace(/^@/, '');
  switch (name) {
    case 'json':
      return dump(v, { indent: 0 });
    case 'text':
      return tostr(v);
    case 'csv':
    case 'tsv': {
      if (!Array.isArray(v)) fail(`${desc(v)} cannot be ${name}-formatted, only array`);
      return (v as Value[])
        .map((x) => {
          if (x === null) return '';
          if (typeof x === 'boolean') return String(x);
          if (typeof x === 'number') return Number.isNaN(x) ? '' : fmtNum(x);
          if (typeof x === 'string') return name === 'csv' ? '"' + x.replaceAll('"', '""') + '"' : x.replace(/[\t\r\n\\]/g, (c) => ({ '\t': '\\t', '\r': '\\r', '\n': '\\n', '\\': '\\\\' })[c]!);
          return fail(`${desc(x)} is not valid in a csv row`);
        })
        .join(name === 'csv' ? ',' : '\t');
    }
    case 'html':
      return tostr(v).replace(/[&<>'"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', "'": '&apos;', '"': '&quot;' })[c]!);
    case 'uri': {
      let out = '';
      for (const b of new TextEncoder().encode(tostr(v))) {
        const c = String.fromCharCode(b);
        out += b < 128 && /[A-Za-z0-9\-_.!~*'()]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
      }
      return out;
    }
    case 'sh': {
      const one = (x: Value): string => {
        if (typeof x === 'string') return "'" + x.replaceAll("'", "'\\''") + "'";
        if (Array.isArray(x) || isObject(x)) return fail(`${desc(x)} can not be escaped for shell`);
        return dump(x, { indent: 0 });
      };
      return Array.isArray(v) ? v.map(one).join(' ') : one(v);
    }
    case 'base64':
      return b64(tostr(v));
    case 'base64d':
      return b64d(tostr(v), v);
    default:
      return fail(`${name} is not a valid format`);
  }
}

/** An Oniguruma pattern and flags as a JavaScript RegExp (x strips white space and comments). */
export function regex(re: Value, flags: Value, input: Value): { rx: RegExp; global: boolean; noEmpty: boolean } {
  if (typeof input !== 'string') fail(`${desc(input)} cannot be matched, as it is not a string`);
  if (typeof re !== 'string') fail(`${desc(re)} is not a string`);
  if (flags !== null && typeof flags !== 'string') fail(`${desc(flags)} is not a string`);
  let src = re as string;
  let js = 'd';
  let global = false;
  let noEmpty = false;
  for (const f of (flags as string | null) ?? '') {
    if (f === 'g') global = true;
    else if (f === 'i') js += 'i';
    else if (f === 'x') src = src.replace(/\\#/g, '\u0000').replace(/#[^\n]*/g, '').replace(/\s+/g, '').replace(/\u0000/g, '\\#');
    else if (f === 's') js += 's';
    else if (f === 'n') noEmpty = true;
    else if (f === 'p') (js += 's'), (noEmpty = true);
    else if (f === 'l') continue;
    else fail(`${flags} is not a valid modifier string`);
  }
  src = src.replace(/\\h/g, '[0-9a-fA-F]').replace(/\\H/g, '[^0-9a-fA-F]').replace(/\\A/g, '^').replace(/\\[zZ]/g, '$');
  try {
    return { rx: new RegExp(src, js + 'g'), global, noEmpty };
  } catch {
    return fail(`${re} (at offset 0) is not a valid regex: invalid pattern`);
  }
}

const cpLen = (s: string) => [...s].length;

/** _match_impl: the match objects (offset and length in code points, captures with their names). */
export function matches(input: string, re: Value, flags: Value): Value[] {
  const { rx, global, noEmpty } = regex(re, flags, input);
  const names: (string | null)[] = [];
  const groupRe = /\\.|\[(?:\\.|[^\]])*\]|\((\?<([A-Za-z_][A-Za-z0-9_]*)>|\?[:=!]|\?<[=!])?/g;
  for (let m; (m = groupRe.exec(rx.source)); ) if (m[0].startsWith('(') && (m[1] === undefined || m[2])) names.push(m[2] ?? null);
  const out: Value[] = [];
  rx.lastIndex = 0;
  for (let m; (m = rx.exec(input)); ) {
    if (m[0] === '') rx.lastIndex++;
    if (noEmpty && m[0] === '') continue;
    const idx = (m as RegExpExecArray & { indices: [number, number][] }).indices;
    const caps: Value[] = [];
    for (let i = 1; i < m.length; i++) {
      const name = names[i - 1] ?? null;
      if (m[i] === undefined) caps.push(obj([['offset', -1], ['length', 0], ['string', null], ['name', name]]));
      else caps.push(obj([['offset', cpLen(input.slice(0, idx[i][0]))], ['length', cpLen(m[i])], ['string', m[i]], ['name', name]]));
    }
    out.push(obj([['offset', cpLen(input.slice(0, m.index))], ['length', cpLen(m[0])], ['string', m[0]], ['captures', caps]]));
    if (!global) break;
    if (rx.lastIndex > input.length) break;
  }
  return out;
}

export function captureObject(m: Value): Value {
  const o = obj();
  for (const c of (m as Map<string, Value>).get('captures') as Value[]) {
    const cm = c as Map<string, Value>;
    if (cm.get('name') !== null) o.set(cm.get('name') as string, cm.get('string')!);
  }
  return o;
}

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** gmtime: [seconds-with-fraction, minutes, hours, mday, month(0-11), year-1900... as jq 1.6 gives it] */
export function gmtime(v: Value): Value {
  if (typeof v !== 'number') fail('gmtime() requires numeric inputs');
  const d = new Date(Math.floor(v as number) * 1000);
  const start = Date.UTC(d.getUTCFullYear(), 0, 1);
  const yday = Math.floor((d.getTime() - start) / 86400000);
  return [d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds() + ((v as number) - Math.floor(v as number)), d.getUTCDay(), yday];
}

export function mktime(v: Value): Value {
  if (!Array.isArray(v)) fail('mktime requires array inputs');
  const a = v as Value[];
  if (a.length < 6 || a.slice(0, 6).some((x) => typeof x !== 'number')) fail('mktime requires parsed datetime inputs');
  const n = a as number[];
  return Math.floor(Date.UTC(n[0], n[1], n[2], n[3], n[4], Math.floor(n[5])) / 1000);
}

export function strftime(v: Value, fmt: Value): Value {
  if (typeof v === 'number') v = gmtime(v);
  if (!Array.isArray(v) || v.length < 6) fail('strftime/1 requires parsed datetime inputs');
  if (typeof fmt !== 'string') fail('strftime/1 requires a string format');
  const [y, mo, d, h, mi, s, wd, yd] = (v as number[]).map((x) => Math.floor(x ?? 0));
  const p2 = (n: number) => String(n).padStart(2, '0');
  return (fmt as string).replace(/%([a-zA-Z%])/g, (all, c: string) => {
    switch (c) {
      case 'Y': return String(y);
      case 'm': return p2(mo + 1);
      case 'd': return p2(d);
      case 'e': return String(d).padStart(2, ' ');
      case 'H': return p2(h);
      case 'M': return p2(mi);
      case 'S': return p2(s);
      case 'j': return String(yd + 1).padStart(3, '0');
      case 'a': return DAYS[wd].slice(0, 3);
      case 'A': return DAYS[wd];
      case 'b': case 'h': return MONTHS[mo].slice(0, 3);
      case 'B': return MONTHS[mo];
      case 'y': return p2(y % 100);
      case 'Z': return 'UTC';
      case 'z': return '+0000';
      case 's': return String(mktime(v));
      case 'T': return `${p2(h)}:${p2(mi)}:${p2(s)}`;
      case 'F': return `${y}-${p2(mo + 1)}-${p2(d)}`;
      case 'D': return `${p2(mo + 1)}/${p2(d)}/${p2(y % 100)}`;
      case 'c': return `${DAYS[wd].slice(0, 3)} ${MONTHS[mo].slice(0, 3)} ${String(d).padStart(2, ' ')} ${p2(h)}:${p2(mi)}:${p2(s)} ${y}`;
      case '%': return '%';
      default: return all;
    }
  });
}

export function strptime(v: Value, fmt: Value): Value {
  if (typeof v !== 'string') fail(`strptime/1 requires string inputs and arguments`);
  const f = fmt as string;
  const s = v as string;
  const fields: Record<string, number> = { Y: 1900, m: 1, d: 1, H: 0, M: 0, S: 0 };
  let re = '^';
  const order: string[] = [];
  for (let i = 0; i < f.length; i++) {
    if (f[i] === '%' && i + 1 < f.length) {
      const c = f[++i];
      if (c === 'T') {
        re += '(\\d{1,2}):(\\d{1,2}):(\\d{1,2})';
        order.push('H', 'M', 'S');
      } else if ('YmdHMSjy'.includes(c)) {
        re += c === 'Y' ? '([+-]?\\d{1,4})' : '(\\d{1,2})';
        order.push(c);
      } else if (c === 'Z') re += '[A-Za-z]*';
      else if (c === 'z') re += '[+-]\\d{4}';
      else re += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    } else re += f[i].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const m = new RegExp(re + '$').exec(s);
  if (!m) fail(`date "${s}" does not match format "${f}"`);
  order.forEach((k, i) => (fields[k] = Number(m![i + 1])));
  const t = Date.UTC(fields.Y, fields.m - 1, fields.d, fields.H, fields.M, fields.S) / 1000;
  return gmtime(t);
}

export { kind };

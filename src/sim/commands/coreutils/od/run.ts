// od of GNU coreutils 8.32 (options and help in spec.ts): the bytes of the files (UTF-8) in the formats given with
// -t (a, c, d/o/u/x with sizes 1 2 4 8 or C S I L, f F D, `z` for the text trailer) or the traditional letters
// (-c, -x, -b, -d, -o, -s, -a, -f ...), 16 bytes a line or -w, the address in -A radix (o d x n), -j, -N, -v, and
// repeated lines as `*`. -S (strings) and the pre-POSIX offset operands are not read.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { concatBytes, toBytes } from '../../lib/bytes';
import { reader } from '../lib/input';
import { quote } from '../lib/quote';


interface Spec {
  kind: 'a' | 'c' | 'd' | 'o' | 'u' | 'x' | 'f';
  size: number;
  width: number;
  trailer: boolean;
  pad?: number;
}

const HEX: Record<number, number> = { 1: 2, 2: 4, 4: 8, 8: 16 };
const OCT: Record<number, number> = { 1: 3, 2: 6, 4: 11, 8: 22 };
const UDEC: Record<number, number> = { 1: 3, 2: 5, 4: 10, 8: 20 };
const SDEC: Record<number, number> = { 1: 4, 2: 6, 4: 11, 8: 20 };
const NAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'nl', 'vt', 'ff', 'cr', 'so', 'si', 'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us', 'sp'];
const CHAR_ESC: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

class Fatal extends Error {}

/** decode_format_string: one -t argument, several types in a row (`x1z`, `d2c`). */
function decode(arg: string, err: (m: string) => void): Spec[] | null {
  const out: Spec[] = [];
  let s = arg;
  while (s) {
    const c = s[0];
    s = s.slice(1);
    let spec: Spec;
    if ('doux'.includes(c)) {
      let size = 4;
      const letter = { C: 1, S: 2, I: 4, L: 8 }[s[0]];
      if (letter) {
        size = letter;
        s = s.slice(1);
      } else {
        const m = /^\d+/.exec(s);
        if (m) {
          size = Number(m[0]);
          if (![1, 2, 4, 8].includes(size)) {
            err(`invalid type string ${quote(arg)};\nthis system doesn't provide a ${size}-byte integral type`);
            return null;
          }
          s = s.slice(m[0].length);
        }
      }
      const width = (c === 'x' ? HEX : c === 'o' ? OCT : c === 'u' ? UDEC : SDEC)[size];
      spec = { kind: c as Spec['kind'], size, width, trailer: false };
    } else if (c === 'f') {
      let size = 8;
      const letter = { F: 4, D: 8, L: 16 }[s[0]];
      if (letter) {
        size = letter;
        s = s.slice(1);
      } else {
        const m = /^\d+/.exec(s);
        if (m) {
          size = Number(m[0]);
          if (![4, 8, 16].includes(size)) {
            err(`invalid type string ${quote(arg)};\nthis system doesn't provide a ${size}-byte floating point type`);
            return null;
          }
          s = s.slice(m[0].length);
        }
      }
      // long double is read as a double here
      spec = { kind: 'f', size, width: size === 4 ? 15 : size === 8 ? 24 : 29, trailer: false };
    } else if (c === 'a' || c === 'c') spec = { kind: c, size: 1, width: 3, trailer: false };
    else {
      err(`invalid character '${c}' in type string ${quote(arg)}`);
      return null;
    }
    if (s[0] === 'z') {
      spec.trailer = true;
      s = s.slice(1);
    }
    out.push(spec);
  }
  return out;
}

/** %g with the fewest digits that read back as the same value (gnulib ftoastr / dtoastr). */
function shortest(x: number, single: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (!Number.isFinite(x)) return x < 0 ? '-inf' : 'inf';
  if (x === 0) return Object.is(x, -0) ? '-0' : '0';
  for (let p = 1; p <= 17; p++) {
    const e = x.toExponential(p - 1);
    const back = Number(e);
    if (single ? Math.fround(back) !== x : back !== x) continue;
    const [mant, expStr] = e.split('e');
    const exp = Number(expStr);
    if (exp < -4 || exp >= p) {
      const m = mant.includes('.') ? mant.replace(/0+$/, '').replace(/\.$/, '') : mant;
      return `${m}e${exp < 0 ? '-' : '+'}${String(Math.abs(exp)).padStart(2, '0')}`;
    }
    const fixed = x.toFixed(Math.max(0, p - 1 - exp));
    return fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  }
  return String(x);
}

function item(spec: Spec, bytes: Uint8Array, at: number): string {
  const dv = new DataView(bytes.buffer, bytes.byteOffset + at, spec.size);
  if (spec.kind === 'c') {
    const b = bytes[at];
    return CHAR_ESC[b] ?? (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : b.toString(8).padStart(3, '0'));
  }
  if (spec.kind === 'a') {
    const b = bytes[at] & 0x7f;
    return b === 127 ? 'del' : b <= 32 ? NAMES[b] : String.fromCharCode(b);
  }
  if (spec.kind === 'f') return spec.size === 4 ? shortest(dv.getFloat32(0, true), true) : shortest(dv.getFloat64(0, true), false);
  const u = spec.size === 1 ? BigInt(dv.getUint8(0)) : spec.size === 2 ? BigInt(dv.getUint16(0, true)) : spec.size === 4 ? BigInt(dv.getUint32(0, true)) : dv.getBigUint64(0, true);
  if (spec.kind === 'x') return u.toString(16).padStart(spec.width, '0');
  if (spec.kind === 'o') return u.toString(8).padStart(spec.width, '0');
  if (spec.kind === 'u') return u.toString();
  return BigInt.asIntN(spec.size * 8, u).toString();
}

const OLD: Record<string, string> = { a: 'a', b: 'o1', c: 'c', D: 'u4', d: 'u2', F: 'fD', e: 'fD', f: 'fF', X: 'x4', H: 'x4', i: 'dI', I: 'dL', L: 'dL', l: 'dL', O: 'o4', B: 'o2', o: 'o2', s: 'd2', h: 'x2', x: 'x2' };

/** xstrtoumax with od's multipliers (b 512, k K 1024, kB 1000, M MB ...); 0x and 0 prefixes. */
function size(v: string): number | null {
  const m = /^(0x[0-9a-f]+|0[0-7]*|[1-9]\d*)([bkKmMGTPEZY]?)(B|iB)?$/i.exec(v.trim());
  if (!m) return null;
  const n = m[1].toLowerCase().startsWith('0x') ? parseInt(m[1], 16) : m[1].startsWith('0') ? parseInt(m[1], 8) : Number(m[1]);
  const unit = m[2];
  if (!unit) return m[3] ? null : n;
  if (unit === 'b') return m[3] ? null : n * 512;
  const pow = 'KMGTPEZY'.indexOf(unit.toUpperCase()) + 1;
  return n * (m[3] === 'B' ? 1000 : 1024) ** pow;
}

export function* run(ctx: CommandContext): CommandRun {
  const err = (m: string) => ctx.err(`od: ${m}\n`);
  let specs: Spec[] = [];
  let ok = true;
  let radix = 8;
  let padLen = 7;
  let skip = 0;
  let limit: number | null = null;
  let dupes = false;
  let width: number | null = null;
  let widthGiven = false;
  try {
    for (const { key, value, as } of ctx.opts!.list) {
      const v = typeof value === 'string' ? value : '';
      const bad = (name: string) => {
        err(`invalid ${name} argument ${quote(v)}`);
        throw new Fatal();
      };
      const suffix = (name: string) => {
        err(`invalid suffix in ${name} argument ${quote(v)}`);
        throw new Fatal();
      };
      const opt = as.startsWith('--') ? `--${key}` : `-${key}`;
      if (key === 'address-radix') {
        const r = { d: [10, 7], o: [8, 7], x: [16, 6], n: [0, 0] }[v[0]];
        if (!r) {
          err(`invalid output address radix '${v[0] ?? ''}'; it must be one character from [doxn]`);
          return 1;
        }
        [radix, padLen] = r;
      } else if (key === 'skip-bytes' || key === 'read-bytes') {
        const n = size(v);
        if (n === null) (/^\d/.test(v) ? suffix : bad)(`${opt === '-j' || opt === '-N' ? opt : `--${key}`}`);
        if (key === 'skip-bytes') skip = n!;
        else limit = n!;
      } else if (key === 'format') {
        const d = decode(v, err);
        if (d) specs.push(...d);
        else ok = false;
      } else if (key === 'output-duplicates') dupes = true;
      else if (key === 'width') {
        widthGiven = true;
        if (!v) width = 32;
        else {
          if (!/^\d+$/.test(v)) bad(opt === '-w' ? '-w' : '--width');
          width = Number(v);
        }
      } else if (key in OLD) specs.push(...decode(OLD[key], err)!);
      else if (key === 'strings' || key === 'traditional' || key === 'endian') {
        // not modelled: see DIFFERENCES.md
      }
    }
  } catch (e) {
    if (e instanceof Fatal) return 1;
    throw e;
  }
  if (!ok) return 1;
  if (!specs.length) specs = decode('oS', err)!;

  const read = reader(ctx, 'od', limit === null ? undefined : skip + limit);
  const files = ctx.operands?.length ? ctx.operands : ['-'];
  const chunks: Uint8Array[] = [];
  for (const f of files) {
    const t = read(f);
    if (t === null) {
      ok = false;
      continue;
    }
    chunks.push(toBytes(t));
  }
  if (!chunks.length) return 1;
  const all = concatBytes(chunks);
  if (skip > all.length) {
    err('cannot skip past end of combined input');
    return 1;
  }
  const data = all.subarray(skip, limit === null ? undefined : Math.min(all.length, skip + limit));

  const lcm = specs.reduce((l, s) => {
    const gcd = (a: number, b: number): number => (b ? gcd(b, a % b) : a);
    return (l * s.size) / gcd(l, s.size);
  }, 1);
  let perBlock: number;
  if (widthGiven) {
    if (width && width % lcm === 0) perBlock = width;
    else {
      err(`warning: invalid width ${width}; using ${lcm} instead`);
      perBlock = lcm;
    }
  } else perBlock = lcm < 16 ? lcm * Math.floor(16 / lcm) : lcm;
  let widthPerBlock = 0;
  for (const s of specs) widthPerBlock = Math.max(widthPerBlock, (s.width + 1) * (perBlock / s.size));
  for (const s of specs) s.pad = widthPerBlock - s.width * (perBlock / s.size);

  const address = (a: number) => (radix ? a.toString(radix).padStart(padLen, '0') : '');
  let out = '';
  let prev: Uint8Array | null = null;
  let prevEqual = false;
  for (let at = 0; at < data.length; at += perBlock) {
    const n = Math.min(perBlock, data.length - at);
    const block = new Uint8Array(perBlock);
    block.set(data.subarray(at, at + n));
    if (!dupes && prev && n === perBlock && block.every((b, i) => b === prev![i])) {
      if (!prevEqual) out += '*\n';
      prevEqual = true;
      continue;
    }
    prevEqual = false;
    specs.forEach((s, i) => {
      const fields = perBlock / s.size;
      const blank = Math.floor((perBlock - n) / s.size);
      let line = i === 0 ? address(skip + at) : ' '.repeat(padLen);
      let padLeft = s.pad!;
      for (let k = fields, p = 0; k > blank; k--, p += s.size) {
        const next = Math.floor((s.pad! * (k - 1)) / fields);
        line += item(s, block, p).padStart(padLeft - next + s.width);
        padLeft = next;
      }
      if (s.trailer) {
        line += ' '.repeat(blank * s.width + Math.floor((s.pad! * blank) / fields));
        line += '  >' + [...block.subarray(0, n)].map((b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('') + '<';
      }
      out += line + '\n';
    });
    prev = block;
  }
  out += radix ? address(skip + data.length) + '\n' : '';
  ctx.out(out);
  return ok ? 0 : 1;
}

// iconv of glibc 2.34 (options and help in spec.ts), after iconv/iconv_prog.c: the input (files or standard input) is
// converted from -f to -t (both default to the locale's codeset, UTF-8 for the box's en_US.UTF-8). The encodings are
// the box's (glibc's basic gconv modules: the EUC-KR and other CJK modules are glibc-gconv-extra's, not installed):
// UTF-8, ASCII, ISO-8859-1, ISO-8859-15, CP1252, UTF-16/UCS-2 (LE, BE), UTF-32/UCS-4 and their aliases. A character
// the target cannot hold, or bytes that are not the source encoding, stop the conversion with "illegal input sequence
// at position N" (the byte offset, exit 1) after what was converted; -c leaves them out; //TRANSLIT replaces accented
// letters by their base letter and others by "?"; //IGNORE is -c.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { fromBytes, toBytes } from '../../lib/bytes';
import { NAMES } from './names';
import { strerror } from '../../../fs';

const P = 'iconv';

type Codec = {
  /** Code points from bytes: each with the offset of its first byte; `bad` the offset of an invalid sequence, `short` an incomplete end. */
  decode: (b: Uint8Array) => { cps: [number, number][]; bad?: number; short?: boolean };
  /** The bytes of one code point, or null when the encoding has none for it. */
  encode: (cp: number, first: boolean) => number[] | null;
};

const single = (max: number, table?: Record<number, number>): Codec => {
  const back = new Map<number, number>();
  for (let b = 0; b < 256; b++) {
    const cp = table?.[b] ?? (b <= max ? b : -1);
    if (cp >= 0 && !back.has(cp)) back.set(cp, b);
  }
  return {
    decode(b) {
      const cps: [number, number][] = [];
      for (let i = 0; i < b.length; i++) {
        const cp = table?.[b[i]] ?? (b[i] <= max ? b[i] : -1);
        if (cp < 0) return { cps, bad: i };
        cps.push([cp, i]);
      }
      return { cps };
    },
    encode: (cp) => (back.has(cp) ? [back.get(cp)!] : null),
  };
};

const utf8: Codec = {
  decode(b) {
    const cps: [number, number][] = [];
    let i = 0;
    while (i < b.length) {
      const c = b[i];
      const n = c < 0x80 ? 1 : c >= 0xc2 && c <= 0xdf ? 2 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xf0 && c <= 0xf4 ? 4 : 0;
      if (!n) return { cps, bad: i };
      if (i + n > b.length) {
        for (let k = i + 1; k < b.length; k++) if ((b[k] & 0xc0) !== 0x80) return { cps, bad: i };
        return { cps, short: true };
      }
      let cp = n === 1 ? c : c & (0xff >> (n + 1));
      for (let k = 1; k < n; k++) {
        if ((b[i + k] & 0xc0) !== 0x80) return { cps, bad: i };
        cp = (cp << 6) | (b[i + k] & 63);
      }
      if ((n === 3 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) || (n === 4 && (cp < 0x10000 || cp > 0x10ffff))) return { cps, bad: i };
      cps.push([cp, i]);
      i += n;
    }
    return { cps };
  },
  encode: (cp) => [...new TextEncoder().encode(String.fromCodePoint(cp))],
};

/** UTF-16 and UCS-2: `bom` reads and writes a byte order mark (little-endian output, as on x86). */
const utf16 = (le: boolean, bom: boolean, ucs2: boolean): Codec => ({
  decode(b) {
    const cps: [number, number][] = [];
    let little = le;
    let i = 0;
    if (bom && b.length >= 2) {
      if (b[0] === 0xff && b[1] === 0xfe) [little, i] = [true, 2];
      else if (b[0] === 0xfe && b[1] === 0xff) [little, i] = [false, 2];
      else little = false;
    }
    const at = (k: number) => (little ? b[k] | (b[k + 1] << 8) : (b[k] << 8) | b[k + 1]);
    while (i < b.length) {
      if (i + 2 > b.length) return { cps, short: true };
      const u = at(i);
      if (u >= 0xd800 && u <= 0xdbff && !ucs2) {
        if (i + 4 > b.length) return { cps, short: true };
        const l = at(i + 2);
        if (l < 0xdc00 || l > 0xdfff) return { cps, bad: i };
        cps.push([0x10000 + ((u - 0xd800) << 10) + (l - 0xdc00), i]);
        i += 4;
        continue;
      }
      if (u >= 0xd800 && u <= 0xdfff) return { cps, bad: i };
      cps.push([u, i]);
      i += 2;
    }
    return { cps };
  },
  encode(cp, first) {
    const unit = (u: number) => (le || bom ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]);
    const pre = bom && first ? unit(0xfeff) : [];
    if (cp < 0x10000) return [...pre, ...unit(cp)];
    if (ucs2) return null;
    const v = cp - 0x10000;
    return [...pre, ...unit(0xd800 + (v >> 10)), ...unit(0xdc00 + (v & 0x3ff))];
  },
});

const utf32 = (le: boolean, bom: boolean): Codec => ({
  decode(b) {
    const cps: [number, number][] = [];
    let little = le;
    let i = 0;
    if (bom && b.length >= 4) {
      if (b[0] === 0xff && b[1] === 0xfe && !b[2] && !b[3]) [little, i] = [true, 4];
      else if (!b[0] && !b[1] && b[2] === 0xfe && b[3] === 0xff) [little, i] = [false, 4];
    }
    for (; i < b.length; i += 4) {
      if (i + 4 > b.length) return { cps, short: true };
      const cp = little ? (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0 : ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
      if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { cps, bad: i };
      cps.push([cp, i]);
    }
    return { cps };
  },
  encode(cp, first) {
    const unit = (u: number) => (le || bom ? [u & 0xff, (u >> 8) & 0xff, (u >> 16) & 0xff, u >>> 24] : [u >>> 24, (u >> 16) & 0xff, (u >> 8) & 0xff, u & 0xff]);
    return [...(bom && first ? unit(0xfeff) : []), ...unit(cp)];
  },
});

// ISO-8859-15 and CP1252 differ from ISO-8859-1 in these bytes (glibc's iconvdata/iso8859-15.c and cp1252.c tables)
const L9: Record<number, number> = { 0xa4: 0x20ac, 0xa6: 0x160, 0xa8: 0x161, 0xb4: 0x17d, 0xb8: 0x17e, 0xbc: 0x152, 0xbd: 0x153, 0xbe: 0x178 };
const W1252: Record<number, number> = {
  0x80: 0x20ac, 0x81: -1, 0x82: 0x201a, 0x83: 0x192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021, 0x88: 0x2c6, 0x89: 0x2030,
  0x8a: 0x160, 0x8b: 0x2039, 0x8c: 0x152, 0x8d: -1, 0x8e: 0x17d, 0x8f: -1, 0x90: -1, 0x91: 0x2018, 0x92: 0x2019, 0x93: 0x201c,
  0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x2dc, 0x99: 0x2122, 0x9a: 0x161, 0x9b: 0x203a, 0x9c: 0x153,
  0x9d: -1, 0x9e: 0x17e, 0x9f: 0x178,
};

/** The canonical name a NAMES entry stands for (gconv_builtin.h's aliases and gconv-modules' alias lines). */
const CANON: Record<string, string[]> = {
  'ISO-10646/UTF8/': ['UTF8//', 'UTF-8//', 'ISO-IR-193//', 'OSF05010001//', 'ISO-10646/UTF-8/', 'ISO-10646/UTF8/'],
  'ANSI_X3.4-1968//': ['ANSI_X3.4-1968//', 'ANSI_X3.4//', 'ISO-IR-6//', 'ANSI_X3.4-1986//', 'ISO_646.IRV:1991//', 'ASCII//', 'ISO646-US//', 'US-ASCII//', 'US//', 'IBM367//', 'CP367//', 'CSASCII//', 'OSF00010020//'],
  'ISO-8859-1//': ['ISO-8859-1//', 'ISO-IR-100//', 'ISO_8859-1:1987//', 'ISO_8859-1//', 'ISO8859-1//', 'ISO88591//', 'LATIN1//', 'L1//', 'IBM819//', 'CP819//', 'CSISOLATIN1//', '8859_1//', 'OSF00010001//'],
  'ISO-8859-15//': ['ISO-8859-15//', 'ISO8859-15//', 'ISO885915//', 'ISO-IR-203//', 'ISO_8859-15//', 'LATIN-9//', 'LATIN9//', 'ISO_8859-15:1998//'],
  'CP1252//': ['CP1252//', 'MS-ANSI//', 'WINDOWS-1252//'],
  'UTF-16//': ['UTF-16//', 'UTF16//'],
  'UTF-16LE//': ['UTF-16LE//', 'UTF16LE//'],
  'UTF-16BE//': ['UTF-16BE//', 'UTF16BE//'],
  'ISO-10646/UCS2/': ['ISO-10646/UCS2/', 'UCS2//', 'UCS-2//', 'OSF00010100//', 'OSF00010101//', 'OSF00010102//', 'UNICODEBIG//', 'UCS-2BE//'],
  'UNICODELITTLE//': ['UNICODELITTLE//', 'UCS-2LE//'],
  'UTF-32//': ['UTF-32//', 'UTF32//'],
  'UTF-32LE//': ['UTF-32LE//', 'UTF32LE//'],
  'UTF-32BE//': ['UTF-32BE//', 'UTF32BE//'],
  'ISO-10646/UCS4/': ['ISO-10646/UCS4/', 'UCS4//', 'UCS-4//', 'UCS-4BE//', 'CSUCS4//', 'ISO-10646//', '10646-1:1993//', '10646-1:1993/UCS4/', 'OSF00010104//', 'OSF00010105//', 'OSF00010106//'],
  'UCS-4LE//': ['UCS-4LE//'],
};
const CODECS: Record<string, Codec> = {
  'ISO-10646/UTF8/': utf8,
  'ANSI_X3.4-1968//': single(0x7f),
  'ISO-8859-1//': single(0xff),
  'ISO-8859-15//': single(0xff, L9),
  'CP1252//': single(0xff, W1252),
  'UTF-16//': utf16(true, true, false),
  'UTF-16LE//': utf16(true, false, false),
  'UTF-16BE//': utf16(false, false, false),
  'ISO-10646/UCS2/': utf16(false, false, true),
  'UNICODELITTLE//': utf16(true, false, true),
  'UTF-32//': utf32(true, true),
  'UTF-32LE//': utf32(true, false),
  'UTF-32BE//': utf32(false, false),
  'ISO-10646/UCS4/': utf32(false, false),
  'UCS-4LE//': utf32(true, false),
};

/** __gconv_create_spec: the name upper-cased, its "//TRANSLIT"/"//IGNORE" suffixes read, then an alias looked up. */
function lookup(name: string): { codec?: Codec; translit: boolean; ignore: boolean } {
  const [base, ...suffixes] = name.toUpperCase().split('//');
  const sfx = suffixes.join(',').split(',');
  const key = /\/$/.test(base) ? base : `${base}//`;
  const canon = Object.keys(CANON).find((c) => CANON[c].includes(key));
  return { codec: canon ? CODECS[canon] : undefined, translit: sfx.includes('TRANSLIT'), ignore: sfx.includes('IGNORE') };
}

/** //TRANSLIT: an accented letter as its base letter (the locale's translit_combining), anything else "?". */
function translit(cp: number, to: Codec): number[] | null {
  const base = String.fromCodePoint(cp).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const out: number[] = [];
  for (const ch of base) {
    const b = to.encode(ch.codePointAt(0)!, false);
    if (!b) return to.encode(0x3f, false);
    out.push(...b);
  }
  return out.length ? out : to.encode(0x3f, false);
}

function printList(ctx: CommandContext): void {
  if (!ctx.tty) {
    ctx.out(NAMES.map((n) => n + '\n').join(''));
    return;
  }
  let out =
    'The following list contains all the coded character sets known.  This does\nnot necessarily mean that all combinations of these names can be used for\nthe FROM and TO command line parameters.  One coded character set can be\nlisted with several different names (aliases).\n\n  ';
  let column = 2;
  let first = true;
  for (const s of NAMES) {
    const name = s.replace(/\/+$/, '');
    if (!/[A-Za-z0-9]/.test(name)) continue;
    if (!first) {
      out += ',';
      column++;
      if (column > 2 && column + name.length > 77) {
        out += '\n  ';
        column = 2;
      } else {
        out += ' ';
        column++;
      }
    } else first = false;
    out += name;
    column += name.length;
  }
  ctx.out(out + '\n');
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if (o.has('usage')) {
    ctx.out(((yield { load: () => import('./help') }) as typeof import('./help')).usage);
    return 0;
  }
  if (o.has('list')) {
    printList(ctx);
    return 0;
  }
  const fromName = o.str('from-code') ?? '';
  const toName = o.str('to-code') ?? '';
  const from = lookup(fromName || 'UTF-8');
  const to = lookup(toName || 'UTF-8');
  if (!from.codec || !to.codec) {
    // __gconv_open leaves errno as the last failed call set it (iconv_prog then takes the "failed to start" branch)
    ctx.err(`${P}: failed to start conversion processing: No such file or directory\n`);
    return 1;
  }
  const omit = o.has('c') || to.ignore || from.ignore;
  const files = ctx.operands?.length ? ctx.operands : ['-'];
  const out: number[] = [];
  let status = 0;
  let first = true;
  for (const f of files) {
    let input: string;
    if (f === '-') input = ctx.stdin ?? '';
    else {
      const r = ctx.host.fs.readFile(ctx.resolve(f));
      if (!r.ok) {
        ctx.err(`${P}: cannot open input file \`${f}': ${r.errno === 'ENOENT' ? 'No such file or directory' : r.errno === 'EISDIR' ? 'Is a directory' : 'Permission denied'}\n`);
        status = 1;
        continue;
      }
      input = r.text;
    }
    const bytes = toBytes(input);
    const d = from.codec.decode(bytes);
    let stop: string | null = null;
    for (const [cp, at] of d.cps) {
      let b = to.codec.encode(cp, first);
      if (!b && to.translit) b = translit(cp, to.codec);
      if (!b) {
        if (omit) continue;
        stop = `${P}: illegal input sequence at position ${at}\n`;
        break;
      }
      first = false;
      out.push(...b);
    }
    if (!stop && d.bad !== undefined && !omit) stop = `${P}: illegal input sequence at position ${d.bad}\n`;
    if (!stop && d.short) stop = `${P}: incomplete character or shift sequence at end of buffer\n`;
    if (stop) {
      ctx.out(fromBytes(Uint8Array.from(out)));
      ctx.err(stop);
      return 1;
    }
  }
  const text = fromBytes(Uint8Array.from(out));
  const target = o.str('output');
  if (target !== undefined) {
    const e = ctx.host.fs.write(ctx.resolve(target), text);
    if (e) {
      ctx.err(`${P}: cannot open output file: ${strerror(e)}\n`);
      return 1;
    }
  } else ctx.out(text);
  return status;
}

// hexdump's format strings, after text-utils/hexdump-parse.c of util-linux 2.37.4: a format string is a list of
// format units `[iterations/][bytecount] "format"`; each unit breaks into print units, one per conversion, with
// the byte count the conversion reads (block_size(), rewrite_rules()). Colour units (_L[...]) are skipped.

export class FormatError extends Error {}

export type Kind = 'text' | 'address' | 'bpad' | 'c' | 'char' | 'dbl' | 'int' | 'p' | 'str' | 'u' | 'uint';

export interface PrintUnit {
  kind: Kind;
  /** The printf format with the conversion rewritten (`%02llx`). */
  fmt: string;
  /** Where the conversion character is in fmt (conv_c and conv_u change it). */
  cchar: number;
  bcnt: number;
  /** The last whitespace of the last print unit, dropped after the last iteration. */
  nospace?: number;
}

export interface FormatUnit {
  reps: number;
  bcnt: number;
  setrep: boolean;
  fmt: string;
  ignore: boolean;
  prs: PrintUnit[];
}

export interface FormatString {
  bcnt: number;
  fus: FormatUnit[];
}

const isspace = (c: string | undefined) => c !== undefined && ' \t\n\v\f\r'.includes(c) && c !== '';
const isdigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

function escape(s: string): string {
  const map: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };
  return s.replace(/\\([\s\S]?)/g, (_m, c: string) => map[c] ?? c);
}

export function addFormat(fmt: string): FormatString {
  const fs: FormatString = { bcnt: 0, fus: [] };
  const bad = (): never => {
    throw new FormatError(`bad format {${fmt}}`);
  };
  let p = 0;
  const skip = () => {
    while (isspace(fmt[p])) p++;
  };
  const number = (): number => {
    const m = /^\d+/.exec(fmt.slice(p))!;
    p += m[0].length;
    return Number(m[0]);
  };
  for (;;) {
    skip();
    if (p >= fmt.length) break;
    const fu: FormatUnit = { reps: 1, bcnt: 0, setrep: false, fmt: '', ignore: false, prs: [] };
    fs.fus.push(fu);
    if (isdigit(fmt[p])) {
      fu.reps = number();
      if (!isspace(fmt[p]) && fmt[p] !== '/') bad();
      fu.setrep = true;
      p++;
      skip();
    }
    if (fmt[p] === '/') {
      p++;
      skip();
    }
    if (isdigit(fmt[p])) {
      fu.bcnt = number();
      if (!isspace(fmt[p])) bad();
      p++;
      skip();
    }
    if (fmt[p] !== '"') bad();
    const start = ++p;
    while (fmt[p] !== '"') if (p++ >= fmt.length) bad();
    fu.fmt = escape(fmt.slice(start, p));
    p++;
  }
  return fs;
}

const SPEC = '.#-+ 0123456789';

/** block_size(): the bytes one pass of the format string reads. */
export function blockSize(fs: FormatString): number {
  let size = 0;
  for (const fu of fs.fus) {
    if (fu.bcnt) {
      size += fu.bcnt * fu.reps;
      continue;
    }
    let bcnt = 0;
    const f = fu.fmt;
    let i = 0;
    while (i < f.length) {
      if (f[i] !== '%') {
        i++;
        continue;
      }
      let prec = 0;
      while (i + 1 < f.length && SPEC.slice(1).includes(f[++i]));
      if (f[i] === '.' && isdigit(f[i + 1])) {
        i++;
        const m = /^\d+/.exec(f.slice(i))!;
        prec = Number(m[0]);
        i += m[0].length;
      }
      const c = f[i];
      if (c && 'diouxX'.includes(c)) bcnt += 4;
      else if (c && 'efgEG'.includes(c)) bcnt += 8;
      else if (c === 's') bcnt += prec;
      else if (c === 'c') bcnt++;
      else if (c === '_' && f[i + 1] && 'cpu'.includes(f[++i])) bcnt++;
      i++;
    }
    size += bcnt * fu.reps;
  }
  return size;
}

/** rewrite_rules(): print units with their byte counts; the last unit repeats to fill the block. */
export function rewrite(fs: FormatString, blocksize: number, end: { fu: FormatUnit | null }): void {
  for (const fu of fs.fus) {
    let nconv = 0;
    let f = fu.fmt;
    while (f.length) {
      let p1 = f.indexOf('%');
      if (p1 < 0) {
        fu.prs.push({ kind: 'text', fmt: f, cchar: -1, bcnt: 0 });
        break;
      }
      let sokay: 'not' | 'bcnt' | 'prec' = 'not';
      let prec = 0;
      if (fu.bcnt) {
        sokay = 'bcnt';
        for (p1++; p1 < f.length && SPEC.includes(f[p1]); p1++);
      } else {
        while (p1 + 1 < f.length && SPEC.slice(1).includes(f[++p1]));
        if (f[p1] === '.' && isdigit(f[p1 + 1])) {
          sokay = 'prec';
          const m = /^\d+/.exec(f.slice(p1 + 1))!;
          prec = Number(m[0]);
          p1 += 1 + m[0].length;
        }
      }
      let p2 = p1 + 1;
      let cs = f[p1] ?? '';
      const pr: PrintUnit = { kind: 'text', fmt: '', cchar: 0, bcnt: 0 };
      const badcnt = (s: string): never => {
        throw new FormatError(`bad byte count for conversion character ${s}`);
      };
      const badconv = (s: string): never => {
        throw new FormatError(`bad conversion character %${s}`);
      };
      if (cs === 'c') {
        pr.kind = 'char';
        if (fu.bcnt > 1) badcnt(f.slice(p1, p1 + 1));
        pr.bcnt = 1;
      } else if (cs && 'diouxX'.includes(cs)) {
        pr.kind = 'di'.includes(cs) ? 'int' : 'uint';
        cs = 'll' + cs;
        if (fu.bcnt === 0) pr.bcnt = 4;
        else if ([1, 2, 4, 8].includes(fu.bcnt)) pr.bcnt = fu.bcnt;
        else badcnt(f.slice(p1, p1 + 1));
      } else if (cs && 'efgEG'.includes(cs)) {
        pr.kind = 'dbl';
        if (fu.bcnt === 0) pr.bcnt = 8;
        else if ([4, 8].includes(fu.bcnt)) pr.bcnt = fu.bcnt;
        else badcnt(f.slice(p1, p1 + 1));
      } else if (cs === 's') {
        pr.kind = 'str';
        if (sokay === 'not') throw new FormatError('%s requires a precision or a byte count');
        pr.bcnt = sokay === 'bcnt' ? fu.bcnt : prec;
      } else if (cs === '_') {
        p2++;
        const k = f[p1 + 1];
        if (k === 'A' || k === 'a') {
          if (k === 'A') {
            end.fu = fu;
            fu.ignore = true;
          }
          pr.kind = 'address';
          p2++;
          if (f[p1 + 2] && 'dox'.includes(f[p1 + 2])) cs = 'll' + f[p1 + 2];
          else badconv(f.slice(p1, p1 + 3));
        } else if (k === 'c' || k === 'p' || k === 'u') {
          pr.kind = k;
          cs = 'c';
          if (fu.bcnt > 1) badcnt(f.slice(p1, p1 + 2));
          pr.bcnt = 1;
        } else badconv(f.slice(p1, p1 + 2));
      } else badconv(f.slice(p1, p1 + 1));
      // colour units: skipped when colours are not wanted
      if (f[p2] === '_' && f[p2 + 1] === 'L') {
        const close = f.lastIndexOf(']');
        if (close < p2) badconv('_L');
        p2 = close + 1;
      }
      pr.fmt = f.slice(0, p1) + cs;
      pr.cchar = p1;
      fu.prs.push(pr);
      f = f.slice(p2);
      if (pr.kind !== 'address' && fu.bcnt && nconv++) throw new FormatError('byte count with multiple conversion characters');
    }
    if (!fu.bcnt) fu.bcnt = fu.prs.reduce((n, pr) => n + pr.bcnt, 0);
  }
  fs.fus.forEach((fu, i) => {
    if (i === fs.fus.length - 1 && fs.bcnt < blocksize && !fu.setrep && fu.bcnt) fu.reps += Math.trunc((blocksize - fs.bcnt) / fu.bcnt);
    if (fu.reps > 1 && fu.prs.length) {
      const pr = fu.prs[fu.prs.length - 1];
      let at: number | undefined;
      for (let k = 0; k < pr.fmt.length; k++) at = isspace(pr.fmt[k]) ? k : undefined;
      if (at !== undefined) pr.nospace = at;
    }
  });
}

/** C printf with one argument, for the conversions hexdump builds (%[flags][width][.prec](ll)?[diouxXcs efgEG]). */
export function cprintf(fmt: string, arg: number | bigint | string): string {
  return fmt.replace(/%%|%([-+ #0]*)(\d*)(?:\.(\d*))?(ll|l)?([diouxXcsefgEG])/g, (m, flags: string, w: string, prec: string | undefined, _l, conv: string) => {
    if (m === '%%') return '%';
    const left = flags.includes('-');
    const zero = flags.includes('0') && !left;
    let body: string;
    let sign = '';
    if (conv === 's') body = prec !== undefined ? String(arg).slice(0, Number(prec)) : String(arg);
    else if (conv === 'c') body = typeof arg === 'string' ? arg : String.fromCharCode(Number(arg));
    else if ('efgEG'.includes(conv)) {
      const v = Number(arg);
      const p = prec === undefined ? 6 : Number(prec || 0);
      if (conv === 'f') body = Math.abs(v).toFixed(p);
      else if (conv === 'e' || conv === 'E') body = Math.abs(v).toExponential(p).replace(/e([+-])(\d)$/, 'e$10$2');
      else body = String(Number(Math.abs(v).toPrecision(p || 1)));
      if (conv === 'E' || conv === 'G') body = body.toUpperCase();
      if (v < 0 || Object.is(v, -0)) sign = '-';
      else if (flags.includes('+')) sign = '+';
      else if (flags.includes(' ')) sign = ' ';
    } else {
      let v = BigInt(arg);
      if (conv === 'd' || conv === 'i') {
        if (v < 0n) {
          sign = '-';
          v = -v;
        } else if (flags.includes('+')) sign = '+';
        else if (flags.includes(' ')) sign = ' ';
      } else if (v < 0n) v = BigInt.asUintN(64, v);
      const base = conv === 'o' ? 8 : conv === 'x' || conv === 'X' ? 16 : 10;
      body = v.toString(base);
      if (conv === 'X') body = body.toUpperCase();
      if (prec !== undefined) {
        const p = Number(prec || 0);
        if (p === 0 && v === 0n) body = '';
        body = body.padStart(p, '0');
      }
      if (flags.includes('#') && conv === 'o' && !body.startsWith('0')) body = '0' + body;
      if (flags.includes('#') && (conv === 'x' || conv === 'X') && v !== 0n) sign = conv === 'x' ? '0x' : '0X';
    }
    const width = Number(w || 0);
    const len = sign.length + body.length;
    if (len >= width) return sign + body;
    if (left) return sign + body + ' '.repeat(width - len);
    if (zero && conv !== 's' && conv !== 'c' && (prec === undefined || 'efgEG'.includes(conv))) return sign + '0'.repeat(width - len) + body;
    return ' '.repeat(width - len) + sign + body;
  });
}

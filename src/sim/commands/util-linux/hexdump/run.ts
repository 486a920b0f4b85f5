// hexdump of util-linux 2.37.4 (text-utils/hexdump*.c): the files' bytes (or standard input) through the format
// strings of -b -c -C -d -o -x, -e and -f (format.ts), in blocks as wide as the widest format string; a block the
// same as the one before is shown as one `*` line unless -v; -s skips bytes (across files), -n stops after so many.
// File contents keep bytes that are not UTF-8 as U+DC80..U+DCFF (fs.ts); toBytes gives the bytes back; the zeros a
// file keeps as a count (fallocate) are read without being spelled out, and a squeezed run of them is skipped.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { byteChar, toBytes } from '../../lib/bytes';
import { addFormat, blockSize, cprintf, FormatError, rewrite, type FormatString, type FormatUnit, type PrintUnit } from './format';
import { spec } from './spec';

const OFFT = '"%07.7_Ax\n"';
const CANONICAL = ['"%08.8_Ax\n"', '"%08.8_ax  " 8/1 "%02x " "  " 8/1 "%02x " ', '"  |" 16/1 "%_p" "|\\n"'];
const BY_FLAG: Record<string, string[]> = {
  'one-byte-octal': [OFFT, '"%07.7_ax " 16/1 "%03o " "\\n"'],
  'one-byte-char': [OFFT, '"%07.7_ax " 16/1 "%3_c " "\\n"'],
  canonical: CANONICAL,
  'two-bytes-decimal': [OFFT, '"%07.7_ax " 8/2 "  %05u " "\\n"'],
  'two-bytes-octal': [OFFT, '"%07.7_ax " 8/2 " %06o " "\\n"'],
  'two-bytes-hex': [OFFT, '"%07.7_ax " 8/2 "   %04x " "\\n"'],
};

const isprint = (b: number) => b >= 0x20 && b < 0x7f;
const U_NAMES = ['nul', 'soh', 'stx', 'etx', 'eot', 'enq', 'ack', 'bel', 'bs', 'ht', 'lf', 'vt', 'ff', 'cr', 'so', 'si', 'dle', 'dc1', 'dc2', 'dc3', 'dc4', 'nak', 'syn', 'etb', 'can', 'em', 'sub', 'esc', 'fs', 'gs', 'rs', 'us'];
const C_ESC: Record<number, string> = { 0: '\\0', 7: '\\a', 8: '\\b', 12: '\\f', 10: '\\n', 13: '\\r', 9: '\\t', 11: '\\v' };

/** strtosize_or_err(): a number with an optional KiB/MiB/KB/MB... suffix. */
function size(s: string): number | null {
  const m = /^\s*(\d+)(?:([KMGTPEZY])(iB|B)?|(B))?$/i.exec(s);
  if (!m) return null;
  const pow = m[2] ? 'KMGTPEZY'.indexOf(m[2].toUpperCase()) + 1 : 0;
  const base = m[3]?.toUpperCase() === 'B' && m[3] !== 'iB' ? 1000 : 1024;
  return Number(m[1]) * base ** pow;
}

function convert(pr: PrintUnit, bytes: Uint8Array, at: number, address: number): string {
  const b = bytes[at];
  const view = new DataView(bytes.buffer, bytes.byteOffset + at);
  const withConv = (c: string) => pr.fmt.slice(0, pr.cchar) + c + pr.fmt.slice(pr.cchar + 1);
  switch (pr.kind) {
    case 'text':
      return pr.fmt;
    case 'address':
      return cprintf(pr.fmt, address);
    case 'bpad':
      return cprintf(pr.fmt, '');
    case 'char':
      return cprintf(pr.fmt, byteChar(b));
    case 'p':
      return cprintf(pr.fmt, isprint(b) ? String.fromCharCode(b) : '.');
    case 'c':
      if (b in C_ESC) return cprintf(withConv('s'), C_ESC[b]);
      if (isprint(b)) return cprintf(withConv('c'), String.fromCharCode(b));
      return cprintf(withConv('s'), b.toString(8).padStart(3, '0'));
    case 'u':
      if (b <= 0x1f) return cprintf(withConv('s'), U_NAMES[b]);
      if (b === 0x7f) return cprintf(withConv('s'), 'del');
      if (isprint(b)) return cprintf(withConv('c'), String.fromCharCode(b));
      return cprintf(withConv('x'), b);
    case 'str': {
      let s = '';
      for (let k = at; k < at + pr.bcnt && bytes[k]; k++) s += byteChar(bytes[k]);
      return cprintf(pr.fmt, s);
    }
    case 'dbl':
      return cprintf(pr.fmt, pr.bcnt === 4 ? view.getFloat32(0, true) : view.getFloat64(0, true));
    case 'int':
      return cprintf(pr.fmt, pr.bcnt === 1 ? view.getInt8(0) : pr.bcnt === 2 ? view.getInt16(0, true) : pr.bcnt === 4 ? view.getInt32(0, true) : view.getBigInt64(0, true));
    case 'uint':
      return cprintf(pr.fmt, pr.bcnt === 1 ? b : pr.bcnt === 2 ? view.getUint16(0, true) : pr.bcnt === 4 ? view.getUint32(0, true) : view.getBigUint64(0, true));
  }
}

/** bpad(): past the end of the data a conversion prints as blanks of its width (flags other than '-' dropped). */
function bpad(pr: PrintUnit): void {
  const pct = pr.fmt.indexOf('%');
  let k = pct + 1;
  while (k < pr.fmt.length && ' -0+#'.includes(pr.fmt[k]) && pr.fmt[k] !== '-') k++;
  const kept = pr.fmt.slice(pct + 1, k).includes('-') ? '-' : '';
  const rest = pr.fmt.slice(k, pr.cchar).replace(/^[ 0+#]*/, '').replace(/ll$|l$/, '');
  const tail = pr.nospace !== undefined ? pr.fmt.slice(pr.cchar + 1) : '';
  pr.fmt = pr.fmt.slice(0, pct + 1) + kept + rest + 's';
  pr.cchar = pr.fmt.length - 1;
  if (pr.nospace !== undefined) {
    pr.nospace = undefined;
    void tail;
  }
  pr.kind = 'bpad';
}

function* hexdump(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fss: FormatString[] = [];
  let length = -1;
  let skip = 0;
  let vflag: 'first' | 'all' | 'wait' | 'dup' = 'first';
  const fail = (m: string) => {
    ctx.err(`hexdump: ${m}\n`);
    return 1;
  };
  try {
    for (const { key, value } of o.list) {
      const v = String(value);
      if (BY_FLAG[key]) for (const f of BY_FLAG[key]) fss.push(addFormat(f));
      else if (key === 'format') fss.push(addFormat(v));
      else if (key === 'format-file') {
        const r = readFile(ctx, ctx.resolve(v));
        if (!r.ok) return fail(`can't read ${v}: ${strerror(r.errno as FsError)}`);
        for (const line of r.text.split('\n')) {
          const t = line.replace(/^\s+/, '');
          if (t && !t.startsWith('#')) fss.push(addFormat(t));
        }
      } else if (key === 'length') {
        const n = size(v);
        if (n === null) return fail(`failed to parse length: '${v}': Invalid argument`);
        length = n;
      } else if (key === 'skip') {
        const n = size(v);
        if (n === null) return fail(`failed to parse offset: '${v}': Invalid argument`);
        skip = n;
      } else if (key === 'no-squeezing') vflag = 'all';
      else if (key === 'color' && value !== true && !['auto', 'always', 'never'].includes(v)) return fail(`unsupported color mode: ${v}`);
    }
    if (!fss.length) fss.push(addFormat(OFFT), addFormat('"%07.7_ax " 8/2 "%04x " "\\n"'));
    let blocksize = 0;
    for (const fs of fss) blocksize = Math.max(blocksize, (fs.bcnt = blockSize(fs)));
    const end: { fu: FormatUnit | null } = { fu: null };
    for (const fs of fss) rewrite(fs, blocksize, end);
    return run(ctx, fss, blocksize, end.fu, length, skip, vflag);
  } catch (e) {
    if (e instanceof FormatError) return fail(e.message);
    throw e;
  }
}

function run(ctx: CommandContext, fss: FormatString[], blocksize: number, endfu: FormatUnit | null, length: number, skip: number, vflag: 'first' | 'all' | 'wait' | 'dup'): number {
  // the input: each file's bytes after -s (a skip past a regular file's size carries into the next)
  let status = 0;
  // the input as segments: bytes, or zeros a file keeps as a count (fallocate, truncate, dd from /dev/zero)
  type Seg = { bytes: Uint8Array } | { zeros: number };
  const segs: Seg[] = [];
  const segLen = (g: Seg) => ('bytes' in g ? g.bytes.length : g.zeros);
  let address = 0;
  const files = ctx.operands ?? [];
  const add = (list: Seg[]) => {
    const size = list.reduce((n, g) => n + segLen(g), 0);
    // -s: a regular file shorter than the skip is passed over whole (doskip())
    if (skip && skip > size && files.length) {
      skip -= size;
      address += size;
      return;
    }
    for (const g of list) {
      const len = segLen(g);
      if (skip >= len) {
        skip -= len;
        address += len;
        continue;
      }
      segs.push('bytes' in g ? { bytes: g.bytes.subarray(skip) } : { zeros: g.zeros - skip });
      address += skip;
      skip = 0;
    }
  };
  if (!files.length) add([{ bytes: toBytes(ctx.stdin ?? '') }]);
  for (const f of files) {
    const path = ctx.resolve(f);
    const r = readFile(ctx, path);
    if (!r.ok) {
      // fopen() fails, or fread() on a directory: the file's name and the error, then the next file
      ctx.err(`hexdump: ${f}: ${strerror(r.errno as FsError)}\n`);
      status = 1;
      continue;
    }
    const node = ctx.host.fs.get(path);
    const zeros = node?.type === 'file' ? (node.zeros ?? 0) : 0;
    add(zeros ? [{ bytes: toBytes(r.text) }, { zeros }] : [{ bytes: toBytes(r.text) }]);
  }
  let total = segs.reduce((n, g) => n + segLen(g), 0);
  if (length >= 0 && total > length) total = length;
  /** The bytes at [pos, pos + n) of the input, into the start of `into` (zeros are already there). */
  const readAt = (pos: number, n: number, into: Uint8Array) => {
    let off = 0;
    let at = 0;
    for (const g of segs) {
      const len = segLen(g);
      if (n > 0 && pos >= off && pos < off + len) {
        const from = pos - off;
        const take = Math.min(len - from, n);
        if ('bytes' in g) into.set(g.bytes.subarray(from, from + take), at);
        at += take;
        pos += take;
        n -= take;
      }
      off += len;
    }
  };
  /** Where the run of zeros holding `pos` ends (-1: pos is in no such run). */
  const zeroRun = (pos: number): number => {
    let off = 0;
    for (const g of segs) {
      const len = segLen(g);
      if (pos >= off && pos < off + len) return 'zeros' in g ? off + len : -1;
      off += len;
    }
    return -1;
  };
  const data = { length: total };

  let out = '';
  let eaddress = 0;
  let pos = 0;
  let prev: Uint8Array | null = null;
  let blocks = 0;
  for (;;) {
    if (pos >= data.length) break;
    const n = Math.min(blocksize, data.length - pos);
    const cur = new Uint8Array(blocksize + 8);
    readAt(pos, n, cur);
    const full = n === blocksize;
    const same = prev !== null && cur.subarray(0, n).every((x, k) => x === prev![k]);
    if (full) {
      if (vflag === 'all' || vflag === 'first' || !same) {
        if (vflag === 'dup' || vflag === 'first') vflag = 'wait';
      } else {
        if (vflag === 'wait') out += '*\n';
        vflag = 'dup';
        prev = cur;
        pos += n;
        address += blocksize;
        // inside a long run of zeros every further whole block is the same: go to the run's last one
        const end = zeroRun(pos);
        if (end >= 0 && cur.subarray(0, blocksize).every((x) => x === 0)) {
          const stop = Math.min(end, data.length);
          const jump = Math.max(0, Math.floor((stop - pos) / blocksize) - 1) * blocksize;
          pos += jump;
          address += jump;
        }
        continue;
      }
    } else {
      if (vflag !== 'all' && same && n === 0) break;
      eaddress = address + n;
    }
    // one block through every format string
    for (const fs of fss) {
      let a = address;
      let bp = 0;
      for (const fu of fs.fus) {
        if (fu.ignore) break;
        for (let cnt = fu.reps; cnt; cnt--) {
          for (const pr of fu.prs) {
            if (eaddress && a >= eaddress && pr.kind !== 'text' && pr.kind !== 'bpad') bpad(pr);
            let text = convert(pr, cur, bp, a);
            if (cnt === 1 && pr.nospace !== undefined) text = convert({ ...pr, fmt: pr.fmt.slice(0, pr.nospace) }, cur, bp, a);
            out += text;
            a += pr.bcnt;
            bp += pr.bcnt;
          }
        }
      }
    }
    blocks++;
    prev = cur;
    pos += n;
    address += blocksize;
    if (!full) break;
  }
  if (endfu) {
    if (!eaddress) eaddress = pos < data.length || blocks || address ? address : 0;
    if (eaddress || address) for (const pr of endfu.prs) out += pr.kind === 'address' ? cprintf(pr.fmt, eaddress) : pr.kind === 'text' ? pr.fmt : '';
  }
  ctx.out(out);
  return status;
}

def({ name: 'hexdump', summary: 'display file contents in hexadecimal, decimal, octal, or ascii', spec, run: hexdump });

// dd of GNU coreutils 8.32 (options and help in spec.ts): if=, of=, bs/ibs/obs=, count=, skip=, seek=, conv=notrunc
// and status=; the records in/out lines and the transfer line of print_stats(). Reading /dev/zero gives zeros,
// /dev/urandom its bytes (commands/lib/devfs/stream.ts); the copy takes simulated time at the speed of the guest's disk.
import { deviceOf, endless, readDevice } from '../../lib/devfs/stream';
import { byteLength, type FileNode } from '../../../fs';
import { Interrupt } from '../../../types';
import { canWrite } from '../../../util';
import { def } from '../../lib/guest';
import { quoteaf, readFile } from '../../lib/files';
import { fileSize, setFileSize } from '../../lib/inode';
import { fromBytes, toBytes } from '../../lib/bytes';

/** parse_integer(): xstrtoumax with dd's suffixes (c w b K kB KiB M MB ...) and `x` products; null when invalid. */
export function ddNumber(s: string): number | null {
  const parts = s.split('x');
  let n = 1;
  for (const p of parts) {
    const m = /^(\d+)(?:([bcwEGkKMPTYZ])(B|iB)?)?$/.exec(p);
    if (!m || (m[3] && !'EGkKMPTYZ'.includes(m[2]))) return null;
    let mult = 1;
    if (m[2] === 'b') mult = 512;
    else if (m[2] === 'c') mult = 1;
    else if (m[2] === 'w') mult = 2;
    else if (m[2]) mult = (m[3] === 'B' ? 1000 : 1024) ** (' kmgtpezy'.indexOf(m[2].toLowerCase()));
    n *= Number(m[1]) * mult;
  }
  return Number.isSafeInteger(n) ? n : null;
}

/** human_readable() as dd calls it: autoscaled, rounded to nearest, a space before the unit, `B` after it. */
function hr(bytes: number, base: 1000 | 1024): string {
  const units = 'kMGTPEZY';
  if (bytes < base) return `${bytes} B`;
  let e = 0;
  let v = bytes;
  while (v >= base && e < units.length) (v /= base), e++;
  const unit = (base === 1000 ? (e === 1 ? 'k' : units[e - 1]) : units[e - 1].toUpperCase() + 'i') + 'B';
  const r = Math.round(v * 10) / 10;
  return r < 10 ? `${r.toFixed(1)} ${unit}` : `${Math.round(v)} ${unit}`;
}

/** printf's %g: six significant digits, trailing zeros dropped. */
function g(v: number): string {
  if (v === 0) return '0';
  const exp = Math.floor(Math.log10(Math.abs(v)));
  if (exp < -4 || exp >= 6) return v.toExponential(5).replace(/\.?0+e/, 'e').replace(/e([+-])(\d)$/, 'e$10$2');
  return v.toFixed(Math.max(0, 5 - exp)).replace(/\.?0+$/, '');
}

def({
  name: 'dd',
  summary: 'convert and copy a file',
  *run(ctx) {
    const fs = ctx.host.fs;
    const ops: Record<string, string> = {};
    for (const a of ctx.operands ?? ctx.args) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (eq < 0 || !['if', 'of', 'bs', 'ibs', 'obs', 'cbs', 'count', 'skip', 'seek', 'conv', 'iflag', 'oflag', 'status'].includes(name)) {
        ctx.err(`dd: unrecognized operand ‘${a}’\nTry 'dd --help' for more information.\n`);
        return 1;
      }
      ops[name] = a.slice(eq + 1);
    }
    const num = (k: string, dflt: number, min = 0) => {
      if (ops[k] === undefined) return dflt;
      const n = ddNumber(ops[k]);
      if (n === null || n < min) throw new Error(ops[k]);
      return n;
    };
    let ibs: number, obs: number, count: number, skip: number, seek: number;
    try {
      const bs = num('bs', 0, 1);
      ibs = bs || num('ibs', 512, 1);
      obs = bs || num('obs', 512, 1);
      num('cbs', 0, 1);
      count = num('count', Infinity);
      skip = num('skip', 0);
      seek = num('seek', 0);
    } catch (e) {
      ctx.err(`dd: invalid number: ‘${(e as Error).message}’\n`);
      return 1;
    }
    const status = ops.status;
    if (status !== undefined && !['none', 'noxfer', 'progress'].includes(status)) {
      ctx.err(`dd: invalid status level: ‘${status}’\nTry 'dd --help' for more information.\n`);
      return 1;
    }
    const conv = (ops.conv ?? '').split(',').filter(Boolean);
    const bad = conv.find((c) => !['ascii', 'ebcdic', 'ibm', 'block', 'unblock', 'lcase', 'ucase', 'sparse', 'swab', 'sync', 'excl', 'nocreat', 'notrunc', 'noerror', 'fdatasync', 'fsync'].includes(c));
    if (bad) {
      ctx.err(`dd: invalid conversion: ‘${bad}’\nTry 'dd --help' for more information.\n`);
      return 1;
    }

    // the input: its bytes as text, or a run of zeros
    let interrupted = false;
    let text = '';
    let zeros = 0;
    const inAbs = ops.if === undefined ? null : ctx.resolve(ops.if);
    const inNode = inAbs ? fs.get(inAbs) : null;
    if (inAbs && endless(inNode) && !inNode?.errno) {
      if (count === Infinity) {
        // an endless source: copy until Ctrl+C, then report as dd's SIGINT handler does
        let ms = 0;
        try {
          for (;;) {
            yield { wait: 100 };
            ms += 100;
          }
        } catch (e) {
          if (!(e instanceof Interrupt)) throw e;
        }
        interrupted = true;
        count = Math.floor((ms / 1000) * (250e6 / ibs));
      }
      // random and urandom give their bytes (up to a read's most: the rest as zeros); zero and full give zeros
      if (deviceOf(inNode)?.kind === 'random') text = readDevice(inNode, count * ibs) ?? '';
      zeros = count * ibs - byteLength(text);
    } else {
      const src = inAbs ? readFile(ctx, inAbs) : { ok: true as const, text: ctx.stdin ?? '' };
      if (!src.ok) {
        ctx.err(`dd: failed to open ${quoteaf(ops.if!)}: ${src.errno === 'EACCES' ? 'Permission denied' : src.errno === 'EISDIR' ? 'Is a directory' : 'No such file or directory'}\n`);
        return 1;
      }
      const node = inAbs ? fs.get(inAbs) : null;
      const bytes = toBytes(src.text);
      const extra = node?.type === 'file' ? (node.zeros ?? 0) : 0;
      const from = skip * ibs;
      const want = count === Infinity ? Infinity : count * ibs;
      const end = Math.min(bytes.length + extra, from + want);
      text = fromBytes(bytes.slice(Math.min(from, bytes.length), Math.min(end, bytes.length)));
      zeros = Math.max(0, end - Math.max(from, bytes.length));
    }
    const total = byteLength(text) + zeros;
    // records: each read of ibs bytes (the last may be partial); each write of obs bytes
    const inFull = Math.floor(total / ibs);
    const inPart = total % ibs ? 1 : 0;
    const outFull = Math.floor(total / obs);
    const outPart = total % obs ? 1 : 0;

    if (ops.of !== undefined && deviceOf(fs.get(ctx.resolve(ops.of)))?.kind === 'null') {
      /* nothing kept */
    } else if (ops.of === undefined) {
      ctx.out(text + '\0'.repeat(Math.min(zeros, 1 << 20)));
    } else {
      const outAbs = ctx.resolve(ops.of);
      const existing = fs.get(outAbs);
      if (existing?.type === 'dir') {
        ctx.err(`dd: failed to open ${quoteaf(ops.of)}: Is a directory\n`);
        return 1;
      }
      if (!existing && conv.includes('nocreat')) {
        ctx.err(`dd: failed to open ${quoteaf(ops.of)}: No such file or directory\n`);
        return 1;
      }
      if (existing && conv.includes('excl')) {
        ctx.err(`dd: failed to open ${quoteaf(ops.of)}: File exists\n`);
        return 1;
      }
      if (!canWrite(ctx.frame.user, outAbs) || (!existing && !fs.isDir(fs.dirname(outAbs)))) {
        ctx.err(`dd: failed to open ${quoteaf(ops.of)}: ${fs.isDir(fs.dirname(outAbs)) ? 'Permission denied' : 'No such file or directory'}\n`);
        return 1;
      }
      if (!existing) fs.write(outAbs, '');
      const f = fs.get(outAbs) as FileNode;
      const at = seek * obs;
      const keep = conv.includes('notrunc') ? fileSize(f) : at;
      // what stays before the written part, then the data (text, then zeros), then what notrunc keeps after it
      const before = fromBytes(toBytes(f.content).slice(0, at));
      const after = conv.includes('notrunc') ? fromBytes(toBytes(f.content).slice(at + total)) : '';
      if (zeros > 1 << 16 && !after) {
        f.content = before + '\0'.repeat(Math.max(0, at - byteLength(before))) + text;
        setFileSize(fs, f, Math.max(keep, at + total), false);
      } else {
        f.content = before + '\0'.repeat(Math.max(0, at - byteLength(before))) + text + '\0'.repeat(zeros) + after;
        delete f.zeros;
        fs.modified(f);
      }
      if (f.holes) f.holes = Math.min(f.holes, at);
    }
    // the guest's disk writes about 250 MB/s; a copy takes at least a few hundred microseconds
    const seconds = 0.000214 + total / 250e6;
    if (seconds > 0.05 && !interrupted) yield { wait: Math.round(seconds * 1000) };
    if (status === 'none') return interrupted ? 130 : 0;
    let out = `${inFull}+${inPart} records in\n${outFull}+${outPart} records out\n`;
    if (status !== 'noxfer') {
      const si = hr(total, 1000);
      const iec = hr(total, 1024);
      const rate = `${hr(Math.round(total / seconds), 1000)}/s`;
      const secs = `${g(seconds)} s`;
      out += total < 1000 ? `${total} byte${total === 1 ? '' : 's'} copied, ${secs}, ${rate}\n` : total < 1024 ? `${total} bytes (${si}) copied, ${secs}, ${rate}\n` : `${total} bytes (${si}, ${iec}) copied, ${secs}, ${rate}\n`;
    }
    ctx.err(out);
    return interrupted ? 130 : 0;
  },
});

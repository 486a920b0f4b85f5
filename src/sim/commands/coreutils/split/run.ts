// split of GNU coreutils 8.32 (options and help in spec.ts): INPUT (or standard input) into files PREFIXaa, PREFIXab
// ... (-d/-x digits, -a length, --additional-suffix; the default suffix widens past yz as next_file_name() does) of
// -l lines (1000, or -N), -b bytes, -C at most that many bytes of whole lines, or -n CHUNKS (N, l/N, K/N, l/K/N);
// --verbose names each file as it is created, -e leaves out empty ones.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canWrite } from '../../../util';
import { usageError } from '../lib/input';
import { quote, quoteAlways, quotef } from '../lib/quote';
import { readFile } from '../../lib/files';
import { byteLength, strerror } from '../../../fs';
import { fromBytes, toBytes } from '../../lib/bytes';

const readInput = (ctx: CommandContext, f: string) => {
  const r = readFile(ctx, ctx.resolve(f));
  return r.ok ? r.text : null;
};
const readError = (ctx: CommandContext, f: string) => {
  const r = readFile(ctx, ctx.resolve(f));
  return r.ok ? '' : strerror(r.errno);
};

class Fatal extends Error {}

/** xstrtoumax with split's multipliers (b, K k KB KiB M MB ... ). */
function units(v: string): number | null {
  const m = /^(\d+)([bkKMGTPEZY]?)(B|iB)?$/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  if (!m[2]) return m[3] ? null : n;
  if (m[2] === 'b') return m[3] ? null : n * 512;
  return n * (m[3] === 'B' ? 1000 : 1024) ** ('KMGTPEZY'.indexOf(m[2].toUpperCase()) + 1);
}

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const die = (msg: string): never => {
    ctx.err(`split: ${msg}\n`);
    throw new Fatal();
  };
  const usage = (msg: string): never => {
    usageError(ctx, 'split', msg);
    throw new Fatal();
  };
  try {
    let type: 'lines' | 'bytes' | 'line-bytes' | 'chunks' | 'lchunks' | 'rchunks' | undefined;
    let n = 0;
    let k = 0;
    let alphabet = 'abcdefghijklmnopqrstuvwxyz';
    let suffixLength = 2;
    let suffixGiven = false;
    let start: string | undefined;
    const set = (t: typeof type) => {
      if (type !== undefined && type !== t) usage('cannot split in more than one way');
      type = t;
    };
    for (const { key, value } of o.list) {
      const v = typeof value === 'string' ? value : '';
      if (key === 'lines') {
        set('lines');
        const x = /^\d+$/.test(v) ? Number(v) : null;
        if (x === null) die(`invalid number of lines: ${quote(v)}`);
        if (x === 0) die(`invalid number of lines: ${quote(v)}: Numerical result out of range`);
        n = x!;
      } else if (key === 'bytes' || key === 'line-bytes') {
        set(key);
        const x = units(v);
        if (x === null) die(`invalid number of bytes: ${quote(v)}`);
        if (x === 0) die(`invalid number of bytes: ${quote(v)}: Numerical result out of range`);
        n = x!;
      } else if (key === 'number') {
        const m = /^(?:([lr])\/)?(?:(\d+)\/)?(\d+)$/.exec(v);
        set(m?.[1] === 'l' ? 'lchunks' : m?.[1] === 'r' ? 'rchunks' : 'chunks');
        if (!m) die(`invalid number of chunks: ${quote(v.replace(/^.*\//, ''))}`);
        if (Number(m![3]) === 0) die(`invalid number of chunks: ${quote(m![3])}: Numerical result out of range`);
        n = Number(m![3]);
        if (m![2] !== undefined) {
          k = Number(m![2]);
          if (k < 1 || k > n) die(`invalid chunk number: ${quote(m![2])}`);
        }
      } else if (key === 'suffix-length') {
        if (!/^\d+$/.test(v)) die(`invalid suffix length: ${quote(v)}`);
        suffixLength = Number(v);
        suffixGiven = true;
      } else if (key === 'numeric-suffixes' || key === 'hex-suffixes') {
        alphabet = key === 'numeric-suffixes' ? '0123456789' : '0123456789abcdef';
        if (v) {
          if ([...v].some((c) => !alphabet.includes(c))) usage(`${quote(v)}: invalid start value for ${alphabet.length === 10 ? 'numerical' : 'hexadecimal'} suffix`);
          start = v.replace(/^0+(?=.)/, '');
        }
      }
    }
    if (type === undefined) {
      type = 'lines';
      n = 1000;
    }
    if (n === 0) usage(`invalid number of lines: ${quote('0')}`);
    const ops = ctx.operands ?? [];
    if (ops.length > 2) usage(`extra operand ${quote(ops[2])}`);
    const input = ops[0] ?? '-';
    const prefix = ops[1] ?? 'x';
    const addSuffix = o.str('additional-suffix') ?? '';
    if (addSuffix.includes('/')) usage(`invalid suffix ${quote(addSuffix)}, contains directory separator`);
    // -n N: enough suffix characters for N files
    if ((type === 'chunks' || type === 'lchunks' || type === 'rchunks') && !suffixGiven) {
      let need = 1;
      for (let x = n - 1; x >= alphabet.length; x = Math.floor(x / alphabet.length)) need++;
      suffixLength = Math.max(suffixLength, need);
    }
    if (start && start.length > suffixLength) die(`numerical suffix start value is too large for the suffix length`);
    const text = input === '-' ? (ctx.stdin ?? '') : readInput(ctx, input);
    if (text === null) {
      ctx.err(`split: cannot open ${quoteAlways(input)} for reading: ${readError(ctx, input)}\n`);
      return 1;
    }
    const elide = o.has('elide-empty-files');
    const verbose = o.has('verbose');
    const auto = !suffixGiven && start === undefined;

    // the file names, in order (next_file_name)
    let idx: number[] = Array(suffixLength).fill(0);
    if (start) [...start].forEach((c, i) => (idx[suffixLength - start!.length + i] = alphabet.indexOf(c)));
    let base = prefix;
    let first = true;
    const nextName = (): string => {
      if (!first) {
        let i = idx.length;
        for (;;) {
          if (i === 0) die('output file suffixes exhausted');
          i--;
          idx[i]++;
          if (auto && i === 0 && idx[0] + 1 === alphabet.length) {
            // widen: the last alphabet character joins the prefix and the suffix grows by one
            base += alphabet[idx[0]];
            idx = Array(idx.length + 1).fill(0);
            break;
          }
          if (idx[i] < alphabet.length) break;
          idx[i] = 0;
        }
      }
      first = false;
      return base + idx.map((i) => alphabet[i]).join('') + addSuffix;
    };
    const write = (content: string, always = false) => {
      if (!content && elide && !always) return;
      const name = nextName();
      const p = ctx.resolve(name);
      if (input !== '-' && p === ctx.resolve(input)) die(`${quoteAlways(name)} would overwrite input; aborting`);
      if (verbose) ctx.out(`creating file ${quoteAlways(name)}\n`);
      if (!canWrite(ctx.frame.user, p) || ctx.host.fs.write(p, content)) die(`${quotef(name)}: ${canWrite(ctx.frame.user, p) ? 'No such file or directory' : 'Permission denied'}`);
    };

    const bytes = toBytes(text);
    const lines = text.split(/(?<=\n)/).filter((l) => l !== '');
    if (type === 'lines') for (let i = 0; i < lines.length; i += n) write(lines.slice(i, i + n).join(''));
    else if (type === 'bytes') for (let i = 0; i < bytes.length; i += n) write(fromBytes(bytes.subarray(i, i + n)));
    else if (type === 'line-bytes') {
      let cur = '';
      let size = 0;
      for (const l of lines) {
        const b = byteLength(l);
        if (size && size + b > n) {
          write(cur);
          cur = '';
          size = 0;
        }
        // a line longer than the limit is cut into pieces of the limit
        if (b > n) {
          const lb = toBytes(l);
          let at = 0;
          for (; lb.length - at > n; at += n) write(fromBytes(lb.subarray(at, at + n)));
          cur = fromBytes(lb.subarray(at));
          size = lb.length - at;
          continue;
        }
        cur += l;
        size += b;
      }
      if (cur) write(cur);
    } else {
      // chunks: the i-th ends at (i+1) * size / n bytes; l/ lets whole lines run on; r/ deals lines round robin
      const chunks: string[] = Array(n).fill('');
      if (type === 'rchunks') lines.forEach((l, i) => (chunks[i % n] += l));
      else {
        const size = Math.floor(bytes.length / n);
        const bound = (i: number) => (i === n - 1 ? bytes.length : (i + 1) * size);
        if (type === 'chunks') for (let i = 0; i < n; i++) chunks[i] = fromBytes(bytes.subarray(i * size, bound(i)));
        else {
          let at = 0;
          let c = 0;
          for (const l of lines) {
            while (c < n - 1 && at >= bound(c)) c++;
            chunks[c] += l;
            at += byteLength(l);
          }
        }
      }
      if (k) {
        ctx.out(chunks[k - 1]);
        return 0;
      }
      for (const c of chunks) write(c);
    }
    return 0;
  } catch (e) {
    if (e instanceof Fatal) return 1;
    throw e;
  }
}

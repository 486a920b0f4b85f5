// cmp of GNU diffutils 3.7 as src/cmp.c runs it: the options in argv order (-l and -s exclude each other, -n keeps
// the smallest limit, -i the largest skip per file, SKIP1:SKIP2), FILE2 defaulting to standard input, the skip
// operands, then the comparison: the first differing byte and its line (-b adds the bytes as octal and as cat -t
// shows them), every differing byte with -l (offsets padded to the width of the largest possible one), nothing
// with -s; "cmp: EOF on ..." when one input ends first. Bytes are the files' UTF-8. Status 0 same, 1 different,
// 2 trouble.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { toBytes } from '../../lib/bytes';
import { spec } from './spec';

const TROUBLE = 2;
/** TYPE_MAXIMUM (off_t). */
const OFF_MAX = 2n ** 63n - 1n;

class Trouble extends Error {}

/** gnulib's xstrtoumax(arg, .., 0, .., "kKMGTPEZY0"): the value and where it stopped, or an error. */
function xstrtoumax(s: string): { value: bigint; rest: string } | 'invalid' | 'overflow' {
  const m = /^[ \t\n\v\f\r]*(\+?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(s);
  if (!m || /^\s*-/.test(s)) return 'invalid';
  const digits = m[2];
  let value = /^0[xX]/.test(digits) ? BigInt(digits) : digits.length > 1 && digits[0] === '0' ? BigInt('0o' + digits.slice(1)) : BigInt(digits);
  let rest = s.slice(m[0].length);
  if (rest && 'kKMGTPEZY'.includes(rest[0])) {
    let base = 1024n;
    let len = 1;
    if (rest[1] === 'i' && rest[2] === 'B') len = 3;
    else if (rest[1] === 'B' || rest[1] === 'D') [base, len] = [1000n, 2];
    const power = 'kKMGTPEZY'.indexOf(rest[0]);
    value *= base ** BigInt(power < 2 ? 1 : power);
    rest = rest.slice(len);
  }
  if (value > 2n ** 64n - 1n) return 'overflow';
  return { value, rest };
}

/** sprintc(): a byte as `cat -t` shows it (M- for the high half, ^X for controls); isprint() of a UTF-8 locale. */
function sprintc(c: number): string {
  if (c >= 32 && c < 127) return String.fromCharCode(c);
  let s = '';
  if (c >= 128) {
    s = 'M-';
    c -= 128;
  }
  if (c < 32) return s + '^' + String.fromCharCode(c + 64);
  if (c === 127) return s + '^?';
  return s + String.fromCharCode(c);
}

const oct3 = (c: number) => c.toString(8).padStart(3);

function* cmp(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const usage = (msg: string) => {
    ctx.err(`cmp: ${msg}\ncmp: Try 'cmp --help' for more information.\n`);
    return TROUBLE;
  };
  let type: 'first' | 'all' | 'status' = 'first';
  let typeSet = false;
  let printBytes = false;
  let bytes: bigint | null = null;
  const ignore: [bigint, bigint] = [0n, 0n];
  const ignoreInitial = (f: 0 | 1, arg: string, delimiter: string): string | null => {
    const r = xstrtoumax(arg);
    if (typeof r === 'string' || !(r.rest === '' || r.rest[0] === delimiter) || r.value > OFF_MAX) throw new Trouble(`invalid --ignore-initial value '${arg}'`);
    if (ignore[f] < r.value) ignore[f] = r.value;
    return r.rest;
  };
  try {
    for (const { key, value } of o.list) {
      if (key === 'print-bytes') printBytes = true;
      else if (key === 'ignore-initial') {
        const rest = ignoreInitial(0, String(value), ':');
        if (rest && rest[0] === ':') ignoreInitial(1, rest.slice(1), '');
        else if (ignore[1] < ignore[0]) ignore[1] = ignore[0];
      } else if (key === 'verbose' || key === 'silent') {
        const t = key === 'verbose' ? 'all' : 'status';
        if (typeSet && type !== t) throw new Trouble('options -l and -s are incompatible');
        [type, typeSet] = [t, true];
      } else if (key === 'bytes') {
        const r = xstrtoumax(String(value));
        if (typeof r === 'string' || r.rest !== '') throw new Trouble(`invalid --bytes value '${value}'`);
        if (bytes === null || r.value < bytes) bytes = r.value;
      }
    }
    if (!ops.length) throw new Trouble(`missing operand after '${ctx.args[ctx.args.length - 1] ?? 'cmp'}'`);
    for (let f = 0; f < 2 && ops.length > 2 + f; f++) ignoreInitial(f as 0 | 1, ops[2 + f], '');
    if (ops.length > 4) throw new Trouble(`extra operand '${ops[4]}'`);
  } catch (e) {
    if (e instanceof Trouble) return usage(e.message);
    throw e;
  }
  const file = [ops[0], ops[1] ?? '-'];
  // open both (FILE2 first when it is standard input); the same name at the same offset is the same file
  const data: (Uint8Array | null)[] = [null, null];
  const isReg = [false, false];
  const failed: (FsError | null)[] = [null, null];
  const order = file[1] === '-' ? [1, 0] : [0, 1];
  for (const [k, f] of order.entries()) {
    if (k === 1 && ignore[0] === ignore[1] && file[0] === file[1]) return 0;
    if (file[f] === '-') {
      data[f] = toBytes(ctx.stdin ?? '');
      continue;
    }
    const path = ctx.resolve(file[f]);
    const r = readFile(ctx, path);
    if (r.ok) {
      data[f] = toBytes(r.text);
      isReg[f] = true;
    } else if (r.errno === 'EISDIR') failed[f] = 'EISDIR';
    else {
      if (type === 'status') return TROUBLE;
      ctx.err(`cmp: ${file[f]}: ${strerror(r.errno as FsError)}\n`);
      return TROUBLE;
    }
  }
  // a directory opens, and reading it fails
  for (const f of [0, 1]) {
    if (failed[f]) {
      ctx.err(`cmp: ${file[f]}: ${strerror(failed[f]!)}\n`);
      return TROUBLE;
    }
  }
  const skip = (f: number) => data[f]!.subarray(Number(ignore[f] < BigInt(data[f]!.length) ? ignore[f] : BigInt(data[f]!.length)));
  let a = skip(0);
  let b = skip(1);
  if (type === 'status' && isReg[0] && isReg[1] && a.length !== b.length && (bytes === null || BigInt(Math.min(a.length, b.length)) < bytes)) return 1;
  if (bytes !== null) {
    if (BigInt(a.length) > bytes) a = a.subarray(0, Number(bytes));
    if (BigInt(b.length) > bytes) b = b.subarray(0, Number(bytes));
  }
  let width = 1;
  if (type === 'all') {
    let max = bytes === null || bytes > OFF_MAX ? OFF_MAX : bytes;
    for (const f of [0, 1]) if (isReg[f] && BigInt(skip(f).length) < max) max = BigInt(skip(f).length);
    width = String(max).length;
  }
  const smaller = Math.min(a.length, b.length);
  let first = 0;
  while (first < smaller && a[first] === b[first]) first++;
  let out = '';
  let differing = 0;
  let line = 1;
  let atLineStart = true;
  if (type === 'first' && first !== 0) {
    for (let i = 0; i < first; i++) if (a[i] === 10) line++;
    atLineStart = a[first - 1] === 10;
  }
  if (first < smaller) {
    if (type === 'first') {
      if (!printBytes) ctx.out(`${file[0]} ${file[1]} differ: byte ${first + 1}, line ${line}\n`);
      else ctx.out(`${file[0]} ${file[1]} differ: byte ${first + 1}, line ${line} is ${oct3(a[first])} ${sprintc(a[first])} ${oct3(b[first])} ${sprintc(b[first])}\n`);
      return 1;
    }
    if (type === 'status') return 1;
    for (let i = first; i < smaller; i++) {
      if (a[i] === b[i]) continue;
      const at = String(i + 1).padStart(width);
      out += printBytes ? `${at} ${oct3(a[i])} ${sprintc(a[i]).padEnd(4)} ${oct3(b[i])} ${sprintc(b[i])}\n` : `${at} ${oct3(a[i])} ${oct3(b[i])}\n`;
    }
    ctx.out(out);
    differing = -1;
    first = smaller;
  }
  if (a.length !== b.length) {
    if (differing <= 0 && type !== 'status') {
      const shorter = file[b.length < a.length ? 1 : 0];
      const byte = first;
      if (byte === 0) ctx.err(`cmp: EOF on ${shorter} which is empty\n`);
      else if (type === 'first') ctx.err(atLineStart ? `cmp: EOF on ${shorter} after byte ${byte}, line ${line - 1}\n` : `cmp: EOF on ${shorter} after byte ${byte}, in line ${line}\n`);
      else ctx.err(`cmp: EOF on ${shorter} after byte ${byte}\n`);
    }
    return 1;
  }
  return differing === 0 ? 0 : 1;
}

def({ name: 'cmp', summary: 'compare two files byte by byte', spec, run: cmp });

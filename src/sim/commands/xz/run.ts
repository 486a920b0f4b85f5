// xz, unxz and xzcat of xz 5.2.5 (src/xz: args.c, main.c, coder.c, file_io.c, suffix.c, list.c, message.c): the
// name picks the mode (xzcat: decompress to standard output, unxz: decompress), the options the rest; messages are
// `NAME: FILE: text`, an error makes the status 1 and a warning 2 (0 with -Q). The data is .xz (format.ts); a file
// written keeps its input's mode and time, and the input goes unless -k or -c.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { canRead, canWrite } from '../../util';
import { strerror, type FsError } from '../../fs';
import { def } from '../lib/guest';
import { fromBytes, toBytes } from '../lib/bytes';
import { isXz, unxzBytes, xzBytes, type Check } from './format';
import { spec as xzSpec } from './xz/spec';
import { spec as unxzSpec } from './unxz/spec';
import { spec as xzcatSpec } from './xzcat/spec';

type Mode = 'compress' | 'decompress' | 'test' | 'list';

interface Run {
  ctx: CommandContext;
  prog: string;
  mode: Mode;
  stdout: boolean;
  force: boolean;
  keep: boolean;
  quiet: number;
  noWarn: boolean;
  suffix: string | null;
  level: number;
  check: Check;
  status: number;
  out: string;
}

const error = (r: Run, text: string) => {
  if (r.quiet < 2) r.ctx.err(`${r.prog}: ${text}\n`);
  r.status = 1;
};
const warning = (r: Run, text: string) => {
  if (r.quiet < 1) r.ctx.err(`${r.prog}: ${text}\n`);
  if (r.status === 0) r.status = 2;
};

/** message_strm(): the words for why the data could not be read. */
const STRM = { format: 'File format not recognized', options: 'Unsupported options', data: 'Compressed data is corrupt', eof: 'Unexpected end of input' };

/** suffix.c: the compressed suffixes xz knows, and what each one leaves (.txz: .tar). */
const SUFFIXES: [string, string][] = [
  ['.xz', ''],
  ['.txz', '.tar'],
  ['.lzma', ''],
  ['.tlz', '.tar'],
];

/** compressed_name() / uncompressed_name(): the output's name, or null after the warning. */
function destName(r: Run, src: string): string | null {
  const has = (s: string) => src.length > s.length && src.endsWith(s);
  if (r.mode === 'compress') {
    for (const [s] of SUFFIXES)
      if (has(s)) {
        warning(r, `${src}: File already has \`${s}' suffix, skipping`);
        return null;
      }
    if (r.suffix && has(r.suffix)) {
      warning(r, `${src}: File already has \`${r.suffix}' suffix, skipping`);
      return null;
    }
    return src + (r.suffix ?? '.xz');
  }
  for (const [s, rest] of SUFFIXES) if (has(s)) return src.slice(0, src.length - s.length) + rest;
  if (r.suffix && has(r.suffix)) return src.slice(0, src.length - r.suffix.length);
  warning(r, `${src}: Filename has an unknown suffix, skipping`);
  return null;
}

/** coder_run() for one name ('(stdin)' for standard input). */
function coderRun(r: Run, name: string): void {
  const { ctx } = r;
  const fs = ctx.host.fs;
  const stdin = name === '(stdin)';
  let raw: Uint8Array;
  let abs = '';
  if (stdin) raw = toBytes(ctx.stdin ?? '');
  else {
    abs = ctx.resolve(name);
    const node = fs.get(abs);
    if (!node) return error(r, `${name}: No such file or directory`);
    if (node.type === 'dir') return warning(r, `${name}: Is a directory, skipping`);
    if (!canRead(ctx.frame.user, abs)) return error(r, `${name}: Permission denied`);
    raw = toBytes(fs.read(abs) as string);
  }
  const toFile = !stdin && !r.stdout && r.mode !== 'test';
  // coder_init() reads the start of the data (a format error comes first), then io_open_dest() names the output
  const x = r.mode === 'compress' ? null : unxzBytes(raw);
  if (x && !x.ok && x.why === 'format') {
    // another format with -dcf is copied as it is
    if (r.stdout && r.force && r.mode === 'decompress') {
      r.out += fromBytes(raw);
      return;
    }
    return error(r, `${name}: ${STRM.format}`);
  }
  let dest = '';
  if (toFile) {
    const d = destName(r, name);
    if (d === null) return;
    dest = d;
  }
  let body: Uint8Array;
  if (!x) body = xzBytes(raw, r.level, r.check);
  else if (!x.ok) {
    // what was decoded before the damage has been written (to a file that is then removed)
    if (r.mode === 'decompress' && !toFile) r.out += fromBytes(x.data);
    return error(r, `${name}: ${STRM[x.why]}`);
  } else body = x.data;
  if (r.mode === 'test') return;
  if (!toFile) {
    r.out += fromBytes(body);
    return;
  }
  const dabs = ctx.resolve(dest);
  if (fs.exists(dabs)) {
    if (!r.force) return error(r, `${dest}: File exists`);
    fs.remove(dabs);
  }
  if (!canWrite(ctx.frame.user, fs.dirname(dabs) + '/')) return error(r, `${dest}: Permission denied`);
  const node = fs.get(abs)!;
  const e = fs.write(dabs, fromBytes(body), false, node.mode ?? 0o644);
  if (e) return error(r, `${dest}: ${strerror(e as FsError)}`);
  const made = fs.get(dabs);
  if (made) (made.mode = node.mode), (made.mtime = node.mtime);
  if (!r.keep) fs.remove(abs);
}

/** uint64_to_nicestr(B ... TiB): bytes under 10000 as they are, else `%.1f` of the unit that keeps it under 10000. */
function nice(n: number): string {
  if (n < 10000) return `${n} B`;
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let d = n;
  let u = 0;
  do (d /= 1024), u++;
  while (d > 9999.9 && u < 4);
  return `${d.toFixed(1)} ${units[u]}`;
}
const ratio = (c: number, u: number) => (u === 0 || c / u > 9.999 ? '---' : (c / u).toFixed(3));
const CHECK = ['None', 'CRC32', 'Unknown-2', 'Unknown-3', 'CRC64', 'Unknown-5', 'Unknown-6', 'Unknown-7', 'Unknown-8', 'Unknown-9', 'SHA-256'];

/** list_file() and print_info_basic() for each file, then print_totals_basic() after more than one. */
function list(r: Run, names: string[]): void {
  const { ctx } = r;
  let heading = false;
  const totals = { files: 0, streams: 0, blocks: 0, c: 0, u: 0, checks: new Set<number>() };
  const row = (a: string, b: string, c: string, d: string, e: string, f: string) => `${a.padStart(5)} ${b.padStart(7)}  ${c.padStart(11)}  ${d.padStart(11)}  ${e.padStart(5)}  ${f.padEnd(7)} `;
  for (const name of names) {
    if (name === '(stdin)') {
      error(r, '--list does not support reading from standard input');
      continue;
    }
    const abs = ctx.resolve(name);
    const node = ctx.host.fs.get(abs);
    if (!node) {
      error(r, `${name}: No such file or directory`);
      continue;
    }
    if (node.type === 'dir') {
      warning(r, `${name}: Is a directory, skipping`);
      continue;
    }
    if (!canRead(ctx.frame.user, abs)) {
      error(r, `${name}: Permission denied`);
      continue;
    }
    const raw = toBytes(ctx.host.fs.read(abs) as string);
    const x = unxzBytes(raw);
    if (!x.ok) {
      // parse_indexes(): an empty file, one shorter than a stream header and footer, else the decoder's reason
      error(r, `${name}: ${raw.length === 0 ? 'File is empty' : raw.length < 24 ? 'Too small to be a valid .xz file' : STRM[x.why]}`);
      continue;
    }
    if (!heading) {
      heading = true;
      ctx.out('Strms  Blocks   Compressed Uncompressed  Ratio  Check   Filename\n');
    }
    ctx.out(row(String(x.streams), String(x.blocks), nice(raw.length), nice(x.data.length), ratio(raw.length, x.data.length), CHECK[x.check] ?? `Unknown-${x.check}`) + name + '\n');
    totals.files++;
    totals.streams += x.streams;
    totals.blocks += x.blocks;
    totals.c += raw.length;
    totals.u += x.data.length;
    totals.checks.add(x.check);
  }
  if (totals.files > 1) {
    const checks = [...totals.checks].sort((a, b) => a - b).map((c) => CHECK[c]).join(',');
    ctx.out('-'.repeat(79) + '\n' + row(String(totals.streams), String(totals.blocks), nice(totals.c), nice(totals.u), ratio(totals.c, totals.u), checks) + `${totals.files} files\n`);
  }
}

function* xz(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const prog = ctx.name;
  if (o.has('long-help')) {
    ctx.out(((yield { load: () => import('./xz/help') }) as typeof import('./xz/help')).longHelp(prog));
    return 0;
  }
  const r: Run = { ctx, prog, mode: 'compress', stdout: false, force: false, keep: false, quiet: 0, noWarn: false, suffix: null, level: 6, check: 'crc64', status: 0, out: '' };
  if (prog.includes('xzcat')) (r.mode = 'decompress'), (r.stdout = true);
  else if (prog.includes('unxz')) r.mode = 'decompress';
  const modes: Record<string, Mode> = { compress: 'compress', decompress: 'decompress', test: 'test', list: 'list' };
  for (const { key, value } of o.list) {
    if (modes[key]) r.mode = modes[key];
    else if (key === 'stdout') r.stdout = true;
    else if (key === 'force') r.force = true;
    else if (key === 'keep') r.keep = true;
    else if (key === 'quiet') r.quiet++;
    else if (key === 'verbose') r.quiet = 0;
    else if (key === 'no-warn') r.noWarn = true;
    else if (/^[0-9]$/.test(key)) r.level = Number(key);
    else if (key === 'suffix') {
      const s = String(value);
      // suffix_set(): a suffix with a slash cannot be a file name's end
      if (!s || s.includes('/')) {
        ctx.err(`${prog}: ${s}: Invalid filename suffix\n`);
        return 1;
      }
      r.suffix = s;
    } else if (key === 'format') {
      if (!['auto', 'xz', 'lzma', 'alone', 'raw'].includes(String(value))) {
        ctx.err(`${prog}: ${value}: Unknown file format type\n`);
        return 1;
      }
    } else if (key === 'check') {
      if (!['none', 'crc32', 'crc64', 'sha256'].includes(String(value))) {
        ctx.err(`${prog}: ${value}: Unsupported integrity check type\n`);
        return 1;
      }
      if (value !== 'sha256') r.check = value as Check;
    }
  }
  let names = ctx.operands?.length ? [...ctx.operands] : ['-'];
  // -t, -l and reading standard input never write a file
  if (r.mode === 'compress' && (r.stdout || (names.length === 1 && names[0] === '-')) && ctx.tty) {
    ctx.err(`${prog}: Compressed data cannot be written to a terminal\n${prog}: Try \`${prog} --help' for more information.\n`);
    return 1;
  }
  names = names.map((n) => (n === '-' ? '(stdin)' : n));
  if (r.mode === 'list') list(r, names);
  else
    for (const n of names) {
      if (n === '(stdin)') {
        if (r.mode === 'compress' ? ctx.tty : ctx.stdin == null && ctx.tty) {
          error(r, `Compressed data cannot be ${r.mode === 'compress' ? 'written to' : 'read from'} a terminal`);
          continue;
        }
      }
      coderRun(r, n);
    }
  if (r.out) ctx.out(r.out);
  return r.status === 2 && r.noWarn ? 0 : r.status;
}

def({ name: 'xz', summary: 'compress or decompress .xz files', spec: xzSpec, run: xz });
def({ name: 'unxz', summary: 'compress or decompress .xz files', spec: unxzSpec, run: xz });
def({ name: 'xzcat', summary: 'compress or decompress .xz files', spec: xzcatSpec, run: xz });

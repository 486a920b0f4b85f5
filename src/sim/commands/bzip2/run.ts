// bzip2, bunzip2 and bzcat of bzip2 1.0.8 (bzip2.c's main, compress, uncompress and testf): the name picks the
// mode (one containing "unzip" decompresses, "zcat" decompresses to standard output), then the words: short letters
// after one dash, long names whole, `--` ends the flags, every other word (and `-` alone is a flag word) a file.
// The data is real bzip2 (format.ts); files keep the input's mode and time, the input is removed unless -k.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { canRead, canWrite } from '../../util';
import { strerror, type FsError } from '../../fs';
import { def } from '../lib/guest';
import { fromBytes, toBytes } from '../lib/bytes';
import { bunzip2Bytes, bzip2Bytes } from './format';
import { spec as bzip2Spec } from './bzip2/spec';
import { spec as bunzip2Spec } from './bunzip2/spec';
import { spec as bzcatSpec } from './bzcat/spec';

type Help = typeof import('./bzip2/help');
const Z_SUFFIX = ['.bz2', '.bz', '.tbz2', '.tbz'];
const UNZ_SUFFIX = ['', '', '.tar', '.tar'];

interface Run {
  ctx: CommandContext;
  prog: string;
  mode: 'z' | 'unz' | 'test';
  src: 'i2o' | 'f2f' | 'f2o';
  force: boolean;
  keep: boolean;
  noisy: boolean;
  verbosity: number;
  level: number;
  longest: number;
  exit: number;
  files: number;
  done: number;
  out: string;
  /** cleanUpAndFail(): stop everything with this status. */
  fail?: number;
}

const setExit = (r: Run, v: number) => void (r.exit = Math.max(r.exit, v));
const pad = (r: Run, name: string) => ' '.repeat(Math.max(0, r.longest - name.length));

function cadvise(r: Run): string {
  return r.noisy ? "\nIt is possible that the compressed file(s) have become corrupted.\nYou can use the -tvv option to test integrity of such files.\n\nYou can use the `bzip2recover' program to attempt to recover\ndata from undamaged sections of corrupted files.\n\n" : '';
}

/** cleanUpAndFail(): the output file goes when its input is still there; a note on the files not reached. */
function cleanUp(r: Run, ec: number, inName: string, outName: string): void {
  const { ctx } = r;
  if (r.src === 'f2f' && r.mode !== 'test' && ctx.host.fs.exists(ctx.resolve(inName))) {
    if (r.noisy) ctx.err(`${r.prog}: Deleting output file ${outName}, if it exists.\n`);
    ctx.host.fs.remove(ctx.resolve(outName));
  }
  if (r.noisy && r.files > 0 && r.done < r.files) {
    ctx.err(`${r.prog}: WARNING: some files have not been processed:\n${r.prog}:    ${r.files} specified on command line, ${r.files - r.done} not processed yet.\n\n`);
  }
  setExit(r, ec);
  r.fail = r.exit;
}

/** The reason perror() gives after a stream ended early: the errno the last failed call left. */
function errnoText(r: Run): string {
  return r.src === 'f2f' ? 'No such file or directory' : r.src === 'i2o' ? 'Inappropriate ioctl for device' : 'Success';
}

/** printf("%6.3f:1, %6.3f bits/byte, %5.2f%% saved, %s in, %s out.\n") of compressStream(). */
function ratioLine(nin: number, nout: number): string {
  if (nin === 0) return ' no data compressed.\n';
  return `${(nin / nout).toFixed(3).padStart(6)}:1, ${((8 * nout) / nin).toFixed(3).padStart(6)} bits/byte, ${(100 * (1 - nout / nin)).toFixed(2).padStart(5)}% saved, ${nin} in, ${nout} out.\n`;
}

/** fileExists(): fopen(name, "rb") fails for a missing or unreadable file (a directory opens). */
function cannotOpen(r: Run, name: string): string | null {
  const abs = r.ctx.resolve(name);
  const node = r.ctx.host.fs.get(abs);
  if (!node) return 'No such file or directory';
  return node.type !== 'dir' && !canRead(r.ctx.frame.user, abs) ? 'Permission denied' : null;
}

/** Checks shared by the three operations on a named input; false when the file was refused. */
function openInput(r: Run, name: string, canRef: string): boolean {
  const { ctx } = r;
  const abs = ctx.resolve(name);
  const node = ctx.host.fs.get(abs);
  if (!node || (node.type !== 'dir' && !canRead(ctx.frame.user, abs))) {
    ctx.err(`${r.prog}: ${canRef} ${name}: ${node ? 'Permission denied' : 'No such file or directory'}.\n`);
    setExit(r, 1);
    return false;
  }
  if (node.type === 'dir') {
    ctx.err(`${r.prog}: Input file ${name} is a directory.\n`);
    setExit(r, 1);
    return false;
  }
  return true;
}

/** The output file for F2F: refused when it exists (removed first with -f) or cannot be made. */
function openOutput(r: Run, outName: string): boolean {
  const { ctx } = r;
  const abs = ctx.resolve(outName);
  if (ctx.host.fs.exists(abs)) {
    if (!r.force) {
      ctx.err(`${r.prog}: Output file ${outName} already exists.\n`);
      setExit(r, 1);
      return false;
    }
    ctx.host.fs.remove(abs);
  }
  return true;
}

function writeOutput(r: Run, inName: string, outName: string, body: Uint8Array): boolean {
  const { ctx } = r;
  const fs = ctx.host.fs;
  const iabs = ctx.resolve(inName);
  const oabs = ctx.resolve(outName);
  const node = fs.get(iabs)!;
  if (!canWrite(ctx.frame.user, fs.dirname(oabs) + '/')) {
    ctx.err(`${r.prog}: Can't create output file ${outName}: Permission denied.\n`);
    setExit(r, 1);
    return false;
  }
  const e = fs.write(oabs, fromBytes(body), false, node.mode ?? 0o644);
  if (e) {
    ctx.err(`${r.prog}: Can't create output file ${outName}: ${strerror(e as FsError)}.\n`);
    setExit(r, 1);
    return false;
  }
  // applySavedFileAttrToOutputFile and applySavedTimeInfoToOutputFile: the input's mode and times
  const made = fs.get(oabs);
  if (made) (made.mode = node.mode), (made.mtime = node.mtime);
  return true;
}

function compress(r: Run, name: string | null): void {
  const { ctx } = r;
  const inName = name ?? '(stdin)';
  const outName = r.src === 'f2f' ? inName + '.bz2' : '(stdout)';
  const why = name === null ? null : cannotOpen(r, name);
  if (why) {
    ctx.err(`${r.prog}: Can't open input file ${name}: ${why}.\n`);
    return setExit(r, 1);
  }
  const suffix = Z_SUFFIX.find((s) => inName.endsWith(s) && inName.length > s.length);
  if (name !== null && suffix) {
    if (r.noisy) ctx.err(`${r.prog}: Input file ${inName} already has ${suffix} suffix.\n`);
    return setExit(r, 1);
  }
  if (name !== null && ctx.host.fs.get(ctx.resolve(name))?.type === 'dir') {
    ctx.err(`${r.prog}: Input file ${inName} is a directory.\n`);
    return setExit(r, 1);
  }
  if (r.src === 'f2f' && !openOutput(r, outName)) return;
  if (r.src !== 'f2f' && ctx.tty) {
    ctx.err(`${r.prog}: I won't write compressed data to a terminal.\n${r.prog}: For help, type: \`${r.prog} --help'.\n`);
    return setExit(r, 1);
  }
  if (name !== null && !openInput(r, name, "Can't open input file")) return;
  const data = toBytes(name === null ? ctx.stdin ?? '' : (ctx.host.fs.read(ctx.resolve(name)) as string));
  if (r.verbosity >= 1) ctx.err(`  ${inName}: ${pad(r, inName)}`);
  const body = bzip2Bytes(data, r.level);
  if (r.src === 'f2f') {
    if (!writeOutput(r, inName, outName, body)) return;
  } else r.out += fromBytes(body);
  if (r.verbosity >= 1) ctx.err(ratioLine(data.length, body.length));
  if (r.src === 'f2f' && !r.keep) ctx.host.fs.remove(ctx.resolve(inName));
}

function uncompress(r: Run, name: string | null): void {
  const { ctx } = r;
  const inName = name ?? '(stdin)';
  let outName = '(stdout)';
  let cantGuess = false;
  if (r.src === 'f2f') {
    const i = Z_SUFFIX.findIndex((s) => inName.endsWith(s) && inName.length > s.length);
    if (i >= 0) outName = inName.slice(0, inName.length - Z_SUFFIX[i].length) + UNZ_SUFFIX[i];
    else (cantGuess = true), (outName = inName + '.out');
  }
  const why = name === null ? null : cannotOpen(r, name);
  if (why) {
    ctx.err(`${r.prog}: Can't open input file ${name}: ${why}.\n`);
    return setExit(r, 1);
  }
  if (name !== null && ctx.host.fs.get(ctx.resolve(name))?.type === 'dir') {
    ctx.err(`${r.prog}: Input file ${inName} is a directory.\n`);
    return setExit(r, 1);
  }
  if (cantGuess && r.noisy) ctx.err(`${r.prog}: Can't guess original name for ${inName} -- using ${outName}\n`);
  if (r.src === 'f2f' && !openOutput(r, outName)) return;
  if (name === null && ctx.stdin == null && ctx.tty) {
    ctx.err(`${r.prog}: I won't read compressed data from a terminal.\n${r.prog}: For help, type: \`${r.prog} --help'.\n`);
    return setExit(r, 1);
  }
  if (name !== null && !openInput(r, name, "Can't open input file")) return;
  const raw = toBytes(name === null ? ctx.stdin ?? '' : (ctx.host.fs.read(ctx.resolve(name)) as string));
  if (r.verbosity >= 1) ctx.err(`  ${inName}: ${pad(r, inName)}`);
  const x = bunzip2Bytes(raw);
  let body: Uint8Array | null = null;
  let trailing = false;
  if (x.ok) (body = x.data), (trailing = x.trailing);
  else if (x.why === 'magic') {
    // trycat: -f copies what is not bzip2 data as it is
    if (r.force) body = raw;
  } else {
    if (r.src !== 'f2f') r.out += fromBytes(x.data);
    else writeOutput(r, inName, outName, x.data);
    if (x.why === 'data') ctx.err(`\n${r.prog}: Data integrity error when decompressing.\n${r.noisy ? `\tInput file = ${inName}, output file = ${outName}\n` : ''}${cadvise(r)}`);
    else if (r.noisy) ctx.err(`\n${r.prog}: Compressed file ends unexpectedly;\n\tperhaps it is corrupted?  *Possible* reason follows.\n${r.prog}: ${errnoText(r)}\n\tInput file = ${inName}, output file = ${outName}\n${cadvise(r)}`);
    return cleanUp(r, 2, inName, outName);
  }
  if (body) {
    if (trailing && r.noisy) ctx.err(`\n${r.prog}: ${inName}: trailing garbage after EOF ignored\n`);
    if (r.src === 'f2f') {
      if (!writeOutput(r, inName, outName, body)) return;
      if (!r.keep) ctx.host.fs.remove(ctx.resolve(inName));
    } else r.out += fromBytes(body);
    if (r.verbosity >= 1) ctx.err('done\n');
    return;
  }
  setExit(r, 2);
  if (r.verbosity >= 1) ctx.err('not a bzip2 file.\n');
  else ctx.err(`${r.prog}: ${inName} is not a bzip2 file.\n`);
}

/** testf(): true when the data is sound. */
function testf(r: Run, name: string | null): boolean {
  const { ctx } = r;
  const inName = name ?? '(stdin)';
  const why = name === null ? null : cannotOpen(r, name);
  if (why) {
    ctx.err(`${r.prog}: Can't open input ${name}: ${why}.\n`);
    setExit(r, 1);
    return true;
  }
  if (name !== null && ctx.host.fs.get(ctx.resolve(name))?.type === 'dir') {
    ctx.err(`${r.prog}: Input file ${inName} is a directory.\n`);
    setExit(r, 1);
    return true;
  }
  if (name === null && ctx.stdin == null && ctx.tty) {
    ctx.err(`${r.prog}: I won't read compressed data from a terminal.\n${r.prog}: For help, type: \`${r.prog} --help'.\n`);
    setExit(r, 1);
    return true;
  }
  if (name !== null && !openInput(r, name, "Can't open input file")) return true;
  const raw = toBytes(name === null ? ctx.stdin ?? '' : (ctx.host.fs.read(ctx.resolve(name)) as string));
  if (r.verbosity >= 1) ctx.err(`  ${inName}: ${pad(r, inName)}`);
  const x = bunzip2Bytes(raw);
  const head = r.verbosity === 0 ? `${r.prog}: ${inName}: ` : '';
  if (x.ok) {
    if (x.trailing && r.noisy) ctx.err(`${head}trailing garbage after EOF ignored\n`);
    if (r.verbosity >= 1) ctx.err('ok\n');
    return true;
  }
  ctx.err(head + { data: 'data integrity (CRC) error in data\n', eof: 'file ends unexpectedly\n', magic: 'bad magic number (file not created by bzip2)\n' }[x.why]);
  return false;
}

function* bzip2(ctx: CommandContext): CommandRun {
  const prog = ctx.name;
  const texts = (yield { load: () => import('./bzip2/help') }) as Help;
  const words = ctx.args;
  let files = 0;
  let longest = 7;
  let decode = true;
  for (const w of words) {
    if (w === '--') {
      decode = false;
      continue;
    }
    if (w.startsWith('-') && decode) continue;
    files++;
    longest = Math.max(longest, w.length);
  }
  const r: Run = { ctx, prog, mode: 'z', src: files ? 'f2f' : 'i2o', force: false, keep: false, noisy: true, verbosity: 0, level: 9, longest, exit: 0, files, done: 0, out: '' };
  if (prog.includes('unzip') || prog.includes('UNZIP')) r.mode = 'unz';
  if (/z2cat|Z2CAT|zcat|ZCAT/.test(prog)) (r.mode = 'unz'), (r.src = files ? 'f2o' : 'i2o');
  let small = false;
  for (const w of words) {
    if (w === '--') break;
    if (!w.startsWith('-') || w[1] === '-') continue;
    for (const c of w.slice(1)) {
      if (c === 'c') r.src = 'f2o';
      else if (c === 'd') r.mode = 'unz';
      else if (c === 'z') r.mode = 'z';
      else if (c === 'f') r.force = true;
      else if (c === 't') r.mode = 'test';
      else if (c === 'k') r.keep = true;
      else if (c === 's') small = true;
      else if (c === 'q') r.noisy = false;
      else if (/[1-9]/.test(c)) r.level = Number(c);
      else if (c === 'V' || c === 'L') ctx.err(texts.license);
      else if (c === 'v') r.verbosity++;
      else if (c === 'h') {
        ctx.err(texts.usage(prog));
        return 0;
      } else {
        ctx.err(`${prog}: Bad flag \`${w}'\n${texts.usage(prog)}`);
        return 1;
      }
    }
  }
  for (const w of words) {
    if (w === '--') break;
    if (w === '--stdout') r.src = 'f2o';
    else if (w === '--decompress') r.mode = 'unz';
    else if (w === '--compress') r.mode = 'z';
    else if (w === '--force') r.force = true;
    else if (w === '--test') r.mode = 'test';
    else if (w === '--keep') r.keep = true;
    else if (w === '--small') small = true;
    else if (w === '--quiet') r.noisy = false;
    else if (w === '--version' || w === '--license') ctx.err(texts.license);
    else if (w === '--exponential') continue;
    else if (w === '--repetitive-best' || w === '--repetitive-fast') ctx.err(`${prog}: ${w} is redundant in versions 0.9.5 and above\n`);
    else if (w === '--fast') r.level = 1;
    else if (w === '--best') r.level = 9;
    else if (w === '--verbose') r.verbosity++;
    else if (w === '--help') {
      ctx.err(texts.usage(prog));
      return 0;
    } else if (w.startsWith('--')) {
      ctx.err(`${prog}: Bad flag \`${w}'\n${texts.usage(prog)}`);
      return 1;
    }
  }
  if (r.verbosity > 4) r.verbosity = 4;
  if (r.mode === 'z' && small && r.level > 2) r.level = 2;
  if (r.mode === 'test' && r.src === 'f2o') {
    ctx.err(`${prog}: -c and -t cannot be used together.\n`);
    return 1;
  }
  if (r.src === 'f2o' && files === 0) r.src = 'i2o';
  const names: string[] = [];
  decode = true;
  for (const w of words) {
    if (w === '--') {
      decode = false;
      continue;
    }
    if (w.startsWith('-') && decode) continue;
    names.push(w);
  }
  let testFails = false;
  const each = (f: (n: string | null) => void) => {
    if (r.src === 'i2o') return f(null);
    for (const n of names) {
      r.done++;
      f(n);
      if (r.fail !== undefined) return;
    }
  };
  if (r.mode === 'z') each((n) => compress(r, n));
  else if (r.mode === 'unz') each((n) => uncompress(r, n));
  else each((n) => void (testf(r, n) || (testFails = true)));
  if (r.out) ctx.out(r.out);
  if (r.fail !== undefined) return r.fail;
  if (testFails) {
    if (r.noisy) ctx.err("\nYou can use the `bzip2recover' program to attempt to recover\ndata from undamaged sections of corrupted files.\n\n");
    setExit(r, 2);
  }
  return r.exit;
}

def({ name: 'bzip2', summary: 'a block-sorting file compressor', spec: bzip2Spec, run: bzip2 });
def({ name: 'bunzip2', summary: 'a block-sorting file compressor', spec: bunzip2Spec, run: bzip2 });
def({ name: 'bzcat', summary: 'decompresses files to stdout', spec: bzcatSpec, run: bzip2 });

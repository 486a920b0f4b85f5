// gzip, gunzip and zcat of gzip 1.12 (gzip.c's treat_file and treat_stdin; options and texts in <tool>/spec.ts and
// help.ts). gunzip and zcat are gzip.c run as `gzip -d` and `gzip -cd` by their scripts. The data is the
// simulator's: a compressed file is gzip's magic bytes and the text, as tar -z writes and reads it, so
// `gzip -c x.tar > x.tar.gz` and `tar xzf` agree, and gunzip gives back what was compressed.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import type { CommandSpec } from '../../spec/types';
import { loadSpecEngine } from '../../spec/run';
import { canRead, canWrite } from '../../util';
import { strerror, type FsError } from '../../fs';
import { def } from '../lib/guest';
import { COMPRESSORS } from '../tar/compress';
import { spec as gzipSpec } from './gzip/spec';
import { spec as gunzipSpec } from './gunzip/spec';
import { spec as zcatSpec } from './zcat/spec';

const MAGIC = COMPRESSORS.gzip.magic;
const OK = 0;
const ERROR = 1;
const WARNING = 2;
/** get_suffix(): the known compressed suffixes, -S's first. */
const SUFFIXES = ['.gz', '.z', '-gz', '-z', '_z', '.tgz', '.taz'];

interface Run {
  ctx: CommandContext;
  decompress: boolean;
  toStdout: boolean;
  force: boolean;
  keep: boolean;
  quiet: boolean;
  verbose: boolean;
  test: boolean;
  recursive: boolean;
  suffix: string;
  code: number;
  out: string;
}

function warn(r: Run, text: string): void {
  if (!r.quiet) r.ctx.err(text);
  if (r.code === OK) r.code = WARNING;
}

function error(r: Run, text: string): void {
  r.ctx.err(text);
  r.code = ERROR;
}

/** The suffix NAME ends with, as get_suffix() finds it (case-insensitively), or null. */
function suffixOf(name: string, z: string): string | null {
  const list = [z, ...SUFFIXES.filter((s) => s !== z)];
  const lower = name.toLowerCase();
  for (const s of list) if (lower.endsWith(s.toLowerCase()) && lower.length > s.length && !lower.endsWith('/' + s.toLowerCase())) return name.slice(name.length - s.length);
  return null;
}

function* treatFile(r: Run, name: string): Generator<{ ask: string }, void, unknown> {
  const { ctx } = r;
  const fs = ctx.host.fs;
  let iname = name;
  let abs = ctx.resolve(iname);
  // open_input_file(): a missing name gets the suffixes tried in turn (gunzip x finds x.gz)
  if (!fs.exists(abs) && r.decompress && !suffixOf(iname, r.suffix)) {
    const found = [r.suffix, ...SUFFIXES.filter((s) => s !== r.suffix)].find((s) => fs.exists(ctx.resolve(iname + s)));
    iname = found ? iname + found : iname + r.suffix;
    abs = ctx.resolve(iname);
  }
  const node = fs.get(abs);
  if (!node) return error(r, `gzip: ${iname}: No such file or directory\n`);
  if (node.type === 'dir') {
    if (!r.recursive) return warn(r, `gzip: ${iname} is a directory -- ignored\n`);
    const list = fs.list(abs);
    if (typeof list !== 'string') for (const e of list) yield* treatFile(r, iname.replace(/\/$/, '') + '/' + e.name);
    return;
  }
  if (!canRead(ctx.frame.user, abs)) return error(r, `gzip: ${iname}: Permission denied\n`);
  const data = fs.read(abs) as string;
  let oname = '';
  if (!r.toStdout || r.test) {
    const suff = suffixOf(iname, r.suffix);
    if (r.decompress) {
      if (!suff) {
        if (r.test) return void (yield* decompressed(r, iname, data));
        if (!r.quiet && !r.recursive) warn(r, `gzip: ${iname}: unknown suffix -- ignored\n`);
        else if (r.code === OK) r.code = WARNING;
        return;
      }
      if (!r.test) oname = iname.slice(0, iname.length - suff.length) + (/^\.t[ga]z$/i.test(suff) ? '.tar' : '');
    } else if (suff && !r.force) {
      // printed without WARN: the exit status stays as it is
      if (!r.quiet && !r.recursive) ctx.err(`gzip: ${iname} already has ${suff} suffix -- unchanged\n`);
      return;
    } else oname = iname + r.suffix;
  }
  let body: string;
  if (r.decompress) {
    const d = yield* decompressed(r, iname, data);
    if (d === null) return;
    body = d;
  } else body = MAGIC + data;
  if (r.test) return;
  if (r.toStdout) {
    r.out += body;
    return;
  }
  const oabs = ctx.resolve(oname);
  if (fs.exists(oabs) && !r.force) {
    let ok = false;
    if (ctx.tty && ctx.stdin == null) {
      const a = (yield { ask: `gzip: ${oname} already exists; do you wish to overwrite (y or n)? ` }) as string;
      ok = /^[yY]/.test(a ?? '');
    } else ctx.err(`gzip: ${oname} already exists;`);
    if (!ok) {
      ctx.err('\tnot overwritten\n');
      if (r.code === OK) r.code = WARNING;
      return;
    }
  }
  const dir = fs.dirname(oabs);
  if (!canWrite(ctx.frame.user, oabs) || !canWrite(ctx.frame.user, dir + '/')) return error(r, `gzip: ${oname}: Permission denied\n`);
  const e = fs.write(oabs, body, false, node.mode ?? 0o644);
  if (e) return error(r, `gzip: ${oname}: ${strerror(e as FsError)}\n`);
  if (r.verbose) ctx.err(`${iname}:\t${ratio(r.decompress ? data : body, r.decompress ? body : data)} -- ${r.keep ? 'created' : 'replaced with'} ${oname}\n`);
  if (!r.keep) fs.remove(abs);
}

/** The share saved, as display_ratio() prints it (`-20.0%` when the output is larger). */
function ratio(compressed: string, plain: string): string {
  if (!plain.length) return '  0.0%';
  const v = ((plain.length - compressed.length) * 1000) / plain.length;
  const t = Math.trunc(v);
  return `${t < 0 ? '-' : ' '}${String(Math.floor(Math.abs(t) / 10)).padStart(2)}.${Math.abs(t) % 10}%`;
}

function* decompressed(r: Run, iname: string, data: string): Generator<{ ask: string }, string | null, unknown> {
  if (data.startsWith(MAGIC)) return data.slice(MAGIC.length);
  // zcat -f and gzip -cdf copy what is not compressed
  if (r.force && r.toStdout) return data;
  // get_method() reads two magic bytes with get_byte(): input that ends before them is read_error()'s end of file
  if (data.length < 2) {
    error(r, `\ngzip: ${iname}: unexpected end of file\n`);
    return null;
  }
  error(r, `\ngzip: ${iname}: not in gzip format\n`);
  return null;
}

function* gzip(ctx: CommandContext, decompress: boolean, toStdout: boolean): CommandRun {
  const o = ctx.opts!;
  if (o.has('?')) {
    ctx.err("Try `gzip --help' for more information.\n");
    return ERROR;
  }
  if (o.has('license')) {
    ctx.out((yield { load: () => import('./gzip/help').then((m) => m.license) }) as string);
    return OK;
  }
  if (o.has('lzw')) {
    ctx.err("gzip: -Z not supported in this version\nTry `gzip --help' for more information.\n");
    return ERROR;
  }
  const bits = o.str('bits');
  if (bits !== undefined && !/^\d*$/.test(bits)) {
    ctx.err("gzip: -b operand is not an integer\nTry `gzip --help' for more information.\n");
    return ERROR;
  }
  const suffix = o.str('suffix') ?? '.gz';
  if (!suffix.length || suffix.length > 30) {
    ctx.err(`gzip: invalid suffix '${suffix}'\n`);
    return ERROR;
  }
  const list = o.has('list');
  const test = o.has('test') || list;
  const r: Run = {
    ctx,
    decompress: decompress || o.has('decompress') || test,
    toStdout: toStdout || o.has('to-stdout') || test,
    force: o.has('force'),
    keep: o.has('keep'),
    quiet: o.has('quiet') && o.list.filter((x) => x.key === 'quiet' || x.key === 'verbose').pop()?.key === 'quiet',
    verbose: o.has('verbose') && o.list.filter((x) => x.key === 'quiet' || x.key === 'verbose').pop()?.key === 'verbose',
    test,
    recursive: o.has('recursive'),
    suffix,
    code: OK,
    out: '',
  };
  if (list) {
    ctx.err('gzip: --list is not modelled here\n');
    return ERROR;
  }
  const files = ctx.operands ?? [];
  if (!files.length || (files.length === 1 && files[0] === '-')) {
    // treat_stdin(): never from or to a terminal without -f
    const inTty = ctx.stdin == null && !!ctx.tty;
    if (!r.force && !r.test && (r.decompress ? inTty : !!ctx.tty)) {
      ctx.err(`gzip: compressed data not ${r.decompress ? 'read from' : 'written to'} a terminal. Use -f to force ${r.decompress ? 'de' : ''}compression.\nFor help, type: gzip -h\n`);
      return ERROR;
    }
    const data = ctx.stdin ?? '';
    if (r.decompress) {
      const d = yield* decompressed({ ...r, toStdout: true }, 'stdin', data);
      if (d === null) return ERROR;
      if (!r.test) ctx.out(d);
    } else ctx.out(MAGIC + data);
    return OK;
  }
  for (const f of files) {
    if (f === '-') {
      const d = r.decompress ? yield* decompressed(r, 'stdin', ctx.stdin ?? '') : MAGIC + (ctx.stdin ?? '');
      if (d !== null && !r.test) r.out += d;
      continue;
    }
    yield* treatFile(r, f);
  }
  if (r.out) ctx.out(r.out);
  return r.code;
}

/** gunzip.in and zcat.in: a first word --version prints the script's version, anything else is `exec gzip -d`/`-cd`. */
function* viaGzip(ctx: CommandContext, spec: CommandSpec, decompress: boolean, toStdout: boolean): CommandRun {
  if (ctx.args[0] === '--version') {
    const zcat = ctx.name === 'zcat';
    ctx.out((yield { load: () => (zcat ? import('./zcat/help') : import('./gunzip/help')).then((m) => m.version) }) as string);
    return OK;
  }
  const engine = (yield { load: loadSpecEngine }) as Awaited<ReturnType<typeof loadSpecEngine>>;
  return yield* engine.dispatch(spec, { ...ctx, name: 'gzip' }, (c) => gzip(c, decompress, toStdout));
}

def({ name: 'gzip', summary: 'compress or expand files', spec: gzipSpec, run: (ctx) => gzip(ctx, false, false) });
// the scripts answer a first word --help/--version; anything else is gzip's (its help, its errors)
def({ name: 'gunzip', summary: 'compress or expand files', spec: gunzipSpec, run: (ctx) => viaGzip(ctx, gzipSpec, true, false) });
def({ name: 'zcat', summary: 'compress or expand files', spec: zcatSpec, run: (ctx) => viaGzip(ctx, gzipSpec, true, true) });

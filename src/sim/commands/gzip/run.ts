// gzip, gunzip and zcat of gzip 1.12 (gzip.c's treat_file and treat_stdin; options and texts in <tool>/spec.ts and
// help.ts). gunzip and zcat are gzip.c run as `gzip -d` and `gzip -cd` by their scripts. The data is real gzip
// (format.ts): the header with the name and time, DEFLATE data from fflate, CRC-32 and size; files and pipes carry
// the bytes (FileNode.content), so tar -z, od and md5sum see what gzip wrote.
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import type { CommandSpec } from '../../spec/types';
import { loadSpecEngine } from '../../spec/run';
import { canRead, canWrite, tm, two } from '../../util';
import { strerror, type FsError } from '../../fs';
import { def } from '../lib/guest';
import { fromBytes, toBytes } from '../lib/bytes';
import { gunzipBytes, gzipBytes, listBytes, loadFlate } from './format';
import { spec as gzipSpec } from './gzip/spec';
import { spec as gunzipSpec } from './gunzip/spec';
import { spec as zcatSpec } from './zcat/spec';

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
  level: number;
  noName: boolean;
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
  } else body = compressed(r, data, toBytes(fs.basename(abs)), node.mtime);
  if (r.test) {
    if (r.verbose) ctx.err(`${iname}:\t OK\n`);
    return;
  }
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
  // copy_stat(): the output keeps the input's time and mode
  const made = fs.get(oabs);
  if (made) (made.mode = node.mode), (made.mtime = node.mtime);
  if (r.verbose) ctx.err(`${iname}:\t${r.decompress ? savedIn(data, body) : savedIn(body, data)} -- ${r.keep ? 'created' : 'replaced with'} ${oname}\n`);
  if (!r.keep) fs.remove(abs);
}

/** display_ratio(): `%5.1f%%` of num/den (0 when den is 0), rounded as printf rounds (a tie to the even digit). */
export function ratio(num: number, den: number): string {
  const x = den === 0 ? 0 : (100 * num) / den;
  const a = Math.abs(x);
  // toFixed rounds the exact value as printf does, but a tie (x.25, x.75, exact in binary) up, printf to even
  let t = a.toFixed(1);
  if (Number.isInteger(a * 4) && !Number.isInteger(a * 2) && Number(t.slice(-1)) % 2 === 1) t = (Number(t) - 0.1).toFixed(1);
  return `${x < 0 ? '-' : ''}${t}`.padStart(5) + '%';
}

/** The header and trailer of one member: its length before the DEFLATE data, and 8. */
function headerBytes(gz: Uint8Array): number {
  const l = listBytes(gz);
  return typeof l === 'string' || l.members > 1 ? 0 : l.header.end + 8;
}

/** -v's ratio: the share of the plain data its DEFLATE data saves (gzip leaves the header and trailer out). */
function savedIn(gz: string, plain: string): string {
  const g = toBytes(gz);
  const n = toBytes(plain).length;
  return ratio(n - (g.length - headerBytes(g)), n);
}

/** gzip's output for some data: the name and time stored unless -n (standard input: no name, the time now). */
function compressed(r: Run, data: string, name: Uint8Array | null, mtime: number): string {
  return fromBytes(gzipBytes(toBytes(data), { level: r.level, name: r.noName || !name ? undefined : name, mtime: r.noName ? 0 : Math.floor(mtime / 1000) }));
}

function* decompressed(r: Run, iname: string, data: string): Generator<{ ask: string }, string | null, unknown> {
  const x = gunzipBytes(toBytes(data));
  if (x.ok) {
    if (x.trailing) warn(r, `\ngzip: ${iname}: decompression OK, trailing garbage ignored\n`);
    return fromBytes(x.data);
  }
  // zcat -f and gzip -cdf copy what is not compressed
  if (x.why === 'format' && r.force && r.toStdout) return data;
  // get_method() reads two magic bytes with get_byte(): input that ends before them is read_error()'s end of file
  // what was expanded before the end goes out, as gzip writes its window before it stops
  if (r.toStdout && !r.test && x.data.length) r.out += fromBytes(x.data);
  const why = { format: 'not in gzip format', eof: 'unexpected end of file', corrupt: 'invalid compressed data--format violated', crc: 'invalid compressed data--crc error', length: 'invalid compressed data--length error' }[x.why];
  error(r, `\ngzip: ${iname}: ${why}\n`);
  return null;
}

/** -1 ... -9 (--fast, --best): the last one given; 6 without. */
function levelOf(keys: string[]): number {
  let level = 6;
  for (const k of keys) level = k === 'fast' ? 1 : k === 'best' ? 9 : /^[2-8]$/.test(k) ? Number(k) : level;
  return level;
}

const W = 19;

/** -l (do_list()): each file's sizes from its header and trailer, the ratio, the name; totals after more than one. */
function* listFiles(r: Run, stored: boolean): Generator<{ ask: string }, number, unknown> {
  const { ctx } = r;
  const fs = ctx.host.fs;
  let header = false;
  let totals: [number, number, number] = [0, 0, 0];
  let count = 0;
  const row = (gz: Uint8Array, name: string, fileTime: number) => {
    const l = listBytes(gz);
    if (typeof l === 'string') return error(r, `\ngzip: ${name}: ${l === 'eof' ? 'unexpected end of file' : 'not in gzip format'}\n`);
    let out = '';
    if (!header) {
      header = true;
      if (r.verbose) out += 'method  crc     date  time  ';
      if (!r.quiet) out += `${'compressed'.padStart(W)} ${'uncompressed'.padStart(W)}  ratio uncompressed_name\n`;
    }
    const hb = l.members > 1 ? 0 : l.header.end + 8;
    if (r.verbose) {
      const t = tm(l.header.mtime ? l.header.mtime * 1000 : fileTime);
      out += `defla ${l.crc.toString(16).padStart(8, '0')} ${t.monName}${String(t.d).padStart(3)} ${two(t.h)}:${two(t.mi)} `;
    }
    const shown = stored && l.header.name ? fromBytes(l.header.name) : name;
    out += `${String(gz.length).padStart(W)} ${String(l.size).padStart(W)} ${ratio(l.size - (gz.length - hb), l.size)} ${shown}\n`;
    ctx.out(out);
    totals = [totals[0] + gz.length, totals[1] + l.size, hb];
    count++;
  };
  const files = ctx.operands?.length ? ctx.operands : ['-'];
  for (const f of files) {
    if (f === '-') {
      row(toBytes(ctx.stdin ?? ''), 'stdout', ctx.world.now);
      continue;
    }
    let iname = f;
    if (!fs.exists(ctx.resolve(iname)) && !suffixOf(iname, r.suffix)) {
      const found = [r.suffix, ...SUFFIXES.filter((s) => s !== r.suffix)].find((s) => fs.exists(ctx.resolve(iname + s)));
      iname = found ? iname + found : iname + r.suffix;
    }
    const abs = ctx.resolve(iname);
    const node = fs.get(abs);
    if (!node) {
      error(r, `gzip: ${iname}: No such file or directory\n`);
      continue;
    }
    if (node.type === 'dir') {
      warn(r, `gzip: ${iname} is a directory -- ignored\n`);
      continue;
    }
    if (!canRead(ctx.frame.user, abs)) {
      error(r, `gzip: ${iname}: Permission denied\n`);
      continue;
    }
    const suff = suffixOf(iname, r.suffix);
    const name = suff ? iname.slice(0, iname.length - suff.length) + (/^\.t[ga]z$/i.test(suff) ? '.tar' : '') : iname;
    row(toBytes(fs.read(abs) as string), name, node.mtime);
  }
  if (count > 1) {
    const [i, o, hb] = totals;
    ctx.out(`${r.verbose ? ' '.repeat(28) : ''}${r.verbose || !r.quiet ? `${String(i).padStart(W)} ${String(o).padStart(W)} ` : ''}${ratio(o - (i - hb), o)} (totals)\n`);
  }
  return r.code;
}

function* gzip(ctx: CommandContext, decompress: boolean, toStdout: boolean): CommandRun {
  const o = ctx.opts!;
  yield { load: loadFlate };
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
    level: levelOf(o.list.map((x) => x.key)),
    noName: o.has('no-name'),
    code: OK,
    out: '',
  };
  if (list) return yield* listFiles(r, o.has('name'));
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
      const one = { ...r, toStdout: true };
      const d = yield* decompressed(one, 'stdin', data);
      if (one.out) ctx.out(one.out);
      if (d === null) return ERROR;
      if (!r.test) ctx.out(d);
      return one.code;
    } else ctx.out(compressed(r, data, null, ctx.world.now));
    return OK;
  }
  for (const f of files) {
    if (f === '-') {
      const d = r.decompress ? yield* decompressed(r, 'stdin', ctx.stdin ?? '') : compressed(r, ctx.stdin ?? '', null, ctx.world.now);
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

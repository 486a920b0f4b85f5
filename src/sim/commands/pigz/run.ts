// pigz and unpigz of pigz 2.5 (pigz.c's main, option and process): the name picks the mode (unpigz decompresses,
// a name ending in "cat" decompresses to standard output), each word is an option or a file; problems with a file
// are "NAME: skipping: ..." (status 1) and the next file follows, an error in the options is "NAME: abort: ..." and
// pigz stops with the error's number (EINVAL, 22). The data is gzip's (../gzip/format.ts).
import type { CommandContext } from '../../context';
import type { CommandRun } from '../../types';
import { canRead, canWrite } from '../../util';
import { def } from '../lib/guest';
import { fromBytes, toBytes } from '../lib/bytes';
import { gunzipBytes, gzipBytes, listBytes, loadFlate } from '../gzip/format';
import { spec as pigzSpec } from './pigz/spec';
import { spec as unpigzSpec } from './unpigz/spec';

type Help = typeof import('./pigz/help');
const EINVAL = 22;
/** longopts[]: each long name and the letter it stands for. */
const LONG: Record<string, string> = {
  LZW: 'Z', lzw: 'Z', alias: 'A', ascii: 'a', best: '9', bits: 'Z', blocksize: 'b', decompress: 'd', fast: '1', force: 'f', comment: 'C',
  first: 'F', iterations: 'I', maxsplits: 'J', oneblock: 'O', help: 'h', independent: 'i', keep: 'k', license: 'L', list: 'l', name: 'N',
  'no-name': 'n', 'no-time': 'm', processes: 'p', quiet: 'q', recursive: 'r', rsyncable: 'R', silent: 'q', stdout: 'c', suffix: 'S',
  synchronous: 'Y', test: 't', time: 'M', 'to-stdout': 'c', uncompress: 'd', verbose: 'v', version: 'V', zip: 'K', zlib: 'z',
};
/** The suffixes tried for a missing name when decompressing or listing (sufs[]). */
const SUFS = ['.z', '-z', '_z', '.Z', '.gz', '-gz', '.zz', '-zz', '.zip', '.ZIP', '.tgz'];

class Abort extends Error {}

interface G {
  ctx: CommandContext;
  prog: string;
  decode: 0 | 1 | 2;
  list: boolean;
  pipeout: boolean;
  force: boolean;
  keep: boolean;
  recurse: boolean;
  verbosity: number;
  level: number;
  headis: number;
  sufx: string;
  ret: number;
  out: string;
  first: boolean;
}

function complain(g: G, text: string): void {
  if (g.verbosity > 0) g.ctx.err(`${g.prog}: ${text}\n`);
  g.ret = 1;
}

/** compressed_suffix(): the length of the gzip suffix the name ends with. */
function compressedSuffix(nm: string): number {
  if (nm.length > 4 && ['.zip', '.ZIP', '.tgz'].includes(nm.slice(-4))) return 4;
  if (nm.length > 3 && ['.gz', '-gz', '.zz', '-zz'].includes(nm.slice(-3))) return 3;
  if (nm.length > 2 && ['.z', '-z', '_z', '.Z'].includes(nm.slice(-2))) return 2;
  return 0;
}

/** show_info() at verbosity 1: the sizes, the share saved (or "?  unk" when the data grew past what deflate adds). */
function showInfo(g: G, inTot: number, len: number, tag: string): void {
  if (g.first) {
    if (g.verbosity > 0) g.ctx.out('compressed   original reduced  name\n');
    g.first = false;
  }
  if (g.verbosity < 1) return;
  const name = tag.length > 48 ? tag.slice(0, 45) + '...' : tag;
  if (inTot > len + (len >> 10) + 12) g.ctx.out(`${String(inTot).padStart(10)} ${String(len).padStart(10)}?  unk    ${name}\n`);
  else g.ctx.out(`${String(inTot).padStart(10)} ${String(len).padStart(10)} ${((100 * (len - inTot)) / len).toFixed(1).padStart(6)}%  ${name}\n`);
}

function process(g: G, path: string | null): void {
  const { ctx } = g;
  const fs = ctx.host.fs;
  let inf = '<stdin>';
  let raw: Uint8Array;
  let mtime = Math.floor(ctx.world.now / 1000);
  let name: string | null = null;
  let len = 0;
  if (path !== null) {
    inf = path;
    let node = fs.get(ctx.resolve(inf));
    if (!node && (g.list || g.decode)) {
      const found = SUFS.find((s) => fs.get(ctx.resolve(path + s)));
      if (found) (inf = path + found), (node = fs.get(ctx.resolve(inf)));
    }
    if (!node) return complain(g, `skipping: ${path} does not exist`);
    if (node.type === 'dir') {
      if (!g.recurse) return complain(g, `skipping: ${inf} is a directory`);
      const kids = fs.list(ctx.resolve(inf));
      if (typeof kids !== 'string') for (const k of kids) process(g, `${inf.replace(/\/$/, '')}/${k.name}`);
      return;
    }
    len = inf.length;
    if (!(g.force || g.list || g.decode) && inf.endsWith(g.sufx) && inf.length >= g.sufx.length) return complain(g, `skipping: ${inf} ends with ${g.sufx}`);
    if (g.decode === 1 && !g.pipeout && !g.list) {
      const suf = compressedSuffix(inf);
      if (!suf) return complain(g, `skipping: ${inf} does not have compressed suffix`);
      len -= suf;
    }
    if (!canRead(ctx.frame.user, ctx.resolve(inf))) throw new Abort(`read error on ${inf} (Permission denied)`);
    raw = toBytes(fs.read(ctx.resolve(inf)) as string);
    name = g.headis & 1 ? inf.slice(inf.lastIndexOf('/') + 1) : null;
    mtime = g.headis & 2 ? Math.floor(node.mtime / 1000) : 0;
  } else {
    raw = toBytes(ctx.stdin ?? '');
    if (!(g.headis & 2)) mtime = 0;
  }
  let body: Uint8Array;
  if (g.decode || g.list) {
    // get_header(): the magic and method 8, else an empty input or another format
    if (raw.length < 2 || raw[0] !== 0x1f || raw[1] !== 0x8b) {
      if (g.force && g.pipeout && g.decode === 1 && !g.list) {
        g.out += fromBytes(raw);
        return;
      }
      return complain(g, raw.length === 0 ? `skipping: ${inf} empty` : `skipping: ${inf} unrecognized format`);
    }
    if (g.list) {
      const l = listBytes(raw);
      if (typeof l === 'string') return complain(g, `skipping: ${inf} unrecognized format`);
      const stored = l.header.name ? new TextDecoder('latin1').decode(l.header.name) : null;
      const n = inf.length - compressedSuffix(inf);
      showInfo(g, raw.length, l.size, stored ?? inf.slice(0, n) + (inf.endsWith('.tgz') ? '.tar' : ''));
      return;
    }
    const x = gunzipBytes(raw);
    if (!x.ok) {
      const why = { eof: 'incomplete deflate data', crc: 'crc32 mismatch', length: 'length mismatch', corrupt: 'invalid deflate data (invalid block type)', format: 'incomplete deflate data' }[x.why];
      if (g.decode === 1 && (path === null || g.pipeout)) g.out += fromBytes(x.data);
      return complain(g, `skipping: ${inf}: corrupted -- ${why}`);
    }
    if (x.trailing) complain(g, `warning: ${inf}: trailing junk was ignored`);
    if (g.decode === 2) return;
    body = x.data;
  } else body = gzipBytes(raw, { level: Math.min(Math.max(g.level, 1), 9), name: name ? toBytes(name) : undefined, mtime });
  if (path === null || g.pipeout) {
    if (!g.decode && !g.force && ctx.tty) throw new Abort('trying to write compressed data to a terminal (use -f to force)');
    g.out += fromBytes(body);
    return;
  }
  const outf = g.decode ? inf.slice(0, len) + (inf.slice(len) === '.tgz' ? '.tar' : '') : inf + g.sufx;
  const oabs = ctx.resolve(outf);
  if (fs.exists(oabs) && !g.force) return complain(g, `skipping: ${outf} exists`);
  if (!canWrite(ctx.frame.user, fs.dirname(oabs) + '/')) throw new Abort(`write error on ${outf} (Permission denied)`);
  const node = fs.get(ctx.resolve(inf))!;
  fs.write(oabs, fromBytes(body), false, node.mode ?? 0o644);
  // copymeta(): the input's mode and times
  const made = fs.get(oabs);
  if (made) (made.mode = node.mode), (made.mtime = node.mtime);
  if (!g.keep) fs.remove(ctx.resolve(inf));
}

function* pigz(ctx: CommandContext): CommandRun {
  yield { load: loadFlate };
  const texts = (yield { load: () => import('./pigz/help') }) as Help;
  const prog = ctx.name;
  const g: G = { ctx, prog, decode: 0, list: false, pipeout: false, force: false, keep: false, recurse: false, verbosity: 1, level: 6, headis: 3, sufx: '.gz', ret: 0, out: '', first: true };
  const abort = (why: string) => {
    if (g.verbosity > 0) ctx.err(`${prog}: abort: ${why}\n`);
    return EINVAL;
  };
  const help = () => {
    if (g.verbosity === 0) return null;
    ctx.err(texts.help);
    return 0;
  };
  const decodeOn = () => {
    if (!g.decode) g.headis >>= 2;
    g.decode = 1;
  };
  if (prog === 'unpigz' || prog === 'gunzip') decodeOn();
  if (prog.length > 2 && prog.endsWith('cat')) decodeOn(), (g.pipeout = true);
  const words = ctx.args;
  if (!words.length && (g.decode ? ctx.stdin == null && ctx.tty : ctx.tty)) {
    const h = help();
    if (h !== null) return h;
  }
  const files: (string | null)[] = [];
  let get = 0;
  let noOpts = false;
  for (const word of words) {
    if (noOpts) {
      files.push(word);
      continue;
    }
    if (word === '--') {
      noOpts = true;
      continue;
    }
    if (get) {
      if (word.startsWith('-')) return abort(`missing parameter after -${'bpSIJAC'[get - 1]}`);
      if (get === 2 || get === 1) {
        if (!/^\d+$/.test(word)) return abort(`invalid numeric parameter: ${word}`);
      } else if (get === 3) g.sufx = word;
      get = 0;
      continue;
    }
    if (!word.startsWith('-') || word === '-') {
      files.push(word === '-' ? null : word);
      continue;
    }
    let arg = word.slice(1);
    if (arg.startsWith('-')) {
      const letter = LONG[arg.slice(1)];
      if (!letter) return abort(`invalid option: ${word}`);
      arg = letter;
    }
    for (let i = 0; i < arg.length; i++) {
      if (get) {
        if (get === 3) return abort('invalid usage: -S must be followed by space');
        if (get === 7) return abort('invalid usage: -C must be followed by space');
        break;
      }
      const c = arg[i];
      if (/[0-9]/.test(c)) {
        let level = Number(c);
        while (/[0-9]/.test(arg[i + 1] ?? '')) level = level * 10 + Number(arg[++i]);
        if (level === 10 || level > 11) return abort('only levels 0..9 and 11 are allowed');
        g.level = level;
        continue;
      }
      const getFor: Record<string, number> = { b: 1, p: 2, S: 3, I: 4, J: 5, A: 6, C: 7 };
      if (getFor[c]) {
        get = getFor[c];
        continue;
      }
      if (c === 'L') {
        ctx.out(texts.license);
        return 0;
      }
      if (c === 'V') {
        ctx.out(texts.version);
        return 0;
      }
      if (c === 'Z') return abort(`invalid option: LZW output not supported: -${c}`);
      if (c === 'a') return abort(`invalid option: no ascii conversion: -${c}`);
      if (c === 'h') {
        const h = help();
        if (h !== null) return h;
        continue;
      }
      if (c === 'c') g.pipeout = true;
      else if (c === 'd') decodeOn();
      else if (c === 'f') g.force = true;
      else if (c === 'k') g.keep = true;
      else if (c === 'l') g.list = true;
      else if (c === 'n') g.headis = 0;
      else if (c === 'N') g.headis = 0xf;
      else if (c === 'M') g.headis |= 0xa;
      else if (c === 'm' || c === 'T') g.headis &= ~0xa;
      else if (c === 'q') g.verbosity = 0;
      else if (c === 'r') g.recurse = true;
      else if (c === 't') g.decode = 2;
      else if (c === 'v') g.verbosity++;
      else if ('FiKORYz'.includes(c)) continue;
      else return abort(`invalid option: -${c}`);
    }
  }
  if (get) return abort(`missing parameter after -${'bpSIJAC'[get - 1]}`);
  try {
    if (!files.length) process(g, null);
    for (const f of files) process(g, f);
  } catch (e) {
    if (!(e instanceof Abort)) throw e;
    if (g.out) ctx.out(g.out);
    return abort(e.message);
  }
  if (g.out) ctx.out(g.out);
  return g.ret;
}

def({ name: 'pigz', summary: 'compress or expand files', spec: pigzSpec, run: pigz });
def({ name: 'unpigz', summary: 'compress or expand files', spec: unpigzSpec, run: pigz });

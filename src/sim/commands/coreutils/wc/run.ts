// wc of GNU coreutils 8.32 (options and help in spec.ts): lines, words, chars, bytes and the longest line in
// wc.c's order, the column width compute_number_width gives (the regular files' total size; 7 with a pipe or a
// directory, standard input included unless it is a file redirected with `<`; 1 for a single count of a single input), words as 8.32 counts them (printable non-space
// characters), --files0-from.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { byteLength, strerror, type FsError } from '../../../fs';
import { def } from '../../lib/guest';
import { coreErr, readFile } from '../../lib/files';

interface Counts {
  lines: number;
  words: number;
  chars: number;
  bytes: number;
  max: number;
}

/** East Asian wide and fullwidth characters take two columns (wcwidth). */
const wide = (c: number) =>
  (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf && c !== 0x303f) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x1f300 && c <= 0x1f64f) || (c >= 0x1f900 && c <= 0x1f9ff) || (c >= 0x20000 && c <= 0x3fffd);
const combining = (c: number) => (c >= 0x300 && c <= 0x36f) || c === 0x200b;

function count(text: string): Counts {
  const r: Counts = { lines: 0, words: 0, chars: 0, bytes: byteLength(text), max: 0 };
  let inWord = false;
  let pos = 0;
  const sep = () => {
    if (inWord) r.words++;
    inWord = false;
  };
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    // a byte that is not UTF-8 (kept escaped, fs.ts) is no character: wc.c skips it
    if (c >= 0xdc80 && c <= 0xdcff) continue;
    r.chars++;
    if (c === 10 || c === 13 || c === 12) {
      if (c === 10) r.lines++;
      r.max = Math.max(r.max, pos);
      pos = 0;
      sep();
    } else if (c === 9) {
      pos += 8 - (pos % 8);
      sep();
    } else if (c === 32) {
      pos++;
      sep();
    } else if (c === 11) sep();
    else if (c >= 0x20 && c !== 0x7f && !(c >= 0x80 && c < 0xa0)) {
      if (!combining(c)) pos += wide(c) ? 2 : 1;
      if (c === 0xa0 || c === 0x2007 || c === 0x202f || /\s/u.test(ch)) sep();
      else inWord = true;
    }
  }
  r.max = Math.max(r.max, pos);
  if (inWord) r.words++;
  return r;
}

function* wc(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const show = { lines: o.has('lines'), words: o.has('words'), chars: o.has('chars'), bytes: o.has('bytes'), max: o.has('max-line-length') };
  if (!show.lines && !show.words && !show.chars && !show.bytes && !show.max) show.lines = show.words = show.bytes = true;
  let files = ctx.operands ?? [];
  let code = 0;
  const from = o.str('files0-from');
  if (from !== undefined) {
    if (files.length) {
      ctx.err(`wc: extra operand ‘${files[0]}’\nfile operands cannot be combined with --files0-from\nTry 'wc --help' for more information.\n`);
      return 1;
    }
    let list = ctx.stdin ?? '';
    if (from !== '-') {
      const r = readFile(ctx, ctx.resolve(from));
      if (!r.ok) {
        ctx.err(`wc: cannot open '${from}' for reading: ${strerror(r.errno as FsError)}\n`);
        return 1;
      }
      list = r.text;
    }
    files = list.split('\0');
    if (files[files.length - 1] === '') files.pop();
  }
  const nshown = Object.values(show).filter(Boolean).length;
  const inputs = from !== undefined ? files : files.length ? files : ['-'];
  // compute_number_width
  let width = 1;
  if (from === undefined && !(inputs.length === 1 && nshown === 1)) {
    let min = 1;
    let total = 0;
    for (const f of inputs) {
      // standard input is fstat'ed: a file redirected with `<` counts as the regular file it is
      if (f === '-' && !ctx.stdinPath) min = 7;
      else {
        const n = ctx.host.fs.lookup(f === '-' ? ctx.stdinPath! : ctx.resolve(f));
        if (typeof n === 'string') continue;
        if (n.node.type === 'file') total += byteLength(n.node.content) + (n.node.zeros ?? 0);
        else min = 7;
      }
    }
    width = Math.max(String(total).length, min);
  }
  const line = (c: Counts, name: string | null) => {
    const cols: number[] = [];
    if (show.lines) cols.push(c.lines);
    if (show.words) cols.push(c.words);
    if (show.chars) cols.push(c.chars);
    if (show.bytes) cols.push(c.bytes);
    if (show.max) cols.push(c.max);
    return cols.map((v) => String(v).padStart(width)).join(' ') + (name !== null ? ` ${name}` : '') + '\n';
  };
  const total: Counts = { lines: 0, words: 0, chars: 0, bytes: 0, max: 0 };
  let out = '';
  for (const [i, f] of inputs.entries()) {
    if (f === '') {
      ctx.out(out);
      out = '';
      ctx.err(from !== undefined ? `wc: ${from}:${i + 1}: invalid zero-length file name\n` : 'wc: invalid zero-length file name\n');
      code = 1;
      continue;
    }
    let text = '';
    if (f === '-') text = ctx.stdin ?? '';
    else {
      const r = readFile(ctx, ctx.resolve(f));
      if (!r.ok) {
        ctx.out(out);
        out = '';
        ctx.err(coreErr('wc', f, r.errno));
        code = 1;
        if (r.errno !== 'EISDIR') continue;
      } else text = r.text;
    }
    const c = count(text);
    out += line(c, f === '-' && !files.length ? null : f);
    total.lines += c.lines;
    total.words += c.words;
    total.chars += c.chars;
    total.bytes += c.bytes;
    total.max = Math.max(total.max, c.max);
  }
  if (inputs.length > 1) out += line(total, 'total');
  ctx.out(out);
  return code;
}

def({ name: 'wc', summary: 'print newline, word, and byte counts', run: wc });

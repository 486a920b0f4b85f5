// cat of GNU coreutils 8.32 (options and help in spec.ts). As cat.c: the files one after another, and with -b, -n,
// -s, -E, -T or -v one pass over them all (the line count and a line left open run on into the next file); -v shows
// bytes in ^ and M- notation, so it works on the bytes (FileNode.content keeps those that are not UTF-8).
import { def } from '../../lib/guest';
import { inputs } from '../../lib/files';
import { canonical, toBytes } from '../../lib/bytes';
import { endless, readDevice, waits } from '../../lib/devfs/stream';

/** One byte as -v shows it (LFD never comes here; TAB only with -T). */
function visible(b: number): string {
  let s = '';
  if (b >= 128) {
    s = 'M-';
    b -= 128;
  }
  if (b < 32) return s + '^' + String.fromCharCode(b + 64);
  if (b === 127) return s + '^?';
  return s + String.fromCharCode(b);
}

def({
  name: 'cat',
  summary: 'concatenate files and print on the standard output',
  *run(ctx) {
    const o = ctx.opts!;
    const all = o.has('show-all');
    const nonblank = o.has('number-nonblank');
    const number = nonblank || o.has('number');
    const squeeze = o.has('squeeze-blank');
    const ends = all || o.has('e') || o.has('show-ends');
    const tabs = all || o.has('t') || o.has('show-tabs');
    const nonprinting = all || o.has('e') || o.has('t') || o.has('show-nonprinting');
    // a device that never ends (/dev/zero, /dev/urandom) is copied until Ctrl+C, or into a pipe until the reader
    // has what it needs (see yes)
    const ops = ctx.operands ?? [];
    const endlessAt = ops.findIndex((f) => f !== '-' && endless(ctx.host.fs.get(ctx.resolve(f))) && !ctx.host.fs.get(ctx.resolve(f))?.errno);
    if (endlessAt >= 0) {
      yield* inputs(ctx, 'cat', ops.slice(0, endlessAt), (t) => ctx.out(t));
      const node = ctx.host.fs.get(ctx.resolve(ops[endlessAt]));
      if (ctx.pipe) {
        ctx.out(readDevice(node) ?? '');
        return 141;
      }
      for (;;) {
        ctx.out(readDevice(node, 4096) ?? '');
        yield { wait: 20 };
      }
    }
    // a device a reader waits on for more (/dev/kmsg): what is there, then nothing until Ctrl+C (or a pipe's reader
    // being done)
    const waitAt = ops.findIndex((f) => f !== '-' && waits(ctx.host.fs.get(ctx.resolve(f))));
    if (waitAt >= 0) {
      const code = yield* inputs(ctx, 'cat', ops.slice(0, waitAt + 1), (t) => ctx.out(t));
      if (ctx.pipe || code) return code || 141;
      for (;;) yield { wait: 1000 };
    }
    let text = '';
    const code = yield* inputs(ctx, 'cat', ops, (t) => {
      text += t;
    });
    if (!number && !squeeze && !ends && !tabs && !nonprinting) {
      // pieces of one character cut apart (split -b, head -c) make it again when joined
      ctx.out(canonical(text));
      return code;
    }
    // -v: the bytes, each one shown; otherwise the text as it is
    const parts = nonprinting ? [...toBytes(text)].map((b) => (b === 10 ? '\n' : b === 9 && !tabs ? '\t' : visible(b))) : [...text];
    let out = '';
    let line = 0;
    let blanks = 0;
    let atStart = true;
    for (const p of parts) {
      if (p === '\n') {
        if (atStart) {
          // an empty line: -s keeps one of a run; -n numbers it, -b does not
          if (squeeze && ++blanks > 1) continue;
          if (number && !nonblank) out += `${String(++line).padStart(6)}\t`;
        }
        out += (ends ? '$' : '') + '\n';
        atStart = true;
        continue;
      }
      if (atStart) {
        blanks = 0;
        if (number) out += `${String(++line).padStart(6)}\t`;
        atStart = false;
      }
      out += p === '\t' && tabs ? '^I' : p;
    }
    ctx.out(out);
    return code;
  },
});

// mknod of GNU coreutils 8.32 (src/mknod.c; options and help in spec.ts): NAME p (a FIFO), or NAME b|c|u MAJOR
// MINOR (a block or character device, root only); mode 0666 less the umask, or exactly -m MODE.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror } from '../../../fs';
import { quote, quotef } from '../lib/quote';
import { usageError } from '../lib/input';
import { adjustMode, umaskOf } from '../lib/mode';
import { makeSpecial, S_IFBLK, S_IFCHR, S_IFIFO } from '../lib/special';

/** xstrtoumax with base 0: a C number, whole. */
const cNumber = (s: string): number | null => (/^\s*(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)$/.test(s) ? Number(/^\s*0[0-7]+$/.test(s) ? parseInt(s, 8) : s.trim()) : null);

export function* run(ctx: CommandContext): CommandRun {
  const spec = ctx.opts!.str('mode');
  const umask = umaskOf(ctx.frame, ctx.host);
  let mode = 0o666 & ~umask;
  if (spec !== undefined) {
    const m = adjustMode(spec, 0o666, umask);
    if (m === null) {
      ctx.err('mknod: invalid mode\n');
      return 1;
    }
    if (m & ~0o777) {
      ctx.err('mknod: mode must specify only file permission bits\n');
      return 1;
    }
    mode = m;
  }
  const ops = ctx.operands ?? [];
  const expected = ops.length === 0 || (ops.length > 1 && ops[1][0] === 'p') ? 2 : 4;
  if (ops.length < expected) {
    const tail = expected === 4 && ops.length === 2 ? '\nSpecial files require major and minor device numbers.' : '';
    return usageError(ctx, 'mknod', (ops.length ? `missing operand after ${quote(ops[ops.length - 1])}` : 'missing operand') + tail);
  }
  if (ops.length > expected) {
    const tail = expected === 2 && ops.length === 4 ? '\nFifos do not have major and minor device numbers.' : '';
    return usageError(ctx, 'mknod', `extra operand ${quote(ops[expected])}${tail}`);
  }
  const [name, type] = ops;
  let e;
  if (type[0] === 'b' || type[0] === 'c' || type[0] === 'u') {
    const major = cNumber(ops[2]);
    if (major === null || major > 0xffffffff) {
      ctx.err(`mknod: invalid major device number ${quote(ops[2])}\n`);
      return 1;
    }
    const minor = cNumber(ops[3]);
    if (minor === null || minor > 0xffffffff) {
      ctx.err(`mknod: invalid minor device number ${quote(ops[3])}\n`);
      return 1;
    }
    e = makeSpecial(ctx, name, type[0] === 'b' ? S_IFBLK : S_IFCHR, mode, major * 0x100000 + minor);
  } else if (type[0] === 'p') e = makeSpecial(ctx, name, S_IFIFO, mode);
  else return usageError(ctx, 'mknod', `invalid device type ${quote(type)}`);
  if (e) {
    ctx.err(`mknod: ${quotef(name)}: ${strerror(e)}\n`);
    return 1;
  }
  return 0;
}

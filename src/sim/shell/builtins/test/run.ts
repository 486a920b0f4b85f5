// test and [: conditional expressions on strings, numbers and files.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { canRead, canWrite } from '../../../util';
import { readPath } from '../../../commands/lib/files';
import { fileCompare, fileUnary, statPath } from './files';

export function testExpr(ctx: CommandContext, a: string[]): boolean | string {
  if (a[0] === '!') {
    const r = testExpr(ctx, a.slice(1));
    return typeof r === 'string' ? r : !r;
  }
  if (a.length === 0) return false;
  if (a.length === 1) return a[0] !== '';
  if (a.length === 2) {
    const [op, x] = a;
    const node = () => ctx.host.fs.get(ctx.resolve(x));
    switch (op) {
      case '-z':
        return x === '';
      case '-n':
        return x !== '';
      case '-e':
        return !!node() || readPath(ctx, ctx.resolve(x)) !== 'ENOENT';
      case '-f':
        // S_ISREG: a FIFO, socket or device node is no regular file
        return (node()?.type === 'file' && (statPath(ctx, x)!.mode & 0o170000) === 0o100000) || (x.startsWith('/proc/') && typeof readPath(ctx, x) === 'string' && readPath(ctx, x) !== 'ENOENT');
      case '-d':
        return node()?.type === 'dir';
      case '-h':
      case '-L':
        // lstat: the path itself is a link (a trailing / looks through it)
        return !x.endsWith('/') && ctx.host.fs.lget(ctx.resolve(x))?.type === 'link';
      case '-s':
        // st_size > 0: a directory's 4096 counts too
        return (statPath(ctx, x)?.size ?? 0) > 0;
      case '-r':
        return !!node() && canRead(ctx.frame.user, ctx.resolve(x));
      case '-w':
        return !!node() && canWrite(ctx.frame.user, ctx.resolve(x));
      case '-x': {
        const n = node();
        return !!n && (n.type === 'dir' || (n.mode & 0o111) !== 0);
      }
      default: {
        const r = fileUnary(ctx, op, x);
        return r ?? `${op}: unary operator expected`;
      }
    }
  }
  if (a.length === 3) {
    const [x, op, y] = a;
    const ix = parseInt(x, 10);
    const iy = parseInt(y, 10);
    const ints = () => {
      if (!/^-?\d+$/.test(x.trim())) return `${x}: integer expression expected`;
      if (!/^-?\d+$/.test(y.trim())) return `${y}: integer expression expected`;
      return null;
    };
    switch (op) {
      case '=':
      case '==':
        return x === y;
      case '!=':
        return x !== y;
      case '-eq':
      case '-ne':
      case '-lt':
      case '-le':
      case '-gt':
      case '-ge': {
        const e = ints();
        if (e) return e;
        return op === '-eq' ? ix === iy : op === '-ne' ? ix !== iy : op === '-lt' ? ix < iy : op === '-le' ? ix <= iy : op === '-gt' ? ix > iy : ix >= iy;
      }
      case '-nt':
      case '-ot':
      case '-ef':
        return fileCompare(ctx, x, op, y);
      default:
        return `${op}: binary operator expected`;
    }
  }
  return 'too many arguments';
}

export function* run(ctx: CommandContext): CommandRun {
  const name = ctx.name;
  let args = ctx.args;
  if (name === '[') {
    if (args[args.length - 1] !== ']') {
      ctx.err("-bash: [: missing `]'\n");
      return 2;
    }
    args = args.slice(0, -1);
  }
  const r = testExpr(ctx, args);
  if (typeof r === 'string') {
    ctx.err(`-bash: ${name}: ${r}\n`);
    return 2;
  }
  return r ? 0 : 1;
}

// chroot of GNU coreutils 8.32 (src/chroot.c; options and help in spec.ts): root only; runs COMMAND (or $SHELL -i)
// with NEWROOT as its root and / as its directory, as --userspec's user. The guest has no second system tree to
// enter: the command must exist under NEWROOT as it would be found there, and then runs as the guest's own.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { strerror } from '../../../fs';
import { quote, quoteAlways } from '../lib/quote';
import { usageError } from '../lib/input';
import { childFrame, execvp } from '../lib/exec';

const PATH = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const fail = (msg: string) => {
    ctx.err(`chroot: ${msg}\n`);
    return 125;
  };
  if (!ops.length) return usageError(ctx, 'chroot', 'missing operand', 125);
  const fs = ctx.host.fs;
  const newroot = ops[0];
  const abs = ctx.resolve(newroot);
  const real = fs.realpath(abs);
  const oldRoot = real === '/';
  if (!oldRoot && o.has('skip-chdir')) return usageError(ctx, 'chroot', "option --skip-chdir only permitted if NEWROOT is old '/'", 125);
  let user = ctx.frame.user;
  const spec = o.str('userspec');
  if (spec !== undefined) {
    const name = spec.replace(/:$/, '').split(':')[0];
    const byId = [...ctx.host.users.values()].find((u) => String(u.uid) === name);
    const u = ctx.host.users.get(name) ?? byId;
    if (!u && name !== '') return fail('invalid user');
    if (u) user = u.name;
  }
  // chroot(2): root only, onto a directory
  const node = fs.get(abs);
  const errno = ctx.frame.user !== 'root' ? 'EPERM' : !node ? (fs.lookup(fs.dirname(abs)) === 'ENOTDIR' ? 'ENOTDIR' : 'ENOENT') : node.type !== 'dir' ? 'ENOTDIR' : null;
  if (errno) return fail(`cannot change root directory to ${quoteAlways(newroot)}: ${strerror(errno)}`);
  const argv = ops.length > 1 ? ops.slice(1) : [ctx.frame.env.SHELL || '/bin/sh', '-i'];
  const root = typeof real === 'string' ? real : abs;
  if (!oldRoot) {
    // execvp inside NEWROOT: the program must be there
    const inside = (p: string) => fs.get(fs.join(root, p.replace(/^\/+/, '')))?.type === 'file';
    const found = argv[0].includes('/') ? inside(argv[0]) : PATH.some((d) => inside(`${d}/${argv[0]}`));
    if (!found) return fail(`failed to run command ${quote(argv[0])}: No such file or directory`);
  }
  const frame = { ...childFrame(ctx.frame), user, cwd: o.has('skip-chdir') ? ctx.frame.cwd : '/' };
  return yield* execvp(ctx, argv, (n) => `chroot: failed to run command ${quote(n)}: No such file or directory\n`, frame);
}

// execvp() as the coreutils that run another program (nice, stdbuf, chroot, runcon) do it: the guest's command of
// that name (a program in /usr/bin, or a builtin that is also a file there), never a shell function or a plain
// builtin; not found: the tool's own message and status 127.
import type { CommandContext, Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { available, runArgv } from '../../../shell/bash';
import { BUILTIN_NAMES } from '../../../shell/exec';
import { ALSO_FILES } from '../../../shell/builtins/type/run';

/** Whether execvp finds `name` on the guest's PATH (or as a path). */
export function canExec(ctx: CommandContext, name: string): boolean {
  if (name.includes('/')) {
    const node = ctx.host.fs.get(ctx.resolve(name));
    return node?.type === 'file';
  }
  if (BUILTIN_NAMES.has(name)) return ALSO_FILES.has(name);
  const d = findCommand('bash', name);
  return !!d && available(d, ctx.host, ctx.world);
}

/** A child process's copy of the shell's state: what it changes (`cd`, variables) stays in it. */
export const childFrame = (frame: Frame): Frame => ({ ...frame, env: { ...frame.env }, subshell: true });

/** Run argv as a child of this command; `notFound` prints the tool's message when there is no such program. */
export function* execvp(ctx: CommandContext, argv: string[], notFound: (name: string) => string, frame: Frame = childFrame(ctx.frame)): CommandRun {
  if (!canExec(ctx, argv[0])) {
    ctx.err(notFound(argv[0]));
    return 127;
  }
  const rt = { world: ctx.world, hooks: ctx.session };
  return yield* runArgv(rt, frame, argv, { out: ctx.out, err: ctx.err, tty: ctx.tty }, ctx.stdin);
}

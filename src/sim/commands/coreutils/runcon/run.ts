// runcon of GNU coreutils 8.32 (src/runcon.c; options and help in spec.ts): with no arguments the shell's SELinux
// context; otherwise COMMAND run in CONTEXT, or in the current context with -u -r -t -l parts replaced (-c
// computes the transition, which for the unconfined login is the same context).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote } from '../lib/quote';
import { usageError } from '../lib/input';
import { execvp } from '../lib/exec';
import { SHELL_CONTEXT, validContext, withParts } from '../lib/selinux';

export function* run(ctx: CommandContext): CommandRun {
  const parts: { user?: string; role?: string; type?: string; range?: string } = {};
  let component = false;
  const die = (msg: string) => {
    ctx.err(`runcon: ${msg}\n`);
    return 1;
  };
  for (const x of ctx.opts!.list) {
    const k = x.key as 'user' | 'role' | 'type' | 'range';
    if (k === 'user' || k === 'role' || k === 'type' || k === 'range') {
      if (parts[k] !== undefined) return die(`multiple ${k === 'range' ? 'levelrange' : k}s`);
      parts[k] = String(x.value);
      component = true;
    }
  }
  const ops = [...(ctx.operands ?? [])];
  const disabled = ctx.host.sys?.selinux === 'Disabled';
  // with no operand at all: the current context, whatever the options
  if (!ops.length) {
    if (disabled) return die('failed to get current context: Invalid argument');
    ctx.out(SHELL_CONTEXT + '\n');
    return 0;
  }
  let context: string;
  if (!component && !ctx.opts!.has('compute')) context = ops.shift()!;
  else context = withParts(SHELL_CONTEXT, parts);
  if (!ops.length) return usageError(ctx, 'runcon', 'no command specified');
  if (disabled) return die('runcon may be used only on a SELinux kernel');
  if (!validContext(context)) return die(`invalid context: ${quote(context)}: Invalid argument`);
  return yield* execvp(ctx, ops, (n) => `runcon: ${quote(n)}: No such file or directory\n`);
}

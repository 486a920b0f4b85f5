// reboot, poweroff and halt: systemctl under those names reads its options as halt_parse_argv() does
// (systemd 252, src/systemctl/systemctl-compat-halt.c).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { powerCommand, type PowerAction } from './power';

export function* haltLike(ctx: CommandContext, name: PowerAction): CommandRun {
  let action: PowerAction = name;
  let dryRun = false;
  for (const o of ctx.opts?.list ?? []) {
    if (o.key === 'halt') action = 'halt';
    else if (o.key === 'poweroff' && action !== 'reboot') action = 'poweroff';
    else if (o.key === 'reboot') action = 'reboot';
    else if (o.key === 'wtmp-only') dryRun = true;
  }
  const operands = ctx.operands ?? [];
  // reboot takes one argument for the reboot parameter; any other operand is refused
  if (operands.length > (action === 'reboot' ? 1 : 0)) {
    ctx.err('Too many arguments.\n');
    return 1;
  }
  // -w: only the wtmp record, which the simulator does not keep
  if (dryRun) return 0;
  return yield* powerCommand(ctx, action);
}

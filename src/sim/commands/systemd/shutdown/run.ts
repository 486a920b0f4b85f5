// shutdown of systemd 252 (systemctl under that name; options and help in spec.ts). The options are read as
// shutdown_parse_argv() reads them. Every valid time, `now` or later, takes effect at once here: a shutdown
// scheduled by logind for later is not modelled, so -c has nothing to cancel and --show finds nothing.
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { powerCommand, type PowerAction } from '../power/power';
import { spec } from './spec';

/** parse_shutdown_time_spec(): `now`, minutes from now (`+5`, `5`), or `hh:mm`. */
const validTime = (t: string) => t === 'now' || (!t.includes(':') ? /^\+?\d+$/.test(t) : /^\d+:\d+$/.test(t) && Number(t.split(':')[0]) <= 23 && Number(t.split(':')[1]) <= 59);

def({
  name: 'shutdown',
  summary: 'Halt, power off or reboot the machine',
  available: linuxOnly,
  spec,
  *run(ctx): CommandRun {
    let action: PowerAction | 'cancel' | 'show' = 'poweroff';
    let dryRun = false;
    for (const o of ctx.opts?.list ?? []) {
      if (o.key === 'halt') action = 'halt';
      else if (o.key === 'poweroff') action = 'poweroff';
      // -r and the undocumented --kexec: no kexec kernel is loaded on the box, so both reboot
      else if (o.key === 'reboot' || o.key === 'kexec') action = 'reboot';
      else if (o.key === 'h' && action !== 'halt') action = 'poweroff';
      else if (o.key === 'k') dryRun = true;
      else if (o.key === 'c') action = 'cancel';
      else if (o.key === 'show') action = 'show';
    }
    const operands = ctx.operands ?? [];
    if (action === 'cancel') return 0;
    if (operands.length && !validTime(operands[0])) {
      ctx.err(`Failed to parse time specification: ${operands[0]}\n`);
      return 1;
    }
    if (action === 'show') {
      ctx.err('No scheduled shutdown.\n');
      return 1;
    }
    if (dryRun) return 0;
    return yield* powerCommand(ctx, action);
  },
});

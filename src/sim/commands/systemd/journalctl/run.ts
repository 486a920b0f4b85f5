// journalctl of systemd 252.
import type { SystemdUnit } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { unitName } from '../../lib/units';

def({
  name: 'journalctl',
  summary: 'Print log entries from the systemd journal',
  available: linuxOnly,
  *run(ctx) {
    const i = ctx.args.indexOf('-u');
    const name = i >= 0 ? unitName(ctx.args[i + 1] ?? '') : null;
    const units = name ? [ctx.host.sys!.units.get(name)].filter(Boolean) as SystemdUnit[] : [...ctx.host.sys!.units.values()];
    const logs = units.flatMap((u) => u.log ?? []);
    if (!logs.length) {
      ctx.out('-- No entries --\n');
      return 0;
    }
    ctx.out(logs.join('\n') + '\n');
    return 0;
  },
});

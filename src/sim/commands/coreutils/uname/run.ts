// uname of GNU coreutils 8.32 (options and help in spec.ts).
import { parseFlags } from '../../../util';
import { def } from '../../lib/guest';

def({
  name: 'uname',
  summary: 'print system information',
  *run(ctx) {
    const sys = ctx.host.sys!;
    const { flags } = parseFlags(ctx.args);
    const parts: string[] = [];
    const all = flags.has('a');
    if (all || flags.has('s') || flags.size === 0) parts.push('Linux');
    if (all || flags.has('n')) parts.push(ctx.host.hostname);
    if (all || flags.has('r')) parts.push(sys.kernel);
    if (all || flags.has('v')) parts.push('#1 SMP PREEMPT_DYNAMIC Fri Nov 15 12:04:32 UTC 2024');
    if (all || flags.has('m')) parts.push('x86_64');
    if (all) parts.push('x86_64', 'x86_64');
    if (all || flags.has('o')) parts.push('GNU/Linux');
    ctx.out(parts.join(' ') + '\n');
    return 0;
  },
});

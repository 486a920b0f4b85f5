// free of procps-ng 3.3.17 (options and help in spec.ts).
import { padStart, parseFlags } from '../../../util';
import { def } from '../../lib/guest';
import { swapTotal } from '../../lib/swaps';

def({
  name: 'free',
  summary: 'Display amount of free and used memory in the system',
  *run(ctx) {
    // free.c: `if (optind != argc) usage(stderr);` (the help on stderr, status 1)
    if (ctx.operands?.length) {
      ctx.err(((yield { load: () => import('./help') }) as typeof import('./help')).help);
      return 1;
    }
    const sys = ctx.host.sys!;
    const { flags } = parseFlags(ctx.args);
    const total = sys.memTotalKb;
    const used = Math.round(total * 0.16 + (sys.units.get('kubelet.service')?.active === 'active' ? total * 0.25 : 0));
    const shared = 8904;
    const buff = Math.round(total * 0.25);
    const free = total - used - buff;
    const avail = total - used;
    const swap = swapTotal(sys);
    const fmtv = (kb: number) => {
      if (flags.has('h')) {
        if (kb === 0) return '0B';
        const mb = kb / 1024;
        if (mb < 1024) return (mb < 10 ? mb.toFixed(1) : String(Math.round(mb))) + 'Mi';
        return (mb / 1024).toFixed(1) + 'Gi';
      }
      if (flags.has('m')) return String(Math.round(kb / 1024));
      if (flags.has('g')) return String(Math.round(kb / 1048576));
      return String(kb);
    };
    const row = (label: string, vals: number[]) => label.padEnd(8) + vals.map((v) => padStart(fmtv(v), 12)).join('');
    ctx.out(
      '               total        used        free      shared  buff/cache   available\n' +
        row('Mem:', [total, used, free, shared, buff, avail]) + '\n' +
        row('Swap:', [swap, 0, swap]) + '\n',
    );
    return 0;
  },
});

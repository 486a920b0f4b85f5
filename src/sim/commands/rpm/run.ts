// rpm -q of rpm 4.16.
import { parseFlags, globMatch } from '../../util';
import { def, linuxOnly } from '../lib/guest';
import { nevra } from '../dnf/run';

def({
  name: 'rpm',
  summary: 'RPM Package Manager',
  available: linuxOnly,
  *run(ctx) {
    const sys = ctx.host.sys!;
    const { flags, pos } = parseFlags(ctx.args);
    if (!flags.has('q') && !flags.has('query')) {
      ctx.err('rpm: no operation specified\n');
      return 1;
    }
    if (flags.has('a')) {
      const all = [...sys.packages.values()].filter((p) => !pos.length || pos.some((x) => globMatch(x, p.name)));
      ctx.out(all.map((p) => nevra(p) + '\n').join(''));
      return 0;
    }
    let code = 0;
    for (const n of pos) {
      const p = sys.packages.get(n);
      if (p) ctx.out(nevra(p) + '\n');
      else {
        ctx.out(`package ${n} is not installed\n`);
        code = 1;
      }
    }
    return code;
  },
});

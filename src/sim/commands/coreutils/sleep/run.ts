// sleep of GNU coreutils 8.32 (options and help in spec.ts).
import { def } from '../../lib/guest';

def({
  name: 'sleep',
  summary: 'delay for a specified amount of time',
  *run(ctx) {
    const s = parseFloat(ctx.args[0] ?? '');
    if (!Number.isFinite(s)) {
      ctx.err(ctx.args[0] === undefined ? "sleep: missing operand\nTry 'sleep --help' for more information.\n" : `sleep: invalid time interval '${ctx.args[0]}'\nTry 'sleep --help' for more information.\n`);
      return 1;
    }
    yield { wait: s * 1000 };
    return 0;
  },
});

// sleep of GNU coreutils 8.32 (options and help in spec.ts): the sum of its operands, each a number with an optional
// s, m, h or d suffix (sleep.c apply_suffix); each one it cannot read is named ("invalid time interval ‘x’"), then
// the usage hint once.
import { def } from '../../lib/guest';
import { quote } from '../lib/quote';

const UNIT: Record<string, number> = { '': 1, s: 1, m: 60, h: 3600, d: 86400 };

def({
  name: 'sleep',
  summary: 'delay for a specified amount of time',
  *run(ctx) {
    const ops = ctx.operands ?? ctx.args;
    if (!ops.length) {
      ctx.err("sleep: missing operand\nTry 'sleep --help' for more information.\n");
      return 1;
    }
    let seconds = 0;
    let ok = true;
    for (const a of ops) {
      // strtod's decimal form (leading blanks, a sign, digits with one point, an exponent) or infinity
      const m = /^\s*(\+?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|inf(?:inity)?))(.?)$/i.exec(a);
      const unit = m ? UNIT[m[2]] : undefined;
      if (!m || unit === undefined) {
        ctx.err(`sleep: invalid time interval ${quote(a)}\n`);
        ok = false;
        continue;
      }
      seconds += (/^\+?inf/i.test(m[1]) ? Infinity : Number(m[1])) * unit;
    }
    if (!ok) {
      ctx.err("Try 'sleep --help' for more information.\n");
      return 1;
    }
    yield { wait: Math.min(seconds, 1e12) * 1000 };
    return 0;
  },
});

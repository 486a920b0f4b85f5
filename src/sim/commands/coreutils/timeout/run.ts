// timeout of GNU coreutils 8.32 (options and help in spec.ts): runs COMMAND and, when DURATION of simulated
// time has passed, ends it with 124 (or, with --preserve-status, 128 + the signal's number).
import { findCommand } from '../../../registry';
import { runArgv } from '../../../shell/bash';
import { Interrupt, type CommandRun, type Yield } from '../../../types';
import { def } from '../../lib/guest';

const SIGNALS: Record<string, number> = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, USR1: 10, USR2: 12, TERM: 15 };

/** DURATION: a floating point number with an optional s, m, h or d; null when invalid. */
function duration(s: string): number | null {
  const m = /^(\d+\.?\d*|\.\d+)([smhd]?)$/.exec(s);
  if (!m) return null;
  return Number(m[1]) * { '': 1, s: 1, m: 60, h: 3600, d: 86400 }[m[2] as '' | 's' | 'm' | 'h' | 'd'] * 1000;
}

def({
  name: 'timeout',
  summary: 'run a command with a time limit',
  *run(ctx): CommandRun {
    const o = ctx.opts!;
    const ops = ctx.operands ?? [];
    const usage = () => {
      ctx.err("Try 'timeout --help' for more information.\n");
      return 125;
    };
    if (ops.length < 2) return usage();
    const ms = duration(ops[0]);
    if (ms === null) {
      ctx.err(`timeout: invalid time interval ‘${ops[0]}’\n`);
      return usage();
    }
    const argv = ops.slice(1);
    const d = findCommand('bash', argv[0]);
    if (!argv[0].includes('/') && (!d || (d.available && !d.available(ctx.host, ctx.world)))) {
      ctx.err(`timeout: failed to run command ‘${argv[0]}’: No such file or directory\n`);
      return 127;
    }
    const sigName = String(o.str('signal') ?? 'TERM').toUpperCase().replace(/^SIG/, '');
    const sig = SIGNALS[sigName] ?? (/^\d+$/.test(sigName) ? Number(sigName) : 15);
    const rt = { world: ctx.world, hooks: ctx.session };
    const gen = runArgv(rt, ctx.frame, argv, { out: ctx.out, err: ctx.err, tty: ctx.tty }, ctx.stdin);
    // a duration of 0 disables the timeout
    let left = ms === 0 ? Infinity : ms;
    let r = gen.next();
    while (!r.done) {
      const y: Yield = r.value;
      let input: unknown;
      try {
        if ('wait' in y && y.wait >= left) {
          if (left > 0) yield { wait: left };
          try {
            gen.return(0);
          } catch {
            // the command's cleanup may throw; it has ended all the same
          }
          if (o.has('verbose')) ctx.err(`timeout: sending signal ${sigName === '9' ? 'KILL' : (Object.keys(SIGNALS).find((k) => SIGNALS[k] === sig) ?? sigName)} to command ‘${argv[0]}’\n`);
          return o.has('preserve-status') ? 128 + sig : 124;
        }
        if ('wait' in y) left -= y.wait;
        input = yield y;
      } catch (e) {
        if (!(e instanceof Interrupt)) throw e;
        r = gen.throw(e);
        continue;
      }
      r = gen.next(input);
    }
    return r.value;
  },
});

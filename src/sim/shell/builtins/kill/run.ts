// kill: a signal to jobs (%1) and processes of the session (PIDs); -l lists the signals.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { spec } from '../kill/spec';

export const SIGNALS = ['HUP', 'INT', 'QUIT', 'ILL', 'TRAP', 'ABRT', 'BUS', 'FPE', 'KILL', 'USR1', 'SEGV', 'USR2', 'PIPE', 'ALRM', 'TERM', 'STKFLT', 'CHLD', 'CONT', 'STOP', 'TSTP', 'TTIN', 'TTOU', 'URG', 'XCPU', 'XFSZ', 'VTALRM', 'PROF', 'WINCH', 'IO', 'PWR', 'SYS'];

/** `kill -l` as bash prints it on Linux: `NN) SIGNAME`, a tab between, a newline after every fifth. */
export function list(): string {
  const rt = ['RTMIN', ...Array.from({ length: 15 }, (_, i) => `RTMIN+${i + 1}`), ...Array.from({ length: 14 }, (_, i) => `RTMAX-${14 - i}`), 'RTMAX'];
  const names = [...SIGNALS.map((s, i) => [i + 1, s] as const), ...rt.map((s, i) => [34 + i, s] as const)];
  let out = '';
  names.forEach(([n, s], i) => {
    out += `${String(n).padStart(2)}) SIG${s}` + ((i + 1) % 5 === 0 ? '\n' : '\t');
  });
  return out.endsWith('\n') ? out : out + '\n';
}

function signalOf(word: string): string | null {
  const w = word.toUpperCase().replace(/^SIG/, '');
  if (/^\d+$/.test(w)) return SIGNALS[Number(w) - 1] ?? (w === '0' ? '0' : null);
  return SIGNALS.includes(w) ? w : null;
}

export function* run(ctx: CommandContext): CommandRun {
  const args = [...(ctx.operands ?? ctx.args)];
  const usage = `kill: usage: ${spec.synopsis}\n`;
  if (!args.length) {
    ctx.err(usage);
    return 2;
  }
  let sig = 'TERM';
  if (args[0] === '-l' || args[0] === '-L') {
    if (args.length === 1) {
      ctx.out(list());
      return 0;
    }
    let code = 0;
    for (const a of args.slice(1)) {
      const s = signalOf(a);
      if (!s) {
        ctx.err(`-bash: kill: ${a}: invalid signal specification\n`);
        code = 1;
      } else ctx.out(/^\d+$/.test(a) ? `${s}\n` : `${SIGNALS.indexOf(s) + 1}\n`);
    }
    return code;
  }
  if (args[0] === '-s' || args[0] === '-n') {
    const s = args[1] === undefined ? null : signalOf(args[1]);
    if (!s) {
      ctx.err(args[1] === undefined ? `-bash: kill: ${args[0]}: option requires an argument\n${usage}` : `-bash: kill: ${args[1]}: invalid signal specification\n`);
      return args[1] === undefined ? 2 : 1;
    }
    sig = s;
    args.splice(0, 2);
  } else if (args[0].startsWith('-') && args[0] !== '--' && args[0].length > 1) {
    const s = signalOf(args[0].slice(1));
    if (!s) {
      ctx.err(`-bash: kill: ${args[0].slice(1)}: invalid signal specification\n`);
      return 1;
    }
    sig = s;
    args.shift();
  }
  if (args[0] === '--') args.shift();
  if (!args.length) {
    ctx.err(usage);
    return 2;
  }
  let code = 0;
  const jobs = ctx.session.jobs;
  for (const a of args) {
    if (!a.startsWith('%') && !/^-?\d+$/.test(a)) {
      ctx.err(`-bash: kill: ${a}: arguments must be process or job IDs\n`);
      code = 1;
      continue;
    }
    const j = jobs?.find(a);
    if (!j) {
      ctx.err(a.startsWith('%') ? `-bash: kill: ${a}: no such job\n` : `-bash: kill: (${a}) - No such process\n`);
      code = 1;
      continue;
    }
    if (sig === '0') continue;
    const kind = sig === 'KILL' ? 'KILL' : sig === 'STOP' || sig === 'TSTP' ? 'STOP' : sig === 'CONT' ? 'CONT' : sig === 'INT' ? 'INT' : 'TERM';
    jobs!.signal(j, kind);
  }
  return code;
}

// trap: commands to run on a signal or when the shell exits (EXIT runs as a script ends); -p lists them.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { SIGNALS, list } from '../kill/run';

const PSEUDO = ['EXIT', 'ERR', 'DEBUG', 'RETURN'];

/** `EXIT`, `SIGINT`... for what the user wrote (`0`, `int`, `INT`, `SIGINT`, `2`); null when unknown. */
function sigName(w: string): string | null {
  const u = w.toUpperCase();
  if (u === '0' || u === 'EXIT' || u === 'SIGEXIT') return 'EXIT';
  if (PSEUDO.includes(u)) return u;
  if (/^\d+$/.test(u)) return SIGNALS[Number(u) - 1] ? 'SIG' + SIGNALS[Number(u) - 1] : null;
  const bare = u.replace(/^SIG/, '');
  return SIGNALS.includes(bare) ? 'SIG' + bare : null;
}

const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function* run(ctx: CommandContext): CommandRun {
  const traps = (ctx.frame.traps ??= {});
  const words = ctx.operands ?? [];
  if (ctx.opts?.has('l')) {
    ctx.out(list());
    return 0;
  }
  if (!words.length || ctx.opts?.has('p')) {
    // without names: by signal number (EXIT is 0; DEBUG, ERR and RETURN come after the signals)
    const order = (n: string) => (n === 'EXIT' ? 0 : PSEUDO.includes(n) ? 100 + ['DEBUG', 'ERR', 'RETURN'].indexOf(n) : SIGNALS.indexOf(n.slice(3)) + 1);
    const names = words.length ? words.map((w) => sigName(w) ?? w) : Object.keys(traps).sort((a, b) => order(a) - order(b));
    ctx.out(names.filter((n) => traps[n] !== undefined).map((n) => `trap -- ${quote(traps[n])} ${n}\n`).join(''));
    return 0;
  }
  // one word that is a signal resets it, as `trap - SIG` does
  let [action, ...sigs] = words;
  if (!sigs.length && sigName(action)) {
    sigs = [action];
    action = '-';
  }
  let code = 0;
  for (const s of sigs) {
    const n = sigName(s);
    if (!n) {
      ctx.err(`-bash: trap: ${s}: invalid signal specification\n`);
      code = 1;
      continue;
    }
    if (action === '-') delete traps[n];
    else traps[n] = action;
  }
  return code;
}

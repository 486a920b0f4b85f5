// help: a builtin's help text (`help cd`), its synopsis (`-s`), or its summary (`-d`).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { BUILTIN_SPECS } from '../specs';
import { globMatch } from '../../../util';

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? [];
  if (!words.length) {
    ctx.err('-bash: help: the list of all builtins is not available here; try `help NAME`\n');
    return 1;
  }
  let code = 1;
  for (const w of words) {
    const matches = Object.values(BUILTIN_SPECS).filter((s) => globMatch(w, s.name) || s.name.startsWith(w));
    if (!matches.length) continue;
    code = 0;
    for (const s of matches) {
      if (ctx.opts?.has('s')) ctx.out(`${s.name}: ${s.synopsis}\n`);
      else if (ctx.opts?.has('d')) ctx.out(`${s.name} - ${s.summary}\n`);
      else {
        const h = typeof s.help === 'function' ? ((yield { load: s.help }) as string) : s.help;
        ctx.out(h ?? '');
      }
    }
  }
  if (code) ctx.err(`-bash: help: no help topics match \`${words[words.length - 1]}'.  Try \`help help' or \`man -k ${words[words.length - 1]}' or \`info ${words[words.length - 1]}'.\n`);
  return code;
}

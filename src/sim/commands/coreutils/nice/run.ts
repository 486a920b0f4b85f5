// nice of GNU coreutils 8.32 (src/nice.c; help in help.ts): with no COMMAND the niceness commands run with (0 at
// the prompt; what an outer nice gave), else COMMAND run 10 (or -n N, -N, --adjustment=N) nicer, the result kept
// within -20..19. Only root may lower it: others get `cannot set niceness` and the command runs unchanged.
// nice reads its own words: -N is an adjustment, and the options stop at the command (getopt's "+n:").
import type { CommandContext, Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import { quote } from '../lib/quote';
import { childFrame, execvp } from '../lib/exec';
import { help, version } from './help';

/** The frame of a command run by nice carries its niceness (children inherit it). */
type NiceFrame = Frame & { niceness?: number };

const LONG = ['adjustment', 'help', 'version'];

export function* run(ctx: CommandContext): CommandRun {
  const a = ctx.args;
  const usage = (msg: string) => {
    ctx.err(`nice: ${msg}\nTry 'nice --help' for more information.\n`);
    return 125;
  };
  let adjustment: string | null = null;
  let i = 0;
  while (i < a.length) {
    const s = a[i];
    if (s[0] === '-' && /\d/.test(s[1 + (s[1] === '-' || s[1] === '+' ? 1 : 0)] ?? '')) {
      adjustment = s.slice(1);
      i++;
    } else if (s === '--') {
      i++;
      break;
    } else if (s.startsWith('--')) {
      const eq = s.indexOf('=');
      const word = s.slice(2, eq < 0 ? undefined : eq);
      const name = LONG.includes(word) ? word : LONG.filter((l) => l.startsWith(word)).length === 1 ? LONG.find((l) => l.startsWith(word))! : null;
      if (!name) return usage(`unrecognized option '${s.slice(0, eq < 0 ? undefined : eq)}'`);
      if (name !== 'adjustment' && eq >= 0) return usage(`option '--${name}' doesn't allow an argument`);
      if (name === 'help') {
        ctx.out(help);
        return 0;
      }
      if (name === 'version') {
        ctx.out(version);
        return 0;
      }
      if (eq >= 0) adjustment = s.slice(eq + 1);
      else if (i + 1 < a.length) adjustment = a[++i];
      else return usage("option '--adjustment' requires an argument");
      i++;
    } else if (s.startsWith('-') && s.length > 1) {
      if (s[1] !== 'n') return usage(`invalid option -- '${s[1]}'`);
      if (s.length > 2) adjustment = s.slice(2);
      else if (i + 1 < a.length) adjustment = a[++i];
      else return usage("option requires an argument -- 'n'");
      i++;
    } else break;
  }
  let adj = 10;
  if (adjustment !== null) {
    // xstrtol: an optional sign, decimal digits (leading blanks allowed), nothing after
    if (!/^\s*[-+]?\d+$/.test(adjustment)) {
      ctx.err(`nice: invalid adjustment ${quote(adjustment)}\n`);
      return 125;
    }
    adj = Math.max(-39, Math.min(39, Number(adjustment.trim())));
  }
  const current = (ctx.frame as NiceFrame).niceness ?? 0;
  if (i === a.length) {
    if (adjustment !== null) return usage('a command must be given with an adjustment');
    ctx.out(`${current}\n`);
    return 0;
  }
  let niceness = Math.max(-20, Math.min(19, current + adj));
  if (niceness < current && ctx.frame.user !== 'root') {
    ctx.err('nice: cannot set niceness: Permission denied\n');
    niceness = current;
  }
  const frame: NiceFrame = { ...childFrame(ctx.frame), niceness };
  return yield* execvp(ctx, a.slice(i), (n) => `nice: ${quote(n)}: No such file or directory\n`, frame);
}

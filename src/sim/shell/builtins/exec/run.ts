// exec: replace the shell with a command (when it ends, this shell level ends), or with no command make its
// redirections the shell's own (bash.ts applies those). `exec bash` starts the shell afresh in its place.
import type { CommandContext, Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { ExitSignal } from '../../signals';
import { traceState } from '../../xtrace';
import { hasAttr } from '../../vars';
import { guestAliases } from '../../../login';

/** A new bash in this shell's place: the exported variables stay, everything else starts over. */
export function freshShell(ctx: CommandContext, login: boolean): void {
  const f: Frame = ctx.frame;
  for (const k of Object.keys(f.env)) if (/^[A-Za-z_]/.test(k) && !hasAttr(f, k, 'x')) delete f.env[k];
  f.attrs = {};
  f.arrays = {};
  f.functions = {};
  f.aliases = guestAliases(ctx.host, f.env.HOME);
  f.options = new Set();
  f.shopts = login ? undefined : { login_shell: false };
  f.dirstack = [];
  f.traps = {};
  f.lastExit = 0;
}

const quote = (w: string) => (/^[A-Za-z0-9_@%+=:,./-]+$/.test(w) ? w : `'${w.replace(/'/g, `'\\''`)}'`);

export function* run(ctx: CommandContext): CommandRun {
  const words = ctx.operands ?? [];
  if (!words.length) return 0;
  const [cmd, ...rest] = words;
  const base = cmd.slice(cmd.lastIndexOf('/') + 1);
  if ((base === 'bash' || base === 'sh') && rest.every((a) => a === '-l' || a === '--login' || a === '-i') && !ctx.frame.script && !ctx.frame.subshell) {
    freshShell(ctx, ctx.opts?.has('l') || rest.length > 0);
    return 0;
  }
  const known = cmd.includes('/') ? !!ctx.host.fs.get(ctx.resolve(cmd)) : !!findCommand('bash', cmd) && !ctx.frame.functions?.[cmd];
  if (!known) {
    ctx.err(`-bash: exec: ${cmd}: not found\n`);
    if (ctx.frame.script || ctx.frame.subshell) throw new ExitSignal(127);
    return 127;
  }
  // `command`: neither a function nor an alias takes its place
  traceState.skip++;
  const code = yield* ctx.runLine('command ' + words.map(quote).join(' '));
  if (ctx.frame.script || ctx.frame.subshell) throw new ExitSignal(code);
  // the command took the shell's place: its end is the end of this shell level
  ctx.session.popFrame();
  return code;
}

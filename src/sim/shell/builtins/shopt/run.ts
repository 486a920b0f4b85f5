// shopt: bash 5.1's shell options (shopt.def's shopt_vars, in its order), with the values a login shell on
// the lab's Rocky Linux 9 has: bash's defaults, plus /etc/bashrc's histappend and bash-completion's extglob.
import type { CommandContext, Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import { NAMES as SET_NAMES, isOn as setIsOn, turn as setTurn } from '../set/run';

export const SHOPT_NAMES = [
  'autocd', 'assoc_expand_once', 'cdable_vars', 'cdspell', 'checkhash', 'checkjobs', 'checkwinsize', 'cmdhist', 'compat31', 'compat32',
  'compat40', 'compat41', 'compat42', 'compat43', 'compat44', 'complete_fullquote', 'direxpand', 'dirspell', 'dotglob', 'execfail',
  'expand_aliases', 'extdebug', 'extglob', 'extquote', 'failglob', 'force_fignore', 'globasciiranges', 'globstar', 'gnu_errfmt',
  'histappend', 'histreedit', 'histverify', 'hostcomplete', 'huponexit', 'inherit_errexit', 'interactive_comments', 'lastpipe',
  'lithist', 'localvar_inherit', 'localvar_unset', 'login_shell', 'mailwarn', 'no_empty_cmd_completion', 'nocaseglob', 'nocasematch',
  'nullglob', 'progcomp', 'progcomp_alias', 'promptvars', 'restricted_shell', 'shift_verbose', 'sourcepath', 'xpg_echo',
];

/** On in every bash (reset_shopt_options) ... */
const BASH_ON = ['checkwinsize', 'cmdhist', 'complete_fullquote', 'extquote', 'force_fignore', 'globasciiranges', 'hostcomplete', 'interactive_comments', 'progcomp', 'promptvars', 'sourcepath'];
/** ... and in an interactive shell on the box: aliases, /etc/bashrc's `shopt -s histappend`, bash-completion's extglob. */
const INTERACTIVE_ON = ['expand_aliases', 'histappend', 'extglob'];

function defaultOn(frame: Frame, name: string): boolean {
  if (name === 'login_shell') return !frame.script && frame.via !== 'su';
  return BASH_ON.includes(name) || (!frame.script && INTERACTIVE_ON.includes(name));
}

/** Whether a shopt option is on in this shell. */
export function shoptOn(frame: Frame, name: string): boolean {
  return frame.shopts?.[name] ?? defaultOn(frame, name);
}

const OPTFMT = (name: string, on: boolean) => `${name.padEnd(15)}\t${on ? 'on' : 'off'}\n`;

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts;
  const frame = ctx.frame;
  const words = ctx.operands ?? [];
  const s = !!o?.has('s');
  const u = !!o?.has('u');
  const q = !!o?.has('q');
  const p = !!o?.has('p');
  if (s && u) {
    ctx.err('-bash: shopt: cannot set and unset shell options simultaneously\n');
    return 1;
  }
  const print = (name: string, on: boolean) => {
    if (!q) ctx.out(p ? `shopt ${on ? '-s' : '-u'} ${name}\n` : OPTFMT(name, on));
  };
  // -o: the options of `set -o`
  if (o?.has('o')) {
    let code = 0;
    if (!words.length) {
      if (!q) for (const n of SET_NAMES) if ((!s && !u) || setIsOn(ctx.frame, n) === s) ctx.out(p ? `set ${setIsOn(ctx.frame, n) ? '-o' : '+o'} ${n}\n` : OPTFMT(n, setIsOn(ctx.frame, n)));
      return 0;
    }
    for (const n of words) {
      if (!SET_NAMES.includes(n)) {
        ctx.err(`-bash: shopt: ${n}: invalid option name\n`);
        code = 1;
        continue;
      }
      if (s || u) setTurn(ctx, n, s);
      else {
        const on = setIsOn(ctx.frame, n);
        if (!on) code = 1;
        if (!q) ctx.out(p ? `set ${on ? '-o' : '+o'} ${n}\n` : OPTFMT(n, on));
      }
    }
    return code;
  }
  if (!words.length) {
    for (const n of SHOPT_NAMES) if ((!s && !u) || shoptOn(frame, n) === s) print(n, shoptOn(frame, n));
    return 0;
  }
  let code = 0;
  for (const n of words) {
    if (!SHOPT_NAMES.includes(n)) {
      ctx.err(`-bash: shopt: ${n}: invalid shell option name\n`);
      code = 1;
      continue;
    }
    if (s || u) {
      // login_shell follows how the shell was started (set_login_shell puts it back)
      if (n !== 'login_shell') (frame.shopts ??= {})[n] = s;
      continue;
    }
    const on = shoptOn(frame, n);
    if (!on) code = 1;
    print(n, on);
  }
  return code;
}

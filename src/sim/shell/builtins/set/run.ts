// set: shell options (-e, -o errexit ...) and the positional parameters; with no words, the variables.
import type { CommandContext, Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import { setPositional } from '../../exec';
import { spec } from './spec';
import { declLine, setLine, variableNames } from '../../vars';
import { functionText } from '../type/run';

export const LETTERS: Record<string, string> = { e: 'errexit', u: 'nounset', x: 'xtrace', f: 'noglob', v: 'verbose', a: 'allexport', b: 'notify', h: 'hashall', m: 'monitor', C: 'noclobber', B: 'braceexpand', H: 'histexpand', n: 'noexec', E: 'errtrace', T: 'functrace', P: 'physical', k: 'keyword', p: 'privileged', t: 'onecmd' };
export const NAMES = ['allexport', 'braceexpand', 'emacs', 'errexit', 'errtrace', 'functrace', 'hashall', 'histexpand', 'history', 'ignoreeof', 'interactive-comments', 'keyword', 'monitor', 'noclobber', 'noexec', 'noglob', 'nolog', 'notify', 'nounset', 'onecmd', 'physical', 'pipefail', 'posix', 'privileged', 'verbose', 'vi', 'xtrace'];
/** On in an interactive login shell on Rocky 9 without being asked. */
const DEFAULT_ON = new Set(['braceexpand', 'emacs', 'hashall', 'histexpand', 'history', 'interactive-comments', 'monitor']);
/** On in every bash, a script's too (braceexpand, hashall, interactive_comments are bash's own defaults). */
const ALWAYS_ON = new Set(['braceexpand', 'hashall', 'interactive-comments']);

/** What isOn reads of a shell: its `set` options and whether it runs a script. */
type OptionState = Pick<Frame, 'options' | 'script'>;

const defaultOn = (frame: OptionState, name: string) => (frame.script ? ALWAYS_ON : DEFAULT_ON).has(name);

/** Whether a `set -o` option is on in a shell (its own setting, else the default). */
export function isOn(frame: OptionState, name: string): boolean {
  const o = frame.options;
  if (o?.has(name)) return true;
  if (o?.has('-' + name)) return false;
  return defaultOn(frame, name);
}

export function turn(ctx: CommandContext, name: string, on: boolean): void {
  const o = (ctx.frame.options ??= new Set());
  o.delete(name);
  o.delete('-' + name);
  if (on !== defaultOn(ctx.frame, name)) o.add(on ? name : '-' + name);
  else if (on) o.add(name);
}

export function* run(ctx: CommandContext): CommandRun {
  const args = [...(ctx.operands ?? ctx.args)];
  if (!args.length) {
    // every variable with a value (arrays as ( [i]="v" ... ), $'...' for control characters), then the functions
    const frame = ctx.frame;
    for (const n of variableNames(frame)) {
      const arr = frame.arrays?.[n];
      if (arr) ctx.out(declLine(frame, n).replace(/^declare \S+ /, '') + (arr.items.length ? '' : '=()') + '\n');
      else if (n in frame.env) ctx.out(setLine(n, frame.env[n]) + '\n');
    }
    const funcs = frame.functions ?? {};
    for (const n of Object.keys(funcs).sort()) ctx.out(functionText(n, funcs[n]));
    return 0;
  }
  while (args.length) {
    const a = args[0];
    if (a === '--') {
      args.shift();
      setPositional(ctx.frame, args);
      return 0;
    }
    if (a === '-' ) {
      args.shift();
      setPositional(ctx.frame, args);
      return 0;
    }
    if (!/^[-+]/.test(a)) break;
    args.shift();
    const on = a[0] === '-';
    for (const c of a.slice(1)) {
      if (c === 'o') {
        const name = args.shift();
        if (name === undefined) {
          if (on) ctx.out(NAMES.map((n) => `${n.padEnd(15)}\t${isOn(ctx.frame, n) ? 'on' : 'off'}\n`).join(''));
          else ctx.out(NAMES.map((n) => `set ${isOn(ctx.frame, n) ? '-o' : '+o'} ${n}\n`).join(''));
          continue;
        }
        if (!NAMES.includes(name)) {
          ctx.err(`-bash: set: ${name}: invalid option name\n`);
          return 1;
        }
        turn(ctx, name, on);
        continue;
      }
      const name = LETTERS[c];
      if (!name) {
        ctx.err(`-bash: set: ${a[0]}${c}: invalid option\nset: usage: ${spec.synopsis}\n`);
        return 2;
      }
      turn(ctx, name, on);
    }
  }
  if (args.length) setPositional(ctx.frame, args);
  return 0;
}

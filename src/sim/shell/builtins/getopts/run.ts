// getopts: one option of the positional parameters (or of its ARGs) per call, as bash 5.1's getopt.c
// reads them: OPTIND the next word, OPTARG the option's value, errors in getopt's words unless OPTSTRING
// starts with ':' (silent) or OPTERR is 0.
import type { CommandContext, Frame } from '../../../context';
import type { CommandRun } from '../../../types';
import { positional } from '../../exec';
import { assign, unsetVar } from '../../vars';
import { spec } from './spec';

/** Where getopts is inside a word of bundled options (`-abc`), per shell; OPTIND moving elsewhere resets it. */
const state = new WeakMap<Frame, { optind: number; next: number }>();

export function* run(ctx: CommandContext): CommandRun {
  const frame = ctx.frame;
  const args = ctx.args[0] === '--' ? ctx.args.slice(1) : ctx.args;
  if (args.length < 2) {
    ctx.err(`getopts: usage: ${spec.synopsis}\n`);
    return 2;
  }
  let opts = args[0];
  const name = args[1];
  const silent = opts.startsWith(':');
  if (silent) opts = opts.slice(1);
  const report = !silent && frame.env.OPTERR !== '0';
  const argv0 = frame.script?.name ?? frame.argv0 ?? '-bash';
  const words = args.length > 2 ? args.slice(2) : positional(frame);
  // argv as getopt sees it: [$0, words...]
  const argv = [argv0, ...words];
  const argc = argv.length;
  let optind = Number(frame.env.OPTIND ?? '1');
  if (!Number.isInteger(optind) || optind < 1) optind = 1;
  let st = state.get(frame);
  if (!st || st.optind !== optind) st = { optind, next: 0 };
  const set = (v: string) => assign(frame, name, v);
  const finish = (code: number) => {
    st!.optind = optind;
    state.set(frame, st!);
    assign(frame, 'OPTIND', String(optind));
    return code;
  };
  if (st.next === 0) {
    const w = argv[optind];
    if (optind >= argc || w === undefined || w[0] !== '-' || w === '-' || w === '--') {
      if (w === '--') optind++;
      unsetVar(frame, 'OPTARG');
      set('?');
      return finish(1);
    }
    st.next = 1;
  }
  const word = argv[optind];
  const c = word[st.next++];
  const at = opts.indexOf(c);
  if (st.next >= word.length) {
    optind++;
    st.next = 0;
  }
  if (at < 0 || c === ':') {
    if (report) ctx.err(`${argv0}: illegal option -- ${c}\n`);
    set('?');
    if (silent) assign(frame, 'OPTARG', c);
    else unsetVar(frame, 'OPTARG');
    return finish(0);
  }
  if (opts[at + 1] === ':') {
    if (st.next > 0) {
      assign(frame, 'OPTARG', word.slice(st.next));
      optind++;
    } else if (optind >= argc) {
      if (report) ctx.err(`${argv0}: option requires an argument -- ${c}\n`);
      if (silent) {
        set(':');
        assign(frame, 'OPTARG', c);
      } else {
        set('?');
        unsetVar(frame, 'OPTARG');
      }
      st.next = 0;
      return finish(0);
    } else assign(frame, 'OPTARG', argv[optind++]);
    st.next = 0;
    set(c);
    return finish(0);
  }
  set(c);
  unsetVar(frame, 'OPTARG');
  return finish(0);
}

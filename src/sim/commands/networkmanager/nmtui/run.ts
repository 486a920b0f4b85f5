// nmtui of NetworkManager 1.48.10 (src/nmtui/nmtui.c main()): GOption's parse of the words (help, unknown options:
// "Could not parse arguments"), then the check that NetworkManager runs, then the subprogram named by the first word
// left (edit, connect, hostname, radio) or usage() for any other. Without one, the main menu (menu.ts); radio's
// and hostname's forms (radio.ts, hostname.ts); the forms of edit and connect are not modelled: naming one says so
// and fails (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

/** subprograms[] of nmtui.c: name and argument word of usage(). */
const SUBPROGRAMS: [string, string][] = [
  ['edit', 'connection'],
  ['connect', 'connection'],
  ['hostname', 'new hostname'],
  ['radio', 'radio'],
];

const HELP = ['-h', '--help', '--help-all', '-?'];
const KNOWN_LONG = ['--sleep', '--noinit'];

function* run(ctx: CommandContext): CommandRun {
  const argv0 = ctx.argv0 ?? ctx.name;
  const rest: string[] = [];
  // g_option_context_parse(): the words in order; the help is printed the moment its word is read, an unknown option
  // (a whole short group, as typed) ends the parse
  let ended = false;
  for (const a of ctx.args) {
    if (ended || a === '-' || !a.startsWith('-')) {
      rest.push(a);
      continue;
    }
    if (a === '--') {
      ended = true;
      continue;
    }
    let help = HELP.includes(a);
    let bad = false;
    // --sleep=VALUE of a G_OPTION_ARG_NONE entry passes
    if (!help && a.startsWith('--')) bad = !KNOWN_LONG.includes(a.split('=')[0]);
    else if (!help) {
      for (const c of a.slice(1)) {
        if (c === 'h' || c === '?') {
          help = true;
          break;
        }
        if (c !== 's' && c !== 'n') {
          bad = true;
          break;
        }
      }
    }
    if (help) {
      ctx.out((yield { load: () => import('./help').then((m) => m.help) }) as string);
      return 0;
    }
    if (bad) {
      ctx.err(`${argv0}: Could not parse arguments: Unknown option ${a}\n`);
      return 1;
    }
  }
  const nm = ctx.host.sys?.units.get('NetworkManager.service');
  if (nm && nm.active !== 'active') {
    ctx.err('NetworkManager is not running.\n');
    return 1;
  }
  if (rest.length && !SUBPROGRAMS.some(([n]) => n === rest[0])) {
    // usage(): "Usage" is 5 columns wide, so the other lines start with 5 + 2 spaces
    ctx.err('Usage: nmtui\n' + SUBPROGRAMS.map(([n, arg]) => `       nmtui ${n} [${arg}]\n`).join(''));
    return 1;
  }
  // no subprogram: the main menu (menu.ts), drawn full-screen; radio's form (radio.ts) on its own
  if (!rest.length || rest[0] === 'radio' || rest[0] === 'hostname') {
    const { runTui } = (yield { load: () => import('./menu') }) as typeof import('./menu');
    // nmtui hostname NAME: argc 2 after the subprogram's word (a third word makes it ask)
    return yield* runTui(ctx, rest.length ? (rest[0] as 'radio' | 'hostname') : 'menu', rest[0] === 'hostname' && rest.length === 2 ? rest[1] : undefined);
  }
  ctx.err('nmtui: the full-screen interface is not modelled here\n');
  return 1;
}

def({ name: 'nmtui', spec, summary: 'Text User Interface for controlling NetworkManager', available: linuxOnly, run });

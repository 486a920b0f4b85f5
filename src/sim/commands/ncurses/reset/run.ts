// reset (tset, ncurses 6.2 progs/tset.c main): on the terminal it sends the terminal's reset strings to stderr
// (reset_start(stderr, TRUE, FALSE), then send_init_strings), a carriage return, and waits a second for the
// terminal to settle (napms(1000)). -q prints the terminal type only, -I skips the strings, -r reports the type.
// An unknown type is "unknown terminal type", then tset asks for another on the terminal; with nothing read it
// ends with a newline and status 1. The -s/-S shell commands and erase/kill/interrupt changes are not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { initStrings } from '../tput/init';
import { spec } from './spec';

function* reset(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  if (!ctx.tty && !ctx.session.size) {
    ctx.err('reset: terminal attributes: No such device or address\n\n');
    return 4 + 6;
  }
  const type = ctx.operands?.[0] ?? ctx.frame.env.TERM ?? '';
  const { TERMINFO, CAPS } = (yield { load: () => import('../tput/terminfo') }) as typeof import('../tput/terminfo');
  const entry = Object.hasOwn(TERMINFO, type) ? TERMINFO[type] : undefined;
  if (!entry) {
    ctx.err(`reset: unknown terminal type ${type}\nTerminal type? \n`);
    return 1;
  }
  const name = entry.names.split('|')[0];
  if (o.has('q')) {
    ctx.out(name + '\n');
    return 0;
  }
  if (!o.has('I')) {
    const s = initStrings({ entry, caps: CAPS, size: ctx.session.size?.() ?? null }, true);
    if (ctx.tty) ctx.session.clear();
    ctx.err(s);
    if (s) {
      ctx.err('\r');
      yield { wait: 1000 };
    }
  }
  if (o.has('r')) ctx.err(`Terminal type is ${name}.\n`);
  return 0;
}

def({ name: 'reset', summary: 'terminal initialization', spec, run: reset });

// clear (ncurses 6.2): on the terminal it clears the screen and, unless -x, the scrollback (the E3 capability);
// into a pipe or a file it writes the terminal's clear sequences, as tput would. -T names the terminal type
// instead of $TERM: an unknown one is setupterm's "'%s': unknown terminal type." (exit 1), and a type
// without a clear capability (dumb) prints nothing and exits 1 (clear_cmd returns ERR); no TERM at all is
// "TERM environment variable not set." (ncurses/tinfo/lib_setup.c).
import { def } from '../../lib/guest';
import { spec } from './spec';

/**
 * clear_screen (and E3) of the terminal types Rocky's ncurses-base installs that the lab meets, as this machine's
 * terminfo gives them (`clear -T <type> | od -c`, ncurses 6.4); null: no clear_screen capability.
 */
const CLEAR: Record<string, { clear: string | null; e3: string }> = {
  'xterm-256color': { clear: '\x1b[H\x1b[2J', e3: '\x1b[3J' },
  xterm: { clear: '\x1b[H\x1b[2J', e3: '\x1b[3J' },
  linux: { clear: '\x1b[H\x1b[J', e3: '\x1b[3J' },
  screen: { clear: '\x1b[H\x1b[J', e3: '' },
  vt100: { clear: '\x1b[H\x1b[J', e3: '' },
  ansi: { clear: '\x1b[H\x1b[2J', e3: '' },
  dumb: { clear: null, e3: '' },
};

def({
  name: 'clear',
  summary: 'clear the terminal screen',
  spec,
  *run(ctx) {
    const o = ctx.opts!;
    const keepScrollback = o.has('x');
    const type = o.str('T') ?? ctx.frame.env.TERM;
    if (!type) {
      ctx.err('TERM environment variable not set.\n');
      return 1;
    }
    const caps = CLEAR[type];
    if (!caps) {
      ctx.err(`'${type}': unknown terminal type.\n`);
      return 1;
    }
    if (caps.clear === null) return 1;
    if (ctx.tty) ctx.session.clear({ keepScrollback: keepScrollback || !caps.e3 });
    else ctx.out(caps.clear + (keepScrollback ? '' : caps.e3));
    return 0;
  },
});

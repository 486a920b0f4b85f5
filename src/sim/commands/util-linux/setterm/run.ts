// setterm of util-linux 2.37.4 (term-utils/setterm.c): getopt_long_only() over its long options, then
// perform_sequence()'s writes in its order: terminfo strings of $TERM (or --term) for --reset (rs1), --initialize
// (is2), --cursor (cnorm/civis), --default, --bold, --half-bright, --blink, --reverse (sgr0 when turned off on a
// terminal that is not a virtual console), --underline (smul/rmul) and --clear (clear/ed); fixed sequences for
// --linewrap, --inversescreen, --foreground and --background; "does not support" for the virtual-console-only
// --repeat, --appcursorkeys, --ulcolor and --store. The console-only options (--blank, --dump, --msg, --powersave,
// tabs, the beeper) are not modelled: see DIFFERENCES.md.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { TERMINFO } from '../../ncurses/tput/terminfo';
import { unpad } from '../../ncurses/tput/init';
import { getoptLong, type LongOpt } from '../lib/getopt';
import { help, version } from './help';
import { spec } from './spec';

const REQ = ['term', 'cursor', 'repeat', 'appcursorkeys', 'linewrap', 'foreground', 'background', 'ulcolor', 'hbcolor', 'inversescreen', 'bold', 'half-bright', 'blink', 'reverse', 'underline', 'append', 'file', 'msg', 'msglevel', 'powersave'];
const OPT = ['clear', 'tabs', 'clrtabs', 'regtabs', 'blank', 'dump', 'powerdown', 'blength', 'bfreq'];
const NONE = ['reset', 'resize', 'initialize', 'default', 'store', 'version', 'help'];
const ORDER = ['term', 'reset', 'resize', 'initialize', 'cursor', 'repeat', 'appcursorkeys', 'linewrap', 'default', 'foreground', 'background', 'ulcolor', 'hbcolor', 'inversescreen', 'bold', 'half-bright', 'blink', 'reverse', 'underline', 'store', 'clear', 'tabs', 'clrtabs', 'regtabs', 'blank', 'dump', 'append', 'file', 'msg', 'msglevel', 'powersave', 'powerdown', 'blength', 'bfreq', 'version', 'help'];
const LONGS: LongOpt[] = ORDER.map((name) => ({ name, hasArg: REQ.includes(name) ? 1 : OPT.includes(name) ? 2 : 0 }));
const COLORS = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'grey', 'default'];

class Exit {
  constructor(public status: number) {}
}

function* setterm(ctx: CommandContext): CommandRun {
  const fail = (m: string): never => {
    ctx.err(`setterm: ${m}\n`);
    throw new Exit(1);
  };
  if (!ctx.args.length) {
    ctx.err("setterm: bad usage\nTry 'setterm --help' for more information.\n");
    return 1;
  }
  const { got } = getoptLong(['setterm', ...ctx.args], '', LONGS, true, (m) => ctx.err(m));
  if (got.some((g) => g.kind === 'error')) {
    ctx.err("Try 'setterm --help' for more information.\n");
    return 1;
  }
  try {
    const set = new Map<string, string | undefined>();
    for (const g of got) {
      if (g.kind !== 'long') continue;
      const name = LONGS[g.index].name;
      if (name === 'help') {
        ctx.out(help);
        return 0;
      }
      if (name === 'version') {
        ctx.out(version);
        return 0;
      }
      if (set.has(name)) fail('duplicate use of an option');
      set.set(name, g.arg);
    }
    const sw = (name: string, on: string, off: string) => {
      const v = set.get(name) ?? '';
      if (v !== on && v !== off) fail(`argument error: '${v}'`);
      return v === on;
    };
    const color = (name: string) => {
      const v = set.get(name) ?? '';
      let c = COLORS.indexOf(v);
      if (c < 0) {
        if (!/^[+-]?\d+$/.test(v)) fail(`argument error: '${v}'`);
        c = Number(v);
      }
      if (c < 0 || c >= COLORS.length || c === 8) fail(`argument error: ${v}`);
      return c;
    };
    // option arguments are read as getopt hands them over, before the terminal is looked up
    const values = new Map<string, boolean | number>();
    for (const n of ['cursor', 'repeat', 'appcursorkeys', 'linewrap', 'inversescreen', 'bold', 'half-bright', 'blink', 'reverse', 'underline']) if (set.has(n)) values.set(n, sw(n, 'on', 'off'));
    for (const n of ['foreground', 'background']) if (set.has(n)) values.set(n, color(n));
    const clearAll = set.has('clear') ? (set.get('clear') === undefined ? true : sw('clear', 'all', 'rest')) : false;
    const term = set.get('term') ?? ctx.frame.env.TERM;
    if (!term) fail('$TERM is not defined.');
    const entry = Object.hasOwn(TERMINFO, term!) ? TERMINFO[term!] : undefined;
    if (!entry) fail(`${term}: unknown terminal type`);
    const vc = term!.startsWith('con') || term!.startsWith('linux');
    const ti = (cap: string) => unpad(entry!.str[cap] ?? '');
    let out = '';
    const vcOnly = (opt: string | null) => {
      if (!vc && opt) {
        ctx.out(out);
        out = '';
        ctx.err(`setterm: terminal ${term} does not support ${opt}\n`);
      }
      return vc;
    };
    const on = (n: string) => values.get(n) === true;
    if (set.has('reset')) out += ti('rs1');
    if (set.has('initialize')) out += ti('is2');
    if (set.has('cursor')) out += ti(on('cursor') ? 'cnorm' : 'civis');
    if (set.has('linewrap')) out += on('linewrap') ? '\x1b[?7h' : '\x1b[?7l';
    if (set.has('repeat') && vcOnly('--repeat')) out += on('repeat') ? '\x1b[?8h' : '\x1b[?8l';
    if (set.has('appcursorkeys') && vcOnly('--appcursorkeys')) out += on('appcursorkeys') ? '\x1b[?1h' : '\x1b[?1l';
    if (set.has('default')) out += vcOnly(null) ? '\x1b[0m' : ti('sgr0');
    if (set.has('foreground')) out += `\x1b[3${values.get('foreground')}m`;
    if (set.has('background')) out += `\x1b[4${values.get('background')}m`;
    if (set.has('ulcolor')) vcOnly('--ulcolor');
    if (set.has('inversescreen')) out += on('inversescreen') ? '\x1b[?5h' : '\x1b[?5l';
    const attr = (n: string, cap: string, vcOff: string) => {
      if (!set.has(n)) return;
      out += on(n) ? ti(cap) : vcOnly(null) ? vcOff : ti('sgr0');
    };
    attr('bold', 'bold', '\x1b[22m');
    attr('half-bright', 'dim', '\x1b[22m');
    attr('blink', 'blink', '\x1b[25m');
    attr('reverse', 'rev', '\x1b[27m');
    if (set.has('underline')) out += ti(on('underline') ? 'smul' : 'rmul');
    if (set.has('store') && vcOnly('--store')) out += '\x1b[8]';
    if (set.has('clear')) out += ti(clearAll ? 'clear' : 'ed');
    ctx.out(out);
    return 0;
  } catch (e) {
    if (e instanceof Exit) return e.status;
    throw e;
  }
}

def({ name: 'setterm', summary: 'set terminal attributes', spec, run: setterm });

// tload of procps-ng 3.3.17 (tload.c; options and help in spec.ts): a graph of the 1-minute load average (from
// /proc/loadavg) drawn into a screen buffer of the terminal's size (25x80 when standard output is no terminal) and
// written whole after `ESC [ H` every -d seconds, until a signal ends it (Ctrl+C). A tty operand is opened for
// writing: the terminal's own device draws there, a missing or unwritable one fails; other files are not written
// to (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def } from '../../lib/guest';
import { readFile } from '../../lib/files';
import { tloadScreen } from './screen';
import { canWrite } from '../../../util';
import { strtodOrErr, strtolOrErr } from '../lib/strtol';
import { spec } from './spec';

const UINT_MAX = 4294967295;

function* tload(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let maxScale = 0;
  let dly = 5;
  for (const e of o.list) {
    if (e.key === 'scale') {
      const v = strtodOrErr(String(e.value), 'failed to parse argument');
      if (typeof v === 'string') return (ctx.err(`tload: ${v}\n`), 1);
      if (v < 0) return (ctx.err('tload: scale cannot be negative\n'), 1);
      maxScale = v;
    } else if (e.key === 'delay') {
      const v = strtolOrErr(String(e.value), 'failed to parse argument');
      if (typeof v === 'string') return (ctx.err(`tload: ${v}\n`), 1);
      if (v < 1) return (ctx.err('tload: delay must be positive integer\n'), 1);
      if (v > UINT_MAX) return (ctx.err('tload: too large delay value\n'), 1);
      dly = v;
    }
  }
  // open(argv[optind], O_WRONLY): the terminal's devices draw on the screen; other files are not modelled
  const ops = ctx.operands ?? [];
  let toTerminal = ctx.tty;
  let draw = true;
  if (ops.length) {
    const p = ctx.resolve(ops[0]);
    const node = ctx.host.fs.get(p);
    if (!node) return (ctx.err('tload: can not open tty: No such file or directory\n'), 1);
    if (node.type === 'dir') return (ctx.err('tload: can not open tty: Is a directory\n'), 1);
    if (!canWrite(ctx.frame.user, p)) return (ctx.err('tload: can not open tty: Permission denied\n'), 1);
    toTerminal = ctx.tty && /^\/dev\/(tty|pts\/0|stdout|stderr|fd\/[12])$/.test(p);
    draw = toTerminal;
  }
  // setsize(): TIOCGWINSZ of the descriptor written to, else 25 rows of 80
  const term = toTerminal ? ctx.session.size?.() : undefined;
  const ncols = term && term.cols > 0 ? term.cols : 80;
  const nrows = term && term.rows > 0 ? term.rows : 25;
  const update = tloadScreen(nrows, ncols, maxScale);
  for (;;) {
    const r = readFile(ctx, '/proc/loadavg');
    const text = update((r.ok ? r.text : '0 0 0').split(' ').slice(0, 3).map(Number));
    if (draw) ctx.out(text);
    yield { wait: dly * 1000 };
  }
}

def({ name: 'tload', summary: 'graphic representation of system load average', spec, run: tload });

// mesg of util-linux 2.37.4 (term-utils/mesg.c): whether others may write to the login's terminal (its group
// write bit: the pty of an ssh login is crw--w---- tty, so "is y"), and y/n to change it. Without a terminal on any
// of the standard streams it exits 2 (-v: "no tty"). The bit is kept per guest for the session's terminal.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import type { Host } from '../../../types';
import { def } from '../../lib/guest';
import { spec } from './spec';

const allowed = new WeakMap<Host, boolean>();

function* mesg(ctx: CommandContext): CommandRun {
  const verbose = ctx.opts!.has('verbose');
  if (!ctx.tty && ctx.stdin !== null) {
    if (verbose) ctx.err('mesg: no tty\n');
    return 2;
  }
  const ops = ctx.operands ?? [];
  if (!ops.length) {
    const y = allowed.get(ctx.host) ?? true;
    ctx.out(y ? 'is y\n' : 'is n\n');
    return y ? 0 : 1;
  }
  // rpmatch() in the C/English locale: y or Y begins a yes, n or N a no
  if (/^[yY]/.test(ops[0])) {
    allowed.set(ctx.host, true);
    if (verbose) ctx.out('write access to your terminal is allowed\n');
    return 0;
  }
  if (/^[nN]/.test(ops[0])) {
    allowed.set(ctx.host, false);
    if (verbose) ctx.out('write access to your terminal is denied\n');
    return 1;
  }
  ctx.err(`mesg: invalid argument: ${ops[0]}\nTry 'mesg --help' for more information.\n`);
  return 1;
}

def({ name: 'mesg', summary: 'display (or do not display) messages from other users', spec, run: mesg });

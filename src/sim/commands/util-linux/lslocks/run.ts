// lslocks of util-linux 2.37.4 (misc-utils/lslocks.c) reads /proc/locks, which holds nothing here: it prints
// nothing (as it does with no locks, header included). Locks held while a command runs (flock's) end before
// lslocks can run here, and the long-lived ones of the guest's daemons (containerd's and etcd's bbolt databases) are not modelled.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

const COLS = ['COMMAND', 'PID', 'TYPE', 'SIZE', 'INODE', 'MAJ:MIN', 'MODE', 'M', 'START', 'END', 'PATH', 'BLOCKER'];

function* lslocks(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let cols = ['COMMAND', 'PID', 'TYPE', 'SIZE', 'MODE', 'M', 'START', 'END', 'PATH'];
  if (o.has('output-all')) cols = COLS;
  const out = o.str('output');
  if (out !== undefined) {
    const list = out.replace(/^\+/, '').split(',');
    const bad = list.find((c) => !COLS.includes(c.toUpperCase()));
    if (bad) {
      ctx.err(`lslocks: unknown column: ${bad}\n`);
      return 1;
    }
    cols = out.startsWith('+') ? [...cols, ...list.map((c) => c.toUpperCase())] : list.map((c) => c.toUpperCase());
  }
  const pid = o.str('pid');
  if (pid !== undefined && !/^\d+$/.test(pid)) {
    ctx.err(`lslocks: invalid PID argument: '${pid}'\n`);
    return 1;
  }
  // /proc/locks is empty: lslocks prints nothing, not even the header
  void cols;
  return 0;
}

def({ name: 'lslocks', summary: 'list local system locks', available: linuxOnly, spec, run: lslocks });

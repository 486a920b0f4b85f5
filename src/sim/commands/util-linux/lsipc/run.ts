// lsipc of util-linux 2.37.4 (sys-utils/lsipc.c) on a guest with no System V IPC objects: the global table (the
// default, and -g) of the 5.14 kernel's default limits with nothing used; -m, -q and -s list no objects.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

const GLOBAL: [string, string, string, string, string][] = [
  ['MSGMNI', 'Number of message queues', '32000', '0', '0.00%'],
  ['MSGMAX', 'Max size of message (bytes)', '8K', '-', '-'],
  ['MSGMNB', 'Default max size of queue (bytes)', '16K', '-', '-'],
  ['SHMMNI', 'Shared memory segments', '4096', '0', '0.00%'],
  ['SHMALL', 'Shared memory pages', '18446744073692774399', '0', '0.00%'],
  ['SHMMAX', 'Max size of shared memory segment (bytes)', '16E', '-', '-'],
  ['SHMMIN', 'Min size of shared memory segment (bytes)', '1B', '-', '-'],
  ['SEMMNI', 'Number of semaphore identifiers', '32000', '0', '0.00%'],
  ['SEMMNS', 'Total number of semaphores', '1024000000', '0', '0.00%'],
  ['SEMMSL', 'Max semaphores per semaphore set.', '32000', '-', '-'],
  ['SEMOPM', 'Max number of operations per semop(2)', '500', '-', '-'],
  ['SEMVMX', 'Semaphore max value', '32767', '-', '-'],
];

function* lsipc(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const kinds = ['queues', 'shmems', 'semaphores'].filter((k) => o.has(k));
  // err_exclusive_options(): -g with -c, -i or -t (the pair named in the table's order)
  for (const other of ['creator', 'id', 'time']) {
    if (o.has('global') && o.has(other)) {
      const [a, b] = other === 'creator' ? ['creator', 'global'] : ['global', other];
      ctx.err(`lsipc: mutually exclusive arguments: --${a} --${b}\n`);
      return 1;
    }
  }
  const id = o.str('id');
  if (id !== undefined) {
    ctx.err(`lsipc: id ${Number(id)} not found\n`);
    return 0;
  }
  if (kinds.length && !o.has('global')) return 0;
  const head = ['RESOURCE', 'DESCRIPTION', 'LIMIT', 'USED', 'USE%'];
  const rows = o.has('noheadings') ? GLOBAL : [head as unknown as (typeof GLOBAL)[number], ...GLOBAL];
  if (o.has('raw')) {
    // libsmartcols' raw output encodes blanks in a cell as \x20
    ctx.out(rows.map((r) => r.map((c) => c.replace(/ /g, '\\x20')).join(' ') + '\n').join(''));
    return 0;
  }
  const w = head.map((_h, k) => Math.max(...rows.map((r) => r[k].length)));
  ctx.out(rows.map((r) => r.map((v, k) => (k < 2 ? (k === r.length - 1 ? v : v.padEnd(w[k])) : v.padStart(w[k]))).join(' ') + '\n').join(''));
  return 0;
}

def({ name: 'lsipc', summary: 'show information on IPC facilities currently employed in the system', available: linuxOnly, spec, run: lsipc });

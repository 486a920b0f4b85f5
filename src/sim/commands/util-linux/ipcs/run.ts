// ipcs of util-linux 2.37.4 (sys-utils/ipcs.c) on a guest with no System V IPC objects (nothing the box or the
// cluster runs makes any): each asked-for section (-q -s -m, all by default) with its heading in the chosen format
// (-t -p -c -l -u, the last one wins), and the 5.14 kernel's default limits for -l. -i ID finds nothing.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { spec } from './spec';

type Fmt = 'notify' | 'time' | 'pid' | 'creator' | 'limits' | 'status';

const MSG: Record<Fmt, string> = {
  notify: '------ Message Queues --------\nkey        msqid      owner      perms      used-bytes   messages    \n',
  time: '------ Message Queues Send/Recv/Change Times --------\nmsqid    owner      send                 recv                 change              \n',
  pid: '------ Message Queues PIDs --------\nmsqid      owner      lspid      lrpid     \n',
  creator: '------ Message Queues Creators/Owners --------\nmsqid      perms      cuid       cgid       uid        gid       \n',
  limits: '------ Messages Limits --------\nmax queues system wide = 32000\nmax size of message (bytes) = 8192\ndefault max size of queue (bytes) = 16384\n',
  status: '------ Messages Status --------\nallocated queues = 0\nused headers = 0\nused space = 0 bytes\n',
};
const SHM: Record<Fmt, string> = {
  notify: '------ Shared Memory Segments --------\nkey        shmid      owner      perms      bytes      nattch     status      \n',
  time: '------ Shared Memory Attach/Detach/Change Times --------\nshmid      owner      attached             detached             changed             \n',
  pid: '------ Shared Memory Creator/Last-op PIDs --------\nshmid      owner      cpid       lpid      \n',
  creator: '------ Shared Memory Segment Creators/Owners --------\nshmid      perms      cuid       cgid       uid        gid       \n',
  limits: '------ Shared Memory Limits --------\nmax number of segments = 4096\nmax seg size (kbytes) = 18014398509465599\nmax total shared memory (kbytes) = 18446744073709551612\nmin seg size (bytes) = 1\n',
  status: '------ Shared Memory Status --------\nsegments allocated 0\npages allocated 0\npages resident  0\npages swapped   0\nSwap performance: 0 attempts\t 0 successes\n',
};
// do_sem() prints nothing for the PID format
const SEM: Record<Fmt, string> = {
  notify: '------ Semaphore Arrays --------\nkey        semid      owner      perms      nsems     \n',
  time: '------ Semaphore Operation/Change Times --------\nsemid    owner      last-op                    last-changed              \n',
  pid: '',
  creator: '------ Semaphore Arrays Creators/Owners --------\nsemid      perms      cuid       cgid       uid        gid       \n',
  limits: '------ Semaphore Limits --------\nmax number of arrays = 32000\nmax semaphores per array = 32000\nmax semaphores system wide = 1024000000\nmax ops per semop call = 500\nsemaphore max value = 32767\n',
  status: '------ Semaphore Status --------\nused arrays = 0\nallocated semaphores = 0\n',
};

function* ipcs(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  let fmt: Fmt = 'notify';
  let msg = false;
  let shm = false;
  let sem = false;
  let id: string | undefined;
  for (const { key, value } of o.list) {
    if (key === 'id') id = String(value);
    else if (key === 'queues') msg = true;
    else if (key === 'shmems') shm = true;
    else if (key === 'semaphores') sem = true;
    else if (key === 'all') msg = shm = sem = true;
    else if (key === 'time') fmt = 'time';
    else if (key === 'pid') fmt = 'pid';
    else if (key === 'creator') fmt = 'creator';
    else if (key === 'limits') fmt = 'limits';
    else if (key === 'summary') fmt = 'status';
  }
  if (id !== undefined) {
    if (!/^[-+]?\d+$/.test(id)) {
      ctx.err(`ipcs: failed to parse id argument: '${id}'\n`);
      return 1;
    }
    if (Number(msg) + Number(shm) + Number(sem) !== 1) {
      ctx.err('ipcs: when using an ID, a single resource must be specified\n');
      return 1;
    }
    ctx.err(`ipcs: id ${Number(id)} not found\n`);
    return 0;
  }
  if (!msg && !shm && !sem) msg = shm = sem = true;
  let out = '\n';
  if (msg) out += MSG[fmt] + '\n';
  if (shm) out += SHM[fmt] + '\n';
  if (sem) out += SEM[fmt] + '\n';
  ctx.out(out);
  return 0;
}

def({ name: 'ipcs', summary: 'show information on IPC facilities', available: linuxOnly, spec, run: ipcs });

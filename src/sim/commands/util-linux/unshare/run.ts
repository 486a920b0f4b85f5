// unshare of util-linux 2.37.4 (sys-utils/unshare.c): unshare(2) of the namespaces asked for, then the command
// ($SHELL, else /bin/sh). Without CAP_SYS_ADMIN that fails (EPERM) unless a user namespace comes with it (-U, -r,
// -c: Rocky 9 allows unprivileged user namespaces). The new namespaces are not separate worlds here: the command
// runs on the guest as it is (in a new user namespace a mapped root would be root only there; whoami still says
// the user's name here).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';

function* unshare(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`unshare: ${m}\n`);
    return 1;
  };
  for (const k of ['setuid', 'setgid']) {
    const v = o.str(k);
    if (v !== undefined && !/^\d+$/.test(v)) return fail(`failed to parse ${k === 'setuid' ? 'uid' : 'gid'}: '${v}'`);
  }
  const prop = o.str('propagation');
  if (prop !== undefined && !['slave', 'shared', 'private', 'unchanged'].includes(prop)) return fail(`unsupported propagation mode: ${prop}`);
  const sg = o.str('setgroups');
  if (sg !== undefined && !['allow', 'deny'].includes(sg)) return fail(`unsupported --setgroups argument '${sg}'`);
  if ((o.has('monotonic') || o.has('boottime')) && !o.has('time')) return fail('options --monotonic and --boottime require unsharing of a time namespace (-t)');
  const userns = o.has('user') || o.has('map-root-user') || o.has('map-current-user') || o.has('map-user') || o.has('map-group');
  const any = ['mount', 'uts', 'ipc', 'net', 'pid', 'cgroup', 'time'].some((k) => o.has(k)) || o.has('mount-proc');
  if (any && !userns && ctx.frame.user !== 'root') return fail('unshare failed: Operation not permitted');
  const ops = ctx.operands ?? [];
  return yield* runCommand(ctx, 'unshare', ops.length ? ops : [ctx.frame.env.SHELL || '/bin/sh']);
}

def({ name: 'unshare', summary: 'run program in new namespaces', available: linuxOnly, spec, run: unshare });

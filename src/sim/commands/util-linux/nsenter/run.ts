// nsenter of util-linux 2.37.4 (sys-utils/nsenter.c): opens /proc/PID/ns/<type> of -t's process for each
// namespace asked for (or the files given) and setns() into them before running the command ($SHELL, else
// /bin/sh). A user cannot open root's processes' namespace files (EACCES) and may not setns (EPERM); root enters.
// The namespaces of the guest's pods are not separate worlds here: root's command runs on the host as it is.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { findProc } from '../lib/sched';
import { runCommand } from '../lib/run-command';
import { spec } from './spec';

/** namespace_files[] order: user first, then the others. */
const NS: [string, string][] = [['user', 'user'], ['cgroup', 'cgroup'], ['ipc', 'ipc'], ['uts', 'uts'], ['net', 'net'], ['pid', 'pid'], ['mount', 'mnt'], ['time', 'time']];

function* nsenter(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const fail = (m: string) => {
    ctx.err(`nsenter: ${m}\n`);
    return 1;
  };
  const t = o.str('target');
  if (t !== undefined && !/^\d+$/.test(t)) return fail(`failed to parse pid: '${t}'`);
  const pid = t !== undefined ? Number(t) : 0;
  if (o.has('all') && !pid) return fail('no target PID specified for --all');
  const wanted = NS.filter(([k]) => o.has(k) || (o.has('all') && k !== 'user'));
  const proc = pid ? findProc(ctx, pid) : undefined;
  for (const [k, name] of wanted) {
    const file = o.str(k);
    if (file === undefined && !pid) return fail(`neither filename nor target pid supplied for ns/${name}`);
    const path = file ?? `/proc/${pid}/ns/${name}`;
    if (file !== undefined) {
      if (!ctx.host.fs.get(ctx.resolve(file))) return fail(`cannot open ${path}: No such file or directory`);
      continue;
    }
    if (!proc) return fail(`cannot open ${path}: No such file or directory`);
    if (ctx.frame.user !== 'root' && proc.user !== ctx.frame.user) return fail(`cannot open ${path}: Permission denied`);
  }
  if (wanted.length && ctx.frame.user !== 'root') {
    // setns() needs CAP_SYS_ADMIN: the user namespace is tried first, the others after it
    const first = wanted.find(([k]) => k !== 'user') ?? wanted[0];
    return fail(`reassociate to namespace 'ns/${first[1]}' failed: Operation not permitted`);
  }
  const ops = ctx.operands ?? [];
  const argv = ops.length ? ops : [ctx.frame.env.SHELL || '/bin/sh'];
  return yield* runCommand(ctx, 'nsenter', argv);
}

def({ name: 'nsenter', summary: 'run program in different namespaces', available: linuxOnly, spec, run: nsenter });

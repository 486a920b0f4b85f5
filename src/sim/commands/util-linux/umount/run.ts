// umount of util-linux 2.37.4 (options and help in spec.ts), over the guest's mount table (lib/mounts.ts).
// Messages are mk_exit_code()'s "<target>: <reason>." with libmount's reasons (context_umount.c): a user is
// retried without root rights and umount(2) refuses ("must be superuser to unmount", 32); a file system in use
// (/, /run, /dev, the cgroup tree, the login session's /run/user/<uid>, or the one the shell's directory is on)
// is "target is busy"; -a goes through the table backwards, skipping proc, devpts, sysfs and selinuxfs.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { isRoot } from '../../lib/guest';
import { ext4Unmounted } from '../../e2fsprogs/lib/kernel';
import { mounts, removeMount, type Mount } from '../../lib/mounts';
import { matchFstype } from '../mount/run';

const EX_USAGE = 1;
const EX_FAIL = 32;

/** Mounts the running system keeps open. */
const IN_USE = new Set(['/', '/proc', '/sys', '/dev', '/dev/shm', '/dev/pts', '/run', '/sys/fs/cgroup', '/sys/fs/selinux', '/proc/sys/fs/binfmt_misc', '/sys/kernel/security', '/run/user/1000']);

export function* run(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const ops = ctx.operands ?? [];
  const root = isRoot(ctx);
  const verbose = o.has('verbose');
  const quiet = o.has('quiet');
  const fail = (spec: string, why: string, code: number) => {
    if (!(quiet && why === 'not mounted')) ctx.err(`umount: ${spec}: ${why}.\n`);
    return code;
  };
  const busy = (m: Mount) => {
    const cwd = ctx.frame.cwd;
    const top = mounts(ctx.host).filter((x) => x.target === '/' || cwd === x.target || cwd.startsWith(x.target + '/')).pop();
    return IN_USE.has(m.target) || top === m || mounts(ctx.host).some((x) => x !== m && x.target.startsWith(m.target === '/' ? '/' : m.target + '/'));
  };
  const one = (m: Mount, all = false): number => {
    if (!root) return fail(m.target, 'must be superuser to unmount', EX_FAIL);
    if (busy(m)) return fail(m.target, 'target is busy', EX_FAIL);
    // the ext4 driver's put_super: the valid state back (e2fsprogs/lib/kernel.ts)
    if (m.fstype.startsWith('ext') && !m.options.split(',').includes('ro')) ext4Unmounted(ctx.host, m.source, ctx.world.now);
    removeMount(ctx.host, ctx.world.now, m.target);
    // success_message(): warnx "%s (%s) unmounted"
    if (verbose && !all) ctx.err(`umount: ${m.target} (${m.source}) unmounted\n`);
    return 0;
  };

  if (o.has('all')) {
    if (ops.length) {
      ctx.err("umount: unexpected number of arguments\nTry 'umount --help' for more information.\n");
      return EX_USAGE;
    }
    const types = o.str('types') ?? 'noproc,nodevfs,nodevpts,nosysfs,norpc_pipefs,nonfsd,noselinuxfs';
    let rc = 0;
    for (const m of [...mounts(ctx.host)].reverse()) {
      if (!matchFstype(m.fstype, types)) {
        if (verbose) ctx.out(`${m.target.padEnd(25)}: ignored\n`);
        continue;
      }
      const x = one(m, true);
      if (x === 0 && verbose) ctx.out(`${m.target.padEnd(25)}: successfully unmounted\n`);
      rc |= x;
    }
    return rc;
  }
  if (!ops.length) {
    ctx.err("umount: bad usage\nTry 'umount --help' for more information.\n");
    return EX_USAGE;
  }
  let rc = 0;
  for (const spec of ops) {
    const abs = spec.startsWith('/') || spec.startsWith('.') || !spec.includes('=') ? ctx.resolve(spec) : spec;
    const table = mounts(ctx.host);
    // the newest mount on that target, else the newest of that source
    const m = [...table].reverse().find((x) => x.target === abs) ?? [...table].reverse().find((x) => x.source === spec || x.source === abs);
    if (m) rc += one(m);
    else if (!ctx.host.fs.exists(abs)) rc += fail(spec, 'no mount point specified', EX_FAIL);
    else rc += fail(spec, 'not mounted', root ? EX_FAIL : EX_USAGE);
  }
  return Math.min(rc, 255);
}

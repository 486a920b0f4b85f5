// rmmod of kmod 28: removes each named module (a path names the module of that file). check_module_inuse() reads
// sysfs first, so a user learns a module is not loaded or is held before the kernel refuses the removal itself.
// Messages of tools/rmmod.c; exit 1 when any operand failed.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { holders, moduleAt, moduleName } from '../modules';
import { spec } from './spec';

function* rmmod(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const args = ctx.operands ?? [];
  const sys = ctx.host.sys!;
  // -w is in cmdopts_s without a case of its own
  if (o.has('w')) {
    ctx.err("rmmod: ERROR: unexpected getopt_long() value 'w'.\n");
    return 1;
  }
  if (!args.length) {
    ctx.err('rmmod: ERROR: missing module name.\n');
    return 1;
  }
  let failed = 0;
  for (const arg of args) {
    const name = moduleAt(sys.kernel, ctx.resolve(arg)) ?? moduleName(arg.replace(/^.*\//, '').replace(/\.ko(\.\w+)?$/, ''));
    if (!o.has('force')) {
      if (!sys.modules.has(name)) {
        ctx.err(`rmmod: ERROR: Module ${name} is not currently loaded\n`);
        failed++;
        continue;
      }
      const by = holders(sys, name);
      if (by.length) {
        ctx.err(`rmmod: ERROR: Module ${name} is in use by: ${by.join(' ')}\n`);
        failed++;
        continue;
      }
    }
    if (!isRoot(ctx)) {
      ctx.err(`rmmod: ERROR: could not remove module ${arg}: Operation not permitted\n`);
      failed++;
      continue;
    }
    if (!sys.modules.has(name)) {
      ctx.err(`rmmod: ERROR: could not remove module ${arg}: No such file or directory\n`);
      failed++;
      continue;
    }
    if (holders(sys, name).length) {
      ctx.err(`rmmod: ERROR: could not remove module ${arg}: Resource temporarily unavailable\n`);
      failed++;
      continue;
    }
    sys.modules.delete(name);
  }
  return failed ? 1 : 0;
}

def({ name: 'rmmod', summary: 'Simple program to remove a module from the Linux Kernel', available: linuxOnly, spec, run: rmmod });

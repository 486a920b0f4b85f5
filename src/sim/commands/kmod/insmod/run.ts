// insmod of kmod 28: inserts one module file, the rest of the words its parameters; it resolves no dependencies,
// so the kernel refuses a module whose symbols are not loaded yet. Messages of tools/insmod.c with its
// mod_strerror() (ENOENT from init_module is `Unknown symbol in module`), exit 1 on failure.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { kmsgModules } from '../../lib/kmsg';
import { missing, moduleAt } from '../modules';
import { spec } from './spec';

function* insmod(ctx: CommandContext): CommandRun {
  const args = ctx.operands ?? [];
  const sys = ctx.host.sys!;
  const file = args[0];
  if (file === undefined) {
    ctx.err('insmod: ERROR: missing filename.\n');
    return 1;
  }
  if (file === '-') {
    ctx.err('insmod: ERROR: this tool does not support loading from stdin!\n');
    return 1;
  }
  const path = ctx.resolve(file);
  const name = moduleAt(sys.kernel, path);
  const fail = (why: string) => {
    ctx.err(`insmod: ERROR: could not insert module ${file}: ${why}\n`);
    return 1;
  };
  // kmod_module_new_from_path() stats the file first
  if (!name) {
    if (!ctx.host.fs.exists(path)) {
      ctx.err(`insmod: ERROR: could not load module ${file}: No such file or directory\n`);
      return 1;
    }
    // any other file: the kernel is asked to load it (CAP_SYS_MODULE first), then finds no ELF module in it
    return fail(isRoot(ctx) ? 'Invalid module format' : 'Operation not permitted');
  }
  if (!isRoot(ctx)) return fail('Operation not permitted');
  if (sys.modules.has(name)) return fail('File exists');
  if (missing(sys, name).length > 1) return fail('Unknown symbol in module');
  sys.modules.add(name);
  kmsgModules(ctx.host, ctx.world.now, [name]);
  return 0;
}

def({ name: 'insmod', summary: 'Simple program to insert a module into the Linux Kernel', available: linuxOnly, spec, run: insmod });

// depmod of kmod 28: rebuilds the index files of /lib/modules/<version> (the running kernel's unless a version is
// given). As root it writes them quietly; a user may read the tree but not create the temporary files, and
// depmod_output() reports each index it could not open and goes on, so it still exits 0. Messages of
// tools/depmod.c; `-n` (the indexes on stdout) is not modelled (DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { processes } from '../../lib/procs';
import { spec } from './spec';

/** depfiles[] of depmod_output(), in the order it writes them. */
const INDEXES = [
  'modules.dep', 'modules.dep.bin', 'modules.alias', 'modules.alias.bin', 'modules.softdep', 'modules.symbols',
  'modules.symbols.bin', 'modules.builtin.bin', 'modules.builtin.alias.bin', 'modules.devname',
];

function* depmod(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const args = ctx.operands ?? [];
  const sys = ctx.host.sys!;
  let i = 0;
  let version = sys.kernel;
  // is_version_number(): sscanf("%u.%u")
  if (args.length) {
    if (!/^\s*[+-]?\d+\.\s*[+-]?\d/.test(args[0])) {
      ctx.err(`depmod: ERROR: Bad version passed ${args[0]}\n`);
      return 1;
    }
    version = args[i++];
  }
  const dir = `${o.str('basedir') ?? ''}/lib/modules/${version}`;
  const all = i === args.length;
  // -A: nothing to do when modules.dep is newer than every module (an unchanged tree)
  if (o.has('quick') && (all || o.has('all')) && version === sys.kernel && !o.has('basedir')) return 0;
  if (!all && !o.has('all')) {
    const rel = args.slice(i).find((p) => !p.startsWith('/'));
    if (rel !== undefined) {
      ctx.err(`depmod: FATAL: ${rel}: not absolute path.\n`);
      return 1;
    }
  }
  if (version !== sys.kernel || o.has('basedir')) {
    ctx.err(`depmod: ERROR: could not open directory ${dir}: No such file or directory\ndepmod: FATAL: could not search modules: No such file or directory\n`);
    return 1;
  }
  if (o.has('show') || isRoot(ctx)) return 0;
  // snprintf("%s.%i.%li.%li", name, getpid(), tv_usec, tv_sec); O_CREAT|O_EXCL|O_WRONLY and 0644 in octal
  const pid = processes(ctx).find((p) => p.stat === 'R+')?.pid ?? 0;
  const now = ctx.world.now;
  const tmp = `${pid}.${(now % 1000) * 1000}.${Math.floor(now / 1000)}`;
  ctx.err(INDEXES.map((n) => `depmod: ERROR: openat(${dir}, ${n}.${tmp}, 301, 644): Permission denied\n`).join(''));
  return 0;
}

def({ name: 'depmod', summary: 'Generate modules.dep and map files', available: linuxOnly, spec, run: depmod });

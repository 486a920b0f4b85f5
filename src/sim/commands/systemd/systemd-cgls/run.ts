// systemd-cgls of systemd 252 (src/cgls/cgls.c and src/shared/cgroup-show.c of v252-46): the guest's cgroup tree
// from the root, a cgroup path, or a unit's cgroup with -u. Options and help are in spec.ts and help.ts.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { cgroupTree, groupAt, render } from './tree';
import { spec } from './spec';
import { exportedVar } from '../../../shell/vars';

function* run(ctx: CommandContext): CommandRun {
  const names = ctx.operands ?? [];
  const o = ctx.opts;
  const unitMode = o?.has('unit') ?? false;
  const uArg = o?.get('unit');
  if (typeof uArg === 'string' && uArg) names.unshift(uArg);
  // columns(): $COLUMNS, else the terminal's width, else 80; -l (or a pager) does not shorten
  const columns = Number(exportedVar(ctx.frame, 'COLUMNS')) || 80;
  // on a terminal the output goes through the pager, and then nothing is shortened either
  const full = (o?.has('full') ?? false) || (ctx.tty && !(o?.has('no-pager') ?? false) && ctx.frame.env.SYSTEMD_PAGER !== '' && ctx.frame.env.SYSTEMD_PAGER !== 'cat');
  const kernel = o?.has('k') ?? false;
  const tree = cgroupTree(ctx);
  // no container is registered with machined on the box (show_cgroup_get_path_and_warn(): /run/systemd/machines/NAME)
  if (o?.has('machine')) {
    ctx.err('Failed to load machine data: No such file or directory\nFailed to list cgroup tree: No such file or directory\n');
    return 1;
  }
  if (!names.length) {
    ctx.out('Control group /:\n-.slice\n' + render(tree, '', columns, full, kernel));
    return 0;
  }
  let failed = '';
  for (const n of names) {
    if (unitMode || o?.has('user-unit')) {
      const unit = /\.[a-z]+$/.test(n) ? n : n + '.service';
      const path = unit.endsWith('.slice') ? sliceOf(unit) : findUnit(tree, unit);
      const g = path === undefined ? undefined : groupAt(tree, path);
      if (path === undefined || !g) {
        ctx.err(`Unit ${unit} not found.\n`);
        failed ||= 'No such file or directory';
        continue;
      }
      ctx.out(`Unit ${unit} (${path}):\n` + render(g, '', columns, full, kernel));
      continue;
    }
    const path = ('/' + n.replace(/^\/sys\/fs\/cgroup/, '')).replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
    const g = groupAt(tree, path);
    ctx.out(`Control group ${path}:\n`);
    if (!g) {
      failed ||= 'No such file or directory';
      continue;
    }
    ctx.out(render(g, '', columns, full, kernel));
  }
  // the first failure ends the run (cgls.c run(): "Failed to list cgroup tree: %m")
  if (failed) {
    ctx.err(`Failed to list cgroup tree: ${failed}\n`);
    return 1;
  }
  return 0;
}

/** A slice's cgroup path (foo-bar.slice lives in foo.slice). */
function sliceOf(slice: string): string {
  if (slice === '-.slice') return '/';
  const parts = slice.replace(/\.slice$/, '').split('-');
  return '/' + parts.map((_, i) => parts.slice(0, i + 1).join('-') + '.slice').join('/');
}

/** The cgroup path of a unit that has processes in the tree. */
function findUnit(tree: ReturnType<typeof cgroupTree>, unit: string, path = ''): string | undefined {
  for (const c of tree.children) {
    const p = `${path}/${c.name}`;
    if (c.name === unit) return p;
    const deeper = findUnit(c, unit, p);
    if (deeper) return deeper;
  }
  return undefined;
}

def({ name: 'systemd-cgls', spec, summary: 'Recursively show control group contents', available: linuxOnly, run });

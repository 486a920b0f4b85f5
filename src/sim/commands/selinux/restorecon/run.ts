// restorecon of policycoreutils 3.6 with libselinux 3.6's selinux_restorecon() (Rocky 9.5). The label the policy
// wants for a path is lib/inode.ts's contextOf() (the model's file contexts); a file whose label differs in its type
// (set with chcon, or kept by mv from where it was) gets the wanted type with its own user, role and range, or the
// whole file-context label with -F. -v prints "Relabeled" (-n: "Would relabel") on stdout. -R walks directories
// before their entries. A missing parent directory (realpath), a missing file (lstat) and a file the user may not
// relabel are errors: exit status 255 (exit(-1)). With SELinux disabled it exits 0 at once.
import type { CommandContext } from '../../../context';
import type { FsNode } from '../../../fs';
import { canWrite } from '../../../util';
import { def, linuxOnly } from '../../lib/guest';
import { contextOf } from '../../lib/inode';
import { getoptLong } from '../../lib/getopt-long';
import { OPTS, USAGE, spec } from './spec';

const PROG = 'restorecon';
/** proc, the shared folder (vboxsf) and sysfs's own tree are not labelled per file. */
const NO_SECLABEL = ['/proc', '/sys', '/vagrant'];

def({
  name: 'restorecon',
  summary: 'restore file(s) default SELinux security contexts',
  available: linuxOnly,
  spec,
  *run(ctx) {
    // "restorecon only: silent exit if no SELinux" (before the options are read)
    if (ctx.host.sys?.selinux === 'Disabled') return 0;
    const fs = ctx.host.fs;
    const usage = () => {
      ctx.err(USAGE);
      return 255;
    };
    const p = getoptLong(PROG, ctx.args, OPTS);
    if (p.error) {
      ctx.err(p.error);
      return usage();
    }
    let recurse = false, verbose = false, progress = false, ignoreNoent = false, nochange = false, force = false;
    const excluded: string[] = [];
    let input: string | undefined;
    for (const [k, v] of p.opts) {
      if (k === 'h') return usage();
      if (k === 'R' || k === 'r') recurse = true;
      else if (k === 'i') ignoreNoent = true;
      else if (k === 'n') nochange = true;
      else if (k === 'F') force = true;
      else if (k === 'o') ctx.err(`${PROG}: -o option no longer supported\n`);
      else if (k === 's') input = '-';
      else if (k === 'f') input = v;
      else if (k === 'e') {
        if (typeof fs.lookup(ctx.resolve(v!), true) === 'string')
          ctx.err(`Can't stat exclude path "${v}", No such file or directory - ignoring.\n`);
        else excluded.push(ctx.resolve(v!));
      } else if (k === 'v' || k === 'p') {
        if ((k === 'v' && progress) || (k === 'p' && verbose)) {
          ctx.err('Progress and Verbose mutually exclusive\n');
          return usage();
        }
        if (k === 'v') verbose = true;
        else progress = true;
      } else if (k === 'T' && !/^\d+$/.test(v!)) return usage();
    }
    if (ctx.args.length < 1) return usage();
    let paths = p.operands;
    if (input !== undefined) {
      const r = input === '-' ? { ok: true as const, text: ctx.stdin ?? '' } : fs.readFile(ctx.resolve(input));
      if (!r.ok) {
        ctx.err(`Unable to open ${input}: No such file or directory\n`);
        return usage();
      }
      paths = r.text.split('\n').filter(Boolean);
    }
    let errors = false;
    for (const path of paths) {
      const abs = ctx.resolve(path);
      const base = path.replace(/\/+$/, '').split('/').pop() ?? '';
      const dir = abs.slice(0, abs.lastIndexOf('/')) || '/';
      const parent = fs.lookup(['/', '.', '..'].includes(base) ? abs : dir);
      if (typeof parent === 'string') {
        if (ignoreNoent) continue;
        ctx.err(`${PROG}: SELinux: Could not get canonical path for ${path} restorecon: No such file or directory.\n`);
        errors = true;
        continue;
      }
      const l = fs.lookup(abs, true);
      if (typeof l === 'string') {
        if (ignoreNoent) continue;
        ctx.err(`${PROG}: lstat(${abs}) failed: ${l === 'EACCES' ? 'Permission denied' : 'No such file or directory'}\n`);
        errors = true;
        continue;
      }
      const top = abs;
      const visit = (abs: string, node: FsNode) => {
        if (excluded.some((e) => abs === e || abs.startsWith(e + '/'))) return;
        // file systems without security labels are left out of the walk (exclude_non_seclabel_mounts())
        if (abs !== top && NO_SECLABEL.some((m) => abs === m || abs.startsWith(m + '/'))) return;
        if (!relabel(ctx, abs, node, { verbose, nochange, force })) errors = true;
        if (!recurse || node.type !== 'dir') return;
        const list = fs.list(abs);
        if (typeof list !== 'string') for (const e of list) {
          const c = fs.lget(fs.join(abs, e.name));
          if (c) visit(fs.join(abs, e.name), c);
        }
      };
      visit(abs, l.node);
    }
    if (progress) ctx.out('\n');
    return errors ? 255 : 0;
  },
});

/** restorecon_sb(): the label the file contexts want, compared by type unless -F; false when setting it failed. */
function relabel(ctx: CommandContext, abs: string, node: FsNode, o: { verbose: boolean; nochange: boolean; force: boolean }): boolean {
  // the device, proc and sys trees carry the labels their file systems give (devfs's are file_contexts' own)
  if (/^\/(proc|sys|dev)(\/|$)/.test(abs)) return true;
  const cur = contextOf(ctx.host, node, abs);
  const want = contextOf(ctx.host, { ...node, context: undefined } as FsNode, abs);
  const [u, r, t, ...range] = cur.split(':');
  const wantType = want.split(':')[2];
  const next = o.force ? `system_u:object_r:${wantType}:s0` : t === wantType ? cur : [u, r, wantType, ...range].join(':');
  if (next === cur) return true;
  if (!o.nochange) {
    if (!canWrite(ctx.frame.user, abs)) {
      ctx.err(`${PROG}: Could not set context for ${abs}:  Operation not permitted\n`);
      return false;
    }
    if (next === want) delete node.context;
    else node.context = next;
  }
  if (o.verbose) ctx.out(`${o.nochange ? 'Would relabel' : 'Relabeled'} ${abs} from ${cur} to ${next}\n`);
  return true;
}

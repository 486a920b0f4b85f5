// modinfo of kmod 28: for each operand (a module file, else a name or alias), filename: and the .modinfo keys
// padded to 16 columns (`%s:%-*s%s`), or with -F/-a/-d/-l/-n/-p only the values of one key; -0 ends each line with
// NUL. Messages of tools/modinfo.c: `modinfo: ERROR: Module xyz not found.`, exit 1 when any operand failed.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, linuxOnly } from '../../lib/guest';
import { moduleAt, moduleExists, moduleName } from '../modules';
import { moduleInfo, modulePath } from '../info';
import { spec } from './spec';

const FIELD: Record<string, string> = { author: 'author', description: 'description', license: 'license', parameters: 'parm', filename: 'filename' };

function* modinfo(ctx: CommandContext): CommandRun {
  const o = ctx.opts!;
  const sys = ctx.host.sys!;
  const args = ctx.operands ?? [];
  // the last of -a -d -l -p -n -F wins, as each sets `field`
  let field: string | undefined;
  for (const { key, value } of o.list) {
    if (key in FIELD) field = FIELD[key];
    else if (key === 'field') field = String(value);
  }
  const sep = o.has('null') ? '\0' : '\n';
  if (!args.length) {
    ctx.err('modinfo: ERROR: missing module or filename.\n');
    return 1;
  }
  const base = o.str('basedir') ?? '';
  const kernel = o.str('set-version') ?? sys.kernel;
  // only the running kernel's tree under / is modelled
  const tree = base === '' && kernel === sys.kernel;
  let failed = false;
  for (const arg of args) {
    // a module file (stat, then the .ko/.ko.xz/... ending), else a name or alias looked up in modules.dep/alias
    const file = tree ? moduleAt(sys.kernel, ctx.resolve(arg)) : undefined;
    const name = file ?? (tree && moduleExists(arg) ? moduleName(arg) : undefined);
    if (!name) {
      ctx.err(`modinfo: ERROR: Module ${arg} not found.\n`);
      failed = true;
      continue;
    }
    const filename = modulePath(sys.kernel, name);
    if (field === 'filename') {
      if (filename) ctx.out(filename + sep);
      continue;
    }
    const info = moduleInfo(sys.kernel, name);
    let out = '';
    if (field === undefined) {
      if (filename) out += `${'filename:'.padEnd(16)}${filename}${sep}`;
      for (const [k, v] of info) out += o.has('null') ? `${k}=${v}${sep}` : `${k}:${''.padEnd(15 - k.length)}${v}${sep}`;
    } else if (field !== 'parm') {
      for (const [k, v] of info) if (k === field) out += v + sep;
    }
    ctx.out(out);
  }
  return failed ? 1 : 0;
}

def({ name: 'modinfo', summary: 'Show information about a Linux Kernel module', available: linuxOnly, spec, run: modinfo });

// semodule of policycoreutils 3.6 (Rocky 9.5): -l / --list-modules[=standard|full] over the targeted policy store
// (modules.ts), -e/-d on its modules, -r and -X (removal at a priority), -i of a missing file, -E's refusals, -B/-R/--refresh. libsemanage 3.6 opens /var/lib/selinux/targeted (mode 0700)
// first: anyone but root gets semanage_create_store()'s error and "Could not connect to policy handler".
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { MODULES } from '../modules';
import { getoptLong } from '../../lib/getopt-long';
import { LONGS, SHORTS, spec } from './spec';

const PROG = 'semodule';

/** semanage_module_validate_name(): a letter, then letters, digits, _ and -, a dot only between them. */
const validName = (n: string) => /^[A-Za-z](?:[A-Za-z0-9_-]|\.(?=[A-Za-z0-9_-]))*$/.test(n);

def({
  name: 'semodule',
  summary: 'Manage SELinux policy modules',
  available: linuxOnly,
  spec,
  *run(ctx) {
    const { help } = (yield { load: () => import('./help') }) as typeof import('./help');
    const p = getoptLong(PROG, ctx.args, SHORTS, LONGS);
    const fail = (msg: string) => {
      ctx.err(msg);
      ctx.out(help);
      return 1;
    };
    if (p.error) return fail(p.error);
    const modes: [string, string | undefined][] = [];
    let build = false, reload = false, refresh = false, verbose = false;
    for (const [k, v] of p.opts) {
      if (k === 'h') {
        ctx.out(help);
        return 0;
      }
      if (k === 'rebuild-if-modules-changed') ctx.err('The --rebuild-if-modules-changed option is deprecated. Use --refresh instead.\n');
      if (k === 'refresh' || k === 'rebuild-if-modules-changed') refresh = true;
      else if (k === 'b') {
        ctx.err('The --base option is deprecated. Use --install instead.\n');
        modes.push(['i', v]);
      } else if (k === 'u') {
        ctx.err('The --upgrade option is deprecated. Use --install instead.\n');
        modes.push(['i', v]);
      } else if ('ilrEedXcH'.includes(k)) modes.push([k, v]);
      else if (k === 'B') build = true;
      else if (k === 'R') reload = true;
      else if (k === 'v') verbose = true;
    }
    if ((build || reload || refresh) && modes.length) return fail('build or reload should not be used with other commands\n');
    if (!modes.length && !build && !reload && !refresh) return fail('At least one mode must be specified.\n');
    if (!modes.some(([m]) => m === 'E') && modes.some(([m]) => m === 'c' || m === 'H'))
      return fail('--cil and --hll require a module to export with the --extract option.\n');
    if (p.operands.length) {
      const last = modes[modes.length - 1]?.[0];
      if (last && 'ireEd'.includes(last)) for (const o of p.operands) modes.push([last, o]);
      else {
        ctx.err(`unknown additional arguments:\n${p.operands.map((o) => ` ${o}`).join('')}\n\n`);
        ctx.out(help);
        return 1;
      }
    }
    if (!isRoot(ctx)) {
      ctx.err('libsemanage.semanage_create_store: Could not read from module store, active subdirectory at /var/lib/selinux/targeted/active. (Permission denied).\n');
      ctx.err(`${PROG}:  Could not connect to policy handler\n`);
      return 1;
    }
    const sys = ctx.host.sys!;
    const off = new Set(sys.semoduleOff ?? []);
    const removed = new Set(sys.semoduleRemoved ?? []);
    const present = MODULES.filter((n) => !removed.has(n));
    let commit = build || refresh;
    // semodule's default priority; the package's modules are all at 100
    let priority = 400;
    let last = 0;
    const lib = (fn: string, msg: string, errno?: string) => ctx.err(`libsemanage.${fn}: ${msg}${errno ? ` (${errno}).` : ''}\n`);
    let cil = false;
    /** semodule's "Failed on" after a libsemanage call that failed, with the name check's message first. */
    const failOn = (name: string) => {
      if (!validName(name)) lib('semanage_module_key_set_name', `Name ${name} is invalid.`);
      ctx.err(`${PROG}:  Failed on ${name}!\n`);
      return 1;
    };
    for (const [m, arg] of modes) {
      if (m === 'l') {
        if (verbose) ctx.out('Attempting to list active modules:\n');
        if (arg === undefined || arg === 'standard') {
          ctx.out(present.filter((n) => !off.has(n)).map((n) => n + '\n').join(''));
        } else if (arg === 'full') {
          const w = Math.max(...present.map((n) => n.length));
          ctx.out(present.map((n) => `100 ${n.padEnd(w)} pp ${(off.has(n) ? 'disabled' : '').padEnd(8)}\n`).join(''));
        } else {
          ctx.err(`${PROG}:  Failed on ${arg}!\n`);
          return 1;
        }
      } else if (m === 'e' || m === 'd') {
        if (verbose) ctx.out(`Attempting to ${m === 'e' ? 'enable' : 'disable'} module '${arg}':\n`);
        // semanage_module_key_set_name() checks the name; semanage_direct_set_enabled() fails quietly on a module
        // the store does not have, and semodule says which argument failed
        if (!present.includes(arg!)) return failOn(arg!);
        if (m === 'e') off.delete(arg!);
        else off.add(arg!);
        commit = true;
      } else if (m === 'c' || m === 'H') {
        cil = m === 'c';
      } else if (m === 'E') {
        // semanage_direct_get_module_info() at priority 0 finds the highest one or fails quietly
        if (!present.includes(arg!)) return failOn(arg!);
        // fopen(NAME.EXT, "wx") in the working directory refuses a file that is there; writing the module's contents
        // (its pp package or CIL) is not modelled (DIFFERENCES.md)
        const ext = cil ? 'cil' : 'pp';
        if (!ctx.host.fs.exists(ctx.resolve(`${arg}.${ext}`))) return 1;
        ctx.out("Extracting at highest existing priority '100'.\n");
        if (verbose) ctx.out(`Attempting to extract module '${arg}':\n`);
        ctx.err(`${PROG}: ${arg} is already extracted with extension ${ext}.\n`);
        ctx.err(`${PROG}:  Failed on ${arg}!\n`);
        return 1;
      } else if (m === 'X') {
        // strtoul() into a uint16_t, then semanage_set_default_priority()'s 1..999
        const [, sign, digits] = /^\s*([+-]?)(\d*)/.exec(arg!)!;
        const n = BigInt(digits || 0);
        priority = Number((sign === '-' && n ? (1n << 64n) - n : n) % 65536n);
        if (priority < 1 || priority > 999) {
          ctx.err(`${PROG}: Invalid priority ${priority} (needs to be between 1 and 999)\n`);
          return 1;
        }
      } else if (m === 'r') {
        if (verbose) ctx.out(`Attempting to remove module '${arg}':\n`);
        if (!validName(arg!)) {
          lib('semanage_module_key_set_name', `Name ${arg} is invalid.`);
          ctx.err(`${PROG}:  Failed on ${arg}!\n`);
          return 1;
        }
        if (priority !== 100 || !present.includes(arg!)) {
          // semanage_remove_directory() of a priority directory the module is not in: -2, which semodule skips over
          lib('semanage_direct_remove_key', `Unable to remove module ${arg} at priority ${priority}.`, 'No such file or directory');
          last = -2;
          continue;
        }
        // an INFO message, which libsemanage's default handler writes to stdout
        ctx.out(`libsemanage.semanage_direct_remove_key: Removing last ${arg} module (no other ${arg} module exists at another priority).\n`);
        removed.add(arg!);
        present.splice(present.indexOf(arg!), 1);
        off.delete(arg!);
        commit = true;
        last = 0;
      } else if (m === 'i' && !ctx.host.fs.get(ctx.resolve(arg!))) {
        if (verbose) ctx.out(`Attempting to install module '${arg}':\n`);
        // map_compressed_file()'s open() and semanage_direct_install_file() both report it, their format's newline
        // before errno's text
        lib('map_compressed_file', `Unable to open ${arg}\n`, 'No such file or directory');
        lib('semanage_direct_install_file', `Unable to read file ${arg}\n`, 'No such file or directory');
        ctx.err(`${PROG}:  Failed on ${arg}!\n`);
        return 1;
      } else return 1; // -i of an existing file, -E: the modules' contents are not modelled (DIFFERENCES.md)
    }
    if (!commit && last < 0) {
      ctx.err(`${PROG}:  Failed!\n`);
      return 1;
    }
    if (commit || reload) {
      if (verbose && commit) ctx.out('Committing changes:\n');
      // a rebuild of the targeted policy takes several seconds
      yield { wait: commit ? 8000 : 1500 };
      sys.semoduleOff = [...off];
      sys.semoduleRemoved = [...removed];
    }
    return 0;
  },
});

// semodule of policycoreutils 3.6 (Rocky 9.5): -l / --list-modules[=standard|full] over the targeted policy store
// (modules.ts), -e/-d on its modules, -B/-R/--refresh. libsemanage 3.6 opens /var/lib/selinux/targeted (mode 0700)
// first: anyone but root gets semanage_create_store()'s error and "Could not connect to policy handler".
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { MODULES } from '../modules';
import { getoptLong } from '../../lib/getopt-long';
import { LONGS, SHORTS, spec } from './spec';

const PROG = 'semodule';

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
    let commit = build || refresh;
    for (const [m, arg] of modes) {
      if (m === 'l') {
        if (verbose) ctx.out('Attempting to list active modules:\n');
        if (arg === undefined || arg === 'standard') {
          ctx.out(MODULES.filter((n) => !off.has(n)).map((n) => n + '\n').join(''));
        } else if (arg === 'full') {
          const w = Math.max(...MODULES.map((n) => n.length));
          ctx.out(MODULES.map((n) => `100 ${n.padEnd(w)} pp ${(off.has(n) ? 'disabled' : '').padEnd(8)}\n`).join(''));
        } else {
          ctx.err(`${PROG}:  Failed on ${arg}!\n`);
          return 1;
        }
      } else if (m === 'e' || m === 'd') {
        if (verbose) ctx.out(`Attempting to ${m === 'e' ? 'enable' : 'disable'} module '${arg}':\n`);
        if (!MODULES.includes(arg!)) return 1; // libsemanage's refusal of an unknown module is not modelled
        if (m === 'e') off.delete(arg!);
        else off.add(arg!);
        commit = true;
      } else return 1; // -i, -r, -E, -X: installing and removing modules is not modelled (DIFFERENCES.md)
    }
    if (commit || reload) {
      if (verbose && commit) ctx.out('Committing changes:\n');
      // a rebuild of the targeted policy takes several seconds
      yield { wait: commit ? 8000 : 1500 };
      sys.semoduleOff = [...off];
    }
    return 0;
  },
});

// systemctl preset-all (unit_file_preset_all() of src/shared/install.c, v252-46) over the unit files with an
// [Install] section, and systemctl help UNIT (show_unit_help() of systemctl-show.c: man for each man: page of the
// unit's Documentation=, "Can't show" for the others).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findCommand } from '../../../registry';
import { ensureBoxUnit } from '../../lib/box-units';
import { BOX_UNITS } from './box-units';
import { WANTED_BY } from './deps';
import { presetOf } from './presets';
import { DOCS } from './status-box';
import { SERVICE_DOCS } from './status-service';
import { STATIC, UNIT_DOCS } from './status';
import { fileState, setFileState } from './state';

/** The box's units that are stopped but can be started (they join the model when a command names them). */
const JOINING = ['firewalld.service', 'rsyslog.service', 'kdump.service'];

/**
 * preset-all: every unit file with an [Install] section gets what the presets say (--preset-mode= full,
 * enable-only or disable-only), the links written or removed as enable and disable report them.
 */
export function presetAll(ctx: CommandContext, mode: string): number {
  const sys = ctx.host.sys!;
  for (const n of JOINING) ensureBoxUnit(ctx.host, n);
  const names = [...new Set([...sys.units.keys(), ...BOX_UNITS.map((b) => b[0])])].sort();
  for (const n of names) {
    const u = sys.units.get(n);
    const state = u ? u.enabled : fileState(ctx.host, n);
    if ((state !== 'enabled' && state !== 'disabled') || STATIC.includes(n)) continue;
    const want = presetOf(ctx.host, n);
    if (want === state || (mode === 'enable-only' && want !== 'enabled') || (mode === 'disable-only' && want !== 'disabled')) continue;
    const targets = u ? ['multi-user.target'] : (WANTED_BY[n] ?? ['multi-user.target']);
    const path = u?.path ?? `/usr/lib/systemd/system/${n}`;
    for (const t of targets)
      ctx.err(want === 'enabled' ? `Created symlink /etc/systemd/system/${t}.wants/${n} → ${path}.\n` : `Removed "/etc/systemd/system/${t}.wants/${n}".\n`);
    if (u) {
      u.enabled = want;
      ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
    } else setFileState(ctx.host, n, want);
  }
  return 0;
}

/** Documentation= of a unit the guest has, or undefined when it has no such unit. */
function docsOf(ctx: CommandContext, name: string): string[] | undefined {
  if (ctx.host.sys?.units.has(name)) return UNIT_DOCS[name]?.split('\n') ?? SERVICE_DOCS[name] ?? [];
  if (!BOX_UNITS.some((b) => b[0] === name)) return undefined;
  return SERVICE_DOCS[name] ?? DOCS[name] ?? [];
}

/** help UNIT...: man SECTION PAGE for each man: entry, in the order Documentation= lists them. */
export function* helpVerb(ctx: CommandContext, names: string[]): CommandRun {
  const man = findCommand('bash', 'man');
  const hasMan = !!man && (!man.available || man.available(ctx.host, ctx.world));
  let code = 0;
  let first = true;
  for (const n of names) {
    const docs = docsOf(ctx, n);
    if (docs === undefined) {
      ctx.err(`Unit ${n} could not be found.\n`);
      code = 1;
      continue;
    }
    if (!first) ctx.out('\n');
    first = false;
    if (!docs.length) {
      ctx.err(`Documentation for ${n} not known.\n`);
      continue;
    }
    for (const d of docs) {
      if (!d.startsWith('man:')) {
        ctx.err(`Can't show: ${d}\n`);
        continue;
      }
      // show_man_page(): "page(section)" becomes `man section page`
      const m = /^(.*)\(([^()]*)\)$/.exec(d.slice(4));
      const argv = m ? [m[2], m[1]] : [d.slice(4)];
      if (!hasMan) {
        ctx.err('Failed to execute man: No such file or directory\n');
        continue;
      }
      yield* ctx.runLine(['man', ...argv.map((a) => `'${a.replace(/'/g, "'\\''")}'`)].join(' '));
    }
  }
  return code;
}

// systemctl of systemd 252 (options and help in spec.ts).
import type { CommandRun } from '../../../types';
import { padEnd } from '../../../util';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { setUnit, unitName } from '../../lib/units';
import { statusText } from './status';
import { spec as systemctlSpec } from './spec';

def({
  name: 'systemctl',
  spec: systemctlSpec,
  summary: 'Control the systemd system and service manager',
  available: linuxOnly,
  complete: (args, _w, c) => (args.length === 0 ? ['status', 'start', 'stop', 'restart', 'enable', 'disable', 'is-active', 'is-enabled', 'daemon-reload', 'list-units'] : [...(c.host.sys?.units.keys() ?? [])].map((u) => u.replace(/\.service$/, ''))),
  *run(ctx): CommandRun {
    const args = ctx.args.filter((a) => !a.startsWith('-'));
    const now = ctx.args.includes('--now');
    const sys = ctx.host.sys!;
    const sub = args[0] ?? 'list-units';
    const names = args.slice(1).map(unitName);
    const world = ctx.world;
    if (sub === 'daemon-reload') {
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.reload-daemon', "Authentication is required to reload the systemd state."))) {
        ctx.err('Failed to reload daemon: Access denied\n');
        return 1;
      }
      return 0;
    }
    if (sub === 'list-units') {
      const units = [...sys.units.values()].filter((u) => u.active !== 'inactive' || ctx.args.includes('--all'));
      const w = Math.max(...units.map((u) => u.name.length)) + 2;
      ctx.out(`  ${padEnd('UNIT', w)}LOAD   ACTIVE SUB     DESCRIPTION\n` + units.map((u) => `  ${padEnd(u.name, w)}loaded ${padEnd(u.active, 6)} ${padEnd(u.sub, 7)} ${u.description}\n`).join('') + `\nLOAD   = Reflects whether the unit definition was properly loaded.\nACTIVE = The high-level unit activation state, i.e. generalization of SUB.\nSUB    = The low-level unit activation state, values depend on unit type.\n${units.length} loaded units listed.\n`);
      return 0;
    }
    if (!names.length) {
      ctx.err(`Too few arguments.\n`);
      return 1;
    }
    if (sub === 'status') {
      let code = 0;
      const parts: string[] = [];
      for (const n of names) {
        const u = sys.units.get(n);
        if (!u) {
          ctx.err(`Unit ${n} could not be found.\n`);
          code = 4;
          continue;
        }
        parts.push(statusText(ctx, u));
        if (u.active !== 'active') code = Math.max(code, 3);
      }
      ctx.out(parts.join('\n'));
      return code;
    }
    if (sub === 'is-active') {
      let code = 0;
      for (const n of names) {
        const u = sys.units.get(n);
        ctx.out((u ? u.active : 'inactive') + '\n');
        if (!u || u.active !== 'active') code = 3;
      }
      return code;
    }
    if (sub === 'is-enabled') {
      let code = 0;
      for (const n of names) {
        const u = sys.units.get(n);
        if (!u) {
          ctx.err(`Failed to get unit file state for ${n}: No such file or directory\n`);
          code = 1;
          continue;
        }
        ctx.out(u.enabled + '\n');
        if (u.enabled !== 'enabled') code = 1;
      }
      return code;
    }
    const verbs: Record<string, string> = { start: 'start', stop: 'stop', restart: 'restart', enable: 'enable', disable: 'disable', reload: 'reload' };
    if (!verbs[sub]) {
      ctx.err(`Unknown command verb ${sub}.\n`);
      return 1;
    }
    for (const n of names) {
      const u = sys.units.get(n);
      if (!u) {
        if (sub === 'enable' || sub === 'disable') ctx.err(`Failed to ${sub} unit: Unit file ${n} does not exist.\n`);
        else ctx.err(`Failed to ${sub} ${n}: Unit ${n} not found.\n`);
        return sub === 'enable' || sub === 'disable' ? 1 : 5;
      }
    }
    if (!isRoot(ctx)) {
      const action = sub === 'enable' || sub === 'disable' ? 'org.freedesktop.systemd1.manage-unit-files' : 'org.freedesktop.systemd1.manage-units';
      const why = sub === 'enable' || sub === 'disable' ? 'Authentication is required to manage system service or unit files.' : `Authentication is required to ${sub} '${names[0]}'.`;
      if (!(yield* polkit(ctx, action, why))) {
        ctx.err(sub === 'enable' || sub === 'disable' ? `Failed to ${sub} unit: Access denied\n` : `Failed to ${sub} ${names[0]}: Access denied\nSee system logs and 'systemctl status ${names[0]}' for details.\n`);
        return 1;
      }
    }
    for (const n of names) {
      const u = sys.units.get(n)!;
      if (sub === 'enable') {
        if (u.enabled !== 'enabled') {
          u.enabled = 'enabled';
          ctx.err(`Created symlink /etc/systemd/system/multi-user.target.wants/${n} → ${u.path}.\n`);
        }
        if (now && u.active !== 'active') setUnit(ctx, u, true);
        else world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      } else if (sub === 'disable') {
        if (u.enabled === 'enabled') {
          u.enabled = 'disabled';
          ctx.err(`Removed "/etc/systemd/system/multi-user.target.wants/${n}".\n`);
        }
        if (now && u.active === 'active') setUnit(ctx, u, false);
        else world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      } else if (sub === 'start') {
        yield { wait: 300 };
        if (u.active !== 'active') setUnit(ctx, u, true);
      } else if (sub === 'stop') {
        yield { wait: 300 };
        if (u.active !== 'inactive') setUnit(ctx, u, false);
      } else if (sub === 'restart' || sub === 'reload') {
        yield { wait: 500 };
        if (u.active === 'active') setUnit(ctx, u, false);
        setUnit(ctx, u, true);
      }
    }
    return 0;
  },
});

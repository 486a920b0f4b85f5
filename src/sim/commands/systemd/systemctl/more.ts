// The systemctl 252 verbs beyond start/stop/enable/status: mask/unmask, revert, reenable, preset, get-default and
// set-default, the try-/reload-or- job verbs, kill, reset-failed, freeze/thaw, is-system-running, the manager's
// environment, log level and target, service-watchdogs, list-jobs, cancel and the power verbs. Texts are
// src/shared/install.c install_changes_dump() ("Created symlink %s → %s.", "Removed \"%s\"."), the systemctl-*.c
// files of the verbs, and the bus errors of src/core (dbus-unit.c "Unit %s is masked.", dbus-manager.c "Job %u does
// not exist."), as of v252-46.
import type { CommandContext } from '../../../context';
import type { CommandRun, SystemdUnit } from '../../../types';
import { isRoot } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { setUnit } from '../../lib/units';
import { powerCommand } from '../power/power';
import { BOX_UNITS } from './box-units';
import { presetOf } from './presets';
import { maintenance } from './state';

/** Whether the unit is masked: /etc/systemd/system/NAME (or /run's) links to /dev/null. */
export function isMasked(ctx: CommandContext, name: string): boolean {
  return ['/etc/systemd/system/', '/run/systemd/system/'].some((d) => ctx.host.fs.readlink(d + name) === '/dev/null');
}

/** The job type systemctl names in "Failed to %s %s: %s" (systemctl-start-unit.c unit_actions[]). */
export const JOB_TYPE: Record<string, string> = {
  start: 'start', stop: 'stop', condstop: 'stop', reload: 'reload', restart: 'restart', 'try-restart': 'try-restart', condrestart: 'try-restart',
  'reload-or-restart': 'reload-or-restart', 'try-reload-or-restart': 'reload-or-try-restart', 'reload-or-try-restart': 'reload-or-try-restart',
  condreload: 'reload-or-try-restart', 'force-reload': 'reload-or-try-restart',
};

/** The manager's environment (show-environment), per guest. */
const ENV = new WeakMap<object, Map<string, string>>();
function managerEnv(ctx: CommandContext): Map<string, string> {
  let e = ENV.get(ctx.host);
  if (!e) ENV.set(ctx.host, (e = new Map([['LANG', 'en_US.UTF-8'], ['PATH', '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin']])));
  return e;
}

const SETTINGS = new WeakMap<object, { level: string; target: string; watchdogs: boolean }>();
export function settings(ctx: CommandContext) {
  let s = SETTINGS.get(ctx.host);
  if (!s) SETTINGS.set(ctx.host, (s = { level: 'info', target: 'journal-or-kmsg', watchdogs: true }));
  return s;
}

/** Asks polkit for the unit-file action as a user; false (after the error) when refused. */
export function* mayManageFiles(ctx: CommandContext, failed: string): CommandRun {
  if (isRoot(ctx)) return 1;
  if (yield* polkit(ctx, 'org.freedesktop.systemd1.manage-unit-files', 'Authentication is required to manage system service or unit files.')) return 1;
  ctx.err(`${failed}: Access denied\n`);
  return 0;
}

const exists = (ctx: CommandContext, n: string) => ctx.host.sys?.units.has(n) || BOX_UNITS.some((b) => b[0] === n);

/** Runs a verb handled here; undefined when the verb is not one of them. */
export function* moreVerbs(ctx: CommandContext, sub: string, names: string[], args: string[]): Generator<import('../../../types').Yield, number | undefined, unknown> {
  const fs = ctx.host.fs;
  const sys = ctx.host.sys!;
  const out = (s: string) => ctx.out(s);
  switch (sub) {
    case 'mask':
    case 'unmask': {
      if (!(yield* mayManageFiles(ctx, `Failed to ${sub} unit`))) return 1;
      for (const n of names) {
        const link = `/etc/systemd/system/${n}`;
        if (sub === 'mask') {
          if (isMasked(ctx, n)) continue;
          if (fs.exists(link)) {
            ctx.err(`Failed to mask unit, file "${link}" already exists.\n`);
            return 1;
          }
          fs.symlink('/dev/null', link);
          ctx.err(`Created symlink ${link} → /dev/null.\n`);
          const u = sys.units.get(n);
          if (u && ctx.opts?.has('now') && u.active === 'active') setUnit(ctx, u, false);
        } else if (isMasked(ctx, n)) {
          fs.remove(link);
          ctx.err(`Removed "${link}".\n`);
        }
        ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      }
      return 0;
    }
    case 'revert': {
      if (!(yield* mayManageFiles(ctx, 'Failed to revert unit'))) return 1;
      for (const n of names) {
        // the /etc and /run copies and drop-ins go; a mask is lifted (install.c unit_file_revert())
        for (const base of ['/etc/systemd/system', '/run/systemd/system']) {
          const dir = `${base}/${n}.d`;
          const l = fs.list(dir);
          if (typeof l !== 'string') {
            for (const e of l) {
              fs.remove(`${dir}/${e.name}`);
              ctx.err(`Removed "${dir}/${e.name}".\n`);
            }
            fs.remove(dir, true);
            ctx.err(`Removed "${dir}".\n`);
          }
          if (fs.lget(`${base}/${n}`)) {
            fs.remove(`${base}/${n}`);
            ctx.err(`Removed "${base}/${n}".\n`);
          }
        }
        ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      }
      return 0;
    }
    case 'get-default':
      out(String(fs.readlink('/etc/systemd/system/default.target')).replace(/^.*\//, '').replace(/^(ENOENT|EINVAL)$/, 'multi-user.target') + '\n');
      return 0;
    case 'set-default': {
      const t = names[0].endsWith('.service') ? names[0].replace(/\.service$/, '.target') : names[0];
      const file = `/usr/lib/systemd/system/${t}`;
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-unit-files', 'Authentication is required to manage system service or unit files.'))) {
        ctx.err('Failed to set default target: Access denied\n');
        return 1;
      }
      if (!['multi-user.target', 'graphical.target', 'rescue.target', 'emergency.target', 'poweroff.target', 'reboot.target', 'halt.target'].includes(t) && !BOX_UNITS.some((b) => b[0] === t)) {
        ctx.err(`Failed to set default target: Unit file ${t} does not exist.\n`);
        return 1;
      }
      const link = '/etc/systemd/system/default.target';
      if (fs.readlink(link) === file) return 0;
      if (fs.lget(link)) {
        fs.remove(link);
        ctx.err(`Removed "${link}".\n`);
      }
      fs.symlink(file, link);
      ctx.err(`Created symlink ${link} → ${file}.\n`);
      return 0;
    }
    case 'reenable':
    case 'preset': {
      if (!(yield* mayManageFiles(ctx, `Failed to ${sub} unit`))) return 1;
      for (const n of names) {
        const u = sys.units.get(n);
        if (!u) {
          ctx.err(`Failed to ${sub} unit: Unit file ${n} does not exist.\n`);
          return 1;
        }
        const want = sub === 'reenable' ? 'enabled' : presetOf(ctx.host, n);
        const link = `/etc/systemd/system/multi-user.target.wants/${n}`;
        if (u.enabled === 'enabled' && (sub === 'reenable' || want !== 'enabled')) ctx.err(`Removed "${link}".\n`);
        if (want === 'enabled' && (sub === 'reenable' || u.enabled !== 'enabled')) ctx.err(`Created symlink ${link} → ${u.path}.\n`);
        u.enabled = want === 'enabled' ? 'enabled' : u.enabled === 'static' ? 'static' : 'disabled';
        ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      }
      return 0;
    }
    case 'is-system-running': {
      // the manager is in "maintenance" while rescue.target or emergency.target is active
      const state = maintenance(ctx) ? 'maintenance' : [...sys.units.values()].some((u) => u.active === 'failed') ? 'degraded' : 'running';
      if (!ctx.opts?.has('quiet')) out(state + '\n');
      return state === 'running' ? 0 : 1;
    }
    case 'show-environment':
      out([...managerEnv(ctx)].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => `${k}=${v}\n`).join(''));
      return 0;
    case 'set-environment':
    case 'unset-environment':
    case 'import-environment': {
      // dbus-manager.c method_set_environment()/method_unset_environment() check before polkit
      const name = /^[A-Za-z_][A-Za-z0-9_]*$/;
      for (const a of args.slice(1)) {
        if (sub === 'set-environment' && !name.test(a.split('=')[0]) ? true : sub === 'set-environment' && !a.includes('=')) {
          ctx.err('Failed to set environment: Invalid environment assignments\n');
          return 1;
        }
        if (sub === 'unset-environment' && !name.test(a.split('=')[0])) {
          ctx.err('Failed to set environment: Invalid environment variable names or assignments\n');
          return 1;
        }
      }
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.set-environment', 'Authentication is required to set or unset system and service manager environment variables.'))) {
        ctx.err(`Failed to ${sub === 'import-environment' ? 'import' : 'set'} environment: Access denied\n`);
        return 1;
      }
      const env = managerEnv(ctx);
      if (sub === 'import-environment' && args.length === 1) ctx.err('Calling import-environment without a list of variable names is deprecated.\n');
      for (const a of args.slice(1)) {
        if (sub === 'set-environment') env.set(a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1));
        else if (sub === 'unset-environment') env.delete(a.includes('=') ? a.slice(0, a.indexOf('=')) : a);
        else if (ctx.frame.env[a] !== undefined) env.set(a, ctx.frame.env[a]);
        else ctx.err(`Environment variable $${a} not set, ignoring.\n`);
      }
      return 0;
    }
    case 'log-level':
    case 'log-target':
    case 'service-watchdogs': {
      const st = settings(ctx);
      const v = args[1];
      if (v === undefined) {
        out((sub === 'log-level' ? st.level : sub === 'log-target' ? st.target : st.watchdogs ? 'yes' : 'no') + '\n');
        return 0;
      }
      if (!isRoot(ctx)) {
        ctx.err(sub === 'service-watchdogs' ? 'Failed to set service-watchdog state: Access denied\n' : `Failed to set log ${sub === 'log-level' ? 'level' : 'target'}: Access denied\n`);
        return 1;
      }
      if (sub === 'log-level') st.level = v;
      else if (sub === 'log-target') st.target = v;
      else st.watchdogs = /^(1|yes|y|true|t|on)$/i.test(v);
      return 0;
    }
    case 'list-jobs':
      out('No jobs running.\n');
      return 0;
    case 'cancel': {
      for (const a of args.slice(1)) {
        if (!/^\d+$/.test(a)) {
          ctx.err(`Failed to parse job id "${a}": Invalid argument\n`);
          return 1;
        }
        ctx.err(`Failed to cancel job ${a}: Job ${a} does not exist.\n`);
        return 1;
      }
      return 0;
    }
    case 'reboot':
    case 'poweroff':
    case 'halt':
      return yield* powerCommand(ctx, sub);
    case 'daemon-reexec':
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.reload-daemon', 'Authentication is required to reload the systemd state.'))) {
        ctx.err('Failed to reexecute daemon: Access denied\n');
        return 1;
      }
      return 0;
    case 'reset-failed':
    case 'kill':
    case 'freeze':
    case 'thaw': {
      const targets = names.length ? names : sub === 'reset-failed' ? [...sys.units.values()].filter((u) => u.active === 'failed').map((u) => u.name) : [];
      for (const n of targets) {
        if (!exists(ctx, n)) {
          ctx.err(sub === 'kill' ? `Failed to kill unit ${n}: Unit ${n} not loaded.\n` : `Failed to ${sub === 'reset-failed' ? 'reset failed state of' : sub} unit ${n}: Unit ${n} not loaded.\n`);
          return 1;
        }
      }
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-units', `Authentication is required to ${sub === 'reset-failed' ? 'reset the "failed" state of' : sub} '${targets[0] ?? ''}'.`))) {
        ctx.err(`Failed to ${sub === 'reset-failed' ? 'reset failed state of' : sub} unit ${targets[0] ?? ''}: Access denied\n`);
        return 1;
      }
      for (const n of targets) {
        const u: SystemdUnit | undefined = sys.units.get(n);
        if (!u) continue;
        if (sub === 'reset-failed' && u.active === 'failed') {
          u.active = 'inactive';
          u.sub = 'dead';
        } else if (sub === 'kill' && u.active === 'active') {
          // the main process ends: SIGKILL leaves the unit failed (Result: signal), a clean signal inactive
          const sig = String(ctx.opts?.get('signal') ?? 'SIGTERM').replace(/^SIG/, '').toUpperCase();
          if (['KILL', '9', 'TERM', '15', 'INT', '2', 'QUIT', '3'].includes(sig)) {
            setUnit(ctx, u, false);
            if (sig === 'KILL' || sig === '9') {
              u.active = 'failed';
              u.sub = 'failed';
            }
          }
        }
        ctx.world.emit('unit-changed', { hostId: ctx.host.id, unit: n });
      }
      return 0;
    }
  }
  return undefined;
}

// systemctl of systemd 252 (options and help in spec.ts).
import { settleTransient } from '../../lib/transient';
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { def, isRoot, linuxOnly } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { setUnit, unitName } from '../../lib/units';
import { statusText } from './status';
import { showManager, showUnit } from './show';
import { systemctlEdit } from './edit';
import { isMasked, JOB_TYPE, mayManageFiles, moreVerbs } from './more';
import { catUnit, listUnitFiles, listUnits } from './list';
import { BOX_UNITS } from './box-units';
import { ensureBoxUnit } from '../../lib/box-units';
import { spec as systemctlSpec } from './spec';
import { LOAD_STATES, UNIT_TYPES, verbError } from './verbs';
import { listAutomounts, listSockets, listTimers, triggeredBy } from './tables';
import { listDependencies } from './deps';
import { specialVerbs } from './special';
import { otherVerbs } from './other';
import { fileState, setBoxState, setFileState, unitState } from './state';
import { boxStatus } from './status-box';
import { installTarget } from './deps';
import { boxServiceStatus } from './status-service';
import { helpVerb, presetAll } from './preset-verbs';
import { systemStatus } from './status-system';

def({
  name: 'systemctl',
  spec: systemctlSpec,
  summary: 'Control the systemd system and service manager',
  available: linuxOnly,
  complete: (args, _w, c) => (args.length === 0 ? ['status', 'start', 'stop', 'restart', 'enable', 'disable', 'is-active', 'is-enabled', 'daemon-reload', 'list-units', 'list-unit-files', 'cat', 'is-failed'] : [...(c.host.sys?.units.keys() ?? [])].map((u) => u.replace(/\.service$/, ''))),
  *run(ctx): CommandRun {
    settleTransient(ctx.host, ctx.world.now);
    const args = ctx.operands ?? ctx.args.filter((a) => !a.startsWith('-'));
    const now = ctx.opts?.has('now') ?? ctx.args.includes('--now');
    const sys = ctx.host.sys!;
    // -t is checked while the options are parsed, before the verb
    for (const t of ctx.opts?.all('type').flatMap((x) => x.split(',')) ?? []) {
      if (t === 'help') {
        ctx.out(`Available unit types:\n${UNIT_TYPES.join('\n')}\n`);
        return 0;
      }
      if (!UNIT_TYPES.includes(t) && !LOAD_STATES.includes(t)) {
        ctx.err(`Unknown unit type or load state '${t}'.\nUse -t help to see a list of allowed values.\n`);
        return 1;
      }
    }
    const sub = args[0] ?? 'list-units';
    const names = args.slice(1).map(unitName);
    const usage = verbError(sub, names.length);
    if (usage) {
      ctx.err(usage);
      return 1;
    }
    // stopped units of the box (firewalld, rsyslog, kdump) join the model when a command names them
    if ([...Object.keys(JOB_TYPE), 'enable', 'disable', 'status', 'show', 'mask', 'kill'].includes(sub)) for (const n of names) ensureBoxUnit(ctx.host, n);
    const world = ctx.world;
    if (sub === 'daemon-reload') {
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.reload-daemon', "Authentication is required to reload the systemd state."))) {
        ctx.err('Failed to reload daemon: Access denied\n');
        return 1;
      }
      return 0;
    }
    if (sub === 'list-units') {
      ctx.out(listUnits(ctx, args.slice(1)));
      return 0;
    }
    const lists: Record<string, typeof listTimers> = { 'list-timers': listTimers, 'list-sockets': listSockets, 'list-automounts': listAutomounts, 'list-dependencies': listDependencies };
    if (lists[sub]) {
      ctx.out(lists[sub](ctx, args.slice(1)));
      return 0;
    }
    if (sub === 'list-unit-files') {
      ctx.out(listUnitFiles(ctx, args.slice(1)));
      return 0;
    }
    if (sub === 'show') {
      const pick = [...(ctx.opts?.all('property') ?? []), ...(ctx.opts?.all('P') ?? [])];
      const flags = {
        props: pick.length ? pick.flatMap((p) => p.split(',')).filter(Boolean) : null,
        all: ctx.opts?.has('all') ?? false,
        value: (ctx.opts?.has('value') ?? false) || (ctx.opts?.has('P') ?? false),
      };
      // a number is a job (show_one() of /org/freedesktop/systemd1/job/N): the model has no queued jobs
      const job = args.slice(1).find((a) => /^\d+$/.test(a));
      if (job !== undefined) {
        ctx.err(`Failed to get properties: Unknown object '/org/freedesktop/systemd1/job/${job}'.\n`);
        return 1;
      }
      if (!names.length) {
        ctx.out(showManager(ctx, flags));
        return 0;
      }
      ctx.out(names.map((n) => showUnit(ctx, n, flags)).join('\n'));
      return 0;
    }
    if (sub === 'edit') return yield* systemctlEdit(ctx, names);
    if (sub === 'cat') {
      if (!names.length) {
        ctx.err('Too few arguments.\n');
        return 1;
      }
      let code = 0;
      const parts: string[] = [];
      for (const n of names) {
        const t = catUnit(ctx, n);
        if (t === null) {
          ctx.err(`No files found for ${n}.\n`);
          code = 1;
        } else parts.push(t);
      }
      ctx.out(parts.join('\n'));
      return code;
    }
    // --preset-mode= is parsed before the verb (parse_argv())
    const presetMode = ctx.opts?.get('preset-mode');
    if (typeof presetMode === 'string') {
      if (presetMode === 'help') {
        ctx.out('full\nenable-only\ndisable-only\n');
        return 0;
      }
      if (!['full', 'enable-only', 'disable-only'].includes(presetMode)) {
        ctx.err(`Failed to parse preset mode: ${presetMode}.\n`);
        return 1;
      }
    }
    if (sub === 'preset-all') {
      if (!(yield* mayManageFiles(ctx, 'Failed to preset all units'))) return 1;
      return presetAll(ctx, typeof presetMode === 'string' ? presetMode : 'full');
    }
    if (sub === 'help') return yield* helpVerb(ctx, names);
    if (sub === 'status' && !names.length) {
      ctx.out(systemStatus(ctx));
      return 0;
    }
    const special = (yield* specialVerbs(ctx, sub, args)) ?? (yield* otherVerbs(ctx, sub, args));
    if (special !== undefined) return special;
    const handled = yield* moreVerbs(ctx, sub, names, args);
    if (handled !== undefined) return handled;
    if (!names.length) {
      ctx.err(`Too few arguments.\n`);
      return 1;
    }
    if (sub === 'status') {
      let code = 0;
      const parts: string[] = [];
      // the unit's journal of this boot, the last -n lines (10)
      const unitLines = (yield { load: () => import('../journalctl/unit-lines').then((m) => m.unitLines) }) as (c: CommandContext, unit: string, n: number, mode?: string) => string[];
      const nl = ctx.opts?.get('lines');
      const count = typeof nl === 'string' && /^\d+$/.test(nl) ? Number(nl) : 10;
      const mode = ctx.opts?.get('output');
      const journal = (n: string) => unitLines(ctx, n, count, typeof mode === 'string' && mode.startsWith('short') ? mode : 'short');
      for (const n of names) {
        const u = sys.units.get(n);
        const svc = u ? null : boxServiceStatus(ctx, n, journal(n));
        if (svc) {
          parts.push(svc.text);
          if (!svc.active) code = Math.max(code, 3);
          continue;
        }
        const box = u ? null : boxStatus(ctx, n);
        if (box) {
          parts.push(box.text);
          if (!box.active) code = Math.max(code, 3);
          continue;
        }
        if (!u) {
          ctx.err(`Unit ${n} could not be found.\n`);
          code = 4;
          continue;
        }
        parts.push(statusText(ctx, u, journal(n)));
        if (u.active !== 'active') code = Math.max(code, 3);
      }
      ctx.out(parts.join('\n'));
      return code;
    }
    const quiet = ctx.opts?.has('quiet') ?? false;
    const box = (n: string) => BOX_UNITS.find((b) => b[0] === n);
    if (sub === 'is-active' || sub === 'check' || sub === 'is-failed') {
      let code = sub === 'is-failed' ? 1 : 3;
      let any = false;
      for (const n of names) {
        const state = unitState(ctx.host, n)?.active ?? 'inactive';
        if (!quiet) ctx.out(state + '\n');
        if (sub !== 'is-failed' ? state === 'active' : state === 'failed') any = true;
      }
      if (any) code = 0;
      return code;
    }
    if (sub === 'is-enabled') {
      let code = 0;
      for (const n of names) {
        const state = isMasked(ctx, n) ? 'masked' : (sys.units.get(n)?.enabled ?? fileState(ctx.host, n));
        if (!state) {
          ctx.err(`Failed to get unit file state for ${n}: No such file or directory\n`);
          code = 1;
          continue;
        }
        if (!quiet) ctx.out(state + '\n');
        if (state !== 'enabled' && state !== 'static' && state !== 'enabled-runtime') code = 1;
      }
      return code;
    }
    const verbs: Record<string, string> = { ...JOB_TYPE, enable: 'enable', disable: 'disable' };
    if (!verbs[sub]) {
      ctx.err(`Unknown command verb ${sub}.\n`);
      return 1;
    }
    // the job verbs name their job type in errors (systemctl-start-unit.c: "Failed to %s %s: %s")
    const job = JOB_TYPE[sub] ?? sub;
    // the box's units the model does not track one by one take start and stop jobs too (their state in state.ts)
    const boxJob = (n: string) => (JOB_TYPE[sub] !== undefined && BOX_UNITS.some((b) => b[0] === n)) || ((sub === 'enable' || sub === 'disable') && installTarget(n) !== undefined);
    for (const n of names) {
      const u = sys.units.get(n);
      if (!u && !boxJob(n)) {
        if (sub === 'enable' || sub === 'disable') ctx.err(`Failed to ${sub} unit: Unit file ${n} does not exist.\n`);
        else ctx.err(`Failed to ${job} ${n}: Unit ${n} not found.\n`);
        return sub === 'enable' || sub === 'disable' ? 1 : 5;
      }
      // a masked unit refuses start jobs (dbus-unit.c "Unit %s is masked."); enable refuses it (install.c -ERFKILL)
      if (isMasked(ctx, n) && job !== 'stop' && sub !== 'disable') {
        ctx.err(sub === 'enable' ? `Failed to enable unit, unit ${n} is masked.\n` : `Failed to ${job} ${n}: Unit ${n} is masked.\n`);
        return 1;
      }
    }
    if (!isRoot(ctx)) {
      const action = sub === 'enable' || sub === 'disable' ? 'org.freedesktop.systemd1.manage-unit-files' : 'org.freedesktop.systemd1.manage-units';
      const why = sub === 'enable' || sub === 'disable' ? 'Authentication is required to manage system service or unit files.' : `Authentication is required to ${job} '${names[0]}'.`;
      if (!(yield* polkit(ctx, action, why))) {
        ctx.err(sub === 'enable' || sub === 'disable' ? `Failed to ${sub} unit: Access denied\n` : `Failed to ${job} ${names[0]}: Access denied\nSee system logs and 'systemctl status ${names[0]}' for details.\n`);
        return 1;
      }
    }
    for (const n of names) {
      const bu = sys.units.get(n);
      if (!bu && (sub === 'enable' || sub === 'disable')) {
        // a box unit's [Install] link (install.c install_changes_dump()), and with --now its start or stop
        const target = installTarget(n)!;
        const link = `/etc/systemd/system/${target}.wants/${n}`;
        const on = fileState(ctx.host, n) === 'enabled';
        if (sub === 'enable' && !on) ctx.err(`Created symlink ${link} → /usr/lib/systemd/system/${n}.\n`);
        if (sub === 'disable' && on) ctx.err(`Removed "${link}".\n`);
        setFileState(ctx.host, n, sub === 'enable' ? 'enabled' : 'disabled');
        if (now) setBoxState(ctx, n, sub === 'enable');
        continue;
      }
      if (!bu) {
        // auditd.service sets RefuseManualStop=yes (dbus-unit.c bus_unit_queue_job())
        if (n === 'auditd.service' && ['stop', 'restart', 'try-restart', 'reload-or-restart', 'reload-or-try-restart'].includes(job)) {
          ctx.err(`Failed to ${job} ${n}: Operation refused, unit ${n} may be requested by dependency only (it is configured to refuse manual start/stop).\nSee system logs and 'systemctl status ${n}' for details.\n`);
          return 1;
        }
        const was = unitState(ctx.host, n)?.active === 'active';
        yield { wait: 300 };
        if (job === 'stop') {
          if (was) setBoxState(ctx, n, false);
          const still = triggeredBy(n).filter((t) => unitState(ctx.host, t)?.active === 'active');
          if (still.length && !(ctx.opts?.has('quiet') ?? false)) ctx.err(`Warning: Stopping ${n}, but it can still be activated by:\n${still.map((t) => `  ${t}\n`).join('')}`);
        } else if (!job.startsWith('try-') && job !== 'reload-or-try-restart') setBoxState(ctx, n, true);
        else if (was) setBoxState(ctx, n, true);
        continue;
      }
      const u = bu;
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
      } else if (job === 'start') {
        yield { wait: 300 };
        if (u.active !== 'active') setUnit(ctx, u, true);
      } else if (job === 'stop') {
        yield { wait: 300 };
        if (u.active !== 'inactive') setUnit(ctx, u, false);
      } else if ((job === 'try-restart' || job === 'reload-or-try-restart') && u.active !== 'active') {
        // try-: only a running unit
      } else if (job !== 'start' && job !== 'stop') {
        yield { wait: 500 };
        if (u.active === 'active') setUnit(ctx, u, false);
        setUnit(ctx, u, true);
      }
    }
    return 0;
  },
});

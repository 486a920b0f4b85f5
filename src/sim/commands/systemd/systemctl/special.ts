// systemctl isolate, rescue, emergency, default, exit, kexec, switch-root and the sleep verbs of systemd 252
// (systemctl-start-special.c, systemctl-start-unit.c action_table[], systemctl-switch-root.c, systemctl-logind.c;
// PID 1's answers from src/core/manager.c, dbus-manager.c and emergency-action.c; logind's from logind-dbus.c and
// src/shared/sleep-config.c, all of v252-46).
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { isRoot } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { setUnit } from '../../lib/units';
import { powerCommand } from '../power/power';
import { BOX_UNITS } from './box-units';
import { closure, defaultTarget } from './deps';
import { setBoxState, unitState } from './state';

type Run = Generator<Yield, number | undefined, unknown>;

/** Targets with AllowIsolate=yes in systemd 252's units. */
const ISOLATABLE = new Set(['multi-user.target', 'graphical.target', 'rescue.target', 'emergency.target', 'default.target', 'reboot.target', 'poweroff.target', 'halt.target', 'kexec.target', 'exit.target', 'ctrl-alt-del.target']);

/** Units PID 1 leaves alone on isolate: IgnoreOnIsolate=yes in their unit files, and every automount, device, mount,
 * scope, slice and swap (their types' init functions set it). */
function ignoresIsolate(name: string): boolean {
  if (/\.(automount|device|mount|scope|slice|swap)$/.test(name)) return true;
  return /^(getty@|user@|user-runtime-dir@|systemd-journald(\.service|\.socket|-dev-log\.socket))/.test(name);
}

/** start_unit_one()'s error: "Failed to start X: ..." and, unless the unit is unknown, where to look. */
function failed(ctx: CommandContext, unit: string, why: string, hint = true): void {
  ctx.err(`Failed to start ${unit}: ${why}\n` + (hint ? `See system logs and 'systemctl status ${unit}' for details.\n` : ''));
}

/** Starts a target in isolate mode: what it pulls in runs, the rest stops. */
function* isolate(ctx: CommandContext, target: string): Generator<Yield, number, unknown> {
  const known = target === 'default.target' || BOX_UNITS.some((b) => b[0] === target) || ISOLATABLE.has(target);
  if (!known) {
    failed(ctx, target, `Unit ${target} not found.`, false);
    return 5;
  }
  if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-units', `Authentication is required to start '${target}'.`))) {
    failed(ctx, target, 'Access denied');
    return 1;
  }
  if (!ISOLATABLE.has(target)) {
    failed(ctx, target, 'Operation refused, unit may not be isolated.');
    return 1;
  }
  if (['reboot.target', 'poweroff.target', 'halt.target', 'kexec.target', 'exit.target', 'ctrl-alt-del.target'].includes(target)) return yield* powerCommand(ctx, target === 'reboot.target' || target === 'ctrl-alt-del.target' || target === 'kexec.target' ? 'reboot' : 'poweroff');
  const real = target === 'default.target' ? defaultTarget(ctx) : target;
  const keep = closure(ctx, real);
  keep.add(target);
  yield { wait: 800 };
  const sys = ctx.host.sys!;
  for (const u of sys.units.values()) {
    if (ignoresIsolate(u.name)) continue;
    if (keep.has(u.name)) {
      if (u.active !== 'active' && u.active !== 'activating') setUnit(ctx, u, true);
    } else if (u.active !== 'inactive') setUnit(ctx, u, false);
  }
  for (const [name] of BOX_UNITS) {
    if (sys.units.has(name) || ignoresIsolate(name)) continue;
    const on = keep.has(name);
    const st = unitState(ctx.host, name)?.active;
    if (on !== (st === 'active')) setBoxState(ctx, name, on);
  }
  return 0;
}

const SLEEP: Record<string, string> = { suspend: 'Suspend', hibernate: 'Hibernate', 'hybrid-sleep': 'HybridSleep', 'suspend-then-hibernate': 'SuspendThenHibernate' };

export function* specialVerbs(ctx: CommandContext, sub: string, args: string[]): Run {
  switch (sub) {
    case 'isolate': {
      const n = args[1];
      return yield* isolate(ctx, /\.[a-z]+$/.test(n) ? n : n + '.target');
    }
    case 'rescue':
    case 'emergency':
    case 'default':
      return yield* isolate(ctx, `${sub}.target`);
    case 'exit': {
      if (args[1] !== undefined) {
        if (!/^\d+$/.test(args[1]) || Number(args[1]) > 255) {
          ctx.err('Invalid exit code.\n');
          return 1;
        }
        ctx.err('Failed to set exit code: ExitCode can only be set for user service managers or in containers.\n');
        return 1;
      }
      // exit.target pulls in shutdown.target; outside a container its exit-force action is "poweroff-force"
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-units', "Authentication is required to start 'exit.target'."))) {
        failed(ctx, 'exit.target', 'Access denied');
        return 1;
      }
      return yield* powerCommand(ctx, 'poweroff');
    }
    case 'kexec':
      // load_kexec_kernel(): no kernel loaded, and the box boots by BIOS with no ESP to find boot entries on
      ctx.err('No kexec kernel loaded and autodetection failed.\nAutomatic loading works only on systems booted with EFI.\n');
      return 1;
    case 'switch-root': {
      if (args.length > 3) {
        ctx.err('Wrong number of arguments.\n');
        return 1;
      }
      const root = args[1];
      const init = args[2] ?? '';
      const why = !isRoot(ctx)
        ? 'Access to org.freedesktop.systemd1.Manager.SwitchRoot() not permitted.'
        : root === ''
          ? 'New root directory may not be the empty string.'
          : !root.startsWith('/')
            ? `New root path '${root}' is not absolute.`
            : root.replace(/\/+$/, '') === ''
              ? 'New root directory cannot be the old root directory.'
              : init && !init.startsWith('/')
                ? `Path to init binary '${init}' not absolute.`
                : !init && !['/etc/os-release', '/usr/lib/os-release'].some((f) => ctx.host.fs.isFile(root.replace(/\/+$/, '') + f))
                  ? `Specified switch root path '${root}' does not seem to be an OS tree. os-release file is missing.`
                  : '';
      // into a real OS tree PID 1 would switch: not modelled, the guest goes on as it was
      if (!why) return 0;
      ctx.err(`Failed to switch root: ${why}\n`);
      return 1;
    }
    case 'suspend':
    case 'hibernate':
    case 'hybrid-sleep':
    case 'suspend-then-hibernate': {
      // logind checks that the kernel can sleep so (can_sleep()) before it asks about the caller: suspend-to-idle
      // ("freeze") is always there; hibernation needs swap for the memory's image
      if (sub !== 'suspend' && !ctx.host.sys?.swapOn) {
        ctx.err(`Call to ${SLEEP[sub]} failed: Not enough swap space for hibernation\n`);
        return 1;
      }
      if (!isRoot(ctx)) {
        ctx.err(`Call to ${SLEEP[sub]} failed: Interactive authentication required.\n`);
        return 1;
      }
      // hibernation writes the image and powers the guest off (the box's kernel line has no resume=, so the next
      // boot starts afresh); a suspended guest is not modelled: it goes on as if woken at once
      if (sub === 'hibernate') return yield* powerCommand(ctx, 'poweroff');
      return 0;
    }
  }
  return undefined;
}

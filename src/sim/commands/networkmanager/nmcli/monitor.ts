// `nmcli monitor`, `nmcli device monitor`, `nmcli connection monitor` (general.c nmc_command_func_monitor(),
// devices.c do_devices_monitor(), connections.c do_connection_monitor()): they stay in the foreground and print a
// line for each change until Ctrl+C, when nmcli says "Error: nmcli terminated by signal Interrupt (2)" and exits
// 130 (nmcli.c signal_handler()). Changes are looked for once a second, so only the state reached is printed.
import type { CommandContext } from '../../../context';
import { Interrupt, type Yield } from '../../../types';
import { devices, nmState } from './model';
import { nmStateName } from './general';

interface Snap {
  hostname: string;
  state: string;
  primary: string;
  devs: Map<string, { state: string; con: string }>;
  cons: Map<string, { id: string; sig: string }>;
}

function snap(ctx: CommandContext): Snap {
  const st = nmState(ctx);
  const ds = devices(ctx);
  const eth0 = ds.find((d) => d.isDefault);
  return {
    hostname: ctx.host.hostname,
    state: nmStateName(ctx, st),
    primary: eth0?.profile?.id ?? '',
    devs: new Map(ds.map((d) => [d.iface, { state: d.state, con: d.profile?.id ?? '' }])),
    cons: new Map(st.profiles.map((p) => [p.uuid, { id: p.id, sig: p.id + JSON.stringify([...p.props]) }])),
  };
}

export interface Watch {
  general?: boolean;
  /** Devices to watch (all when empty), or none. */
  devices?: string[];
  /** Profile UUIDs to watch (all, and new ones, when empty), or none. */
  connections?: string[];
}

/** Prints what changed between two looks, as the signal handlers would have. */
function diff(ctx: CommandContext, a: Snap, b: Snap, w: Watch): void {
  if (w.general) {
    if (a.hostname !== b.hostname) ctx.out(`Hostname set to '${b.hostname}'\n`);
    if (a.primary !== b.primary) ctx.out(b.primary ? `'${b.primary}' is now the primary connection\n` : "There's no primary connection\n");
    if (a.state !== b.state) ctx.out(`Networkmanager is now in the '${b.state}' state\n`);
  }
  if (w.devices) {
    for (const [iface, d] of b.devs) {
      if (w.devices.length && !w.devices.includes(iface)) continue;
      const old = a.devs.get(iface);
      if (!old) ctx.out(`${iface}: device created\n`);
      else {
        if (old.state !== d.state) ctx.out(`${iface}: ${d.state}\n`);
        if (d.con && old.con !== d.con) ctx.out(`${iface}: using connection '${d.con}'\n`);
      }
    }
    for (const iface of a.devs.keys()) if (!b.devs.has(iface) && (!w.devices.length || w.devices.includes(iface))) ctx.out(`${iface}: device removed\n`);
  }
  if (w.connections) {
    const all = !w.connections.length;
    for (const [uuid, c] of b.cons) {
      const old = a.cons.get(uuid);
      if (!old && all) ctx.out(`${c.id}: connection profile created\n`);
      else if (old && old.sig !== c.sig && (all || w.connections.includes(uuid))) ctx.out(`${c.id}: connection profile changed\n`);
    }
    for (const [uuid, c] of a.cons) if (!b.cons.has(uuid) && (all || w.connections.includes(uuid))) ctx.out(`${c.id}: connection profile removed\n`);
  }
}

export function* monitor(ctx: CommandContext, w: Watch): Generator<Yield, number, unknown> {
  if (w.general) ctx.out('NetworkManager is running\n');
  let last = snap(ctx);
  try {
    for (;;) {
      yield { wait: 1000 };
      const unit = ctx.host.sys?.units.get('NetworkManager.service');
      if (w.general && unit && unit.active !== 'active') {
        ctx.out('NetworkManager is stopped\n');
        while (ctx.host.sys?.units.get('NetworkManager.service')?.active !== 'active') yield { wait: 1000 };
        ctx.out('NetworkManager is running\n');
      }
      const now = snap(ctx);
      diff(ctx, last, now, w);
      last = now;
    }
  } catch (e) {
    if (!(e instanceof Interrupt)) throw e;
    ctx.err('Error: nmcli terminated by signal Interrupt (2)\n');
    return 130;
  }
}

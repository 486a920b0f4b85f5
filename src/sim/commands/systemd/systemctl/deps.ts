// The dependencies of the box's units, as PID 1 would report them (Requires=, Wants= and the .wants/.requires links
// of the [Install] sections), and systemctl list-dependencies over them (systemctl-list-dependencies.c of v252-46).
// Sources: the [Unit] sections of systemd 252's targets, units/meson.build's links, the [Install] sections of the
// box's packages, the fstab generator's links for the box's mounts and swap file.
import type { CommandContext } from '../../../context';
import { BOX_UNITS } from './box-units';
import { exportedVar } from '../../../shell/vars';
import { fileState, unitState } from './state';
import { unitSettings } from './show';

/** Requires=/Wants= of the targets (units/*.target) with the links systemd 252 installs (units/meson.build). */
const STATIC: Record<string, string[]> = {
  'multi-user.target': ['basic.target', 'getty.target', 'systemd-ask-password-wall.path', 'systemd-logind.service', 'systemd-user-sessions.service'],
  'graphical.target': ['multi-user.target'],
  'basic.target': ['sysinit.target', 'sockets.target', 'timers.target', 'paths.target', 'slices.target'],
  'sysinit.target': [
    'local-fs.target', 'swap.target', 'cryptsetup.target', 'dev-hugepages.mount', 'dev-mqueue.mount', 'proc-sys-fs-binfmt_misc.automount',
    'sys-kernel-config.mount', 'sys-kernel-debug.mount', 'sys-kernel-tracing.mount', 'systemd-ask-password-console.path',
    'systemd-journal-flush.service', 'systemd-journald.service', 'systemd-random-seed.service', 'systemd-sysctl.service',
    'systemd-tmpfiles-setup.service', 'systemd-udev-trigger.service', 'systemd-udevd.service', 'systemd-update-utmp.service',
  ],
  'slices.target': ['-.slice', 'system.slice'],
  'sockets.target': ['systemd-coredump.socket', 'systemd-initctl.socket', 'systemd-journald-dev-log.socket', 'systemd-journald.socket', 'systemd-udevd-control.socket', 'systemd-udevd-kernel.socket'],
  'timers.target': ['systemd-tmpfiles-clean.timer'],
  // systemd-fstab-generator: the root and /boot (local-fs.target.requires), the swap file (swap.target.requires),
  // systemd-remount-fs.service (local-fs.target.wants)
  'local-fs.target': ['-.mount', 'boot.mount', 'systemd-remount-fs.service'],
  'swap.target': ['swapfile.swap'],
  'rescue.target': ['sysinit.target', 'rescue.service'],
  'emergency.target': ['emergency.service'],
  'getty.target': [],
};

/** WantedBy= of the box's units that are enabled ([Install] of their packages' unit files). */
export const WANTED_BY: Record<string, string[]> = {
  'getty@tty1.service': ['getty.target'],
  'dbus-broker.service': [],
  'systemd-journald.service': ['sysinit.target'],
  'nfs-client.target': ['multi-user.target', 'remote-fs.target'],
  'remote-fs.target': ['multi-user.target'],
  'systemd-network-generator.service': ['sysinit.target'],
  'dbus.socket': ['sockets.target'],
  'rpcbind.socket': ['sockets.target'],
  'sssd-kcm.socket': ['sockets.target'],
  'dnf-makecache.timer': ['timers.target'],
  'logrotate.timer': ['timers.target'],
};

/** Wants= of the model's services whose unit files the guest's file system does not hold (openssh's sshd.service). */
const MODEL_WANTS: Record<string, string[]> = { 'sshd.service': ['sshd-keygen.target'] };

/** The forward dependencies of a unit (Requires, Requisite, Wants, ConsistsOf, BindsTo, Upholds). */
export function forward(ctx: CommandContext, name: string): string[] {
  if (name === 'default.target') return forward(ctx, defaultTarget(ctx));
  const sys = ctx.host.sys!;
  const known = (n: string) => sys.units.has(n) || BOX_UNITS.some((b) => b[0] === n);
  const deps = new Set(STATIC[name] ?? []);
  for (const b of BOX_UNITS) {
    if (sys.units.has(b[0]) || fileState(ctx.host, b[0]) !== 'enabled') continue;
    for (const t of WANTED_BY[b[0]] ?? (b[0].endsWith('.service') ? ['multi-user.target'] : [])) if (t === name) deps.add(b[0]);
  }
  for (const u of sys.units.values()) {
    if (u.enabled !== 'enabled') continue;
    const wanted = WANTED_BY[u.name] ?? wantedBy(ctx, u.name);
    if (wanted.includes(name)) deps.add(u.name);
  }
  // links systemctl add-wants/add-requires (or an administrator) made under /etc
  for (const kind of ['wants', 'requires']) {
    const l = ctx.host.fs.list(`/etc/systemd/system/${name}.${kind}`);
    if (typeof l !== 'string') for (const e of l) deps.add(e.name);
  }
  const u = sys.units.get(name);
  if (u) {
    // default dependencies of a service (systemd's own, like journald, set DefaultDependencies=no), then its own
    // Requires=/Wants=
    if (!name.startsWith('systemd-')) {
      deps.add('system.slice');
      deps.add('sysinit.target');
    }
    const file = fileOf(ctx, name);
    // the model keeps no file for the box's own services: Wants= of their packages' unit files
    if (file === null) for (const w of MODEL_WANTS[name] ?? []) deps.add(w);
    const set = unitSettings(file ?? '');
    for (const k of ['Requires', 'Wants', 'Requisite', 'BindsTo']) for (const v of (set.get(k) ?? []).join(' ').split(/\s+/)) if (v) deps.add(v);
  }
  return [...deps].filter(known);
}

function fileOf(ctx: CommandContext, name: string): string | null {
  const u = ctx.host.sys?.units.get(name);
  for (const p of [`/etc/systemd/system/${name}`, u?.path ?? `/usr/lib/systemd/system/${name}`]) {
    const f = ctx.host.fs.read(p);
    if (typeof f === 'string' && f !== 'ENOENT' && f !== 'EISDIR') return f;
  }
  return null;
}

/** WantedBy= of a model unit: its unit file's [Install] section, multi-user.target when the file has none. */
function wantedBy(ctx: CommandContext, name: string): string[] {
  const f = fileOf(ctx, name);
  const w = f === null ? [] : (unitSettings(f).get('WantedBy') ?? []).join(' ').split(/\s+/).filter(Boolean);
  return w.length ? w : ['multi-user.target'];
}

/** What default.target links to (get-default). */
export function defaultTarget(ctx: CommandContext): string {
  const l = ctx.host.fs.readlink('/etc/systemd/system/default.target');
  return typeof l === 'string' && l.includes('/') ? l.slice(l.lastIndexOf('/') + 1) : 'multi-user.target';
}

/** Every unit a target pulls in, itself included (what an isolate keeps). */
export function closure(ctx: CommandContext, name: string): Set<string> {
  const seen = new Set<string>([name]);
  const todo = [name];
  while (todo.length) for (const d of forward(ctx, todo.pop()!)) if (!seen.has(d)) seen.add(d), todo.push(d);
  return seen;
}

function allUnits(ctx: CommandContext): string[] {
  return [...new Set([...ctx.host.sys!.units.keys(), ...BOX_UNITS.map((b) => b[0])])];
}

/** The dependency list list-dependencies walks, by --reverse, --after, --before. */
function deps(ctx: CommandContext, name: string, mode: 'forward' | 'reverse' | 'after' | 'before'): string[] {
  if (name === 'default.target') name = defaultTarget(ctx);
  if (mode === 'forward') return forward(ctx, name);
  if (mode === 'reverse') return allUnits(ctx).filter((u) => forward(ctx, u).includes(name));
  // a target orders itself after what it pulls in (target_add_default_dependencies()), units after their targets' wants
  const after = (u: string) => (u.endsWith('.target') ? forward(ctx, u) : forward(ctx, u).filter((d) => d.endsWith('.target') || d.endsWith('.slice')));
  if (mode === 'after') return after(name);
  return allUnits(ctx).filter((u) => after(u).includes(name));
}

const typeOf = (n: string) => n.slice(n.lastIndexOf('.') + 1);

/** list_dependencies_compare(): targets last, then strcasecmp(). */
function order(a: string, b: string): number {
  const ta = typeOf(a) === 'target';
  const tb = typeOf(b) === 'target';
  if (ta !== tb) return ta ? 1 : -1;
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

export function listDependencies(ctx: CommandContext, patterns: string[]): string {
  const o = ctx.opts!;
  const mode = o.has('reverse') ? 'reverse' : o.has('after') ? 'after' : o.has('before') ? 'before' : 'forward';
  const plain = o.has('plain');
  const all = o.has('all');
  const full = o.has('full');
  const env = ctx.frame.env;
  const color = ctx.tty && env.TERM !== 'dumb' && env.NO_COLOR === undefined && env.SYSTEMD_COLORS !== '0';
  const cols = Math.max(Number(exportedVar(ctx.frame, 'COLUMNS')) || 80, 20);
  const names = patterns.length ? expand(ctx, patterns) : ['default.target'];
  let out = '';
  const print = (name: string, level: number, branches: number, last: boolean) => {
    let len = 0;
    if (!plain) {
      for (let i = level - 1; i >= 0; i--) {
        len += 2;
        if (len > cols - 3 && !full) return void (out += `${cols % 2 ? '' : ' '}...\n`);
        out += branches & (1 << i) ? '│ ' : '  ';
      }
      len += 2;
      if (len > cols - 3 && !full) return void (out += `${cols % 2 ? '' : ' '}...\n`);
      out += last ? '└─' : '├─';
    }
    out += (full || name.length <= cols - len ? name : name.slice(0, Math.max(cols - len - 1, 0)) + '…') + '\n';
  };
  const done: string[] = [];
  const one = (name: string, level: number, branches: number) => {
    done.push(name);
    const list = [...new Set(deps(ctx, name, mode))].sort(order);
    list.forEach((c, i) => {
      const last = i === list.length - 1;
      if (done.includes(c)) {
        if (!plain) {
          out += '  ';
          print('...', level + 1, (branches << 1) | (last ? 0 : 1), true);
        }
        return;
      }
      if (plain) out += '  ';
      else {
        const st = unitState(ctx.host, c)?.active ?? 'inactive';
        const glyph = ['active', 'reloading', 'activating'].includes(st) ? '●' : ['inactive', 'deactivating'].includes(st) ? '○' : '×';
        const on = ['active', 'reloading', 'activating'].includes(st) ? '\x1b[0;1;32m' : ['inactive', 'deactivating'].includes(st) ? '\x1b[0m' : '\x1b[0;1;31m';
        out += color ? `${on}${glyph}\x1b[0m ` : `${glyph} `;
      }
      print(c, level, branches, last);
      if (all || typeOf(c) === 'target') one(c, level + 1, (branches << 1) | (last ? 0 : 1));
    });
    if (!plain) done.splice(done.lastIndexOf(name), 1);
  };
  names.forEach((n, i) => {
    if (i) out += '\n';
    out += n + '\n';
    one(n, 0, 0);
  });
  return out;
}

/** expand_unit_names(): a name without a type is a service; a glob matches the loaded units. */
function expand(ctx: CommandContext, patterns: string[]): string[] {
  const out: string[] = [];
  for (const p of patterns) {
    if (/[*?[]/.test(p)) {
      const re = new RegExp('^' + p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$');
      out.push(...allUnits(ctx).filter((u) => re.test(u)).sort());
    } else out.push(/\.(service|socket|target|timer|mount|automount|swap|path|slice|scope|device)$/.test(p) ? p : p + '.service');
  }
  return out;
}

/** The target a box unit's [Install] section links it into (the first WantedBy=), for the non-service units that
 * enable and disable handle here (timers, sockets, targets with an [Install] section); undefined for the others. */
export function installTarget(name: string): string | undefined {
  const b = BOX_UNITS.find((x) => x[0] === name);
  if (!b || name.endsWith('.service') || !['enabled', 'disabled'].includes(b[4])) return undefined;
  return WANTED_BY[name]?.[0];
}

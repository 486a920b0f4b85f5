// systemctl link, add-wants/add-requires, set-property, clean, bind/mount-image, service-log-level/-target,
// list-machines, clear-jobs and check of systemd 252: systemctl-add-dependency.c, systemctl-set-property.c,
// systemctl-clean-or-freeze.c, systemctl-mount.c, systemctl-log-setting.c, systemctl-list-machines.c and
// systemctl-trivial-method.c of v252-46, with PID 1's answers (src/core/dbus-unit.c, dbus-service.c, unit.c
// unit_write_setting(), dbus-cgroup.c) and install.c's change lines.
import type { CommandContext } from '../../../context';
import type { Yield } from '../../../types';
import { isRoot } from '../../lib/guest';
import { polkit } from '../../lib/polkit';
import { BOX_UNITS } from './box-units';
import { maintenance, unitState } from './state';
import { table } from './tables';

type Run = Generator<Yield, number | undefined, unknown>;

const mangle = (n: string, suffix: string) => (/\.(service|socket|target|timer|mount|automount|swap|path|slice|scope|device)$/.test(n) ? n : n + suffix);
const loaded = (ctx: CommandContext, n: string) => ctx.host.sys!.units.has(n) || BOX_UNITS.some((b) => b[0] === n);
const fragment = (ctx: CommandContext, n: string) => ctx.host.sys!.units.get(n)?.path ?? `/usr/lib/systemd/system/${n}`;

/** Units of the model whose packages' unit files sandbox them (a private mount namespace: chrony's ProtectSystem=,
 * ProtectHome=, PrivateTmp=; NetworkManager's ProtectSystem=, ProtectHome=). */
const NAMESPACED = new Set(['chronyd.service', 'NetworkManager.service']);
/** BusName= of the units that declare one. */
const BUS_NAME: Record<string, string> = { 'NetworkManager.service': 'org.freedesktop.NetworkManager', 'systemd-logind.service': 'org.freedesktop.login1', 'dbus-broker.service': 'org.freedesktop.DBus', 'polkit.service': 'org.freedesktop.PolicyKit1', 'firewalld.service': 'org.fedoraproject.FirewallD1' };

/** The line PID 1 writes into its drop-in for an assignment (dbus-cgroup.c: sizes in bytes, CPUQuota= in whole
 * percent, booleans as yes/no), or the client's parse error (bus-unit-util.c); other properties as typed. */
function written(name: string, value: string): { line: string } | { error: string } {
  const bad = { error: `Failed to parse ${name}=${value}: Invalid argument` };
  if (name === 'TasksMax' && !value.endsWith('%')) return value === 'infinity' ? { line: 'TasksMax=infinity' } : /^\d+$/.test(value) ? { line: `TasksMax=${value}` } : bad;
  if (/^Memory(Min|Low|High|Max|SwapMax|Limit)$/.test(name) && !value.endsWith('%')) {
    if (value === 'infinity') return { line: `${name}=infinity` };
    const m = /^(\d+)([KMGT]?)$/.exec(value);
    return m ? { line: `${name}=${Number(m[1]) * 1024 ** ' KMGT'.indexOf(m[2] || ' ')}` } : bad;
  }
  if (name === 'CPUQuota') {
    const m = /^(\d+(?:\.\d+)?)%$/.exec(value);
    return m ? { line: `CPUQuota=${Math.round(Number(m[1]))}%` } : { error: `CPU quota '${value}' invalid.` };
  }
  if (/^(CPU|Memory|IO|BlockIO|Tasks|IP)Accounting$/.test(name)) {
    if (/^(1|yes|y|true|t|on)$/i.test(value)) return { line: `${name}=yes` };
    if (/^(0|no|n|false|f|off)$/i.test(value)) return { line: `${name}=no` };
    return { error: `Failed to parse ${name}: ${value}` };
  }
  if (/^(Startup)?(CPU|IO)Weight$/.test(name)) return /^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= 10000 ? { line: `${name}=${value}` } : bad;
  return { line: `${name}=${value}` };
}

/** The system manager's unit search path (lookup_paths_init()). */
const SEARCH_PATH = ['/etc/systemd/system.control', '/run/systemd/system.control', '/run/systemd/transient', '/run/systemd/generator.early', '/etc/systemd/system', '/etc/systemd/system.attached', '/run/systemd/system', '/run/systemd/system.attached', '/run/systemd/generator', '/usr/local/lib/systemd/system', '/usr/lib/systemd/system', '/run/systemd/generator.late'];

const PRIVATE_SECTION: Record<string, string> = { service: 'Service', socket: 'Socket', mount: 'Mount', swap: 'Swap', slice: 'Slice', scope: 'Scope' };

export function* otherVerbs(ctx: CommandContext, sub: string, args: string[]): Run {
  const fs = ctx.host.fs;
  switch (sub) {
    case 'check':
      return undefined;
    case 'clear-jobs':
      if (!isRoot(ctx)) {
        ctx.err('Failed to execute operation: Access denied\n');
        return 1;
      }
      return 0;
    case 'list-machines': {
      const sys = ctx.host.sys!;
      const failed = [...sys.units.values()].filter((u) => u.active === 'failed').length;
      const state = maintenance(ctx) ? 'maintenance' : failed ? 'degraded' : 'running';
      const name = `${ctx.host.hostname} (host)`;
      const pats = args.slice(1).map((p) => new RegExp('^' + p.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$'));
      const rows = !pats.length || pats.some((r) => r.test(ctx.host.hostname)) ? [[state === 'running' ? ' ' : '●', name, state, String(failed), '0']] : [];
      const plain = ctx.opts?.has('plain');
      const legend = !ctx.opts?.has('no-legend');
      const cols = ['', 'NAME', 'STATE', 'FAILED', 'JOBS'];
      const out = plain ? table(cols.slice(1), rows.map((r) => r.slice(1)), legend) : table(cols, rows, legend);
      ctx.out(out + (legend ? `\n${rows.length} machines listed.\n` : ''));
      return 0;
    }
    case 'link': {
      // LinkUnitFiles: install.c unit_file_link(), its errors as dbus-manager.c install_error() words them
      const fail = (why: string) => {
        ctx.err(`Failed to link unit: ${why}\n`);
        return 1;
      };
      const todo: string[] = [];
      for (const p of args.slice(1)) {
        if (!p.startsWith('/')) return fail(`File ${p}: Invalid argument`);
        // the model's and the box's unit files count as there (the guest's file system does not hold them all)
        const unitFile = p.startsWith('/usr/lib/systemd/system/') && loaded(ctx, p.slice(p.lastIndexOf('/') + 1));
        if (!fs.exists(p) && !unitFile) return fail(`Unit file ${p} does not exist.`);
        const dir = p.slice(0, p.lastIndexOf('/'));
        if (SEARCH_PATH.includes(dir)) continue;
        if (SEARCH_PATH.some((d) => dir.startsWith(d + '/'))) return fail(`File ${p} is under the systemd unit hierarchy already.`);
        todo.push(p);
      }
      if (todo.length && !isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-unit-files', 'Authentication is required to manage system service or unit files.'))) return fail('Access denied');
      for (const p of todo) {
        const link = `/etc/systemd/system/${p.slice(p.lastIndexOf('/') + 1)}`;
        if (fs.readlink(link) === p) continue;
        if (fs.lget(link)) return fail(`File ${link} already exists.`);
        fs.symlink(p, link);
        ctx.err(`Created symlink ${link} → ${p}.\n`);
      }
      return 0;
    }
    case 'add-wants':
    case 'add-requires': {
      const target = mangle(args[1], '.target');
      const units = args.slice(2).map((n) => mangle(n, '.service'));
      for (const n of [target, ...units]) {
        if (!loaded(ctx, n)) {
          ctx.err(`Failed to add dependency: Unit file ${n} does not exist.\n`);
          return 1;
        }
      }
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-unit-files', 'Authentication is required to manage system service or unit files.'))) {
        ctx.err('Failed to add dependency: Access denied\n');
        return 1;
      }
      const dir = `/etc/systemd/system/${target}.${sub === 'add-wants' ? 'wants' : 'requires'}`;
      for (const n of units) {
        if (fs.lget(`${dir}/${n}`)) continue;
        fs.mkdir(dir, true);
        fs.symlink(fragment(ctx, n), `${dir}/${n}`);
        ctx.err(`Created symlink ${dir}/${n} → ${fragment(ctx, n)}.\n`);
      }
      return 0;
    }
    case 'set-property': {
      const unit = mangle(args[1], '.service');
      const type = unit.slice(unit.lastIndexOf('.') + 1);
      const lines: [string, string][] = [];
      for (const a of args.slice(2)) {
        const eq = a.indexOf('=');
        if (eq < 0) {
          ctx.err(`Not an assignment: ${a}\n`);
          return 1;
        }
        const w = written(a.slice(0, eq), a.slice(eq + 1));
        if ('error' in w) {
          ctx.err(w.error + '\n');
          return 1;
        }
        lines.push([a.slice(0, eq), w.line]);
      }
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-units', `Authentication is required to set properties on '${unit}'.`))) {
        ctx.err(`Failed to set unit properties on ${unit}: Access denied\n`);
        return 1;
      }
      if (!loaded(ctx, unit)) {
        ctx.err(`Failed to set unit properties on ${unit}: Unit ${unit} not found.\n`);
        return 1;
      }
      if (!PRIVATE_SECTION[type]) {
        ctx.err(`Failed to set unit properties on ${unit}: Cannot set property ${lines[0]?.[0] ?? ''}, or unknown property.\n`);
        return 1;
      }
      const dir = `${ctx.opts?.has('runtime') ? '/run' : '/etc'}/systemd/system.control/${unit}.d`;
      for (const [name, line] of lines) {
        fs.mkdir(dir, true);
        fs.write(`${dir}/50-${name}.conf`, `# This is a drop-in unit file extension, created via "systemctl set-property"\n# or an equivalent operation. Do not edit.\n[${PRIVATE_SECTION[type]}]\n${line}\n`);
      }
      return 0;
    }
    case 'clean': {
      const names = args.slice(1).map((n) => mangle(n, '.service'));
      for (const n of names) {
        if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-units', 'Authentication is required to manage system services or other units.'))) {
          ctx.err(`Failed to add reference to unit ${n}: Access denied\n`);
          return 1;
        }
        if (!loaded(ctx, n)) {
          ctx.err(`Failed to add reference to unit ${n}: Unit ${n} not loaded.\n`);
          return 1;
        }
        const t = n.slice(n.lastIndexOf('.') + 1);
        const why = !['service', 'socket', 'mount', 'swap'].includes(t)
          ? `Unit '${n}' does not support cleaning.`
          : unitState(ctx.host, n)?.active !== 'inactive'
            ? 'Unit is not inactive or has pending job.'
            : 'No matching resources found.';
        ctx.err(`Failed to clean unit ${n}: ${why}\n`);
        return 1;
      }
      return 0;
    }
    case 'bind':
    case 'mount-image': {
      const n = mangle(args[1], '.service');
      const fail = (why: string) => {
        ctx.err(`Failed to ${sub === 'bind' ? 'bind mount' : 'mount image'}: ${why}\n`);
        return 1;
      };
      if (!loaded(ctx, n)) return fail(`Unit ${n} not loaded.`);
      const src = args[2];
      const dest = args[3] ?? (sub === 'bind' ? src : '');
      const normal = (p: string) => p.startsWith('/') && !/\/\.\.?(\/|$)|\/\/|.\/$/.test(p);
      if (!normal(src)) return fail('Source path must be absolute and normalized.');
      if (!normal(dest)) return fail('Destination path must be absolute and normalized.');
      if (!isRoot(ctx) && !(yield* polkit(ctx, 'org.freedesktop.systemd1.manage-units', `Authentication is required to mount on '${n}'.`))) return fail('Access denied');
      if (!n.endsWith('.service')) return fail('Unit is not of type .service');
      if (!NAMESPACED.has(n)) return fail('Unit not running in private mount namespace, cannot activate bind mount');
      if (unitState(ctx.host, n)?.active !== 'active') return fail('Unit is not running');
      if (!fs.exists(src)) return fail(`Failed to mount ${src} on ${dest} in unit's namespace: No such file or directory`);
      // the mount happens inside the service's namespace, which nothing else in the guest sees
      return 0;
    }
    case 'service-log-level':
    case 'service-log-target': {
      const n = mangle(args[1], '.service');
      const bus = BUS_NAME[n];
      if (!bus) {
        ctx.err(`Unit ${n} doesn't declare BusName=.\n`);
        if (!ctx.opts?.has('quiet')) {
          const link = ctx.tty ? '\x1b]8;;man:org.freedesktop.LogControl1(5)\x07org.freedesktop.LogControl1(5)\x1b]8;;\x07' : 'org.freedesktop.LogControl1(5)';
          ctx.err(`Hint: the service must declare BusName= and implement the appropriate D-Bus interface.\n      See the ${link} for details.\n`);
        }
        return 1;
      }
      if (n === 'systemd-logind.service') {
        // logind implements org.freedesktop.LogControl1: its level and target, as log_setup() left them
        const st = LOGIND.get(ctx.host) ?? { level: 'info', target: 'auto' };
        LOGIND.set(ctx.host, st);
        const v = args[2];
        const key = sub === 'service-log-level' ? 'level' : 'target';
        if (v === undefined) {
          ctx.out(st[key] + '\n');
          return 0;
        }
        if (key === 'level' && !LEVELS.includes(v) && !/^[0-7]$/.test(v)) {
          ctx.err(`"${v}" is not a valid log level.\n`);
          return 1;
        }
        if (!isRoot(ctx)) {
          ctx.err(`Failed to set log ${key} of ${bus} to ${v}: Access to org.freedesktop.LogControl1.Log${key === 'level' ? 'Level' : 'Target'}() not permitted.\n`);
          return 1;
        }
        st[key] = key === 'level' && /^[0-7]$/.test(v) ? LEVELS[Number(v)] : v;
        return 0;
      }
      // the other services with a BusName= do not implement LogControl1; their bus errors are not modelled
      return 1;
    }
  }
  return undefined;
}

const LEVELS = ['emerg', 'alert', 'crit', 'err', 'warning', 'notice', 'info', 'debug'];
const LOGIND = new WeakMap<object, { level: string; target: string }>();

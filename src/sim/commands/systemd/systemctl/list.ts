// systemctl list-units, list-unit-files and cat: the model's units (services it starts and stops, the ones
// packages installed) with the box's other units, in systemd 252's tables.
import { UNIT_TYPES } from './verbs';
import type { CommandContext } from '../../../context';
import type { SystemdUnit } from '../../../types';
import { BOX_UNITS } from './box-units';
import { fileState, unitState } from './state';
import { presetOf } from './presets';

interface Row {
  name: string;
  active: string;
  sub: string;
  description: string;
  state: string;
  preset: string;
}


function rows(ctx: CommandContext): Row[] {
  const own = [...ctx.host.sys!.units.values()].map((u: SystemdUnit) => ({
    name: u.name,
    active: u.active,
    sub: u.sub,
    description: u.description,
    state: u.name === 'systemd-journald.service' ? 'static' : u.enabled,
    preset: u.name === 'systemd-journald.service' ? '-' : presetOf(ctx.host, u.name),
  }));
  const names = new Set(own.map((r) => r.name));
  const box = BOX_UNITS.filter(([n]) => !names.has(n)).map(([name, active, sub, description, state, preset]) => ({ name, ...(unitState(ctx.host, name) ?? { active, sub }), description, state: fileState(ctx.host, name) ?? state, preset }));
  return [...own, ...box].sort((a, b) => unitOrder(a.name, b.name));
}

/** strcasecmp(): ASCII case folded, byte order. */
function casecmp(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

/** unit_info_compare() of bus-unit-util.c: by the type suffix, then by name, each with strcasecmp(). */
function unitOrder(a: string, b: string): number {
  return casecmp(a.slice(a.lastIndexOf('.')), b.slice(b.lastIndexOf('.'))) || casecmp(a, b);
}

const typeOf = (n: string) => n.slice(n.lastIndexOf('.') + 1);

export function listUnits(ctx: CommandContext, patterns: string[]): string {
  const o = ctx.opts!;
  const types = o.all('type').flatMap((t) => t.split(',')).filter((t) => UNIT_TYPES.includes(t));
  const states = o.all('state').flatMap((t) => t.split(','));
  const all = o.has('all');
  const failed = o.has('failed');
  let list = rows(ctx).filter((r) => (all || r.active !== 'inactive' || states.length) && (!types.length || types.includes(typeOf(r.name))));
  if (states.length) list = list.filter((r) => states.includes(r.active) || states.includes(r.sub));
  if (failed) list = list.filter((r) => r.active === 'failed');
  if (patterns.length) list = list.filter((r) => patterns.some((p) => new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.') + '$').test(r.name)));
  const legend = !o.has('no-legend');
  if (!list.length) return legend ? '  UNIT LOAD ACTIVE SUB DESCRIPTION\n0 loaded units listed.\n' : '';
  const w = (f: (r: Row) => string, h: string) => Math.max(h.length, ...list.map((r) => f(r).length));
  const wn = w((r) => r.name, 'UNIT');
  const wa = w((r) => r.active, 'ACTIVE');
  const ws = w((r) => r.sub, 'SUB');
  let out = legend ? `  ${'UNIT'.padEnd(wn)} LOAD   ${'ACTIVE'.padEnd(wa)} ${'SUB'.padEnd(ws)} DESCRIPTION\n` : '';
  for (const r of list) out += `${r.active === 'failed' ? '●' : ' '} ${r.name.padEnd(wn)} loaded ${r.active.padEnd(wa)} ${r.sub.padEnd(ws)} ${r.description}\n`;
  if (legend) {
    out += '\nLOAD   = Reflects whether the unit definition was properly loaded.\nACTIVE = The high-level unit activation state, i.e. generalization of SUB.\nSUB    = The low-level unit activation state, values depend on unit type.\n';
    out += all ? `${list.length} loaded units listed.\nTo show all installed unit files use 'systemctl list-unit-files'.\n` : `${list.length} loaded units listed. Pass --all to see loaded but inactive units, too.\nTo show all installed unit files use 'systemctl list-unit-files'.\n`;
  }
  return out;
}

export function listUnitFiles(ctx: CommandContext, patterns: string[]): string {
  const o = ctx.opts!;
  const types = o.all('type').flatMap((t) => t.split(',')).filter((t) => UNIT_TYPES.includes(t));
  const states = o.all('state').flatMap((t) => t.split(','));
  let list = rows(ctx).filter((r) => r.state !== '-' && r.state !== 'generated' && (!types.length || types.includes(typeOf(r.name))));
  list = list.sort((a, b) => a.name.localeCompare(b.name));
  if (states.length) list = list.filter((r) => states.includes(r.state));
  if (patterns.length) list = list.filter((r) => patterns.some((p) => new RegExp('^' + p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*') + '$').test(r.name)));
  const wn = Math.max('UNIT FILE'.length, ...list.map((r) => r.name.length));
  const wst = Math.max('STATE'.length, ...list.map((r) => r.state.length));
  const legend = !o.has('no-legend');
  let out = legend ? `${'UNIT FILE'.padEnd(wn)} ${'STATE'.padEnd(wst)} PRESET\n` : '';
  for (const r of list) out += `${r.name.padEnd(wn)} ${r.state.padEnd(wst)} ${r.preset}\n`;
  if (legend) out += `\n${list.length} unit files listed.\n`;
  return out;
}

/** The unit file and drop-ins systemctl cat would show (fragment first). */
export function unitPaths(ctx: CommandContext, name: string): string[] {
  const fs = ctx.host.fs;
  const u = ctx.host.sys?.units.get(name);
  const etc = `/etc/systemd/system/${name}`;
  const frag = fs.isFile(etc) ? etc : u?.path ?? (BOX_UNITS.some((b) => b[0] === name) ? `/usr/lib/systemd/system/${name}` : undefined);
  if (!frag) return [];
  const drops: string[] = [];
  for (const dir of [`/etc/systemd/system.control/${name}.d`, `/run/systemd/system.control/${name}.d`, `/etc/systemd/system/${name}.d`, `/run/systemd/system/${name}.d`, `${u?.path ?? frag}.d`]) {
    const l = fs.list(dir);
    if (typeof l !== 'string') for (const e of l) if (e.name.endsWith('.conf') && !drops.some((d) => d.endsWith('/' + e.name))) drops.push(`${dir}/${e.name}`);
  }
  return [frag, ...drops.sort((a, b) => (a.slice(a.lastIndexOf('/')) < b.slice(b.lastIndexOf('/')) ? -1 : 1))];
}

/** The unit file as `systemctl cat` shows it: each file's path as a comment, then its lines (pretty-print.c cat_files()). */
export function catUnit(ctx: CommandContext, name: string): string | null {
  const u = ctx.host.sys!.units.get(name);
  if (!u) return null;
  return unitPaths(ctx, name)
    .map((p) => {
      const file = ctx.host.fs.read(p);
      const body =
        typeof file === 'string' && file !== 'ENOENT' && file !== 'EISDIR'
          ? file
          : `[Unit]\nDescription=${u.description}\n\n[Service]\nExecStart=${u.execStart}\n\n[Install]\nWantedBy=multi-user.target\n`;
      return `# ${p}\n${body === '' || body.endsWith('\n') ? body : body + '\n'}`;
    })
    .join('\n');
}

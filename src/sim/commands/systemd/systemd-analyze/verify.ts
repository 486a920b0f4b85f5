// systemd-analyze verify of systemd 252 (analyze-verify-util.c, config_parse() of conf-parser.c and the parsers of
// load-fragment.c, v252-46): each unit file is read as PID 1 reads it, with its warnings (unknown sections and keys,
// values a parser refuses), then checked as a start would check it (no ExecStart=, a command that is not there, a
// Requires= of a unit that does not exist). The messages are those Debian 12's systemd-analyze (252.39) prints for
// the same files (tests/golden/systemd, sa-verify-*).
import type { CommandContext } from '../../../context';
import { findCommand } from '../../../registry';
import { binDir } from '../../lib/paths';
import { BOX_UNITS } from '../systemctl/box-units';
import { parseTime } from './timeutil';
import { SYSTEMD_UNITS, UNIT_KEYS } from './unit-keys';

const TYPES = ['service', 'socket', 'target', 'timer', 'mount', 'automount', 'swap', 'path', 'slice', 'scope', 'device'];
/** The sections a unit type's files have besides [Unit] and [Install] (the unit vtables' .sections). */
const TYPE_SECTION: Record<string, string | null> = { service: 'Service', socket: 'Socket', timer: 'Timer', mount: 'Mount', automount: 'Automount', swap: 'Swap', path: 'Path', slice: 'Slice', scope: 'Scope', target: null, device: null };

const BOOL = /^(1|yes|y|true|t|on|0|no|n|false|f|off)$/i;
const SERVICE_TYPES = ['simple', 'forking', 'oneshot', 'dbus', 'notify', 'notify-reload', 'idle', 'exec'];
const RESTART = ['no', 'on-success', 'on-failure', 'on-abnormal', 'on-watchdog', 'on-abort', 'always'];
const KILL_MODES = ['control-group', 'process', 'mixed', 'none'];

/** The warning a parser logs for a value it refuses, or null when the value is fine (or not checked here). */
function badValue(parser: string, key: string, value: string): string | null {
  const v = value.trim();
  switch (parser) {
    case 'bool':
      return v === '' || BOOL.test(v) ? null : `Failed to parse boolean value, ignoring: ${v}`;
    case 'service_type':
      return v === '' || SERVICE_TYPES.includes(v) ? null : `Failed to parse service type, ignoring: ${v}`;
    case 'service_restart':
      return v === '' || RESTART.includes(v) ? null : `Failed to parse service restart specifier, ignoring: ${v}`;
    case 'kill_mode':
      return v === '' || KILL_MODES.includes(v) ? null : `Failed to parse kill mode specification, ignoring: ${v}`;
    case 'sec':
      return v === '' || typeof parseTime(v) !== 'string' ? null : `Failed to parse sec value, ignoring: ${v}`;
    case 'sec_fix_0':
      return v === '' || typeof parseTime(v) !== 'string' ? null : `Failed to parse time value, ignoring: ${v}`;
    case 'service_timeout':
      return v === '' || typeof parseTime(v) !== 'string' ? null : `Failed to parse ${key}= parameter, ignoring: ${v}`;
    case 'exec_nice':
      return /^[-+]?\d+$/.test(v) && (Number(v) < -20 || Number(v) > 19) ? `Nice priority out of range, ignoring: ${v}` : null;
    case 'rlimit':
      return v === '' || v.split(':').every((p) => /^(infinity|\d+(\.\d+)?\s*[KMGTPE]?i?B?)$/i.test(p.trim()) || (key !== 'LimitCPU' && /^\d+$/.test(p))) ? null : `Failed to parse resource value, ignoring: ${v}`;
  }
  return null;
}

interface Parsed {
  warnings: string[];
  settings: Map<string, string[]>;
}

/** config_parse(): sections, continuation lines, comments, the keys each section takes. */
function parseUnit(text: string, file: string, type: string): Parsed {
  const allowed = ['Unit', 'Install', ...(TYPE_SECTION[type] ? [TYPE_SECTION[type]!] : [])];
  const warnings: string[] = [];
  const settings = new Map<string, string[]>();
  const raw = text.split('\n');
  let section: string | null = null;
  let skip = false;
  for (let i = 0; i < raw.length; i++) {
    const start = i + 1;
    let line = raw[i];
    // a line ending in a backslash goes on (comments inside the continuation are left out)
    while (/\\$/.test(line) && i + 1 < raw.length) {
      i++;
      if (/^\s*[#;]/.test(raw[i])) continue;
      line = line.slice(0, -1) + ' ' + raw[i];
    }
    const l = line.trim();
    if (!l || l.startsWith('#') || l.startsWith(';')) continue;
    const at = `${file}:${start}: `;
    if (l.startsWith('[')) {
      const name = l.endsWith(']') ? l.slice(1, -1) : null;
      if (name === null) {
        warnings.push(`${at}Invalid section header '${l}'`);
        continue;
      }
      section = name;
      skip = !allowed.includes(name);
      if (skip && !name.startsWith('X-')) warnings.push(`${at}Unknown section '${name}'. Ignoring.`);
      continue;
    }
    if (section === null) {
      warnings.push(`${at}Assignment outside of section. Ignoring.`);
      continue;
    }
    if (skip) continue;
    const eq = l.indexOf('=');
    if (eq < 0) {
      warnings.push(`${at}Missing '=', ignoring line.`);
      continue;
    }
    const key = l.slice(0, eq).trim();
    const value = l.slice(eq + 1).trim();
    const parser = UNIT_KEYS[section]?.[key];
    if (parser === undefined) {
      if (!key.startsWith('X-')) warnings.push(`${at}Unknown key '${key}' in section [${section}], ignoring.`);
      continue;
    }
    const bad = badValue(parser, key, value);
    if (bad) {
      warnings.push(at + bad);
      continue;
    }
    const k = `${section}.${key}`;
    if (value === '') settings.delete(k);
    else settings.set(k, [...(settings.get(k) ?? []), value]);
  }
  return { warnings, settings };
}

/** Whether the guest has a unit of this name (the model's, the box's list, systemd's own units or a file). */
function unitExists(ctx: CommandContext, name: string): boolean {
  if (ctx.host.sys?.units.has(name) || BOX_UNITS.some((b) => b[0] === name)) return true;
  const template = name.replace(/@[^.]+\./, '@.');
  if (SYSTEMD_UNITS.includes(name) || SYSTEMD_UNITS.includes(template)) return true;
  return ['/etc/systemd/system/', '/run/systemd/system/', '/usr/lib/systemd/system/'].some((d) => ctx.host.fs.isFile(d + name) || ctx.host.fs.isFile(d + template));
}

/** Where a command of ExecStart= would be run from: an absolute path, or the first hit of the manager's PATH. */
function commandFound(ctx: CommandContext, cmd: string): boolean {
  const fs = ctx.host.fs;
  // the guest's programs: files on its disk, or the commands it answers in /usr/bin and /usr/sbin (as which finds them)
  const program = (dir: string, name: string) => {
    if (fs.isFile(`${dir}/${name}`)) return true;
    const d = findCommand('bash', name);
    return !!d && (!d.available || d.available(ctx.host, ctx.world)) && (dir === '/bin' || dir === '/sbin' ? '/usr' + dir : dir) === binDir(name);
  };
  // the daemons of the model's units (sshd, chronyd, containerd, ...) are installed with their packages
  if ([...(ctx.host.sys?.units.values() ?? [])].some((u) => u.execStart.split(' ')[0] === cmd || u.execStart.split(' ')[0].endsWith('/' + cmd))) return true;
  if (cmd.startsWith('/')) return program(cmd.slice(0, cmd.lastIndexOf('/')), cmd.slice(cmd.lastIndexOf('/') + 1));
  return ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin'].some((d) => program(d, cmd));
}

/** verify_units(): the text written to stderr and the exit status. */
export function verifyUnits(ctx: CommandContext, args: string[]): { err: string; code: number } {
  let err = '';
  let code = 0;
  const loaded: { name: string; path: string; text: string }[] = [];
  for (const a of args) {
    const base = a.slice(a.lastIndexOf('/') + 1);
    const m = /^([\w:.\\-]+(@[\w:.\\-]*)?)\.(\w+)$/.exec(base);
    if (!m || !TYPES.includes(m[3])) return { err: `Failed to prepare filename ${a}: Invalid argument\n`, code: 1 };
    let path = a.includes('/') ? ctx.resolve(a) : ['/etc/systemd/system/', '/run/systemd/system/', '/usr/lib/systemd/system/'].map((d) => d + a).find((p) => ctx.host.fs.isFile(p)) ?? '';
    let text = path ? ctx.host.fs.read(path) : 'ENOENT';
    // a unit of the model by name: the file `systemctl cat` shows for it
    const own = !a.includes('/') && !path ? ctx.host.sys?.units.get(a) : undefined;
    if (own) {
      path = own.path;
      text = `[Unit]\nDescription=${own.description}\n\n[Service]\nExecStart=${own.execStart}\n\n[Install]\nWantedBy=multi-user.target\n`;
    }
    if (typeof text !== 'string' || /^E[A-Z]+$/.test(text)) {
      err += `Unit ${base} not found.\n`;
      return { err, code: 1 };
    }
    loaded.push({ name: base, path, text });
  }
  for (const u of loaded) {
    const type = u.name.slice(u.name.lastIndexOf('.') + 1);
    const p = parseUnit(u.text, u.path, type);
    err += p.warnings.map((w) => w + '\n').join('');
    if (type === 'service') {
      const starts = ['ExecStart', 'ExecStop'].some((k) => p.settings.has(`Service.${k}`)) || p.settings.has('Unit.SuccessAction');
      if (!starts) {
        err += `${u.name}: Service has no ExecStart=, ExecStop=, or SuccessAction=. Refusing.\nUnit ${u.name} has a bad unit file setting.\n`;
        code = 1;
        continue;
      }
      const missing = ['Requires', 'Requisite', 'BindsTo'].flatMap((k) => (p.settings.get(`Unit.${k}`) ?? []).flatMap((v) => v.split(/\s+/))).find((d) => d && !unitExists(ctx, d));
      if (missing) {
        err += `${u.name}: Failed to create ${u.name}/start: Unit ${missing} not found.\n`;
        code = 1;
        continue;
      }
      for (const k of ['ExecStartPre', 'ExecStart', 'ExecStartPost', 'ExecReload', 'ExecStop', 'ExecStopPost']) {
        for (const line of p.settings.get(`Service.${k}`) ?? []) {
          const cmd = line.replace(/^[-@:+!]+/, '').trim().split(/\s+/)[0];
          if (cmd && !commandFound(ctx, cmd)) {
            err += `${u.name}: Command ${cmd} is not executable: No such file or directory\n`;
            code = 1;
          }
        }
      }
    }
  }
  return { err, code };
}

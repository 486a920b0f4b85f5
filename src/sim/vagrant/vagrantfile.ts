// The Ruby subset that real Vagrantfiles use, evaluated into machine configs.
// Supports: comments, constants/locals, strings with #{} interpolation, heredocs (<<-X, <<~X),
// numbers, symbols, arrays, hashes, ranges, + - * /, method calls with or without parentheses,
// keyword arguments, do...end / { } blocks with |params|, (a..b).each, N.times, each on arrays, if/unless.
// The reading is in ruby/ (lexer, parser, evaluator); this module maps the result onto machine configs.
import type { MachineConfig, Provisioner } from '../types';
import { lex, RubySyntaxError } from './ruby/lexer';
import { Parser, type Node } from './ruby/parser';
import { ConfigObj, Evaluator, NameErr, ROOT_SECTIONS, SSH_SETTINGS, VB_CALLS, VB_SETTINGS, VM_CALLS, VM_SETTINGS, toS, type Value } from './ruby/evaluator';


export type VagrantfileResult =
  | {
      ok: true;
      machines: MachineConfig[];
      /** The errors of the first machine (in the Vagrantfile's order) whose configuration does not validate. */
      errors: Map<string, string[]>;
      /** Each machine's validation errors by section (empty when it validates). */
      machineErrors: Map<string, Map<string, string[]>>;
      /** What validating each machine warns about (vagrant.config.vm.network_ip_ends_in_one), before its errors. */
      machineWarnings: Map<string, string[]>;
    }
  | { ok: false; kind: 'syntax' | 'early'; message: string }
  | { ok: false; kind: 'name' | 'load'; line: number; message: string; exceptionClass?: string; path?: string };

/**
 * config/loader.rb inside the Windows installation of 2.4.3 (INSTALLDIR Vagrant under Program Files, GEM_HOME
 * embedded\gems: hashicorp/vagrant-installers package/windows), where the NoMethodError of an unknown
 * configuration version is raised; its message as the installer's Ruby 3.3 words it.
 */
const LOADER_RB = 'C:/Program Files/Vagrant/embedded/gems/gems/vagrant-2.4.3/lib/vagrant/config/loader.rb';
const NIL_LOAD = "private method `load' called for nil";

// ------------------------------------------------------------------ to machine configs

function num(v: Value | undefined): number | null {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^\d+$/.test(v.trim())) return Number(v);
  return null;
}
function str(v: Value | undefined): string | null {
  if (v === undefined || v === null) return null;
  return toS(v);
}

function emptyMachine(name: string): MachineConfig {
  return {
    name, box: null, boxVersion: null, boxUrl: null, hostname: null, privateIps: [], forwardedPorts: [], cpus: null, memory: null,
    vmName: null, gui: false, provisioners: [], syncedFolders: [], primary: false, autostart: true,
  };
}

/**
 * What a machine's configuration gathered while it was read, for its validation (plugins/kernel_v2/config/vm.rb
 * `validate`): names the config objects did not know (kept as a set and printed sorted, as `_detected_errors`
 * does), the forwarded ports by their id (host_ip, protocol and host port unless given: the same id merges), and
 * the errors found on the way, by section with their place in vm.rb's order.
 */
interface Acc {
  bad: Set<string>;
  vbBad: Set<string>;
  ports: Map<string, { guest: Value | undefined; host: Value | undefined; id?: string }>;
  errs: Map<string, { rank: number; msg: string }[]>;
  /** Warnings validate prints on the machine's UI (a static IP ending in .1). */
  warns: string[];
}
/** The order in which vm.rb's validate adds its errors to the vm section. */
const RANK = { box: 1, hostname: 2, folder: 3, network: 4, provisioner: 5, name: 6 } as const;
/** A synced folder whose host path must be a folder next to the Vagrantfile: resolved by resolveHostPaths. */
const HOSTPATH = '\u0000hostpath\u0000';

const newAcc = (): Acc => ({ bad: new Set(), vbBad: new Set(), ports: new Map(), errs: new Map(), warns: [] });
const copyAcc = (a: Acc): Acc => ({
  bad: new Set(a.bad),
  vbBad: new Set(a.vbBad),
  ports: new Map([...a.ports].map(([k, v]) => [k, { ...v }])),
  errs: new Map([...a.errs].map(([k, v]) => [k, [...v]])),
  warns: [...a.warns],
});
function addErr(acc: Acc, section: string, msg: string, rank = 0): void {
  const list = acc.errs.get(section) ?? [];
  list.push({ rank, msg });
  acc.errs.set(section, list);
}

/** Apply a vm config namespace onto a machine config, gathering what its validation needs. */
function applyVm(vm: ConfigObj, m: MachineConfig, acc: Acc, defines: { name: string; opts: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] | null): void {
  const err = (section: string, msg: string, rank = 0) => addErr(acc, section, msg, rank);
  for (const [k, v] of vm.settings) {
    if (!VM_SETTINGS.has(k)) {
      acc.bad.add(k);
      continue;
    }
    if (k === 'box') m.box = str(v);
    else if (k === 'box_version') m.boxVersion = str(v);
    else if (k === 'box_url') m.boxUrl = str(v);
    else if (k === 'hostname' || k === 'host_name') m.hostname = str(v);
  }
  for (const c of vm.calls) {
    switch (c.name) {
      case 'define':
        if (defines) defines.push({ name: toS(c.args[0] ?? ''), opts: c.kwargs, block: c.block });
        break;
      case 'network': {
        const type = toS(c.args[0] ?? '');
        if (type === 'private_network') {
          // an address, or DHCP when none is given; a type other than dhcp needs the address
          const ip = c.kwargs.get('ip');
          const t = c.kwargs.get('type');
          if (ip !== undefined && ip !== null) m.privateIps.push(toS(ip));
          if (ip !== undefined && ip !== null && /[.:]1$/.test(toS(ip)) && toS(t ?? null) !== 'dhcp')
            acc.warns.push('You assigned a static IP ending in ".1" or ":1" to this machine.\nThis is very often used by the router and can cause the\nnetwork to not work properly. If the network doesn\'t work\nproperly, try changing this IP.');
          else if (t !== undefined && t !== null && toS(t) !== 'dhcp') err('vm', 'An IP is required for a private network.', RANK.network);
          else m.privateIps.push('dhcp');
        } else if (type === 'forwarded_port') {
          const given = c.kwargs.get('id');
          const host = c.kwargs.get('host');
          const proto = c.kwargs.get('protocol');
          const id = given !== undefined && given !== null ? toS(given) : `${toS(c.kwargs.get('host_ip') ?? null)}${proto ? toS(proto) : 'tcp'}${toS(host ?? null)}`;
          const prev = acc.ports.get(id);
          const next = { guest: c.kwargs.has('guest') ? c.kwargs.get('guest') : prev?.guest, host: c.kwargs.has('host') ? host : prev?.host, ...(given !== undefined ? { id: toS(given ?? null) } : prev?.id !== undefined ? { id: prev.id } : {}) };
          acc.ports.set(id, next);
        } else if (type !== 'public_network') err('vm', `Network type '${type}' is invalid. Please use a valid network type.`, RANK.network);
        break;
      }
      case 'provider': {
        const prov = toS(c.args[0] ?? '');
        if (prov === 'virtualbox' && c.block) {
          const vb = new ConfigObj('provider', 'VirtualBox Provider');
          c.block(vb);
          for (const [k, v] of vb.settings) {
            if (!VB_SETTINGS.has(k)) acc.vbBad.add(k);
            else if (k === 'memory') m.memory = num(v) ?? m.memory;
            else if (k === 'cpus') m.cpus = num(v) ?? m.cpus;
            else if (k === 'name') m.vmName = str(v);
            else if (k === 'gui') m.gui = v === true;
          }
          for (const vc of vb.calls) {
            if (!VB_CALLS.has(vc.name)) acc.vbBad.add(vc.name);
            else m.customize = (m.customize ?? 0) + 1;
          }
        }
        break;
      }
      case 'provision': {
        // provision "name", type: "shell" names the provisioner; provision "shell" is an unnamed one of that type
        const named = c.kwargs.get('type') !== undefined;
        const type = named ? toS(c.kwargs.get('type')!) : toS(c.args[0] ?? '');
        const p: Provisioner = { type: type === 'file' ? 'file' : 'shell', kind: type, ...(named ? { name: toS(c.args[0] ?? '') } : {}) };
        const inline = c.kwargs.get('inline');
        const path = c.kwargs.get('path');
        const args = c.kwargs.get('args');
        if (inline !== undefined) p.inline = toS(inline);
        if (path !== undefined) p.path = toS(path);
        if (args !== undefined) p.args = Array.isArray(args) ? args.map(toS) : [toS(args)];
        if (c.kwargs.get('run') !== undefined) p.run = toS(c.kwargs.get('run')!);
        if (c.block) {
          const s = new ConfigObj('provision', 'shell provisioner');
          c.block(s);
          if (s.settings.has('inline')) p.inline = toS(s.settings.get('inline')!);
          if (s.settings.has('path')) p.path = toS(s.settings.get('path')!);
        }
        if (type === 'shell' && p.inline === undefined && p.path === undefined) err('shell provisioner', 'One of `path` or `inline` must be set.', RANK.provisioner);
        if (type !== 'shell' && type !== 'file' && type !== 'ansible' && type !== 'ansible_local' && type !== 'docker')
          err('vm', `The '${type}' provisioner could not be found.`, RANK.provisioner);
        m.provisioners.push(p);
        break;
      }
      case 'synced_folder': {
        // keyed by the guest path: the same guest path again replaces the folder (vm.rb synced_folder)
        const host = toS(c.args[0] ?? '').replace(/\\/g, '/');
        const guest = toS(c.args[1] ?? '').replace(/\/$/, '');
        const opts = { create: c.kwargs.get('create') === true, disabled: c.kwargs.get('disabled') === true };
        const f = { host, guest, ...opts };
        const at = m.syncedFolders.findIndex((x) => x.guest === guest);
        if (at >= 0) m.syncedFolders[at] = f;
        else m.syncedFolders.push(f);
        break;
      }
      default:
        if (!VM_CALLS.has(c.name)) acc.bad.add(c.name);
    }
  }
}

/** Gem::Requirement's pattern for one constraint (`>= 2`, `~> 1.0`, `5.0.0`). */
const REQUIREMENT = /^\s*(=|!=|>|<|>=|<=|~>)?\s*[0-9]+(\.[0-9a-zA-Z]+)*(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?\s*$/;

/** The machine's settings checked as vm.rb's validate checks them, in its order; the forwarded ports set. */
function finish(m: MachineConfig, acc: Acc, defined: string[]): Map<string, string[]> {
  const err = (section: string, msg: string, rank = 0) => addErr(acc, section, msg, rank);
  if (acc.bad.size) err('vm', `The following settings shouldn't exist: ${[...acc.bad].sort().join(', ')}`);
  if (acc.vbBad.size) err('VirtualBox Provider', `The following settings shouldn't exist: ${[...acc.vbBad].sort().join(', ')}`);
  if (m.box === null) err('vm', 'A box must be specified.', RANK.box);
  else if (m.box === '') err('vm', `Box value for guest '${m.name}' is an empty string.`, RANK.box);
  if (m.hostname !== null && !/^[a-z0-9][-.a-z0-9]*$/i.test(m.hostname))
    err('vm', `The hostname set for the VM '${m.name}' should only contain letters, numbers,\nhyphens or dots. It cannot start with a hyphen or dot.`, RANK.hostname);
  for (const f of m.syncedFolders) {
    if (f.disabled) continue;
    if (f.guest && !f.guest.startsWith('/') && !/^\w+:/.test(f.guest)) err('vm', `The shared folder guest path must be absolute: ${f.guest}`, RANK.folder);
    if (!f.create) err('vm', HOSTPATH + f.host, RANK.folder);
  }
  let fpError = false;
  const ports = (v: Value | undefined) => (typeof v === 'number' && Number.isInteger(v) ? v : typeof v === 'string' && /^\d+/.test(v) ? parseInt(v, 10) : null);
  m.forwardedPorts = [];
  for (const p of acc.ports.values()) {
    const guest = ports(p.guest);
    const host = ports(p.host);
    if (!fpError && (p.guest === undefined || p.guest === null || p.host === undefined || p.host === null)) {
      err('vm', 'Forwarded port definitions require a "host" and "guest" value', RANK.network);
      fpError = true;
    }
    const inRange = (x: number | null) => x !== null && x >= 1 && x <= 65535;
    if (!inRange(host) || !inRange(guest)) err('vm', 'Ports to forward must be 1 to 65535', RANK.network);
    else m.forwardedPorts.push({ guest: guest!, host: host!, ...(p.id !== undefined ? { id: p.id } : {}) });
  }
  for (const n of defined) if (/[[\]{}/]/.test(n)) err('vm', `The sub-VM name '${n}' is invalid. Please don't use special characters.`, RANK.name);
  const out = new Map<string, string[]>();
  for (const [k, list] of acc.errs) out.set(k, [...list].sort((a, b) => a.rank - b.rank).map((e) => e.msg));
  return out;
}

/**
 * The result with each synced folder's host path checked against the folder of the Vagrantfile (relative paths are
 * expanded from it): `The host path of the shared folder is missing: %{path}` where it is not a folder.
 */
export function resolveHostPaths(r: VagrantfileResult, isDir: (hostPath: string) => boolean): VagrantfileResult {
  if (!r.ok) return r;
  const fix = (errs: Map<string, string[]>) => {
    const out = new Map<string, string[]>();
    for (const [k, list] of errs) {
      const kept = list.flatMap((e) => (e.startsWith(HOSTPATH) ? (isDir(e.slice(HOSTPATH.length)) ? [] : [`The host path of the shared folder is missing: ${e.slice(HOSTPATH.length)}`]) : [e]));
      if (kept.length) out.set(k, kept);
    }
    return out;
  };
  const machineErrors = new Map([...r.machineErrors].map(([k, v]) => [k, fix(v)]));
  const first = r.machines.find((m) => machineErrors.get(m.name)?.size);
  return { ...r, machineErrors, errors: first ? machineErrors.get(first.name)! : new Map() };
}

/**
 * What the Vagrantfiles read lately gave, by their text: every vagrant command reads the Vagrantfile again, and its
 * reading depends on nothing but the text (ENV is empty), so one reading serves until the text changes. Nothing
 * changes a result once made: the machine configs are copied into the machines they describe.
 */
const results = new Map<string, VagrantfileResult>();

/** A Vagrantfile's machine configs (or the error Vagrant would report). */
export function parseVagrantfile(src: string): VagrantfileResult {
  let r = results.get(src);
  if (r) return r;
  r = evaluate(src);
  if (results.size >= 16) results.delete(results.keys().next().value!);
  results.set(src, r);
  return r;
}

/** Evaluate a Vagrantfile's text into machine configs (or the error Vagrant would report). */
function evaluate(src: string): VagrantfileResult {
  let ast: Node[];
  try {
    ast = new Parser(lex(src)).program();
  } catch (e) {
    if (e instanceof RubySyntaxError) return { ok: false, kind: 'syntax', message: `${e.line}: ${e.message}` };
    throw e;
  }
  const ev = new Evaluator();
  try {
    ev.run(ast, { vars: new Map<string, Value>([['ENV', new Map<string, Value>()], ['ARGV', []]]), parent: null });
  } catch (e) {
    if (e instanceof NameErr) {
      // config/loader.rb rescues NameError (NoMethodError too) as a name error, its message cut after the name
      const name = e.cls === 'NameError' || e.cls === 'NoMethodError';
      return { ok: false, kind: name ? 'name' : 'load', line: e.line, message: name ? e.message.replace(/' for .*$/, "'") : e.message, exceptionClass: e.cls };
    }
    throw e;
  }
  if (ev.unknownVersion) return { ok: false, kind: 'name', line: 0, message: NIL_LOAD, path: LOADER_RB };
  const base = newAcc();
  for (const [k, v] of ev.root.settings) {
    if (!ROOT_SECTIONS.has(k)) addErr(base, 'Vagrant', `Unknown configuration section '${k}'.`);
    if (k === 'ssh' && v && typeof v === 'object' && 'obj' in v) {
      const bad = [...new Set(v.obj.settings.keys())].filter((x) => !SSH_SETTINGS.has(x));
      if (bad.length) addErr(base, 'SSH', `The following settings shouldn't exist: ${bad.sort().join(', ')}`);
    }
  }
  const vmVal = ev.root.settings.get('vm');
  const vm = vmVal && typeof vmVal === 'object' && 'obj' in vmVal ? vmVal.obj : new ConfigObj('vm', 'vm');
  const defines: { name: string; opts: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] = [];
  const global = emptyMachine('default');
  applyVm(vm, global, base, defines);
  const machines: MachineConfig[] = [];
  const accs = new Map<string, Acc>();
  if (!defines.length) {
    machines.push(global);
    accs.set('default', base);
  }
  for (const d of defines) {
    const existing = machines.find((x) => x.name === d.name);
    const m: MachineConfig = existing ?? { ...structuredClone(global), name: d.name };
    const acc = accs.get(d.name) ?? copyAcc(base);
    if (d.block) {
      const child = new ConfigObj('root', 'root');
      d.block(child);
      const cvmVal = child.settings.get('vm');
      if (cvmVal && typeof cvmVal === 'object' && 'obj' in cvmVal) applyVm(cvmVal.obj, m, acc, null);
      for (const k of child.settings.keys()) if (!ROOT_SECTIONS.has(k)) addErr(acc, 'Vagrant', `Unknown configuration section '${k}'.`);
    }
    if (d.opts.get('primary') === true) m.primary = true;
    if (d.opts.get('autostart') === false) m.autostart = false;
    if (!existing) machines.push(m);
    accs.set(d.name, acc);
  }
  // box_collection.rb find: each constraint of box_version must be a Gem::Requirement, before anything is validated
  for (const m of machines) {
    const bad = m.box ? (m.boxVersion ?? '').split(',').find((v) => v.trim() && !REQUIREMENT.test(v)) : undefined;
    if (bad !== undefined)
      return {
        ok: false,
        kind: 'early',
        message: `The format of box version provided (${bad.trim()}) is incorrect. The\nversion must follow the semantic versioning format or semantic\nversioning compatible constraint format. Examples of valid values:\n\n  2.0\n  2.1.4\n  >= 2\n  < 3.0.0`,
      };
  }
  const names = defines.map((d) => d.name);
  const machineErrors = new Map(machines.map((m) => [m.name, finish(m, accs.get(m.name)!, names)]));
  const first = machines.find((m) => machineErrors.get(m.name)!.size);
  const machineWarnings = new Map(machines.map((m) => [m.name, accs.get(m.name)!.warns]));
  return { ok: true, machines, errors: first ? machineErrors.get(first.name)! : new Map(), machineErrors, machineWarnings };
}


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
  | { ok: true; machines: MachineConfig[]; errors: Map<string, string[]> }
  | { ok: false; kind: 'syntax'; message: string }
  | { ok: false; kind: 'name' | 'load'; line: number; message: string; exceptionClass?: string };

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

/** Apply a vm config namespace onto a machine config; collect errors by section. */
function applyVm(vm: ConfigObj, m: MachineConfig, errors: Map<string, string[]>, defines: { name: string; opts: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] | null): void {
  const err = (section: string, msg: string) => {
    const list = errors.get(section) ?? [];
    if (!list.includes(msg)) list.push(msg);
    errors.set(section, list);
  };
  const bad: string[] = [];
  for (const [k, v] of vm.settings) {
    if (!VM_SETTINGS.has(k)) {
      bad.push(k);
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
          const ip = c.kwargs.get('ip');
          if (ip !== undefined && ip !== null) m.privateIps.push(toS(ip));
          else if (c.kwargs.get('type') !== undefined) m.privateIps.push('dhcp');
          else err('vm', 'An IP is required for a private network.');
        } else if (type === 'forwarded_port') {
          const g = num(c.kwargs.get('guest'));
          const h = num(c.kwargs.get('host'));
          if (g === null || h === null) err('vm', 'Forwarded port definitions require a "host" and "guest" value');
          else m.forwardedPorts.push({ guest: g, host: h, id: str(c.kwargs.get('id')) ?? undefined });
        } else if (type !== 'public_network') err('vm', `Network type '${type}' is invalid. Please use a valid network type.`);
        break;
      }
      case 'provider': {
        const prov = toS(c.args[0] ?? '');
        if (prov === 'virtualbox' && c.block) {
          const vb = new ConfigObj('provider', 'VirtualBox Provider');
          c.block(vb);
          const badVb: string[] = [];
          for (const [k, v] of vb.settings) {
            if (!VB_SETTINGS.has(k)) badVb.push(k);
            else if (k === 'memory') m.memory = num(v) ?? m.memory;
            else if (k === 'cpus') m.cpus = num(v) ?? m.cpus;
            else if (k === 'name') m.vmName = str(v);
            else if (k === 'gui') m.gui = v === true;
          }
          for (const vc of vb.calls) {
            if (!VB_CALLS.has(vc.name)) badVb.push(vc.name);
            else m.customize = (m.customize ?? 0) + 1;
          }
          if (badVb.length) err('VirtualBox Provider', `The following settings shouldn't exist: ${badVb.join(', ')}`);
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
        if (type === 'shell' && p.inline === undefined && p.path === undefined) err('shell provisioner', 'One of `path` or `inline` must be set.');
        if (type !== 'shell' && type !== 'file' && type !== 'ansible' && type !== 'ansible_local' && type !== 'docker')
          err('vm', `The '${type}' provisioner could not be found.`);
        m.provisioners.push(p);
        break;
      }
      case 'synced_folder':
        m.syncedFolders.push({ host: toS(c.args[0] ?? ''), guest: toS(c.args[1] ?? ''), disabled: c.kwargs.get('disabled') === true });
        break;
      default:
        if (!VM_CALLS.has(c.name)) bad.push(c.name);
    }
  }
  if (bad.length) err('vm', `The following settings shouldn't exist: ${bad.join(', ')}`);
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
      return { ok: false, kind: e.cls === 'NameError' ? 'name' : 'load', line: e.line, message: e.message, exceptionClass: e.cls };
    }
    throw e;
  }
  const errors = new Map<string, string[]>();
  for (const [k, v] of ev.root.settings) {
    if (!ROOT_SECTIONS.has(k)) {
      const list = errors.get('Vagrant') ?? [];
      list.push(`Unknown configuration section '${k}'.`);
      errors.set('Vagrant', list);
    }
    if (k === 'ssh' && v && typeof v === 'object' && 'obj' in v) {
      const bad = [...v.obj.settings.keys()].filter((x) => !SSH_SETTINGS.has(x));
      if (bad.length) errors.set('SSH', [`The following settings shouldn't exist: ${bad.join(', ')}`]);
    }
  }
  const vmVal = ev.root.settings.get('vm');
  const vm = vmVal && typeof vmVal === 'object' && 'obj' in vmVal ? vmVal.obj : new ConfigObj('vm', 'vm');
  const defines: { name: string; opts: Map<string, Value>; block: ((o: ConfigObj) => void) | null }[] = [];
  const global = emptyMachine('default');
  applyVm(vm, global, errors, defines);
  const machines: MachineConfig[] = [];
  if (!defines.length) machines.push(global);
  for (const d of defines) {
    const existing = machines.find((x) => x.name === d.name);
    const m: MachineConfig = existing ?? { ...structuredClone(global), name: d.name };
    if (d.block) {
      const child = new ConfigObj('root', 'root');
      d.block(child);
      const cvmVal = child.settings.get('vm');
      if (cvmVal && typeof cvmVal === 'object' && 'obj' in cvmVal) applyVm(cvmVal.obj, m, errors, null);
      for (const k of child.settings.keys())
        if (!ROOT_SECTIONS.has(k)) errors.set('Vagrant', [...(errors.get('Vagrant') ?? []), `Unknown configuration section '${k}'.`]);
    }
    if (d.opts.get('primary') === true) m.primary = true;
    if (d.opts.get('autostart') === false) m.autostart = false;
    if (!existing) machines.push(m);
  }
  for (const m of machines) if (!m.box) errors.set('vm', [...(errors.get('vm') ?? []).filter((x) => x !== 'A box must be specified.'), 'A box must be specified.']);
  return { ok: true, machines, errors };
}


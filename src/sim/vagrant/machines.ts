// Vagrant projects and machines in the world: loading the Vagrantfile, creating and removing guests.
import type { Host, Machine, MachineConfig, VagrantProject, BoxVersion } from '../types';
import { linuxHost, mac, type World } from '../world';
import { findBox } from '../data/boxes';
import { parseVagrantfile, resolveHostPaths, type VagrantfileResult } from './vagrantfile';
import { fmt } from './messages';
import { cmpVersion } from '../data/packages';
import { seedAccounts } from '../commands/lib/accounts';
import { seedVarLog } from '../commands/lib/var-log';
import { seedLogrotate } from '../commands/lib/box-logrotate';
import { seedBoot } from '../commands/lib/box-boot';
import { boxPackages } from '../data/box-packages';

export interface LoadedEnv {
  dir: string;
  path: string; // Vagrantfile path (host-native)
  result: VagrantfileResult;
}

/** Find the Vagrantfile in `cwd` or its parents (as Vagrant does). */
export function findVagrantfile(host: Host, cwd: string): { dir: string; path: string } | null {
  const fs = host.fs;
  let dir = cwd;
  for (let i = 0; i < 32; i++) {
    const p = fs.join(dir, 'Vagrantfile');
    if (fs.isFile(p)) return { dir: fs.canonical(dir), path: fs.canonical(p) };
    const parent = fs.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return null;
}

export function loadEnv(host: Host, cwd: string): LoadedEnv | null {
  const f = findVagrantfile(host, cwd);
  if (!f) return null;
  const text = host.fs.read(f.path) as string;
  // a synced folder's host path is expanded from the Vagrantfile's folder 
  const isDir = (p: string) => host.fs.isDir(host.fs.resolve(f.dir, p));
  return { ...f, result: resolveHostPaths(parseVagrantfile(text), isDir) };
}

/** Forward-slash path as Vagrant prints it on Windows (D:/3_VMs/HashiCorp/Vagrantfile). */
export function rubyPath(p: string): string {
  return p.replace(/\\/g, '/');
}

/** The error Vagrant prints for a Vagrantfile that fails to load or validate, or null. */
export function envError(env: LoadedEnv, validate = true): string | null {
  const r = env.result;
  if (!r.ok) {
    // the Vagrantfile is first read while the environment is set up, so bin/vagrant reports it with this line
    return EARLY + loadError(env);
  }
  if (validate && r.errors.size) {
    const order = ['Vagrant', 'SSH', 'vm', 'VirtualBox Provider', 'shell provisioner'];
    const sections = [...r.errors.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return configInvalid(sections.map((s) => `${s}:\n${r.errors.get(s)!.map((e) => `* ${e}`).join('\n')}`));
  }
  return null;
}

/** bin/vagrant, for an error raised before the environment exists. */
const EARLY = 'Vagrant failed to initialize at a very early stage:\n\n';

/**
 * vagrant.errors.config_invalid with its sections as templates/config/validation_failed.erb lays them out (a blank
 * line after each); without the final newline, which the error's printing adds.
 */
export function configInvalid(sections: string[]): string {
  return fmt('config_invalid', { errors: sections.map((s) => s + '\n\n').join('').slice(0, -1) });
}

/**
 * The line config/loader.rb reports: the first ':'-separated part of the backtrace's first entry (`path:line:in ...`)
 * that holds a digit, as String#to_i reads it. A folder name with a digit, as the lab's D:/3_VMs, makes it 0.
 */
function backtraceLine(path: string, line: number): number {
  for (const part of `${path}:${line}:in`.split(':')) if (/\d/.test(part)) return Number(/^\s*[-+]?\d+/.exec(part)?.[0] ?? 0);
  return line;
}

function loadError(env: LoadedEnv): string {
  const r = env.result;
  if (!r.ok) {
    if (r.kind === 'early') return r.message;
    if (r.kind === 'syntax') return fmt('vagrantfile_syntax_error', { file: `${rubyPath(env.path)}:${r.message}` });
    if (r.kind !== 'name' && r.kind !== 'load') return '';
    const path = r.path ?? rubyPath(env.path);
    const line = backtraceLine(path, r.line);
    if (r.kind === 'name') return fmt('vagrantfile_name_error', { path, line, message: r.message });
    return fmt('vagrantfile_load_error', { path: rubyPath(env.path), line, exception_class: r.exceptionClass ?? 'RuntimeError', message: r.message });
  }
  return '';
}

/** The project record for a folder, with a machine entry for every machine in the Vagrantfile. */
export function syncProject(world: World, hostId: string, dir: string, configs: MachineConfig[]): VagrantProject {
  let p = world.project(dir);
  if (!p) {
    p = { dir, hostId, machines: new Map() };
    world.projects.set(dir.toLowerCase(), p);
  }
  for (const c of configs) {
    if (!p.machines.has(c.name)) {
      p.machines.set(c.name, {
        name: c.name, state: 'not_created', vmName: '', id: '', box: c.box ?? '', boxVersion: '', hostname: c.hostname,
        privateIps: [...c.privateIps], cpus: c.cpus ?? 2, memory: c.memory ?? 1024, sshPort: 0, forwardedPorts: [],
        provisioned: false, hostId: guestId(world, c.name, dir), createdAt: 0,
      });
    }
  }
  return p;
}

function guestId(world: World, name: string, dir: string): string {
  const taken = new Set<string>();
  for (const pr of world.projects.values()) for (const m of pr.machines.values()) if (pr.dir.toLowerCase() !== dir.toLowerCase()) taken.add(m.hostId);
  if (!taken.has(name) && name !== 'host') return name;
  let i = 2;
  while (taken.has(`${name}-${i}`)) i++;
  return `${name}-${i}`;
}

/** Pick the newest catalog version that satisfies a constraint like "5.0.0", ">= 4", "~> 4.0". */
export function matchVersion(versions: string[], constraint: string | null): string | null {
  const sorted = [...versions].sort(cmpVersion);
  if (!constraint || !constraint.trim()) return sorted[sorted.length - 1] ?? null;
  const parts = constraint.split(',').map((c) => c.trim());
  const ok = (v: string) =>
    parts.every((c) => {
      const m = /^(>=|<=|~>|>|<|=|!=)?\s*(.+)$/.exec(c);
      if (!m) return false;
      const op = m[1] ?? '=';
      const d = cmpVersion(v, m[2]);
      switch (op) {
        case '=':
          return d === 0;
        case '!=':
          return d !== 0;
        case '>':
          return d > 0;
        case '<':
          return d < 0;
        case '>=':
          return d >= 0;
        case '<=':
          return d <= 0;
        default: {
          // ~> 4.0 → >= 4.0, < 5 ; ~> 4.0.1 → >= 4.0.1, < 4.1
          const segs = m[2].split('.');
          const upper = segs.slice(0, Math.max(1, segs.length - 1));
          upper[upper.length - 1] = String(Number(upper[upper.length - 1]) + 1);
          return d >= 0 && cmpVersion(v, upper.join('.')) < 0;
        }
      }
    });
  const hits = sorted.filter(ok);
  return hits[hits.length - 1] ?? null;
}

export function boxInstalled(world: World, name: string, constraint: string | null): string | null {
  const versions = world.boxes.filter((b) => b.name === name && b.provider === 'virtualbox').map((b) => b.version);
  return versions.length ? matchVersion(versions, constraint) : null;
}

export function boxVersionInfo(name: string, version: string): BoxVersion | undefined {
  return findBox(name)?.versions.find((v) => v.version === version);
}

function hex(world: World, n: number): string {
  return world.rng.hex(n);
}

function uuid(world: World): string {
  return `${hex(world, 8)}-${hex(world, 4)}-${hex(world, 4)}-${hex(world, 4)}-${hex(world, 12)}`;
}

/** Create the guest host for a machine (import of the box). */
export function createGuest(world: World, project: VagrantProject, m: Machine, cfg: MachineConfig, boxVersion: string): Host {
  const info = boxVersionInfo(cfg.box ?? '', boxVersion);
  const folder = project.dir.split('\\').filter(Boolean).pop() ?? 'vagrant';
  m.box = cfg.box ?? '';
  m.boxVersion = boxVersion;
  m.vmName = cfg.vmName ?? `${folder}_${m.name}_${world.now}_${String(world.rng.int(0, 99999)).padStart(5, '0')}`;
  m.id = hex(world, 7);
  m.hostname = cfg.hostname;
  m.privateIps = [...cfg.privateIps];
  m.cpus = cfg.cpus ?? 2;
  m.memory = cfg.memory ?? 1024;
  m.createdAt = world.now;
  m.provisioned = false;
  const host = world.hosts.get(project.hostId);
  const shared: Record<string, string> = {};
  if (host) {
    const list = host.fs.list(project.dir);
    if (typeof list !== 'string')
      for (const e of list) if (e.type === 'file') shared[e.name] = host.fs.read(host.fs.join(project.dir, e.name)) as string;
    host.fs.mkdir(host.fs.join(project.dir, `.vagrant\\machines\\${m.name}\\virtualbox`), true);
    host.fs.write(host.fs.join(project.dir, `.vagrant\\machines\\${m.name}\\virtualbox\\id`), uuid(world));
    host.fs.write(host.fs.join(project.dir, `.vagrant\\machines\\${m.name}\\virtualbox\\box_meta`), JSON.stringify({ name: m.box, version: boxVersion, provider: 'virtualbox' }));
    host.fs.mkdir(`C:\\Users\\user\\VirtualBox VMs\\${m.vmName}`, true);
  }
  const guest = linuxHost(world, {
    id: m.hostId,
    hostname: cfg.hostname ?? undefined,
    release: info?.release,
    kernel: info?.kernel,
    cpus: m.cpus,
    memoryMb: m.memory,
    ips: cfg.privateIps.filter((ip) => ip !== 'dhcp'),
    machine: { project: project.dir, name: m.name },
    shared: { files: shared },
  });
  // the box's own package set (data/box-packages.ts), kept out of the first chunk with the Vagrant module
  const ver = /release ([\d.]+)/.exec(guest.sys!.release)?.[1] ?? '9.5';
  guest.sys!.packages = new Map(boxPackages(guest.sys!.kernel, ver).map((p) => [p.name, p]));
  // python3's alternatives-free link, as python3-3.9 installs it
  guest.fs.symlink('python3.9', '/usr/bin/python3');
  seedAccounts(guest, world.seed);
  seedVarLog(guest, world.now, guest.sys!.kernel);
  seedLogrotate(guest);
  seedBoot(guest);
  guest.up = false;
  world.addHost(guest);
  return guest;
}

export function destroyGuest(world: World, project: VagrantProject, m: Machine): void {
  const host = world.hosts.get(project.hostId);
  if (host) {
    host.fs.remove(host.fs.join(project.dir, `.vagrant\\machines\\${m.name}\\virtualbox`), true);
    if (m.vmName) host.fs.remove(`C:\\Users\\user\\VirtualBox VMs\\${m.vmName}`, true);
  }
  world.setMachineState(project, m.name, 'not_created');
  world.removeHost(m.hostId);
  m.vmName = '';
  m.id = '';
  m.sshPort = 0;
  m.forwardedPorts = [];
  m.provisioned = false;
}

/** Host ports in use by other running machines. */
export function usedPorts(world: World, except: Machine): Set<number> {
  const out = new Set<number>();
  for (const p of world.projects.values())
    for (const m of p.machines.values()) {
      if (m === except || m.state === 'not_created') continue;
      if (m.sshPort) out.add(m.sshPort);
      for (const f of m.forwardedPorts) out.add(f.host);
    }
  return out;
}

/** Look up a machine by name in a loaded environment. */
export function machineFor(world: World, dir: string, name: string): Machine | undefined {
  return world.project(dir)?.machines.get(name);
}

/** Apply the Vagrantfile's current settings to a machine at boot (hostname, private IPs, CPUs, memory). */
export function applyConfig(world: World, m: Machine, cfg: MachineConfig): void {
  m.hostname = cfg.hostname;
  m.privateIps = [...cfg.privateIps];
  m.cpus = cfg.cpus ?? 2;
  m.memory = cfg.memory ?? 1024;
  const guest = world.hosts.get(m.hostId);
  if (!guest || !guest.sys) return;
  if (cfg.hostname && guest.hostname !== cfg.hostname) {
    guest.hostname = cfg.hostname;
    guest.fs.write('/etc/hostname', cfg.hostname + '\n');
    guest.sys.sysctl.set('kernel.hostname', cfg.hostname);
  }
  guest.sys.cpus = m.cpus;
  guest.sys.memTotalKb = m.memory * 1024 - 200_000;
  const base = guest.ifaces.filter((i) => i.name === 'lo' || i.name === 'eth0');
  const extra = cfg.privateIps.filter((ip) => ip !== 'dhcp').map((ip, i) => {
    const old = guest.ifaces.find((x) => x.name === `eth${i + 1}`);
    return { name: `eth${i + 1}`, addr: ip, prefix: 24, mac: old?.mac ?? mac(world.rng) };
  });
  guest.ifaces = [...base, ...extra];
}
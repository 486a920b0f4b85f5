// The `vagrant` command on the Windows host.
import type { CommandContext, Frame, SessionHooks } from '../context';
import type { CommandRun, Host, Machine, MachineConfig, VagrantProject, Yield } from '../types';
import { Interrupt } from '../types';
import type { World } from '../world';
import { findBox, boxSizeMb } from '../data/boxes';
import { fmt, HELP, initTemplate, mainHelp, M, VAGRANT_VERSION } from './messages';
import {
  applyConfig, boxInstalled, createGuest, destroyGuest, envError, loadEnv, matchVersion, rubyPath, syncProject, usedPorts, type LoadedEnv,
} from './machines';
import { runBash } from '../shell/bash';
import { loadGuest } from '../lazy';
import { unixDate } from '../util';
import { cmpVersion } from '../data/packages';

type Out = { out: (t: string) => void; err: (t: string) => void };

/** "==> name: " on every line. */
export function info(o: Out, name: string, text: string): void {
  o.out(text.split('\n').map((l) => `==> ${name}: ${l}`).join('\n') + '\n');
}
/** "    name: " on every line. */
export function detail(o: Out, name: string, text: string): void {
  o.out(text.split('\n').map((l) => `    ${name}: ${l}`).join('\n') + '\n');
}
function fail(o: Out, text: string): number {
  o.err(text + '\n');
  return 1;
}

const wait = (ms: number): Yield => ({ wait: ms });

// ---------------------------------------------------------------- argument parsing

interface Parsed {
  flags: Map<string, string | true>;
  pos: string[];
  bad: string | null;
}

function parseArgs(args: string[], known: Record<string, 'bool' | 'value'>, aliases: Record<string, string> = {}): Parsed {
  const flags = new Map<string, string | true>();
  const pos: string[] = [];
  let bad: string | null = null;
  for (let i = 0; i < args.length; i++) {
    let a = args[i];
    if (a === '--') {
      pos.push(...args.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      pos.push(a);
      continue;
    }
    let value: string | undefined;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (!a.startsWith('--') && a.length > 2) {
      value = a.slice(2);
      a = a.slice(0, 2);
    }
    const name = aliases[a] ?? a;
    let kind = known[name];
    let key = name;
    if (!kind && name.startsWith('--no-') && known['--' + name.slice(5)] === 'bool') {
      kind = 'bool';
      key = '--' + name.slice(5);
      flags.set(key, 'false');
      continue;
    }
    if (!kind) {
      bad = a;
      continue;
    }
    if (kind === 'value') {
      const v = value ?? args[++i];
      if (v === undefined) {
        bad = a;
        continue;
      }
      flags.set(key, v);
    } else flags.set(key, true);
  }
  return { flags, pos, bad };
}

// ---------------------------------------------------------------- the environment

interface Env {
  loaded: LoadedEnv;
  configs: MachineConfig[];
  project: VagrantProject;
}

function* withEnv(ctx: CommandContext, validate = true): Generator<Yield, Env | number, unknown> {
  const loaded = loadEnv(ctx.host, ctx.frame.cwd);
  if (!loaded) return fail(ctx, M.no_env);
  const e = envError(loaded, validate);
  if (e) return fail(ctx, e);
  if (!loaded.result.ok) return 1;
  const configs = loaded.result.machines;
  const project = syncProject(ctx.world, ctx.host.id, loaded.dir, configs);
  // Vagrant keeps its per-project data next to the Vagrantfile
  const fs = ctx.host.fs;
  fs.mkdir(fs.join(loaded.dir, '.vagrant\\machines'), true);
  fs.mkdir(fs.join(loaded.dir, '.vagrant\\rgloader'), true);
  if (!fs.exists(fs.join(loaded.dir, '.vagrant\\rgloader\\loader.rb')))
    fs.write(fs.join(loaded.dir, '.vagrant\\rgloader\\loader.rb'), '# This file loads the proper rgloader/loader.rb file that comes packaged\n# with Vagrant so that encoded files can properly run with Vagrant.\n');
  return { loaded, configs, project };
}

/** Machines a command targets: names or ids given, else all (or the primary for single-target commands). */
/** The environment and the machines a subcommand names; a number is the exit code of an error it printed. */
function* envTargets(ctx: CommandContext, names: string[], single: boolean): Generator<Yield, { env: Env; list: Machine[] } | number, unknown> {
  const env = yield* withEnv(ctx);
  if (typeof env === 'number') return env;
  const list = targets(ctx, env, names, single);
  if (typeof list === 'number') return list;
  return { env, list };
}

function targets(ctx: CommandContext, env: Env, names: string[], single: boolean): Machine[] | number {
  const all = env.configs.map((c) => env.project.machines.get(c.name)!);
  if (names.length === 0) {
    if (!single || all.length === 1) return all;
    const primary = env.configs.find((c) => c.primary);
    if (primary) return [env.project.machines.get(primary.name)!];
    return fail(ctx, M.multi_vm_target_required);
  }
  const out: Machine[] = [];
  for (const n of names) {
    const m = all.find((x) => x.name === n) ?? all.find((x) => x.id && x.id.startsWith(n));
    if (!m) {
      const re = /^\/(.*)\/$/.exec(n);
      if (re) {
        const hits = all.filter((x) => new RegExp(re[1]).test(x.name));
        if (hits.length) {
          out.push(...hits);
          continue;
        }
        return fail(ctx, 'No virtual machines matched the regular expression given.');
      }
      return fail(ctx, fmt('machine_not_found', { name: n }));
    }
    out.push(m);
  }
  return out;
}

function cfgOf(env: Env, m: Machine): MachineConfig {
  return env.configs.find((c) => c.name === m.name)!;
}

// ---------------------------------------------------------------- box add (shared by up and box add)

const CLOUD = 'https://vagrantcloud.com';

/**
 * Make sure a box is installed; prints the auto-add / download lines. Returns the version or an exit code.
 * `name` is the machine name for prefixes ("box" for `vagrant box add`).
 */
function* ensureBox(ctx: CommandContext, prefix: string, box: string, constraint: string | null, auto: boolean, project: string): Generator<Yield, string | number, unknown> {
  const world = ctx.world;
  const have = boxInstalled(world, box, constraint);
  if (have) return have;
  if (auto) {
    info(ctx, prefix, fmt('box_auto_adding', { name: box }));
    detail(ctx, prefix, 'Box Provider: virtualbox');
    detail(ctx, prefix, `Box Version: ${constraint ?? '>= 0'}`);
    yield wait(600);
  }
  const isShort = /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(box);
  const isUrl = /^[a-z]+:\/\//i.test(box);
  if (!isShort) {
    info(ctx, prefix, M.box_adding_direct);
    if (constraint) {
      return fail(ctx, 'You specified a box version constraint with a direct box file\npath. Box version constraints only work with boxes from Vagrant\nCloud or a custom box host. Please remove the version constraint\nand try again.');
    }
    info(ctx, prefix, `Adding box '${box}' (v0) for provider: virtualbox (amd64)`);
    detail(ctx, prefix, fmt('box_downloading', { url: box }));
    yield wait(300);
    const where = isUrl ? box : '/' + rubyPath(project) + '/' + box;
    const message = isUrl ? `Could not resolve host: ${box.replace(/^[a-z]+:\/\//i, '').split('/')[0]}` : `Couldn't open file ${where}`;
    return fail(ctx, fmt('downloader_error', { message }));
  }
  const api = `${CLOUD}/api/v2/vagrant/${box}`;
  const cat = findBox(box);
  if (!cat) {
    yield wait(900);
    return fail(ctx, fmt('box_add_short_not_found', { name: box, url: `["${CLOUD}/${box}"]`, error: 'The requested URL returned error: 404' }));
  }
  info(ctx, prefix, fmt('box_loading_metadata', { name: box }));
  detail(ctx, prefix, fmt('box_expanding_url', { url: api }));
  yield wait(900);
  const versions = cat.versions.filter((v) => v.providers.includes('virtualbox')).map((v) => v.version);
  const version = matchVersion(versions, constraint);
  if (!version) {
    return fail(ctx, fmt('box_add_no_matching_version', { name: box, url: api, constraints: constraint ?? '>= 0', versions: [...versions].reverse().join(', ') }));
  }
  info(ctx, prefix, fmt('box_add_with_version', { name: box, version, providers: 'virtualbox (amd64)' }));
  detail(ctx, prefix, fmt('box_downloading', { url: `${CLOUD}/${box.split('/')[0]}/boxes/${box.split('/')[1]}/versions/${version}/providers/virtualbox/amd64/vagrant.box` }));
  const gone = cat.versions.find((v) => v.version === version)?.downloadError;
  if (gone) {
    yield wait(1200);
    detail(ctx, prefix, 'Progress: 0% (Rate: 0/s, Estimated time remaining: --:--:--)');
    return fail(ctx, fmt('downloader_error', { message: gone }));
  }
  // download progress over ~25 s of world time
  const size = boxSizeMb(box);
  const steps = 10;
  for (let i = 1; i <= steps; i++) {
    yield wait(2500);
    const pct = Math.round((i / steps) * 100);
    const remain = Math.round(((steps - i) * 2.5));
    if (i < steps) ctx.out(`\r    ${prefix}: Progress: ${pct}% (Rate: ${(size / 25).toFixed(1)}M/s, Estimated time remaining: 0:00:${String(remain).padStart(2, '0')})`);
  }
  ctx.out('\r' + ' '.repeat(80) + '\r');
  world.boxes.push({ name: box, version, provider: 'virtualbox', architecture: 'amd64' });
  info(ctx, prefix, fmt('box_added', { name: box, version, provider: 'virtualbox (amd64)' }));
  return version;
}

// ---------------------------------------------------------------- boot sequence

function* bootLines(ctx: CommandContext, m: Machine, first: boolean): Generator<Yield, void, unknown> {
  info(ctx, m.name, M.booting);
  ctx.world.ext.set(`vagrant-booting:${m.hostId}`, true);
  yield wait(3000);
  info(ctx, m.name, M.boot_waiting);
  detail(ctx, m.name, `SSH address: 127.0.0.1:${m.sshPort}`);
  detail(ctx, m.name, 'SSH username: vagrant');
  detail(ctx, m.name, 'SSH auth method: private key');
  yield wait(first ? 18000 : 12000);
  if (first) {
    detail(ctx, m.name, '');
    detail(ctx, m.name, M.insecure_key_detected);
    detail(ctx, m.name, '');
    detail(ctx, m.name, M.inserting_public_key);
    yield wait(1000);
    detail(ctx, m.name, M.removing_insecure_key);
    yield wait(800);
    detail(ctx, m.name, M.key_inserted);
    yield wait(1500);
  }
  info(ctx, m.name, M.boot_completed);
  ctx.world.ext.delete(`vagrant-booting:${m.hostId}`);
  info(ctx, m.name, M.guest_additions_check);
  yield wait(800);
}

function* afterBoot(ctx: CommandContext, env: Env, m: Machine): Generator<Yield, void, unknown> {
  const cfg = cfgOf(env, m);
  if (cfg.hostname) {
    info(ctx, m.name, M.hostname_setting);
    yield wait(1500);
  }
  if (cfg.privateIps.length) {
    info(ctx, m.name, M.network_configuring);
    yield wait(2500);
  }
  const shared = cfg.syncedFolders.find((f) => f.guest === '/vagrant');
  const folders = [
    ...(shared?.disabled ? [] : [{ guest: '/vagrant', host: rubyPath(env.loaded.dir) }]),
    ...cfg.syncedFolders.filter((f) => f.guest !== '/vagrant' && !f.disabled).map((f) => ({ guest: f.guest, host: rubyPath(env.loaded.dir) + '/' + f.host.replace(/^\.\//, '') })),
  ];
  if (folders.length) {
    info(ctx, m.name, M.mounting);
    for (const f of folders) detail(ctx, m.name, `${f.guest} => ${f.host}`);
    yield wait(1500);
  }
}

function assignPorts(ctx: CommandContext, m: Machine, cfg: MachineConfig, announce: boolean): void {
  const used = usedPorts(ctx.world, m);
  const sshCfg = cfg.forwardedPorts.find((f) => f.id === 'ssh' || f.guest === 22);
  let ssh = sshCfg?.host ?? 2222;
  if (used.has(ssh)) {
    let p = 2200;
    while (used.has(p)) p++;
    if (announce) info(ctx, m.name, fmt('fixed_collision', { guest_port: 22, host_port: ssh, new_port: p }));
    ssh = p;
  }
  m.sshPort = ssh;
  used.add(ssh);
  m.forwardedPorts = [{ guest: 22, host: ssh, id: 'ssh' }];
  for (const f of cfg.forwardedPorts) {
    if (f === sshCfg) continue;
    m.forwardedPorts.push({ ...f });
  }
}

function* networkLines(ctx: CommandContext, m: Machine, cfg: MachineConfig, clearPorts: boolean): Generator<Yield, void, unknown> {
  if (clearPorts) info(ctx, m.name, M.clear_forwarded_ports);
  info(ctx, m.name, M.clear_network);
  yield wait(500);
  info(ctx, m.name, M.network_preparing);
  detail(ctx, m.name, fmt('adapter', { adapter: 1, type: 'nat' }));
  cfg.privateIps.forEach((_, i) => detail(ctx, m.name, fmt('adapter', { adapter: i + 2, type: 'hostonly' })));
  yield wait(cfg.privateIps.length ? 2500 : 500);
  assignPorts(ctx, m, cfg, true);
  info(ctx, m.name, M.forwarding);
  for (const f of m.forwardedPorts) detail(ctx, m.name, fmt('forwarding_entry', { guest_port: f.guest, host_port: f.host, adapter: 1 }));
  yield wait(500);
  if (cfg.customize) info(ctx, m.name, fmt('customizations', { event: 'pre-boot' }));
}

/** `vagrant up` for one machine. Returns 0 or an exit code (errors already printed). */
function* upOne(ctx: CommandContext, env: Env, m: Machine, provisionFlag: boolean | null): Generator<Yield, number, unknown> {
  const world = ctx.world;
  const cfg = cfgOf(env, m);
  const project = env.project;
  // after the boot, the provision step: run, skipped by --no-provision, or skipped by the sentinel
  const provisionStep = function* (): Generator<Yield, number, unknown> {
    if (provisionFlag === true) return yield* provisionOne(ctx, env, m);
    info(ctx, m.name, provisionFlag === false ? M.provision_disabled_by_config : M.provision_disabled_by_sentinel);
    return 0;
  };
  if (m.state === 'running') {
    info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: m.box, version: m.boxVersion }));
    return yield* provisionStep();
  }
  if (m.state === 'saved') {
    info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: m.box, version: m.boxVersion }));
    info(ctx, m.name, M.resuming);
    yield wait(2000);
    world.setMachineState(project, m.name, 'running');
    info(ctx, m.name, M.booting);
    info(ctx, m.name, M.boot_waiting);
    detail(ctx, m.name, `SSH address: 127.0.0.1:${m.sshPort}`);
    detail(ctx, m.name, 'SSH username: vagrant');
    detail(ctx, m.name, 'SSH auth method: private key');
    yield wait(2000);
    info(ctx, m.name, M.boot_completed);
    return yield* provisionStep();
  }
  if (m.state === 'poweroff') {
    info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: m.box, version: m.boxVersion }));
    yield* networkLines(ctx, m, cfg, true);
    yield* bootLines(ctx, m, false);
    applyConfig(world, m, cfg);
    world.setMachineState(project, m.name, 'running');
    yield* afterBoot(ctx, env, m);
    return yield* provisionStep();
  }
  // not created: box, import, boot, provision
  if (!cfg.box) return fail(ctx, fmt('config_invalid', { errors: 'vm:\n* A box must be specified.' }));
  const version = yield* ensureBox(ctx, m.name, cfg.box, cfg.boxVersion, true, env.loaded.dir);
  if (typeof version === 'number') return version;
  info(ctx, m.name, fmt('importing', { name: cfg.box }));
  yield wait(6000);
  const guest = createGuest(world, project, m, cfg, version);
  world.setMachineState(project, m.name, 'poweroff');
  info(ctx, m.name, M.matching_mac);
  yield wait(800);
  info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: cfg.box, version }));
  yield wait(700);
  info(ctx, m.name, fmt('set_name', { name: m.vmName }));
  yield* networkLines(ctx, m, cfg, false);
  yield* bootLines(ctx, m, true);
  world.setMachineState(project, m.name, 'running');
  guest.bootedAt = world.now;
  yield* afterBoot(ctx, env, m);
  if (provisionFlag === false) {
    info(ctx, m.name, M.provision_disabled_by_config);
    return 0;
  }
  return yield* provisionOne(ctx, env, m);
}

/** A line-buffered writer that prefixes every line with "    name: ". */
function prefixed(write: (t: string) => void, name: string) {
  let buf = '';
  return {
    write: (t: string) => {
      buf += t;
      let i: number;
      while ((i = buf.indexOf('\n')) >= 0) {
        write(`    ${name}: ${buf.slice(0, i)}\n`);
        buf = buf.slice(i + 1);
      }
    },
    flush: () => {
      if (buf) write(`    ${name}: ${buf}\n`);
      buf = '';
    },
  };
}

function* provisionOne(ctx: CommandContext, env: Env, m: Machine): Generator<Yield, number, unknown> {
  const cfg = cfgOf(env, m);
  const world = ctx.world;
  for (const p of cfg.provisioners) {
    if (p.type !== 'shell') {
      info(ctx, m.name, fmt('provision_beginning', { provisioner: p.name ?? p.type }));
      continue;
    }
    let script = p.inline ?? '';
    let label = 'inline script';
    if (p.path !== undefined) {
      const path = ctx.host.fs.resolve(env.loaded.dir, p.path);
      const text = ctx.host.fs.read(path);
      if (text === 'ENOENT' || text === 'EISDIR') {
        return fail(ctx, fmt('config_invalid', { errors: `shell provisioner:\n* ${fmt('shell_path_invalid', { path: rubyPath(path) })}` }));
      }
      script = text;
      const d = new Date(world.now);
      label = `C:/Users/user/AppData/Local/Temp/vagrant-shell${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}-${world.rng.int(1000, 9999)}-${world.rng.str(7, 'abcdefghijklmnopqrstuvwxyz0123456789')}.sh`;
    }
    info(ctx, m.name, fmt('provision_beginning', { provisioner: p.name ?? 'shell' }));
    detail(ctx, m.name, fmt('shell_running', { script: label }));
    yield wait(500);
    const code = yield* runInGuest(ctx, m, script, 'root', p.args ?? [], prefixed(ctx.out, m.name), prefixed(ctx.err, m.name));
    if (code !== 0) {
      return fail(ctx, `The SSH command responded with a non-zero exit status. Vagrant
assumes that this means the command failed. The output for this command
should be in the log above. Please read the output to determine what
went wrong.`);
    }
  }
  m.provisioned = true;
  return 0;
}

/** Run a script in a guest (provisioners, ssh -c) with prefixing writers. */
function* runInGuest(
  ctx: CommandContext,
  m: Machine,
  script: string,
  user: string,
  args: string[],
  out: { write: (t: string) => void; flush: () => void },
  err: { write: (t: string) => void; flush: () => void },
): Generator<Yield, number, unknown> {
  const guest = ctx.world.host(m.hostId);
  const home = guest.users.get(user)?.home ?? '/';
  const frame: Frame = {
    shell: 'bash', hostId: guest.id, user, cwd: user === 'root' ? '/home/vagrant' : home,
    env: { ...guest.env, HOME: home, USER: user, LOGNAME: user, ...Object.fromEntries(args.map((a, i) => [String(i + 1), a])), '#': String(args.length) },
    via: 'ssh', lastExit: 0, history: [],
  };
  const hooks: SessionHooks = {
    clear: () => {},
    edit: () => {},
    pushFrame: () => {},
    popFrame: () => {},
    depth: () => 1,
    top: () => undefined,
    interactiveEditor: false,
  };
  try {
    return yield* runBash({ world: ctx.world, hooks }, frame, script, { out: out.write, err: err.write, tty: false });
  } finally {
    out.flush();
    err.flush();
  }
}

// ---------------------------------------------------------------- subcommands

function* cmdInit(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--force': 'bool', '--minimal': 'bool', '--box-version': 'value', '--output': 'value', '--template': 'value', '--help': 'bool' }, { '-f': '--force', '-m': '--minimal', '-h': '--help' });
  if (p.bad || p.pos.length > 2) return fail(ctx, HELP.init.trimEnd());
  const box = p.pos[0] ?? 'base';
  const url = p.pos[1] ?? null;
  const version = (p.flags.get('--box-version') as string | undefined) ?? null;
  const text = initTemplate(box, version, url, p.flags.has('--minimal'));
  const output = p.flags.get('--output') as string | undefined;
  yield wait(400);
  if (output === '-') {
    ctx.out(text);
    return 0;
  }
  const fs = ctx.host.fs;
  const path = fs.resolve(ctx.frame.cwd, output ?? 'Vagrantfile');
  if (fs.exists(path) && !p.flags.has('--force')) return fail(ctx, M.vagrantfile_exists);
  const e = fs.write(path, text);
  if (e) return fail(ctx, `The user that is running Vagrant doesn't have the proper permissions\nto write a Vagrantfile to the specified location. Please ensure that\nyou call \`vagrant init\` in a location where the proper permissions\nare in place to create a Vagrantfile.`);
  ctx.out(M.init_success + '\n');
  return 0;
}

function* cmdUp(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--provision': 'bool', '--provision-with': 'value', '--destroy-on-error': 'bool', '--parallel': 'bool', '--provider': 'value', '--install-provider': 'bool' });
  if (p.bad) return fail(ctx, HELP.up.trimEnd());
  const provider = p.flags.get('--provider');
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  if (typeof provider === 'string' && provider !== 'virtualbox') {
    return fail(ctx, `The provider '${provider}' could not be found, but was requested to\nback the machine '${list[0]?.name ?? 'default'}'. Please use a provider that exists.\n\nVagrant knows about the following providers: docker, hyperv, virtualbox`);
  }
  const prov = p.flags.get('--provision');
  const provisionFlag = prov === undefined ? null : prov !== 'false';
  const machines = p.pos.length ? list : list.filter((m) => cfgOf(env, m).autostart || p.pos.includes(m.name));
  for (const m of machines) ctx.out(fmt('upping', { name: m.name, provider: 'virtualbox' }) + '\n');
  let current: Machine | null = null;
  let wasCreated = true;
  try {
    for (const m of machines) {
      current = m;
      wasCreated = m.state !== 'not_created';
      const code = yield* upOne(ctx, env, m, provisionFlag);
      if (code !== 0) return code;
    }
  } catch (e) {
    if (e instanceof Interrupt) {
      if (current) info(ctx, current.name, M.waiting_cleanup);
      // a VM imported by this run is destroyed again (unless --no-destroy-on-error), as Vagrant's
      // import step does when it recovers from an interrupt
      if (current && !wasCreated && current.state !== 'not_created' && p.flags.get('--destroy-on-error') !== 'false') {
        const booting = ctx.world.ext.get(`vagrant-booting:${current.hostId}`) === true;
        if (booting || current.state === 'running') info(ctx, current.name, M.halt_force);
        if (current.state === 'running') ctx.world.setMachineState(env.project, current.name, 'poweroff');
        info(ctx, current.name, M.destroying);
        destroyGuest(ctx.world, env.project, current);
      }
      if (current) ctx.world.ext.delete(`vagrant-booting:${current.hostId}`);
      ctx.err(M.vagrant_interrupt + '\n');
      return 1;
    }
    throw e;
  }
  return 0;
}

function stateLabel(m: Machine): string {
  return m.state === 'not_created' ? 'not created' : m.state;
}

function* cmdStatus(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, {});
  if (p.bad) return fail(ctx, HELP.status.trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(500);
  const width = Math.max(25, ...list.map((m) => m.name.length));
  const states = list.map((m) => `${m.name.padEnd(width)} ${stateLabel(m)} (virtualbox)`).join('\n');
  const msg =
    list.length === 1
      ? { not_created: M.status_not_created, running: M.status_running, poweroff: M.status_poweroff, saved: M.status_saved }[list[0].state]
      : M.status_listing;
  ctx.out(fmt('status_output', { states, message: msg }) + '\n');
  return 0;
}

function* cmdGlobalStatus(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--prune': 'bool' });
  if (p.bad || p.pos.length) return fail(ctx, HELP['global-status'].trimEnd());
  yield wait(400);
  const entries: { id: string; name: string; provider: string; state: string; dir: string }[] = [];
  for (const pr of ctx.world.projects.values())
    for (const m of pr.machines.values()) if (m.state !== 'not_created') entries.push({ id: m.id, name: m.name, provider: 'virtualbox', state: m.state, dir: rubyPath(pr.dir) });
  const w = {
    id: 8,
    name: Math.max(6, ...entries.map((e) => e.name.length)),
    provider: Math.max(6, ...entries.map((e) => e.provider.length)),
    state: Math.max(6, ...entries.map((e) => e.state.length)),
    dir: Math.max(35, ...entries.map((e) => e.dir.length)),
  };
  let out = `${'id'.padEnd(w.id)} ${'name'.padEnd(w.name)} ${'provider'.padEnd(w.provider)} ${'state'.padEnd(w.state)} ${'directory'.padEnd(w.dir)} \n`;
  out += '-'.repeat(Math.max(w.id, 2) + Math.max(w.name, 4) + Math.max(w.provider, 8) + Math.max(w.state, 5) + Math.max(w.dir, 9) + 5) + '\n';
  if (!entries.length) {
    ctx.out(out + M.global_status_none + '\n');
    return 0;
  }
  for (const e of entries) out += `${e.id.slice(0, 7).padEnd(w.id)} ${e.name.padEnd(w.name)} ${e.provider.padEnd(w.provider)} ${e.state.padEnd(w.state)} ${e.dir.padEnd(w.dir)} \n`;
  out += ' \n' + M.global_status_footer + '\n';
  ctx.out(out);
  return 0;
}

function lastLogin(ctx: CommandContext, guest: Host): void {
  const key = `ssh-last-login:${guest.id}`;
  const prev = ctx.world.ext.get(key) as number | undefined;
  if (prev !== undefined) ctx.out(`Last login: ${unixDate(prev).replace(' UTC', '')} from 10.0.2.2\n`);
  ctx.world.ext.set(key, ctx.world.now);
}

function* cmdSsh(ctx: CommandContext, args: string[]): CommandRun {
  const dd = args.indexOf('--');
  const own = dd >= 0 ? args.slice(0, dd) : args;
  const p = parseArgs(own, { '--command': 'value', '--plain': 'bool', '--tty': 'bool' }, { '-c': '--command', '-p': '--plain', '-t': '--tty' });
  if (p.bad) return fail(ctx, HELP.ssh.trimEnd());
  const found = yield* envTargets(ctx, p.pos.slice(0, 1), true);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const m = list[0];
  yield wait(1200);
  if (m.state === 'not_created') return fail(ctx, M.vm_creation_required);
  if (m.state !== 'running') return fail(ctx, M.vm_not_running);
  const guest = ctx.world.host(m.hostId);
  const command = p.flags.get('--command');
  if (typeof command === 'string') {
    const code = yield* runInGuest(ctx, m, command, 'vagrant', [], { write: ctx.out, flush: () => {} }, { write: ctx.err, flush: () => {} });
    if (p.flags.get('--tty') !== 'false') ctx.err('Connection to 127.0.0.1 closed.\n');
    return code;
  }
  yield { load: loadGuest };
  lastLogin(ctx, guest);
  const home = guest.users.get('vagrant')?.home ?? '/home/vagrant';
  ctx.session.pushFrame({
    shell: 'bash', hostId: guest.id, user: 'vagrant', cwd: home,
    env: { ...guest.env, HOME: home, USER: 'vagrant', LOGNAME: 'vagrant', PWD: home, SSH_CONNECTION: `10.0.2.2 ${50000 + ctx.world.rng.int(0, 9999)} 10.0.2.15 22`, SSH_TTY: '/dev/pts/0' },
    via: 'ssh', lastExit: 0, history: [],
  });
  return 0;
}

function* cmdHalt(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--force': 'bool' }, { '-f': '--force' });
  if (p.bad) return fail(ctx, HELP.halt.trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  for (const m of [...list].reverse()) {
    if (m.state === 'not_created') {
      info(ctx, m.name, M.common_vm_not_created);
      continue;
    }
    if (m.state === 'running') {
      info(ctx, m.name, p.flags.has('--force') ? M.halt_force : M.halt_graceful);
      yield wait(p.flags.has('--force') ? 1000 : 6000);
    } else if (m.state === 'saved') {
      info(ctx, m.name, M.discarding);
      yield wait(1000);
    }
    ctx.world.setMachineState(env.project, m.name, 'poweroff');
  }
  return 0;
}

function* cmdSuspend(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--all-global': 'bool' }, { '-a': '--all-global' });
  if (p.bad) return fail(ctx, HELP.suspend.trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  for (const m of list) {
    if (m.state === 'not_created') info(ctx, m.name, M.common_vm_not_created);
    else if (m.state === 'running') {
      info(ctx, m.name, M.suspending);
      yield wait(4000);
      ctx.world.setMachineState(env.project, m.name, 'saved');
    }
  }
  return 0;
}

function* cmdResume(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--provision': 'bool', '--provision-with': 'value' });
  if (p.bad) return fail(ctx, HELP.resume.trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  for (const m of list) {
    if (m.state === 'not_created') info(ctx, m.name, M.common_vm_not_created);
    else {
      // Resume (saved only), then the communicator wait, inside the provision step
      if (m.state === 'saved') {
        info(ctx, m.name, M.resuming);
        yield wait(2000);
        ctx.world.setMachineState(env.project, m.name, 'running');
        info(ctx, m.name, M.booting);
      }
      info(ctx, m.name, M.boot_waiting);
      if (m.state !== 'running') {
        return fail(ctx, fmt('boot_bad_state', { valid: 'restoring, running', invalid: m.state }));
      }
      detail(ctx, m.name, `SSH address: 127.0.0.1:${m.sshPort}`);
      detail(ctx, m.name, 'SSH username: vagrant');
      detail(ctx, m.name, 'SSH auth method: private key');
      yield wait(2000);
      info(ctx, m.name, M.boot_completed);
      if (p.flags.get('--provision') === true) {
        const c = yield* provisionOne(ctx, env, m);
        if (c) return c;
      } else info(ctx, m.name, p.flags.get('--provision') === 'false' ? M.provision_disabled_by_config : M.provision_disabled_by_sentinel);
    }
  }
  return 0;
}

function* cmdReload(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--provision': 'bool', '--provision-with': 'value', '--force': 'bool' }, { '-f': '--force' });
  if (p.bad) return fail(ctx, HELP.reload.trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  for (const m of list) {
    if (m.state === 'not_created') {
      info(ctx, m.name, M.common_vm_not_created);
      continue;
    }
    if (m.state === 'running') {
      info(ctx, m.name, p.flags.has('--force') ? M.halt_force : M.halt_graceful);
      yield wait(6000);
      ctx.world.setMachineState(env.project, m.name, 'poweroff');
    }
    const cfg = cfgOf(env, m);
    info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: m.box, version: m.boxVersion }));
    yield* networkLines(ctx, m, cfg, true);
    yield* bootLines(ctx, m, false);
    applyConfig(ctx.world, m, cfg);
    ctx.world.setMachineState(env.project, m.name, 'running');
    yield* afterBoot(ctx, env, m);
    if (p.flags.get('--provision') === true) {
      const c = yield* provisionOne(ctx, env, m);
      if (c) return c;
    } else info(ctx, m.name, M.provision_disabled_by_sentinel);
  }
  return 0;
}

function* cmdProvision(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--provision-with': 'value' });
  if (p.bad) return fail(ctx, HELP.provision.trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  for (const m of list) {
    if (m.state === 'not_created') info(ctx, m.name, M.common_vm_not_created);
    else if (m.state !== 'running') info(ctx, m.name, M.common_vm_not_running);
    else {
      const c = yield* provisionOne(ctx, env, m);
      if (c) return c;
    }
  }
  return 0;
}

function* cmdDestroy(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--force': 'bool', '--parallel': 'bool', '--graceful': 'bool' }, { '-f': '--force', '-g': '--graceful' });
  if (p.bad) return fail(ctx, HELP.destroy.trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  const force = p.flags.has('--force') || p.flags.get('--parallel') === true;
  let declined = 0;
  const ordered = [...list].reverse();
  for (const m of ordered) {
    if (m.state === 'not_created') {
      info(ctx, m.name, M.common_vm_not_created);
      continue;
    }
    if (!force) {
      let answer: string;
      try {
        answer = String(yield { ask: `    ${m.name}: ${fmt('destroy_confirmation', { name: m.name })}` });
      } catch (e) {
        if (e instanceof Interrupt) {
          ctx.err(M.vagrant_interrupt + '\n');
          return 1;
        }
        throw e;
      }
      if (!/^y(es)?$/i.test(answer.trim())) {
        info(ctx, m.name, fmt('destroy_will_not_destroy', { name: m.name }));
        declined++;
        continue;
      }
    }
    if (m.state === 'running') {
      info(ctx, m.name, p.flags.has('--graceful') ? M.halt_graceful : M.halt_force);
      yield wait(1500);
      ctx.world.setMachineState(env.project, m.name, 'poweroff');
    } else if (m.state === 'saved') {
      info(ctx, m.name, M.discarding);
      yield wait(800);
      ctx.world.setMachineState(env.project, m.name, 'poweroff');
    }
    info(ctx, m.name, M.destroying);
    yield wait(2500);
    destroyGuest(ctx.world, env.project, m);
  }
  const created = ordered.filter((m) => m.state !== 'not_created' || declined > 0).length;
  if (declined === 0) return 0;
  return declined === created ? 1 : 2;
}

function* cmdValidate(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--ignore-provider': 'bool' }, { '-p': '--ignore-provider' });
  if (p.bad || p.pos.length) return fail(ctx, HELP.validate.trimEnd());
  const env = yield* withEnv(ctx);
  if (typeof env === 'number') return env;
  yield wait(500);
  ctx.out(M.validate_success + '\n');
  return 0;
}

function* cmdBox(ctx: CommandContext, args: string[]): CommandRun {
  const [sub, ...rest] = args;
  if (!sub || sub === '-h' || sub === '--help') {
    ctx.out(HELP.box);
    return sub ? 0 : 1;
  }
  if (rest.includes('-h') || rest.includes('--help')) {
    const h = HELP[`box ${sub}`];
    if (h) {
      ctx.out(h);
      return 0;
    }
  }
  yield wait(500);
  const world = ctx.world;
  if (sub === 'list') {
    const p = parseArgs(rest, { '--box-info': 'bool' }, { '-i': '--box-info' });
    if (p.bad) return fail(ctx, HELP['box list'].trimEnd());
    if (!world.boxes.length) {
      ctx.out(M.box_no_installed + '\n');
      return 0;
    }
    const sorted = [...world.boxes].sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version, undefined, { numeric: true }) : a.name.localeCompare(b.name)));
    const longest = Math.max(...sorted.map((b) => b.name.length));
    ctx.out(sorted.map((b) => `${b.name.padEnd(longest)} (${b.provider}, ${b.version}, (${b.architecture}))\n`).join(''));
    return 0;
  }
  if (sub === 'add') {
    const p = parseArgs(rest, { '--clean': 'bool', '--force': 'bool', '--architecture': 'value', '--provider': 'value', '--box-version': 'value', '--name': 'value', '--checksum': 'value', '--checksum-type': 'value', '--location-trusted': 'bool' }, { '-c': '--clean', '-f': '--force', '-a': '--architecture' });
    if (p.bad || p.pos.length !== 1) return fail(ctx, HELP['box add'].trimEnd());
    const name = p.pos[0];
    const constraint = (p.flags.get('--box-version') as string | undefined) ?? null;
    const cat = findBox(name);
    let provider = p.flags.get('--provider') as string | undefined;
    if (cat && !provider) {
      const versions = cat.versions.map((v) => v.version);
      const version = matchVersion(versions, constraint);
      const provs = version ? [...(cat.versions.find((v) => v.version === version)?.providers ?? [])].sort() : [];
      if (version) {
        info(ctx, 'box', fmt('box_loading_metadata', { name }));
        detail(ctx, 'box', fmt('box_expanding_url', { url: `${CLOUD}/api/v2/vagrant/${name}` }));
      }
      if (provs.length > 1) {
        let q = fmt('box_add_choose_provider', { options: provs.map((x, i) => `${i + 1}) ${x}`).join('\n') });
        for (;;) {
          const ans = String(yield { ask: q }).trim();
          const n = Number(ans);
          if (Number.isInteger(n) && n >= 1 && n <= provs.length) {
            provider = provs[n - 1];
            break;
          }
          q = M.box_add_choose_provider_again;
        }
      } else provider = provs[0] ?? 'virtualbox';
      if (provider !== 'virtualbox') {
        // other providers are stored but never used by this host
      }
      const existing = world.boxes.find((b) => b.name === name && version && b.version === version && b.provider === provider);
      if (existing && !p.flags.has('--force')) return fail(ctx, fmt('box_add_exists', { name, provider: provider ?? 'virtualbox', version: existing.version }));
      if (!version) return fail(ctx, fmt('box_add_no_matching_version', { name, url: `${CLOUD}/api/v2/vagrant/${name}`, constraints: constraint ?? '>= 0', versions: [...versions].reverse().join(', ') }));
      info(ctx, 'box', fmt('box_add_with_version', { name, version, providers: `${provider} (amd64)` }));
      detail(ctx, 'box', fmt('box_downloading', { url: `${CLOUD}/${name.split('/')[0]}/boxes/${name.split('/')[1]}/versions/${version}/providers/${provider}/amd64/vagrant.box` }));
      yield wait(20000);
      if (existing) world.boxes.splice(world.boxes.indexOf(existing), 1);
      world.boxes.push({ name, version, provider: provider ?? 'virtualbox', architecture: 'amd64' });
      info(ctx, 'box', fmt('box_added', { name, version, provider: `${provider} (amd64)` }));
      return 0;
    }
    const v = yield* ensureBox(ctx, 'box', name, constraint, false, ctx.frame.cwd);
    return typeof v === 'number' ? v : 0;
  }
  if (sub === 'remove') {
    const p = parseArgs(rest, { '--force': 'bool', '--provider': 'value', '--box-version': 'value', '--all': 'bool', '--architecture': 'value', '--all-providers': 'bool', '--all-architectures': 'bool' }, { '-f': '--force', '-a': '--architecture' });
    if (p.bad || p.pos.length !== 1) return fail(ctx, HELP['box remove'].trimEnd());
    const name = p.pos[0];
    const boxes = world.boxes.filter((b) => b.name === name);
    if (!boxes.length) return fail(ctx, fmt('box_remove_not_found', { name }));
    const want = p.flags.get('--box-version') as string | undefined;
    let victims = boxes;
    if (want) {
      victims = boxes.filter((b) => b.version === want);
      if (!victims.length) return fail(ctx, fmt('box_remove_version_not_found', { name, version: want, versions: boxes.map((b) => `* ${b.version}`).join('\n') }));
    } else if (!p.flags.has('--all') && new Set(boxes.map((b) => b.version)).size > 1) {
      return fail(ctx, fmt('box_remove_multi_version', { name, versions: boxes.map((b) => `* ${b.version}`).join('\n') }));
    }
    for (const b of victims) {
      const users: string[] = [];
      for (const pr of world.projects.values())
        for (const m of pr.machines.values()) if (m.state !== 'not_created' && m.box === b.name && m.boxVersion === b.version) users.push(`${rubyPath(pr.dir)}/Vagrantfile`);
      if (users.length && !p.flags.has('--force')) {
        const ans = String(yield { ask: fmt('box_remove_in_use_query', { name: b.name, version: b.version, provider: b.provider, architecture: b.architecture, users: users.join('\n') }) });
        if (!/^y/i.test(ans.trim())) continue;
      }
      ctx.out(fmt('box_removing', { name: b.name, version: b.version, provider: b.provider }) + '\n');
      world.boxes.splice(world.boxes.indexOf(b), 1);
    }
    return 0;
  }
  const latestOf = (name: string) => {
    const cat = findBox(name);
    return cat ? matchVersion(cat.versions.filter((v) => v.providers.includes('virtualbox')).map((v) => v.version), null) : null;
  };
  if (sub === 'outdated') {
    const p = parseArgs(rest, { '--global': 'bool', '--force': 'bool' }, { '-f': '--force' });
    if (p.flags.has('--global')) {
      for (const b of [...world.boxes].reverse()) {
        const latest = latestOf(b.name);
        if (!latest) ctx.out(`* '${b.name}' for '${b.provider}' wasn't added from a catalog, no version information\n`);
        else if (cmpVersion(latest, b.version) > 0) ctx.out(`* '${b.name}' for '${b.provider}' is outdated! Current: ${b.version}. Latest: ${latest}\n`);
        else ctx.out(`* '${b.name}' for '${b.provider}' (v${b.version}) is up to date\n`);
      }
      return 0;
    }
    const found = yield* envTargets(ctx, p.pos, false);
    if (typeof found === 'number') return found;
    const { env, list } = found;
    for (const m of list) {
      const cfg = cfgOf(env, m);
      const version = m.state === 'not_created' ? boxInstalled(world, cfg.box ?? '', cfg.boxVersion) : m.boxVersion;
      if (!version) {
        info(ctx, m.name, `Box '${cfg.box}' could not be found.`);
        continue;
      }
      info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: cfg.box ?? m.box, version }));
      const latest = matchVersion(findBox(cfg.box ?? '')?.versions.map((v) => v.version) ?? [], cfg.boxVersion);
      if (latest && cmpVersion(latest, version) > 0)
        info(ctx, m.name, `A newer version of the box '${cfg.box}' for provider 'virtualbox' is\navailable! You currently have version '${version}'. The latest is version\n'${latest}'. Run \`vagrant box update\` to update.`);
      else info(ctx, m.name, `Box '${cfg.box}' (v${version}) is running the latest version.`);
    }
    return 0;
  }
  if (sub === 'update') {
    const found = yield* envTargets(ctx, [], false);
    if (typeof found === 'number') return found;
    const { env, list } = found;
    for (const m of list) {
      const cfg = cfgOf(env, m);
      const installed = boxInstalled(world, cfg.box ?? '', null);
      if (!installed) {
        ctx.err(`The machine '${m.name}' has no box installed yet. Run \`vagrant up\` first.\n`);
        return 1;
      }
      info(ctx, m.name, `Checking for updates to '${cfg.box}'`);
      detail(ctx, m.name, `Latest installed version: ${installed}`);
      detail(ctx, m.name, `Version constraints: ${cfg.boxVersion ?? ''}`);
      detail(ctx, m.name, 'Provider: virtualbox');
      yield wait(900);
      const latest = matchVersion(findBox(cfg.box ?? '')?.versions.map((v) => v.version) ?? [], cfg.boxVersion);
      if (!latest || cmpVersion(latest, installed) <= 0) {
        info(ctx, m.name, `Box '${cfg.box}' (v${installed}) is running the latest version.`);
        continue;
      }
      info(ctx, m.name, `Updating '${cfg.box}' with provider 'virtualbox' from version\n'${installed}' to '${latest}'...`);
      const v = yield* ensureBox(ctx, m.name, cfg.box ?? '', latest, false, env.loaded.dir);
      if (typeof v === 'number') return v;
    }
    return 0;
  }
  if (sub === 'prune') {
    if (!world.boxes.length) {
      ctx.out(M.box_no_installed + '\n');
      return 0;
    }
    const longest = Math.max(...world.boxes.map((b) => b.name.length));
    const newest = new Map<string, string>();
    for (const b of world.boxes) if (!newest.has(b.name) || cmpVersion(b.version, newest.get(b.name)!) > 0) newest.set(b.name, b.version);
    const inUse = (b: (typeof world.boxes)[number]) => [...world.projects.values()].some((pr) => [...pr.machines.values()].some((m) => m.state !== 'not_created' && m.box === b.name && m.boxVersion === b.version));
    ctx.out('The following boxes will be kept...\n');
    for (const b of world.boxes) if (newest.get(b.name) === b.version) ctx.out(`${b.name.padEnd(longest)} (${b.provider}, ${b.version})\n`);
    ctx.out('\nChecking for older boxes...\n');
    const old = world.boxes.filter((b) => newest.get(b.name) !== b.version && !inUse(b));
    if (!old.length) {
      ctx.out('\nNo old versions of boxes to remove...\n');
      return 0;
    }
    for (const b of old) {
      ctx.out(fmt('box_removing', { name: b.name, version: b.version, provider: b.provider }) + '\n');
      world.boxes.splice(world.boxes.indexOf(b), 1);
    }
    return 0;
  }
  if (sub === 'repackage') {
    ctx.err('The box you requested to be repackaged could not be found.\n');
    return 1;
  }
  ctx.out(HELP.box);
  return 1;
}

function* cmdVersion(ctx: CommandContext): CommandRun {
  yield wait(800);
  ctx.out(`Installed Version: ${VAGRANT_VERSION}\nLatest Version: ${VAGRANT_VERSION}\n \nYou're running an up-to-date version of Vagrant!\n`);
  return 0;
}

function* cmdPort(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--guest': 'value' });
  if (p.bad) return fail(ctx, HELP.port.trimEnd());
  const found = yield* envTargets(ctx, p.pos.slice(0, 1), true);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  const m = list[0];
  yield wait(500);
  const ports = m.state === 'running' ? m.forwardedPorts : [];
  const guest = p.flags.get('--guest');
  if (typeof guest === 'string') {
    const hit = ports.find((f) => String(f.guest) === guest);
    if (!hit) return fail(ctx, fmt('port_no_match', { port: guest }));
    ctx.out(`${hit.host}\n`);
    return 0;
  }
  if (!ports.length) {
    ctx.out(M.port_empty + '\n');
    return 0;
  }
  ctx.out(M.port_details + '\n\n' + ports.map((f) => `${String(f.guest).padStart(6)} (guest) => ${f.host} (host)\n`).join(''));
  return 0;
}

function* cmdSshConfig(ctx: CommandContext, args: string[]): CommandRun {
  const p = parseArgs(args, { '--host': 'value' });
  if (p.bad) return fail(ctx, HELP['ssh-config'].trimEnd());
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  yield wait(800);
  const blocks: string[] = [];
  for (const m of list) {
    if (m.state === 'not_created') return fail(ctx, M.ssh_not_ready);
    if (m.state !== 'running') return fail(ctx, M.ssh_not_ready);
    const host = (p.flags.get('--host') as string | undefined) ?? m.name;
    blocks.push(
      [
        `Host ${host}`,
        '  HostName 127.0.0.1',
        '  User vagrant',
        `  Port ${m.sshPort}`,
        '  UserKnownHostsFile /dev/null',
        '  StrictHostKeyChecking no',
        '  PasswordAuthentication no',
        `  IdentityFile ${rubyPath(env.loaded.dir)}/.vagrant/machines/${m.name}/virtualbox/private_key`,
        '  IdentitiesOnly yes',
        '  LogLevel FATAL',
        '  PubkeyAcceptedKeyTypes +ssh-rsa',
        '  HostKeyAlgorithms +ssh-rsa',
        '',
      ].join('\n'),
    );
  }
  ctx.out(blocks.join('\n'));
  return 0;
}

const SUBS: Record<string, (ctx: CommandContext, args: string[]) => CommandRun> = {
  port: cmdPort,
  'ssh-config': cmdSshConfig,
  init: cmdInit,
  up: cmdUp,
  status: cmdStatus,
  'global-status': cmdGlobalStatus,
  ssh: cmdSsh,
  halt: cmdHalt,
  suspend: cmdSuspend,
  resume: cmdResume,
  reload: cmdReload,
  provision: cmdProvision,
  destroy: cmdDestroy,
  validate: cmdValidate,
  box: cmdBox,
  version: cmdVersion,
};

export function* vagrantMain(ctx: CommandContext): CommandRun {
  const args = [...ctx.args];
  // options before the subcommand belong to vagrant itself
  let i = 0;
  while (i < args.length && args[i].startsWith('-')) {
    const a = args[i];
    if (a === '-v' || a === '--version') {
      yield wait(300);
      ctx.out(`Vagrant ${VAGRANT_VERSION}\n`);
      return 0;
    }
    if (a === '-h' || a === '--help') {
      ctx.out(mainHelp());
      return 0;
    }
    i++;
  }
  const sub = args[i];
  const rest = args.slice(i + 1);
  if (!sub) {
    ctx.out(mainHelp());
    return 1;
  }
  if (sub === 'help') {
    const h = rest[0] ? HELP[rest[0]] : undefined;
    ctx.out(h ?? mainHelp());
    return 0;
  }
  const fn = SUBS[sub];
  if (!fn) {
    yield wait(300);
    ctx.out(mainHelp());
    return 1;
  }
  if (sub !== 'box' && (rest.includes('-h') || rest.includes('--help')) && !(sub === 'ssh' && rest.indexOf('--') >= 0 && rest.indexOf('--') < rest.indexOf('-h'))) {
    ctx.out(HELP[sub]);
    return 0;
  }
  if (rest.includes('--version') || (rest.includes('-v') && sub !== 'ssh')) {
    ctx.out(`Vagrant ${VAGRANT_VERSION}\n`);
    return 0;
  }
  try {
    return yield* fn(ctx, rest);
  } catch (e) {
    if (e instanceof Interrupt && sub !== 'up') {
      ctx.err(M.vagrant_interrupt + '\n');
      return 1;
    }
    throw e;
  }
}

// ---------------------------------------------------------------- completion

export function complete(args: string[], word: string, cctx: { world: World; host: Host; frame: Frame }): string[] {
  const subs = Object.keys(SUBS);
  const pos = args.filter((a) => !a.startsWith('-'));
  if (pos.length === 0) return word.startsWith('-') ? ['-h', '--help', '-v', '--version'] : subs;
  const sub = pos[0];
  if (sub === 'box' && pos.length === 1) return ['add', 'list', 'remove', 'outdated', 'prune', 'repackage', 'update'];
  if (sub === 'box' && pos[1] === 'remove') return cctx.world.boxes.map((b) => b.name);
  if (sub === 'box' && pos[1] === 'add') return word.startsWith('-') ? ['--box-version', '--provider', '--force', '--clean'] : ['rockylinux/9', 'generic/rocky9', 'ubuntu/jammy64', 'hashicorp/bionic64'];
  if (sub === 'init') return word.startsWith('-') ? ['--box-version', '--force', '--minimal', '--output', '--template', '--help'] : ['rockylinux/9', 'generic/rocky9', 'ubuntu/jammy64', 'hashicorp/bionic64'];
  const flags: Record<string, string[]> = {
    up: ['--provision', '--no-provision', '--provision-with', '--destroy-on-error', '--no-destroy-on-error', '--parallel', '--no-parallel', '--provider'],
    ssh: ['-c', '--command', '-p', '--plain', '-t', '--tty', '--no-tty'],
    halt: ['-f', '--force'],
    destroy: ['-f', '--force', '-g', '--graceful', '--parallel'],
    reload: ['--provision', '--no-provision', '-f', '--force'],
    'global-status': ['--prune'],
    validate: ['-p', '--ignore-provider'],
  };
  if (word.startsWith('-')) return [...(flags[sub] ?? []), '-h', '--help'];
  const loaded = loadEnv(cctx.host, cctx.frame.cwd);
  if (loaded?.result.ok) return loaded.result.machines.map((m) => m.name);
  return [];
}

// ---------------------------------------------------------------- for labs

/**
 * Bring every machine of the Vagrantfile in `dir` (on the Windows host) up at once, as if `vagrant up`
 * had run to the end: boxes added, guests created and running, provisioners run. Output is discarded.
 */
export async function vagrantUpInstant(world: World, dir: string, opts: { provision?: boolean; hostId?: string } = {}): Promise<VagrantProject> {
  const host = world.host(opts.hostId ?? 'host');
  const frame: Frame = { shell: 'cmd', hostId: host.id, user: 'user', cwd: dir, env: { ...host.env }, via: 'root', lastExit: 0, history: [] };
  const hooks: SessionHooks = { clear: () => {}, edit: () => {}, pushFrame: () => {}, popFrame: () => {}, depth: () => 1, top: () => undefined, interactiveEditor: false };
  let errors = '';
  const ctx: CommandContext = {
    world, host, shell: 'cmd', frame, name: 'vagrant', args: opts.provision === false ? ['up', '--no-provision'] : ['up'], stdin: null, tty: false,
    out: () => {}, err: (t) => (errors += t), user: host.users.get('user')!, resolve: (p) => host.fs.resolve(dir, p), session: hooks,
    runLine: function* () {
      return 0;
    },
  };
  const gen = vagrantMain(ctx);
  let input: unknown;
  for (let guard = 0; guard < 100_000; guard++) {
    const r = gen.next(input);
    if (r.done) {
      if (r.value !== 0) throw new Error(`vagrant up failed in ${dir}: ${errors.trim()}`);
      break;
    }
    const y = r.value;
    input = undefined;
    if ('wait' in y) world.advanceTo(world.now + Math.min(y.wait, 50));
    else if ('ask' in y) input = '';
    else input = await y.load();
  }
  return world.project(dir)!;
}

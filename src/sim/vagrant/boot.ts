// Bringing a machine up: import, network, boot, shared folders, provisioners.
import { detachedHooks, type CommandContext, type Frame } from '../context';
import type { Machine, MachineConfig, Yield } from '../types';
import { fmt, M } from './messages';
import { applyConfig, configInvalid, createGuest, rubyPath, usedPorts } from './machines';
import { runBash } from '../shell/bash';
import { runScript } from '../shell/exec';
import { info, detail, fail, wait } from './out';
import { type Env, cfgOf, invalid } from './env';
import { ensureBox } from './box-add';

export function* bootLines(ctx: CommandContext, m: Machine, first: boolean): Generator<Yield, void, unknown> {
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
  // the box's Guest Additions against VirtualBox's major.minor (check_guest_additions.rb): rockylinux/9 5.0.0 is
  // built with 6.1.40 (rocky-linux/kickstarts Rocky-9-Vagrant-Vbox.ks), the host runs 7.1
  const ga = m.box === 'rockylinux/9' && m.boxVersion === '5.0.0' ? '6.1.40' : null;
  if (ga) for (const line of fmt('version_mismatch', { guest_version: ga, virtualbox_version: '7.1' }).split('\n')) detail(ctx, m.name, line);
}

export function* afterBoot(ctx: CommandContext, env: Env, m: Machine): Generator<Yield, void, unknown> {
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

export function assignPorts(ctx: CommandContext, m: Machine, cfg: MachineConfig, announce: boolean): void {
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

export function* networkLines(ctx: CommandContext, m: Machine, cfg: MachineConfig, clearPorts: boolean): Generator<Yield, void, unknown> {
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
export function* upOne(ctx: CommandContext, env: Env, m: Machine, provisionFlag: boolean | null, types: string[] | null = null): Generator<Yield, number, unknown> {
  const world = ctx.world;
  const cfg = cfgOf(env, m);
  const project = env.project;
  // after the boot, the provision step: run, skipped by --no-provision, or skipped by the sentinel
  const provisionStep = () => provisionAfterBoot(ctx, env, m, provisionFlag, types);
  // action_up: HandleBox for a machine not created yet, then ConfigValidate
  if (m.state !== 'not_created' || !cfg.box) {
    const bad = invalid(ctx, env, m);
    if (bad !== null) return bad;
  }
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
  const box = cfg.box!;
  const version = yield* ensureBox(ctx, m.name, box, cfg.boxVersion, true, env.loaded.dir);
  if (typeof version === 'number') return version;
  const bad = invalid(ctx, env, m);
  if (bad !== null) return bad;
  info(ctx, m.name, fmt('importing', { name: box }));
  yield wait(6000);
  const guest = createGuest(world, project, m, cfg, version);
  world.setMachineState(project, m.name, 'poweroff');
  info(ctx, m.name, M.matching_mac);
  yield wait(800);
  info(ctx, m.name, fmt('box_outdated_checking_with_refresh', { name: box, version }));
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
  return yield* provisionOne(ctx, env, m, { all: true, types });
}

/** A line-buffered writer that prefixes every line with "    name: ". */
export function prefixed(write: (t: string) => void, name: string) {
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

/** Which provisioners run: all of them (first boot, `vagrant provision`, --provision), only those marked
 * `run: "always"` (the sentinel says the machine was provisioned), or those --provision-with names. */
export interface ProvisionChoice {
  all: boolean;
  types: string[] | null;
}

/** After a boot: --no-provision runs none; --provision or --provision-with ignore the sentinel; otherwise the
 * sentinel message, then the `run: "always"` provisioners (lib/vagrant/action/builtin/provision.rb). */
export function* provisionAfterBoot(ctx: CommandContext, env: Env, m: Machine, flag: boolean | null, types: string[] | null): Generator<Yield, number, unknown> {
  if (flag === false) {
    info(ctx, m.name, M.provision_disabled_by_config);
    return 0;
  }
  if (flag === true || types) return yield* provisionOne(ctx, env, m, { all: true, types });
  info(ctx, m.name, M.provision_disabled_by_sentinel);
  return yield* provisionOne(ctx, env, m, { all: false, types: null });
}

const KNOWN_PROVISIONERS = ['ansible', 'ansible_local', 'cfengine', 'chef_apply', 'chef_client', 'chef_solo', 'chef_zero', 'container', 'docker', 'file', 'podman', 'puppet', 'puppet_server', 'salt', 'shell'];

/** --provision-with: the names and types given, or Vagrant's ProvisionerFlagInvalid for one it knows neither way. */
export function provisionTypes(ctx: CommandContext, env: Env, value: string | true | undefined): string[] | null | number {
  if (typeof value !== 'string') return null;
  const types = value.split(',').filter(Boolean);
  const names = new Set(env.configs.flatMap((c) => c.provisioners.map((p) => p.name).filter((n): n is string => !!n)));
  if (types.some((t) => names.has(t))) return types;
  const bad = types.find((t) => !KNOWN_PROVISIONERS.includes(t));
  if (bad) return fail(ctx, `'${bad}' is not a known provisioner. Please specify a valid\nprovisioner.`);
  return types;
}

export function* provisionOne(ctx: CommandContext, env: Env, m: Machine, choice: ProvisionChoice = { all: true, types: null }): Generator<Yield, number, unknown> {
  const cfg = cfgOf(env, m);
  const world = ctx.world;
  for (const p of cfg.provisioners) {
    const typeName = p.kind ?? p.type;
    if (p.run === 'never') {
      if (!p.name || !choice.types?.includes(p.name)) continue;
    } else if (choice.types) {
      if (!choice.types.includes(typeName) && !(p.name && choice.types.includes(p.name))) continue;
    } else if (!choice.all && p.run !== 'always') continue;
    const title = p.name ? `${p.name} (${typeName})` : typeName;
    if (p.type !== 'shell') {
      info(ctx, m.name, fmt('provision_beginning', { provisioner: title }));
      continue;
    }
    let script = p.inline ?? '';
    let label = 'inline script';
    if (p.path !== undefined) {
      const path = ctx.host.fs.resolve(env.loaded.dir, p.path);
      const text = ctx.host.fs.read(path);
      if (text === 'ENOENT' || text === 'EISDIR') {
        return fail(ctx, configInvalid([`shell provisioner:\n* ${fmt('shell_path_invalid', { path: rubyPath(path) })}`]));
      }
      script = text;
      const d = new Date(world.now);
      label = `C:/Users/user/AppData/Local/Temp/vagrant-shell${d.getUTCFullYear()}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}-${world.rng.int(1000, 9999)}-${world.rng.str(7, 'abcdefghijklmnopqrstuvwxyz0123456789')}.sh`;
    }
    info(ctx, m.name, fmt('provision_beginning', { provisioner: title }));
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
export function* runInGuest(
  ctx: CommandContext,
  m: Machine,
  script: string,
  user: string,
  args: string[],
  out: { write: (t: string) => void; flush: () => void },
  err: { write: (t: string) => void; flush: () => void },
  /** `vagrant ssh -c`: ssh_run.rb wraps the command in config.ssh.shell, `bash -l -c '<command>'` (a shell that is not
   * interactive: `exit` prints no `logout`, errors are named `bash: line 1: `, $0 is `bash`) */
  inline = false,
): Generator<Yield, number, unknown> {
  const guest = ctx.world.host(m.hostId);
  const home = guest.users.get(user)?.home ?? '/';
  const frame: Frame = {
    shell: 'bash', hostId: guest.id, user, cwd: user === 'root' ? '/home/vagrant' : home,
    env: { ...guest.env, HOME: home, USER: user, LOGNAME: user, ...Object.fromEntries(args.map((a, i) => [String(i + 1), a])), '#': String(args.length) },
    via: 'ssh', lastExit: 0, history: [],
  };
  const hooks = detachedHooks();
  try {
    const io = { out: out.write, err: err.write, tty: false };
    if (inline) return yield* runScript({ world: ctx.world, hooks }, frame, 'bash', script, [], io, true);
    return yield* runBash({ world: ctx.world, hooks }, frame, script, io);
  } finally {
    out.flush();
    err.flush();
  }
}

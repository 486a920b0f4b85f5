/**
 * The simulated world: public API.
 *
 * Layout of src/sim
 *   index.ts, session.ts, world.ts, fs.ts, login.ts   the API, a terminal session, hosts and clock, the file
 *                                      system, the login environment
 *   registry.ts, complete.ts, lazy.ts  commands and labs by name, Tab completion, modules loaded on first use
 *   spec/                              a command as data (types.ts) and the one argv parser (parse.ts), usage
 *                                      errors per tool family (errors.ts), Tab from the spec (complete.ts), the
 *                                      dispatch help / version / error / run (engine.ts, loaded on first use)
 *   shell/                             bash and cmd.exe: parsing, expansion, running a command through runDef
 *   commands/                          guest and host commands; one folder per tool family with each command's
 *                                      spec, help and run module side by side (coreutils/ls/{spec,help,run}.ts,
 *                                      procps/, systemd/, sudo/, ...); specs and help are written from the real
 *                                      tools' sources by scripts/golden/*.ts; guest.ts is the manifest of guest commands,
 *                                      lib/ holds what they share
 *   data/                              catalogs (boxes, dnf packages)
 *   vagrant/, k8s/, lab/               the Vagrant command and Vagrantfile, the Kubernetes model, lab checks
 * tests/unit/sim/spec/every-command.test.ts checks every command's help, bad options and Tab;
 * tests/golden/ holds the real tools' output the simulator is compared with.
 *
 * Pure TypeScript, no DOM. Deterministic: the clock and random source are injected through
 * `createSession({ seed, start })`; names, hashes, IPs and tokens repeat for the same seed.
 *
 * Session (what the terminal, the CLI and tests use)
 *   const s = await createSession({ lab: 'host', seed: 1, files: { 'D:\\3_VMs\\HashiCorp\\x.txt': 'hi' } });
 *   s.prompt()                      'D:\3_VMs\HashiCorp>' | '[vagrant@localhost ~]$ ' | '> ' (here-doc) | '' (busy)
 *   await s.submit(line)            a typed line: a command, the answer to s.question, or a here-doc line
 *   await s.advance(ms)             move simulated time; running commands print as time passes
 *   await s.interrupt()             Ctrl+C (throws `Interrupt` into the running command)
 *   s.busy / s.question             a command is running / the y/N question it waits on
 *   s.wantsKey / s.pressKey(k)      a full-screen command (top) reads single keys, unechoed: send each key
 *   s.resize(cols, rows)            the terminal's size (top fills it)
 *   s.questionSecret                the question asks for a password (do not echo the answer)
 *   s.frame / s.stack / s.closed    current shell level (host, user, cwd, env) / all levels / first shell exited
 *   s.on('output', ({text, stream}) => ...)   newlines are "\n"
 *   s.on('clear' | 'edit' | 'exit' | 'done', ...)
 *   s.saveFile(hostId, path, text)  write back what the editor pane saved (edit event: {hostId, path, content,
 *                                   editor, readonly?}); false when the user may not write the file
 *   s.complete(line, cursor)        { start, candidates }
 *   s.completionNeeds(line, cursor) a promise to await before complete() when the command's module is not loaded;
 *   await s.completeAsync(line, cursor)   both in one
 *   s.displayMatches(candidates, cols, rows)   what a second Tab shows: { out, next?(key) } (readline's
 *                                   "Display all N possibilities?" and --More--, answered key by key)
 *   s.history                       lines typed at prompts
 *   await s.exec(line, {answers})   headless: submit + fast-forward; { stdout, stderr, output, exitCode }
 *   await s.settle(maxMs?)          fast-forward until the running command ends or asks (endless ones stop after an hour)
 *   s.world                         the World (hosts, vagrant projects, clock, ext slot)
 *
 * Commands are data (see registry.ts): registerCommand({ name, shell: 'cmd'|'bash'|'both', summary,
 * available?(host, world), complete?(args, word, ctx), spec?, *run(ctx) }); with a spec (spec/types.ts, or
 * registerSpecCommand(spec, { shell, run | load })) help, usage errors and flag completion come from it and
 * run sees ctx.opts / ctx.operands. `run` is a generator: write with
 * ctx.out / ctx.err; `yield { wait: ms }` to let time pass, `yield { ask: text }` to read a line
 * (the answer is the value of the yield), `yield { load: () => import(...) }` for lazy modules;
 * return the exit code. Catch `Interrupt` to print what the real tool prints on Ctrl+C.
 * registerLazyCommand({ name, shell, summary, available?, load: () => import('./k8s/kubectl').then(m => m.default) })
 * loads the body on first use (the core never imports src/sim/k8s statically).
 * Shells: cmd.exe on Windows hosts (case-insensitive names, blank line before each prompt), bash on
 * guests (login shell: errors read `-bash: x: command not found`). tokenize(line) / parseCommandLine(line)
 * split a command line the way bash does, for comparing typed answers.
 * Labs: 'host' (Windows host, empty D:\3_VMs\HashiCorp) and 'vm' (rockylinux/9 5.0.0 up, logged in with
 * vagrant ssh) live here.
 * registerLab(id, async ({ world, seed, options }) => LabStart | void, summary) adds a start state;
 * registerLazyLab(id, () => import(...)) keeps a lab's module out of the first chunk.
 *
 * World extension points (world.ts): world.onTick((now, dt) => ...) runs as simulated time passes;
 * world.on('machine-state', e => ...) on VM state changes (halt → a node goes NotReady);
 * world.on('unit-changed' | 'packages-changed' | 'host-added' | 'host-removed', ...);
 * world.ext (Map) is a free slot for the cluster; host.sys holds swap, kernel modules, sysctl,
 * installed packages and systemd units; PACKAGES (data/packages.ts) is the dnf catalog.
 * Vagrant helpers for labs: vagrantUpInstant(world, dir) brings every machine of a Vagrantfile up at once.
 *
 * Loading: this module and the cmd.exe builtins are the first chunk. The bash builtins and the guest manifest
 * (commands/guest.ts: every guest command's name, where it exists, and its module) load on the first bash command
 * or `vagrant ssh`; each guest command's module (spec, help, run) on its first use or Tab; the Vagrant command
 * (vagrant/command.ts) on its first use. loadGuest()/loadEveryGuestCommand()/loadVagrant() preload them.
 * Helpers for extensions, imported from their modules (they are in the lazy chunks):
 *   commands/lib/packages.ts  hasCommand(host, cmd), installPackage(host, pkg, now), removePackage, enabledRepos
 *   commands/lib/units.ts     setUnit({world, host}, unit, active)
 *   commands/lib/http.ts      registerHttpHandler(({url, host, world}) => ({status, body}) | null)  (curl, wget)
 *   commands/lib/guest.ts     isRoot(ctx); commands/lib/files.ts readPath(ctx, path), sysctlValue(host, key)
 *   net/listeners.ts          listen(world, { hostId, port, addr, process, pid, http? }) → close: what ss lists and
 *                             curl/wget on that host reach (kubectl proxy, port-forward); net/web/ the pages
 *                             (manifests) curl and wget download, loaded per URL
 *   commands/lib/procs.ts, lib/sockets.ts  the processes and sockets of a guest (ps, top, ss)
 *   (commands/linux.ts and commands/system.ts re-export these for older imports)
 *   data/packages.ts    PACKAGES, findPackages(name), REPOS, K8S_REPO_VERSIONS, cmpVersion
 *   vagrant/vagrantfile.ts  parseVagrantfile(text)
 * Extensions register their lazy commands and labs from a module such as src/sim/k8s/register.ts;
 * the CLI imports ./k8s/register when it exists; the page's entry point should import it as well.
 */
import { registerLab, findLab, labIds, labSummary, type LabStart, type LabFactory } from './registry';
import { Session } from './session';
import { World, windowsHost } from './world';
import { seedFrom } from './rng';
import type { Frame } from './context';
import './commands/cmd';
import './commands/docker-register';
import { registerLazyCommand } from './registry';
import { loadGuest, loadVagrant, vagrantIfLoaded } from './lazy';
import { loginEnv, loginVars } from './login';
import { restoreWorld, saveWorld, type WorldSnapshot } from './snapshot';

export { Session } from './session';
export { World, windowsHost, linuxHost, DEFAULT_START } from './world';
export type { MachineStateEvent, WorldEvents, LinuxHostOptions } from './world';
export { Vfs } from './fs';
export { Rng, seedFrom } from './rng';
export {
  registerCommand,
  registerLazyCommand,
  registerLab,
  findCommand,
  commandNames,
  labIds,
  labSummary,
} from './registry';
export type { CommandDef, LazyCommandDef, AnyCommandDef, LabFactory, LabStart, LabContext } from './registry';
export type { CommandContext, CompleteContext, Frame, SessionHooks } from './context';
export { tokenize, parseCommandLine, parseBash } from './shell/parse';
export type { ParsedLine, ParsedCommand } from './shell/parse';
export { Interrupt } from './types';
export * from './types';
export { globMatch, parseFlags, padEnd, padStart } from './util';
export { loadGuest, loadEveryGuestCommand, loadVagrant } from './lazy';
export { registerSnapshotPart, SnapshotError, type WorldSnapshot, type SnapshotPart } from './snapshot';

/** The dnf package catalog (data/packages.ts), loaded on demand. */
export const loadPackages = () => import('./data/packages');

/**
 * Bring every machine of the Vagrantfile in `dir` (Windows host) up at once: boxes added, guests
 * running, provisioners run, no output. For lab factories.
 */
export async function vagrantUpInstant(world: World, dir: string, opts: { provision?: boolean; hostId?: string } = {}) {
  const m = await loadVagrant();
  await loadGuest();
  return m.vagrantUpInstant(world, dir, opts);
}

/** A Vagrant machine by project folder and name. */
export function machineFor(world: World, dir: string, name: string) {
  return world.project(dir)?.machines.get(name);
}

const VAGRANT_SUBS = ['box', 'destroy', 'global-status', 'halt', 'init', 'port', 'provision', 'reload', 'resume', 'ssh', 'ssh-config', 'status', 'suspend', 'up', 'validate', 'version'];

registerLazyCommand({
  name: 'vagrant',
  shell: 'cmd',
  summary: 'Vagrant: development environments made easy',
  complete: (args, word, ctx) => {
    const m = vagrantIfLoaded();
    if (m) return m.complete(args, word, ctx);
    void loadVagrant();
    if (args.filter((a) => !a.startsWith('-')).length === 0) return word.startsWith('-') ? ['-h', '--help', '-v', '--version'] : VAGRANT_SUBS;
    return [];
  },
  load: () => loadVagrant().then((m) => ({ run: m.vagrantMain, complete: m.complete })),
});

export interface CreateSessionOptions {
  /** Lab id (default "host"). */
  lab?: string;
  /** Seed for names, hashes, IPs (default 1). */
  seed?: number | string;
  /** Start time, epoch ms (default 2025-12-10 01:02:55 UTC). */
  start?: number;
  /** Extra files to place: absolute paths on the Windows host (D:\...) or "hostId:/path" on a guest. */
  files?: Record<string, string>;
  /** Options passed to the lab factory. */
  options?: Record<string, unknown>;
  /** false: editors print the file and read replacement lines (CLI). Default true (edit event). */
  interactiveEditor?: boolean;
  /**
   * The lab's start world saved when the site was built (labSnapshot): restored instead of running the
   * lab's factory; `lab`, `seed`, `start` and `options` are then those it was saved with.
   */
  snapshot?: WorldSnapshot;
}

registerLab(
  'host',
  () => ({ hostId: 'host', cwd: 'D:\\3_VMs\\HashiCorp' }),
  'The Windows host with VirtualBox 7 and Vagrant 2.4, in an empty D:\\3_VMs\\HashiCorp',
);

registerLab(
  'vm',
  async ({ world }) => {
    const host = world.host('host');
    const dir = 'D:\\3_VMs\\HashiCorp';
    host.fs.write(
      dir + '\\Vagrantfile',
      '# -*- mode: ruby -*-\n# vi: set ft=ruby :\n\nVagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\nend\n',
    );
    await vagrantUpInstant(world, dir);
    world.advanceTo(world.now + 10 * 60_000);
    return { hostId: 'host', cwd: dir, stack: [{ hostId: 'default', user: 'vagrant', via: 'ssh' }] };
  },
  'A Rocky Linux 9.5 VM brought up by vagrant (rockylinux/9 5.0.0), logged in with vagrant ssh',
);

const lazyPlaceholders = new Set<LabFactory>();

/** Register a lab whose module (which calls registerLab itself) is imported on first use. */
export function registerLazyLab(id: string, load: () => Promise<unknown>, summary = ''): void {
  if (findLab(id) && !lazyPlaceholders.has(findLab(id)!)) return;
  const placeholder: LabFactory = async (ctx) => {
    await load();
    const real = findLab(id);
    if (!real || real === placeholder) throw new Error(`lab ${id} did not register itself`);
    return real(ctx);
  };
  lazyPlaceholders.add(placeholder);
  registerLab(id, placeholder, summary);
}

export class UnknownLabError extends Error {
  constructor(readonly id: string) {
    super(`unknown lab '${id}'. Known labs: ${labIds().join(', ')}`);
  }
}

/** A new world with the lab's factory run on it, and where the learner's shell starts. */
async function buildLab(opts: CreateSessionOptions): Promise<{ world: World; start: LabStart }> {
  const labId = opts.lab ?? 'host';
  const factory = findLab(labId);
  if (!factory) throw new UnknownLabError(labId);
  const seed = seedFrom(opts.seed);
  const world = new World(seed, opts.start);
  world.addHost(windowsHost(world));
  const start: LabStart = (await factory({ world, seed, options: opts.options ?? {} })) ?? {};
  return { world, start };
}

/** A lab's start world as JSON-ready data, for createSession({ snapshot }); see snapshot.ts. */
export async function labSnapshot(opts: Omit<CreateSessionOptions, 'files' | 'snapshot' | 'interactiveEditor'> = {}): Promise<WorldSnapshot> {
  const { world, start } = await buildLab(opts);
  return saveWorld(world, start);
}

export async function createSession(opts: CreateSessionOptions = {}): Promise<Session> {
  const { world, start } = opts.snapshot
    ? { world: await restoreWorld(opts.snapshot), start: opts.snapshot.lab }
    : await buildLab(opts);
  for (const [path, content] of Object.entries(opts.files ?? {})) {
    const g = /^([A-Za-z0-9_.-]+):(\/.*)$/.exec(path);
    const m = g && world.hosts.has(g[1]) ? g : null;
    const host = m ? world.hosts.get(m[1]) : world.hosts.get('host');
    const p = m ? m[2] : path;
    if (!host) throw new Error(`no host for ${path}`);
    host.fs.mkdir(host.fs.dirname(p), true);
    host.fs.write(p, content);
  }
  const hostId = start.hostId ?? 'host';
  const host = world.host(hostId);
  const user = start.user ?? (host.kind === 'windows' ? 'user' : 'vagrant');
  const root: Frame = {
    shell: host.kind === 'windows' ? 'cmd' : 'bash',
    hostId,
    user,
    cwd: start.cwd ?? (host.kind === 'windows' ? 'D:\\3_VMs\\HashiCorp' : host.users.get(user)?.home ?? '/'),
    env: host.kind === 'linux' ? loginEnv(host, user) : { ...host.env },
    via: 'root',
    lastExit: 0,
    history: [],
  };
  // A restored world needs no guest command yet: bash loads them before its first command.
  if (host.kind === 'linux' || (start.stack ?? []).length) {
    if (opts.snapshot) void loadGuest();
    else await loadGuest();
  }
  const session = new Session(world, root);
  if (opts.interactiveEditor === false) session.interactiveEditor = false;
  for (const f of start.stack ?? []) {
    const h = world.host(f.hostId);
    const home = h.users.get(f.user)?.home ?? '/';
    session.openShell({
      shell: h.kind === 'windows' ? 'cmd' : 'bash',
      hostId: f.hostId,
      user: f.user,
      cwd: f.cwd ?? home,
      // an ssh login's own variables (SSH_*, XDG_* ...) come when its shell starts (shell/startvars.ts)
      env: loginEnv(h, f.user),
      via: f.via,
      lastExit: 0,
      history: [],
    });
  }
  return session;
}

/** Environment variables of a login shell on a guest (login.ts has the whole builder). */
export function linuxEnv(home: string, user: string): Record<string, string> {
  return loginVars(home, user);
}

export { labIds as knownLabs };

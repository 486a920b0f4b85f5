// The `vagrant` command on the Windows host. The command tree is data (commands/spec.ts: a folder per
// subcommand with its spec, help and run); this module routes a parsed command line to its run.
import { detachedHooks, type CommandContext, type CompleteContext, type Frame } from '../context';
import type { CommandRun, VagrantProject } from '../types';
import { Interrupt } from '../types';
import type { World } from '../world';
import { dispatch, helpOf, completeSpec } from '../spec/engine';
import type { CommandSpec } from '../spec/types';
import { M, VAGRANT_VERSION } from './messages';
import { loadEnv } from './machines';
import { wait } from './out';
import { INVALID_USAGE, spec } from './commands/spec';
import { run as init } from './commands/init/run';
import { run as up } from './commands/up/run';
import { run as status } from './commands/status/run';
import { run as globalStatus } from './commands/global-status/run';
import { run as ssh } from './commands/ssh/run';
import { run as halt } from './commands/halt/run';
import { run as suspend } from './commands/suspend/run';
import { run as resume } from './commands/resume/run';
import { run as reload } from './commands/reload/run';
import { run as provision } from './commands/provision/run';
import { run as destroy } from './commands/destroy/run';
import { run as validate } from './commands/validate/run';
import { run as version } from './commands/version/run';
import { run as port } from './commands/port/run';
import { run as sshConfig } from './commands/ssh-config/run';
import { run as boxList } from './commands/box/list/run';
import { run as boxAdd } from './commands/box/add/run';
import { run as boxRemove } from './commands/box/remove/run';
import { run as boxOutdated } from './commands/box/outdated/run';
import { run as boxUpdate } from './commands/box/update/run';
import { run as boxPrune } from './commands/box/prune/run';
import { run as boxRepackage } from './commands/box/repackage/run';
import { run as pluginList } from './commands/plugin/list/run';
import * as snapshot from './commands/snapshot/run';

export { info, detail } from './out';
export { spec } from './commands/spec';

/** Runs that load with their module on first use: `vagrant GROUP NAME` runs the module's export NAME. */
function lazy<M extends Record<string, unknown>>(group: string, load: () => Promise<M>, names: string[]): Record<string, (ctx: CommandContext) => CommandRun> {
  return Object.fromEntries(
    names.map((n) => [
      `${group} ${n}`.trim(),
      function* (ctx: CommandContext): CommandRun {
        const m = (yield { load }) as Record<string, (c: CommandContext) => CommandRun>;
        return yield* m[n](ctx);
      },
    ]),
  );
}

/** The subcommands the world simulates, by their words after `vagrant`. */
const RUNS: Record<string, (ctx: CommandContext) => CommandRun> = {
  init, up, status, 'global-status': globalStatus, ssh, halt, suspend, resume, reload, provision, destroy, validate, version, port,
  'ssh-config': sshConfig,
  'box list': boxList, 'box add': boxAdd, 'box remove': boxRemove, 'box outdated': boxOutdated, 'box update': boxUpdate,
  'box prune': boxPrune, 'box repackage': boxRepackage,
  'plugin list': pluginList,
  ...lazy('', () => import('./commands/package/run').then((m) => ({ package: m.run })), ['package']),
  ...lazy('', () => import('./commands/rdp/run').then((m) => ({ rdp: m.run })), ['rdp']),
  ...lazy('', () => import('./commands/powershell/run').then((m) => ({ powershell: m.run })), ['powershell']),
  ...lazy('', () => import('./commands/winrm/run').then((m) => ({ winrm: m.run })), ['winrm']),
  ...lazy('', () => import('./commands/winrm-config/run').then((m) => ({ 'winrm-config': m.run })), ['winrm-config']),
  ...lazy('', () => import('./commands/push/run').then((m) => ({ push: m.run })), ['push']),
  ...lazy('', () => import('./commands/upload/run').then((m) => ({ upload: m.run })), ['upload']),
  ...lazy('cloud', () => import('./commands/cloud/search/run'), ['search']),
  ...lazy('cloud box', () => import('./commands/cloud/box/show/run').then((m) => ({ show: m.run })), ['show']),
  ...lazy('', () => import('./commands/cap/run').then((m) => ({ cap: m.run })), ['cap']),
  ...lazy('', () => import('./commands/provider/run').then((m) => ({ provider: m.run })), ['provider']),
  ...lazy('', () => import('./commands/rsync/run').then((m) => ({ rsync: m.rsync, 'rsync-auto': m.rsyncAuto })), ['rsync', 'rsync-auto']),
  ...lazy('', () => import('./commands/docker-logs/run').then((m) => ({ 'docker-logs': m.logs, 'docker-exec': m.exec, 'docker-run': m.runCmd })), [
    'docker-logs', 'docker-exec', 'docker-run',
  ]),
  ...lazy('cloud auth', () => import('./commands/cloud/auth/run'), ['login', 'logout', 'whoami']),
  ...lazy('', () => import('./commands/cloud/auth/run').then((m) => ({ login: m.login })), ['login']),
  ...Object.fromEntries(
    ['box create', 'box delete', 'box update', 'provider create', 'provider delete', 'provider update', 'provider upload', 'version create', 'version delete', 'version release', 'version revoke', 'version update', 'publish'].map(
      (w) => [`cloud ${w}`, lazy('', () => import('./commands/cloud/auth/run').then((m) => ({ x: m.needsLogin })), ['x']).x],
    ),
  ),
  ...lazy('autocomplete', () => import('./commands/autocomplete/install/run').then((m) => ({ install: m.run })), ['install']),
  ...lazy('plugin', () => import('./commands/plugin/run'), ['install', 'uninstall', 'update', 'repair', 'expunge', 'license']),
  'snapshot save': snapshot.save, 'snapshot list': snapshot.list, 'snapshot restore': snapshot.restoreCmd, 'snapshot delete': snapshot.del,
  'snapshot push': snapshot.push, 'snapshot pop': snapshot.pop,
};

function* mainHelp(ctx: CommandContext, code: number): CommandRun {
  const h = yield* helpOf([spec]);
  ctx.out(h ?? '');
  return code;
}

function* route(ctx: CommandContext): CommandRun {
  const path = ctx.specPath ?? [spec];
  const words = path.slice(1).map((s) => s.name).join(' ');
  const run = RUNS[words];
  if (run) return yield* run(ctx);
  const leaf = path[path.length - 1];
  if (path.length === 1) return yield* mainHelp(ctx, 1);
  if (leaf.subcommands?.length) {
    // a command of subcommands named without one: its help (snapshot: as an invalid usage)
    const h = (yield* helpOf(path)) ?? '';
    if (leaf.name === 'snapshot') {
      ctx.err(INVALID_USAGE + h);
      return 1;
    }
    ctx.out(h);
    return 0;
  }
  if (words === 'list-commands') {
    ctx.out((yield { load: () => import('./commands/list-commands/list').then((m) => m.default) }) as string);
    return 0;
  }
  // a real subcommand this world does not simulate (cloud, rdp, winrm, ...): Vagrant's main help, as for a
  // command it does not know; the snapshot commands first look for their environment, as the real ones do
  yield wait(300);
  if (path[1]?.name === 'snapshot' && !loadEnv(ctx.host, ctx.frame.cwd)) {
    ctx.err(M.no_env + '\n');
    return 1;
  }
  return yield* mainHelp(ctx, 1);
}

export function* vagrantMain(ctx: CommandContext): CommandRun {
  // bin/vagrant answers -v / --version anywhere on the line before anything else
  if (ctx.args.includes('-v') || ctx.args.includes('--version')) {
    yield wait(300);
    ctx.out(`Vagrant ${VAGRANT_VERSION}\n`);
    return 0;
  }
  // Vagrant splits the line at the first word that is not an option: the options before it are its own
  // (-h asks for the main help; --debug and the like change nothing here), the rest is the subcommand's
  const at = ctx.args.findIndex((a) => !a.startsWith('-'));
  const main = at < 0 ? ctx.args : ctx.args.slice(0, at);
  const sub = at < 0 ? [] : ctx.args.slice(at);
  // bin/vagrant (2.4.3) starts `serve` before reading any option, its own or the main ones
  if (sub[0] === 'serve') {
    const m = (yield { load: () => import('./commands/serve/run') }) as typeof import('./commands/serve/run');
    return yield* m.run(ctx);
  }
  if (main.includes('-h') || main.includes('--help')) return yield* mainHelp(ctx, 0);
  // `vagrant help` alone is the main help as with no command (exit 1); `vagrant help up` is up's help
  if (sub.length === 1 && sub[0] === 'help') return yield* mainHelp(ctx, 1);
  // lib/vagrant/cli.rb warns before running `login`, whatever follows
  if (sub[0] === 'login') ctx.err('WARNING: This command has been deprecated and aliased to `vagrant cloud auth login`\n');
  try {
    return yield* dispatch(spec, { ...ctx, args: sub }, route);
  } catch (e) {
    if (e instanceof Interrupt && sub[0] !== 'up') {
      ctx.err(M.vagrant_interrupt + '\n');
      return 1;
    }
    throw e;
  }
}

// ---------------------------------------------------------------- completion

const BOXES = ['rockylinux/9', 'generic/rocky9', 'ubuntu/jammy64', 'hashicorp/bionic64'];

/** Tab: subcommands, flags and their `--no-` forms from the spec; machine and box names as operands. */
export function complete(args: string[], word: string, cctx: CompleteContext): string[] {
  const fromSpec = completeSpec(spec, args, word, cctx);
  const pos = args.filter((a) => !a.startsWith('-'));
  if (fromSpec !== null) {
    if (!word.startsWith('--')) return fromSpec;
    const node = pos.reduce<CommandSpec>((s, w) => s.subcommands?.find((x) => x.name === w) ?? s, spec);
    const negated = [...(node.flags ?? []), ...(spec.globalFlags ?? [])].filter((f) => f.negatable && f.long).map((f) => `--no-${f.long}`);
    return [...fromSpec, ...negated];
  }
  if (pos[0] === 'init' || (pos[0] === 'box' && pos[1] === 'add')) return BOXES;
  if (pos[0] === 'box' && pos[1] === 'remove') return cctx.world.boxes.map((b) => b.name);
  if (pos[0] === 'box') return [];
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
  const hooks = detachedHooks();
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
    else if ('ask' in y || 'key' in y) input = '';
    else input = await y.load();
  }
  return world.project(dir)!;
}

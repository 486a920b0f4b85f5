// `vagrant plugin install|uninstall|update|repair|expunge|license` (plugins/commands/plugin/command/*.rb and
// action/*.rb of Vagrant 2.4.3; texts from templates/locales/en.yml, vagrant.commands.plugin.*). Gems come from
// the simulated RubyGems index (store.ts); RubyGems prints "Fetching NAME-VERSION.gem" for each gem it downloads
// (Gem::StreamUI::ThreadedDownloadReporter#fetch).
import type { CommandContext } from '../../../context';
import { type CommandRun, Interrupt } from '../../../types';
import { parsed, wait } from '../../out';
import { M } from '../../messages';
import { PLUGINS, requirement, resolve, type InstalledPlugin } from './store';

const T = {
  installing: (name: string) => `Installing the '${name}' plugin. This can take a few minutes...`,
  installed: (name: string, version: string) => `Installed the plugin '${name} (${version})'!`,
  uninstalling: (name: string) => `Uninstalling the '${name}' plugin...`,
  notInstalled: (name: string) => `The plugin '${name}' is not currently installed.`,
  updating: 'Updating installed plugins...',
  updatingSpecific: (names: string) => `Updating plugins: ${names}. This may take a few minutes...`,
  upToDate: 'All plugins are up to date.',
  updated: (name: string, version: string) => `Updated '${name}' to version '${version}'!`,
  repairing: 'Repairing currently installed global plugins. This may take a few minutes...',
  repaired: 'Installed plugins successfully repaired!',
  expungeConfirm: '\nThis command permanently deletes all currently installed user plugins. It\nshould only be used when a repair command is unable to properly fix the\nsystem.\n\nContinue?',
  expungeRequestReinstall: 'Would you like Vagrant to attempt to reinstall current plugins?',
  expungeComplete: '\nAll user installed plugins have been removed from this Vagrant environment!',
  expungeReinstall: '\nVagrant will now attempt to reinstall user plugins that were removed.',
  expungeAborted: '\nVagrant expunge has been declined. Skipping removal of plugins.',
  installingLicense: (name: string) => `Installing license for '${name}'...`,
  installedLicense: (name: string) => `The license for '${name}' was successfully installed!`,
  licenseNotFound: (path: string) => `The license file to install could not be found. Please verify\nthe path you gave is correct. The path to the license file given\nwas: '${path}'`,
  bundlerError: (message: string) =>
    `Vagrant failed to properly resolve required dependencies. These\nerrors can commonly be caused by misconfigured plugin installations\nor transient network issues. The reported error is:\n\n${message}`,
};

const installed = (ctx: CommandContext) => ctx.world.slot(PLUGINS).installed;

/** Bundler#install for one plugin: resolve, fetch what is not installed yet, record it. The version, or an exit code. */
function* installOne(ctx: CommandContext, name: string, constraint: string, entry: string, loosen = false): Generator<import('../../../types').Yield, string | number, unknown> {
  const req = constraint && !loosen ? constraint : '> 0';
  yield wait(2500);
  const gems = resolve(name, req);
  if (!gems) {
    ctx.err(T.bundlerError(`Unable to resolve dependency: user requested '${name} (${requirement(req)})'`) + '\n');
    return 1;
  }
  const list = installed(ctx);
  const have = (g: string, v: string) => list.some((p) => p.name === g && p.version === v) || (g === 'micromachine' && list.some((p) => resolve(p.name, `= ${p.version}`)?.some(([n, x]) => n === g && x === v)));
  for (const [g, v] of gems) {
    if (have(g, v)) continue;
    ctx.out(`Fetching ${g}-${v}.gem\n`);
    yield wait(1200);
  }
  const version = gems[gems.length - 1][1];
  const entryRec: InstalledPlugin = { name, version, constraint, entry };
  const at = list.findIndex((p) => p.name === name);
  if (at >= 0) list[at] = entryRec;
  else list.push(entryRec);
  return version;
}

function* guard(ctx: CommandContext, body: () => CommandRun): CommandRun {
  try {
    return yield* body();
  } catch (e) {
    if (e instanceof Interrupt) {
      ctx.err(M.vagrant_interrupt + '\n');
      return 1;
    }
    throw e;
  }
}

export function* install(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const version = p.flags.get('--plugin-version');
  const entry = p.flags.get('--entry-point');
  for (const name of p.pos) {
    const label = typeof version === 'string' ? `${name} --version '${version}'` : name;
    ctx.out(T.installing(label) + '\n');
    const got = yield* installOne(ctx, name, typeof version === 'string' ? version : '', typeof entry === 'string' ? entry : '');
    if (typeof got === 'number') return got;
    ctx.out(T.installed(name, got) + '\n');
  }
  return 0;
}

export function* uninstall(ctx: CommandContext): CommandRun {
  const list = installed(ctx);
  for (const name of parsed(ctx).pos) {
    yield wait(600);
    const at = list.findIndex((x) => x.name === name);
    if (at < 0) {
      ctx.err(T.notInstalled(name) + '\n');
      return 1;
    }
    ctx.out(T.uninstalling(name) + '\n');
    yield wait(900);
    list.splice(at, 1);
  }
  return 0;
}

export function* update(ctx: CommandContext): CommandRun {
  const names = parsed(ctx).pos;
  ctx.out((names.length ? T.updatingSpecific(names.join(', ')) : T.updating) + '\n');
  yield wait(2000);
  const updated: [string, string][] = [];
  for (const pl of [...installed(ctx)]) {
    if (names.length && !names.includes(pl.name)) continue;
    // Bundler#update loosens an exact constraint; any other constraint stays
    const exact = /^\s*=?\s*[0-9][0-9.]*\s*$/.test(pl.constraint);
    const gems = resolve(pl.name, pl.constraint && !exact ? pl.constraint : '> 0');
    const newest = gems?.[gems.length - 1][1];
    if (!newest || newest === pl.version) continue;
    const got = yield* installOne(ctx, pl.name, exact ? '' : pl.constraint, pl.entry, true);
    if (typeof got === 'number') return got;
    updated.push([pl.name, got]);
  }
  if (!updated.length) ctx.out(T.upToDate + '\n');
  for (const [n, v] of updated) ctx.out(T.updated(n, v) + '\n');
  return 0;
}

export function* repair(ctx: CommandContext): CommandRun {
  ctx.out(T.repairing + '\n');
  yield wait(1500);
  ctx.out(T.repaired + '\n');
  return 0;
}

/** Ask up to five times for y/n as the expunge command does ("Please answer Y or N"); true for yes. */
function* yesNo(ctx: CommandContext, prompt: string): Generator<import('../../../types').Yield, boolean, unknown> {
  for (let i = 0; i < 5; i++) {
    const a = String(yield { ask: prompt + ' [N]: ' }).trim().toLowerCase() || 'n';
    if (['y', 'yes', 'n', 'no'].includes(a)) return a[0] === 'y';
    ctx.err('Please answer Y or N\n');
  }
  return false;
}

export function* expunge(ctx: CommandContext): CommandRun {
  return yield* guard(ctx, function* () {
    const p = parsed(ctx);
    const force = p.flags.has('--force');
    const before = [...installed(ctx)];
    let reinstall = p.flags.has('--reinstall');
    if (!reinstall && !force && before.length) reinstall = yield* yesNo(ctx, T.expungeRequestReinstall);
    if (!force && !(yield* yesNo(ctx, T.expungeConfirm))) {
      ctx.out(T.expungeAborted + '\n');
      return 0;
    }
    yield wait(800);
    installed(ctx).length = 0;
    ctx.out(T.expungeComplete + '\n');
    if (reinstall) {
      ctx.out(T.expungeReinstall + '\n');
      for (const pl of before) {
        const got = yield* installOne(ctx, pl.name, pl.constraint, pl.entry);
        if (typeof got === 'number') return got;
      }
    }
    return 0;
  });
}

export function* license(ctx: CommandContext): CommandRun {
  const [name, file] = parsed(ctx).pos;
  yield wait(600);
  if (!installed(ctx).some((x) => x.name === name)) {
    ctx.err(T.notInstalled(name) + '\n');
    return 1;
  }
  const node = ctx.host.fs.resolve(ctx.frame.cwd, file);
  const text = ctx.host.fs.isFile(node) ? ctx.host.fs.read(node) : null;
  if (typeof text !== 'string') {
    ctx.err(T.licenseNotFound(file) + '\n');
    return 1;
  }
  ctx.out(T.installingLicense(name) + '\n');
  ctx.host.fs.write(`C:\\Users\\user\\.vagrant.d\\license-${name}.lic`, text);
  ctx.out(T.installedLicense(name) + '\n');
  return 0;
}

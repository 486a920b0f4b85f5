// The Vagrant environment a subcommand works on: the Vagrantfile found from the cwd, its machines, the targets named.
import type { CommandContext } from '../context';
import type { Machine, MachineConfig, VagrantProject, Yield } from '../types';
import { fmt, M } from './messages';
import { configInvalid, envError, loadEnv, syncProject, type LoadedEnv } from './machines';
import { fail, info } from './out';

export interface Env {
  loaded: LoadedEnv;
  configs: MachineConfig[];
  project: VagrantProject;
}

export function* withEnv(ctx: CommandContext, validate = true): Generator<Yield, Env | number, unknown> {
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

/**
 * The environment and the machines a subcommand names; a number is the exit code of an error it printed. A
 * Vagrantfile that does not load stops every command; its configuration is validated only where the command or
 * the VirtualBox provider's action runs ConfigValidate on a machine (`invalid` below): `status`, `ssh`, `halt`
 * and the like work on a machine whose settings do not validate.
 */
export function* envTargets(ctx: CommandContext, names: string[], single: boolean): Generator<Yield, { env: Env; list: Machine[] } | number, unknown> {
  const env = yield* withEnv(ctx, false);
  if (typeof env === 'number') return env;
  const list = targets(ctx, env, names, single);
  if (typeof list === 'number') return list;
  return { env, list };
}

export function targets(ctx: CommandContext, env: Env, names: string[], single: boolean): Machine[] | number {
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

export function cfgOf(env: Env, m: Machine): MachineConfig {
  return env.configs.find((c) => c.name === m.name)!;
}

/**
 * Vagrant::Action::Builtin::ConfigValidate for one machine: its configuration errors as vagrant.errors.config_invalid
 * (exit status 1), or null when it validates.
 */
export function invalid(ctx: CommandContext, env: Env, m: Machine): number | null {
  const r = env.loaded.result;
  // vm.rb's validate warns on the machine's UI while it checks the networks
  for (const w of r.ok ? (r.machineWarnings.get(m.name) ?? []) : []) info(ctx, m.name, w);
  const errs = r.ok ? r.machineErrors.get(m.name) : undefined;
  if (!errs?.size) return null;
  const order = ['Vagrant', 'SSH', 'vm', 'VirtualBox Provider', 'shell provisioner'];
  const sections = [...errs.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return fail(ctx, configInvalid(sections.map((s) => `${s}:\n${errs.get(s)!.map((e) => `* ${e}`).join('\n')}`)));
}

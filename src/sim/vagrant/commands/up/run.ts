// `vagrant up`: what it does (its flags and help are in spec.ts and help.ts beside this file).
import type { CommandContext } from '../../../context';
import { type CommandRun, type Machine, Interrupt } from '../../../types';
import { fmt, M } from '../../messages';
import { destroyGuest } from '../../machines';
import { info, fail, parsed } from '../../out';
import { envTargets, cfgOf } from '../../env';
import { provisionTypes, upOne } from '../../boot';

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const provider = p.flags.get('--provider');
  const found = yield* envTargets(ctx, p.pos, false);
  if (typeof found === 'number') return found;
  const { env, list } = found;
  if (typeof provider === 'string' && provider !== 'virtualbox') {
    // lib/vagrant/vagrantfile.rb: an unknown provider (with a suggestion when only its case differs); a known one
    // is asked usable?(true). Hyper-V's refuses here: the lab's console is not elevated and the user is not in
    // Hyper-V Administrators (Hyper-V is not enabled), so providers/hyperv/provider.rb raises AdminRequired.
    const machine = list[0]?.name ?? 'default';
    const known = ['docker', 'hyperv', 'virtualbox'];
    if (provider === 'hyperv') {
      return fail(
        ctx,
        `The provider 'hyperv' that was requested to back the machine\n'${machine}' is reporting that it isn't usable on this system. The\nreason is shown below:\n\n` +
          'The Hyper-V provider requires that Vagrant be run with\nadministrative privileges. This is a limitation of Hyper-V itself.\nHyper-V requires administrative privileges for management\ncommands. Please restart your console with administrative\nprivileges and try again.',
      );
    }
    if (provider !== 'docker') {
      const head = `The provider '${provider}' could not be found, but was requested to\nback the machine '${machine}'. Please use a provider that exists.\n\n`;
      const hint = known.includes(provider.toLowerCase()) ? `Did you mean '${provider.toLowerCase()}'?\n\n` : '';
      return fail(ctx, `${head}${hint}Vagrant knows about the following providers: ${known.join(', ')}`);
    }
    // docker: usable? runs `docker version`; the host has no docker on its PATH (Subprocess: CommandUnavailableWindows)
    return fail(
      ctx,
      `The provider 'docker' that was requested to back the machine\n'${machine}' is reporting that it isn't usable on this system. The\nreason is shown below:\n\n` +
        "The executable 'docker' Vagrant is trying to run was not\nfound in the %PATH% variable. This is an error. Please verify\nthis software is installed and on the path.",
    );
  }
  const prov = p.flags.get('--provision');
  const provisionFlag = prov === undefined ? null : prov !== 'false';
  const types = provisionTypes(ctx, env, p.flags.get('--provision-with'));
  if (typeof types === 'number') return types;
  const machines = p.pos.length ? list : list.filter((m) => cfgOf(env, m).autostart || p.pos.includes(m.name));
  for (const m of machines) ctx.out(fmt('upping', { name: m.name, provider: 'virtualbox' }) + '\n');
  let current: Machine | null = null;
  let wasCreated = true;
  try {
    for (const m of machines) {
      current = m;
      wasCreated = m.state !== 'not_created';
      const code = yield* upOne(ctx, env, m, provisionFlag, types);
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

// `vagrant cap` (plugins/commands/cap/command.rb): TYPE and NAME are required (CLIInvalidUsage otherwise). For the
// host, --check answers with the exit status whether the Windows host has the capability
// (plugins/hosts/windows/plugin.rb); an unknown one raises CapabilityNotFound. Running a known capability, and the
// guest and provider types, are not modelled (tests/golden/vagrant/2.4/DIFFERENCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { helpOf } from '../../../spec/engine';
import { INVALID_USAGE } from '../spec';
import { fail, parsed, wait } from '../../out';
import { envTargets } from '../../env';

const WINDOWS_HOST_CAPS = [
  'isofs_available', 'create_iso', 'provider_install_virtualbox', 'nfs_installed', 'rdp_client', 'ps_client', 'smb_installed', 'smb_prepare',
  'smb_cleanup', 'smb_mount_options', 'configured_ip_addresses', 'set_ssh_key_permissions', 'smb_validate_password',
];

export function* run(ctx: CommandContext): CommandRun {
  const p = parsed(ctx);
  const [type, name] = p.pos;
  if (type !== 'host') {
    const target = p.flags.get('--target-guest');
    const found = yield* envTargets(ctx, typeof target === 'string' ? [target] : [], false);
    if (typeof found === 'number') return found;
  }
  yield wait(300);
  if (type === 'host') {
    const has = WINDOWS_HOST_CAPS.includes(name);
    if (p.flags.has('--check')) return has ? 0 : 1;
    if (!has) return fail(ctx, `The capability '${name}' could not be found. This is an internal error\nthat users should never see. Please report a bug.`);
  }
  if (type !== 'host' && type !== 'guest' && type !== 'provider') {
    ctx.err(INVALID_USAGE + ((yield* helpOf(ctx.specPath ?? [])) ?? ''));
    return 1;
  }
  return 0;
}

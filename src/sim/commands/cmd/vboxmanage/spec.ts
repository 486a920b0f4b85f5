// `VBoxManage` (VirtualBox 7.1.4's VBoxManage.exe): the command reads its own words (its global options, then a
// command and that command's options, as VBoxManage.cpp's main() does); Tab offers the commands the lab uses and
// the VMs. No help text: VBoxManage's usage is generated at build time from the manual and no copy for this
// version was found (tests/golden/cmd/SOURCES.md). The spec and body load on first use.
import type { CommandSpec } from '../../../spec/types';

export const COMMANDS = ['list', 'showvminfo', 'startvm', 'controlvm'];

export const spec: CommandSpec = {
  name: 'vboxmanage',
  style: 'builtin',
  synopsis: 'VBoxManage [<general option>] <command>',
  summary: 'VirtualBox command-line interface.',
  rawArgs: true,
  helpFlags: [],
  complete: (operands, _word, ctx) => {
    const [cmd, ...rest] = operands;
    if (cmd === undefined) return COMMANDS;
    if (cmd === 'list' && rest.length === 0) return ['vms', 'runningvms'];
    if (cmd === 'controlvm' && rest.length === 1) return ['poweroff', 'acpipowerbutton', 'savestate'];
    if (['showvminfo', 'startvm', 'controlvm'].includes(cmd) && rest.length === 0)
      return [...ctx.world.projects.values()].flatMap((p) => [...p.machines.values()]).filter((m) => m.state !== 'not_created').map((m) => m.vmName ?? '');
    return [];
  },
};

// `VBoxManage` of VirtualBox 7.1.4 on the lab's host (VBoxManage.cpp, VBoxManageList.cpp, VBoxManageInfo.cpp,
// VBoxManageMisc.cpp, VBoxManageControlVM.cpp of VirtualBox 7.1): the version, the VM lists, showvminfo, startvm and
// controlvm poweroff|acpipowerbutton|savestate on the VMs Vagrant created. Usage texts are left out
// (tests/golden/cmd/SOURCES.md says why): a syntax error prints its error line only.
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { spec, COMMANDS } from './spec';
import { showvminfo } from './showvminfo';
import { comError, findVm, msgError, notFound, registeredVms } from './vms';

export { spec };

/** errorSyntax(): the message (the logo and the command's usage around it are not available), RTEXITCODE_SYNTAX. */
function syntax(ctx: CommandContext, text: string): number {
  msgError(ctx, text);
  return 2;
}

/** showProgress() on stderr, for an operation that completes. */
const PROGRESS = '0%...10%...20%...30%...40%...50%...60%...70%...80%...90%...100%\n';

/** The list types of VBoxManageList.cpp's handleList (VirtualBox 7.1, Windows build). */
const LIST_TYPES = [
  'vms', 'runningvms', 'ostypes', 'hostdvds', 'hostfloppies', 'intnets', 'bridgedifs', 'hostonlyifs', 'hostonlynets', 'cloudnets',
  'natnets', 'natnetworks', 'hostinfo', 'hostcpuids', 'hddbackends', 'hdds', 'dvds', 'floppies', 'usbhost', 'usbfilters',
  'systemproperties', 'updates', 'dhcpservers', 'extpacks', 'groups', 'webcams', 'screenshotformats', 'cloudproviders', 'cloudprofiles',
  'cpu-profiles', 'hostdrives',
];

function list(ctx: CommandContext, args: string[]): number {
  let what: string | undefined;
  for (const a of args) {
    if (['--long', '-l', '--sorted', '-s', '--multiple', '-m'].includes(a)) continue;
    if (LIST_TYPES.includes(a)) what = a;
    else if (a.startsWith('-')) return syntax(ctx, `Unknown option: ${a}`);
    else return syntax(ctx, `Unknown subcommand "${a}".`);
  }
  if (what === undefined) return syntax(ctx, 'Missing subcommand for "list" command.\n');
  // the other lists (host-only interfaces, OS types, disks, ...) are not modelled: nothing is printed
  if (what !== 'vms' && what !== 'runningvms') return 0;
  // VBoxManageList.cpp: `"%ls" {%s}` per machine
  const rows = registeredVms(ctx).filter((v) => what === 'vms' || v.machine.state === 'running');
  ctx.out(rows.map((v) => `"${v.name}" {${v.uuid}}\n`).join(''));
  return 0;
}

function* startvm(ctx: CommandContext, args: string[]): CommandRun {
  const names: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--type' || a === '-type') i++;
    else if (a.startsWith('--type=')) continue;
    else if (a.startsWith('-')) return syntax(ctx, `Unknown option: ${a}`);
    else names.push(a);
  }
  if (!names.length) return syntax(ctx, 'at least one VM name or uuid required');
  let rc = 0;
  for (const name of names) {
    const vm = findVm(ctx, name);
    if (!vm) {
      rc = notFound(ctx, name);
      continue;
    }
    if (vm.machine.state === 'running') {
      // LaunchVMProcess on a machine whose session is taken by its running VM process
      comError(ctx, `The machine '${vm.name}' is already locked by a session (or being locked or unlocked)`, 'VBOX_E_INVALID_OBJECT_STATE', '0x80bb0007', 'MachineWrap', 'IMachine');
      rc = 1;
      continue;
    }
    ctx.out(`Waiting for VM "${name}" to power on...\n`);
    yield { wait: 3000 };
    ctx.world.setMachineState(vm.project, vm.machine.name, 'running');
    ctx.out(`VM "${name}" has been successfully started.\n`);
  }
  return rc;
}

function* controlvm(ctx: CommandContext, args: string[]): CommandRun {
  if (args.length < 2) return syntax(ctx, 'Not enough parameters.');
  const [name, action] = args;
  const vm = findVm(ctx, name);
  if (!vm) return notFound(ctx, name);
  if (vm.machine.state !== 'running') {
    msgError(ctx, `Machine '${name}' is not currently running.`);
    return 1;
  }
  const { project, machine } = vm;
  if (action === 'poweroff') {
    yield { wait: 800 };
    ctx.err(PROGRESS);
    ctx.world.setMachineState(project, machine.name, 'poweroff');
    return 0;
  }
  if (action === 'savestate') {
    yield { wait: 2000 };
    ctx.err(PROGRESS);
    ctx.world.setMachineState(project, machine.name, 'saved');
    return 0;
  }
  if (action === 'acpipowerbutton') {
    // the button is pressed and VBoxManage returns; the guest's systemd powers it off a few seconds later
    const at = ctx.world.now + 5000;
    const stop = ctx.world.onTick((now) => {
      if (now < at) return;
      stop();
      if (machine.state === 'running') ctx.world.setMachineState(project, machine.name, 'poweroff');
    });
    return 0;
  }
  msgError(ctx, `Invalid parameter '${action}'.`);
  return 1;
}

export function* run(ctx: CommandContext): CommandRun {
  // main(): the global options first; -V / --version (and the deprecated -v, -version, -Version) print `%sr%u`
  let i = 0;
  for (; i < ctx.args.length; i++) {
    const a = ctx.args[i];
    if (['-V', '--version', '-v', '-version', '-Version'].includes(a)) {
      ctx.out('7.1.4r165100\n');
      return 0;
    }
    if (['--nologo', '-q', '-nologo', '--detailed-progress', '-d'].includes(a)) continue;
    break;
  }
  const [cmd, ...rest] = ctx.args.slice(i);
  // no command: the logo and the whole usage (not available here), exit 0
  if (cmd === undefined) return 0;
  // a command without its arguments prints that command's usage (not available here), exit 1
  if (cmd !== undefined && COMMANDS.includes(cmd) && rest.length === 0) return 1;
  switch (cmd) {
    case 'list':
      return list(ctx, rest);
    case 'showvminfo':
      return yield* showvminfo(ctx, rest);
    case 'startvm':
      return yield* startvm(ctx, rest);
    case 'controlvm':
      return yield* controlvm(ctx, rest);
  }
  return syntax(ctx, `Invalid command '${cmd}'`);
}

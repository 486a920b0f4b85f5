// The VMs VirtualBox has registered on the lab's host: the machines Vagrant created (not destroyed), each under
// the name Vagrant gave it and the UUID Vagrant keeps in .vagrant\machines\<name>\virtualbox\id.
import type { CommandContext } from '../../../context';
import type { Machine, VagrantProject } from '../../../types';

export interface Vm {
  machine: Machine;
  project: VagrantProject;
  name: string;
  uuid: string;
}

export function registeredVms(ctx: CommandContext): Vm[] {
  const out: Vm[] = [];
  for (const project of ctx.world.projects.values()) {
    const host = ctx.world.hosts.get(project.hostId);
    for (const machine of project.machines.values()) {
      if (machine.state === 'not_created' || !machine.vmName) continue;
      const id = host?.fs.read(host.fs.join(project.dir, `.vagrant\\machines\\${machine.name}\\virtualbox\\id`));
      out.push({ machine, project, name: machine.vmName, uuid: typeof id === 'string' ? id.trim() : '' });
    }
  }
  return out;
}

/** IVirtualBox::FindMachine: by UUID or by name. */
export function findVm(ctx: CommandContext, nameOrUuid: string): Vm | undefined {
  const vms = registeredVms(ctx);
  return vms.find((v) => v.uuid.toLowerCase() === nameOrUuid.replace(/^\{|\}$/g, '').toLowerCase()) ?? vms.find((v) => v.name === nameOrUuid);
}

/** RTMsgError: the program's name, then the message. */
export const msgError = (ctx: CommandContext, text: string) => ctx.err(`VBoxManage.exe: error: ${text}\n`);

/**
 * A COM error as GlueHandleComError prints it: the message and its Details line (Windows' COM names the callee
 * IUnknown). The Context line that follows names the source line of the failing call in VBoxManage's own
 * sources, which were not available for this build: it is left out (tests/golden/cmd/SOURCES.md).
 */
export function comError(ctx: CommandContext, text: string, code: string, hex: string, component: string, iface: string): void {
  msgError(ctx, text);
  msgError(ctx, `Details: code ${code} (${hex}), component ${component}, interface ${iface}, callee IUnknown`);
}

/** FindMachine's failure (VirtualBoxImpl.cpp), exit 1. */
export function notFound(ctx: CommandContext, nameOrUuid: string): number {
  comError(ctx, `Could not find a registered machine named '${nameOrUuid}'`, 'VBOX_E_OBJECT_NOT_FOUND', '0x80bb0001', 'VirtualBoxWrap', 'IVirtualBox');
  return 1;
}

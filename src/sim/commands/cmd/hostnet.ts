// What the Windows host reaches of the lab (loaded with curl and ssh, not in the first chunk): the VMs' ports that
// VirtualBox forwards from 127.0.0.1 (Vagrant's `ssh` forward 22 => 2222 and the Vagrantfile's forwarded_port
// lines, as `vagrant port` lists them) and the guests on the host-only network 192.168.56.0/24, where the host is .1.
import type { World } from '../../world';
import type { Host, Machine, VagrantProject } from '../../types';

export interface Forward {
  machine: Machine;
  project: VagrantProject;
  guest: Host;
  guestPort: number;
}

/** The running machine whose forwarded port `port` listens on the host's loopback, or null. */
export function forwardAt(world: World, port: number): Forward | null {
  for (const project of world.projects.values())
    for (const machine of project.machines.values()) {
      if (machine.state !== 'running') continue;
      const f = machine.forwardedPorts.find((p) => p.host === port);
      const guestPort = f?.guest ?? (machine.sshPort === port ? 22 : undefined);
      const guest = world.hosts.get(machine.hostId);
      if (guestPort !== undefined && guest) return { machine, project, guest, guestPort };
    }
  return null;
}

/** The guest that owns `addr` on a host-only network (up or not), or null. */
export function hostOnlyGuest(world: World, addr: string): Host | null {
  for (const h of world.hosts.values())
    if (h.kind === 'linux' && h.ifaces.some((i) => i.addr === addr && i.name !== 'eth0' && i.name !== 'lo')) return h;
  return null;
}

export const isLoopback = (name: string) => name === 'localhost' || /^127\./.test(name) || name === '::1';

/** The machines VirtualBox runs, in the order their VBoxHeadless.exe processes started (tasklist, netstat -o). */
export function runningMachines(world: World): Machine[] {
  return [...world.projects.values()].flatMap((p) => [...p.machines.values()]).filter((m) => m.state === 'running');
}

/** The PID of the VBoxHeadless.exe that runs the i-th running machine. */
export const headlessPid = (i: number) => 10_020 + i * 236;

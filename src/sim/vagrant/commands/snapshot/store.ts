// What a VirtualBox snapshot keeps of a machine: the guest's disk (its file system), its system state and its
// run state. Snapshots are per VM (by its id), in the order they were taken; a destroyed VM's go with it.
import type { Host, Machine, MachineState } from '../../../types';
import type { World } from '../../../world';
import { defineSlot } from '../../../world';
import { guestState, type GuestState } from '../../../guest-state';

interface Image {
  state: MachineState;
  fs: Host['fs']['root'];
  users: Host['users'];
  groups: Host['groups'];
  env: Host['env'];
  sys: Host['sys'];
  hostname: string;
  ifaces: Host['ifaces'];
  bootedAt: number;
  takenAt: number;
  guest: GuestState;
  /** What other modules keep of this VM (the cluster state on a control-plane node). */
  ext: Map<string, unknown>;
  machine: Pick<Machine, 'hostname' | 'privateIps' | 'cpus' | 'memory'>;
}

const SNAPSHOTS = defineSlot('vagrant-snapshots', () => new Map<string, Map<string, Image>>());

function of(world: World, m: Machine): Map<string, Image> {
  const all = world.slot(SNAPSHOTS);
  let list = all.get(m.id);
  if (!list) all.set(m.id, (list = new Map()));
  return list;
}

export function snapshotNames(world: World, m: Machine): string[] {
  if (m.state === 'not_created') return [];
  return [...of(world, m).keys()];
}

/** `VBoxManage snapshot take --live`: a running VM's snapshot keeps its memory, so it comes back saved. */
export function take(world: World, m: Machine, name: string): void {
  const g = world.host(m.hostId);
  const ext = new Map<string, unknown>();
  world.emit('vm-snapshot', { hostId: m.hostId, action: 'take', data: ext });
  of(world, m).set(
    name,
    structuredClone({
      state: m.state === 'running' || m.state === 'saved' ? 'saved' : m.state,
      fs: g.fs.root,
      users: g.users,
      groups: g.groups,
      env: g.env,
      sys: g.sys,
      hostname: g.hostname,
      ifaces: g.ifaces,
      bootedAt: g.bootedAt,
      takenAt: world.now,
      guest: guestState(world, m.hostId),
      ext,
      machine: { hostname: m.hostname, privateIps: m.privateIps, cpus: m.cpus, memory: m.memory },
    }),
  );
}

export function remove(world: World, m: Machine, name: string): void {
  of(world, m).delete(name);
}

/** Put the guest back as it was when the snapshot was taken (the machine must be powered off). */
export function restore(world: World, m: Machine, name: string): MachineState {
  const img = structuredClone(of(world, m).get(name)!);
  const g = world.host(m.hostId);
  g.fs.root.children = img.fs.children;
  g.fs.root.mtime = img.fs.mtime;
  g.fs.root.mode = img.fs.mode;
  g.users = img.users;
  g.groups = img.groups;
  g.env = img.env;
  g.sys = img.sys;
  g.hostname = img.hostname;
  g.ifaces = img.ifaces;
  // the guest's clock goes on from the moment of the snapshot
  g.bootedAt = world.now - (img.takenAt - img.bootedAt);
  Object.assign(guestState(world, m.hostId), img.guest);
  Object.assign(m, img.machine);
  world.emit('vm-snapshot', { hostId: m.hostId, action: 'restore', data: img.ext });
  return img.state;
}

// `VBoxManage showvminfo <vm> [--machinereadable]` as VBoxManageInfo.cpp's showVMInfo() prints it (VirtualBox
// 7.1's source: the SHOW_* macros, `%-28s` keys, machine-readable `key="value"`), for the rows whose values the world
// knows: the name, groups, architecture, UUIDs, the files Vagrant's import put under %USERPROFILE%\VirtualBox VMs,
// memory, CPUs, the state and its time, and NIC 1's NAT settings and port-forwarding rules. The rows that come from
// the box's OVF and VirtualBox's defaults (guest OS, VRAM, chipset, firmware, boot order, storage, NIC types and
// MACs, audio, USB, ...) are left out: the rockylinux/9 box's box.ovf is not available to read them from
// (tests/golden/cmd/SOURCES.md).
import type { CommandContext } from '../../../context';
import type { CommandRun } from '../../../types';
import { findVm, notFound, msgError, type Vm } from './vms';

/** RTTimeSpecToString: ISO 8601 with nanoseconds, UTC. */
function isoNano(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000000Z');
}

const STATE: Record<string, [human: string, short: string]> = {
  running: ['running', 'running'],
  poweroff: ['powered off', 'poweroff'],
  saved: ['saved', 'saved'],
};

/** NATEngine's redirects, kept in a map by rule name: "name,proto,hostip,hostport,guestip,guestport". */
function rules(vm: Vm): string[][] {
  return [...vm.machine.forwardedPorts]
    .map((f) => [f.id ?? `tcp${f.host}`, 'tcp', f.id === 'ssh' ? '127.0.0.1' : '', String(f.host), '', String(f.guest)])
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

export function* showvminfo(ctx: CommandContext, args: string[]): CommandRun {
  let name: string | undefined;
  let machine = false;
  for (const a of args) {
    if (a === '--machinereadable' || a === '-machinereadable') machine = true;
    else if (a === '--details' || a === '-details') continue;
    else if (a.startsWith('-')) {
      // errorGetOpt for an option it does not know (the usage after it is not available)
      msgError(ctx, `Unknown option: ${a}`);
      return 2;
    } else if (name === undefined) name = a;
    else {
      msgError(ctx, `Invalid parameter '${a}'`);
      return 2;
    }
  }
  if (name === undefined) {
    msgError(ctx, 'VM name or UUID required');
    return 2;
  }
  const vm = findVm(ctx, name);
  if (!vm) return notFound(ctx, name);
  const m = vm.machine;
  const folder = `C:\\Users\\user\\VirtualBox VMs\\${vm.name}`;
  const since = isoNano(m.stateSince ?? m.createdAt);
  const [human, short] = STATE[m.state] ?? ['unknown', 'unknown'];
  const fwd = rules(vm);
  const out: string[] = [];
  if (machine) {
    const q = (s: string) => s.replace(/[\\"]/g, (c) => '\\' + c);
    out.push(
      `name="${q(vm.name)}"`, 'encryption="disabled"', 'groups="/"', 'platformArchitecture="x86"', `UUID="${vm.uuid}"`,
      `CfgFile="${q(`${folder}\\${vm.name}.vbox`)}"`, `SnapFldr="${q(`${folder}\\Snapshots`)}"`, `LogFldr="${q(`${folder}\\Logs`)}"`,
      `hardwareuuid="${vm.uuid}"`, `memory=${m.memory}`, `cpus=${m.cpus}`, `VMState="${short}"`, `VMStateChangeTime="${since}"`,
      'natnet1="nat"', 'nic1="nat"', 'mtu="0"', 'sockSnd="64"', 'sockRcv="64"', 'tcpWndSnd="64"', 'tcpWndRcv="64"',
      ...fwd.map((r, i) => `Forwarding(${i})="${r.join(',')}"`),
    );
  } else {
    const row = (k: string, v: string) => `${k.padEnd(28)} ${v}`;
    out.push(
      row('Name:', vm.name), row('Encryption:', 'disabled'), row('Groups:', '/'), row('Platform Architecture:', 'x86'), row('UUID:', vm.uuid),
      row('Config file:', `${folder}\\${vm.name}.vbox`), row('Snapshot folder:', `${folder}\\Snapshots`), row('Log folder:', `${folder}\\Logs`),
      row('Hardware UUID:', vm.uuid), row('Memory size:', `${m.memory}MB`), row('Number of CPUs:', String(m.cpus)),
      row('State:', `${human} (since ${since})`),
      'NIC 1 Settings:  MTU: 0, Socket (send: 64, receive: 64), TCP Window (send:64, receive: 64)',
      ...fwd.map((r, i) => `NIC 1 Rule(${i}):   name = ${r[0]}, protocol = ${r[1]}, host ip = ${r[2]}, host port = ${r[3]}, guest ip = ${r[4]}, guest port = ${r[5]}`),
    );
  }
  ctx.out(out.join('\n') + '\n' + (machine ? '' : '\n'));
  return 0;
}

// VBoxManage.exe on the lab's host against the VMs Vagrant brought up. Texts from VirtualBox 7.1's
// VBoxManage.cpp, VBoxManageList.cpp, VBoxManageInfo.cpp, VBoxManageMisc.cpp, VBoxManageControlVM.cpp and
// VBoxManageHelp.cpp; what is left out is in tests/golden/cmd/SOURCES.md.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/sim/index';

const vm = async () => {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('exit');
  const m = s.world.project('D:\\3_VMs\\HashiCorp')!.machines.get('default')!;
  const id = (s.world.host('host').fs.read('D:\\3_VMs\\HashiCorp\\.vagrant\\machines\\default\\virtualbox\\id') as string).trim();
  return { s, name: m.vmName!, id };
};

describe('VBoxManage', () => {
  it('--version and its deprecated spellings print version r revision', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    for (const v of ['--version', '-V', '-v', '-version', '-Version'])
      expect(await s.exec(`VBoxManage ${v}`)).toMatchObject({ stdout: '7.1.4r165100\n\n', exitCode: 0 });
    expect(await s.exec('VBoxManage list vms')).toMatchObject({ stdout: '\n', exitCode: 0 });
    // the lesson's line: the program by its full path
    expect((await s.exec('"C:\\Program Files\\Oracle\\VirtualBox\\VBoxManage.exe" --version')).stdout).toBe('7.1.4r165100\n\n');
  });

  it('list vms and runningvms name the VM Vagrant created with the UUID Vagrant keeps', async () => {
    const { s, name, id } = await vm();
    expect(name).toMatch(/^HashiCorp_default_\d+_\d{5}$/);
    expect((await s.exec('VBoxManage list vms')).stdout).toBe(`"${name}" {${id}}\n\n`);
    expect((await s.exec('VBoxManage list runningvms')).stdout).toBe(`"${name}" {${id}}\n\n`);
    await s.exec('vagrant halt');
    expect((await s.exec('VBoxManage list runningvms')).stdout).toBe('\n');
    expect(await s.exec('VBoxManage list nothing')).toMatchObject({ stderr: 'VBoxManage.exe: error: Unknown subcommand "nothing".\n', exitCode: 2 });
  });

  it('showvminfo agrees with the machine: memory, CPUs, state, the ssh forward', async () => {
    const { s, name, id } = await vm();
    let r = await s.exec(`VBoxManage showvminfo ${name}`);
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain(`Name:                        ${name}\n`);
    expect(r.stdout).toContain(`UUID:                        ${id}\n`);
    expect(r.stdout).toContain('Memory size:                 1024MB\nNumber of CPUs:              2\nState:                       running (since 2025-');
    expect(r.stdout).toContain('NIC 1 Rule(0):   name = ssh, protocol = tcp, host ip = 127.0.0.1, host port = 2222, guest ip = , guest port = 22\n');
    r = await s.exec(`VBoxManage showvminfo ${id} --machinereadable`);
    expect(r.stdout).toContain(`name="${name}"\n`);
    expect(r.stdout).toContain('memory=1024\ncpus=2\nVMState="running"\n');
    expect(r.stdout).toContain('Forwarding(0)="ssh,tcp,127.0.0.1,2222,,22"\n');
    expect(r.stdout).toContain(`CfgFile="C:\\\\Users\\\\user\\\\VirtualBox VMs\\\\${name}\\\\${name}.vbox"\n`);
    r = await s.exec('VBoxManage showvminfo nope');
    expect(r).toMatchObject({
      stdout: '\n',
      stderr:
        "VBoxManage.exe: error: Could not find a registered machine named 'nope'\nVBoxManage.exe: error: Details: code VBOX_E_OBJECT_NOT_FOUND (0x80bb0001), component VirtualBoxWrap, interface IVirtualBox, callee IUnknown\n",
      exitCode: 1,
    });
  });

  it('controlvm poweroff and acpipowerbutton stop the VM, startvm starts it; vagrant sees the state', async () => {
    const { s, name } = await vm();
    let r = await s.exec(`VBoxManage startvm ${name} --type headless`);
    expect(r.stderr).toContain(`VBoxManage.exe: error: The machine '${name}' is already locked by a session (or being locked or unlocked)\n`);
    expect(r.exitCode).toBe(1);
    r = await s.exec(`VBoxManage controlvm ${name} poweroff`);
    expect(r).toMatchObject({ stderr: '0%...10%...20%...30%...40%...50%...60%...70%...80%...90%...100%\n', exitCode: 0 });
    expect((await s.exec('vagrant status')).stdout).toContain('default                   poweroff (virtualbox)');
    expect((await s.exec(`VBoxManage showvminfo ${name}`)).stdout).toContain('State:                       powered off (since ');
    r = await s.exec(`VBoxManage controlvm ${name} poweroff`);
    expect(r).toMatchObject({ stderr: `VBoxManage.exe: error: Machine '${name}' is not currently running.\n`, exitCode: 1 });
    r = await s.exec(`VBoxManage startvm ${name} --type headless`);
    expect(r).toMatchObject({ stdout: `Waiting for VM "${name}" to power on...\nVM "${name}" has been successfully started.\n\n`, exitCode: 0 });
    expect((await s.exec(`VBoxManage controlvm ${name} acpipowerbutton`)).exitCode).toBe(0);
    await s.advance(10_000);
    expect((await s.exec('vagrant status')).stdout).toContain('default                   poweroff (virtualbox)');
    expect((await s.exec(`VBoxManage controlvm ${name} fly`)).exitCode).toBe(1);
  });

  it('an unknown command is a syntax error', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('VBoxManage frobnicate')).toMatchObject({ stderr: "VBoxManage.exe: error: Invalid command 'frobnicate'\n", exitCode: 2 });
  });
});

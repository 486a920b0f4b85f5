// lscpu and blkid of util-linux 2.37.4 on the Rocky guest: lscpu's print_summary() over the processor
// /proc/cpuinfo describes and the CPU count of the Vagrantfile (nproc's), as a tree on a terminal and flat when
// piped (sys-utils/lscpu.c); blkid reads the devices, so only root sees the partitions /etc/fstab names.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { plain } from '../plain';

const DIR = 'D:\\3_VMs\\HashiCorp';
const VF = '# -*- mode: ruby -*-\nVagrant.configure("2") do |config|\n  config.vm.box = "rockylinux/9"\n  config.vm.box_version = "5.0.0"\n  config.vm.provider "virtualbox" do |vb|\n    vb.cpus = 4\n    vb.memory = 4096\n  end\nend\n';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 2 });
});

const field = (out: string, name: string) => new RegExp(`^ *${name.replace(/[()]/g, '\\$&')} +(.*)$`, 'm').exec(out)?.[1];

describe('lscpu', () => {
  it('agrees with nproc and /proc/cpuinfo', async () => {
    const out = (await s.exec('lscpu | cat')).stdout;
    expect(field(out, 'CPU(s):')).toBe((await s.exec('nproc')).stdout.trim());
    const info = (await s.exec('cat /proc/cpuinfo')).stdout;
    const cpu = (k: string) => new RegExp(`^${k}\\s*: (.*)$`, 'm').exec(info)![1];
    expect(field(out, 'Model name:')).toBe(cpu('model name'));
    expect(field(out, 'Vendor ID:')).toBe(cpu('vendor_id'));
    expect(field(out, 'CPU family:')).toBe(cpu('cpu family'));
    expect(field(out, 'Model:')).toBe(cpu('model'));
    expect(field(out, 'Stepping:')).toBe(cpu('stepping'));
    expect(field(out, 'BogoMIPS:')).toBe(cpu('bogomips'));
    expect(field(out, 'Address sizes:')).toBe(cpu('address sizes'));
    expect(field(out, 'Hypervisor vendor:')).toBe('KVM');
    expect(plain((await s.exec('dmesg | grep Hypervisor')).stdout)).toContain('Hypervisor detected: KVM');
  });

  it('is a tree of sections on a terminal and flat when piped', async () => {
    const term = (await s.exec('lscpu')).stdout;
    expect(term.startsWith('Architecture:            x86_64\n  CPU op-mode(s):        32-bit, 64-bit\n')).toBe(true);
    expect(term).toContain('\nVirtualization features: \n  Hypervisor vendor:     KVM\n  Virtualization type:   full\nCaches (sum of all):     \n  L1d:                   64 KiB (2 instances)\n');
    expect(term).toContain('\n    Thread(s) per core:  1\n    Core(s) per socket:  2\n    Socket(s):           1\n');
    const flat = (await s.exec('lscpu | cat')).stdout;
    expect(flat).toContain('\nL3 cache:            16 MiB (1 instance)\nNUMA node(s):        1\nNUMA node0 CPU(s):   0,1\n');
    expect(flat).not.toContain('Caches (sum of all)');
    expect(await s.exec('lscpu -b')).toMatchObject({ stderr: 'lscpu: options --all, --online and --offline may only be used with options --extended or --parse.\n', exitCode: 1 });
  });

  it('-e and -p print a row per CPU as print_cpus_readable and print_cpus_parsable do', async () => {
    expect((await s.exec('lscpu -e')).stdout).toBe('CPU NODE SOCKET CORE L1d:L1i:L2:L3 ONLINE\n  0    0      0    0 0:0:0:0          yes\n  1    0      0    1 1:1:1:0          yes\n');
    expect((await s.exec('lscpu -p')).stdout).toBe(
      '# The following is the parsable format, which can be fed to other\n# programs. Each different item in every column has an unique ID\n# starting usually from zero.\n# CPU,Core,Socket,Node,,L1d,L1i,L2,L3\n0,0,0,0,,0,0,0,0\n1,1,0,0,,1,1,1,0\n',
    );
    expect(await s.exec('lscpu -e=CPU,BOGUS')).toMatchObject({ stderr: 'lscpu: unknown column: BOGUS\n', exitCode: 1 });
  });

  it("follows the Vagrantfile's vb.cpus", async () => {
    const h = await createSession({ lab: 'host', files: { [`${DIR}\\Vagrantfile`]: VF } });
    await h.exec('vagrant up');
    await h.exec('vagrant ssh');
    const out = (await h.exec('lscpu | cat')).stdout;
    expect(field(out, 'CPU(s):')).toBe('4');
    expect(field(out, 'On-line CPU(s) list:')).toBe('0-3');
    expect(field(out, 'L1d cache:')).toBe('128 KiB (4 instances)');
    expect(plain((await h.exec('dmesg -t | grep smpboot')).stdout)).toContain('smpboot: Allowing 4 CPUs, 0 hotplug CPUs\n');
  });
});

describe('blkid', () => {
  it('finds nothing for a user and the partitions for root', async () => {
    expect(await s.exec('blkid')).toMatchObject({ output: '', exitCode: 2 });
    const root = (await s.exec('sudo blkid')).stdout;
    expect(root).toMatch(/^\/dev\/sda1: PARTUUID="[0-9a-f-]{36}"\n/);
    const fstab = (await s.exec('cat /etc/fstab')).stdout;
    for (const uuid of root.matchAll(/ UUID="([^"]+)"/g)) expect(fstab).toContain('UUID=' + uuid[1]);
    expect((await s.exec('sudo blkid -s TYPE -o value /dev/sda4')).stdout).toBe('xfs\n');
    const boot = /UUID=(\S+)\s+\/boot\s/.exec(fstab)![1];
    expect((await s.exec(`blkid -U ${boot}`)).stdout).toBe('/dev/sda3\n');
    expect((await s.exec('findmnt -n -o SOURCE /boot')).stdout).toBe('/dev/sda3\n');
  });
});

// lspci of pciutils 3.7.0 on a VirtualBox guest: the devices VirtualBox's PIIX3 machine gives in their slots, one
// 82540EM per ethN, -nn's numbers, the bus tree, -k's drivers, the -s/-d filters and their errors, and help_msg
// (scripts/golden/pciutils-specs.ts) for a bad option.
import { beforeAll, describe, expect, it } from 'vitest';
import '../../../../src/sim/k8s/register';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('lspci', () => {
  it('lists the VM’s devices by slot with class, names and revision', async () => {
    const s = await vm();
    const r = await s.exec('lspci');
    expect(r).toMatchObject({ stderr: '', exitCode: 0 });
    expect(r.stdout.split('\n').slice(0, 8).join('\n')).toBe(
      [
        '00:00.0 Host bridge: Intel Corporation 440FX - 82441FX PMC [Natoma] (rev 02)',
        '00:01.0 ISA bridge: Intel Corporation 82371SB PIIX3 ISA [Natoma/Triton II]',
        '00:01.1 IDE interface: Intel Corporation 82371AB/EB/MB PIIX4 IDE (rev 01)',
        '00:02.0 VGA compatible controller: InnoTek Systemberatung GmbH VirtualBox Graphics Adapter',
        '00:03.0 Ethernet controller: Intel Corporation 82540EM Gigabit Ethernet Controller (rev 02)',
        '00:04.0 System peripheral: InnoTek Systemberatung GmbH VirtualBox Guest Service',
        '00:07.0 Bridge: Intel Corporation 82371AB/EB/MB PIIX4 ACPI',
        r.stdout.split('\n')[7],
      ].join('\n'),
    );
    expect(r.stdout).toContain('00:0d.0 SATA controller: Intel Corporation 82801HM/HEM (ICH8M/ICH8M-E) SATA Controller [AHCI mode] (rev 02)\n');
  });

  it('gives one 82540EM per adapter, as many as ip link shows', async () => {
    const s = await createSession({ lab: 'nodes', seed: 3 });
    const eths = (await s.exec('ip -o link')).stdout.match(/: eth\d+:/g) ?? [];
    const nics = (await s.exec('lspci -d 8086:100e')).stdout;
    expect(eths.length).toBeGreaterThan(1);
    expect(nics.trim().split('\n')).toHaveLength(eths.length);
    expect(nics).toContain('00:08.0 Ethernet controller: Intel Corporation 82540EM Gigabit Ethernet Controller (rev 02)\n');
  });

  it('shows numbers with -n and -nn, domains with -D, and filters by slot and ID', async () => {
    const s = await vm();
    expect((await s.exec('lspci -n -s 03')).stdout).toBe('00:03.0 0200: 8086:100e (rev 02)\n');
    expect((await s.exec('lspci -nn -s 00:04.0')).stdout).toBe('00:04.0 System peripheral [0880]: InnoTek Systemberatung GmbH VirtualBox Guest Service [80ee:cafe]\n');
    expect((await s.exec('lspci -D -d ::0106')).stdout).toBe('0000:00:0d.0 SATA controller: Intel Corporation 82801HM/HEM (ICH8M/ICH8M-E) SATA Controller [AHCI mode] (rev 02)\n');
    expect(await s.exec('lspci -s zz')).toMatchObject({ stdout: '', stderr: 'lspci: -s: Invalid slot number\n', exitCode: 1 });
    expect(await s.exec('lspci -d 8086')).toMatchObject({ stderr: "lspci: -d: ':' expected\n", exitCode: 1 });
  });

  it('draws the bus tree and names the drivers in use with -k', async () => {
    const s = await vm();
    const t = (await s.exec('lspci -t')).stdout.split('\n');
    expect(t[0]).toBe('-[0000:00]-+-00.0');
    expect(t[1]).toBe('           +-01.0');
    expect(t.at(-2)).toBe('           \\-0d.0');
    expect((await s.exec('lspci -tv')).stdout).toContain('           +-03.0  Intel Corporation 82540EM Gigabit Ethernet Controller\n');
    expect((await s.exec('lspci -k -s 3')).stdout).toBe('00:03.0 Ethernet controller: Intel Corporation 82540EM Gigabit Ethernet Controller (rev 02)\n\tKernel driver in use: e1000\n\n');
  });

  it('answers a bad option and --help with getopt’s line and help_msg on stderr, exit 1', async () => {
    const s = await vm();
    const r = await s.exec('lspci --help');
    expect(r).toMatchObject({ stdout: '', exitCode: 1 });
    expect(r.stderr).toMatch(/^lspci: invalid option -- '-'\nUsage: lspci \[<switches>\]\n\nBasic display modes:\n/);
    expect(r.stderr).toContain('-i <file>\tUse specified ID database instead of /usr/share/hwdata/pci.ids\n');
    expect(r.stderr).toMatch(/-F <file>\tRead PCI configuration dump from a given file\n$/);
    expect((await s.exec('lspci -z')).stderr).toMatch(/^lspci: invalid option -- 'z'\nUsage: lspci/);
    expect(await s.exec('lspci --version')).toMatchObject({ stdout: 'lspci version 3.7.0\n', exitCode: 0 });
  });
});

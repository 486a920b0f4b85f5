// The PCI devices of a VirtualBox VM made from the rockylinux/9 box (PIIX3 chipset): the slots VirtualBox's
// BusAssignmentManager gives (src/VBox/Main/src-client/BusAssignmentManager.cpp: VGA 00:02.0, VMMDev 00:04.0, ACPI
// 00:07.0, the NICs 03, 08, 09, 10, PIIX3's IDE function 00:01.1, AHCI 00:0d.0), the IDs, classes and revisions the
// device models program (DevPCI.cpp: i440FX 8086:1237 rev 02, PIIX3 8086:7000; DevAHCI.cpp: 8086:2829 rev 02,
// class 0106) and, where no source was read, a published lspci of a VirtualBox guest (PIIX4 IDE rev 01, 82540EM
// rev 02, the rest without revision). The box's OVF disables audio and has no USB controller, so neither shows.
// Names are pci.ids' (hwdata) for these long-listed IDs.
import type { Host } from '../../types';
import { nicSlot } from '../lib/sysfs/devices';

export interface PciDevice {
  slot: string; // bus:dev.fn
  cls: number;
  vendor: number;
  device: number;
  rev: number;
  /** The driver bound to it when its module is loaded (the module's pci_driver name). */
  driver?: string;
}

export const VENDORS: Record<number, string> = { 0x8086: 'Intel Corporation', 0x80ee: 'InnoTek Systemberatung GmbH' };
export const DEVICES: Record<string, string> = {
  '8086:1237': '440FX - 82441FX PMC [Natoma]',
  '8086:7000': '82371SB PIIX3 ISA [Natoma/Triton II]',
  '8086:7111': '82371AB/EB/MB PIIX4 IDE',
  '80ee:beef': 'VirtualBox Graphics Adapter',
  '8086:100e': '82540EM Gigabit Ethernet Controller',
  '80ee:cafe': 'VirtualBox Guest Service',
  '8086:7113': '82371AB/EB/MB PIIX4 ACPI',
  '8086:2829': '82801HM/HEM (ICH8M/ICH8M-E) SATA Controller [AHCI mode]',
};
export const CLASSES: Record<number, string> = {
  0x0600: 'Host bridge', 0x0601: 'ISA bridge', 0x0101: 'IDE interface', 0x0300: 'VGA compatible controller',
  0x0200: 'Ethernet controller', 0x0880: 'System peripheral', 0x0680: 'Bridge', 0x0106: 'SATA controller',
};

/** The host's devices in bus order; one 82540EM per ethN interface, as VirtualBox gives each adapter. */
export function pciDevices(host: Host): PciDevice[] {
  const mods = host.sys?.modules ?? new Set<string>();
  const drv = (m: string) => (mods.has(m) ? m : undefined);
  const eths = host.ifaces.filter((i) => /^eth\d+$/.test(i.name));
  const nics: PciDevice[] = eths.map((_, n) => ({ slot: `00:${nicSlot(n)}.0`, cls: 0x0200, vendor: 0x8086, device: 0x100e, rev: 0x02, driver: drv('e1000') }));
  const all: PciDevice[] = [
    { slot: '00:00.0', cls: 0x0600, vendor: 0x8086, device: 0x1237, rev: 0x02 },
    { slot: '00:01.0', cls: 0x0601, vendor: 0x8086, device: 0x7000, rev: 0 },
    { slot: '00:01.1', cls: 0x0101, vendor: 0x8086, device: 0x7111, rev: 0x01, driver: drv('ata_piix') },
    { slot: '00:02.0', cls: 0x0300, vendor: 0x80ee, device: 0xbeef, rev: 0 },
    { slot: '00:04.0', cls: 0x0880, vendor: 0x80ee, device: 0xcafe, rev: 0, driver: drv('vboxguest') },
    { slot: '00:07.0', cls: 0x0680, vendor: 0x8086, device: 0x7113, rev: 0 },
    { slot: '00:0d.0', cls: 0x0106, vendor: 0x8086, device: 0x2829, rev: 0x02, driver: drv('ahci') },
    ...nics,
  ];
  return all.sort((a, b) => a.slot.localeCompare(b.slot));
}

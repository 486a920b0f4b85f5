// Boxes on the public registry (names and versions as published), as the simulator knows them.
import type { CatalogBox } from '../types';

const ROCKY = (v: string, minor: string, kernel: string) => ({
  version: v,
  providers: ['virtualbox', 'libvirt', 'vmware_desktop'],
  os: 'rocky9' as const,
  release: `Rocky Linux release 9.${minor} (Blue Onyx)`,
  kernel,
});

export const BOX_CATALOG: CatalogBox[] = [
  {
    name: 'rockylinux/9',
    versions: [
      ROCKY('1.0.0', '0', '5.14.0-70.13.1.el9_0.x86_64'),
      ROCKY('2.0.0', '1', '5.14.0-162.6.1.el9_1.x86_64'),
      ROCKY('3.0.0', '2', '5.14.0-284.11.1.el9_2.x86_64'),
      ROCKY('4.0.0', '4', '5.14.0-427.13.1.el9_4.x86_64'),
      ROCKY('5.0.0', '5', '5.14.0-503.14.1.el9_5.x86_64'),
      // Rocky 9.6: listed in the catalog, but its box file moved to the Rocky vault (hashicorp/vagrant#13770).
      { ...ROCKY('6.0.0', '6', '5.14.0-570.17.1.el9_6.x86_64'), downloadError: 'The requested URL returned error: 404' },
    ],
  },
  {
    name: 'generic/rocky9',
    versions: ['4.3.0', '4.3.2', '4.3.4', '4.3.8', '4.3.10', '4.3.12'].map((v, i) =>
      ROCKY(v, i < 3 ? '3' : '4', i < 3 ? '5.14.0-362.8.1.el9_3.x86_64' : '5.14.0-427.13.1.el9_4.x86_64'),
    ),
  },
  {
    name: 'ubuntu/jammy64',
    versions: ['20240912.0.0', '20241002.0.0'].map((v) => ({ version: v, providers: ['virtualbox'], os: 'ubuntu' as const })),
  },
  {
    name: 'hashicorp/bionic64',
    versions: [{ version: '1.0.282', providers: ['virtualbox', 'hyperv', 'vmware_desktop'], os: 'ubuntu' }],
  },
];

export function findBox(name: string): CatalogBox | undefined {
  return BOX_CATALOG.find((b) => b.name === name);
}

/** Rough compressed box sizes for download lines (MB). */
export function boxSizeMb(name: string): number {
  return name.startsWith('ubuntu') ? 620 : name.startsWith('hashicorp') ? 510 : 790;
}

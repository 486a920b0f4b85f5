// What the rockylinux/9 box keeps under /boot for its boot loader: GRUB's BootLoaderSpec entry for the installed
// kernel, as kernel-install's grub2 plugin writes it on Rocky 9 (title, version, linux, initrd, options, then
// grub_users, grub_arg and grub_class lines, as Rocky 9 machines show them), named by the image build's machine id
// and the kernel release. /boot is its own file system (sda3), so the paths are relative to it. The options are
// the kernel's command line: root=UUID=... ro and the kickstart's `bootloader --append` (rocky-linux/kickstarts r9,
// Rocky-9-Vagrant-Vbox.ks). The box has no rescue entry (the kickstart leaves out dracut-config-rescue) and no tuned.
import type { Host } from '../../types';
import { fnv32a } from '../../hash';
import { PARTITIONS } from './mounts';

export const BLS_DIR = '/boot/loader/entries';

/** The options of the box's entry, which GRUB passes to the kernel after BOOT_IMAGE. */
export function kernelOptions(): string {
  return `root=UUID=${PARTITIONS[3].uuid} ro no_timer_check console=tty0 console=ttyS0,115200n8 net.ifnames=0 biosdevname=0 elevator=noop`;
}

/** The machine id of the image build (the same on every machine made from the box; derived, not the real one). */
export function buildMachineId(): string {
  return ['a', 'b', 'c', 'd'].map((k) => fnv32a('rockylinux/9 image machine-id ' + k).toString(16).padStart(8, '0')).join('');
}

export function seedBoot(host: Host): void {
  const fs = host.fs;
  const k = host.sys!.kernel;
  const ver = /release ([\d.]+) \(([^)]+)\)/.exec(host.sys!.release);
  fs.mkdir(BLS_DIR, true);
  fs.mkdir('/etc/kernel', true);
  fs.write(
    `${BLS_DIR}/${buildMachineId()}-${k}.conf`,
    `title Rocky Linux (${k}) ${ver?.[1] ?? '9.5'} (${ver?.[2] ?? 'Blue Onyx'})\nversion ${k}\nlinux /vmlinuz-${k}\ninitrd /initramfs-${k}.img\noptions ${kernelOptions()}\ngrub_users $grub_users\ngrub_arg --unrestricted\ngrub_class rocky\n`,
  );
}

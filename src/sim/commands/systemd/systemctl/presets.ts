// The unit presets of a Rocky 9.5 guest (/usr/lib/systemd/system-preset): rocky-release's 85-display-manager.preset
// and 90-default.preset (their rules, as the package's sources give them, comments left out), systemd 252's
// 90-systemd.preset, and rocky-release's 99-default-disable.preset, taken as `disable *` (its text was not found).
// Files in /etc/systemd/system-preset and /run/systemd/system-preset join them (replacing a vendor file of the same
// name); all are read in the order of their names and the first rule that matches decides (query_presets() of
// src/shared/install.c), `enable` when none does.
import type { Host } from '../../../types';

export const VENDOR_PRESETS: Record<string, string[]> = {
  '85-display-manager.preset': [
  'enable gdm.service',
  'enable lightdm.service',
  'enable slim.service',
  'enable lxdm.service',
  'enable sddm.service',
  'enable kdm.service',
  'enable xdm.service',
  ],
  '90-default.preset': [
  'disable systemd-timesyncd.service',
  'disable systemd-resolved.service',
  'enable remote-fs.target',
  'enable getty@tty1.service',
  'enable sshd.service',
  'enable atd.*',
  'enable crond.*',
  'enable chronyd.service',
  'enable rpcbind.*',
  'enable NetworkManager.service',
  'enable NetworkManager-dispatcher.service',
  'enable ModemManager.service',
  'enable auditd.service',
  'enable restorecond.service',
  'enable bluetooth.*',
  'enable avahi-daemon.*',
  'enable cups.*',
  'enable rsyslog.*',
  'enable syslog-ng.*',
  'enable sysklogd.*',
  'enable firewalld.service',
  'enable xinetd.service',
  'enable ladvd.service',
  'enable virtqemud.service',
  'enable virtqemud.socket',
  'enable virtqemud-ro.socket',
  'enable virtqemud-admin.socket',
  'enable virtproxyd.socket',
  'enable virtproxyd-ro.socket',
  'enable virtproxyd-admin.socket',
  'enable virtinterfaced.socket',
  'enable virtinterfaced-ro.socket',
  'enable virtinterfaced-admin.socket',
  'enable virtnetworkd.socket',
  'enable virtnetworkd-ro.socket',
  'enable virtnetworkd-admin.socket',
  'enable virtnodedevd.socket',
  'enable virtnodedevd-ro.socket',
  'enable virtnodedevd-admin.socket',
  'enable virtnwfilterd.socket',
  'enable virtnwfilterd-ro.socket',
  'enable virtnwfilterd-admin.socket',
  'enable virtsecretd.socket',
  'enable virtsecretd-ro.socket',
  'enable virtsecretd-admin.socket',
  'enable virtstoraged.socket',
  'enable virtstoraged-ro.socket',
  'enable virtstoraged-admin.socket',
  'enable virtlogd.socket',
  'enable virtlogd-admin.socket',
  'enable virtlockd.socket',
  'enable virtlockd-admin.socket',
  'enable multipathd.service',
  'enable libstoragemgmt.service',
  'enable lvm2-lvmpolld.socket',
  'enable lvm2-monitor.*',
  'enable lvm2-lvmetad.*',
  'enable dm-event.*',
  'enable dmraid-activation.service',
  'enable mdmonitor.service',
  'enable mdmonitor-takeover.service',
  'enable spice-vdagentd.service',
  'enable qemu-guest-agent.service',
  'enable dnf-makecache.timer',
  'enable vmtoolsd.service',
  'enable mcelog.service',
  'enable kdump.service',
  'enable tuned.service',
  'enable unbound-anchor.timer',
  'enable sssd-kcm.socket',
  'enable sssd.service',
  'enable gpm.*',
  'enable gpsd.*',
  'enable irqbalance.service',
  'enable lm_sensors.service',
  'enable mcelog.*',
  'enable microcode.service',
  'enable smartd.service',
  'enable pcscd.socket',
  'enable rngd.service',
  'enable abrtd.service',
  'enable abrt-journal-core.service',
  'enable abrt-oops.service',
  'enable abrt-xorg.service',
  'enable abrt-vmcore.service',
  'enable lttng-sessiond.service',
  'enable ksm.service',
  'enable ksmtuned.service',
  'enable rootfs-resize.service',
  'enable sysstat.service',
  'enable uuidd.service',
  'enable hypervfcopyd.service',
  'enable hypervkvpd.service',
  'enable hypervvssd.service',
  'enable accounts-daemon.service',
  'enable rtkit-daemon.service',
  'enable upower.service',
  'enable udisks2.service',
  'enable packagekit-offline-update.service',
  'enable PackageKit.service',
  'enable power-profiles-daemon.service',
  'enable initial-setup-reconfiguration.service',
  'enable opal-prd.service',
  'enable virtlogd.socket',
  'enable rhsmcertd.service',
  'enable brandbot.*',
  'enable timedatex.service',
  'enable selinux-autorelabel-mark.service',
  'enable rhel-configure.service',
  'enable rhel-dmesg.service',
  'enable nis-domainname.service',
  'enable import-state.service',
  'enable loadmodules.service',
  'enable readonly-root.service',
  'enable cpi.service',
  'enable device_cio_free.service',
  'enable stratisd.service',
  'enable mlocate-updatedb.timer',
  'enable nvmefc-boot-connections.service',
  'enable ostree-remount.service',
  'enable dbus.socket',
  'enable dbus-broker.service',
  'enable iscsi.service',
  'enable iscsid.socket',
  'enable iscsiuio.socket',
  'enable iscsi-onboot.service',
  'enable logrotate.timer',
  'enable greenboot-grub2-set-counter.service',
  'enable greenboot-grub2-set-success.service',
  'enable greenboot-healthcheck.service',
  'enable greenboot-rpm-ostree-grub2-check-fallback.service',
  'enable greenboot-status.service',
  'enable greenboot-task-runner.service',
  'enable redboot-auto-reboot.service',
  'enable redboot-task-runner.service',
  'enable greenboot-service-monitor.service',
  'enable low-memory-monitor.service',
  'enable switcheroo-control.service',
  'enable clevis-luks-askpass.path',
  'enable kernel-bootcfg-boot-successful.service',
  ],
  '90-systemd.preset': [
  'enable remote-fs.target',
  'enable remote-cryptsetup.target',
  'enable machines.target',
  'enable getty@.service',
  'enable systemd-timesyncd.service',
  'enable systemd-networkd.service',
  'enable systemd-network-generator.service',
  'enable systemd-resolved.service',
  'enable systemd-homed.service',
  'enable systemd-userdbd.socket',
  'enable systemd-pstore.service',
  'enable systemd-boot-update.service',
  'disable console-getty.service',
  'disable debug-shell.service',
  'disable halt.target',
  'disable kexec.target',
  'disable poweroff.target',
  'enable reboot.target',
  'disable rescue.target',
  'disable exit.target',
  'disable systemd-networkd-wait-online.service',
  'disable systemd-time-wait-sync.service',
  'disable systemd-boot-check-no-failures.service',
  'disable proc-sys-fs-binfmt_misc.mount',
  'disable syslog.socket',
  'disable systemd-journal-gatewayd.*',
  'disable systemd-journal-remote.*',
  'disable systemd-journal-upload.*',
  ],
  '99-default-disable.preset': ['disable *'],
};

/** fnmatch() with FNM_NOESCAPE: `*`, `?` and bracket expressions. */
function fnmatch(pattern: string, name: string): boolean {
  const re = pattern.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${re}$`).test(name);
}

/** The rules in the order systemd reads them: the files sorted by name, /etc's and /run's replacing /usr/lib's. */
export function presetRules(host: Host | null): [string, string][] {
  const files = new Map<string, string[]>(Object.entries(VENDOR_PRESETS));
  for (const dir of ['/run/systemd/system-preset', '/etc/systemd/system-preset']) {
    const list = host?.fs.list(dir);
    if (!list || typeof list === 'string') continue;
    for (const e of list) {
      if (!e.name.endsWith('.preset')) continue;
      const text = host!.fs.read(`${dir}/${e.name}`);
      if (typeof text === 'string' && !/^E[A-Z]+$/.test(text)) files.set(e.name, text.split('\n'));
    }
  }
  const rules: [string, string][] = [];
  for (const name of [...files.keys()].sort()) {
    for (const raw of files.get(name)!) {
      const l = raw.trim();
      if (!l || l.startsWith('#') || l.startsWith(';')) continue;
      const m = /^(enable|disable)\s+(\S+)/.exec(l);
      if (m) rules.push([m[1], m[2]]);
    }
  }
  return rules;
}

/** What the presets say of a unit: the first rule that matches, `enabled` when none does. */
export function presetOf(host: Host | null, name: string): 'enabled' | 'disabled' {
  for (const [action, pattern] of presetRules(host)) if (fnmatch(pattern, name)) return action === 'enable' ? 'enabled' : 'disabled';
  return 'enabled';
}

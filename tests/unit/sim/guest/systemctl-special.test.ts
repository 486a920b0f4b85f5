// systemctl list-dependencies (systemctl-list-dependencies.c of v252-46: the tree glyphs, targets last, the "..."
// of a unit already on the path), isolate, rescue, emergency, default (systemctl-start-unit.c action_table[],
// manager.c "Operation refused, unit may not be isolated."), exit (dbus-manager.c SetExitCode), kexec
// (systemctl-start-special.c load_kexec_kernel()), switch-root (dbus-manager.c method_switch_root(), sd-bus
// check_access()) and the sleep verbs (logind-dbus.c method_do_shutdown_or_sleep()).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('systemctl list-dependencies', () => {
  it('draws default.target as a tree: units first, targets after them, each target expanded', async () => {
    const s = await vm();
    const out = (await s.exec('systemctl list-dependencies | cat')).stdout;
    const lines = out.split('\n');
    expect(lines[0]).toBe('default.target');
    expect(out).toMatch(/\n● ├─sshd\.service\n/);
    expect(out).toMatch(/\n○ ├─kdump\.service\n/);
    expect(out).toMatch(/\n● ├─basic\.target\n● │ ├─paths\.target\n/);
    expect(out).toMatch(/\n● │ │ └─swap\.target\n● │ │ {3}└─swapfile\.swap\n/);
    // the services come before the first target
    expect(lines.findIndex((l) => l.includes('sshd.service'))).toBeLessThan(lines.findIndex((l) => l.includes('basic.target')));
    expect(out.endsWith('└─remote-fs.target\n●   └─nfs-client.target\n')).toBe(true);
  });

  it('follows the model: a stopped service shows ○, a disabled one leaves the tree', async () => {
    const s = await vm();
    await s.exec('sudo systemctl stop crond');
    expect((await s.exec('systemctl list-dependencies multi-user.target | cat')).stdout).toMatch(/\n○ ├─crond\.service\n/);
    await s.exec('sudo systemctl disable crond');
    expect((await s.exec('systemctl list-dependencies multi-user.target | cat')).stdout).not.toMatch(/crond/);
  });

  it('--reverse, --plain, and colour only on a terminal', async () => {
    const s = await vm();
    expect((await s.exec('systemctl list-dependencies --reverse sshd | cat')).stdout).toBe('sshd.service\n● └─multi-user.target\n');
    const plain = (await s.exec('systemctl list-dependencies --plain timers.target')).stdout;
    expect(plain).toBe('timers.target\n  dnf-makecache.timer\n  logrotate.timer\n  systemd-tmpfiles-clean.timer\n');
    const tty = (await s.exec('systemctl list-dependencies timers.target')).output;
    expect(tty).toContain('\x1b[0;1;32m●\x1b[0m └─systemd-tmpfiles-clean.timer');
  });
});

describe('systemctl isolate, rescue, emergency and default', () => {
  it('rescue stops what rescue.target does not pull in; default brings it back', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl rescue')).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect((await s.exec('systemctl is-active sshd crond rescue.service getty@tty1.service')).stdout).toBe('inactive\ninactive\nactive\nactive\n');
    expect(await s.exec('systemctl is-system-running')).toMatchObject({ stdout: 'maintenance\n', exitCode: 1 });
    expect((await s.exec('systemctl list-units --type=socket --no-legend')).stdout).toMatch(/^ {2}systemd-journald-dev-log\.socket .*\n {2}systemd-journald\.socket .*\n$/);
    await s.exec('sudo systemctl default');
    expect((await s.exec('systemctl is-active sshd crond rescue.service')).stdout).toBe('active\nactive\ninactive\n');
    expect(await s.exec('systemctl is-system-running')).toMatchObject({ stdout: 'running\n', exitCode: 0 });
  });

  it('isolate refuses targets without AllowIsolate= and unknown ones', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl isolate sockets')).toMatchObject({
      stderr: "Failed to start sockets.target: Operation refused, unit may not be isolated.\nSee system logs and 'systemctl status sockets.target' for details.\n",
      exitCode: 1,
    });
    expect(await s.exec('sudo systemctl isolate nosuch')).toMatchObject({ stderr: 'Failed to start nosuch.target: Unit nosuch.target not found.\n', exitCode: 5 });
  });

  it('emergency keeps only what ignores the isolate', async () => {
    const s = await vm();
    await s.exec('sudo systemctl emergency');
    expect((await s.exec('systemctl is-active emergency.service sysinit.target systemd-journald boot.mount')).stdout).toBe('active\ninactive\nactive\nactive\n');
  });
});

describe('systemctl exit, kexec, switch-root and the sleep verbs', () => {
  it('answer as PID 1 and logind of a VirtualBox guest do', async () => {
    const s = await vm();
    expect(await s.exec('systemctl exit 3')).toMatchObject({ stderr: 'Failed to set exit code: ExitCode can only be set for user service managers or in containers.\n', exitCode: 1 });
    expect((await s.exec('systemctl exit x')).stderr).toBe('Invalid exit code.\n');
    expect(await s.exec('systemctl kexec')).toMatchObject({ stderr: 'No kexec kernel loaded and autodetection failed.\nAutomatic loading works only on systems booted with EFI.\n', exitCode: 1 });
    expect((await s.exec('systemctl switch-root /mnt')).stderr).toBe('Failed to switch root: Access to org.freedesktop.systemd1.Manager.SwitchRoot() not permitted.\n');
    expect((await s.exec('sudo systemctl switch-root /')).stderr).toBe('Failed to switch root: New root directory cannot be the old root directory.\n');
    expect((await s.exec('sudo systemctl switch-root /mnt')).stderr).toBe("Failed to switch root: Specified switch root path '/mnt' does not seem to be an OS tree. os-release file is missing.\n");
    expect((await s.exec('sudo systemctl switch-root a b c')).stderr).toBe('Wrong number of arguments.\n');
    expect((await s.exec('systemctl suspend')).stderr).toBe('Call to Suspend failed: Interactive authentication required.\n');
    await s.exec('sudo swapoff -a');
    expect((await s.exec('sudo systemctl hibernate')).stderr).toBe('Call to Hibernate failed: Not enough swap space for hibernation\n');
  });
});

// systemctl list-timers, list-sockets and list-automounts of systemd 252 (src/systemctl/systemctl-list-units.c of
// v252-46: the table columns of output_timers_list(), output_sockets_list(), output_automounts_list(), the footer of
// output_legend(), format_timestamp_relative() of time-util.c) over the rockylinux/9 box's units.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });
const rows = (out: string) => out.split('\n\n')[0].split('\n').slice(1);

describe('systemctl list-timers', () => {
  it('lists the box timers by next elapse with the legend, and follows the clock', async () => {
    const s = await vm();
    const r = await s.exec('systemctl list-timers');
    expect(r.exitCode).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^NEXT +LEFT +LAST +PASSED +UNIT +ACTIVATES$/);
    expect(r.stdout).toMatch(/\n\n3 timers listed\.\nPass --all to see loaded but inactive timers, too\.\n$/);
    expect(rows(r.stdout).map((l) => /(\S+\.timer) +(\S+\.service)$/.exec(l)?.slice(1))).toEqual(
      expect.arrayContaining([['dnf-makecache.timer', 'dnf-makecache.service'], ['logrotate.timer', 'logrotate.service'], ['systemd-tmpfiles-clean.timer', 'systemd-tmpfiles-clean.service']]),
    );
    expect(rows(r.stdout)).toHaveLength(3);
    // shortly after boot tmpfiles-clean (OnBootSec=15min) has not run: LAST and PASSED are dashes
    const tmp = rows(r.stdout).find((l) => l.includes('systemd-tmpfiles-clean.timer'))!;
    expect(tmp).toMatch(/^\w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \d+min( \d+s)? left +- +- +systemd-tmpfiles-clean\.timer/);
    // logrotate's OnCalendar=daily is the next midnight
    expect(rows(r.stdout).find((l) => l.includes('logrotate.timer'))).toMatch(/^\w{3} \d{4}-\d\d-\d\d 00:00:00 UTC /);
    await s.advance(20 * 60_000);
    const later = rows((await s.exec('systemctl list-timers systemd-tmpfiles-clean')).stdout);
    expect(later).toHaveLength(1);
    expect(later[0]).toMatch(/ 23h left +\w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC \d+min( \d+s)? ago +systemd-tmpfiles-clean\.timer/);
  });

  it('--no-legend drops the header and footer', async () => {
    const s = await vm();
    const out = (await s.exec('systemctl list-timers --no-legend')).stdout;
    expect(out).not.toMatch(/NEXT|timers listed/);
    expect(out.trim().split('\n')).toHaveLength(3);
  });
});

describe('systemctl list-sockets and list-automounts', () => {
  it('lists each listening address by path, with the unit it activates', async () => {
    const s = await vm();
    const out = (await s.exec('systemctl list-sockets')).stdout;
    expect(out.split('\n')[0]).toMatch(/^LISTEN +UNIT +ACTIVATES$/);
    expect(out).toMatch(/\n\/run\/dbus\/system_bus_socket +dbus\.socket +dbus-broker\.service\n/);
    expect(out).toMatch(/\n\/run\/systemd\/coredump +systemd-coredump\.socket +-\n/);
    expect(out).toMatch(/\nkobject-uevent 1 +systemd-udevd-kernel\.socket +systemd-udevd\.service\n\n\d+ sockets listed\.\n/);
    const typed = (await s.exec('systemctl list-sockets --show-types rpcbind')).stdout;
    expect(rows(typed).map((l) => l.split(/ +/).slice(0, 2).join(' '))).toEqual(['/run/rpcbind.sock Stream', '0.0.0.0:111 Datagram', '0.0.0.0:111 Stream', '[::]:111 Datagram', '[::]:111 Stream']);
  });

  it('list-automounts shows binfmt_misc, not mounted, and list-units knows the unit', async () => {
    const s = await vm();
    const out = (await s.exec('systemctl list-automounts')).stdout;
    expect(out).toMatch(/^WHAT +WHERE +MOUNTED IDLE TIMEOUT UNIT\nbinfmt_misc \/proc\/sys\/fs\/binfmt_misc no +0 +proc-sys-fs-binfmt_misc\.automount\n\n1 automounts listed\.\n/);
    expect((await s.exec('systemctl list-units')).stdout.split('\n')[1]).toMatch(/^ {2}proc-sys-fs-binfmt_misc\.automount +loaded active waiting +Arbitrary Executable/);
  });
});

describe('start and stop of the box units behind the lists', () => {
  it('a stopped timer leaves list-timers and shows dashes with --all; a stopped socket leaves list-sockets', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl stop logrotate.timer')).toMatchObject({ exitCode: 0, stderr: '' });
    expect((await s.exec('systemctl list-timers')).stdout).not.toContain('logrotate.timer');
    expect((await s.exec('systemctl list-timers --all --no-legend')).stdout.split('\n')[0]).toMatch(/^- +- +- +- +logrotate\.timer +logrotate\.service$/);
    await s.exec('sudo systemctl start logrotate.timer');
    expect((await s.exec('systemctl is-active logrotate.timer')).stdout).toBe('active\n');
    expect((await s.exec('sudo systemctl stop rpcbind')).stderr).toBe('Warning: Stopping rpcbind.service, but it can still be activated by:\n  rpcbind.socket\n');
    await s.exec('sudo systemctl stop rpcbind.socket');
    expect((await s.exec('systemctl list-sockets')).stdout).not.toContain('rpcbind');
  });

  it('auditd refuses a manual stop', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl stop auditd')).toMatchObject({
      stderr: "Failed to stop auditd.service: Operation refused, unit auditd.service may be requested by dependency only (it is configured to refuse manual start/stop).\nSee system logs and 'systemctl status auditd.service' for details.\n",
      exitCode: 1,
    });
  });
});

describe('systemctl status of the box units behind the lists', () => {
  it('a timer shows when it triggers next and what; a socket what it listens on', async () => {
    const s = await vm();
    const timer = (await s.exec('systemctl status logrotate.timer')).stdout;
    const next = /^(\w{3} \S+ 00:00:00 UTC)/m.exec((await s.exec('systemctl list-timers logrotate.timer --no-legend')).stdout)![1];
    expect(timer).toMatch(/^● logrotate\.timer - Daily rotation of log files\n {5}Loaded: loaded \(\/usr\/lib\/systemd\/system\/logrotate\.timer; enabled; preset: enabled\)\n {5}Active: active \(waiting\) since .+ ago\n/);
    expect(timer).toContain(`\n    Trigger: ${next}; `);
    expect(timer).toMatch(/\n {3}Triggers: ● logrotate\.service\n {7}Docs: man:logrotate\(8\)\n {13}man:logrotate\.conf\(5\)\n$/);
    const sock = (await s.exec('systemctl status rpcbind.socket')).stdout;
    expect(sock).toMatch(/\n {3}Triggers: ● rpcbind\.service\n {5}Listen: \/run\/rpcbind\.sock \(Stream\)\n {13}0\.0\.0\.0:111 \(Stream\)\n/);
    await s.exec('sudo systemctl stop logrotate.timer');
    expect(await s.exec('systemctl status logrotate.timer')).toMatchObject({ exitCode: 3 });
    expect((await s.exec('systemctl status logrotate.timer')).stdout).toMatch(/^○ logrotate\.timer .*\n.*\n {5}Active: inactive \(dead\) since .*\n {4}Trigger: n\/a\n/);
  });
});

describe('enable and disable of the box timers and sockets', () => {
  it('disable --now removes the [Install] link and stops the timer; enable brings the link back', async () => {
    const s = await vm();
    expect((await s.exec('sudo systemctl disable --now dnf-makecache.timer')).stderr).toBe('Removed "/etc/systemd/system/timers.target.wants/dnf-makecache.timer".\n');
    expect(await s.exec('systemctl is-enabled dnf-makecache.timer')).toMatchObject({ stdout: 'disabled\n', exitCode: 1 });
    expect((await s.exec('systemctl list-timers')).stdout).not.toContain('dnf-makecache');
    expect((await s.exec('systemctl list-dependencies timers.target | cat')).stdout).not.toContain('dnf-makecache');
    expect((await s.exec('systemctl status dnf-makecache.timer')).stdout).toContain('(/usr/lib/systemd/system/dnf-makecache.timer; disabled; preset: enabled)');
    expect((await s.exec('sudo systemctl enable dnf-makecache.timer')).stderr).toBe(
      'Created symlink /etc/systemd/system/timers.target.wants/dnf-makecache.timer → /usr/lib/systemd/system/dnf-makecache.timer.\n',
    );
    expect((await s.exec('sudo systemctl enable dnf-makecache.timer')).stderr).toBe('');
    expect((await s.exec('systemctl list-unit-files dnf-makecache.timer --no-legend')).stdout).toMatch(/^dnf-makecache\.timer enabled +enabled\n$/);
  });
});

// systemctl set-property (bus-unit-util.c parse errors, unit.c unit_write_setting()'s drop-in, dbus-cgroup.c's
// formats), add-wants (install.c "Created symlink %s → %s."), link, clean (dbus-unit.c bus_unit_method_clean()),
// bind (dbus-service.c bus_service_method_mount()), service-log-level (systemctl-log-setting.c), list-machines
// (systemctl-list-machines.c) and check, of systemd 252 (v252-46).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('systemctl set-property and add-wants', () => {
  it('writes the drop-ins PID 1 writes, which cat and status then show', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl set-property crond CPUQuota=20% MemoryMax=512M')).toMatchObject({ exitCode: 0, stdout: '', stderr: '' });
    expect((await s.exec('cat /etc/systemd/system.control/crond.service.d/50-MemoryMax.conf')).stdout).toBe(
      '# This is a drop-in unit file extension, created via "systemctl set-property"\n# or an equivalent operation. Do not edit.\n[Service]\nMemoryMax=536870912\n',
    );
    expect((await s.exec('systemctl cat crond')).stdout).toContain('# /etc/systemd/system.control/crond.service.d/50-CPUQuota.conf\n');
    expect((await s.exec('systemctl status crond | cat')).stdout).toMatch(/Drop-In: \/etc\/systemd\/system\.control\/crond\.service\.d\n +└─50-CPUQuota\.conf, 50-MemoryMax\.conf\n/);
    await s.exec('sudo systemctl set-property --runtime crond CPUAccounting=on');
    expect((await s.exec('cat /run/systemd/system.control/crond.service.d/50-CPUAccounting.conf')).stdout).toMatch(/\n\[Service\]\nCPUAccounting=yes\n$/);
  });

  it('refuses what the client cannot parse and units that are not there', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl set-property crond MemoryMax=abc')).toMatchObject({ stderr: 'Failed to parse MemoryMax=abc: Invalid argument\n', exitCode: 1 });
    expect((await s.exec('sudo systemctl set-property crond CPUQuota=x')).stderr).toBe("CPU quota 'x' invalid.\n");
    expect((await s.exec('sudo systemctl set-property crond CPUQuota')).stderr).toBe('Not an assignment: CPUQuota\n');
    expect((await s.exec('sudo systemctl set-property nosuch CPUQuota=10%')).stderr).toBe('Failed to set unit properties on nosuch.service: Unit nosuch.service not found.\n');
  });

  it('add-wants links the unit into the target, and list-dependencies follows', async () => {
    const s = await vm();
    expect((await s.exec('sudo systemctl add-wants multi-user.target rsyslog')).stderr).toBe(
      'Created symlink /etc/systemd/system/multi-user.target.wants/rsyslog.service → /usr/lib/systemd/system/rsyslog.service.\n',
    );
    expect((await s.exec('systemctl list-dependencies multi-user.target | cat')).stdout).toMatch(/\n○ ├─rsyslog\.service\n/);
    expect((await s.exec('sudo systemctl add-requires nosuch crond')).stderr).toBe('Failed to add dependency: Unit file nosuch.target does not exist.\n');
  });

  it('link makes a unit file outside the unit paths known', async () => {
    const s = await vm();
    expect((await s.exec('sudo systemctl link /tmp/x.service')).stderr).toBe('Failed to link unit: Unit file /tmp/x.service does not exist.\n');
    expect((await s.exec('sudo systemctl link x.service')).stderr).toBe('Failed to link unit: File x.service: Invalid argument\n');
    await s.exec('printf "[Unit]\\n" > /tmp/x.service');
    expect((await s.exec('sudo systemctl link /tmp/x.service')).stderr).toBe('Created symlink /etc/systemd/system/x.service → /tmp/x.service.\n');
    // a file already in the search path is left alone
    expect(await s.exec('sudo systemctl link /usr/lib/systemd/system/sshd.service')).toMatchObject({ stderr: '', exitCode: 0 });
  });
});

describe('systemctl clean, bind, service-log-level, list-machines, check', () => {
  it('answer as PID 1 does for the box units', async () => {
    const s = await vm();
    expect((await s.exec('sudo systemctl clean crond')).stderr).toBe('Failed to clean unit crond.service: Unit is not inactive or has pending job.\n');
    await s.exec('sudo systemctl stop crond');
    expect((await s.exec('sudo systemctl clean crond')).stderr).toBe('Failed to clean unit crond.service: No matching resources found.\n');
    expect((await s.exec('sudo systemctl clean multi-user.target')).stderr).toBe("Failed to clean unit multi-user.target: Unit 'multi-user.target' does not support cleaning.\n");
    expect((await s.exec('sudo systemctl bind sshd /tmp')).stderr).toBe('Failed to bind mount: Unit not running in private mount namespace, cannot activate bind mount\n');
    expect((await s.exec('sudo systemctl bind chronyd tmp')).stderr).toBe('Failed to bind mount: Source path must be absolute and normalized.\n');
    expect((await s.exec('systemctl service-log-level sshd | cat')).stderr).toBe(
      "Unit sshd.service doesn't declare BusName=.\nHint: the service must declare BusName= and implement the appropriate D-Bus interface.\n      See the org.freedesktop.LogControl1(5) for details.\n",
    );
    expect((await s.exec('systemctl service-log-level systemd-logind')).stdout).toBe('info\n');
    await s.exec('sudo systemctl service-log-level systemd-logind debug');
    expect((await s.exec('systemctl service-log-level systemd-logind')).stdout).toBe('debug\n');
    expect((await s.exec('systemctl list-machines')).stdout).toMatch(/^ {2}NAME +STATE +FAILED JOBS\n {2}\S+ \(host\) running 0 +0\n\n1 machines listed\.\n$/);
    expect(await s.exec('systemctl check sshd crond')).toMatchObject({ stdout: 'active\ninactive\n', exitCode: 0 });
  });
});

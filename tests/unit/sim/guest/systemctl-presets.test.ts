// systemctl preset, preset-all and help (install.c's query_presets() over Rocky 9.5's preset files; show_unit_help()
// of systemctl-show.c, v252-46).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const root = async () => {
  const s = await createSession({ lab: 'vm', seed: 2 });
  await s.exec('sudo -i');
  return s;
};

describe('systemctl preset-all', () => {
  it('enables what the presets enable and disables the rest, as list-unit-files then shows', async () => {
    const s = await root();
    // the box's own list: firewalld off though its preset enables it, the Guest Additions on though nothing enables them
    expect((await s.exec('systemctl list-unit-files firewalld.service vboxadd.service')).stdout).toMatch(/firewalld\.service\s+disabled\s+enabled\n[^]*vboxadd\.service\s+enabled\s+disabled\n/);
    const r = await s.exec('systemctl preset-all');
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toContain('Created symlink /etc/systemd/system/multi-user.target.wants/firewalld.service → /usr/lib/systemd/system/firewalld.service.\n');
    expect(r.stderr).toContain('Removed "/etc/systemd/system/multi-user.target.wants/vboxadd.service".\n');
    // sshd and crond are enabled by 90-default.preset already: nothing to do for them
    expect(r.stderr).not.toMatch(/sshd|crond/);
    expect((await s.exec('systemctl is-enabled firewalld vboxadd sshd')).stdout).toBe('enabled\ndisabled\nenabled\n');
    // a second run has nothing left to change
    expect((await s.exec('systemctl preset-all')).stderr).toBe('');
  });

  it('--preset-mode=enable-only leaves enabled units alone; a bad mode is refused', async () => {
    const s = await root();
    const r = await s.exec('systemctl preset-all --preset-mode=enable-only');
    expect(r.stderr).toContain('firewalld.service');
    expect(r.stderr).not.toContain('Removed');
    expect((await s.exec('systemctl is-enabled vboxadd')).stdout).toBe('enabled\n');
    expect(await s.exec('systemctl preset-all --preset-mode=sometimes')).toMatchObject({ stderr: 'Failed to parse preset mode: sometimes.\n', exitCode: 1 });
  });

  it('a preset file in /etc decides before the vendor ones', async () => {
    const s = await root();
    await s.exec('mkdir -p /etc/systemd/system-preset && echo "disable sshd.service" > /etc/systemd/system-preset/10-local.preset');
    expect((await s.exec('systemctl preset sshd')).stderr).toBe('Removed "/etc/systemd/system/multi-user.target.wants/sshd.service".\n');
    expect((await s.exec('systemctl is-enabled sshd')).stdout).toBe('disabled\n');
  });

  it('asks for authentication as a user', async () => {
    const s = await createSession({ lab: 'vm', seed: 2 });
    const r = await s.exec('systemctl preset-all');
    expect(r.output).toContain('==== AUTHENTICATING FOR org.freedesktop.systemd1.manage-unit-files ====\n');
  });
});

describe('systemctl help', () => {
  it('runs man for each man: page of Documentation= and names the others it cannot show', async () => {
    const s = await root();
    const r = await s.exec('systemctl help auditd');
    // without man installed, the fork's exec fails
    const man = (await s.exec('command -v man')).exitCode === 0;
    if (!man) expect(r.stderr).toBe("Failed to execute man: No such file or directory\nCan't show: https://github.com/linux-audit/audit-documentation\n");
    else expect(r.stderr).toContain("Can't show: https://github.com/linux-audit/audit-documentation\n");
  });

  it('says when a unit has no documentation or does not exist', async () => {
    const s = await root();
    const r = await s.exec('systemctl help gssproxy nosuch');
    expect(r.stderr).toBe('Documentation for gssproxy.service not known.\nUnit nosuch.service could not be found.\n');
    expect(r.exitCode).toBe(1);
    expect((await s.exec('systemctl help')).stderr).toBe("'help' command expects one or more unit names.\n(Alternatively, help for systemctl itself may be shown with --help)\n");
  });
});

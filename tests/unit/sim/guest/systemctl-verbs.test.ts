// systemctl 252's other verbs (v252-46 of redhat-plumbers/systemd-rhel9): install.c install_changes_dump() lines
// 347-392 ("Created symlink %s → %s.", "Removed \"%s\".", "Failed to %s unit, file \"%s\" already exists.",
// "Failed to %s unit, unit %s is masked."), dbus-unit.c:2501 "Unit %s is masked.", systemctl-start-unit.c
// unit_actions[] and its "Failed to %s %s: %s" (line 165), systemctl-list-jobs.c:71 "No jobs %s.",
// systemctl-cancel-job.c:35 with dbus-manager.c:1107 "Job %u does not exist.", dbus-manager.c:1773 "Invalid
// environment assignments", systemctl-set-environment.c:58 (show-environment), systemctl-is-system-running.c:79,
// systemctl-set-default.c:87.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('systemctl mask, unmask, revert', () => {
  it('mask links the unit to /dev/null: start, enable and is-enabled answer for a masked unit', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl mask crond')).toMatchObject({ stderr: 'Created symlink /etc/systemd/system/crond.service → /dev/null.\n', exitCode: 0 });
    expect(await s.exec('systemctl is-enabled crond')).toMatchObject({ stdout: 'masked\n', exitCode: 1 });
    expect(await s.exec('sudo systemctl start crond')).toMatchObject({ stderr: 'Failed to start crond.service: Unit crond.service is masked.\n', exitCode: 1 });
    expect(await s.exec('sudo systemctl enable crond')).toMatchObject({ stderr: 'Failed to enable unit, unit crond.service is masked.\n', exitCode: 1 });
    expect((await s.exec('systemctl status crond')).stdout).toMatch(/^● crond\.service\n {5}Loaded: masked \(Reason: Unit crond\.service is masked\.\)\n/);
    expect((await s.exec('systemctl show crond -p LoadState,UnitFileState')).stdout).toBe('LoadState=masked\nUnitFileState=masked\n');
    expect(await s.exec('sudo systemctl unmask crond')).toMatchObject({ stderr: 'Removed "/etc/systemd/system/crond.service".\n', exitCode: 0 });
    expect((await s.exec('systemctl is-enabled crond')).stdout).toBe('enabled\n');
  });

  it('mask refuses a unit file under /etc; revert removes the /etc copy and drop-ins', async () => {
    const s = await createSession({ lab: 'vm', seed: 3, interactiveEditor: false });
    await s.exec('sudo systemctl edit --full crond', { answers: ['[Unit]', 'Description=X', '.'] });
    expect(await s.exec('sudo systemctl mask crond')).toMatchObject({ stderr: 'Failed to mask unit, file "/etc/systemd/system/crond.service" already exists.\n', exitCode: 1 });
    expect(await s.exec('sudo systemctl revert crond')).toMatchObject({ stderr: 'Removed "/etc/systemd/system/crond.service".\n', exitCode: 0 });
    expect((await s.exec('systemctl show crond -p FragmentPath')).stdout).toBe('FragmentPath=/usr/lib/systemd/system/crond.service\n');
  });
});

describe('systemctl job verbs and the manager', () => {
  it('the try-/reload-or-/cond- verbs name their job type; try-restart leaves a stopped unit stopped', async () => {
    const s = await vm();
    expect(await s.exec('sudo systemctl try-restart nosuch')).toMatchObject({ stderr: 'Failed to try-restart nosuch.service: Unit nosuch.service not found.\n', exitCode: 5 });
    expect((await s.exec('sudo systemctl force-reload nosuch')).stderr).toBe('Failed to reload-or-try-restart nosuch.service: Unit nosuch.service not found.\n');
    await s.exec('sudo systemctl stop crond');
    await s.exec('sudo systemctl try-restart crond');
    expect((await s.exec('systemctl is-active crond')).stdout).toBe('inactive\n');
    await s.exec('sudo systemctl reload-or-restart crond');
    expect((await s.exec('systemctl is-active crond')).stdout).toBe('active\n');
  });

  it('kill -s KILL leaves the unit failed; reset-failed clears it', async () => {
    const s = await vm();
    await s.exec('sudo systemctl kill -s KILL crond');
    expect((await s.exec('systemctl is-failed crond')).stdout).toBe('failed\n');
    expect((await s.exec('systemctl is-system-running')).stdout).toBe('degraded\n');
    await s.exec('sudo systemctl reset-failed');
    expect((await s.exec('systemctl is-active crond')).stdout).toBe('inactive\n');
    expect(await s.exec('systemctl is-system-running')).toMatchObject({ stdout: 'running\n', exitCode: 0 });
    expect((await s.exec('sudo systemctl kill nosuch')).stderr).toBe('Failed to kill unit nosuch.service: Unit nosuch.service not loaded.\n');
  });

  it('get-default/set-default, the environment, list-jobs, cancel, log-level and service-watchdogs', async () => {
    const s = await vm();
    expect((await s.exec('systemctl get-default')).stdout).toBe('multi-user.target\n');
    expect((await s.exec('sudo systemctl set-default graphical.target')).stderr).toBe('Created symlink /etc/systemd/system/default.target → /usr/lib/systemd/system/graphical.target.\n');
    expect((await s.exec('systemctl get-default')).stdout).toBe('graphical.target\n');
    expect((await s.exec('systemctl show-environment')).stdout).toBe('LANG=en_US.UTF-8\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n');
    expect(await s.exec('sudo systemctl set-environment bad')).toMatchObject({ stderr: 'Failed to set environment: Invalid environment assignments\n', exitCode: 1 });
    await s.exec('sudo systemctl set-environment FOO=bar');
    expect((await s.exec('systemctl show-environment')).stdout).toBe('FOO=bar\nLANG=en_US.UTF-8\nPATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin\n');
    await s.exec('sudo systemctl unset-environment FOO');
    expect((await s.exec('systemctl show-environment')).stdout).not.toContain('FOO=');
    expect((await s.exec('systemctl list-jobs')).stdout).toBe('No jobs running.\n');
    expect(await s.exec('systemctl cancel 5')).toMatchObject({ stderr: 'Failed to cancel job 5: Job 5 does not exist.\n', exitCode: 1 });
    expect((await s.exec('systemctl log-level')).stdout).toBe('info\n');
    expect((await s.exec('systemctl log-target')).stdout).toBe('journal-or-kmsg\n');
    expect((await s.exec('systemctl service-watchdogs')).stdout).toBe('yes\n');
  });
});

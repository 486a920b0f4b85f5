// systemctl show of systemd 252 (v252-46 of redhat-plumbers/systemd-rhel9): the property order is PID 1's vtables
// (src/core/dbus-service.c bus_service_vtable, dbus-unit.c bus_unit_cgroup_vtable, dbus-cgroup.c, dbus-execute.c,
// dbus-kill.c, then dbus-unit.c bus_unit_vtable); the formats are src/shared/bus-print-properties.c
// bus_print_property() and src/systemctl/systemctl-show.c print_property(); -p/-P/--value/-a are
// src/systemctl/systemctl.c parse_argv() (lines 561-616).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('systemctl show', () => {
  it('prints the Service interface first and the Unit interface last, empty values left out', async () => {
    const s = await vm();
    const r = await s.exec('systemctl show sshd');
    expect(r.exitCode).toBe(0);
    const names = r.stdout.trim().split('\n').map((l) => l.slice(0, l.indexOf('=')));
    // dbus-service.c:193-195 Type, ExitType, Restart; PIDFile (empty string) is left out (bus-print-properties.c:71)
    expect(names.slice(0, 4)).toEqual(['Type', 'ExitType', 'Restart', 'NotifyAccess']);
    expect(names.indexOf('Slice')).toBeGreaterThan(names.indexOf('ExecStartEx'));
    expect(names.indexOf('KillMode')).toBeLessThan(names.indexOf('Id'));
    expect(names[names.length - 1]).toBe('CollectMode');
    // bus-print-properties.c:160-163 and 200-202: [not set]; 165-170: infinity; 171-172: [no data]
    expect(r.stdout).toContain('\nUID=[not set]\nGID=[not set]\n');
    expect(r.stdout).toContain('\nMemoryHigh=infinity\n');
    expect(r.stdout).toContain('\nIPIngressBytes=[no data]\n');
    // bus-print-properties.c:197-198: UMask and *Mode in octal
    expect(r.stdout).toContain('\nUMask=0022\n');
    // systemctl-show.c ExecStart: "{ path=%s ; argv[]=%s ; ignore_errors=%s ; start_time=[%s] ; stop_time=[%s] ; pid=... ; code=%s ; status=%i%s%s }"
    expect(r.stdout).toMatch(/\nExecStart=\{ path=\/usr\/sbin\/sshd ; argv\[\]=\/usr\/sbin\/sshd -D \$OPTIONS ; ignore_errors=no ; start_time=\[\w{3} \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\] ; stop_time=\[n\/a\] ; pid=\d+ ; code=\(null\) ; status=0\/0 \}\n/);
    expect(r.stdout).toMatch(/\nExecStartEx=\{ path=\/usr\/sbin\/sshd ; argv\[\]=\/usr\/sbin\/sshd -D \$OPTIONS ; flags= ; start_time=/);
    // an array of strings goes through shell_maybe_quote() (bus-print-properties.c:250)
    expect(r.stdout).toContain('\nDocumentation="man:sshd(8)" "man:sshd_config(5)"\n');
    expect(r.stdout).toMatch(/\nInvocationID=[0-9a-f]{32}\n/);
    expect(r.stdout).not.toMatch(/\nPIDFile=|\nWatchdogTimestamp=|\nAmbientCapabilities=|\nMountFlags=/);
  });

  it('-p picks properties (comma lists, repeatable) in the vtable order and shows them even when empty', async () => {
    const s = await vm();
    expect(await s.exec('systemctl show sshd -p ActiveState')).toMatchObject({ stdout: 'ActiveState=active\n', exitCode: 0 });
    expect((await s.exec('systemctl show sshd -p SubState,Id -p ActiveState')).stdout).toBe('Id=sshd.service\nActiveState=active\nSubState=running\n');
    expect((await s.exec('systemctl show sshd -p PIDFile')).stdout).toBe('PIDFile=\n');
    // systemctl-show.c: "Job" (uo) with no job prints the empty value
    expect((await s.exec('systemctl show sshd -p Job')).stdout).toBe('Job=\n');
    // a property that is not there prints nothing (log_debug "Property %s does not exist.")
    expect(await s.exec('systemctl show sshd -p Bogus')).toMatchObject({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('--value and -P print the value alone', async () => {
    const s = await vm();
    const pid = (await s.exec('systemctl show -P MainPID sshd')).stdout;
    expect(pid).toMatch(/^[1-9]\d*\n$/);
    expect((await s.exec('systemctl show sshd --value -p ActiveState')).stdout).toBe('active\n');
    await s.exec('sudo systemctl stop sshd');
    expect((await s.exec('systemctl show sshd -P ActiveState -P MainPID')).stdout).toBe('0\ninactive\n');
  });

  it('-a adds the empty ones: Name=, [unprintable] for what print_property() cannot print', async () => {
    const s = await vm();
    const r = (await s.exec('systemctl show -a sshd')).stdout;
    expect(r).toContain('\nPIDFile=\n');
    // bus_message_print_all_properties(): "%s=[unprintable]" for a(sbbsi) Conditions and the q of TTYRows
    expect(r).toContain('\nConditions=[unprintable]\n');
    expect(r).toContain('\nTTYRows=[unprintable]\n');
    // print_property(): the (bas) filters print "~" for a deny list; ActionExitStatus -1 prints [not set]
    expect(r).toContain('\nSystemCallFilter=~\n');
    expect(r).toContain('\nFailureActionExitStatus=[not set]\n');
  });

  it('a unit that does not exist is shown as not-found (exit 0); units are separated by a blank line; a number is a job', async () => {
    const s = await vm();
    expect((await s.exec('systemctl show nosuch -p LoadState,ActiveState')).stdout).toBe('LoadState=not-found\nActiveState=inactive\n');
    expect((await s.exec('systemctl show sshd crond -p Id')).stdout).toBe('Id=sshd.service\n\nId=crond.service\n');
    expect(await s.exec('systemctl show 7')).toMatchObject({ stderr: "Failed to get properties: Unknown object '/org/freedesktop/systemd1/job/7'.\n", exitCode: 1 });
  });

  it('without a unit shows the manager (dbus-manager.c bus_manager_vtable)', async () => {
    const s = await vm();
    const r = await s.exec('systemctl show -p Version,Architecture,SystemState');
    expect(r.stdout).toBe('Version=252-46.el9_5.2.0.1\nArchitecture=x86-64\nSystemState=running\n');
  });
});

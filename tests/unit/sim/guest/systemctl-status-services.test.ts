// systemctl status of the box's own services (print_status_info() of systemctl-show.c, v252-46): their processes
// from the process model, the journal lines journalctl -u shows for them.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 5 });

describe('systemctl status of the box services', () => {
  it('shows the main process, tasks and cgroup of the processes ps and systemd-cgls show', async () => {
    const s = await vm();
    const r = await s.exec('systemctl status dbus-broker');
    expect(r.exitCode).toBe(0);
    const out = r.stdout;
    expect(out).toMatch(/^● dbus-broker\.service - D-Bus System Message Bus\n {5}Loaded: loaded \(\/usr\/lib\/systemd\/system\/dbus-broker\.service; enabled; preset: enabled\)\n {5}Active: active \(running\) since /);
    const pids = (await s.exec('pgrep dbus-broker')).stdout.trim().split('\n').map(Number).sort((a, b) => a - b);
    expect(out).toContain(`   Main PID: ${pids[0]} (dbus-broker-launch)\n      Tasks: ${pids.length} (limit: `);
    expect(out).toMatch(/\n {5}Memory: \d+\.\dM\n {8}CPU: \d+ms\n {5}CGroup: \/system\.slice\/dbus-broker\.service\n/);
    // the same processes as the unit's cgroup in /sys/fs/cgroup
    expect((await s.exec('cat /sys/fs/cgroup/system.slice/dbus-broker.service/cgroup.procs')).stdout.trim().split('\n').map(Number).sort((a, b) => a - b)).toEqual(pids);
    const cgls = (await s.exec('systemd-cgls --no-pager -u dbus-broker.service')).stdout;
    for (const p of pids) {
      expect(out).toMatch(new RegExp(`[├└]─${p} `));
      expect(cgls).toMatch(new RegExp(`─${p} `));
    }
  });

  it('ends with the journal lines journalctl -u gives for the unit, the last -n of them', async () => {
    const s = await vm();
    const journal = (await s.exec('journalctl -b -u auditd --no-pager')).stdout;
    expect(journal).toContain('systemd[1]: Started Security Auditing Service.\n');
    const out = (await s.exec('systemctl status auditd')).stdout;
    expect(out.endsWith('\n\n' + journal)).toBe(true);
    const last = journal.trimEnd().split('\n').at(-1)!;
    expect((await s.exec('systemctl status -n 1 auditd')).stdout.endsWith(`\n\n${last}\n`)).toBe(true);
    expect((await s.exec('systemctl status -n 0 auditd')).stdout).not.toContain('Started');
    // auditd's unit file loads the rules after the daemon starts
    expect(out).toMatch(/\n {4}Process: \d+ ExecStartPost=\/sbin\/augenrules --load \(code=exited, status=0\/SUCCESS\)\n/);
  });

  it('a oneshot service that stays active logs Finished, and the journal has its start', async () => {
    const s = await vm();
    const out = (await s.exec('systemctl status systemd-sysctl')).stdout;
    expect(out).toMatch(/^● systemd-sysctl\.service - Apply Kernel Variables\n {5}Loaded: loaded \(\/usr\/lib\/systemd\/system\/systemd-sysctl\.service; static\)\n {5}Active: active \(exited\) since /);
    expect(out).toContain('systemd[1]: Finished Apply Kernel Variables.\n');
    expect((await s.exec('journalctl -u systemd-sysctl -o cat')).stdout).toBe('Starting Apply Kernel Variables...\nFinished Apply Kernel Variables.\n');
  });

  it("sshd's status uses its process's memory and the journal's lines", async () => {
    const s = await vm();
    const out = (await s.exec('systemctl status -n 2 sshd')).stdout;
    const journal = (await s.exec('journalctl -b -u sshd -n 2 --no-pager')).stdout;
    expect(out.endsWith('\n\n' + journal)).toBe(true);
    const pid = /Main PID: (\d+)/.exec(out)![1];
    const rss = Number((await s.exec(`ps -o pid,rss -p ${pid}`)).stdout.trim().split('\n')[1].trim().split(/\s+/)[1]);
    expect(out).toContain(`     Memory: ${(Math.floor((rss * 10) / 1024) / 10).toFixed(1)}M\n`);
    // show gives the same counters
    const show = (await s.exec('systemctl show -p MemoryCurrent,CPUUsageNSec,TasksCurrent sshd')).stdout;
    expect(show).toContain(`MemoryCurrent=${rss * 1024}\n`);
    expect(out).toContain(`        CPU: ${Number(/CPUUsageNSec=(\d+)/.exec(show)![1]) / 1e6}ms\n`);
    expect(out).toContain(`      Tasks: ${/TasksCurrent=(\d+)/.exec(show)![1]} (limit: `);
  });

  it("show gives a box service's main PID and cgroup as status does", async () => {
    const s = await vm();
    const out = (await s.exec('systemctl status auditd')).stdout;
    const show = (await s.exec('systemctl show -p MainPID,ControlGroup,TasksCurrent auditd')).stdout;
    expect(out).toContain(`   Main PID: ${/MainPID=(\d+)/.exec(show)![1]} (auditd)\n`);
    expect(out).toContain(`     CGroup: ${/ControlGroup=(\S+)/.exec(show)![1]}\n`);
  });
});

describe('systemctl status without a unit', () => {
  it("shows the manager's state and the whole process tree, groups by name", async () => {
    const s = await vm();
    const out = (await s.exec('systemctl status --no-pager | cat')).stdout;
    const host = (await s.exec('hostname')).stdout.trim();
    const since = (await s.exec('systemctl show -p UserspaceTimestamp --value')).stdout.trim();
    expect(out).toMatch(new RegExp(`^● ${host.replace(/\./g, '\\.')}\\n {4}State: running\\n {4}Units: \\d+ loaded \\(incl\\. loaded aliases\\)\\n {5}Jobs: 0 queued\\n {3}Failed: 0 units\\n {4}Since: ${since}; .+ ago\\n  systemd: 252-46\\.el9_5\\.2\\.0\\.1\\n {3}CGroup: /\\n {11}├─init\\.scope\\n {11}│ └─1 /usr/lib/systemd/systemd `));
    // every daemon ps shows sits in the tree, no kernel thread does
    expect(out).toContain('│ ├─sshd.service\n');
    expect(out).toMatch(/\n {11}│ │ └─\d+ \/sbin\/auditd\n/);
    expect(out).not.toContain('[kthreadd]');
    // subgroups in strcmp() order: capitals first
    expect(out.indexOf('NetworkManager.service')).toBeLessThan(out.indexOf('auditd.service'));
    expect((await s.exec('systemctl status')).exitCode).toBe(0);
  });
});

describe('the journal of a box service after the boot', () => {
  it('a restart is logged as systemd logs a stop and a start, and status and show follow it', async () => {
    const s = await vm();
    await s.exec('sudo systemctl restart dbus-broker');
    const lines = (await s.exec('journalctl -u dbus-broker -o cat')).stdout;
    expect(lines).toBe('Starting D-Bus System Message Bus...\nStarted D-Bus System Message Bus.\nStopping D-Bus System Message Bus...\ndbus-broker.service: Deactivated successfully.\nStopped D-Bus System Message Bus.\nStarting D-Bus System Message Bus...\nStarted D-Bus System Message Bus.\n');
    const since = (await s.exec('systemctl show -p ActiveEnterTimestamp --value dbus-broker')).stdout.trim();
    expect((await s.exec('systemctl status dbus-broker')).stdout).toContain(`Active: active (running) since ${since}; `);
  });
});

describe('the processes of the boot', () => {
  it("each daemon has run since its unit's start job began", async () => {
    const s = await vm();
    for (const unit of ['auditd', 'sshd', 'polkit']) {
      const pid = /MainPID=(\d+)/.exec((await s.exec(`systemctl show -p MainPID ${unit}`)).stdout)![1];
      const started = (await s.exec(`systemctl show -p ExecMainStartTimestamp --value ${unit}`)).stdout.trim();
      const t0 = Date.parse(started.replace(/^\w+ /, '').replace(' UTC', 'Z').replace(' ', 'T')) / 1000;
      const now = Number((await s.exec('date +%s')).stdout);
      const [mm, ss] = (await s.exec(`ps -o etime -p ${pid}`)).stdout.trim().split('\n')[1].trim().split(':').map(Number);
      expect(Math.abs(mm * 60 + ss - (now - t0))).toBeLessThanOrEqual(1);
    }
  });
});

// What the rockylinux/9 box has and lacks, and the system tools that follow the world: systemctl's unit lists,
// journalctl, firewall-cmd (installed, disabled by the kickstart), sestatus, bind-utils once installed.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';

beforeAll(async () => {
  await loadGuest();
});

const vm = () => createSession({ lab: 'vm', seed: 3 });

describe('the box', () => {
  it('has vi but not vim, nano, wget, nslookup or dig until dnf installs them', async () => {
    const s = await vm();
    for (const c of ['vim', 'nano', 'wget', 'nslookup', 'dig'])
      expect(await s.exec(`${c} --version`), c).toMatchObject({ stderr: `-bash: ${c}: command not found\n`, exitCode: 127 });
    await s.exec('sudo dnf install -y bind-utils nano');
    expect((await s.exec('nslookup google.com')).stdout).toBe('Server:\t\t10.0.2.3\nAddress:\t10.0.2.3#53\n\nNon-authoritative answer:\nName:\tgoogle.com\nAddress: 142.250.207.46\n\n');
    expect(await s.exec('nslookup nosuch.example')).toMatchObject({ stdout: "Server:\t\t10.0.2.3\nAddress:\t10.0.2.3#53\n\n** server can't find nosuch.example: NXDOMAIN\n\n", exitCode: 1 });
    expect((await s.exec('dig +short github.com')).stdout).toBe('20.200.245.247\n');
    expect((await s.exec('dig github.com')).stdout).toMatch(/^\n; <<>> DiG 9\.16\.23-RH <<>> github\.com\n;; global options: \+cmd\n/);
  });
});

describe('systemctl', () => {
  it('list-units shows the box’s units in systemd 252’s table', async () => {
    const s = await vm();
    const out = (await s.exec('systemctl list-units --type=service | cat')).stdout;
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^ {2}UNIT +LOAD {3}ACTIVE SUB {5}DESCRIPTION$/);
    expect(out).toMatch(/\n {2}sshd\.service +loaded active running OpenSSH server daemon\n/);
    expect(out).not.toContain('firewalld');
    expect(out).toMatch(/\n\d+ loaded units listed\. Pass --all to see loaded but inactive units, too\.\nTo show all installed unit files use 'systemctl list-unit-files'\.\n$/);
    expect((await s.exec('systemctl list-units --type=service --all | cat')).stdout).toMatch(/\n {2}firewalld\.service +loaded inactive dead +firewalld - dynamic firewall daemon\n/);
  });

  it('list-unit-files, is-enabled and is-active know the stopped units of the box', async () => {
    const s = await vm();
    expect((await s.exec('systemctl list-unit-files --type=service | cat')).stdout).toMatch(/\nfirewalld\.service +disabled +enabled\n/);
    expect(await s.exec('systemctl is-enabled firewalld')).toMatchObject({ stdout: 'disabled\n', exitCode: 1 });
    expect(await s.exec('systemctl is-active firewalld')).toMatchObject({ stdout: 'inactive\n', exitCode: 3 });
    expect(await s.exec('systemctl is-active sshd')).toMatchObject({ stdout: 'active\n', exitCode: 0 });
    expect(await s.exec('systemctl is-active -q sshd')).toMatchObject({ stdout: '', exitCode: 0 });
  });

  it('cat prints the unit file under its path', async () => {
    const s = await vm();
    expect((await s.exec('systemctl cat sshd')).stdout).toMatch(/^# \/usr\/lib\/systemd\/system\/sshd\.service\n/);
    expect(await s.exec('systemctl cat nosuch')).toMatchObject({ stderr: 'No files found for nosuch.service.\n', exitCode: 1 });
  });
});

describe('journalctl', () => {
  it('-u shows a unit’s lines, -n the last ones, with no header; nothing: -- No entries --', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    const out = (await s.exec('journalctl -u kubelet --no-pager')).stdout;
    expect(out).toMatch(/^[A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d m-k8s systemd\[1\]: Starting kubelet: The Kubernetes Node Agent\.\.\.\n/);
    expect((await s.exec('journalctl -u kubelet -n 1')).stdout.split('\n').length).toBe(2);
    expect((await s.exec('journalctl -u nosuch')).stdout).toBe('-- No entries --\n');
  });

  it('-f keeps printing until Ctrl+C', async () => {
    const s = await createSession({ lab: 'cluster', seed: 3 });
    await s.submit('journalctl -f -u containerd');
    await s.advance(3000);
    expect(s.busy).toBe(true);
    await s.interrupt();
    await s.advance(10);
    expect(s.busy).toBe(false);
  });
});

describe('firewall-cmd and sestatus', () => {
  it('firewalld is installed but not running until started; then ports are added and reloaded', async () => {
    const s = await vm();
    // firewall/command.py print_and_exit(): a status above 1 goes to stderr
    expect(await s.exec('firewall-cmd --state')).toMatchObject({ stderr: 'not running\n', exitCode: 252 });
    expect(await s.exec('firewall-cmd --list-all')).toMatchObject({ stderr: 'FirewallD is not running\n', exitCode: 252 });
    await s.exec('sudo systemctl start firewalld');
    expect(await s.exec('firewall-cmd --state')).toMatchObject({ stdout: 'running\n', exitCode: 0 });
    expect((await s.exec('sudo firewall-cmd --permanent --add-port=6443/tcp')).stdout).toBe('success\n');
    expect((await s.exec('sudo firewall-cmd --list-ports')).stdout).toBe('\n');
    await s.exec('sudo firewall-cmd --reload');
    expect((await s.exec('sudo firewall-cmd --list-ports')).stdout).toBe('6443/tcp\n');
    // errors.NOT_AUTHORIZED
    expect((await s.exec('firewall-cmd --add-port=80/tcp')).exitCode).toBe(253);
  });

  it('sestatus follows setenforce', async () => {
    const s = await vm();
    expect((await s.exec('sestatus')).stdout).toContain('Current mode:                   enforcing\nMode from config file:          enforcing\n');
    await s.exec('sudo setenforce 0');
    expect((await s.exec('sestatus')).stdout).toContain('Current mode:                   permissive\n');
  });
});

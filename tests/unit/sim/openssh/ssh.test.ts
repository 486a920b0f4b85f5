// ssh of OpenSSH 8.7p1 between the cluster lab's guests: usage and getopt errors from ssh.c and OpenSSH's own
// getopt, the host-key question of sshconnect.c, password login as Rocky's sshd allows it, a shell on the other
// guest that `exit` closes with ssh's line, one remote command, and the network's answers for unknown or
// powered-off machines.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';
import { help as USAGE } from '../../../../src/sim/commands/openssh/ssh/help';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 7 });
  await s.exec('exit'); // from root back to vagrant on m-k8s
});

const FP = /^SHA256:[A-Za-z0-9+/]{43}$/;

describe('ssh: usage, version, bad options', () => {
  it('ssh alone prints usage() and exits 255; -V prints the version to stderr', async () => {
    expect(await s.exec('ssh')).toMatchObject({ stdout: '', stderr: USAGE, exitCode: 255 });
    expect(USAGE.split('\n')[0]).toBe('usage: ssh [-46AaCfGgKkMNnqsTtVvXxYy] [-B bind_interface]');
    expect(await s.exec('ssh -V')).toMatchObject({ stdout: '', stderr: 'OpenSSH_8.7p1, OpenSSL 3.2.2 4 Jun 2024\n', exitCode: 0 });
  });

  it("a bad letter is OpenSSH getopt's 'unknown option' (logit: no program name, CRLF), then usage", async () => {
    expect(await s.exec('ssh -j')).toMatchObject({ stderr: 'unknown option -- j\r\n' + USAGE, exitCode: 255 });
    expect(await s.exec('ssh --help')).toMatchObject({ stderr: 'unknown option -- -\r\n' + USAGE, exitCode: 255 });
    expect(await s.exec('ssh -l')).toMatchObject({ stderr: 'option requires an argument -- l\r\n' + USAGE, exitCode: 255 });
    expect(await s.exec('ssh w1-k8s -j')).toMatchObject({ stderr: 'unknown option -- j\r\n' + USAGE, exitCode: 255 });
    expect(await s.exec('ssh @w1-k8s')).toMatchObject({ stderr: USAGE, exitCode: 255 });
  });
});

describe('ssh: reaching the other guest', () => {
  it('an unknown name is getaddrinfo\'s error', async () => {
    expect(await s.exec('ssh foo')).toMatchObject({ stdout: '', stderr: 'ssh: Could not resolve hostname foo: Name or service not known\r\n', exitCode: 255 });
  });

  it('poweroff there closes the connection; then the guest is off: no ARP answer, No route to host after about 3 s', async () => {
    await s.exec('ssh w1-k8s', { answers: ['yes', 'vagrant'] });
    const off = await s.exec('sudo poweroff');
    expect(off.stderr).toBe('Connection to w1-k8s closed by remote host.\r\nConnection to w1-k8s closed.\r\n');
    expect(s.prompt()).toBe('[vagrant@m-k8s ~]$ ');
    const t0 = s.world.now;
    expect(await s.exec('ssh 192.168.56.101')).toMatchObject({ stderr: 'ssh: connect to host 192.168.56.101 port 22: No route to host\r\n', exitCode: 255 });
    expect(s.world.now - t0).toBeGreaterThanOrEqual(3000);
  });

  it('a stopped sshd refuses at once', async () => {
    s.world.host('w2-k8s').sys!.units.get('sshd.service')!.active = 'inactive';
    expect(await s.exec('ssh w2-k8s')).toMatchObject({ stderr: 'ssh: connect to host w2-k8s port 22: Connection refused\r\n', exitCode: 255 });
    expect(await s.exec('ssh -p 2222 w1-k8s')).toMatchObject({ stderr: 'ssh: connect to host w1-k8s port 2222: Connection refused\r\n', exitCode: 255 });
  });
});

describe('ssh: host key and password', () => {
  it('asks about the new host key; no stops with Host key verification failed', async () => {
    const r = await s.exec('ssh w1-k8s', { answers: ['no'] });
    const lines = r.stderr.split('\n');
    expect(lines[0]).toBe("The authenticity of host 'w1-k8s (192.168.56.101)' can't be established.");
    expect(lines[1]).toMatch(/^ED25519 key fingerprint is SHA256:[A-Za-z0-9+/]{43}\.$/);
    expect(lines[2]).toBe('This key is not known by any other names');
    expect(lines[3]).toBe('Are you sure you want to continue connecting (yes/no/[fingerprint])? Host key verification failed.\r');
    expect(r.exitCode).toBe(255);
    expect(s.world.host(s.frame.hostId).fs.exists('/home/vagrant/.ssh/known_hosts')).toBe(false);
  });

  it('yes adds the key, three wrong passwords are refused, the right one opens a shell there; exit closes it', async () => {
    const bad = await s.exec('ssh w1-k8s', { answers: ['maybe', 'yes', 'x', 'y', 'z'] });
    expect(bad.stderr).toContain("(yes/no/[fingerprint])? Please type 'yes', 'no' or the fingerprint: Warning: Permanently added 'w1-k8s' (ED25519) to the list of known hosts.\r\n");
    expect(bad.stderr.endsWith(
      "vagrant@w1-k8s's password: Permission denied, please try again.\r\nvagrant@w1-k8s's password: Permission denied, please try again.\r\nvagrant@w1-k8s's password: vagrant@w1-k8s: Permission denied (publickey,gssapi-keyex,gssapi-with-mic,password).\r\n",
    )).toBe(true);
    expect(bad.exitCode).toBe(255);
    const kh = s.world.host(s.frame.hostId).fs.read('/home/vagrant/.ssh/known_hosts') as string;
    expect(kh).toMatch(/^w1-k8s ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI[A-Za-z0-9+/]{43}\n$/);

    const ok = await s.exec('ssh w1-k8s', { answers: ['vagrant'] });
    expect(ok).toMatchObject({ stderr: "vagrant@w1-k8s's password: ", exitCode: 0 });
    expect(s.prompt()).toBe('[vagrant@w1-k8s ~]$ ');
    expect((await s.exec('hostname')).stdout).toBe('w1-k8s\n');
    expect((await s.exec('echo $SSH_CONNECTION')).stdout).toMatch(/^192\.168\.56\.10 \d+ 192\.168\.56\.101 22\n$/);
    expect(await s.exec('exit')).toMatchObject({ stdout: 'logout\n', stderr: 'Connection to w1-k8s closed.\r\n', exitCode: 0 });
    expect(s.prompt()).toBe('[vagrant@m-k8s ~]$ ');
    // the second time: no question, the last login named
    await s.exec('ssh w1-k8s', { answers: ['vagrant'] });
    expect((await s.exec('true')).exitCode).toBe(0);
    expect(s.prompt()).toBe('[vagrant@w1-k8s ~]$ ');
  });

  it('the same key under another name is listed; root may not log in with a password', async () => {
    await s.exec('ssh w1-k8s true', { answers: ['yes', 'vagrant'] });
    const r = await s.exec('ssh root@192.168.56.101', { answers: ['no'] });
    expect(r.stderr).toContain("The authenticity of host '192.168.56.101 (192.168.56.101)' can't be established.\n");
    expect(r.stderr).toContain('This host key is known by the following other names/addresses:\n    ~/.ssh/known_hosts:1: w1-k8s\n');
    const root = await s.exec('ssh root@w1-k8s', { answers: ['vagrant', 'vagrant', 'vagrant'] });
    expect(root.stderr.endsWith('root@w1-k8s: Permission denied (publickey,gssapi-keyex,gssapi-with-mic,password).\r\n')).toBe(true);
  });

  it('a command runs there and its status comes back', async () => {
    await s.exec('ssh w2-k8s true', { answers: ['yes', 'vagrant'] });
    const r = await s.exec('ssh w2-k8s hostname', { answers: ['vagrant'] });
    // what the terminal shows: the prompt, the newline after the unechoed password, the output
    expect(r.output).toBe("vagrant@w2-k8s's password: \nw2-k8s\n");
    expect(r.exitCode).toBe(0);
    expect((await s.exec('ssh w2-k8s "exit 3"', { answers: ['vagrant'] })).exitCode).toBe(3);
    expect((await s.exec('ssh -l vagrant w2-k8s cat /etc/hostname', { answers: ['vagrant'] })).stdout).toBe('\nw2-k8s\n');
  });

  it('a rebuilt guest has new host keys: the warning, and no login', async () => {
    await s.exec('ssh w1-k8s true', { answers: ['yes', 'vagrant'] });
    const kh = '/home/vagrant/.ssh/known_hosts';
    const host = s.world.host(s.frame.hostId);
    host.fs.write(kh, (host.fs.read(kh) as string).replace(/AAAAI.{10}/, 'AAAAIAAAAAAAAAA'));
    const r = await s.exec('ssh w1-k8s');
    expect(r.stderr).toContain('@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @\r\n');
    expect(r.stderr).toContain('The fingerprint for the ED25519 key sent by the remote host is\nSHA256:');
    expect(r.stderr.endsWith('Add correct host key in /home/vagrant/.ssh/known_hosts to get rid of this message.\r\nOffending ED25519 key in /home/vagrant/.ssh/known_hosts:1\r\nHost key for w1-k8s has changed and you have requested strict checking.\r\nHost key verification failed.\r\n')).toBe(true);
    expect(r.exitCode).toBe(255);
  });
});

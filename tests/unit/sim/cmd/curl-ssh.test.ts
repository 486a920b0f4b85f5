// curl.exe 8.9.1 and ssh.exe (OpenSSH for Windows 8.6p1) on the Windows host, against the texts kept in
// tests/golden/cmd (where each comes from: tests/golden/cmd/SOURCES.md): the lab's VMs through their forwarded
// ports and the host-only network.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import '../../../../src/sim/k8s/register';
import type { Session } from '../../../../src/sim/session';

const GOLDEN = path.resolve(__dirname, '../../../golden/cmd');
const golden = (f: string) => fs.readFileSync(path.join(GOLDEN, f), 'utf8');

async function onHost(s: Session) {
  while (s.frame.shell !== 'cmd') await s.exec('exit');
}

describe('curl on the Windows host', () => {
  it('-V and -h print curl 8.9.1 (Windows) texts; a bad option gets curl 8 words', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('curl -V')).toMatchObject({ stdout: golden('curl.version') + '\n', stderr: '', exitCode: 0 });
    expect(await s.exec('curl --help')).toMatchObject({ stdout: golden('curl.usage') + '\n', exitCode: 0 });
    expect(await s.exec('curl --bogus')).toMatchObject({ stderr: "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 });
  });

  it("reaches the VM's ssh forward (a banner, not HTTP) and fails on a port nothing forwards", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await onHost(s);
    expect(await s.exec('curl http://127.0.0.1:2222')).toMatchObject({ stderr: 'curl: (1) Received HTTP/0.9 when not allowed\n', exitCode: 1 });
    const r = await s.exec('curl -s -S localhost:8080');
    expect(r.stderr).toMatch(/^curl: \(7\) Failed to connect to localhost port 8080 after \d+ ms: Could not connect to server\n$/);
    expect(r.exitCode).toBe(7);
  });

  it('reaches a NodePort on a node from the host, as from the nodes', async () => {
    const s = await createSession({ lab: 'cluster', seed: 17 });
    await s.exec('kubectl create deployment web --image=nginx --replicas=1 --port=80');
    await s.exec('kubectl expose deployment web --type=NodePort --port=80');
    await s.advance(20_000);
    const port = (await s.exec('kubectl get svc web -o jsonpath={.spec.ports[0].nodePort}')).stdout;
    await onHost(s);
    expect(s.prompt()).toBe('D:\\3_VMs\\k8s>');
    const r = await s.exec(`curl -s 192.168.56.101:${port}`);
    expect(r.stdout).toContain('<title>Welcome to nginx!</title>');
    expect((await s.exec('curl 192.168.56.10:22')).stderr).toBe('curl: (1) Received HTTP/0.9 when not allowed\n');
    await s.exec('vagrant halt w2-k8s');
    const off = await s.exec('curl -s -S 192.168.56.102:80');
    expect(off.stderr).toMatch(/^curl: \(28\) Failed to connect to 192\.168\.56\.102 port 80 after \d+ ms: Could not connect to server\n$/);
  }, 60_000);
});

describe('ssh on the Windows host', () => {
  it('-V and the usage of OpenSSH 8.6p1', async () => {
    const s = await createSession({ lab: 'host', seed: 1 });
    expect(await s.exec('ssh -V')).toMatchObject({ stdout: '\n', stderr: golden('ssh.version'), exitCode: 0 });
    expect(await s.exec('ssh')).toMatchObject({ stderr: golden('ssh.usage'), exitCode: 255 });
  });

  it("logs into the VM through 127.0.0.1:2222: the host key once, vagrant's password, exit back to cmd", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await onHost(s);
    const r = await s.exec('ssh vagrant@127.0.0.1 -p 2222', { answers: ['yes', 'vagrant'] });
    expect(r.stderr).toMatch(
      /^The authenticity of host '\[127\.0\.0\.1\]:2222 \(\[127\.0\.0\.1\]:2222\)' can't be established\.\nED25519 key fingerprint is SHA256:[A-Za-z0-9+/]{43}\.\nThis key is not known by any other names\nAre you sure you want to continue connecting \(yes\/no\/\[fingerprint\]\)\? Warning: Permanently added '\[127\.0\.0\.1\]:2222' \(ED25519\) to the list of known hosts\.\r\nvagrant@127\.0\.0\.1's password: $/,
    );
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    expect((await s.exec('echo $SSH_CONNECTION')).stdout).toMatch(/^10\.0\.2\.2 \d+ 10\.0\.2\.15 22\n$/);
    expect((await s.exec('exit')).stderr).toBe('Connection to 127.0.0.1 closed.\r\n');
    expect(s.prompt()).toBe('D:\\3_VMs\\HashiCorp>');
    expect((await s.exec('type %USERPROFILE%\\.ssh\\known_hosts')).stdout).toMatch(/^\[127\.0\.0\.1\]:2222 ssh-ed25519 AAAA\S+\n/);
    // known now: no question; Vagrant's private_key logs in without a password
    const k = await s.exec('ssh -i .vagrant\\machines\\default\\virtualbox\\private_key -p 2222 vagrant@127.0.0.1');
    expect(k.stderr).toBe('');
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    await s.exec('exit');
    const bad = await s.exec('ssh -p 2222 vagrant@127.0.0.1', { answers: ['no', 'nope', 'vagrant!'] });
    expect(bad.stderr).toMatch(/Permission denied, please try again\.\r\n.*vagrant@127\.0\.0\.1: Permission denied \(publickey,gssapi-keyex,gssapi-with-mic,password\)\.\r\n$/s);
    expect(bad.exitCode).toBe(255);
  }, 30_000);

  it('runs a command on a node over the host-only network; refused and unreachable addresses', async () => {
    const s = await createSession({ lab: 'nodes', seed: 2 });
    await onHost(s);
    const r = await s.exec('ssh -o StrictHostKeyChecking=no vagrant@192.168.56.101 hostname', { answers: ['vagrant'] });
    expect(r.stdout).toBe('\nw1-k8s\n\n'); // the newline after the unechoed password
    expect(r.stderr).toContain("Warning: Permanently added '192.168.56.101' (ED25519) to the list of known hosts.\r\nvagrant@192.168.56.101's password: ");
    expect((await s.exec('ssh -p 2299 vagrant@127.0.0.1')).stderr).toBe('ssh: connect to host 127.0.0.1 port 2299: Connection refused\r\n');
    expect((await s.exec('ssh 192.168.56.199')).stderr).toBe('ssh: connect to host 192.168.56.199 port 22: Connection timed out\r\n');
  }, 30_000);
});

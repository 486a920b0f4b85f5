// ssh-keyscan of OpenSSH 8.7p1 against the cluster lab's guests: a comment line per connection on stderr, the host
// keys as known_hosts lines (the same ED25519 key ssh checks), -t, -p, and the errors of ssh-keyscan.c.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';
import { help as USAGE } from '../../../../src/sim/commands/openssh/ssh-keyscan/help';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 5 });
  await s.exec('exit');
});

describe('ssh-keyscan', () => {
  it('prints five banner comments and the RSA, ECDSA and ED25519 keys of a guest', async () => {
    const r = await s.exec('ssh-keyscan w1-k8s 2>/tmp/err');
    expect(r.exitCode).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(['w1-k8s ssh-rsa', 'w1-k8s ecdsa-sha2-nistp256', 'w1-k8s ssh-ed25519']);
    expect((await s.exec('cat /tmp/err')).stdout).toBe('# w1-k8s:22 SSH-2.0-OpenSSH_8.7\n'.repeat(5));
  });

  it('gives the key ssh accepts: the -t ed25519 line appended to known_hosts makes ssh ask nothing', async () => {
    await s.exec('ssh-keyscan -t ed25519 w1-k8s >> ~/.ssh/known_hosts 2>/dev/null');
    const r = await s.exec('ssh w1-k8s hostname', { answers: ['vagrant'] });
    expect(r.output).not.toContain('authenticity');
    expect(r.stdout).toContain('w1-k8s');
  });

  it('-H hashes the name (|1|salt|HMAC-SHA1) in a form ssh matches', async () => {
    const r = await s.exec('ssh-keyscan -H -t ed25519 w1-k8s 2>/dev/null | tee -a ~/.ssh/known_hosts');
    expect(r.stdout).toMatch(/^\|1\|[A-Za-z0-9+/]{27}=\|[A-Za-z0-9+/]{27}= ssh-ed25519 AAAA\S+\n$/);
    const ssh = await s.exec('ssh w1-k8s hostname', { answers: ['vagrant'] });
    expect(ssh.output).not.toContain('authenticity');
    expect(ssh.stdout).toContain('w1-k8s');
    const rm = await s.exec('ssh-keygen -R w1-k8s');
    expect(rm.stdout).toMatch(/^# Host w1-k8s found: line \d+\n/);
    expect((await s.exec('grep -c "^|1|" ~/.ssh/known_hosts')).stdout).toBe('0\n');
  });

  it('reports names it cannot resolve once per key type, unknown types and a closed port', async () => {
    const n = await s.exec('ssh-keyscan nohost');
    expect(n.exitCode).toBe(1);
    expect(n.stderr).toBe('getaddrinfo nohost: Name or service not known\r\n'.repeat(5));
    const t = await s.exec('ssh-keyscan -t foo w1-k8s');
    expect([t.exitCode, t.stderr]).toEqual([255, 'Unknown key type "foo"\r\n']);
    const p = await s.exec('ssh-keyscan -p 2222 -t rsa w1-k8s');
    expect([p.exitCode, p.stderr]).toEqual([1, 'read (w1-k8s): Connection refused\r\n']);
    const u = await s.exec('ssh-keyscan');
    expect([u.exitCode, u.stderr]).toEqual([1, USAGE]);
  });
});

// ssh's options a learner meets in guides: -o StrictHostKeyChecking, -t with a command, -l, a script on stdin;
// ssh-keygen -R after a guest was rebuilt.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 9 });
  await s.exec('exit');
});

describe('ssh options', () => {
  it('-o StrictHostKeyChecking=no adds the key without asking; accept-new too; yes refuses an unknown host', async () => {
    const r = await s.exec('ssh -o StrictHostKeyChecking=no w1-k8s hostname', { answers: ['vagrant'] });
    expect(r.stderr).toBe("Warning: Permanently added 'w1-k8s' (ED25519) to the list of known hosts.\r\nvagrant@w1-k8s's password: ");
    expect(r.exitCode).toBe(0);
    const strict = await s.exec('ssh -o StrictHostKeyChecking=yes w2-k8s');
    expect(strict).toMatchObject({ stderr: 'No ED25519 host key is known for w2-k8s and you have requested strict checking.\r\nHost key verification failed.\r\n', exitCode: 255 });
    const acc = await s.exec('ssh -oStrictHostKeyChecking=accept-new w2-k8s true', { answers: ['vagrant'] });
    expect(acc.stderr.startsWith("Warning: Permanently added 'w2-k8s' (ED25519)")).toBe(true);
  });

  it('-t with a command says the connection closed; a script on stdin runs without a terminal', async () => {
    await s.exec('ssh -o StrictHostKeyChecking=no w1-k8s true', { answers: ['vagrant'] });
    const t = await s.exec('ssh -t w1-k8s whoami', { answers: ['vagrant'] });
    expect(t.stdout).toBe('\nvagrant\n');
    expect(t.stderr).toBe("vagrant@w1-k8s's password: Connection to w1-k8s closed.\r\n");
    const piped = await s.exec('echo hostname | ssh w1-k8s', { answers: ['vagrant'] });
    expect(piped.stderr).toBe("Pseudo-terminal will not be allocated because stdin is not a terminal.\r\nvagrant@w1-k8s's password: ");
    expect(piped.stdout).toBe('\nw1-k8s\n');
  });

  it('ssh-keygen -R forgets a host; the next ssh asks again', async () => {
    await s.exec('ssh -o StrictHostKeyChecking=no w1-k8s true', { answers: ['vagrant'] });
    const r = await s.exec('ssh-keygen -R w1-k8s');
    expect(r.stdout).toBe('# Host w1-k8s found: line 1\n/home/vagrant/.ssh/known_hosts updated.\nOriginal contents retained as /home/vagrant/.ssh/known_hosts.old\n');
    expect((await s.exec('ssh-keygen -R w1-k8s')).stderr).toBe('Host w1-k8s not found in /home/vagrant/.ssh/known_hosts\r\n');
    const again = await s.exec('ssh w1-k8s', { answers: ['no'] });
    expect(again.stderr.startsWith("The authenticity of host 'w1-k8s (192.168.56.101)' can't be established.\n")).toBe(true);
  });

  it('as root on m-k8s, ssh names root@ and keeps root\'s own known_hosts', async () => {
    await s.exec('sudo -i');
    const r = await s.exec('ssh w1-k8s', { answers: ['yes', 'vagrant', 'vagrant', 'vagrant'] });
    expect(r.stderr).toContain("root@w1-k8s's password: ");
    expect(r.exitCode).toBe(255);
    expect(s.world.host(s.frame.hostId).fs.exists('/root/.ssh/known_hosts')).toBe(true);
    const v = await s.exec('ssh vagrant@w1-k8s hostname', { answers: ['vagrant'] });
    expect(v.stdout).toBe('\nw1-k8s\n');
  });
});

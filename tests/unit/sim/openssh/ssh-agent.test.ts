// ssh-agent and ssh-add of OpenSSH 8.7p1: `eval $(ssh-agent)` sets SSH_AUTH_SOCK and SSH_AGENT_PID, ssh-add adds
// the default identities and lists them (-l, -L), removes them (-d, -D), -k stops the agent; without an agent
// ssh-add exits 2; a key held by the agent logs ssh in without its passphrase.
import { beforeEach, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import '../../../../src/sim/k8s/register';
import { help as USAGE } from '../../../../src/sim/commands/openssh/ssh-agent/help';

let s: Session;
beforeEach(async () => {
  s = await createSession({ lab: 'cluster', seed: 5 });
  await s.exec('exit');
});

describe('ssh-agent', () => {
  it('prints the Bourne shell commands, csh ones with -c, and eval sets both variables', async () => {
    const r = await s.exec('ssh-agent -s');
    expect(r.stdout).toMatch(
      /^SSH_AUTH_SOCK=(\/tmp\/ssh-[A-Za-z0-9]{12}\/agent\.(\d+)); export SSH_AUTH_SOCK;\nSSH_AGENT_PID=(\d+); export SSH_AGENT_PID;\necho Agent pid \3;\n$/,
    );
    expect((await s.exec('ssh-agent -c')).stdout).toMatch(
      /^setenv SSH_AUTH_SOCK \/tmp\/ssh-\w{12}\/agent\.\d+;\nsetenv SSH_AGENT_PID \d+;\necho Agent pid \d+;\n$/,
    );
    const e = await s.exec('eval $(ssh-agent)');
    expect(e.stdout).toMatch(/^Agent pid \d+\n$/);
    const v = await s.exec('echo $SSH_AGENT_PID; test -e $SSH_AUTH_SOCK && echo socket');
    expect(v.stdout).toBe(`${e.stdout.match(/\d+/)![0]}\nsocket\n`);
  });

  it('-k stops the agent of SSH_AGENT_PID, and says so when there is none', async () => {
    await s.exec('eval $(ssh-agent)');
    const pid = (await s.exec('echo $SSH_AGENT_PID')).stdout.trim();
    expect((await s.exec('ssh-agent -k')).stdout).toBe(`unset SSH_AUTH_SOCK;\nunset SSH_AGENT_PID;\necho Agent pid ${pid} killed;\n`);
    expect((await s.exec('ssh-add -l')).stderr).toBe('Error connecting to agent: No such file or directory\n');
    await s.exec('unset SSH_AGENT_PID');
    expect(await s.exec('ssh-agent -k')).toMatchObject({ exitCode: 1, stderr: 'SSH_AGENT_PID not set, cannot kill agent\n' });
    expect(await s.exec('ssh-agent -c -s')).toMatchObject({ exitCode: 1, stderr: USAGE });
  });
});

describe('ssh-add', () => {
  it('needs an agent', async () => {
    expect(await s.exec('ssh-add -l')).toMatchObject({ exitCode: 2, stderr: 'Could not open a connection to your authentication agent.\n' });
  });

  it('adds ~/.ssh/id_*, lists fingerprints and public keys, removes one and all', async () => {
    await s.exec("ssh-keygen -t ed25519 -N '' -q -f ~/.ssh/id_ed25519");
    await s.exec('eval $(ssh-agent) >/dev/null');
    expect(await s.exec('ssh-add -l')).toMatchObject({ exitCode: 1, stdout: 'The agent has no identities.\n' });
    const comment = (await s.exec('cut -d" " -f3 ~/.ssh/id_ed25519.pub')).stdout.trim();
    expect((await s.exec('ssh-add')).stderr).toBe(`Identity added: /home/vagrant/.ssh/id_ed25519 (${comment})\n`);
    const fp = (await s.exec('ssh-keygen -lf ~/.ssh/id_ed25519.pub')).stdout;
    expect((await s.exec('ssh-add -l')).stdout).toBe(fp);
    expect((await s.exec('ssh-add -L')).stdout).toBe((await s.exec('cat ~/.ssh/id_ed25519.pub')).stdout);
    expect((await s.exec('ssh-add -d ~/.ssh/id_ed25519')).stderr).toBe(`Identity removed: /home/vagrant/.ssh/id_ed25519 ED25519 (${comment})\n`);
    await s.exec('ssh-add -q');
    expect((await s.exec('ssh-add -D')).stderr).toBe('All identities removed.\n');
    expect(await s.exec('ssh-add nosuch')).toMatchObject({ exitCode: 1, stderr: 'nosuch: No such file or directory\n' });
  });

  it('asks a passphrase once; ssh then logs in with the agent key without asking it', async () => {
    await s.exec('ssh-keygen -t ed25519 -N secret1 -q -f ~/.ssh/id_ed25519');
    await s.exec('ssh-copy-id w1-k8s', { answers: ['yes', 'vagrant', 'secret1'] });
    await s.exec('eval $(ssh-agent) >/dev/null');
    const add = await s.exec('ssh-add', { answers: ['wrong', 'secret1'] });
    expect(add.output).toContain('Enter passphrase for /home/vagrant/.ssh/id_ed25519: ');
    expect(add.output).toContain('Bad passphrase, try again for /home/vagrant/.ssh/id_ed25519: ');
    const r = await s.exec('ssh w1-k8s hostname');
    expect(r.output).not.toContain('passphrase');
    expect(r.stdout).toBe('w1-k8s\n');
  });
});

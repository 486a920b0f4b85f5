// git clone against what the lab's world can reach (src/sim/commands/git/DIFFERENCES.md): curl's resolver error
// through remote-curl for an unknown host, GitHub's answer for a repository it has no content for, ssh's resolver
// error; and the fallback identity of root (GECOS "root") on the box's host name.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';

let s: Session;

beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
  expect((await s.exec('sudo dnf install -y git')).exitCode).toBe(0);
});

describe('git clone over the network', () => {
  it('an unknown host: Could not resolve host, with the slash remote-curl adds', async () => {
    const r = await s.exec('git clone https://git.example.invalid/team/app.git');
    expect(r.exitCode).toBe(128);
    expect(r.stderr).toBe("Cloning into 'app'...\nfatal: unable to access 'https://git.example.invalid/team/app.git/': Could not resolve host: git.example.invalid\n");
    expect((await s.exec('ls app')).exitCode).not.toBe(0);
  });

  it('GitHub asks for credentials, then refuses the password', async () => {
    const r = await s.exec('git clone https://github.com/someone/project', { answers: ['someone', 'secret'] });
    expect(r.exitCode).toBe(128);
    expect(r.output).toContain("Username for 'https://github.com': ");
    expect(r.output).toContain("Password for 'https://someone@github.com': ");
    expect(r.stderr).toMatch(/remote: Support for password authentication was removed on August 13, 2021\.\n/);
    expect(r.stderr).toMatch(/fatal: Authentication failed for 'https:\/\/github.com\/someone\/project\/'\n$/);
  });

  it('ssh to a host the guest cannot resolve', async () => {
    const r = await s.exec('git clone git@gitlab.example.invalid:team/app.git');
    expect(r.stderr).toBe(
      "Cloning into 'app'...\nssh: Could not resolve hostname gitlab.example.invalid: Name or service not known\nfatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights\nand the repository exists.\n",
    );
    expect(r.exitCode).toBe(128);
  });
});

describe('identity', () => {
  it('root commits as root <root@localhost.localdomain> with the Committer advice', async () => {
    await s.exec('mkdir -p /tmp/r && cd /tmp/r');
    const r = await s.exec('sudo sh -c "cd /tmp/r && git init -q && echo x > f && git add f && git commit -m one"');
    expect(r.stdout).toMatch(/^\[master \(root-commit\) [0-9a-f]{7}\] one\n Committer: root <root@localhost\.localdomain>\nYour name and email address were configured automatically based\n/);
  });
});

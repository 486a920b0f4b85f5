// The file-creation mask against the recordings of scripts/golden/umask-record.ts: bash's umask builtin and the
// modes of what redirections and the tools make, as root (`sudo -i` here) and as vagrant, under umask 0002 and
// 0022, each case in a fresh directory (zip and unzip installed with dnf first). The recording's `bash: line 1: ` / `-bash: line 1: ` prefixes are the
// interactive shell's `-bash: ` here.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, type Session } from '../../../../src/sim/index';

interface Case {
  user: 'root' | 'vagrant';
  umask: string;
  cmd: string;
  stdout: string;
  stderr: string;
}
const cases = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../golden/umask/cases.json'), 'utf8')) as { cases: Case[] }).cases;
const DIR = '/tmp/umaskrec';

describe('umask and the modes of new files, as recorded', () => {
  const sessions: Partial<Record<Case['user'], Session>> = {};
  beforeAll(async () => {
    sessions.vagrant = await createSession({ lab: 'vm', seed: 1 });
    sessions.root = await createSession({ lab: 'vm', seed: 1 });
    await sessions.root.exec('sudo -i');
    // the cases were recorded by non-interactive shells, which expand no aliases (root's rm -i, cp -i, mv -i; ls's colours)
    for (const s of [sessions.root, sessions.vagrant]) await s.exec('unalias -a');
    // the box has no zip and unzip: dnf brings them, as on the machine that recorded
    for (const s of [sessions.root, sessions.vagrant]) await s.exec('sudo dnf -y install zip unzip >/dev/null');
  });
  for (const c of cases) {
    it(`${c.user} ${c.umask}: ${c.cmd.replace(/\n/g, ' ').slice(0, 90)}`, async () => {
      const s = sessions[c.user]!;
      await s.exec(`rm -rf ${DIR}; mkdir -m 755 ${DIR}`);
      const r = await s.exec(`umask ${c.umask}; cd ${DIR} && { ${c.cmd}\n}`);
      expect({ stdout: r.stdout, stderr: r.stderr }).toEqual({ stdout: c.stdout, stderr: c.stderr.replace(/^-?bash: line 1: /gm, '-bash: ') });
    });
  }
});

describe('the umask a shell starts with', () => {
  it('is 0002 for vagrant (its own group) and 0022 for root, through sudo and su', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('umask')).stdout).toBe('0002\n');
    // sudo ORs the sudoers umask (0022) into the caller's
    expect((await s.exec('sudo bash -c umask; umask 077; sudo bash -c umask; umask 0; sudo bash -c umask')).stdout).toBe('0022\n0077\n0022\n');
    await s.exec('sudo -i');
    expect((await s.exec('umask')).stdout).toBe('0022\n');
    // su's PAM session (pam_umask) gives the target user its login mask whatever the caller's
    expect((await s.exec('umask 077; su - vagrant -c umask; su vagrant -c umask')).stdout).toBe('0002\n0002\n');
    // runuser keeps the caller's
    expect((await s.exec('runuser -u vagrant -- bash -c umask')).stdout).toBe('0077\n');
    // a service takes systemd's UMask= default, 0022 for system units (systemd.exec(5))
    expect((await s.exec('systemd-run -q -P bash -c umask')).stdout).toBe('0022\n');
  });

  it('is 0022 for a user whose primary group is not its own', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('sudo useradd -g users alice; sudo useradd bob');
    expect((await s.exec('sudo su - alice -c umask; sudo su - bob -c umask')).stdout).toBe('0022\n0002\n');
  });
});

describe('a file the editor pane saves', () => {
  it('is made with the umask and owner of the editor that opened it', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const edits: { hostId: string; path: string }[] = [];
    s.on('edit', (e) => edits.push(e));
    await s.exec('cd /tmp; vi new1; umask 077; vi new2; sudo vi /etc/new3');
    expect(edits.map((e) => e.path)).toEqual(['/tmp/new1', '/tmp/new2', '/etc/new3']);
    // saved after the shell changed its mask again: each file takes the mask its editor had
    await s.exec('umask 022');
    for (const e of edits) expect(s.saveFile(e.hostId, e.path, 'x\n')).toBe(true);
    expect((await s.exec('stat -c "%A %U %G %n" /tmp/new1 /tmp/new2 /etc/new3')).stdout).toBe(
      '-rw-rw-r-- vagrant vagrant /tmp/new1\n-rw------- vagrant vagrant /tmp/new2\n-rw------- root root /etc/new3\n',
    );
  });
});

// Builtins whose answer depends on the guest's user (the recorded bash ran as root): umask follows Rocky's
// /etc/bashrc (002 for a user whose group is their own, 022 for root); help -m shows bash 5.1.8's version.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('umask', () => {
  it('is 0002 for vagrant and 0022 for root, and changes for the shell that sets it', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect((await s.exec('umask')).stdout).toBe('0002\n');
    expect((await s.exec('umask -S')).stdout).toBe('u=rwx,g=rwx,o=rx\n');
    await s.exec('umask 027');
    expect((await s.exec('umask -p')).stdout).toBe('umask 0027\n');
    expect((await s.exec('umask 9')).stderr).toBe('-bash: umask: 9: octal number out of range\n');
    // sudo ORs the sudoers umask (0022) into the caller's 0027
    await s.exec('sudo -i');
    expect((await s.exec('umask')).stdout).toBe('0027\n');
  });
});

describe('help -m', () => {
  it("ends with Rocky's bash 5.1.8 and its 2020 copyright", async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('help -m true');
    expect(r.stdout.startsWith('NAME\n    true - Return a successful result.\n\nSYNOPSIS\n    true\n\nDESCRIPTION\n')).toBe(true);
    expect(r.stdout.endsWith('IMPLEMENTATION\n    GNU bash, version 5.1.8(1)-release (x86_64-redhat-linux-gnu)\n    Copyright (C) 2020 Free Software Foundation, Inc.\n    License GPLv3+: GNU GPL version 3 or later <http://gnu.org/licenses/gpl.html>\n\n')).toBe(true);
  });
});

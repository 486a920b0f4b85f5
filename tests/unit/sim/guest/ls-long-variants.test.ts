// ls -n, -g, -o and -G as coreutils 8.32's ls.c has them: long listings with numeric IDs (right-aligned, as
// format_user_or_group prints a number), without the owner, without the group. Expected texts are what GNU ls
// prints for the same file.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('ls long listing variants', () => {
  it('-n shows the IDs, -g drops the owner, -o and -G the group', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('touch -d 2020-01-01 a');
    expect((await s.exec('ls -n a')).stdout).toBe('-rw-rw-r--. 1 1000 1000 0 Jan  1  2020 a\n');
    expect((await s.exec('ls -g a')).stdout).toBe('-rw-rw-r--. 1 vagrant 0 Jan  1  2020 a\n');
    expect((await s.exec('ls -o a')).stdout).toBe('-rw-rw-r--. 1 vagrant 0 Jan  1  2020 a\n');
    expect((await s.exec('ls -lG a')).stdout).toBe('-rw-rw-r--. 1 vagrant 0 Jan  1  2020 a\n');
    expect((await s.exec('ls -gn a')).stdout).toBe('-rw-rw-r--. 1 1000 0 Jan  1  2020 a\n');
    expect((await s.exec('ls -ln /etc/hostname')).stdout).toMatch(/^-rw-r--r--\. 1 0 0 \d+ /);
  });
});

describe('ls -l with file and directory operands', () => {
  it('sizes the files block to every operand, the directories too', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('touch -d 2020-01-01 a d/x 2>/dev/null; mkdir d && touch -d 2020-01-01 d/x');
    // GNU ls: -rw-rw-r-- 1 user group    0 ... a (umask 0002), the directory's 4096 setting the size column
    expect((await s.exec('ls -l a d')).stdout).toBe('-rw-rw-r--. 1 vagrant vagrant    0 Jan  1  2020 a\n\nd:\ntotal 0\n-rw-rw-r--. 1 vagrant vagrant 0 Jan  1  2020 x\n');
    expect((await s.exec('ls -lh a d')).stdout.split('\n')[0]).toBe('-rw-rw-r--. 1 vagrant vagrant    0 Jan  1  2020 a');
  });
});

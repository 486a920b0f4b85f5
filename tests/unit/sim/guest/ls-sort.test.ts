// ls's sort options as coreutils' ls.c applies them (sort_files): -t newest first, -S largest first, -X by
// extension, -r reversing, the last of them deciding. Expected texts are what GNU ls prints for the same tree.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain } from '../plain';

async function tree() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec(
    "mkdir t && cd t && touch -d 2020-01-01 old.txt && printf '123456789\\n' > mid.log && touch -d 2021-06-01 mid.log && printf 'x\\n' > new.md && touch -d 2022-03-03 new.md && mkdir dir && touch -d 2019-05-05 dir",
  );
  return s;
}

describe('ls sorting', () => {
  it('-t lists the newest first, -r reverses, -S the largest first', async () => {
    const s = await tree();
    expect((await s.exec('ls -t | cat')).stdout).toBe('new.md\nmid.log\nold.txt\ndir\n');
    expect((await s.exec('ls -tr | cat')).stdout).toBe('dir\nold.txt\nmid.log\nnew.md\n');
    expect((await s.exec('ls --sort=time | cat')).stdout).toBe('new.md\nmid.log\nold.txt\ndir\n');
    expect((await s.exec('ls -S | cat')).stdout).toBe('dir\nmid.log\nnew.md\nold.txt\n');
    expect((await s.exec('ls -Sr | cat')).stdout).toBe('old.txt\nnew.md\nmid.log\ndir\n');
    expect((await s.exec('ls --sort=size -r | cat')).stdout).toBe('old.txt\nnew.md\nmid.log\ndir\n');
    expect((await s.exec('ls -r | cat')).stdout).toBe('old.txt\nnew.md\nmid.log\ndir\n');
    expect((await s.exec('ls -X | cat')).stdout).toBe('dir\nmid.log\nnew.md\nold.txt\n');
  });

  it('sorts the operands too and -l keeps the order', async () => {
    const s = await tree();
    expect((await s.exec('ls -t old.txt new.md mid.log | cat')).stdout).toBe('new.md\nmid.log\nold.txt\n');
    expect(plain((await s.exec('ls -ltr')).stdout).split('\n').map((l) => l.split(' ').pop())).toEqual(['12', 'dir', 'old.txt', 'mid.log', 'new.md', '']);
  });
});

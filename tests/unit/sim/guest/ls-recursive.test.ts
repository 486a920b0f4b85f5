// ls -R as coreutils prints it (ls.c: a header per directory, a blank line between them, sub-directories depth
// first in name order; with -l a total per directory counting directories' blocks). Expected texts are what
// coreutils' ls prints for the same tree (the golden cases ls-R* hold the recorded ones over the fixture tree).
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { plain, plainRun } from '../plain';

async function tree() {
  const s = await createSession({ lab: 'vm', seed: 1 });
  await s.exec('mkdir -p /home/vagrant/t/dir/sub/deep /home/vagrant/t/.hid && cd /home/vagrant/t && echo a > dir/a.txt && echo b > dir/b.txt && echo x > dir/sub/c.txt && echo n > notes.txt');
  return s;
}

describe('ls -R', () => {
  it('walks sub-directories depth first, an empty one keeps its header', async () => {
    const s = await tree();
    expect(await s.exec('ls -R | cat')).toMatchObject({
      stdout: '.:\ndir\nnotes.txt\n\n./dir:\na.txt\nb.txt\nsub\n\n./dir/sub:\nc.txt\ndeep\n\n./dir/sub/deep:\n',
      stderr: '',
      exitCode: 0,
    });
    expect(plain((await s.exec('ls -R1 dir/')).stdout)).toBe('dir/:\na.txt\nb.txt\nsub\n\ndir/sub:\nc.txt\ndeep\n\ndir/sub/deep:\n');
  });

  it('-a lists . and .. and walks hidden directories; a missing operand is reported and ls goes on (exit 2)', async () => {
    const s = await tree();
    expect(plain((await s.exec('ls -aR1 dir')).stdout)).toBe('dir:\n.\n..\na.txt\nb.txt\nsub\n\ndir/sub:\n.\n..\nc.txt\ndeep\n\ndir/sub/deep:\n.\n..\n');
    expect(plain((await s.exec('ls -aR1')).stdout)).toContain('\n\n./.hid:\n.\n..\n\n./dir:\n');
    expect(plainRun(await s.exec('ls -R1 nothere dir/sub'))).toMatchObject({ stdout: 'dir/sub:\nc.txt\ndeep\n\ndir/sub/deep:\n', stderr: "ls: cannot access 'nothere': No such file or directory\n", exitCode: 2 });
  });

  it('-lR prints a total per directory, directories counting their 4 KiB and their links', async () => {
    const s = await tree();
    const lines = plain((await s.exec('ls -lR dir')).stdout).split('\n');
    expect(lines[0]).toBe('dir:');
    expect(lines[1]).toBe('total 12');
    expect(lines[4]).toMatch(/^drwxrwxr-x\. 3 vagrant vagrant 4096 \w{3} [ \d]\d \d\d:\d\d sub$/);
    expect(lines.slice(5, 8)).toEqual(['', 'dir/sub:', 'total 8']);
    expect(lines[9]).toMatch(/^drwxrwxr-x\. 2 vagrant vagrant 4096 .* deep$/);
    expect(lines.slice(10)).toEqual(['', 'dir/sub/deep:', 'total 0', '']);
  });
});

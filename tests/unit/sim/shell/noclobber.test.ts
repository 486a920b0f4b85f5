// set -o noclobber (set -C) as bash 5.1's redir.c applies it: `>`, `2>` and `&>` refuse to truncate an existing
// regular file ("cannot overwrite existing file", status 1, the command not run); `>|` and `>>` still write, and a
// device such as /dev/null is not a regular file. Expected texts are what bash prints.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('noclobber', () => {
  it('refuses to overwrite a file, >| forces it', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('echo a > o.txt && set -o noclobber');
    expect(await s.exec('echo y > o.txt')).toMatchObject({ stdout: '', stderr: '-bash: o.txt: cannot overwrite existing file\n', exitCode: 1 });
    expect((await s.exec('ls nothere 2> o.txt')).stderr).toBe('-bash: o.txt: cannot overwrite existing file\n');
    expect((await s.exec('cat o.txt')).stdout).toBe('a\n');
    expect(await s.exec('echo b >> o.txt; echo w > new.txt; echo x > /dev/null')).toMatchObject({ stderr: '', exitCode: 0 });
    expect(await s.exec('echo w >| o.txt; cat o.txt')).toMatchObject({ stdout: 'w\n', exitCode: 0 });
    await s.exec('set +C');
    expect(await s.exec('echo z > o.txt; cat o.txt')).toMatchObject({ stdout: 'z\n', stderr: '' });
  });
});

// pigz and unpigz of pigz 2.5: gzip data that gzip reads and back, pigz's "skipping:" and "abort:" messages, -l.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import { help } from '../../../../src/sim/commands/pigz/pigz/help';
import { plainRun } from '../plain';

describe('pigz', () => {
  async function guest() {
    const s = await createSession({ lab: 'vm', seed: 1 });
    await s.exec('mkdir -p /home/vagrant/w && cd /home/vagrant/w && printf "hello world\\n" > a.txt');
    return s;
  }

  it('compresses in place for gzip to read, lists, and unpigz gives the text back', async () => {
    const s = await guest();
    expect(plainRun(await s.exec('pigz a.txt && ls && zcat a.txt.gz'))).toMatchObject({ stdout: 'a.txt.gz\nhello world\n', exitCode: 0 });
    expect((await s.exec('pigz -l a.txt.gz')).stdout).toBe('compressed   original reduced  name\n        38         12?  unk    a.txt\n');
    expect(await s.exec('unpigz a.txt.gz && cat a.txt')).toMatchObject({ stdout: 'hello world\n', exitCode: 0 });
    expect((await s.exec('gzip -c a.txt | unpigz -c')).stdout).toBe('hello world\n');
  });

  it('skips what it cannot do (status 1) and aborts on a bad option (status 22)', async () => {
    const s = await guest();
    expect(await s.exec('pigz -k a.txt && pigz a.txt')).toMatchObject({ stderr: 'pigz: skipping: a.txt.gz exists\n', exitCode: 1 });
    expect(await s.exec('pigz a.txt.gz')).toMatchObject({ stderr: 'pigz: skipping: a.txt.gz ends with .gz\n', exitCode: 1 });
    expect(await s.exec('unpigz a.txt')).toMatchObject({ stderr: 'unpigz: skipping: a.txt does not have compressed suffix\n', exitCode: 1 });
    expect(await s.exec('pigz nothere')).toMatchObject({ stderr: 'pigz: skipping: nothere does not exist\n', exitCode: 1 });
    expect(await s.exec('pigz -y')).toMatchObject({ stderr: 'pigz: abort: invalid option: -y\n', exitCode: 22 });
    expect(await s.exec('pigz -S.x a.txt')).toMatchObject({ stderr: 'pigz: abort: invalid usage: -S must be followed by space\n', exitCode: 22 });
    expect(await s.exec('pigz')).toMatchObject({ stdout: '', stderr: help, exitCode: 0 });
    expect((await s.exec('pigz -V')).stdout).toBe('pigz 2.5\n');
  });
});

// `bash` and `sh` typed at the prompt start an interactive shell level that `exit` leaves, as on the guest.
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';

beforeAll(async () => {
  await loadGuest();
});

describe('an interactive shell started at the prompt', () => {
  it('bash: the same prompt, $0 is bash, variables it sets stay in it, exit prints exit and returns', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    const depth = s.stack.length;
    await s.exec('bash');
    expect(s.stack.length).toBe(depth + 1);
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
    expect((await s.exec('echo $0')).stdout).toBe('bash\n');
    await s.exec('X=inner; cd /tmp');
    expect((await s.exec('ll -d .')).stdout).toMatch(/^drwxrwxrwt\. /);
    expect((await s.exec('exit')).stdout).toBe('exit\n');
    expect(s.stack.length).toBe(depth);
    expect((await s.exec('echo "[$X]" $0; pwd')).stdout).toBe('[] -bash\n/home/vagrant\n');
  });
  it('sh reads no ~/.bashrc: bash’s default prompt sh-5.1$ and no aliases', async () => {
    const s = await createSession({ lab: 'vm', seed: 3 });
    await s.exec('sh');
    expect(s.prompt()).toBe('sh-5.1$ ');
    expect((await s.exec('ll')).stderr).toBe('sh: ll: command not found\n');
    await s.exec('exit');
    expect(s.prompt()).toBe('[vagrant@localhost ~]$ ');
  });
});

// mkdir's options as coreutils 8.32's mkdir.c applies them: -v announces each directory made, the parents -p
// makes too (make_ancestor), -m sets the mode as chmod would over a=rwx whatever the umask, a bad mode is refused.
// Expected texts are what GNU mkdir prints.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('mkdir options', () => {
  it('-pv announces each parent it makes, then the directory', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('mkdir -pv x/y/z')).toMatchObject({ stdout: "mkdir: created directory 'x'\nmkdir: created directory 'x/y'\nmkdir: created directory 'x/y/z'\n", exitCode: 0 });
    expect((await s.exec('mkdir -pv x/y/w')).stdout).toBe("mkdir: created directory 'x/y/w'\n");
    expect((await s.exec('mkdir --verbose q1')).stdout).toBe("mkdir: created directory 'q1'\n");
    expect((await s.exec('mkdir -pv ./p1/p2')).stdout).toBe("mkdir: created directory './p1'\nmkdir: created directory './p1/p2'\n");
    expect((await s.exec('mkdir -p q1')).stdout).toBe('');
  });

  it('-m gives the mode, octal or symbolic; a bad one is an error', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    expect(await s.exec('mkdir -m 700 q2 && mkdir -m u=rwx,go= q3 && mkdir -m a+w q4 && mkdir -m 1777 q5')).toMatchObject({ stderr: '', exitCode: 0 });
    expect((await s.exec('ls -ld q2 q3 q4 q5')).stdout.split('\n').map((l) => l.slice(0, 10))).toEqual(['drwx------', 'drwx------', 'drwxrwxrwx', 'drwxrwxrwt', '']);
    expect(await s.exec('mkdir -m abc q6')).toMatchObject({ stderr: 'mkdir: invalid mode ‘abc’\n', exitCode: 1 });
    expect((await s.exec('ls -d q6')).exitCode).toBe(2);
  });
});

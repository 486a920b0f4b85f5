// mkfifo and mknod of coreutils 8.32: the nodes they make and how ls, stat and find show them (what the golden
// cases cannot: device nodes need root, and the guest's umask is 002 for vagrant, 022 for root).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession, loadGuest } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { plain } from '../plain';

let s: Session;
beforeAll(async () => {
  await loadGuest();
  s = await createSession({ lab: 'vm', seed: 11 });
  await s.exec('cd /tmp');
});

describe('mkfifo', () => {
  it("makes a FIFO with 0666 less the user's umask", async () => {
    await s.exec('mkfifo f1');
    expect((await s.exec('stat -c "%F %A" f1')).stdout).toBe('fifo prw-rw-r--\n');
    expect(plain((await s.exec('ls -F f1')).stdout)).toBe('f1|\n');
    expect((await s.exec('find /tmp -type p')).stdout).toBe('/tmp/f1\n');
  });
  it('cannot make one where the user may not write', async () => {
    expect(await s.exec('mkfifo /etc/f')).toMatchObject({ stderr: "mkfifo: cannot create fifo '/etc/f': Permission denied\n", exitCode: 1 });
  });
});

describe('mknod', () => {
  it('makes device nodes as root only', async () => {
    expect(await s.exec('mknod d1 c 1 3')).toMatchObject({ stderr: 'mknod: d1: Operation not permitted\n', exitCode: 1 });
    expect(plain((await s.exec('sudo mknod -m 644 d1 c 1 3 && ls -l d1')).stdout)).toMatch(/^crw-r--r--\. 1 root root 1, 3 \w{3} [ \d]\d \d\d:\d\d d1\n$/);
    expect((await s.exec('sudo mknod d2 b 7 9 && stat -c "%F %a" d2')).stdout).toBe('block special file 644\n');
  });
  it('p makes a FIFO, for anyone', async () => {
    expect((await s.exec('mknod f2 p && stat -c %F f2')).stdout).toBe('fifo\n');
  });
});

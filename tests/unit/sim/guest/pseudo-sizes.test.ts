// Sizes and devices of the pseudo file systems as stat(2) gives them on a real guest: /proc's files, directories and
// links 0 (proc_symlink's mounts and net their target's length, fd/N 64) with a 1024-byte block, sysfs attributes
// PAGE_SIZE, kernfs's cgroup files 0, none taking blocks (the figures of this Debian machine's kernel, same code).
import { beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';
import type { Session } from '../../../../src/sim/session';
import { plain, plainRun } from '../plain';

let s: Session;
beforeAll(async () => {
  s = await createSession({ lab: 'vm', seed: 1 });
});

describe('sizes of /proc and /sys', () => {
  it('ls -l shows size 0 for /proc files, directories and links, and total 0', async () => {
    const r = plainRun(await s.exec('ls -l /proc/self/'));
    expect(r.output).toMatch(/^total 0\n/);
    expect(r.output).toMatch(/-r--r--r--\. 1 root root 0 .* status\n/);
    expect(r.output).toMatch(/dr-x------\. 2 root root 0 .* fd\n/);
    expect(r.output).toMatch(/lrwxrwxrwx\. 1 root root 0 .* exe -> \/usr\/bin\/ls\n/);
    const top = plain((await s.exec('ls -l /proc')).output);
    expect(top).toMatch(/ 11 \w{3} [ \d]\d \d\d:\d\d mounts -> self\/mounts\n/);
    expect(top).toMatch(/ 8 \w{3} [ \d]\d \d\d:\d\d net -> self\/net\n/);
    expect(top).toMatch(/ 0 \w{3} [ \d]\d \d\d:\d\d self -> \d+\n/);
    expect(plain((await s.exec('ls -l /proc/self/fd')).output)).toMatch(/lrwxrwxrwx\. 1 root root 64 .* 0 -> \/dev\/pts\/0\n/);
  });

  it('stat gives a /proc file size 0, no blocks, proc\'s device and 1024-byte blocks', async () => {
    expect((await s.exec('stat -c "%s %b %o %d %F" /proc/cpuinfo')).output).toBe('0 0 1024 21 regular empty file\n');
    expect((await s.exec('stat -c "%s %b %o %d" /sys/class/net/lo/mtu')).output).toBe('4096 0 4096 20\n');
    expect((await s.exec('stat -c "%s %d" /sys/fs/cgroup/cgroup.procs')).output).toBe('0 25\n');
    expect((await s.exec('stat -c "%s %d" /etc/hosts')).output).toMatch(/^\d+ 2052\n$/);
  });

  it('reading a /proc file still gives its text', async () => {
    const r = await s.exec('wc -c /proc/self/status');
    expect(Number(r.output.trim().split(' ')[0])).toBeGreaterThan(100);
  });
});

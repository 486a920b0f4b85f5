// dd's transfer line (print_xfer_stats in coreutils 8.32's dd.c; the machine's timing keeps it out of the recorded
// cases) and what a large file made from /dev/zero shows in ls, du and stat.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../../src/sim/index';

describe('dd if=/dev/zero', () => {
  it('reports records and the copy as print_stats() does, and the file takes its blocks', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('dd if=/dev/zero of=swap bs=1M count=1024');
    expect(r.stderr).toMatch(/^1024\+0 records in\n1024\+0 records out\n1073741824 bytes \(1\.1 GB, 1\.0 GiB\) copied, [\d.]+ s, \d+(\.\d)? MB\/s\n$/);
    expect((await s.exec('ls -lh swap')).stdout).toMatch(/ 1\.0G /);
    expect((await s.exec('du -h swap')).stdout).toBe('1.0G\tswap\n');
    expect((await s.exec("stat -c '%s %b' swap")).stdout).toBe('1073741824 2097152\n');
  });

  it('says "bytes copied" without units below a kilobyte', async () => {
    const s = await createSession({ lab: 'vm', seed: 1 });
    const r = await s.exec('dd if=/dev/zero of=z bs=100 count=3');
    expect(r.stderr).toMatch(/^3\+0 records in\n3\+0 records out\n300 bytes copied, [\d.e-]+ s, [\d.]+ [kM]B\/s\n$/);
  });
});
